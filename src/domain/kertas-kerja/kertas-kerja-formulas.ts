import { PERCENT_DECIMALS } from "./capaian";
import { col, REALISASI_TW, TARGET_TW } from "./kertas-kerja-layout";
import type { RoundRules } from "../setup/setup-types";
import { S } from "../../strings";
import { currentTriwulan, type Aggregation, type Periode, type Polarity } from "../shared/types";

/**
 * The live formulas of a kertas kerja, written to give exactly what `computeCapaian`,
 * `predikatOf` and `computeSerapan` give (same operations in the same order, same rounding),
 * so that the sheet and the domain never disagree. Formulas use Excel's en-US syntax.
 */

/** A text as a formula string literal: quotes doubled. */
export const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** The columns the formulas read and write. */
export type FormulaColumn =
  | "targetTahunan"
  | "targetTw1"
  | "targetTw2"
  | "targetTw3"
  | "targetTw4"
  | "realisasiTw1"
  | "realisasiTw2"
  | "realisasiTw3"
  | "realisasiTw4"
  | "targetSd"
  | "realisasiSd"
  | "capaian"
  | "pagu"
  | "realisasiAnggaran";

/**
 * Column letters of the formula columns. The kertas kerja's own (`col`) by default; the master's
 * Data sheet passes its own, so that both sheets compute with the very same formulas.
 */
export type FormulaColumns = Readonly<Record<FormulaColumn, string>>;
const KK: FormulaColumns = col;

/** Cells of quarters 1…q on row r, latest first: ["O11", "N11", "M11"]. */
function latestFirst(cols: readonly string[], q: number, r: number): string[] {
  return cols
    .slice(0, q)
    .map((c) => `${c}${r}`)
    .reverse();
}

/** Realisasi s.d. periode: the sum (kumulatif) or the latest reported quarter; "" when none. */
export function realisasiSdFormula(
  aggregation: Aggregation,
  periode: Periode,
  r: number,
  cols: FormulaColumns = KK,
): string {
  const q = currentTriwulan(periode);
  const realisasi = REALISASI_TW.map((c) => cols[c as FormulaColumn]);
  if (aggregation === "kumulatif") {
    const range = `${realisasi[0]}${r}:${realisasi[q - 1]}${r}`;
    return `IF(COUNT(${range})=0,"",SUM(${range}))`;
  }
  return latestFirst(realisasi, q, r).reduceRight(
    (inner, cell) => `IF(ISNUMBER(${cell}),${cell},${inner})`,
    '""',
  );
}

/** Target s.d. periode, following the same rule as `periodBasis`. */
export function targetSdFormula(
  aggregation: Aggregation,
  periode: Periode,
  r: number,
  cols: FormulaColumns = KK,
): string {
  const q = currentTriwulan(periode);
  const annual = `${cols.targetTahunan}${r}`;
  if (periode === "TAHUNAN") return `IF(ISNUMBER(${annual}),${annual},"")`;
  const targets = TARGET_TW.map((c) => cols[c as FormulaColumn]);
  if (aggregation === "kumulatif") {
    const range = `${targets[0]}${r}:${targets[q - 1]}${r}`;
    return `IF(COUNT(${range})=0,"",SUM(${range}))`;
  }
  const realisasi = latestFirst(
    REALISASI_TW.map((c) => cols[c as FormulaColumn]),
    q,
    r,
  );
  const target = latestFirst(targets, q, r);
  return realisasi.reduceRight((inner, cell, i) => {
    const t = target[i] ?? "";
    return `IF(ISNUMBER(${cell}),IF(ISNUMBER(${t}),${t},""),${inner})`;
  }, '""');
}

/** Capaian (%): "" when not reported or when the target is blank or 0. */
export function capaianFormula(
  polarity: Polarity,
  rules: Pick<RoundRules, "negativeFormula">,
  r: number,
  cols: FormulaColumns = KK,
): string {
  const R = `${cols.realisasiSd}${r}`;
  const T = `${cols.targetSd}${r}`;
  const d = PERCENT_DECIMALS;
  let value: string;
  if (polarity === "positif") value = `ROUND(${R}/${T}*100,${d})`;
  else if (rules.negativeFormula === "selisih") value = `ROUND((2*${T}-${R})/${T}*100,${d})`;
  else value = `IF(${R}=0,"",ROUND(${T}/${R}*100,${d}))`;
  return `IF(${R}="","",IF(OR(${T}="",${T}=0),"",${value}))`;
}

/** The band of MIN(capaian, cap) for a cell that holds a number, as `predikatOf` rates it. */
export function predikatLadder(rules: Pick<RoundRules, "predikat" | "capaianCap">, capaian: string): string {
  const rated = `MIN(${capaian},${rules.capaianCap})`;
  const bands = rules.predikat;
  const last = bands[bands.length - 1];
  return bands
    .slice(0, -1)
    .reduceRight(
      (inner, band) => `IF(${rated}>=${band.min},${str(band.label)},${inner})`,
      str(last?.label ?? ""),
    );
}

/** Predikat: the band of MIN(capaian, cap); otherwise why there is none. */
export function predikatFormula(
  rules: Pick<RoundRules, "predikat" | "capaianCap">,
  r: number,
  cols: Pick<FormulaColumns, "capaian" | "realisasiSd"> = KK,
): string {
  const C = `${cols.capaian}${r}`;
  const status = S.kertasKerja.status;
  return `IF(${cols.realisasiSd}${r}="",${str(status.belumDilaporkan)},IF(${C}="",${str(status.tidakTerdefinisi)},${predikatLadder(rules, C)}))`;
}

/** Serapan (%) of a row whose pagu and realisasi anggaran are in the same row. */
export function serapanFormula(
  r: number,
  cols: Pick<FormulaColumns, "pagu" | "realisasiAnggaran"> = KK,
): string {
  const P = `${cols.pagu}${r}`;
  const RA = `${cols.realisasiAnggaran}${r}`;
  return `IF(OR(${P}="",${P}=0,${RA}=""),"",ROUND(${RA}/${P}*100,${PERCENT_DECIMALS}))`;
}

/** `fn` over a list of cells; long lists become SUM(fn(…250), fn(…)) to respect Excel's 255-argument limit. */
export function overCells(fn: "SUM" | "COUNT", cells: readonly string[]): string {
  if (cells.length <= 250) return `${fn}(${cells.join(",")})`;
  const parts: string[] = [];
  for (let i = 0; i < cells.length; i += 250) parts.push(overCells(fn, cells.slice(i, i + 250)));
  return `SUM(${parts.join(",")})`;
}

/** Pagu of a program or kegiatan row: the sum of its sub kegiatan rows on this sheet. */
export function paguSumFormula(subRows: number[]): string {
  return subRows.length === 0
    ? "0"
    : overCells(
        "SUM",
        subRows.map((r) => `${col.pagu}${r}`),
      );
}

/** Realisasi anggaran of a program or kegiatan row: "" until one of its sub kegiatan reports. */
export function realisasiAnggaranSumFormula(subRows: number[]): string {
  const cells = subRows.map((r) => `${col.realisasiAnggaran}${r}`);
  if (cells.length === 0) return '""';
  return `IF(${overCells("COUNT", cells)}=0,"",${overCells("SUM", cells)})`;
}
