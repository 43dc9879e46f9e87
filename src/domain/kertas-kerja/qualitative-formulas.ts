/**
 * The live formulas of a qualitative indicator row, giving exactly what `computeQualitativeCapaian`
 * gives: the latest reported word and its target word, then capaian on the scores of the row's
 * scale. The scale is written into the formula as two array constants (words upper-cased, scores),
 * so the row needs no other sheet; MATCH on UPPER(TRIM(…)) compares words as `wordKey` does, and a
 * word outside the scale gives "" (never #N/A), which the predikat formula names "Tidak dapat dihitung".
 */
import { wordKey } from "../setup/scales";
import type { QualitativeScale, RoundRules } from "../setup/setup-types";
import { currentTriwulan, type Periode, type Polarity } from "../shared/types";
import { PERCENT_DECIMALS } from "./capaian";
import { str } from "./kertas-kerja-formulas";
import { col, REALISASI_TW, TARGET_TW } from "./kertas-kerja-layout";

/** Column letters the formulas read: the annual target word, the quarters, and the s.d. cells. */
export interface WordColumns {
  targetWord: string;
  targetTw: readonly string[];
  realisasiTw: readonly string[];
  targetSd: string;
  realisasiSd: string;
}

/** The kertas kerja's own: the target word stands in the Target Tahunan column. */
export const KK_WORD_COLUMNS: WordColumns = {
  targetWord: col.targetTahunan,
  targetTw: TARGET_TW.map((c) => col[c]),
  realisasiTw: REALISASI_TW.map((c) => col[c]),
  targetSd: col.targetSd,
  realisasiSd: col.realisasiSd,
};

const filled = (cell: string): string => `LEN(TRIM(${cell}))>0`;

/** Quarters 1…q of row r in the given columns, latest first. */
const latestFirst = (cols: readonly string[], q: number, r: number): string[] =>
  cols
    .slice(0, q)
    .map((c) => `${c}${r}`)
    .reverse();

/** Realisasi s.d. periode of a qualitative row: the latest quarter written, trimmed; "" when none. */
export function wordRealisasiSdFormula(
  periode: Periode,
  r: number,
  cols: WordColumns = KK_WORD_COLUMNS,
): string {
  const q = currentTriwulan(periode);
  return latestFirst(cols.realisasiTw, q, r).reduceRight(
    (inner, cell) => `IF(${filled(cell)},TRIM(${cell}),${inner})`,
    '""',
  );
}

/** Target s.d. periode: the target word of the latest quarter written (its own, else the annual one); TAHUNAN: the annual. */
export function wordTargetSdFormula(
  periode: Periode,
  r: number,
  cols: WordColumns = KK_WORD_COLUMNS,
): string {
  const annual = `TRIM(${cols.targetWord}${r})`;
  if (periode === "TAHUNAN") return annual;
  const q = currentTriwulan(periode);
  const targets = latestFirst(cols.targetTw, q, r);
  return latestFirst(cols.realisasiTw, q, r).reduceRight((inner, cell, i) => {
    const t = targets[i] ?? "";
    return `IF(${filled(cell)},IF(${filled(t)},TRIM(${t}),${annual}),${inner})`;
  }, '""');
}

/** The array constants of a scale: {"WTP","WDP",…} and {4,3,…}. */
function scaleArrays(scale: QualitativeScale): { words: string; scores: string } {
  return {
    words: `{${scale.levels.map((l) => str(wordKey(l.label))).join(",")}}`,
    scores: `{${scale.levels.map((l) => String(l.score)).join(",")}}`,
  };
}

/** Capaian (%) on the scores: "" when not reported, when a word is outside the scale, or when a score to divide by is 0. */
export function wordCapaianFormula(
  polarity: Polarity,
  rules: Pick<RoundRules, "negativeFormula">,
  scale: QualitativeScale,
  r: number,
  cols: Pick<WordColumns, "targetSd" | "realisasiSd"> = KK_WORD_COLUMNS,
): string {
  const { words, scores } = scaleArrays(scale);
  const match = (cell: string) => `MATCH(UPPER(TRIM(${cell})),${words},0)`;
  const R = `${cols.realisasiSd}${r}`;
  const T = `${cols.targetSd}${r}`;
  const Rs = `INDEX(${scores},${match(R)})`;
  const Ts = `INDEX(${scores},${match(T)})`;
  const d = PERCENT_DECIMALS;
  let value: string;
  if (polarity === "positif") value = `IF(${Ts}=0,"",ROUND(${Rs}/${Ts}*100,${d}))`;
  else if (rules.negativeFormula === "selisih")
    value = `IF(${Ts}=0,"",ROUND((2*${Ts}-${Rs})/${Ts}*100,${d}))`;
  else value = `IF(OR(${Ts}=0,${Rs}=0),"",ROUND(${Ts}/${Rs}*100,${d}))`;
  return `IF(${R}="","",IF(AND(ISNUMBER(${match(R)}),ISNUMBER(${match(T)})),${value},""))`;
}
