/**
 * Where each figure of `analyse()` stands on the Analisis sheet: found in the sheet's plan by its
 * section titles, its column headers (S.analysis.sheet) and the kode, Data row or order of its row,
 * never by a fixed row or column. The report names these cells, so the Laporan sheet's formulas and
 * the Word document's sources point at the very cell the Analisis computes.
 */
import { cellAddress } from "../../sheet/address";
import type { CellPlan, SheetPlan } from "../../sheet/plan";
import { S } from "../../strings";
import type { Analysis } from "../analysis/analysis";
import { comparisonYear } from "../analysis/analysis-sasaran";
import { analysisSheetPlan } from "../analysis/analysis-sheet";
import { ANALYSIS_SHEET } from "../ledger/data-layout";
import type { ConsolidatedSubmission } from "../returned/submission";
import type { RoundSetup } from "../setup/setup-types";
import type { PerjanjianKinerja } from "../shared/types";

const T = S.analysis.sheet;

/** The computed columns of a summary row (per Bagian, program, sub kegiatan), in header order from column D. */
export const SUMMARY_FIELDS = [
  "indikator",
  "dilaporkan",
  "dinilai",
  "rataCapaian",
  "predikat",
  "pagu",
  "realisasiAnggaran",
  "serapan",
  "selisih",
  "efisiensi",
] as const;
/** The computed columns of an indicator row, in header order from "Target s.d. Periode". */
export const INDICATOR_FIELDS = [
  "targetSd",
  "realisasiSd",
  "capaian",
  "predikat",
  "serapan",
  "realisasiLalu",
  "perubahan",
  "tren",
] as const;
/** The computed columns of a sasaran line, in header order from "Capaian Sasaran". */
export const SASARAN_FIELDS = [
  "capaian",
  "predikat",
  "pagu",
  "realisasiAnggaran",
  "serapan",
  "selisih",
  "efisiensi",
] as const;
/** The columns of an IKU row under its sasaran, in header order from "Target s.d. Periode". */
export const IKU_FIELDS = [
  "targetSd",
  "realisasiSd",
  "capaian",
  "predikat",
  "lalu",
  "perubahan",
  "tren",
  "targetRenstra",
  "progresRenstra",
] as const;
/** The columns of a status row, in header order from "Status". */
export const STATUS_FIELDS = ["status", "dikirim", "ketepatan", "diimpor", "berkas"] as const;
export const COUNT_FIELDS = ["bagian", "sudah", "belum", "terlambat"] as const;

export type SummaryField = (typeof SUMMARY_FIELDS)[number];
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];
export type SasaranField = (typeof SASARAN_FIELDS)[number];
export type IkuField = (typeof IKU_FIELDS)[number];
export type StatusField = (typeof STATUS_FIELDS)[number];
export type CountField = (typeof COUNT_FIELDS)[number];

/** A1 addresses on the Analisis sheet by field; a field missing when its column was not found. */
export type Cells<F extends string> = Partial<Record<F, string>>;

export interface AnalysisIndex {
  sheet: string;
  /** Per Bagian kode of the status table. */
  status: Map<string, Cells<StatusField>>;
  counts: Cells<CountField>;
  /** Per kode in column B of each summary table. */
  perBagian: Map<string, Cells<SummaryField>>;
  perProgram: Map<string, Cells<SummaryField>>;
  perSubKegiatan: Map<string, Cells<SummaryField>>;
  /** Per sasaran line in the sheet's (the PK's) order, with its IKU rows in order. */
  perSasaran: { no: string; line: Cells<SasaranField>; iku: Cells<IkuField>[] }[];
  /** Per Data row (1-based) of the indicator the row reads. */
  perIndicator: Map<number, Cells<IndicatorField>>;
}

type Rows = readonly (readonly (CellPlan | null)[])[];

const valueAt = (rows: Rows, r: number, c: number): unknown => rows[r]?.[c]?.value;
const isBlank = (rows: Rows, r: number): boolean =>
  (rows[r] ?? []).every((c) => c === null || c === undefined);

/** The 0-based row whose column A holds `title`; -1 when none. */
function sectionRow(rows: Rows, title: string): number {
  return rows.findIndex((r) => r[0]?.value === title);
}

/** The columns of `fields` in a header row, each found by its label (`labels[offset + i]`). */
function columnsOf<F extends string>(
  rows: Rows,
  header: number,
  labels: readonly string[],
  offset: number,
  fields: readonly F[],
): Partial<Record<F, number>> {
  const at = new Map<string, number>();
  (rows[header] ?? []).forEach((c, i) => {
    if (typeof c?.value === "string" && !at.has(c.value)) at.set(c.value, i);
  });
  const out: Partial<Record<F, number>> = {};
  fields.forEach((f, i) => {
    const label = labels[offset + i];
    const col = label === undefined ? undefined : at.get(label);
    if (col !== undefined) out[f] = col;
  });
  return out;
}

/** The addresses of the fields' columns on 0-based row `r`. */
function cellsAt<F extends string>(r: number, cols: Partial<Record<F, number>>): Cells<F> {
  const out: Cells<F> = {};
  for (const [f, c] of Object.entries(cols) as [F, number][]) out[f] = cellAddress(r, c);
  return out;
}

/** Rows of a table under its header: numbered rows (column A a number) until the next blank row. */
function numberedRows(rows: Rows, header: number): number[] {
  const out: number[] = [];
  for (let r = header + 1; r < rows.length && !isBlank(rows, r); r++)
    if (typeof valueAt(rows, r, 0) === "number") out.push(r);
  return out;
}

function summaryIndex(rows: Rows, title: string): Map<string, Cells<SummaryField>> {
  const out = new Map<string, Cells<SummaryField>>();
  const top = sectionRow(rows, title);
  if (top < 0) return out;
  const cols = columnsOf(rows, top + 1, T.summaryHeader(""), 3, SUMMARY_FIELDS);
  for (const r of numberedRows(rows, top + 1)) {
    const kode = valueAt(rows, r, 1);
    if (typeof kode === "string" && !out.has(kode)) out.set(kode, cellsAt(r, cols));
  }
  return out;
}

function statusIndex(rows: Rows): Pick<AnalysisIndex, "status" | "counts"> {
  const status = new Map<string, Cells<StatusField>>();
  const counts: Cells<CountField> = {};
  const top = sectionRow(rows, T.sections.status);
  if (top < 0) return { status, counts };
  const cols = columnsOf(rows, top + 1, T.status.header, 3, STATUS_FIELDS);
  for (const r of numberedRows(rows, top + 1)) {
    const kode = valueAt(rows, r, 1);
    if (typeof kode === "string") status.set(kode, cellsAt(r, cols));
  }
  const labels = new Map(COUNT_FIELDS.map((f) => [T.status.counts[f] as string, f]));
  for (let r = top + 2; r < rows.length && !isBlank(rows, r); r++) {
    const f = labels.get(String(valueAt(rows, r, 1)));
    if (f && typeof valueAt(rows, r, 0) !== "number") counts[f] = cellAddress(r, 2);
  }
  return { status, counts };
}

function sasaranIndex(rows: Rows, year: number | null): AnalysisIndex["perSasaran"] {
  const out: AnalysisIndex["perSasaran"] = [];
  const top = sectionRow(rows, T.sections.perSasaran);
  if (top < 0 || typeof valueAt(rows, top + 2, 0) !== "string") return out;
  const line = columnsOf(rows, top + 1, T.sasaran.header, 2, SASARAN_FIELDS);
  const iku = columnsOf(rows, top + 2, T.sasaran.ikuHeader(year), 3, IKU_FIELDS);
  for (let r = top + 3; r < rows.length && !isBlank(rows, r); r++) {
    const a = valueAt(rows, r, 0);
    const current = out[out.length - 1];
    if (typeof a === "number" && current) current.iku.push(cellsAt(r, iku));
    // A sasaran line spans the columns; a note under a sasaran without IKU is one merged cell.
    else if (typeof a === "string" && (rows[r]?.length ?? 0) > 1)
      out.push({ no: a, line: cellsAt(r, line), iku: [] });
  }
  return out;
}

/** The Data row an indicator row reads, from its capaian formula (`…Data!$AK$7…`). */
function dataRowOf(cell: CellPlan | null | undefined): number | null {
  const m = /!\$?[A-Z]{1,3}\$?(\d+)/.exec(cell?.formula ?? "");
  return m?.[1] ? Number(m[1]) : null;
}

function indicatorIndex(rows: Rows): Map<number, Cells<IndicatorField>> {
  const out = new Map<number, Cells<IndicatorField>>();
  const top = sectionRow(rows, T.sections.perIndikator);
  if (top < 0) return out;
  const cols = columnsOf(rows, top + 1, T.indicatorHeader, 5, INDICATOR_FIELDS);
  const capaian = cols.capaian;
  if (capaian === undefined) return out;
  for (const r of numberedRows(rows, top + 1)) {
    const d = dataRowOf(rows[r]?.[capaian]);
    if (d !== null) out.set(d, cellsAt(r, cols));
  }
  return out;
}

/**
 * The index of an Analisis plan. `tahunLalu` is the comparison year its IKU header names
 * (`comparisonYear(pk, tahun)`), null without one.
 */
export function indexAnalysisPlan(plan: SheetPlan, tahunLalu: number | null): AnalysisIndex {
  const rows = plan.rows;
  return {
    sheet: plan.name,
    ...statusIndex(rows),
    perBagian: summaryIndex(rows, T.sections.perBagian),
    perProgram: summaryIndex(rows, T.sections.perProgram),
    perSubKegiatan: summaryIndex(rows, T.sections.perSubKegiatan),
    perSasaran: sasaranIndex(rows, tahunLalu),
    perIndicator: indicatorIndex(rows),
  };
}

/**
 * The index of the Analisis sheet a master holds for this round: the plan `analysisSheetPlan`
 * writes, located.
 * @example analysisIndex(setup, subs, pk).perBagian.get("ORG")?.rataCapaian // "G14"
 */
export function analysisIndex(
  setup: RoundSetup,
  subs: readonly ConsolidatedSubmission[],
  pk: PerjanjianKinerja | null,
): AnalysisIndex {
  const plan = analysisSheetPlan(setup, subs, pk);
  return indexAnalysisPlan(plan, pk ? comparisonYear(pk, setup.tahun) : null);
}

/** Whether every figure of the analysis has its cell: each group, sasaran line, IKU and indicator. */
export function indexCovers(index: AnalysisIndex, analysis: Analysis): boolean {
  const groups = (list: readonly { kode: string }[], map: Map<string, unknown>) =>
    list.every((g) => map.has(g.kode));
  return (
    index.sheet === ANALYSIS_SHEET &&
    groups(analysis.perBagian, index.perBagian) &&
    groups(analysis.perProgram, index.perProgram) &&
    groups(analysis.perSubKegiatan, index.perSubKegiatan) &&
    analysis.status.every((s) => index.status.has(s.kode)) &&
    analysis.indicators.every((i) => index.perIndicator.has(i.dataRow)) &&
    analysis.perSasaran.length === index.perSasaran.length &&
    analysis.perSasaran.every((s, i) => index.perSasaran[i]?.iku.length === s.iku.length)
  );
}
