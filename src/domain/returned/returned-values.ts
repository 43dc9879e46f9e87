/**
 * Reading the cells a Bagian filled in on a returned kertas kerja: numbers (with what Excel
 * stores for percent cells and the Indonesian ways of writing them), texts that stay texts, the
 * bukti dukung link, and the signing date. Pure and total: every input gives a result, never a throw.
 */
import type { CellValue } from "../../sheet/plan";
import { BULAN, isIsoDate, serialToIso } from "../shared/dates";
import { parseIndonesianNumber } from "../shared/numbers";

/** One cell as the validator sees it. */
export interface InputCell {
  value: CellValue;
  /** "=…" when the cell holds a formula (then `value` is its cached result). */
  formula: string | null;
  numberFormat: string | null;
}

export type InvalidReason =
  | "ambiguous"
  | "not-a-number"
  | "boolean"
  | "excel-error"
  | "negative"
  | "percent-money"
  | "formula-no-result";

export type NumberInput =
  | { kind: "blank" }
  | { kind: "number"; value: number; fromFormula: boolean }
  | { kind: "invalid"; reason: InvalidReason; found: string };

/** Excel's error values, as a host reads them (exceljs and Office.js both give the text). */
const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** True for one of Excel's error values ("#DIV/0!", "#REF!", …). */
export function isExcelError(v: CellValue): boolean {
  return typeof v === "string" && EXCEL_ERRORS.has(v.trim().toUpperCase());
}

/**
 * True when a number format shows values as percent: a "%" outside quoted text, backslash escapes
 * and [bracketed] parts. Excel then stores 85 % as 0.85, so the reader must multiply by 100;
 * `0.0"%"` only prints a literal sign and stores 85 as 85.
 * @example isPercentFormat("0.00%") // true
 * @example isPercentFormat('0.0"%"') // false
 */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return bare.includes("%");
}

/** x × 100 without the binary noise of 0.85 × 100 = 85.00000000000001. */
const hundredfold = (x: number): number => Number((x * 100).toPrecision(15));

/**
 * A number from a realisasi (or, with `money`, a realisasi anggaran) input cell.
 *
 * - Blank, whitespace or a lone dash is "not reported" (`blank`), never 0.
 * - A number is taken as is; in a percent-formatted cell Excel stores 85 % as 0.85, so it is × 100.
 * - Text is read by `parseIndonesianNumber`: "85", "85,5", "1.234,5", "85%" (→ 85). In a
 *   percent-formatted cell a text without "%" is read as Excel reads what is typed there with
 *   automatic percent entry: below 1 it is a fraction ("0,85" → 85), from 1 up it is already
 *   percent points ("85" → 85).
 * - Ambiguous text ("1.5", "1,500"), words, booleans, Excel errors and negatives are `invalid`.
 * - A formula counts by its cached result (the caller warns); without one it is `invalid`.
 * - With `money`, a "%" is `invalid` (a realisasi anggaran is rupiah, not a share of the pagu).
 * @example readNumberInput({ value: "0,85", formula: null, numberFormat: "0%" }) // { kind: "number", value: 85, fromFormula: false }
 */
export function readNumberInput(cell: InputCell, money = false): NumberInput {
  const fromFormula = cell.formula !== null && cell.formula !== "";
  const v = cell.value;
  const invalid = (reason: InvalidReason, found: string = String(v)): NumberInput => ({
    kind: "invalid",
    reason,
    found,
  });
  if (v === null || (typeof v === "string" && v.trim() === "")) {
    return fromFormula ? invalid("formula-no-result", cell.formula ?? "") : { kind: "blank" };
  }
  if (typeof v === "boolean") return invalid("boolean", v ? "TRUE" : "FALSE");
  if (isExcelError(v)) return invalid("excel-error", String(v).trim());
  const percentCell = isPercentFormat(cell.numberFormat);
  let value: number;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return invalid("not-a-number");
    value = percentCell && !money ? hundredfold(v) : v;
  } else {
    const parsed = parseIndonesianNumber(v);
    if (!parsed.ok) {
      if (parsed.reason === "empty") return fromFormula ? invalid("formula-no-result") : { kind: "blank" };
      return invalid(parsed.reason, v);
    }
    if (parsed.percent && money) return invalid("percent-money", v);
    const fraction = percentCell && !money && !parsed.percent && Math.abs(parsed.value) < 1;
    value = fraction ? hundredfold(parsed.value) : parsed.value;
  }
  if (value < 0) return invalid("negative", typeof v === "number" ? String(v) : v);
  return { kind: "number", value: value === 0 ? 0 : value, fromFormula };
}

/**
 * A free-text input (faktor pendorong, penghambat, tindak lanjut, bukti dukung) as data: trimmed,
 * numbers as their digits, "" → null. The text is never interpreted: "=HYPERLINK(…)",
 * "+cmd|' /C calc'!A0", "@SUM(A1)" and "-2+3" come back exactly as written.
 */
export function readTextInput(value: CellValue): string | null {
  if (value === null) return null;
  const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

const HTTP_URL = /^https?:\/\/[^\s"<>\\]+$/i;

/** True for a single http(s) URL and nothing else. */
export function isHttpUrl(s: string): boolean {
  return HTTP_URL.test(s.trim());
}

/**
 * The link of a bukti dukung cell: its hyperlink target when that is http(s); else the text
 * itself when it is one http(s) URL; else none. A hyperlink to anything else (file:, javascript:,
 * a \\server path, mailto:) is reported back in `refused` and never followed.
 * @example buktiDukungLink("laporan.pdf", "file:///C:/laporan.pdf") // { url: null, refused: "file:///C:/laporan.pdf" }
 */
export function buktiDukungLink(
  text: string | null,
  hyperlink: string | undefined,
): { url: string | null; refused: string | null } {
  const target = hyperlink?.trim() ?? "";
  if (target !== "" && isHttpUrl(target)) return { url: target, refused: null };
  const refused = target === "" ? null : target;
  if (text !== null && isHttpUrl(text)) return { url: text.trim(), refused };
  return { url: null, refused };
}

/** Years a signing date may plausibly carry; a serial such as 12 (1900-01-12) is a typo, not a date. */
const PLAUSIBLE_YEARS = { min: 2000, max: 2100 } as const;

const plausible = (iso: string): string | null => {
  const year = Number(iso.slice(0, 4));
  return isIsoDate(iso) && year >= PLAUSIBLE_YEARS.min && year <= PLAUSIBLE_YEARS.max ? iso : null;
};

const pad = (n: string): string => n.padStart(2, "0");

/**
 * The signing date as an ISO date: an Excel date serial, or text written "10/07/2026",
 * "10-07-2026", "2026-07-10" or "10 Juli 2026" (day first, as in Indonesia). null when blank;
 * `invalid` when it is not a real date between 2000 and 2100.
 * @example readSignatureDate(46213) // { kind: "date", iso: "2026-07-10" }
 */
export function readSignatureDate(
  v: CellValue,
): { kind: "blank" } | { kind: "date"; iso: string } | { kind: "invalid"; found: string } {
  if (v === null || (typeof v === "string" && v.trim() === "")) return { kind: "blank" };
  let iso: string | null = null;
  if (typeof v === "number") {
    iso = Number.isFinite(v) && v >= 1 ? plausible(serialToIso(v)) : null;
  } else if (typeof v === "string") {
    iso = textDate(v.trim());
  }
  return iso === null ? { kind: "invalid", found: String(v) } : { kind: "date", iso };
}

function textDate(s: string): string | null {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dmy?.[1] && dmy[2] && dmy[3]) return plausible(`${dmy[3]}-${pad(dmy[2])}-${pad(dmy[1])}`);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (ymd?.[1] && ymd[2] && ymd[3]) return plausible(`${ymd[1]}-${pad(ymd[2])}-${pad(ymd[3])}`);
  const words = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(s);
  if (words?.[1] && words[2] && words[3]) {
    const month = BULAN.findIndex((b) => b.toLowerCase() === words[2]?.toLowerCase());
    if (month >= 0) return plausible(`${words[3]}-${pad(String(month + 1))}-${pad(words[1])}`);
  }
  return null;
}

/**
 * A `lockedContent` entry for people: "n:5" → "5" (Indonesian digits), "s:Dokumen" → "Dokumen",
 * "" → `empty`. Formula digests are not shown (the caller names the formula instead).
 */
export function decodeLocked(
  content: string | undefined,
  empty: string,
  formatNumber: (n: number) => string,
) {
  if (content === undefined || content === "") return empty;
  if (content.startsWith("n:")) {
    const n = Number(content.slice(2));
    return Number.isFinite(n) ? formatNumber(n) : content.slice(2);
  }
  if (content.startsWith("s:")) return content.slice(2);
  return content;
}
