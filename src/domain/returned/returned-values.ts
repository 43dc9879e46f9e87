/**
 * Reading the cells a Bagian filled in on a returned kertas kerja: numbers (with what Excel
 * stores for percent cells and the Indonesian ways of writing them), texts that stay texts, the
 * bukti dukung link, and the signing date. Pure and total: every input gives a result, never a throw.
 */
import { fitCellText } from "../../sheet/cell-text";
import { EXCEL_LIMITS } from "../../sheet/limits";
import type { CellValue } from "../../sheet/plan";
import { returned as T } from "../../strings/returned";
import { BULAN, isIsoDate, serialToIso } from "../shared/dates";
import type { ReportIssue } from "../shared/issues";
import { formatIndonesianNumber, parseIndonesianNumber } from "../shared/numbers";

/** One cell as the validator sees it. */
export interface InputCell {
  value: CellValue;
  /** "=…" when the cell holds a formula (then `value` is its cached result). */
  formula: string | null;
  numberFormat: string | null;
}

export type InvalidReason =
  | "date"
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
  | {
      kind: "invalid";
      reason: InvalidReason;
      found: string;
      /** With reason "date": what the cell's format shows. */
      shows?: Exclude<DateFormatKind, null>;
    };

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

/** What a number format shows of a serial: a date, a time of day, both, or neither (a plain number). */
export type DateFormatKind = "date" | "time" | "datetime" | null;

/**
 * Whether a number format shows its number as a date or a time: a d, m, y (date) or h, s (time)
 * outside quoted text, backslash escapes, `_x`/`*x` spacing and fill characters, and [bracketed]
 * parts — except [h], [m] and [s], Excel's elapsed time. An "m" next to an h or s is minutes.
 * Excel turns "3/12" typed into a General cell into 12 March with such a format: the cell then
 * holds a serial number (46093) that must not be read as a realisasi.
 * @example dateFormatKind("dd/mm/yyyy") // "date"
 * @example dateFormatKind("[$-421]h:mm") // "time"
 * @example dateFormatKind('#,##0 "hari"') // null
 */
export function dateFormatKind(format: string | null | undefined): DateFormatKind {
  if (!format) return null;
  const elapsed = /\[(h+|m+|s+)\]/i.test(format);
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  const time = elapsed || /[hs]/.test(bare) || /am\/pm|a\/p/.test(bare);
  // Without h or s around, "m" is a month.
  const date = /[dy]/.test(bare) || (/m/.test(bare.replace(/am\/pm|a\/p/g, "")) && !time);
  if (date && time) return "datetime";
  if (date) return "date";
  return time ? "time" : null;
}

const two = (n: number): string => String(n).padStart(2, "0");

/**
 * A serial number as a person reads it in Indonesia: "12/03/2026", "08:30" or "12/03/2026 08:30".
 * @example showSerial(46093, "date") // "12/03/2026"
 */
export function showSerial(serial: number, kind: Exclude<DateFormatKind, null>): string {
  const iso = serialToIso(serial);
  const date = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60) % (24 * 60);
  const time = `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
  if (kind === "date") return date;
  return kind === "time" ? time : `${date} ${time}`;
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
 * - A number in a cell formatted as a date or time is `invalid` ("date", found as shown: "12/03/2026"):
 *   Excel made a date of what was typed ("3/12"), and its serial (46093) is no realisasi.
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
    const dated = dateFormatKind(cell.numberFormat);
    if (dated !== null && v >= 0) {
      return { kind: "invalid", reason: "date", found: showSerial(v, dated), shows: dated };
    }
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

/**
 * What a cell holds, for the `found` of an issue: its formula, `(kosong)` when it holds nothing,
 * a text in quotes as written (`"-"`, `" "`; shortened past 80 characters), a number in
 * Indonesian form, a boolean as Excel shows it.
 * @example describeCell("-", null) // '"-"'
 */
export function describeCell(value: CellValue, formula: string | null = null): string {
  if (formula !== null && formula !== "") return formula;
  if (value === null) return T.empty;
  if (typeof value === "string") return T.quote(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return formatIndonesianNumber(value);
}

/**
 * A found text for an issue: as written up to 200 characters, longer ones shortened with their
 * length ("…" and "(40.000 karakter)"), so that one pasted book cannot flood a report line.
 */
export function foundText(text: string): string {
  return text.length <= 200 ? text : T.longFound(text.slice(0, 120), text.length);
}

/** A text as it fits in a cell of the master; a longer one is cut, with a warning on its cell. */
export function fittedText(
  text: string | null,
  label: string,
  at: { sheet: string; cell: string; row: number },
  issue: ReportIssue,
): string | null {
  if (text === null) return null;
  const fitted = fitCellText(text);
  if (!fitted.cut) return text;
  const max = EXCEL_LIMITS.cellText;
  issue("warning", "returned.text.too-long", T.text.tooLong(at.cell, label, fitted.length, max), {
    ...at,
    found: T.text.tooLongFound(fitted.length),
    expected: T.text.tooLongExpected(max),
  });
  return fitted.text;
}

const HTTP_URL = /^https?:\/\/[^\s"<>\\]+$/i;

/** True for a single http(s) URL and nothing else, no longer than a link can be (2,000 characters). */
export function isHttpUrl(s: string): boolean {
  const url = s.trim();
  return url.length <= EXCEL_LIMITS.linkLength && HTTP_URL.test(url);
}

/**
 * The link of a bukti dukung cell: its hyperlink target when that is http(s); else the text
 * itself when it is one http(s) URL; else none. A hyperlink to anything else (file:, javascript:,
 * a \\server path, mailto:), or longer than 2,000 characters, is reported back in `refused` and
 * never followed.
 * @example buktiDukungLink("laporan.pdf", "file:///C:/laporan.pdf") // { url: null, refused: "file:///C:/laporan.pdf", tooLong: false }
 */
export function buktiDukungLink(
  text: string | null,
  hyperlink: string | undefined,
): { url: string | null; refused: string | null; tooLong: boolean } {
  const target = hyperlink?.trim() ?? "";
  if (target !== "" && isHttpUrl(target)) return { url: target, refused: null, tooLong: false };
  const refused = target === "" ? null : target;
  const tooLong = refused !== null && refused.length > EXCEL_LIMITS.linkLength;
  if (text !== null && isHttpUrl(text)) return { url: text.trim(), refused, tooLong };
  return { url: null, refused, tooLong };
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
