import { parseCell, parseRange, cellAddress } from "../../sheet/address";
import type { CellStyle, ChartPlan, SheetPlan } from "../../sheet/plan";
import { S } from "../../strings";

/** Excel's limits that a plan can break; past them Excel "repairs" (drops) parts of the file. */
export const EXCEL_LIMITS = {
  sheetName: 31,
  cellText: 32_767,
  /** A list validation's inline source: "a,b,c" without the quotes. */
  listSource: 255,
  validationTitle: 32,
  validationMessage: 255,
  rows: 1_048_576,
  columns: 16_384,
  /** Manual horizontal page breaks per sheet. */
  pageBreaks: 1_026,
  /** Hyperlinks per sheet (Excel's specifications and limits). */
  hyperlinks: 65_530,
  /** A link's address: longer URLs are not opened reliably by browsers or kept by every tool. */
  linkLength: 2_000,
} as const;

const T = S.xlsx.plan;

/** Every problem with one plan, in Bahasa Indonesia; empty when exceljs and Excel can take it. */
export function planProblems(plan: SheetPlan): string[] {
  const problems: string[] = [];
  const name = plan.name;
  if (name.trim() === "") problems.push(T.sheetNameEmpty);
  if (name.length > EXCEL_LIMITS.sheetName) problems.push(T.sheetNameTooLong(EXCEL_LIMITS.sheetName));
  if (/[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name === "History") {
    problems.push(T.sheetNameChars);
  }

  for (const [key, style] of Object.entries(plan.styles)) problems.push(...styleProblems(key, style));

  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const where = cellAddress(r, c);
      const value: unknown = cell.value;
      if (value !== null && value !== undefined && !["string", "number", "boolean"].includes(typeof value)) {
        problems.push(T.valueType(where));
      }
      if (typeof value === "number" && !Number.isFinite(value)) problems.push(T.number(where));
      if (typeof cell.value === "string" && cell.value.length > EXCEL_LIMITS.cellText) {
        problems.push(T.textTooLong(where, EXCEL_LIMITS.cellText));
      }
      if (cell.style !== undefined && !(cell.style in plan.styles)) problems.push(T.style(where, cell.style));
    }),
  );
  if (plan.rows.length > EXCEL_LIMITS.rows || plan.rows.some((r) => r.length > EXCEL_LIMITS.columns)) {
    problems.push(T.address(`${plan.rows.length} baris`));
  }

  const merges = plan.merges.map((m) => ({ m, r: validRange(m) }));
  for (const { m, r } of merges) if (!r) problems.push(T.address(m));
  const bounds = merges.flatMap(({ m, r }) => (r ? [{ m, ...r }] : []));
  bounds.forEach((a, i) =>
    bounds.slice(i + 1).forEach((b) => {
      if (a.row1 <= b.row2 && b.row1 <= a.row2 && a.col1 <= b.col2 && b.col1 <= a.col2) {
        problems.push(T.mergeOverlap(a.m, b.m));
      }
    }),
  );

  for (const v of plan.validations) {
    if (!validRange(v.range)) problems.push(T.address(v.range));
    if (v.rule.type === "list") {
      for (const value of v.rule.values) if (value.includes(",")) problems.push(T.listValue(value));
      if (v.rule.values.join(",").length > EXCEL_LIMITS.listSource) {
        problems.push(T.listTooLong(EXCEL_LIMITS.listSource));
      }
    }
    for (const box of [v.prompt, v.error]) {
      if (!box) continue;
      if (box.title.length > EXCEL_LIMITS.validationTitle) {
        problems.push(T.validationText(box.title, EXCEL_LIMITS.validationTitle));
      }
      if (box.message.length > EXCEL_LIMITS.validationMessage) {
        problems.push(T.validationText(box.message, EXCEL_LIMITS.validationMessage));
      }
    }
  }

  const titles = plan.print?.printTitleRows;
  if (titles !== undefined) {
    const m = /^\$?(\d+):\$?(\d+)$/.exec(titles);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) problems.push(T.printTitleRows(titles));
  }
  if (plan.freeze && !(isCount(plan.freeze.rows) && isCount(plan.freeze.columns))) {
    problems.push(T.freeze);
  }
  for (const n of plan.names ?? []) {
    if (!isDefinedName(n.name)) problems.push(T.definedName(n.name));
    if (!validRange(n.range)) problems.push(T.address(n.range));
  }
  if (plan.tabColor !== undefined && !isColor(plan.tabColor)) problems.push(T.color(plan.tabColor));
  for (const col of plan.columns) {
    if (col?.width !== undefined && !(col.width >= 0 && col.width <= 255))
      problems.push(T.columnWidth(col.width));
  }
  for (const start of plan.pageBreaks ?? []) {
    // A break before the first row would print an empty page; Excel allows 1026 per sheet.
    if (!(Number.isInteger(start) && start >= 1 && start < EXCEL_LIMITS.rows))
      problems.push(T.pageBreak(start));
  }
  if ((plan.pageBreaks?.length ?? 0) > EXCEL_LIMITS.pageBreaks) {
    problems.push(T.pageBreakCount(EXCEL_LIMITS.pageBreaks));
  }
  for (const height of Object.values(plan.rowHeights ?? {})) {
    if (!(height >= 0 && height <= 409)) problems.push(T.rowHeight(height));
  }
  problems.push(...chartAndLinkProblems(plan));
  return problems;
}

const C = S.charts.plan;

/**
 * The hyperlinks and charts of a plan that neither host may write, in Bahasa Indonesia. Both hosts
 * refuse the same plans: the .xlsx host through `planProblems`, the Excel gateway directly.
 * A link must be http(s) (a file:, javascript:, mailto: or UNC link from a returned workbook would
 * open something on the user's machine); a chart's ranges are one column of its own sheet each,
 * categories as long as values, and its anchor two cells, top-left before bottom-right.
 */
export function chartAndLinkProblems(plan: SheetPlan): string[] {
  const problems: string[] = [];
  let links = 0;
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.hyperlink === undefined) return;
      links++;
      const where = cellAddress(r, c);
      const link: unknown = cell.hyperlink;
      if (typeof link !== "string" || !isWebLink(link)) problems.push(C.hyperlinkScheme(where, String(link)));
      else if (link.length > EXCEL_LIMITS.linkLength)
        problems.push(C.hyperlinkTooLong(where, EXCEL_LIMITS.linkLength));
      if (cell.formula !== undefined) problems.push(C.hyperlinkOnFormula(where));
    }),
  );
  if (links > EXCEL_LIMITS.hyperlinks) problems.push(C.hyperlinkCount(EXCEL_LIMITS.hyperlinks));
  for (const chart of plan.charts ?? []) problems.push(...chartProblems(chart));
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
  return cell && cell.row < EXCEL_LIMITS.rows && cell.col < EXCEL_LIMITS.columns && cell.row >= 0
    ? cell
    : undefined;
}

function styleProblems(key: string, style: CellStyle): string[] {
  const problems: string[] = [];
  for (const color of [style.fill, style.fontColor]) {
    if (color !== undefined && !isColor(color)) problems.push(`${key}: ${T.color(color)}`);
  }
  return problems;
}

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

export function isColor(value: string): boolean {
  return /^#[0-9A-Fa-f]{6}$/.test(value);
}

/** Excel's rule for a defined name, minus the exotic: a letter or _ first, no spaces, not a cell. */
function isDefinedName(name: string): boolean {
  return (
    /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) &&
    !parseCell(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name) &&
    !/^[RrCc]$/.test(name)
  );
}
