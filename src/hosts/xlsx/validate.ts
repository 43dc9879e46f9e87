import { parseCell, parseRange, cellAddress } from "../../sheet/address";
import type { CellStyle, SheetPlan } from "../../sheet/plan";
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
  return problems;
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
