/**
 * Excel's limits on a sheet plan, checked once for both hosts: the .xlsx host refuses a plan with
 * any problem found here (past these limits Excel "repairs", that is drops, parts of the file) and
 * the Excel gateway refuses it before it touches the workbook (past them a request fails halfway).
 * Pure: every problem is a value with a code for the host and a phrase in Bahasa Indonesia.
 */
import { cellAddress, parseCell, parseRange } from "./address";
import type { CellPlan, CellStyle, ChartPlan, DataValidation, SheetPlan } from "./plan";
import { S } from "../strings";

/** Excel's specifications and limits that a plan can break. */
export const EXCEL_LIMITS = {
  sheetName: 31,
  definedName: 255,
  cellText: 32_767,
  /** A list validation's inline source: "a,b,c" without the quotes. */
  listSource: 255,
  validationTitle: 32,
  validationMessage: 255,
  rows: 1_048_576,
  columns: 16_384,
  /** Character units. */
  columnWidth: 255,
  /** Points. */
  rowHeight: 409,
  /** Manual horizontal page breaks per sheet. */
  pageBreaks: 1_026,
  /** Hyperlinks per sheet. */
  hyperlinks: 65_530,
  /** A link's address: longer URLs are not opened reliably by browsers or kept by every tool. */
  linkLength: 2_000,
} as const;

/** What a problem is about; the Excel gateway has a sentence of its own for some of them. */
export type PlanProblemCode =
  | "sheet-name"
  | "sheet-name-duplicate"
  /** Not a valid name, used twice in one write, or pointing at no valid range. */
  | "defined-name"
  /** A list choice holding a comma, or the inline list source too long. */
  | "validation-list"
  /** A prompt or error title or message too long. */
  | "validation-text"
  | "value-type"
  /** NaN or ±Infinity. */
  | "number"
  | "cell-text"
  | "style"
  | "color"
  /** More rows or columns than a sheet has. */
  | "size"
  | "address"
  | "merge-overlap"
  | "print-titles"
  | "freeze"
  | "column-width"
  | "row-height"
  | "page-break"
  | "hyperlink"
  | "chart";

export interface PlanProblem {
  code: PlanProblemCode;
  /** In Bahasa Indonesia, one item of `S.sheetPlan.invalid`'s list. */
  message: string;
  /** The cell, range or defined name it is about, when it has one. */
  at?: string;
}

const T = S.sheetPlan;
const C = S.charts.plan;
const problem = (code: PlanProblemCode, message: string, at?: string): PlanProblem =>
  at === undefined ? { code, message } : { code, message, at };

/**
 * Every problem of each plan of one write, in the plans' order: its own, and a sheet name or a
 * defined name an earlier plan (or the same one) already uses. Excel compares both without case.
 */
export function planSetProblems(plans: readonly SheetPlan[]): PlanProblem[][] {
  const sheets = new Set<string>();
  const names = new Set<string>();
  return plans.map((plan) => {
    const found = planProblems(plan);
    const key = plan.name.toLowerCase();
    if (sheets.has(key)) found.push(problem("sheet-name-duplicate", T.sheetNameDuplicate));
    sheets.add(key);
    for (const n of plan.names ?? []) {
      const nameKey = n.name.toLowerCase();
      if (names.has(nameKey)) found.push(problem("defined-name", T.definedNameDuplicate(n.name), n.name));
      names.add(nameKey);
    }
    return found;
  });
}

/** Every problem of one plan; empty when both hosts can write it. */
export function planProblems(plan: SheetPlan): PlanProblem[] {
  return [
    ...sheetNameProblems(plan.name).map((message) => problem("sheet-name", message)),
    ...definedNameProblems(plan),
    ...plan.validations.flatMap(validationProblems),
    ...cellProblems(plan),
    ...Object.entries(plan.styles).flatMap(([key, style]) => styleProblems(key, style)),
    ...mergeProblems(plan.merges),
    ...layoutProblems(plan),
    ...chartAndLinkProblems(plan),
  ];
}

/**
 * Why Excel refuses a worksheet name (empty when it takes it): 1–31 characters, none of
 * : \ / ? * [ ], no apostrophe first or last, and not "History" in any case (Excel reserves it).
 */
export function sheetNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.trim() === "") problems.push(T.sheetNameEmpty);
  if (name.length > EXCEL_LIMITS.sheetName) problems.push(T.sheetNameTooLong(EXCEL_LIMITS.sheetName));
  if (/[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) problems.push(T.sheetNameChars);
  if (name.toLowerCase() === "history") problems.push(T.sheetNameReserved);
  return problems;
}

/**
 * Excel's rule for a defined name: a letter, _ or \ first, then letters, digits, _ . \ (no
 * spaces), at most 255 characters, and nothing Excel would read as a reference: not a cell
 * ("A1", "TAX2023"), not R1C1 ("R1C1", "RC", "R2C"), not "R" or "C" alone.
 */
export function isDefinedName(name: string): boolean {
  return (
    name.length <= EXCEL_LIMITS.definedName &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !parseCell(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name) &&
    !/^[RrCc]$/.test(name)
  );
}

/** True when a list can be written as Excel's inline source: no comma in a choice, at most 255 characters. */
export function inlineListFits(values: readonly string[]): boolean {
  return !values.some((v) => v.includes(",")) && values.join(",").length <= EXCEL_LIMITS.listSource;
}

function definedNameProblems(plan: SheetPlan): PlanProblem[] {
  return (plan.names ?? []).flatMap((n) => [
    ...(isDefinedName(n.name) ? [] : [problem("defined-name", T.definedName(n.name), n.name)]),
    ...(validRange(n.range) ? [] : [problem("defined-name", T.address(n.range), n.name)]),
  ]);
}

function validationProblems(v: DataValidation): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (!validRange(v.range)) problems.push(problem("address", T.address(v.range), v.range));
  if (v.rule.type === "list") {
    for (const value of v.rule.values) {
      if (value.includes(",")) problems.push(problem("validation-list", T.listValue(value), v.range));
    }
    if (v.rule.values.join(",").length > EXCEL_LIMITS.listSource) {
      problems.push(problem("validation-list", T.listTooLong(EXCEL_LIMITS.listSource), v.range));
    }
  }
  for (const box of [v.prompt, v.error]) {
    if (!box) continue;
    for (const [text, max] of [
      [box.title, EXCEL_LIMITS.validationTitle],
      [box.message, EXCEL_LIMITS.validationMessage],
    ] as const) {
      if (text.length > max) problems.push(problem("validation-text", T.validationText(text, max), v.range));
    }
  }
  return problems;
}

function cellProblems(plan: SheetPlan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const value: unknown = cell.value;
      const type = typeof value;
      const wrongType = value !== null && value !== undefined && type !== "string" && type !== "number";
      const bad =
        (wrongType && type !== "boolean") ||
        (type === "number" && !Number.isFinite(value)) ||
        (type === "string" && (value as string).length > EXCEL_LIMITS.cellText) ||
        (cell.style !== undefined && !(cell.style in plan.styles));
      // Looked at again, with its address, only when something is wrong: a sheet has many cells.
      if (bad) problems.push(...oneCellProblems(plan, cell, cellAddress(r, c)));
    }),
  );
  if (plan.rows.length > EXCEL_LIMITS.rows || plan.rows.some((r) => r.length > EXCEL_LIMITS.columns)) {
    problems.push(problem("size", T.address(`${plan.rows.length} baris`)));
  }
  return problems;
}

function oneCellProblems(plan: SheetPlan, cell: CellPlan, where: string): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const value: unknown = cell.value;
  if (value !== null && value !== undefined && !["string", "number", "boolean"].includes(typeof value)) {
    problems.push(problem("value-type", T.valueType(where), where));
  }
  if (typeof value === "number" && !Number.isFinite(value))
    problems.push(problem("number", T.number(where), where));
  if (typeof value === "string" && value.length > EXCEL_LIMITS.cellText) {
    problems.push(problem("cell-text", T.textTooLong(where, EXCEL_LIMITS.cellText), where));
  }
  if (cell.style !== undefined && !(cell.style in plan.styles)) {
    problems.push(problem("style", T.style(where, cell.style), where));
  }
  return problems;
}

function styleProblems(key: string, style: CellStyle): PlanProblem[] {
  return [style.fill, style.fontColor].flatMap((color) =>
    color !== undefined && !isColor(color) ? [problem("color", `${key}: ${T.color(color)}`)] : [],
  );
}

function mergeProblems(merges: readonly string[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const bounds = merges.flatMap((m) => {
    const r = validRange(m);
    if (!r) problems.push(problem("address", T.address(m), m));
    return r ? [{ m, ...r }] : [];
  });
  bounds.forEach((a, i) =>
    bounds.slice(i + 1).forEach((b) => {
      if (a.row1 <= b.row2 && b.row1 <= a.row2 && a.col1 <= b.col2 && b.col1 <= a.col2) {
        problems.push(problem("merge-overlap", T.mergeOverlap(a.m, b.m), b.m));
      }
    }),
  );
  return problems;
}

/** Print titles, panes, tab colour, column widths, page breaks, row heights. */
function layoutProblems(plan: SheetPlan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const titles = plan.print?.printTitleRows;
  if (titles !== undefined) {
    const m = /^\$?(\d+):\$?(\d+)$/.exec(titles);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]) || Number(m[2]) > EXCEL_LIMITS.rows) {
      problems.push(problem("print-titles", T.printTitleRows(titles)));
    }
  }
  if (plan.freeze && !(isCount(plan.freeze.rows) && isCount(plan.freeze.columns))) {
    problems.push(problem("freeze", T.freeze));
  }
  if (plan.tabColor !== undefined && !isColor(plan.tabColor))
    problems.push(problem("color", T.color(plan.tabColor)));
  for (const col of plan.columns) {
    if (col?.width !== undefined && !(col.width >= 0 && col.width <= EXCEL_LIMITS.columnWidth)) {
      problems.push(problem("column-width", T.columnWidth(col.width)));
    }
  }
  for (const start of plan.pageBreaks ?? []) {
    // A break before the first row would print an empty page.
    if (!(Number.isInteger(start) && start >= 1 && start < EXCEL_LIMITS.rows)) {
      problems.push(problem("page-break", T.pageBreak(start)));
    }
  }
  if ((plan.pageBreaks?.length ?? 0) > EXCEL_LIMITS.pageBreaks) {
    problems.push(problem("page-break", T.pageBreakCount(EXCEL_LIMITS.pageBreaks)));
  }
  for (const height of Object.values(plan.rowHeights ?? {})) {
    if (!(height >= 0 && height <= EXCEL_LIMITS.rowHeight))
      problems.push(problem("row-height", T.rowHeight(height)));
  }
  return problems;
}

/**
 * The hyperlinks and charts of a plan that neither host may write. A link must be http(s) (a
 * file:, javascript:, mailto: or UNC link from a returned workbook would open something on the
 * user's machine); a chart's ranges are one column of its own sheet each, categories as long as
 * values, and its anchor two cells, top-left before bottom-right.
 */
export function chartAndLinkProblems(plan: SheetPlan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  let links = 0;
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.hyperlink === undefined) return;
      links++;
      const where = cellAddress(r, c);
      const link: unknown = cell.hyperlink;
      if (typeof link !== "string" || !isWebLink(link)) {
        problems.push(problem("hyperlink", C.hyperlinkScheme(where, String(link)), where));
      } else if (link.length > EXCEL_LIMITS.linkLength) {
        problems.push(problem("hyperlink", C.hyperlinkTooLong(where, EXCEL_LIMITS.linkLength), where));
      }
      if (cell.formula !== undefined) problems.push(problem("hyperlink", C.hyperlinkOnFormula(where), where));
    }),
  );
  if (links > EXCEL_LIMITS.hyperlinks)
    problems.push(problem("hyperlink", C.hyperlinkCount(EXCEL_LIMITS.hyperlinks)));
  for (const chart of plan.charts ?? []) {
    problems.push(...chartProblems(chart).map((message) => problem("chart", message)));
  }
  return problems;
}

/** True for an absolute http:// or https:// URL with a host, and nothing else. */
export function isWebLink(link: string): boolean {
  // No spaces, control characters or backslashes: "http:\\server\share" is a network path.
  if (!/^https?:\/\/[^\s\\]+$/i.test(link)) return false;
  if ([...link].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20 || ch === "\u007f")) return false;
  try {
    const url = new URL(link);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** A same-sheet range of one column ("B5:B13"): its bounds, or undefined. */
export function columnRange(address: string): { row1: number; row2: number; col: number } | undefined {
  const r = validRange(address);
  return r && r.col1 === r.col2 ? { row1: r.row1, row2: r.row2, col: r.col1 } : undefined;
}

function chartProblems(chart: ChartPlan): string[] {
  const problems: string[] = [];
  const title = String(chart.title);
  const kind: unknown = chart.kind;
  if (kind !== "bar" && kind !== "scatter") problems.push(C.kind(title, String(kind)));
  if (typeof chart.title !== "string" || chart.title.trim() === "") problems.push(C.titleEmpty);
  const from = validCell(chart.anchor.from);
  const to = validCell(chart.anchor.to);
  if (!from) problems.push(C.anchor(title, chart.anchor.from));
  if (!to) problems.push(C.anchor(title, chart.anchor.to));
  if (from && to && (from.row > to.row || from.col > to.col)) problems.push(C.anchorOrder(title));
  if (chart.series.length === 0) problems.push(C.noSeries(title));
  for (const s of chart.series) {
    const categories = columnRange(s.categories);
    const values = columnRange(s.values);
    if (!categories) problems.push(C.range(title, s.categories));
    if (!values) problems.push(C.range(title, s.values));
    if (categories && values && categories.row2 - categories.row1 !== values.row2 - values.row1) {
      problems.push(C.lengths(title, s.categories, s.values));
    }
  }
  return problems;
}

function validCell(address: string): { row: number; col: number } | undefined {
  const cell = parseCell(address);
  return cell && cell.row >= 0 && cell.row < EXCEL_LIMITS.rows && cell.col < EXCEL_LIMITS.columns
    ? cell
    : undefined;
}

/** An A1 range inside a sheet, top-left before bottom-right: its bounds, or undefined. */
function validRange(address: string): ReturnType<typeof parseRange> {
  const r = parseRange(address);
  if (!r) return undefined;
  const ok =
    r.row1 >= 0 &&
    r.col1 >= 0 &&
    r.row1 <= r.row2 &&
    r.col1 <= r.col2 &&
    r.row2 < EXCEL_LIMITS.rows &&
    r.col2 < EXCEL_LIMITS.columns;
  return ok ? r : undefined;
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

/** "#RRGGBB". */
export function isColor(value: string): boolean {
  return /^#[0-9A-Fa-f]{6}$/.test(value);
}
