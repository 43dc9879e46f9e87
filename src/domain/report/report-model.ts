/**
 * The Laporan Kinerja as plain data: chapters of headings, sentences and tables, each figure with
 * the master's cell it comes from. Built once from a consolidated master (report-build.ts), then
 * rendered twice — as the master's "Laporan" sheet, whose figures are formulas over those cells,
 * and as a Word document, whose tables name their source ranges — so both say the same thing.
 */
import type { Periode } from "../shared/types";

/** A cell of the master a figure is read from: `sheet` is a sheet name ("Analisis", "Data"…), `cell` an A1 address ("G45"). */
export interface CellRef {
  sheet: string;
  cell: string;
}

/**
 * How a column's figures are shown: `text` as written; `number` in Indonesian form with the
 * decimals it has (at most two); `percent` with two decimals and " %"; `money` in rupiah without
 * decimals; `count` as a whole number.
 */
export type ReportValueKind = "text" | "number" | "percent" | "money" | "count";

export interface ReportColumn {
  header: string;
  kind: ReportValueKind;
  /** Relative width (the renderers scale the columns of a table to the page's width). */
  width: number;
}

export interface ReportCell {
  /** The figure or text as the domain computed it; null for an empty cell ("" on the sheet). */
  value: string | number | null;
  /** Where the figure stands on the master: the sheet writes `=<ref>`, the Word document names it. */
  ref?: CellRef;
}

/** One row of a table; `emphasis` marks a group or total row (bold). */
export interface ReportRow {
  cells: ReportCell[];
  emphasis?: boolean;
}

/** Where a table's figures come from, for its caption and the appendix "Sumber data". */
export interface ReportSource {
  /** The master's sheet and the range the table reads ("Analisis", "A40:M52"); null for a table from the setup or the PK as typed. */
  sheet: string;
  range: string | null;
  /** The returned kertas kerja the values were consolidated from (name, SHA-256), when the table reads Data. */
  files: { name: string; sha256: string }[];
}

export interface ReportTable {
  kind: "table";
  /** Stable id, for tests and the appendix: "bab3-sasaran-1", "bab3-anggaran-program". */
  id: string;
  /** Caption: "Tabel 3.1 Capaian IKU Sasaran 1: …". */
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  source: ReportSource;
}

export type ReportBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  /** A paragraph of sentences built from the figures. */
  | { kind: "paragraph"; text: string }
  | { kind: "bullets"; items: string[] }
  | ReportTable
  /** A section with no data: one line saying so, never an empty table. */
  | { kind: "empty"; text: string };

/** One paraf or signature as the SOP recorded it, for the approval block. */
export interface ReportApproval {
  /** "paraf" (step 6) or "tanda tangan" (step 7). */
  kind: "paraf" | "ttd";
  role: string;
  nama: string;
  jabatan: string;
  nip: string;
  /** ISO instant. */
  at: string;
  /** The content fingerprint it was bound to. */
  fingerprint: string;
  /** Whether it still matches the master's content. */
  valid: boolean;
}

export interface ReportChapter {
  /** "BAB I PENDAHULUAN", "LAMPIRAN". */
  title: string;
  blocks: ReportBlock[];
}

export interface ReportDocument {
  /** "LAPORAN KINERJA INSTANSI PEMERINTAH" (annual) or "LAPORAN KINERJA TRIWULAN II". */
  title: string;
  instansi: string;
  tahun: number;
  periode: Periode;
  /** Annual (TW IV, Tahunan: Permenpan RB 53/2014) or the shorter quarterly form. */
  form: "tahunan" | "triwulan";
  /** Date of the draft (ISO), as the cover shows it. */
  disusun: string;
  chapters: ReportChapter[];
  /** The paraf (step 6) and signature (step 7), or none yet: the approval block says which are missing. */
  approvals: ReportApproval[];
  /** The Sekretaris Daerah (or the official of step 7) who signs, from Pengaturan; null when not set. */
  penandatangan: { nama: string; jabatan: string; nip: string } | null;
}
