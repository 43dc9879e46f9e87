/**
 * .xlsx bytes → plain snapshots (Excel's value types, dates as serial numbers). Node and browser.
 */
import ExcelJS from "exceljs";
import { a1, type A1, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { XlsxError } from "./errors";
import { asLoadable, internals } from "./internals";
import { printAreasOf } from "./print-names";
import { dateToSerial, serialToDate } from "../../domain/shared/dates";

/** Reads every sheet of an .xlsx, in tab order. Throws XlsxError ("corrupt", …) on a bad file. */
export async function readXlsx(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookSnapshot> {
  return snapshotWorkbook(await loadWorkbook(bytes));
}

export function snapshotWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map((ws) => snapshotWorksheet(ws)) };
}

/**
 * Parses .xlsx bytes into an exceljs workbook. `label` names the file in error messages.
 * Checks the signature first so that an old .xls or a file with a password to open (both OLE
 * compound files) gets its own message rather than "corrupt".
 */
export async function loadWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  label: string = S.xlsx.unnamedFile,
): Promise<ExcelJS.Workbook> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const signature = Array.from(view.subarray(0, 4));
  if (signature.join() === OLE_SIGNATURE.join()) {
    throw new XlsxError("legacy-or-encrypted", S.xlsx.legacyOrEncrypted(label));
  }
  if (signature.join() !== ZIP_SIGNATURE.join()) throw new XlsxError("corrupt", S.xlsx.corrupt(label));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(asLoadable(bytes));
  } catch {
    throw new XlsxError("corrupt", S.xlsx.corrupt(label));
  }
  repairDateValidations(wb);
  keepPrintAreas(wb, view);
  return wb;
}

/** exceljs keeps the first range of a print area only: give each sheet all of its ranges back. */
function keepPrintAreas(wb: ExcelJS.Workbook, bytes: Uint8Array): void {
  for (const [position, ranges] of printAreasOf(bytes)) {
    const ws = wb.worksheets[position];
    if (ws && ranges.length > 1) ws.pageSetup.printArea = ranges.join("&&");
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * exceljs reads a date validation's bounds as serial-number strings but writes them back
 * through `new Date(x)`, turning "45292" into the year 45292. Make them Dates on the way in,
 * so a workbook read and written again (XlsxWorkbook) keeps its date rules.
 */
function repairDateValidations(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const v of Object.values(internals(ws).dataValidations.model)) {
      if (v?.type !== "date" || !v.formulae) continue;
      v.formulae = v.formulae.map((f: unknown) =>
        typeof f === "string" && /^\d+(\.\d+)?$/.test(f) ? serialToDate(Number(f)) : f,
      );
    }
  }
}

/**
 * One sheet as values and formulas from A1. Rows are ragged: each stops at its last non-empty
 * cell, and trailing empty rows are dropped. A formula cell's value is its cached result (null
 * when the file has none; exceljs cannot tell an empty-text result from a missing one).
 *
 * With `details: true` the snapshot also carries each cell's number format (same shape as
 * `values`; null for General) and the hyperlink targets by address — what the reader of a
 * returned kertas kerja needs to judge "0,85" in a percent cell or a bukti dukung link.
 *
 * @example snapshotWorksheet(ws, { details: true }).hyperlinks // { Z14: "https://…" }
 */
export function snapshotWorksheet(ws: ExcelJS.Worksheet, opts: { details?: boolean } = {}): SheetSnapshot {
  const date1904 = ws.workbook.properties?.date1904 === true;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const formats: (string | null)[][] = [];
  const hyperlinks: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (opts.details) {
        const target = hyperlinkOf(cell);
        if (target !== null) hyperlinks[cell.address] = target;
      }
      const { value, formula } = readCell(cell, date1904);
      if (value === null && formula === null) return;
      (values[r] ??= [])[c] = value;
      (formulas[r] ??= [])[c] = formula;
      if (opts.details) (formats[r] ??= [])[c] = numberFormatOf(cell);
    });
  });
  const height = values.length;
  const fill = <T>(rows: T[][], width: (r: number) => number = (r) => rows[r]?.length ?? 0): T[][] =>
    Array.from({ length: height }, (_, r) =>
      Array.from({ length: width(r) }, (_, c) => rows[r]?.[c] ?? (null as T)),
    );
  const snapshot: SheetSnapshot = {
    name: ws.name,
    visibility: ws.state ?? "visible",
    values: fill(values),
    formulas: fill(formulas),
    merges: merges(ws),
  };
  if (!opts.details) return snapshot;
  return { ...snapshot, numberFormats: fill(formats, (r) => values[r]?.length ?? 0), hyperlinks };
}

/** A cell's number format code, null for General (exceljs leaves it unset or says "General"). */
function numberFormatOf(cell: ExcelJS.Cell): string | null {
  const format = cell.numFmt;
  return typeof format === "string" && format !== "" && format.toLowerCase() !== "general" ? format : null;
}

/**
 * The target of a cell's hyperlink, or null. exceljs turns any cell with a `<hyperlink r:id>`
 * into a hyperlink value ({ text, hyperlink }); links to a place inside the workbook (no r:id)
 * are not kept by exceljs and so are not reported.
 */
function hyperlinkOf(cell: ExcelJS.Cell): string | null {
  const value: unknown = cell.value;
  if (value && typeof value === "object" && "hyperlink" in value && typeof value.hyperlink === "string") {
    return value.hyperlink;
  }
  const target: unknown = cell.hyperlink;
  return typeof target === "string" && target !== "" ? target : null;
}

function readCell(cell: ExcelJS.Cell, date1904: boolean): { value: CellValue; formula: string | null } {
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      // A merged cell other than the top-left holds nothing (exceljs would echo the master).
      return { value: null, formula: null };
    case ExcelJS.ValueType.Formula:
      // `cell.result`, not `cell.value.result`: the latter drops falsy results (0, false).
      return {
        value: plain(cell.result, date1904),
        formula: `=${cell.formula}`,
      };
    default:
      return { value: plain(cell.value, date1904), formula: null };
  }
}

/** An exceljs value as Excel's value types: dates → serials, rich text/hyperlink → text. */
export function plain(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (typeof value === "object") {
    if ("error" in value && typeof value.error === "string") return value.error;
    if ("richText" in value && Array.isArray(value.richText)) return richText(value.richText);
    if ("hyperlink" in value && "text" in value) {
      const text = value.text;
      if (typeof text === "string") return text;
      if (text && typeof text === "object" && "richText" in text && Array.isArray(text.richText)) {
        return richText(text.richText);
      }
      return typeof value.hyperlink === "string" ? value.hyperlink : null;
    }
    // A formula result that is itself a formula object never happens; anything else is unknown.
    if ("result" in value) return plain(value.result, date1904);
  }
  return null;
}

function richText(runs: unknown[]): string {
  return runs
    .map((run) => (run && typeof run === "object" && "text" in run ? String(run.text) : ""))
    .join("");
}

function merges(ws: ExcelJS.Worksheet): A1[] {
  return Object.values(internals(ws)._merges).flatMap((m) => {
    if (!m) return [];
    const range = String(m.range);
    return [a1(range.slice(range.lastIndexOf("!") + 1))];
  });
}
