/**
 * The table of qualitative cases: each default scale × a target word and a realisasi that is equal
 * (written in another case and with spaces), lower, higher, an unknown word, blank, and reported in
 * TW I only (nilai akhir takes the latest quarter), in both polarities. Used by the LibreOffice
 * tests of the kertas kerja and of the master, and by the returned-file tests.
 */
import { computeQualitativeCapaian, type QualitativeResult } from "../../src/domain/kertas-kerja/qualitative";
import { predikatOf } from "../../src/domain/kertas-kerja/capaian";
import { DEFAULT_RULES, type RoundRules } from "../../src/domain/setup/setup-types";
import type { Aggregation, Periode, Polarity, Quarterly } from "../../src/domain/shared/types";
import { S } from "../../src/strings";

export type Outcome = "equal" | "lower" | "higher" | "unknown" | "blank" | "tw1-only";

export interface WordCase {
  /** Unique, used as the indicator's text. */
  text: string;
  scale: string;
  outcome: Outcome;
  polarity: Polarity;
  aggregation: Aggregation;
  /** The target as the DPA writes it. */
  target: string;
  /** Realisasi TW I and TW II as the Bagian writes them. */
  realisasi: [string | null, string | null];
}

const SCALE_CASES: {
  scale: string;
  target: string;
  words: Record<Outcome, [string | null, string | null]>;
}[] = [
  {
    scale: "Opini BPK",
    target: "WDP",
    words: {
      equal: ["TMP", " wdp "],
      lower: [null, "TW"],
      higher: ["WDP", "WTP"],
      unknown: [null, "Wajar"],
      blank: [null, null],
      "tw1-only": ["TMP", null],
    },
  },
  {
    scale: "Predikat SAKIP",
    target: "bb",
    words: {
      equal: [null, "BB"],
      lower: ["A", "C"],
      higher: [null, "AA"],
      unknown: [null, "WTP"],
      blank: [null, "   "],
      "tw1-only": ["A", null],
    },
  },
  {
    scale: "Baik/Cukup/Kurang",
    target: "Cukup",
    words: {
      equal: [null, "CUKUP"],
      lower: [null, "kurang"],
      higher: ["Kurang", "Baik"],
      unknown: [null, "Sedang"],
      blank: [null, null],
      "tw1-only": ["Baik", null],
    },
  },
];

const OUTCOMES: Outcome[] = ["equal", "lower", "higher", "unknown", "blank", "tw1-only"];

export const WORD_CASES: WordCase[] = SCALE_CASES.flatMap((s) =>
  (["positif", "negatif"] as const).flatMap((polarity) =>
    OUTCOMES.map((outcome, i) => ({
      text: `Kualitatif ${s.scale} ${polarity} ${outcome}`,
      scale: s.scale,
      outcome,
      polarity,
      // A kumulatif one now and then: a qualitative indicator is judged as nilai akhir anyway.
      aggregation: i % 3 === 0 ? "kumulatif" : "nilai-akhir",
      target: s.target,
      realisasi: s.words[outcome],
    })),
  ),
);

/** The realisasi of a case as a quarterly row (TW III and IV not yet). */
export const quarterly = (c: WordCase): Quarterly<string | null> => [
  c.realisasi[0],
  c.realisasi[1],
  null,
  null,
];

/** Default scales, and scales with other scores (a 0 among them). */
export const EDITED_RULES: RoundRules = {
  ...DEFAULT_RULES,
  negativeFormula: "rasio",
  scales: [
    {
      name: "Opini BPK",
      levels: [
        { label: "WTP", score: 100 },
        { label: "WDP", score: 75 },
        { label: "TW", score: 25 },
        { label: "TMP", score: 0 },
      ],
    },
    DEFAULT_RULES.scales[1]!,
    {
      name: "Baik/Cukup/Kurang",
      levels: [
        { label: "Baik", score: 10 },
        { label: "Cukup", score: 6 },
        { label: "Kurang", score: 0 },
      ],
    },
  ],
};

/** The domain's capaian and predikat of a case. */
export function expectedOf(
  c: WordCase,
  rules: RoundRules,
  periode: Periode = "TW2",
): QualitativeResult & { predikat: string } {
  const r = computeQualitativeCapaian(
    { polarity: c.polarity, periode, targetTahunan: c.target, realisasiTw: quarterly(c) },
    rules,
  );
  const status = S.kertasKerja.status;
  const predikat =
    r.capaian !== null
      ? predikatOf(r.capaian, rules)
      : r.status === "belum-dilaporkan"
        ? status.belumDilaporkan
        : status.tidakTerdefinisi;
  return { ...r, predikat };
}
