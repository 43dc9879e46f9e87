/**
 * Sheet plans → exceljs worksheets → .xlsx bytes. Runs in Node and in the browser: no node:
 * imports here (files.ts holds the disk I/O).
 */
import ExcelJS from "exceljs";
import { cellAddress, parseRange, quoteSheetName, rangeAddress } from "../../sheet/address";
import type { DataValidation, PrintSetup, SheetPlan } from "../../sheet/plan";
import { S } from "../../strings";
import type { SheetCharts } from "./charts";
import { XlsxError } from "./errors";
import { internals } from "./internals";
import { writePackage, type PlannedSheet } from "./package-write";
import { hashSheetPassword, type SheetPasswordHash } from "./protection";
import { serialToDate } from "../../domain/shared/dates";
import { planSetProblems } from "../../sheet/limits";
import { mergeFollowers } from "./sheet-data";
import { argb, fillCells, fillPlaceholder, styleCache } from "./write-cells";

export interface XlsxWriteOptions {
  /** docProps/core.xml creator; default the product name. */
  creator?: string;
}

/**
 * Builds a new workbook from the plans (in tab order) and returns its .xlsx bytes. The sheets are
 * built as placeholders and their cells written from the plans (package-write.ts).
 */
export async function plansToXlsx(plans: SheetPlan[], opts: XlsxWriteOptions = {}): Promise<Uint8Array> {
  const wb = newWorkbook(opts);
  const planned = applyPlans(wb, plans, "placeholder");
  // exceljs cannot write charts: they are added to its package, after the plans were checked.
  return writePackage(wb, planned, chartsOf(plans));
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
  applyPlans(wb, plans, "all");
  return Promise.resolve();
}

/**
 * applyPlansToWorkbook with a choice: "all" builds every cell into exceljs; "placeholder" builds
 * each sheet with everything but most of its cells (write-cells.ts), returned as PlannedSheets
 * whose cells `writePackage` writes, or `completeSheet` builds when the sheet is read first.
 */
export function applyPlans(
  wb: ExcelJS.Workbook,
  plans: SheetPlan[],
  cells: "all" | "placeholder",
): PlannedSheet[] {
  assertWritable(wb, plans);

  // One hash per distinct password: each costs ~0.6 s of SHA-512 spins.
  const hashes = new Map<string, SheetPasswordHash>();
  const built: PlannedSheet[] = [];
  try {
    for (const plan of plans) {
      const ws = wb.addWorksheet(temporaryName(wb));
      const sheet: PlannedSheet = { worksheet: ws, plan, styleOf: styleCache(plan), standIns: new Map() };
      built.push(sheet);
      sheet.standIns = buildSheet(sheet, hashes, cells);
    }
  } catch (error) {
    for (const { worksheet } of built) wb.removeWorksheet(worksheet.id);
    throw error;
  }

  const replaced = new Set<string>();
  for (const { worksheet: ws, plan } of built) {
    const old = findSheet(wb, plan.name);
    if (old) {
      replaced.add(old.name.toLowerCase());
      const orderNo = internals(old).orderNo;
      wb.removeWorksheet(old.id);
      internals(ws).orderNo = orderNo;
    }
    ws.name = plan.name;
  }
  replaceDefinedNames(wb, replaced, plans);
  // Formulas are written without cached results: Excel must compute them when it opens the file.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  showFirstVisibleSheet(wb);
  return cells === "all" ? [] : built;
}

/**
 * The cells of a placeholder sheet, built into exceljs after all (before it is read): as when
 * built whole, each cell a merge covers takes the style of the merge's top-left cell.
 */
export function completeSheet(sheet: PlannedSheet): void {
  const { worksheet: ws, plan } = sheet;
  fillCells(ws, plan, sheet.styleOf);
  const cell = (at: number) => ws.getCell(Math.floor(at / 16_384) + 1, (at % 16_384) + 1);
  for (const [follower, master] of mergeFollowers(plan)) cell(follower).style = cell(master).style;
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

/**
 * Everything of a plan that does not depend on the sheet's final name, with all its cells or, for
 * a placeholder, its stand-in cells only (write-cells.ts), whose addresses it returns by style.
 */
function buildSheet(
  sheet: PlannedSheet,
  hashes: Map<string, SheetPasswordHash>,
  cells: "all" | "placeholder",
): Map<string, string> {
  const { worksheet: ws, plan, styleOf } = sheet;

  plan.columns.forEach((col, i) => {
    if (!col) return;
    const column = ws.getColumn(i + 1);
    if (col.width !== undefined) column.width = col.width;
    if (col.hidden) column.hidden = true;
  });
  for (const [row, height] of Object.entries(plan.rowHeights ?? {}))
    ws.getRow(Number(row) + 1).height = height;

  const standIns = cells === "placeholder" ? fillPlaceholder(ws, plan, styleOf) : new Map<string, string>();
  if (cells === "all") fillCells(ws, plan, styleOf);

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
      ...(plan.autoFilter ? { autoFilter: true } : {}),
      ...hash,
    };
  }

  if (plan.print) ws.pageSetup = { ...ws.pageSetup, ...pageSetupOf(plan.print) };
  // The header row's filter buttons; sheetProtection above lets people use them.
  if (plan.autoFilter) ws.autoFilter = normalRange(plan.autoFilter);

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
  return standIns;
}

/** OOXML's paperSize: 9 = A4, 14 = Folio 8.5 × 13 in (the F4 of Indonesian offices). */
const PAPER_SIZE: Record<PrintSetup["paperSize"], number> = { A4: 9, F4: 14 };

/**
 * A plan's print setup as exceljs' page setup. Several print areas go in as exceljs' "&&" list,
 * which it writes as one defined name per area: writePackage joins them into one (print-names.ts).
 */
function pageSetupOf(p: PrintSetup): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: PAPER_SIZE[p.paperSize] as ExcelJS.PaperSize,
    orientation: p.orientation,
    fitToPage: p.fitToWidth,
    ...(p.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : { scale: 100 }),
    ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
    ...(p.printTitleRows ? { printTitlesRow: p.printTitleRows.replace(/\$/g, "") } : {}),
    ...(p.printTitleColumns ? { printTitlesColumn: p.printTitleColumns.replace(/\$/g, "") } : {}),
    ...(p.printArea?.length ? { printArea: p.printArea.map(normalRange).join("&&") } : {}),
    ...(p.pageOrder ? { pageOrder: p.pageOrder } : {}),
  };
}

/** Columns in a sheet: exceljs' Row.addPageBreak(left, right) takes 1-based bounds. */
const EXCEL_COLUMNS = 16_384;

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
