/**
 * The columns of a Perjanjian Kinerja's tables — the IKU table (with or without its Rencana Aksi),
 * a Rencana Aksi table of its own, the table of programs and anggaran — and how the numbers of
 * sasaran strategis are written.
 */
import { DPA_LABELS, KODE_LABELS, triwulanLabels } from "./dpa-columns";
import type { Requirement } from "./header";
import { normalizeLabel } from "../shared/text";

/** Columns of the IKU table; a Rencana Aksi table uses the same, without the annual target. */
export type PkField =
  | "no"
  | "sasaran"
  | "indikator"
  | "satuan"
  | "target"
  | "targetTw1"
  | "targetTw2"
  | "targetTw3"
  | "targetTw4"
  | "targetRenstra"
  | "realisasi"
  | "polaritas"
  | "jenisCapaian"
  | "bagian";

/** Columns of the table of programs (or kegiatan) and their anggaran. */
export type ProgramField = "no" | "kode" | "program" | "anggaran" | "sasaran" | "keterangan";

export const TW_FIELDS = ["targetTw1", "targetTw2", "targetTw3", "targetTw4"] as const;

/** "Target TW I", "TW I", "Rencana Aksi TW I", "Target Triwulan I" … */
const twLabels = (q: 1 | 2 | 3 | 4): string[] =>
  ["Target", "", "Rencana Aksi", "Target Rencana Aksi"].flatMap((p) => triwulanLabels(q, p));

/** Header labels of the IKU and Rencana Aksi tables, compared after `normalizeLabel` (a year is ignored). */
export const PK_LABELS: Record<PkField, readonly string[]> = {
  no: ["No", "Nomor", "No Urut"],
  sasaran: [
    "Sasaran",
    "Sasaran Strategis",
    "Sasaran Strategis Perangkat Daerah",
    "Sasaran Kinerja",
    "Tujuan/Sasaran",
    "Tujuan / Sasaran Strategis",
  ],
  indikator: [
    "Indikator Kinerja",
    "Indikator Kinerja Utama",
    "Indikator Kinerja Utama (IKU)",
    "IKU",
    "Indikator",
    "Indikator Sasaran",
    "Indikator Kinerja Sasaran",
    "Indikator Sasaran Strategis",
  ],
  satuan: ["Satuan"],
  target: [
    "Target",
    "Target Tahunan",
    "Target Kinerja",
    "Target PK",
    "Target Tahun",
    "Target Perjanjian Kinerja",
  ],
  targetTw1: twLabels(1),
  targetTw2: twLabels(2),
  targetTw3: twLabels(3),
  targetTw4: twLabels(4),
  targetRenstra: [
    "Target Akhir Renstra",
    "Target Renstra",
    "Target Akhir Periode Renstra",
    "Target Akhir",
    "Target Akhir Periode",
    "Target Kondisi Akhir",
    "Kondisi Akhir Renstra",
  ],
  realisasi: ["Realisasi", "Realisasi Tahun Lalu", "Realisasi Tahun Sebelumnya"],
  polaritas: DPA_LABELS.polaritas,
  jenisCapaian: DPA_LABELS.jenisCapaian,
  bagian: [...DPA_LABELS.bagian, "Bagian Penanggung Jawab", "Penanggungjawab", "Unit Penanggung Jawab", "PJ"],
};

/** Header labels of the programs table. */
export const PROGRAM_LABELS: Record<ProgramField, readonly string[]> = {
  no: PK_LABELS.no,
  kode: [...KODE_LABELS, "Kode Program", "Kode Program/Kegiatan"],
  program: [
    "Program",
    "Program/Kegiatan",
    "Program dan Kegiatan",
    "Program Pendukung",
    "Nama Program",
    "Nama Program/Kegiatan",
    "Uraian Program/Kegiatan",
    "Kegiatan",
    "Uraian",
  ],
  anggaran: [
    "Anggaran",
    "Anggaran (Rp)",
    "Jumlah Anggaran",
    "Jumlah Anggaran (Rp)",
    "Nilai Anggaran",
    "Pagu",
    "Pagu Anggaran",
    "Pagu (Rp)",
    "Pagu Anggaran (Rp)",
    "Jumlah (Rp)",
  ],
  sasaran: [
    "Sasaran",
    "Sasaran Strategis",
    "Mendukung Sasaran",
    "Sasaran yang Didukung",
    "No Sasaran",
    "Untuk Sasaran",
  ],
  keterangan: ["Keterangan", "Ket"],
};

/** What makes a table of indicators: an indikator and a target, annual or per triwulan. */
export const TABLE_REQUIRED: readonly Requirement<PkField>[] = ["indikator", ["target", ...TW_FIELDS]];
/** What makes the IKU table, as told when it is not found. */
export const IKU_REQUIRED: readonly Requirement<PkField>[] = ["indikator", "target"];
export const PROGRAM_REQUIRED: readonly Requirement<ProgramField>[] = ["program", "anggaran"];

/** A sasaran's number and text, once a number written before the text is taken off. */
export interface Numbered {
  no: string;
  text: string;
}

/**
 * The number of a sasaran as written in a "No" cell, without the dot or brackets around it.
 * @example sasaranNo("1.") // "1"
 * @example sasaranNo("(S.2)") // "S.2"
 */
export function sasaranNo(text: string): string {
  return text
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .replace(/[.):]+$/, "")
    .trim();
}

/**
 * A number written before a sasaran's text: "1. Meningkatnya…", "S1 Meningkatnya…", "II) …",
 * "1.2 …". A bare number or roman numeral needs a dot, bracket, colon or dash after it, so that
 * "100 persen …" stays text. Null when the text has no number in front.
 */
export function splitNumbered(text: string): Numbered | null {
  const m = /^(S{1,2}\s?\.?\s?\d+|\d+(?:\.\d+)+|\d+|[IVX]{1,5})(\s*[.):\-–]\s*|\s+)(\S.*)$/i.exec(
    text.trim(),
  );
  const [, no = "", separator = "", rest = ""] = m ?? [];
  if (!m) return null;
  if (/^(\d+|[IVX]+)$/i.test(no) && separator.trim() === "") return null;
  return { no: no.replace(/\s+/g, ""), text: rest };
}

/**
 * A row that names a sasaran by itself: "Sasaran Strategis 1: Meningkatnya…", "SASARAN 2 –
 * Meningkatnya…", "Sasaran Strategis: Meningkatnya…" (no number: "" as its number).
 */
export function parseSectionText(text: string): Numbered | null {
  const m =
    /^sasaran(?:\s+strategis)?\s*(?:(?:ke|no\.?|nomor)\s*)?(S{0,2}\s?\.?\s?\d+|[IVX]{1,5}\b)?(\s*[:.\-–]\s*|\s+)(\S.*)$/i.exec(
      text.trim(),
    );
  const [, no = "", separator = "", rest = ""] = m ?? [];
  if (!m || (no === "" && separator.trim() === "")) return null;
  return { no: no.replace(/\s+/g, ""), text: rest };
}

/** A sasaran cell: its number, when one is written in it, and its text. */
export function readSasaranText(text: string): Numbered {
  return parseSectionText(text) ?? splitNumbered(text) ?? { no: "", text };
}

const MONTHS = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember";
const SIGNATURE = new RegExp(
  `^(pihak (pertama|kedua)\\b|nip\\b|[a-z ]+ (\\d{1,2} )?(${MONTHS}) (19|20)\\d\\d$)`,
);

/**
 * The signature block under a PK ("PIHAK PERTAMA", "NIP. 1970…", "Rantau, 2 Januari 2026"): no
 * IKU is read below it until another table's header.
 */
export function isSignatureText(text: string): boolean {
  const label = normalizeLabel(text);
  if (/^(pihak|nip)\b/.test(label)) return SIGNATURE.test(label);
  return text.includes(",") && SIGNATURE.test(label);
}

/** Years written in a text ("Realisasi 2024", "PERJANJIAN KINERJA TAHUN 2026"). */
export function yearsIn(text: string): number[] {
  return [...new Set([...text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1])))];
}

/**
 * True when `ref` — a sasaran as another table names it: its number ("1", "S1", "Sasaran 2"), or
 * its text, with or without a number before it — names the sasaran with text key `key` and numbers
 * `numbers`.
 * @example refersToSasaran("Sasaran 1", "meningkatnya akuntabilitas kinerja", ["1"]) // true
 */
export function refersToSasaran(ref: string, key: string, numbers: readonly string[]): boolean {
  const parsed = readSasaranText(ref);
  if (normalizeLabel(parsed.text) === key || normalizeLabel(ref) === key) return true;
  const no = parsed.no !== "" ? parsed.no : sasaranNo(ref.replace(/^sasaran(\s+strategis)?\s*/i, ""));
  const wanted = noKey(no);
  return wanted !== "" && numbers.some((n) => noKey(n) === wanted);
}

/** Comparison key of a sasaran number: "S.1", "s 1" and "S1" are one. */
export function noKey(no: string): string {
  return normalizeLabel(no).replace(/ /g, "");
}
