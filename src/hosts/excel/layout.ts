/**
 * Turns the cell-by-cell parts of a plan into few, large Excel ranges: styles and unlocked cells
 * grouped into rectangles, equal column widths and row heights grouped into spans, and plan
 * validations translated into Excel.DataValidation objects. Pure.
 */
import type { CellStyle, DataValidation, SheetPlan } from "../../sheet/plan";
import { columnLetters } from "../../sheet/address";

/** 0-based inclusive bounds. */
export interface Rect {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

/**
 * Rectangles covering every cell with a key: consecutive cells of a row with the same key form a
 * run, and a run repeated with the same columns on the next row extends the rectangle downward.
 */
export function rectsByKey(
  rows: number,
  width: number,
  keyAt: (row: number, col: number) => string | undefined,
): Map<string, Rect[]> {
  const out = new Map<string, Rect[]>();
  let open = new Map<string, Rect>();
  const close = (key: string, rect: Rect) => {
    const list = out.get(key) ?? [];
    list.push(rect);
    out.set(key, list);
  };
  for (let r = 0; r < rows; r++) {
    const next = new Map<string, Rect>();
    let c = 0;
    while (c < width) {
      const key = keyAt(r, c);
      let end = c;
      while (end + 1 < width && key !== undefined && keyAt(r, end + 1) === key) end++;
      if (key !== undefined) {
        const id = `${c}:${end}:${key}`;
        const prev = open.get(id);
        if (prev) {
          prev.row2 = r;
          open.delete(id);
          next.set(id, prev);
        } else {
          next.set(id, { row1: r, col1: c, row2: r, col2: end });
        }
      }
      c = end + 1;
    }
    for (const [id, rect] of open) close(keyOf(id), rect);
    open = next;
  }
  for (const [id, rect] of open) close(keyOf(id), rect);
  return out;
}

const keyOf = (id: string) => id.slice(id.indexOf(":", id.indexOf(":") + 1) + 1);

/** Does a style change anything besides the number format (which goes in the 2-D array)? */
export function hasRangeFormat(style: CellStyle | undefined): style is CellStyle {
  if (!style) return false;
  return Object.entries(style).some(([k, v]) => k !== "numberFormat" && v !== undefined);
}

/** A run of consecutive columns or rows sharing one setting. */
export interface Span<T> {
  first: number;
  last: number;
  value: T;
}

export function spans<T>(entries: [number, T][]): Span<T>[] {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const out: Span<T>[] = [];
  for (const [i, value] of sorted) {
    const last = out[out.length - 1];
    if (last && last.last === i - 1 && last.value === value) last.last = i;
    else out.push({ first: i, last: i, value });
  }
  return out;
}

/** "C:E" for columns 2..4. */
export const columnsAddress = (first: number, last: number) =>
  `${columnLetters(first)}:${columnLetters(last)}`;
/** "5:7" for rows 4..6. */
export const rowsAddress = (first: number, last: number) => `${first + 1}:${last + 1}`;

/**
 * Excel character units → points, as `RangeFormat.columnWidth` takes points. Assumes the default
 * Calibri 11 (7 px maximum digit width, 5 px padding, 96 dpi): 8.43 characters = 64 px = 48 pt.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Excel serial day number (1900 date system) → "YYYY-MM-DD", the form DateTimeDataValidation takes. */
export function serialToIsoDate(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

type Bounds<T> = Pick<Excel.BasicDataValidation, "operator"> & { formula1: T; formula2?: T };

function bounds<T>(min: T | undefined, max: T | undefined, fallbackMin: T): Bounds<T> {
  if (min !== undefined && max !== undefined) return { operator: "Between", formula1: min, formula2: max };
  if (max !== undefined) return { operator: "LessThanOrEqualTo", formula1: max };
  return { operator: "GreaterThanOrEqualTo", formula1: min ?? fallbackMin };
}

/** The Excel rule for a plan rule; undefined when a list cannot be written as an inline source. */
export function excelRule(rule: DataValidation["rule"]): Excel.DataValidationRule | undefined {
  switch (rule.type) {
    case "decimal":
      return { decimal: bounds(rule.min, rule.max, -9.99e307) };
    case "whole":
      return { wholeNumber: bounds(rule.min, rule.max, -2147483648) };
    case "textLength":
      return { textLength: bounds<number>(rule.min, rule.max, 0) };
    case "date": {
      const iso = (n: number | undefined) => (n === undefined ? undefined : serialToIsoDate(n));
      return { date: bounds(iso(rule.min), iso(rule.max), "1900-01-01") };
    }
    case "list": {
      const source = rule.values.join(",");
      if (source.length > 255 || rule.values.some((v) => v.includes(","))) return undefined;
      return { list: { inCellDropDown: true, source } };
    }
  }
}

/** Excel's limits on validation texts (longer ones fail the whole request). */
export function validationTextsFit(v: DataValidation): boolean {
  const fits = (t: { title: string; message: string } | undefined) =>
    !t || (t.title.length <= 32 && t.message.length <= 255);
  return fits(v.prompt) && fits(v.error);
}

/** Excel's rules for a worksheet name. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/** Excel's rules for a defined name, roughly: starts with a letter, _ or \, no spaces, not a cell. */
export function isValidDefinedName(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

/** Columns with a width or hidden flag, as spans. */
export function columnSpans(plan: SheetPlan): { widths: Span<number>[]; hidden: Span<boolean>[] } {
  const widths: [number, number][] = [];
  const hidden: [number, boolean][] = [];
  plan.columns.forEach((col, i) => {
    if (col.width !== undefined) widths.push([i, columnWidthPoints(col.width)]);
    if (col.hidden) hidden.push([i, true]);
  });
  return { widths: spans(widths), hidden: spans(hidden) };
}

/** Row heights (points) as spans. */
export function rowSpans(plan: SheetPlan): Span<number>[] {
  return spans(Object.entries(plan.rowHeights ?? {}).map(([k, v]) => [Number(k), v] as [number, number]));
}
