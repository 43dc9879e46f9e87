/**
 * Capaian of a qualitative indicator (opini BPK, predikat SAKIP, Baik/Cukup/Kurang): the words
 * are scored through the round's scales and capaian is computed on the scores, as for numbers.
 * Words cannot be added up, so a qualitative indicator is always judged as nilai akhir: the latest
 * reported quarter against that quarter's target (its Rencana Aksi word, else the annual target).
 */
import { findWord, levelIn, wordKey } from "../setup/scales";
import type { QualitativeScale, RoundRules } from "../setup/setup-types";
import { roundExcel } from "../shared/rounding";
import { S } from "../../strings";
import { qualitative as Q } from "../../strings/qualitative";
import {
  currentTriwulan,
  type Aggregation,
  type DpaIndicator,
  type Issue,
  type Periode,
  type Polarity,
  type Quarterly,
  type TargetValue,
} from "../shared/types";
import { PERCENT_DECIMALS, type CapaianStatus } from "./capaian";

/**
 * The scale of an indicator whose target is a word of one of the scales; null for a numeric
 * target, and for a word no scale has (kept as text, rated "Tidak dapat dihitung").
 * @example qualitativeScaleOf(null, " wtp", DEFAULT_SCALES)?.name === "Opini BPK"
 */
export function qualitativeScaleOf(
  targetTahunan: TargetValue | null,
  targetText: string | null,
  scales: readonly QualitativeScale[],
): QualitativeScale | null {
  if (typeof targetTahunan === "number") return null;
  return findWord(targetTahunan ?? targetText, scales)?.scale ?? null;
}

export interface QualitativeInput {
  polarity: Polarity;
  periode: Periode;
  /** The annual target: a word of a scale. */
  targetTahunan: TargetValue | null;
  /** Rencana Aksi per triwulan, when given; a blank quarter takes the annual target. */
  targetTw?: Quarterly<TargetValue | null> | null;
  /** Realisasi per triwulan as written; blank (null or spaces) means not reported. */
  realisasiTw: Quarterly<TargetValue | null>;
}

export interface QualitativeResult {
  status: CapaianStatus;
  /** The scale of the target word; null when the target is no word of any scale. */
  scale: QualitativeScale | null;
  /** The target and realisasi words the period is judged on, as written (spaces trimmed, as TRIM does); null when none. */
  targetWord: string | null;
  realisasiWord: string | null;
  /** Capaian in percent on the scores, two decimals; null unless status is "ok". */
  capaian: number | null;
}

const blank = (v: TargetValue | null | undefined): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const asWord = (v: TargetValue | null | undefined): string | null =>
  blank(v) ? null : String(v).replace(/\s+/g, " ").trim();

/** The realisasi and target words a period is judged on: the latest reported quarter (TAHUNAN: the annual target). */
export function qualitativeBasis(input: QualitativeInput): {
  realisasi: string | null;
  target: string | null;
} {
  const q = currentTriwulan(input.periode);
  const annual = asWord(input.targetTahunan);
  for (let i = q - 1; i >= 0; i--) {
    const r = input.realisasiTw[i];
    if (blank(r)) continue;
    const target = input.periode === "TAHUNAN" ? annual : (asWord(input.targetTw?.[i]) ?? annual);
    return { realisasi: asWord(r), target };
  }
  return { realisasi: null, target: input.periode === "TAHUNAN" ? annual : null };
}

/**
 * Capaian of a qualitative indicator on the scores of its scale (the scale of its annual target):
 * positif S(R) / S(T) × 100; negatif (2·S(T) − S(R)) / S(T) × 100 ("selisih") or S(T) / S(R) × 100
 * ("rasio"). Words are compared without case and extra spaces. Nothing reported → "belum-dilaporkan";
 * a word outside the scale, a score 0 to divide by → "tidak-terdefinisi".
 * @example positif, T "WTP" (4), R "wdp" (3) → 75; negatif selisih → 125.
 */
export function computeQualitativeCapaian(
  input: QualitativeInput,
  rules: Pick<RoundRules, "negativeFormula" | "scales">,
): QualitativeResult {
  const scale = findWord(asWord(input.targetTahunan), rules.scales)?.scale ?? null;
  const { realisasi, target } = qualitativeBasis(input);
  const base = { scale, targetWord: target, realisasiWord: realisasi, capaian: null };
  if (realisasi === null) return { ...base, status: "belum-dilaporkan" };
  const t = scale && target !== null ? levelIn(target, scale) : null;
  const r = scale ? levelIn(realisasi, scale) : null;
  if (!t || !r || t.score === 0) return { ...base, status: "tidak-terdefinisi" };
  const [R, T] = [r.score, t.score];
  let raw: number;
  if (input.polarity === "positif") raw = (R / T) * 100;
  else if (rules.negativeFormula === "selisih") raw = ((2 * T - R) / T) * 100;
  else if (R === 0) return { ...base, status: "tidak-terdefinisi" };
  else raw = (T / R) * 100;
  return { ...base, status: "ok", capaian: roundExcel(raw, PERCENT_DECIMALS) };
}

/** A word of `scale` in its canonical spelling ("wtp " → "WTP"); null when the scale does not have it. */
export function canonicalWord(word: string, scale: QualitativeScale): string | null {
  return levelIn(word, scale)?.label ?? null;
}

/** True when two words are the same word (case and spaces aside). */
export const sameWord = (a: string, b: string): boolean => wordKey(a) === wordKey(b);

/**
 * The aggregation a qualitative indicator is judged with: always nilai akhir, since words cannot
 * be added up; a warning naming the source row when the DPA or PK says kumulatif.
 * @example qualitativeAggregation({ text: "Opini BPK", targetTahunan: null, targetText: "WTP", source }, "kumulatif", DEFAULT_SCALES).aggregation === "nilai-akhir"
 */
export function qualitativeAggregation(
  ind: Pick<DpaIndicator, "text" | "targetTahunan" | "targetText" | "source">,
  aggregation: Aggregation,
  scales: readonly QualitativeScale[],
): { aggregation: Aggregation; issue: Issue | null } {
  if (!qualitativeScaleOf(ind.targetTahunan, ind.targetText, scales)) return { aggregation, issue: null };
  const issue: Issue | null =
    aggregation === "kumulatif"
      ? {
          severity: "warning",
          code: "round.qualitative.kumulatif",
          message: Q.kumulatif(ind.text),
          ...(ind.source.file === undefined ? {} : { file: ind.source.file }),
          sheet: ind.source.sheet,
          row: ind.source.row,
          found: S.common.aggregation.kumulatif,
          expected: Q.kumulatifExpected,
        }
      : null;
  return { aggregation: "nilai-akhir", issue };
}
