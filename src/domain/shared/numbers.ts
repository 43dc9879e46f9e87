import type { CellValue } from "../../sheet/plan";

export type NumberParse =
  | {
      ok: true;
      value: number;
      /** The text ended in "%": the sign was dropped, the caller decides what it means. */
      percent: boolean;
    }
  | { ok: false; reason: "empty" | "ambiguous" | "not-a-number"; found: string };

/** Dashes a table uses for "no value"; read as empty, never as a minus sign. */
const EMPTY_MARKS = new Set(["-", "–", "—", "--", "−"]);

/** Indonesian thousands grouping: 1–3 digits, then groups of exactly 3 after each ".". */
const GROUPED_WITH_DOTS = /^\d{1,3}(\.\d{3})+$/;
/** English thousands grouping with ",": a likely "1,234,567". */
const GROUPED_WITH_COMMAS = /^\d{1,3}(,\d{3})+$/;

/**
 * Reads a cell as a number, accepting what Excel stores and the Indonesian way of writing numbers.
 *
 * A numeric cell is taken as it is. Text is read by these rules, after trimming:
 * - empty text, or a lone dash ("-", "–", "—"), is `empty`;
 * - an optional sign, an optional "Rp"/"Rp." prefix, an optional "%" suffix (dropped, `percent`
 *   says it was there) and an optional ",-" suffix ("Rp 1.250.000,-") are allowed around the digits;
 * - "," is the decimal separator and may appear once: "99,5" → 99.5, "0,85" → 0.85;
 * - "." is the thousands separator and must group by three: "1.200" → 1200, "1.234,5" → 1234.5;
 * - English forms are `ambiguous`, never guessed: a "." after the ",", as in "1,234.5"; more than
 *   one ",", as in "1,234,567"; a lone "." not followed by exactly three digits, as in "1.5"
 *   (English decimal?); and a lone "," followed by exactly three digits with a non-zero integer
 *   part, as in "1,500" (1,5 in Indonesian but 1500 in English). "0,125" stays 0.125;
 * - anything else (letters, spaces inside the digits, "1.2.3") is `not-a-number`.
 *
 * @example parseIndonesianNumber("Rp 1.250.000.000,00") // { ok: true, value: 1250000000, percent: false }
 * @example parseIndonesianNumber("85%") // { ok: true, value: 85, percent: true }
 * @example parseIndonesianNumber("1,234.5") // { ok: false, reason: "ambiguous", found: "1,234.5" }
 */
export function parseIndonesianNumber(v: CellValue): NumberParse {
  if (v === null || v === undefined) return { ok: false, reason: "empty", found: "" };
  if (typeof v === "number") {
    return Number.isFinite(v)
      ? { ok: true, value: v, percent: false }
      : { ok: false, reason: "not-a-number", found: String(v) };
  }
  if (typeof v !== "string") return { ok: false, reason: "not-a-number", found: String(v) };

  const found = v;
  // NBSP and narrow NBSP come with text pasted from PDFs and web pages.
  let s = v.replace(/[\u00a0\u202f\u2007]/g, " ").trim();
  if (s === "" || EMPTY_MARKS.has(s)) return { ok: false, reason: "empty", found };

  let negative = false;
  const takeSign = (): void => {
    const m = /^([+\-−])\s*/.exec(s);
    if (m && !negative && m[1] !== undefined) {
      negative = m[1] !== "+";
      s = s.slice(m[0].length);
    }
  };
  takeSign();
  const rp = /^rp\.?\s*/i.exec(s);
  if (rp) s = s.slice(rp[0].length);
  takeSign();

  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  // "1.250.000,-" and "1.250.000,--": Indonesian for "no cents".
  s = s.replace(/,-{1,2}$/, "");

  if (s === "" || !/^[\d.,]+$/.test(s) || !/\d/.test(s)) {
    return { ok: false, reason: "not-a-number", found };
  }
  const commas = s.split(",").length - 1;
  if (commas > 1) {
    return { ok: false, reason: GROUPED_WITH_COMMAS.test(s) ? "ambiguous" : "not-a-number", found };
  }

  let intPart: string;
  let fracPart = "";
  if (commas === 1) {
    const [a = "", b = ""] = s.split(",");
    if (b.includes(".")) return { ok: false, reason: "ambiguous", found };
    if (b === "" || a === "") return { ok: false, reason: "not-a-number", found };
    if (!a.includes(".") && /^\d{3}$/.test(b) && /^\d{1,3}$/.test(a) && Number(a) !== 0) {
      return { ok: false, reason: "ambiguous", found };
    }
    intPart = a;
    fracPart = b;
  } else {
    intPart = s;
  }

  if (intPart.includes(".")) {
    if (!GROUPED_WITH_DOTS.test(intPart)) {
      const dots = intPart.split(".").length - 1;
      // One dot that does not group by three reads as an English decimal point.
      return { ok: false, reason: dots === 1 && commas === 0 ? "ambiguous" : "not-a-number", found };
    }
    intPart = intPart.replace(/\./g, "");
  }

  const value = Number(fracPart === "" ? intPart : `${intPart}.${fracPart}`);
  if (!Number.isFinite(value)) return { ok: false, reason: "not-a-number", found };
  return { ok: true, value: negative && value !== 0 ? -value : value, percent };
}

/**
 * Formats a number the Indonesian way, for messages and sheets: thousands ".", decimals ",".
 * Without `decimals`, as many as the number has (at most 6).
 * @example formatIndonesianNumber(1234.5, 2) // "1.234,50"
 * @example formatIndonesianNumber(1234.5) // "1.234,5"
 */
export function formatIndonesianNumber(n: number, decimals?: number): string {
  // toFixed switches to exponent notation from 1e21: no grouping makes sense there.
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const wanted = decimals ?? Number(Math.abs(n).toFixed(6)).toString().split(".")[1]?.length ?? 0;
  const digits = Math.max(0, Math.min(20, Math.trunc(wanted)));
  const fixed = Math.abs(n).toFixed(digits);
  const [intPart = "0", fracPart] = fixed.split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = fracPart === undefined ? grouped : `${grouped},${fracPart}`;
  // No "-0,00": a negative that rounds to zero is zero.
  return n < 0 && /[1-9]/.test(fixed) ? `-${body}` : body;
}

/**
 * A number as the task pane, the CLI and messages show it: at most `maxDecimals` decimals (two
 * unless said), without trailing zeros; rounded as {@link formatIndonesianNumber} rounds.
 * @example formatNumber(1234.567) // "1.234,57"
 * @example formatNumber(1234.5) // "1.234,5"
 * @example formatNumber(4.04, 1) // "4"
 */
export function formatNumber(n: number, maxDecimals = 2): string {
  return formatIndonesianNumber(n, maxDecimals).replace(/,(\d*?)0+$/, (_, kept: string) =>
    kept ? `,${kept}` : "",
  );
}

/**
 * Rupiah without cents, the sign before "Rp".
 * @example formatRupiah(1250000000) // "Rp 1.250.000.000"
 * @example formatRupiah(-1500.5) // "-Rp 1.501"
 */
export function formatRupiah(n: number): string {
  const body = formatIndonesianNumber(n, 0);
  return body.startsWith("-") ? `-Rp ${body.slice(1)}` : `Rp ${body}`;
}

/**
 * A percentage (85 means 85 %) with a fixed number of decimals, two unless said.
 * @example formatPercent(85.5) // "85,50 %"
 */
export function formatPercent(n: number, decimals = 2): string {
  return `${formatIndonesianNumber(n, decimals)} %`;
}
