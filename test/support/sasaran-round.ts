/**
 * Random rounds with a Perjanjian Kinerja, from a seed (the same seed, the same round): sasaran
 * with two to four IKU (the last with none), supported by programs, kegiatan, an unknown kode or nothing; IKU numeric
 * in both polarities and every aggregation, or qualitative on each default scale (words in odd case
 * and spacing, a word of no scale); blank, zero and qualitative targets; earlier years' realisasi
 * and Renstra targets of the right kind, the wrong kind, zero or none; IKU whose Bagian has not
 * submitted (UMUM never does); budget rows of every Bagian with blank, zero and real pagu/realisasi.
 */
import {
  DEFAULT_RULES,
  DEFAULT_SCALES,
  type RoundRules,
  type RoundSetup,
} from "../../src/domain/setup/setup-types";
import type { ConsolidatedSubmission, SubmittedRow } from "../../src/domain/returned/submission";
import type {
  Aggregation,
  Iku,
  Kode,
  PerjanjianKinerja,
  PkSasaran,
  Periode,
  Quarterly,
  TargetValue,
} from "../../src/domain/shared/types";
import { ikuKey, ikuRow, pkIku, pkOf, pkSasaran } from "./sasaran-fixture";
import { anggaranRow, indicatorRow, setupWith, submission } from "./submission-fixture";

type Q = Quarterly<number | null>;

/** mulberry32: a small seeded generator, enough for test data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BAGIAN = ["PEM", "ORG", "HUK", "EKO", "UMUM"] as const;
/** Never submits: its IKU are "belum dilaporkan". */
const SILENT = "UMUM";

const DPA: { program: string; kegiatan: string[] }[] = [
  { program: "4.01.01", kegiatan: ["4.01.01.2.01", "4.01.01.2.13"] },
  { program: "4.01.02", kegiatan: ["4.01.02.2.01", "4.01.02.2.03"] },
  { program: "4.01.03", kegiatan: ["4.01.03.2.02", "4.01.03.2.03"] },
];
const SUPPORT_KODES = [...DPA.flatMap((p) => [p.program, ...p.kegiatan]), "4.01.09"];

const TARGETS: { annual: number | null; tw: Q }[] = [
  { annual: 100, tw: [25, 25, 25, 25] },
  { annual: 100, tw: [10, 20, 30, 40] },
  { annual: 0, tw: [0, 0, 0, 0] },
  { annual: null, tw: [null, null, null, null] },
  { annual: 20, tw: [5, 5, 5, 5] },
];
const REALISASI: Q[] = [
  [null, null, null, null],
  [0, 0, 0, 0],
  [20, 22.75, 30, 27],
  [null, 15, null, 40],
  [4, 6, 3, 2.5],
  [30, 31.5, 35, 41.25],
];
const NUMERIC_RENSTRA: (TargetValue | null)[] = [null, 0, 100, 50.5, 12, 3, "WTP"];
const PAGU: (number | null)[] = [null, 0, 1_000_000, 250_000_000, 12_345_678, 80_000_000];
const AGGREGATIONS: Aggregation[] = ["kumulatif", "nilai-akhir", "persentase"];

export interface SasaranRound {
  name: string;
  setup: RoundSetup;
  subs: ConsolidatedSubmission[];
  pk: PerjanjianKinerja;
}

/** Words of a scale as a Bagian might type them: case and spaces changed. */
const variants = (w: string): string[] => [w, w.toLowerCase(), ` ${w} `];

function generator(random: () => number) {
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => random() < p;
  return { int, pick, chance };
}
type Gen = ReturnType<typeof generator>;

/** An IKU of the PK and, unless its Bagian is silent (or forgets it), the row it arrives as. */
function randomIku(g: Gen, sasaranNo: string, n: number): { iku: Iku; row: SubmittedRow | null } {
  const bagian = g.pick(BAGIAN);
  const years = [2022, 2023, 2024, 2025].filter(() => g.chance(0.6));
  const kind = g.int(5); // 0–1 numeric positif, 2 numeric negatif, 3–4 qualitative
  if (kind >= 3) {
    const scale = g.pick(DEFAULT_SCALES);
    const words = scale.levels.map((l) => l.label);
    const target = g.pick(words);
    const iku = pkIku({
      key: ikuKey(sasaranNo, `kualitatif-${n}`),
      sasaranNo,
      indikator: `${scale.name} ke-${n}`,
      satuan: "Predikat",
      polarity: g.chance(0.2) ? "negatif" : "positif",
      targetTahunan: target,
      targetRenstra: g.pick<TargetValue | null>([null, ...variants(g.pick(words)), "Wajar", 4]),
      realisasiLalu: years.map((tahun) => ({ tahun, realisasi: g.chance(0.8) ? g.pick(words) : 3 })),
      bagian,
    });
    const word = () => g.pick<string | null>([null, null, ...variants(g.pick(words)), "Wajar"]);
    const realisasiWords = [word(), word(), word(), word()] as Quarterly<string | null>;
    const targetTwWords = g.chance(0.3)
      ? ([g.pick(words), g.pick(words), g.pick(words), g.pick(words)] as Quarterly<string | null>)
      : undefined;
    return { iku, row: ikuRow(iku, { realisasiWords, ...(targetTwWords ? { targetTwWords } : {}) }) };
  }
  const t = g.pick(TARGETS);
  const iku = pkIku({
    key: ikuKey(sasaranNo, `angka-${n}`),
    sasaranNo,
    indikator: n % 4 === 0 ? `=${n}+1 indikator` : `Indikator angka ke-${n}`,
    polarity: kind === 2 ? "negatif" : "positif",
    aggregation: g.pick(AGGREGATIONS),
    targetTahunan: t.annual,
    targetTw: t.tw,
    targetRenstra: g.pick(NUMERIC_RENSTRA),
    realisasiLalu: years.map((tahun) => ({
      tahun,
      realisasi: g.chance(0.9) ? g.pick([0, 10, 22.75, 35]) : "Baik",
    })),
    bagian,
  });
  return { iku, row: ikuRow(iku, { targetTw: t.tw, realisasiTw: g.pick(REALISASI) }) };
}

/** A budget row of a Bagian: an anggaran row, or a DPA indicator carrying its sub kegiatan's budget. */
function budgetRow(g: Gen, bagian: string, n: number): SubmittedRow {
  const p = g.pick(DPA);
  const kegiatan = g.pick(p.kegiatan);
  const pagu = g.pick(PAGU);
  const realisasi =
    pagu === null ? g.pick([null, 5_000]) : g.pick([null, 0, Math.round(pagu * g.pick([0.3, 0.55, 0.9]))]);
  const where = {
    programKode: p.program as Kode,
    programNama: `Program ${p.program}`,
    kegiatanKode: kegiatan as Kode,
    kegiatanNama: `Kegiatan ${kegiatan}`,
    subKegiatanKode: `${kegiatan}.000${n % 9}` as Kode,
    subKegiatanNama: `Sub kegiatan ${n}`,
  };
  if (g.chance(0.5)) return anggaranRow({ ...where, pagu, realisasiAnggaran: realisasi });
  return indicatorRow({
    key: `${bagian}-dpa-${n}`,
    ...where,
    targetTw: [5, 5, 5, 5],
    realisasiTw: [4, 5, null, null],
    budgetRow: true,
    pagu,
    realisasiAnggaran: realisasi,
  });
}

/** A round of `periode` under `rules`, from `seed`. */
export function randomSasaranRound(
  name: string,
  seed: number,
  periode: Periode,
  rules: Partial<RoundRules> = {},
): SasaranRound {
  const g = generator(seeded(seed));
  const setup = setupWith([...BAGIAN], periode, { rules: { ...DEFAULT_RULES, ...rules } });
  const rows = new Map<string, SubmittedRow[]>(BAGIAN.map((b) => [b, []]));
  const sasaran: PkSasaran[] = [];
  const ikus: Iku[] = [];
  const count = 4 + g.int(2);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const no = i === 2 ? "S.3" : String(i + 1);
    const programs = SUPPORT_KODES.filter(() => g.chance(0.25));
    sasaran.push(
      pkSasaran(no, i === 1 ? `=SUM(1) sasaran ${no}` : `Meningkatnya kinerja sasaran ${no}`, programs),
    );
    // The last sasaran has no IKU.
    const ikuCount = i === count - 1 ? 0 : 2 + g.int(3);
    for (let j = 0; j < ikuCount; j++) {
      const { iku, row } = randomIku(g, no, ++n);
      ikus.push(iku);
      const forgotten = g.chance(0.1);
      if (row && iku.bagian !== SILENT && !forgotten) rows.get(iku.bagian!)!.push(row);
    }
  }
  for (const b of BAGIAN) {
    if (b === SILENT) continue;
    const own = rows.get(b)!;
    const budgets = 1 + g.int(3);
    for (let k = 0; k < budgets; k++) own.splice(g.int(own.length + 1), 0, budgetRow(g, b, ++n));
  }
  const subs = BAGIAN.filter((b) => b !== SILENT).map((b) => submission(b, rows.get(b)!));
  return { name, setup, subs, pk: pkOf(sasaran, ikus) };
}
