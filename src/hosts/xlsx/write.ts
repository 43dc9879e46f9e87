/**
 * Sheet plans → exceljs worksheets → .xlsx bytes. Runs in Node and in the browser: no node:
 * imports here (files.ts holds the disk I/O).
 */
import ExcelJS from "exceljs";
import { cellAddress, parseRange, quoteSheetName, rangeAddress } from "../../sheet/address";
import type { CellPlan, CellStyle, DataValidation, SheetPlan } from "../../sheet/plan";
import { S } from "../../strings";
import { addCharts, type SheetCharts } from "./charts";
import { XlsxError } from "./errors";
import { internals, toUint8Array } from "./internals";
import { completePackage } from "./package-integrity";
import { hashSheetPassword, type SheetPasswordHash } from "./protection";
import { serialToDate } from "../../domain/shared/dates";
import { planSetProblems } from "../../sheet/limits";

export interface XlsxWriteOptions {
  /** docProps/core.xml creator; default the product name. */
  creator?: string;
}

/** Builds a new workbook from the plans (in tab order) and returns its .xlsx bytes. */
export async function plansToXlsx(plans: SheetPlan[], opts: XlsxWriteOptions = {}): Promise<Uint8Array> {
  const wb = newWorkbook(opts);
  await applyPlansToWorkbook(wb, plans);
  // exceljs cannot write charts: they are added to its bytes (charts.ts), after the plans were checked.
  const bytes = await addCharts(toUint8Array(await wb.xlsx.writeBuffer()), chartsOf(plans));
  return completePackage(bytes);
}

/** The charts of the plans, per sheet. */
function chartsOf(plans: readonly SheetPlan[]): SheetCharts[] {
  return plans.map((plan) => ({ sheet: plan.name, charts: plan.charts ?? [] }));
}

export function newWorkbook(opts: XlsxWriteOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.creator ?? S.common.productName;
  wb.lastModifiedBy = wb.creator;
  return wb;
}

/**
 * Writes the plans into `wb`, all or nothing. A sheet with a plan's name (case-insensitive, as in
 * Excel) is replaced in place, keeping its tab position; other sheets are appended in plan
 * order. Every plan is checked first (XlsxError "invalid-plan" listing all problems), then each
 * is built on a fresh temporary sheet, and only when all are built are old sheets swapped out.
 * Defined names on a replaced sheet go with it; the plans' names are added afterwards.
 */
export async function applyPlansToWorkbook(wb: ExcelJS.Workbook, plans: SheetPlan[]): Promise<void> {
  assertWritable(wb, plans);

  // One hash per distinct password: each costs ~0.6 s of SHA-512 spins.
  const hashes = new Map<string, SheetPasswordHash>();
  const built: ExcelJS.Worksheet[] = [];
  try {
    for (const plan of plans) {
      const ws = wb.addWorksheet(temporaryName(wb));
      built.push(ws);
      buildSheet(ws, plan, hashes);
    }
  } catch (error) {
    for (const ws of built) wb.removeWorksheet(ws.id);
    throw error;
  }

  const replaced = new Set<string>();
  plans.forEach((plan, i) => {
    const ws = built[i];
    if (!ws) return;
    const old = findSheet(wb, plan.name);
    if (old) {
      replaced.add(old.name.toLowerCase());
      const orderNo = internals(old).orderNo;
      wb.removeWorksheet(old.id);
      internals(ws).orderNo = orderNo;
    }
    ws.name = plan.name;
  });
  replaceDefinedNames(wb, replaced, plans);
  // Formulas are written without cached results: Excel must compute them when it opens the file.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  showFirstVisibleSheet(wb);
}

/** The worksheet named `name`, compared as Excel does (case-insensitive). */
export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === key);
}

function assertWritable(wb: ExcelJS.Workbook, plans: SheetPlan[]): void {
  const messages: string[] = [];
  const problems: string[] = [];
  const found = planSetProblems(plans);
  plans.forEach((plan, i) => {
    const own = (found[i] ?? []).map((p) => p.message);
    if (own.length === 0) return;
    messages.push(S.sheetPlan.invalid(plan.name, own));
    problems.push(...own.map((p) => `${plan.name}: ${p}`));
  });
  const planned = new Set(plans.map((p) => p.name.toLowerCase()));
  const visible =
    plans.some((p) => p.visibility === "visible") ||
    wb.worksheets.some((ws) => !planned.has(ws.name.toLowerCase()) && (ws.state ?? "visible") === "visible");
  if (!visible) {
    messages.push(S.xlsx.plan.noVisibleSheet);
    problems.push(S.xlsx.plan.noVisibleSheet);
  }
  if (messages.length > 0) throw new XlsxError("invalid-plan", messages.join("\n"), problems);
}

function temporaryName(wb: ExcelJS.Workbook): string {
  for (let i = 1; ; i++) {
    const name = `~kk-sementara-${i}`;
    if (!findSheet(wb, name)) return name;
  }
}

/** Everything of a plan that does not depend on the sheet's final name. */
function buildSheet(ws: ExcelJS.Worksheet, plan: SheetPlan, hashes: Map<string, SheetPasswordHash>): void {
  const styleOf = styleCache(plan);

  plan.columns.forEach((col, i) => {
    if (!col) return;
    const column = ws.getColumn(i + 1);
    if (col.width !== undefined) column.width = col.width;
    if (col.hidden) column.hidden = true;
  });
  for (const [row, height] of Object.entries(plan.rowHeights ?? {}))
    ws.getRow(Number(row) + 1).height = height;

  plan.rows.forEach((row, r) =>
    row.forEach((cellPlan, c) => {
      if (cellPlan) writeCell(ws.getCell(r + 1, c + 1), cellPlan, styleOf);
    }),
  );

  // After the cells: exceljs gives every cell of a merge the master's style (so a bordered
  // header keeps its frame) and a value written to a merged cell would land on the master.
  for (const merge of plan.merges) ws.mergeCells(normalRange(merge));

  const validations = internals(ws).dataValidations;
  for (const v of plan.validations) validations.add(normalRange(v.range), toExcelValidation(v));

  if (plan.protection) {
    const password = plan.protection.password ?? "";
    let hash: SheetPasswordHash | undefined;
    if (password !== "") {
      hash = hashes.get(password) ?? hashSheetPassword(password);
      hashes.set(password, hash);
    }
    // What protect() would set, without its Node-crypto hashing. The `true` flags are what the
    // user may still do (exceljs writes them as the OOXML "0" = not protected): select any cell,
    // and resize/hide columns and rows so long texts can be read. No password = Excel's own
    // "protect without password": it guards against slips, not against people.
    internals(ws).sheetProtection = {
      sheet: true,
      objects: false, // false = protected, as Excel's own default ("objects" and "scenarios" = 1)
      scenarios: false,
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      ...hash,
    };
  }

  if (plan.print) {
    const p = plan.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9 as ExcelJS.PaperSize, // A4
      orientation: p.orientation,
      fitToPage: p.fitToWidth,
      ...(p.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : { scale: 100 }),
      ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
      ...(p.printTitleRows ? { printTitlesRow: p.printTitleRows.replace(/\$/g, "") } : {}),
    };
  }

  // OOXML numbers a break by the last row before it: 1-based row i ends the page when 0-based
  // row i starts the next. Columns 0…16383: the whole width (exceljs' default max is off by digits).
  // exceljs 4.4 does not read <rowBreaks> back: a loaded workbook saved again keeps the breaks only
  // of the sheets written anew, so the Surat sheet must be rewritten whenever its workbook is.
  for (const start of plan.pageBreaks ?? []) ws.getRow(start).addPageBreak(0, EXCEL_COLUMNS);

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    ws.views = [
      {
        state: "frozen",
        xSplit: columns,
        ySplit: rows,
        topLeftCell: cellAddress(rows, columns),
        activeCell: cellAddress(rows, columns),
      },
    ];
  }
  if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
  ws.state = plan.visibility;
}

function writeCell(cell: ExcelJS.Cell, plan: CellPlan, styleOf: StyleCache): void {
  if (plan.formula !== undefined) {
    cell.value = { formula: plan.formula.replace(/^=/, "") };
  } else if (plan.hyperlink !== undefined) {
    // Checked http(s) in sheet/limits.ts. The text is a shared string, like any text; no text = the link.
    const text =
      plan.value === undefined || plan.value === null || plan.value === "" ? plan.hyperlink : plan.value;
    cell.value = { text: String(text), hyperlink: plan.hyperlink };
  } else if (plan.value !== undefined && plan.value !== null) {
    // exceljs stores a JS string as a shared string: text, never a formula, whatever it starts with.
    cell.value = plan.value;
  }
  const style = styleOf(plan.style, plan.locked === false);
  // One shared object per style: exceljs caches the style id per object (a WeakMap in its styles
  // writer), so sharing turns thousands of style look-ups into one. Nothing here mutates a cell's
  // style after this assignment (exceljs would, for cell.protection or cell.numFmt setters).
  if (style) cell.style = style;
}

type StyleCache = (key: string | undefined, unlocked: boolean) => Partial<ExcelJS.Style> | undefined;

function styleCache(plan: SheetPlan): StyleCache {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  return (key, unlocked) => {
    if (key === undefined && !unlocked) return undefined;
    const id = `${unlocked ? "u" : "l"}:${key ?? ""}`;
    let style = cache.get(id);
    if (!style) {
      const planned = key === undefined ? undefined : plan.styles[key];
      style = {
        ...(planned ? toExcelStyle(planned) : {}),
        ...(unlocked ? { protection: { locked: false } } : {}),
      };
      cache.set(id, style);
    }
    return style;
  };
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
/** Columns in a sheet: exceljs' Row.addPageBreak(left, right) takes 1-based bounds. */
const EXCEL_COLUMNS = 16_384;

/** The workbook's default font, spelled out: a font element without name/size renders oddly. */
const DEFAULT_FONT = { name: "Calibri", size: 11, family: 2 } as const;

export function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (s.bold || s.italic || s.underline || s.fontSize !== undefined || s.fontColor !== undefined) {
    style.font = {
      ...DEFAULT_FONT,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.underline ? { underline: "single" as const } : {}),
      ...(s.fontSize !== undefined ? { size: s.fontSize } : {}),
      ...(s.fontColor !== undefined ? { color: { argb: argb(s.fontColor) } } : {}),
    };
  }
  if (s.fill !== undefined)
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.hAlign !== undefined || s.vAlign !== undefined || s.wrap) {
    style.alignment = {
      ...(s.hAlign !== undefined ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign !== undefined ? { vertical: s.vAlign === "center" ? "middle" : s.vAlign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.numberFormat !== undefined) style.numFmt = s.numberFormat;
  if (s.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return style;
}

function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** "$b$2:$c$9" → "B2:C9": exceljs keys validations by address and chokes on "$". */
function normalRange(address: string): string {
  const r = parseRange(address);
  if (!r) throw new XlsxError("invalid-plan", S.sheetPlan.address(address), [S.sheetPlan.address(address)]);
  return rangeAddress(r.row1, r.col1, r.row2, r.col2);
}

/** Excel's widest bounds, for a number rule with an open end (Excel needs both formulas). */
const OPEN_BOUNDS = {
  decimal: [-9.99e307, 9.99e307],
  whole: [-2147483648, 2147483647],
  date: [0, 2958465], // 1900-01-00 … 9999-12-31
} as const;

function toExcelValidation(v: DataValidation): ExcelJS.DataValidation {
  const messages: Partial<ExcelJS.DataValidation> = {
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.error.title,
    error: v.error.message,
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message } : {}),
  };
  const rule = v.rule;
  switch (rule.type) {
    case "list":
      // Inline source; a value may not hold a comma (rejected in sheet/limits.ts), quotes are doubled.
      return {
        type: "list",
        allowBlank: v.allowBlank,
        formulae: [`"${rule.values.map((x) => x.replace(/"/g, '""')).join(",")}"`],
        ...messages,
      };
    case "textLength":
      return {
        type: "textLength",
        operator: "between",
        allowBlank: v.allowBlank,
        formulae: [rule.min, rule.max],
        ...messages,
      };
    case "decimal":
    case "whole":
    case "date": {
      const [low, high] = OPEN_BOUNDS[rule.type];
      // exceljs writes a date rule's formulae through `new Date(x)`: it wants Dates.
      const bound = (n: number) => (rule.type === "date" ? serialToDate(n) : n);
      const { operator, formulae } =
        rule.min !== undefined && rule.max !== undefined
          ? { operator: "between" as const, formulae: [bound(rule.min), bound(rule.max)] }
          : rule.min !== undefined
            ? { operator: "greaterThanOrEqual" as const, formulae: [bound(rule.min)] }
            : rule.max !== undefined
              ? { operator: "lessThanOrEqual" as const, formulae: [bound(rule.max)] }
              : { operator: "between" as const, formulae: [bound(low), bound(high)] };
      return { type: rule.type, operator, allowBlank: v.allowBlank, formulae, ...messages };
    }
  }
}

function replaceDefinedNames(wb: ExcelJS.Workbook, replaced: Set<string>, plans: SheetPlan[]): void {
  const added = plans.flatMap((plan) =>
    (plan.names ?? []).map((n) => ({
      name: n.name,
      ref: `${quoteSheetName(plan.name)}!${absolute(n.range)}`,
    })),
  );
  if (replaced.size === 0 && added.length === 0) return;
  // A workbook-scoped name is unique: a plan's name moves it, it does not add a second range.
  const redefined = new Set(added.map((n) => n.name.toLowerCase()));
  wb.definedNames.model = wb.definedNames.model
    .filter((dn) => !redefined.has(dn.name.toLowerCase()))
    .map((dn) => ({
      name: dn.name,
      ranges: dn.ranges.filter((r) => !replaced.has(sheetOf(r).toLowerCase())),
    }))
    .filter((dn) => dn.ranges.length > 0);
  for (const n of added) wb.definedNames.add(n.ref, n.name);
}

function absolute(address: string): string {
  const r = parseRange(address);
  if (!r) return address;
  const cell = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const start = cell(r.row1, r.col1);
  return r.row1 === r.row2 && r.col1 === r.col2 ? start : `${start}:${cell(r.row2, r.col2)}`;
}

/** "'Kertas Kerja'!$A$1:$B$2" → "Kertas Kerja". */
function sheetOf(ref: string): string {
  const bang = ref.lastIndexOf("!");
  const sheet = bang < 0 ? "" : ref.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * Excel opens on the workbook's active tab; if that tab is hidden (the first sheet often is
 * metadata) Excel shows a hidden sheet or complains. Point it at the first visible sheet.
 */
function showFirstVisibleSheet(wb: ExcelJS.Workbook): void {
  const sheets = wb.worksheets;
  const first = Math.max(
    0,
    sheets.findIndex((ws) => (ws.state ?? "visible") === "visible"),
  );
  const view = wb.views[0];
  const activeTab = view?.activeTab ?? 0;
  const active = sheets[activeTab];
  const tab = active && (active.state ?? "visible") === "visible" ? activeTab : first;
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 28800,
      height: 17600,
      visibility: "visible",
      ...view,
      firstSheet: 0,
      activeTab: tab,
    },
    ...wb.views.slice(1),
  ];
  sheets.forEach((ws, i) => {
    // tabSelected is written by exceljs but missing from its typings.
    for (const v of (ws.views ?? []) as { tabSelected?: boolean }[]) v.tabSelected = i === tab;
  });
}
