/**
 * Turns the cell-by-cell parts of a plan into few, large Excel ranges: each format attribute and
 * the unlocked cells covered by rectangles, equal column widths and row heights grouped into spans,
 * and plan validations translated into Excel.DataValidation objects. Pure.
 */
import type { CellStyle, DataValidation, SheetPlan } from "../../sheet/plan";
import { columnLetters, rangeAddress } from "../../sheet/address";
import { inlineListFits } from "../../sheet/limits";
import { serialToIso } from "../../domain/shared/dates";

/** 0-based inclusive bounds. */
export interface Rect {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

/**
 * Rectangles covering every cell with a key, and only cells with that key: for each cell not yet
 * covered, the larger of two greedy rectangles (widest run first, then as far down as the run
 * holds; or tallest run first, then as far right). Rectangles of one key may overlap: every write
 * made with them (a format, a border grid, unlocking) gives a cell the same result twice, and
 * overlapping lets a rectangle run through cells already covered, so there are fewer of them.
 */
export function coverByKey(
  rows: number,
  width: number,
  keyAt: (row: number, col: number) => string | undefined,
): Map<string, Rect[]> {
  const keys: (string | undefined)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (string | undefined)[] = [];
    for (let c = 0; c < width; c++) row.push(keyAt(r, c));
    keys.push(row);
  }
  const at = (r: number, c: number) => keys[r]?.[c];
  const covered = keys.map((row) => row.map(() => false));
  const out = new Map<string, Rect[]>();
  // Does every cell of rows r1..r2 × columns c1..c2 carry `key`?
  const rowHolds = (r: number, c1: number, c2: number, key: string) => {
    for (let c = c1; c <= c2; c++) if (at(r, c) !== key) return false;
    return true;
  };
  const colHolds = (c: number, r1: number, r2: number, key: string) => {
    for (let r = r1; r <= r2; r++) if (at(r, c) !== key) return false;
    return true;
  };
  const fresh = (rect: Rect) => {
    let n = 0;
    for (let r = rect.row1; r <= rect.row2; r++)
      for (let c = rect.col1; c <= rect.col2; c++) if (!covered[r]?.[c]) n++;
    return n;
  };
  const cells = (rect: Rect) => (rect.row2 - rect.row1 + 1) * (rect.col2 - rect.col1 + 1);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < width; c++) {
      const key = at(r, c);
      if (key === undefined || covered[r]?.[c]) continue;
      let right = c;
      while (right + 1 < width && at(r, right + 1) === key) right++;
      let down = r;
      while (down + 1 < rows && rowHolds(down + 1, c, right, key)) down++;
      const wide: Rect = { row1: r, col1: c, row2: down, col2: right };
      let bottom = r;
      while (bottom + 1 < rows && at(bottom + 1, c) === key) bottom++;
      let across = c;
      while (across + 1 < width && colHolds(across + 1, r, bottom, key)) across++;
      const tall: Rect = { row1: r, col1: c, row2: bottom, col2: across };
      // More new cells wins; on a tie, the smaller rectangle (less written twice).
      const [t, w] = [fresh(tall), fresh(wide)];
      const rect = t > w || (t === w && cells(tall) < cells(wide)) ? tall : wide;
      for (let rr = rect.row1; rr <= rect.row2; rr++) {
        const line = covered[rr];
        if (line) for (let cc = rect.col1; cc <= rect.col2; cc++) line[cc] = true;
      }
      const list = out.get(key) ?? [];
      list.push(rect);
      out.set(key, list);
    }
  }
  return out;
}

/**
 * The attributes of a style that are written as range formats, each on its own: a sheet's map of
 * one attribute (every table cell has a border) is far more uniform than its map of whole styles
 * (fills differ by row kind), so it takes far fewer rectangles.
 */
export const FORMAT_ATTRIBUTES = [
  "border",
  "wrap",
  "vAlign",
  "hAlign",
  "fill",
  "bold",
  "italic",
  "underline",
  "fontSize",
  "fontColor",
] as const satisfies readonly (keyof CellStyle)[];
export type FormatAttribute = (typeof FORMAT_ATTRIBUTES)[number];

/**
 * For every format attribute a plan sets, its values and the rectangles of cells that take each.
 * `border: false` needs no write (a new sheet has no borders) and is left out.
 */
export function attributeRects(
  plan: SheetPlan,
  width: number,
): { attribute: FormatAttribute; value: CellStyle[FormatAttribute]; rects: Rect[] }[] {
  const out: { attribute: FormatAttribute; value: CellStyle[FormatAttribute]; rects: Rect[] }[] = [];
  for (const attribute of FORMAT_ATTRIBUTES) {
    const values = new Map<string, CellStyle[FormatAttribute]>();
    const cover = coverByKey(plan.rows.length, width, (r, c) => {
      const key = plan.rows[r]?.[c]?.style;
      const value = key === undefined ? undefined : plan.styles[key]?.[attribute];
      if (value === undefined || (attribute === "border" && value === false)) return undefined;
      const id = JSON.stringify(value);
      values.set(id, value);
      return id;
    });
    for (const [id, rects] of cover) out.push({ attribute, value: values.get(id), rects });
  }
  return out;
}

/**
 * Addresses joined with commas into lists of at most `limit` characters, for
 * `Worksheet.getRanges` (ExcelApi 1.9). Excel documents an address limit of 8192 characters, past
 * which it truncates; reports of failures near it argue for a wide margin.
 */
export function addressLists(addresses: readonly string[], limit = AREAS_ADDRESS_LIMIT): string[] {
  const lists: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + 1 + address.length > limit) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/** A quarter of the 8192 characters Excel documents for a getRange/getRanges address. */
export const AREAS_ADDRESS_LIMIT = 2048;

/** Rectangles larger than this many cells keep a range of their own in `apartLists`. */
export const APART_MAX_CELLS = 64;

/**
 * Rectangles in lists for `Worksheet.getRanges`, no two of a list touching (not overlapping, not
 * side by side, not corner to corner), each list's address at most `limit` characters. Whether
 * Excel draws a RangeAreas's edges and inside lines around each area or around their union is not
 * documented; for areas that do not touch both come to the same lines, so a border grid drawn over
 * such a list is the grid drawn over each rectangle. Rectangles of more than APART_MAX_CELLS cells
 * (a whole table) stay alone: there are few of them, and each is one range.
 * @example apartLists([A1, A3, B3]) // [[A1, A3], [B3]]: B3 touches A3, not A1
 */
export function apartLists(rects: readonly Rect[], limit = AREAS_ADDRESS_LIMIT): Rect[][] {
  const out: Rect[][] = [];
  const open: { rects: Rect[]; taken: Set<string>; length: number }[] = [];
  const cellsOf = (r: Rect) => (r.row2 - r.row1 + 1) * (r.col2 - r.col1 + 1);
  const key = (row: number, col: number) => `${row}:${col}`;
  for (const rect of rects) {
    if (cellsOf(rect) > APART_MAX_CELLS) {
      out.push([rect]);
      continue;
    }
    const address = rangeOf(rect);
    const touches = (taken: Set<string>) => {
      for (let r = rect.row1 - 1; r <= rect.row2 + 1; r++)
        for (let c = rect.col1 - 1; c <= rect.col2 + 1; c++) if (taken.has(key(r, c))) return true;
      return false;
    };
    let list = open.find((l) => l.length + 1 + address.length <= limit && !touches(l.taken));
    if (!list) {
      list = { rects: [], taken: new Set(), length: -1 };
      open.push(list);
      out.push(list.rects);
      // Few lists stay open, so that each rectangle is tried against few.
      if (open.length > MAX_OPEN_LISTS) open.shift();
    }
    list.rects.push(rect);
    list.length += 1 + address.length;
    for (let r = rect.row1; r <= rect.row2; r++)
      for (let c = rect.col1; c <= rect.col2; c++) list.taken.add(key(r, c));
    // A list that cannot take another single cell is closed.
    if (list.length + 1 + 12 > limit) open.splice(open.indexOf(list), 1);
  }
  return out;
}

const MAX_OPEN_LISTS = 16;
const rangeOf = (r: Rect) => rangeAddress(r.row1, r.col1, r.row2, r.col2);

/** A run of consecutive columns or rows sharing one setting. */
export interface Span<T> {
  first: number;
  last: number;
  value: T;
}

/** Spans grouped by their value, in order of first appearance. */
export function spansByValue<T>(list: readonly Span<T>[]): Map<T, Span<T>[]> {
  const out = new Map<T, Span<T>[]>();
  for (const s of list) {
    const group = out.get(s.value) ?? [];
    group.push(s);
    out.set(s.value, group);
  }
  return out;
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
      // DateTimeDataValidation takes a date as "YYYY-MM-DD".
      const iso = (n: number | undefined) => (n === undefined ? undefined : serialToIso(n));
      return { date: bounds(iso(rule.min), iso(rule.max), "1900-01-01") };
    }
    case "list":
      if (!inlineListFits(rule.values)) return undefined;
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
  }
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
