/**
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13): the sheets of a base64 .xlsx become sheets of
 * the workbook, at the end (or the beginning), in the file's order; the call's result is the array of
 * the new sheets' ids. The file is decoded with exceljs (and the charts this product writes with
 * `readOwnCharts`, as exceljs reads no charts) into what the model holds: names, visibility, values
 * and formulas as the file types them (a formula cell stays a formula; a text cell stays text even
 * when it starts with "="), number formats, locked cells, hyperlinks, merges, column widths (in
 * points, from the file's character widths at Calibri 11) and hidden columns, row heights,
 * data validation (rule, prompt, error alert), freeze panes, tab colour, sheet protection and charts.
 * Fonts, fills, borders and page layout are not decoded.
 *
 * Assumed, not documented: a sheet whose name the workbook already has is inserted as "Name (2)"
 * (then " (3)" …), as Excel names a copied sheet; the active sheet does not change.
 */
import ExcelJS from "exceljs";
import { readOwnCharts, type SheetCharts } from "../../../src/hosts/xlsx/charts";
import { requireSet, type Ctx } from "./context";
import { fail, propertyNotLoaded } from "./errors";
import {
  parseAddress,
  type FakeCell,
  type FakeChart,
  type FakeSheet,
  type FakeValidation,
  type FakeWorkbookModel,
  type FRect,
  type Scalar,
  type Visibility,
} from "./model";

/** OfficeExtension.ClientResult: `value` is readable once the request has come back. */
export class FakeClientResult<T> {
  private result?: { value: T };

  constructor(private readonly path: string) {}

  get value(): T {
    if (!this.result) throw propertyNotLoaded(this.path, "value");
    return this.result.value;
  }

  set(value: T): void {
    this.result = { value };
  }
}

type Decoded = { ok: true; workbook: ExcelJS.Workbook; charts: SheetCharts[] } | { ok: false };

/** Queues the insert; the file is decoded before the request runs (exceljs is asynchronous). */
export function queueInsert(
  ctx: Ctx,
  base64: string,
  options: Excel.InsertWorksheetOptions = {},
): FakeClientResult<string[]> {
  const path = "workbook.insertWorksheetsFromBase64()";
  const result = new FakeClientResult<string[]>(path);
  let decoded: Decoded = { ok: false };
  const ready = decode(base64).then((d) => (decoded = d));
  const position = options.positionType ?? "End";
  ctx.enqueue({
    path: "workbook",
    action: "insertWorksheetsFromBase64",
    // Counted as the request carries it: the whole base64 text.
    payload: { base64File: base64, options: { positionType: position } },
    ready,
    apply: () => {
      requireSet(ctx.host, "1.13", "Workbook.insertWorksheetsFromBase64");
      if (position !== "End" && position !== "Beginning")
        throw fail("NotImplemented", `The fake inserts at the End or the Beginning, not ${position}.`);
      if (!decoded.ok) throw fail("InvalidArgument", "The base64 text is not an .xlsx file.");
      const ids = insertSheets(ctx.host.model, decoded.workbook, decoded.charts, position === "Beginning");
      result.set(ids);
      return ids;
    },
  });
  return result;
}

async function decode(base64: string): Promise<Decoded> {
  try {
    const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    return { ok: true, workbook, charts: await readOwnCharts(bytes) };
  } catch {
    return { ok: false };
  }
}

function insertSheets(
  model: FakeWorkbookModel,
  workbook: ExcelJS.Workbook,
  charts: SheetCharts[],
  atBeginning: boolean,
): string[] {
  const added: FakeSheet[] = [];
  for (const ws of workbook.worksheets) {
    const sheet = model.addSheet(freeName(model, ws.name));
    added.push(sheet);
    fillSheet(model, sheet, ws);
    sheet.charts = (charts.find((c) => c.sheet === ws.name)?.charts ?? []).map((chart) => ({
      ...fakeChart(chart, sheet.id),
      id: model.chartId(),
    }));
  }
  if (atBeginning) model.sheets = [...added, ...model.sheets.filter((s) => !added.includes(s))];
  return added.map((s) => s.id);
}

/** "Data", or "Data (2)", "Data (3)" … when the workbook has the name (assumed: see the header). */
function freeName(model: FakeWorkbookModel, name: string): string {
  if (!model.sheet(name)) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!model.sheet(candidate)) return candidate;
  }
}

const VISIBILITY: Record<string, Visibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

function fillSheet(model: FakeWorkbookModel, sheet: FakeSheet, ws: ExcelJS.Worksheet): void {
  sheet.visibility = VISIBILITY[ws.state] ?? "Visible";
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined && row.height > 0) sheet.rowHeights.set(r - 1, row.height);
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const content = cellContent(cell);
      const numberFormat = cell.numFmt ?? "General";
      const unlocked = cell.protection?.locked === false;
      if (!content && numberFormat === "General" && !unlocked) return;
      const target = model.cellAt(sheet, r - 1, c - 1);
      if (content) {
        target.value = content.value;
        target.formula = content.formula;
        target.hyperlink = content.hyperlink;
      }
      target.numberFormat = numberFormat;
      target.locked = !unlocked;
    });
  });
  // `ws.columns` is null (despite its type) when the file sets no column.
  (ws.columns as ExcelJS.Column[] | null)?.forEach((column, c) => {
    if (column.width !== undefined) sheet.columnWidths.set(c, pointsOf(column.width));
    if (column.hidden) sheet.hiddenColumns.add(c);
  });
  sheet.merges = ws.model.merges.flatMap((m) => parseAddress(m) ?? []);
  sheet.validations = validations(ws);
  const view = (ws.views as ExcelJS.WorksheetView[] | null)?.[0];
  if (view?.state === "frozen") sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  const tab = (ws.properties as Partial<ExcelJS.WorksheetProperties> | null)?.tabColor?.argb;
  if (tab) sheet.tabColor = `#${tab.slice(-6).toUpperCase()}`;
  if (internal(ws).sheetProtection?.sheet) sheet.protection = { protected: true, options: {} };
}

/** What exceljs reads but does not declare. */
const internal = (ws: ExcelJS.Worksheet) =>
  ws as unknown as {
    sheetProtection?: { sheet?: boolean };
    dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  };

/** Character units to points at Calibri 11 (7 px digit, 5 px padding, 96 dpi), as Excel shows them. */
const pointsOf = (characters: number) => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

type Content = Pick<FakeCell, "value" | "formula" | "hyperlink">;

/** A cell of the file as the model holds it; undefined for an empty cell (or a merged one's slave). */
function cellContent(cell: ExcelJS.Cell): Content | undefined {
  const plain = (value: Scalar): Content => ({ value, formula: null, hyperlink: null });
  const v = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Formula:
      return { value: null, formula: `=${cell.formula}`, hyperlink: null };
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? plain(v) : undefined;
    case ExcelJS.ValueType.Date:
      return v instanceof Date ? plain(v.getTime() / 86_400_000 + 25_569) : undefined;
    case ExcelJS.ValueType.Hyperlink: {
      const link = v as ExcelJS.CellHyperlinkValue;
      return { value: link.text, formula: null, hyperlink: { address: link.hyperlink } };
    }
    case ExcelJS.ValueType.RichText:
      return plain((v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join(""));
    case ExcelJS.ValueType.Error:
      return plain((v as ExcelJS.CellErrorValue).error);
    default:
      return undefined;
  }
}

const OPERATORS: Record<string, string> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};

const RULE_TYPES: Record<string, string> = {
  decimal: "decimal",
  whole: "wholeNumber",
  date: "date",
  textLength: "textLength",
};

/** The file's validations (exceljs gives one per cell) as rectangles with Excel's rule objects. */
function validations(ws: ExcelJS.Worksheet): FakeValidation[] {
  const model = internal(ws).dataValidations.model;
  const byRule = new Map<ExcelJS.DataValidation, FRect[]>();
  for (const [address, dv] of Object.entries(model)) {
    const rect = parseAddress(address);
    if (rect) byRule.set(dv, [...(byRule.get(dv) ?? []), rect]);
  }
  const out: FakeValidation[] = [];
  for (const [dv, cells] of byRule) {
    const rule = ruleOf(dv);
    const base = {
      ignoreBlanks: dv.allowBlank ?? false,
      ...(rule ? { rule } : {}),
      ...(dv.prompt !== undefined || dv.promptTitle !== undefined
        ? {
            prompt: {
              showPrompt: dv.showInputMessage ?? false,
              title: dv.promptTitle ?? "",
              message: dv.prompt ?? "",
            },
          }
        : {}),
      errorAlert: {
        showAlert: dv.showErrorMessage ?? false,
        style: capitalised(dv.errorStyle ?? "stop"),
        title: dv.errorTitle ?? "",
        message: dv.error ?? "",
      },
    };
    for (const rect of covering(cells)) out.push({ ...base, rect });
  }
  return out;
}

function ruleOf(dv: ExcelJS.DataValidation): Record<string, unknown> | undefined {
  const [f1, f2] = (dv.formulae as unknown[]).map((f) => (f instanceof Date ? f.toISOString() : f));
  if (dv.type === "list") {
    const source = typeof f1 === "string" ? f1.replace(/^"|"$/g, "") : String(f1);
    return { list: { inCellDropDown: true, source } };
  }
  const type = RULE_TYPES[dv.type];
  if (!type) return undefined;
  return {
    [type]: {
      operator: OPERATORS[dv.operator ?? "between"] ?? "Between",
      formula1: f1,
      ...(f2 === undefined ? {} : { formula2: f2 }),
    },
  };
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One rectangle when the cells fill their bounds, else one per cell. */
function covering(cells: FRect[]): FRect[] {
  const bounds = {
    r1: Math.min(...cells.map((c) => c.r1)),
    c1: Math.min(...cells.map((c) => c.c1)),
    r2: Math.max(...cells.map((c) => c.r2)),
    c2: Math.max(...cells.map((c) => c.c2)),
  };
  const area = (bounds.r2 - bounds.r1 + 1) * (bounds.c2 - bounds.c1 + 1);
  return area === cells.length ? [bounds] : cells;
}

const CHART_TYPE = { bar: "ColumnClustered", scatter: "XYScatter" } as const;

function fakeChart(chart: SheetCharts["charts"][number], sheetId: string): Omit<FakeChart, "id"> {
  const ref = (a: string) => {
    const rect = parseAddress(a);
    return rect ? { sheetId, rect } : null;
  };
  const title = (text: string | undefined) => ({
    text: text ?? "",
    visible: text !== undefined && text !== "",
  });
  const from = parseAddress(chart.anchor.from);
  const to = parseAddress(chart.anchor.to);
  return {
    name: chart.title,
    chartType: CHART_TYPE[chart.kind],
    title: title(chart.title),
    position: from && to ? { from, to } : null,
    axes: { category: { title: title(chart.xAxisTitle) }, value: { title: title(chart.yAxisTitle) } },
    legend: { visible: chart.series.length > 1, position: "Right" },
    series: chart.series.map((s) => ({
      name: s.name,
      values: ref(s.values),
      xValues: ref(s.categories),
      chartType: CHART_TYPE[chart.kind],
      markerStyle: "Automatic",
    })),
  };
}
