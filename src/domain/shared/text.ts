import type { CellValue } from "../../sheet/plan";

/** Lower case, accents dropped, every run of non-alphanumerics one space, trimmed. */
function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Comparison key of a header label: insensitive to case, spacing, line breaks and punctuation.
 * @example normalizeLabel("Pagu Anggaran\n(Rp)") // "pagu anggaran rp"
 * @example normalizeLabel("Program / Kegiatan / Sub Kegiatan") // "program kegiatan sub kegiatan"
 */
export function normalizeLabel(s: string): string {
  return fold(s);
}

/**
 * Comparison key of an indicator text (tolok ukur). Like `normalizeLabel`, but "%" and "&" carry
 * meaning in a tolok ukur, so they become the words "persen" and "dan" instead of vanishing:
 * "Opini BPK & SAKIP" matches "Opini BPK dan SAKIP".
 * @example normalizeIndicatorText("Persentase  dokumen tepat waktu (%)") // "persentase dokumen tepat waktu persen"
 */
export function normalizeIndicatorText(s: string): string {
  return fold(s.replace(/%/g, " persen ").replace(/&/g, " dan "));
}

/** A cell as trimmed text, with inner whitespace (line breaks too) collapsed: "" for an empty cell. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.replace(/\s+/g, " ").trim();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return v ? "TRUE" : "FALSE";
}
