/**
 * Where everything stands on the master's "Data" sheet (and on "Riwayat", which repeats its
 * columns). One table of columns, so that the writer, the reader and the Analisis formulas agree
 * by construction, as KK_COLUMNS does for the kertas kerja.
 */
import { HOUSE_STYLES } from "../shared/house-styles";
import { columnLetters, quoteSheetName } from "../../sheet/address";
import type { CellStyle } from "../../sheet/plan";
import { S } from "../../strings";
import type { FormulaColumns } from "../kertas-kerja/kertas-kerja-formulas";
import type { WordColumns } from "../kertas-kerja/qualitative-formulas";
import { REALISASI_TW, TARGET_TW } from "../kertas-kerja/kertas-kerja-layout";
import type { ConsolidatedSubmission, SubmittedRow } from "../returned/submission";
import type { Aggregation, Polarity } from "../shared/types";
import { instantToSerial } from "../shared/dates";

/** Sheet names of the consolidated master. The paraf fingerprint reviews Data and Analisis. */
export const DATA_SHEET: string = S.analysis.sheetNames.data;
export const ANALYSIS_SHEET: string = S.analysis.sheetNames.analisis;
export const RIWAYAT_SHEET: string = S.analysis.sheetNames.riwayat;

/** Format of the Data and Riwayat sheets, written beside the marker in row 3. */
export const DATA_FORMAT_VERSION = 1;

/** Computed by formulas from the input columns before them; the only formulas on Data. */
export const FORMULA_COLUMNS = [
  "targetSd",
  "realisasiSd",
  "capaian",
  "capaianDinilai",
  "predikat",
  "serapan",
] as const;

/** Provenance of the submission, repeated on each of its rows (`lembar`, `sel`: where the row came from). */
export const PROVENANCE_COLUMNS = [
  "berkas",
  "sha256",
  "ukuran",
  "lembar",
  "sel",
  "dikirimPada",
  "dikirimSerial",
  "diimporPada",
  "diimporSerial",
  "diimporOleh",
  "instansi",
  "tahun",
  "periode",
  "versiTemplate",
  "fingerprint",
  "ttdTanggal",
  "ttdNama",
  "ttdNip",
] as const;

export const DATA_COLUMNS = [
  "bagianKode",
  "bagianNama",
  "urutan",
  "programKode",
  "programNama",
  "kegiatanKode",
  "kegiatanNama",
  "subKegiatanKode",
  "subKegiatanNama",
  "kunci",
  "jenisBaris",
  "indikator",
  "satuan",
  "polaritas",
  "jenisCapaian",
  "targetTahunan",
  "targetText",
  ...TARGET_TW,
  "realisasiLalu",
  ...REALISASI_TW,
  "budgetRow",
  "pagu",
  "realisasiAnggaran",
  "pendorong",
  "penghambat",
  "tindakLanjut",
  "buktiDukung",
  "buktiDukungUrl",
  ...FORMULA_COLUMNS,
  ...PROVENANCE_COLUMNS,
] as const;
export type DataColumn = (typeof DATA_COLUMNS)[number];

/** The two columns Riwayat adds after the Data columns. */
export const RIWAYAT_EXTRA_COLUMNS = ["digantiPada", "digantiOleh"] as const;
export type RiwayatExtraColumn = (typeof RIWAYAT_EXTRA_COLUMNS)[number];

/** Columns the writer derives (the formulas, and the serials of the instants): written, never read back. */
export const COMPUTED_COLUMNS: ReadonlySet<DataColumn> = new Set<DataColumn>([
  ...FORMULA_COLUMNS,
  "dikirimSerial",
  "diimporSerial",
]);

/** 0-based column index on Data. */
export const dataColIndex = Object.fromEntries(DATA_COLUMNS.map((c, i) => [c, i])) as Record<
  DataColumn,
  number
>;
/** Column letter on Data: dataCol.bagianKode === "A". */
export const dataCol = Object.fromEntries(DATA_COLUMNS.map((c, i) => [c, columnLetters(i)])) as Record<
  DataColumn,
  string
>;

/** The kertas kerja formulas' columns, as they stand on Data. */
export const DATA_FORMULA_COLUMNS: FormulaColumns = dataCol;

/** The qualitative formulas' columns on Data: the target word stands in its own column. */
export const DATA_WORD_COLUMNS: WordColumns = {
  targetWord: dataCol.targetText,
  targetTw: TARGET_TW.map((c) => dataCol[c]),
  realisasiTw: REALISASI_TW.map((c) => dataCol[c]),
  targetSd: dataCol.targetSd,
  realisasiSd: dataCol.realisasiSd,
};

/** 1-based rows of the fixed parts. */
export const DATA_ROWS = { title: 1, info: 2, marker: 3, header: 5, firstData: 6 } as const;

export type DataStyle = "text" | "integer" | "number" | "money" | "percent" | "datetime" | "computed";

/** How each column is shown: its style and width in characters. */
export const DATA_FORMAT: Record<DataColumn | RiwayatExtraColumn, { style: DataStyle; width: number }> = {
  bagianKode: { style: "text", width: 9 },
  bagianNama: { style: "text", width: 24 },
  urutan: { style: "integer", width: 7 },
  programKode: { style: "text", width: 10 },
  programNama: { style: "text", width: 30 },
  kegiatanKode: { style: "text", width: 13 },
  kegiatanNama: { style: "text", width: 30 },
  subKegiatanKode: { style: "text", width: 18 },
  subKegiatanNama: { style: "text", width: 30 },
  kunci: { style: "text", width: 14 },
  jenisBaris: { style: "text", width: 10 },
  indikator: { style: "text", width: 38 },
  satuan: { style: "text", width: 10 },
  polaritas: { style: "text", width: 9 },
  jenisCapaian: { style: "text", width: 11 },
  targetTahunan: { style: "number", width: 10 },
  targetText: { style: "text", width: 10 },
  targetTw1: { style: "number", width: 9 },
  targetTw2: { style: "number", width: 9 },
  targetTw3: { style: "number", width: 9 },
  targetTw4: { style: "number", width: 9 },
  realisasiLalu: { style: "number", width: 10 },
  realisasiTw1: { style: "number", width: 10 },
  realisasiTw2: { style: "number", width: 10 },
  realisasiTw3: { style: "number", width: 10 },
  realisasiTw4: { style: "number", width: 10 },
  budgetRow: { style: "text", width: 9 },
  pagu: { style: "money", width: 16 },
  realisasiAnggaran: { style: "money", width: 16 },
  pendorong: { style: "text", width: 28 },
  penghambat: { style: "text", width: 28 },
  tindakLanjut: { style: "text", width: 28 },
  buktiDukung: { style: "text", width: 28 },
  buktiDukungUrl: { style: "text", width: 28 },
  targetSd: { style: "computed", width: 10 },
  realisasiSd: { style: "computed", width: 10 },
  capaian: { style: "percent", width: 10 },
  capaianDinilai: { style: "percent", width: 10 },
  predikat: { style: "computed", width: 14 },
  serapan: { style: "percent", width: 10 },
  berkas: { style: "text", width: 28 },
  sha256: { style: "text", width: 20 },
  ukuran: { style: "integer", width: 11 },
  lembar: { style: "text", width: 16 },
  sel: { style: "text", width: 12 },
  dikirimPada: { style: "text", width: 26 },
  dikirimSerial: { style: "datetime", width: 17 },
  diimporPada: { style: "text", width: 26 },
  diimporSerial: { style: "datetime", width: 17 },
  diimporOleh: { style: "text", width: 24 },
  instansi: { style: "text", width: 24 },
  tahun: { style: "integer", width: 7 },
  periode: { style: "text", width: 12 },
  versiTemplate: { style: "integer", width: 8 },
  fingerprint: { style: "text", width: 20 },
  ttdTanggal: { style: "text", width: 12 },
  ttdNama: { style: "text", width: 22 },
  ttdNip: { style: "text", width: 20 },
  digantiPada: { style: "text", width: 26 },
  digantiOleh: { style: "text", width: 24 },
};

const base: CellStyle = { border: true, vAlign: "top" };
/** Number formats: money with thousands, percent-like with two decimals, instants as date-time. */
export const DATA_STYLES: Record<DataStyle | "title" | "info" | "marker" | "note" | "header", CellStyle> = {
  title: HOUSE_STYLES.title,
  info: HOUSE_STYLES.label,
  marker: HOUSE_STYLES.marker,
  // The Data sheet's note is one line under the title: smaller, not wrapped.
  note: { italic: true, fontColor: "#595959", fontSize: 9 },
  header: HOUSE_STYLES.header,
  text: { ...base, numberFormat: "@" },
  integer: { ...base, numberFormat: "0" },
  number: { ...base, numberFormat: "General" },
  money: { ...base, numberFormat: "#,##0" },
  percent: { ...base, numberFormat: "0.00", fill: "#F7F9FC" },
  datetime: { ...base, numberFormat: "dd/mm/yyyy hh:mm:ss", fill: "#F7F9FC" },
  computed: { ...base, numberFormat: "General", fill: "#F7F9FC" },
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An ISO instant as an Excel date-time serial in the round's zone (minutes east of UTC), so that
 * a formula compares it with a date; null when the text is not an ISO date-time. A time written
 * without a zone is read as the round's local time (never the machine's).
 * @example instantSerial("2026-04-15T16:00:00Z", 480) === 46128 // 16 April 2026, 00:00 WITA
 */
export function instantSerial(iso: string | null, utcOffsetMinutes: number): number | null {
  if (iso === null || !ISO_INSTANT.test(iso)) return null;
  const ms = HAS_ZONE.test(iso)
    ? Date.parse(iso)
    : Date.parse(iso.includes("T") ? `${iso}Z` : `${iso}T00:00:00Z`) - utcOffsetMinutes * 60_000;
  if (Number.isNaN(ms)) return null;
  return instantToSerial(ms, utcOffsetMinutes);
}

/**
 * An absolute reference to a whole column block of Data, for formulas on other sheets:
 * dataRange("bagianKode", 6, 20) === "Data!$A$6:$A$20".
 */
export function dataRange(column: DataColumn, first: number, last: number): string {
  const c = dataCol[column];
  return `${quoteSheetName(DATA_SHEET)}!$${c}$${first}:$${c}$${last}`;
}

/** An absolute reference to one cell of Data: dataCell("capaian", 7) === "Data!$AK$7". */
export function dataCell(column: DataColumn, row: number): string {
  return `${quoteSheetName(DATA_SHEET)}!$${dataCol[column]}$${row}`;
}

/** One submission written on a ledger sheet (Data, Riwayat), with Riwayat's extra columns. */
export interface LedgerRecord {
  submission: ConsolidatedSubmission;
  extra: Partial<Record<RiwayatExtraColumn, string>>;
}

/** An indicator row's polarity, with the default generation applies when the DPA gives none. */
export const polarityOf = (row: SubmittedRow): Polarity => row.polarity ?? "positif";
/** An indicator row's aggregation, with the default generation applies when the DPA gives none. */
export const aggregationOf = (row: SubmittedRow): Aggregation => row.aggregation ?? "kumulatif";
