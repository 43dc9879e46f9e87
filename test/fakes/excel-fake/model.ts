/**
 * The workbook the fake Excel holds: plain data the tests can inspect, plus the rules Excel applies
 * when a request changes it. Written independently of src/ so the gateway is not checked against
 * its own helpers.
 *
 * Evaluate-nothing policy: formulas are stored, never computed. Reading `values` of a formula cell
 * gives "" (what Excel gives for a formula whose result is empty), unless a test seeded a cached
 * result with `seedFormula`.
 */
import { fail } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 0-based inclusive bounds. */
export interface FRect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export type Scalar = string | number | boolean;
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeBorder {
  style: string;
  weight: string;
}

export interface FakeCell {
  /** The constant in the cell (null = empty); for a formula cell, its seeded cached result. */
  value: Scalar | null;
  /** "=…" or null. */
  formula: string | null;
  /** Entered with a leading apostrophe: Excel keeps the text and a quote-prefix flag. */
  quotePrefix: boolean;
  numberFormat: string;
  locked: boolean;
  font: { bold: boolean; italic: boolean; underline: string; size: number; color: string };
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: { top?: FakeBorder; bottom?: FakeBorder; left?: FakeBorder; right?: FakeBorder };
  /** Range.hyperlink (ExcelApi 1.7): the link the cell opens, or null. */
  hyperlink: FakeHyperlink | null;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
}

/**
 * Cells a chart reads, bound to the sheet (by id) rather than to its name: renaming the sheet
 * carries the reference along, as Excel rewrites a chart's SERIES formula; deleting it leaves #REF!.
 */
export interface FakeChartRef {
  sheetId: string;
  rect: FRect;
}

export interface FakeChartTitle {
  text: string;
  visible: boolean;
}

export interface FakeChartSeries {
  name: string;
  values: FakeChartRef | null;
  xValues: FakeChartRef | null;
  chartType: string;
  markerStyle: string;
}

export interface FakeChart {
  id: string;
  name: string;
  chartType: string;
  title: FakeChartTitle;
  /** The cells the chart covers (setPosition); null until positioned. */
  position: { from: FRect; to: FRect } | null;
  axes: { category: { title: FakeChartTitle }; value: { title: FakeChartTitle } };
  legend: { visible: boolean; position: string };
  series: FakeChartSeries[];
}

export interface FakeValidation {
  rect: FRect;
  rule?: Record<string, unknown>;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: Visibility;
  tabColor: string;
  cells: Map<string, FakeCell>;
  merges: FRect[];
  validations: FakeValidation[];
  protection: { protected: boolean; options: Record<string, unknown>; password?: string };
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: Record<string, number | undefined>;
    marginsInches?: { top: number; bottom: number; left: number; right: number };
    printTitleRows: string | null;
    printTitleColumns: string | null;
    printOrder: string;
    /** The print areas, absolute addresses in the order given; null = none set. */
    printArea: string[] | null;
  };
  /** Worksheet.autoFilter: the absolute address of the range it was applied to; null = none. */
  autoFilter: string | null;
  freeze: { rows: number; columns: number };
  /** Manual horizontal page breaks: 0-based rows that start a page, ascending. */
  pageBreaks: number[];
  /** Worksheet.charts, in the order they were added. */
  charts: FakeChart[];
}

export interface FakeName {
  name: string;
  formula: string;
}

const cellKey = (r: number, c: number) => `${r}:${c}`;

export function defaultCell(): FakeCell {
  return {
    value: null,
    formula: null,
    quotePrefix: false,
    numberFormat: "General",
    locked: true,
    font: { bold: false, italic: false, underline: "None", size: 11, color: "#000000" },
    fill: null,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    borders: {},
    hyperlink: null,
  };
}

const DEFAULT_FORMAT = JSON.stringify({ ...defaultCell(), value: null, formula: null, quotePrefix: false });

// ---- addresses ---------------------------------------------------------------------------

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A1", "A1:B2", "C:E", "5:7" (with or without $) → bounds; undefined when not an address. */
export function parseAddress(address: string): FRect | undefined {
  const parts = address.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2) return undefined;
  const a = parts[0] ?? "";
  const b = parts[1] ?? a;
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const col = /^[A-Za-z]{1,3}$/;
  const row = /^\d+$/;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca?.[1] && ca[2] && cb?.[1] && cb[2]) {
    return norm({ r1: Number(ca[2]) - 1, c1: colIndex(ca[1]), r2: Number(cb[2]) - 1, c2: colIndex(cb[1]) });
  }
  if (parts.length === 2 && col.test(a) && col.test(b)) {
    return norm({ r1: 0, c1: colIndex(a), r2: MAX_ROWS - 1, c2: colIndex(b) });
  }
  if (parts.length === 2 && row.test(a) && row.test(b)) {
    return norm({ r1: Number(a) - 1, c1: 0, r2: Number(b) - 1, c2: MAX_COLS - 1 });
  }
  return undefined;
}

function norm(r: FRect): FRect | undefined {
  const out = {
    r1: Math.min(r.r1, r.r2),
    c1: Math.min(r.c1, r.c2),
    r2: Math.max(r.r1, r.r2),
    c2: Math.max(r.c1, r.c2),
  };
  return out.r1 < 0 || out.c1 < 0 || out.r2 >= MAX_ROWS || out.c2 >= MAX_COLS ? undefined : out;
}

export function formatAddress(r: FRect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (r.c1 === 0 && r.c2 === MAX_COLS - 1) return `${d}${r.r1 + 1}:${d}${r.r2 + 1}`;
  if (r.r1 === 0 && r.r2 === MAX_ROWS - 1) return `${d}${colLetters(r.c1)}:${d}${colLetters(r.c2)}`;
  const a = `${d}${colLetters(r.c1)}${d}${r.r1 + 1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${d}${colLetters(r.c2)}${d}${r.r2 + 1}`;
}

export const isWholeRows = (r: FRect) => r.c1 === 0 && r.c2 === MAX_COLS - 1;
export const isWholeColumns = (r: FRect) => r.r1 === 0 && r.r2 === MAX_ROWS - 1;
export const cellCount = (r: FRect) => (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
export const intersects = (a: FRect, b: FRect) =>
  a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

// ---- what Excel does with an entry -------------------------------------------------------

const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * Stores one entry of a `values` or `formulas` array as Excel does when the string is typed:
 * - a leading apostrophe makes the rest literal text (quote prefix; the apostrophe is not kept);
 * - in a cell formatted as Text ("@") any other string stays literal text (Excel UI rule);
 * - "=…" is a formula; "+…"/"-…" is a number when numeric, else a formula (Range.values reference:
 *   "+", "-" and "=" are interpreted as a formula); "@…" is taken as a formula as Excel's UI does
 *   (not documented for the API: the fake is at least as strict as Excel);
 * - numeric text becomes a number and TRUE/FALSE a boolean (Excel coerces typed input);
 * - "" clears the cell; `null` leaves it unchanged (handled by the caller).
 */
export function enterInto(cell: FakeCell, input: Scalar): void {
  cell.quotePrefix = false;
  cell.formula = null;
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    cell.value = input;
    return;
  }
  if (typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (input === "") {
    cell.value = null;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  const first = input[0];
  if (first === "=" && input.length > 1) {
    cell.value = null;
    cell.formula = input;
    return;
  }
  if ((first === "+" || first === "-") && input.length > 1) {
    if (NUMBER.test(input)) cell.value = Number(input);
    else {
      cell.value = null;
      cell.formula = `=${input}`;
    }
    return;
  }
  if (first === "@" && input.length > 1) {
    cell.value = null;
    cell.formula = `=${input.slice(1)}`;
    return;
  }
  if (NUMBER.test(input)) cell.value = Number(input);
  else if (/^(true|false)$/i.test(input)) cell.value = input.toUpperCase() === "TRUE";
  else cell.value = input;
}

// ---- the workbook ------------------------------------------------------------------------

export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  /** Workbook structure protection (Workbook.protection.protected). */
  structureProtected = false;
  activeId = "";
  createdWorkbooks: string[] = [];
  private nextId = 1;

  /** Adds a sheet directly (test setup, outside any request). Values are entered as typed. */
  seedSheet(
    name: string,
    cells: Record<string, Scalar> = {},
    options: { visibility?: Visibility; protect?: boolean } = {},
  ): FakeSheet {
    const sheet = this.addSheet(name);
    sheet.visibility = options.visibility ?? "Visible";
    for (const [address, value] of Object.entries(cells)) {
      const rect = parseAddress(address);
      if (!rect) throw new Error(`bad address ${address}`);
      enterInto(this.cellAt(sheet, rect.r1, rect.c1), value);
    }
    if (options.protect) sheet.protection = { protected: true, options: {} };
    return sheet;
  }

  /** Seeds a formula with a cached result, as a workbook saved by Excel would carry. */
  seedFormula(sheetName: string, address: string, formula: string, cached: Scalar): void {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    if (!sheet || !rect) throw new Error("bad seed");
    const cell = this.cellAt(sheet, rect.r1, rect.c1);
    cell.formula = formula;
    cell.value = cached;
  }

  sheet(nameOrId: string): FakeSheet | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key || s.id === nameOrId);
  }

  /** The cell at an A1 address, or undefined when never touched. */
  cell(sheetName: string, address: string): FakeCell | undefined {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    return sheet && rect ? sheet.cells.get(cellKey(rect.r1, rect.c1)) : undefined;
  }

  /** Creates the cell if needed. */
  cellAt(sheet: FakeSheet, r: number, c: number): FakeCell {
    const key = cellKey(r, c);
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = defaultCell();
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  peekCell(sheet: FakeSheet, r: number, c: number): FakeCell | undefined {
    return sheet.cells.get(cellKey(r, c));
  }

  addSheet(name?: string): FakeSheet {
    const finalName = name ?? this.freeName();
    this.checkName(finalName);
    if (this.sheet(finalName))
      throw fail("ItemAlreadyExists", `A worksheet named '${finalName}' already exists.`);
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextId++}}`,
      name: finalName,
      visibility: "Visible",
      tabColor: "",
      cells: new Map(),
      merges: [],
      validations: [],
      protection: { protected: false, options: {} },
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      pageLayout: {
        orientation: "Portrait",
        paperSize: "Letter",
        zoom: { scale: 100 },
        printTitleRows: null,
        printTitleColumns: null,
        printOrder: "DownThenOver",
        printArea: null,
      },
      autoFilter: null,
      freeze: { rows: 0, columns: 0 },
      pageBreaks: [],
      charts: [],
    };
    this.sheets.push(sheet);
    if (this.activeId === "") this.activeId = sheet.id;
    return sheet;
  }

  private freeName(): string {
    let i = this.sheets.length + 1;
    while (this.sheet(`Sheet${i}`)) i++;
    return `Sheet${i}`;
  }

  private checkName(name: string): void {
    if (
      name.length < 1 ||
      name.length > 31 ||
      /[:\\/?*[\]]/.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw fail("InvalidArgument", `The sheet name '${name}' is not valid.`);
    }
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    if (sheet.name === name) return;
    this.checkName(name);
    const other = this.sheet(name);
    if (other && other !== sheet)
      throw fail("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
    this.rewriteReferences(sheet.name, `${quoteSheet(name)}!`);
    sheet.name = name;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (sheet.visibility === "VeryHidden") {
      throw fail(
        "InvalidOperation",
        "A very hidden worksheet cannot be deleted; change its visibility first.",
      );
    }
    const visibleOthers = this.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
    if (visibleOthers.length === 0)
      throw fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.rewriteReferences(sheet.name, "#REF!");
    if (this.activeId === sheet.id) this.activeId = visibleOthers[0]?.id ?? "";
  }

  setVisibility(sheet: FakeSheet, visibility: Visibility): void {
    if (visibility !== "Visible" && !this.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
      throw fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeId === sheet.id) {
      this.activeId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? "";
    }
  }

  moveSheet(sheet: FakeSheet, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw fail("InvalidArgument", `Position ${position} is out of range.`);
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  /** A sheet renamed or deleted: formulas and names that named it follow (or become #REF!). */
  private rewriteReferences(oldName: string, replacement: string): void {
    const escaped = oldName.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const plain = oldName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`'${escaped}'!|(?<![A-Za-z0-9_.'])${plain}!`, "gi");
    const rewrite = (f: string) => f.replace(pattern, replacement);
    for (const s of this.sheets) {
      for (const cell of s.cells.values()) if (cell.formula) cell.formula = rewrite(cell.formula);
    }
    for (const n of this.names) n.formula = rewrite(n.formula);
  }

  /**
   * A chart reference as Excel shows it in the SERIES formula, with the sheet's current name
   * (`Analisis!$B$5:$B$13`), or "#REF!" once the sheet is gone.
   */
  chartReference(ref: FakeChartRef | null): string | null {
    if (!ref) return null;
    const sheet = this.sheets.find((s) => s.id === ref.sheetId);
    return sheet ? `${quoteSheet(sheet.name)}!${formatAddress(ref.rect, true)}` : "#REF!";
  }

  /** A new chart id, unique in the workbook. */
  chartId(): string {
    return `{chart-${this.nextId++}}`;
  }

  /** Bounds of cells with a value or formula (valuesOnly), or also with a non-default format. */
  usedRect(sheet: FakeSheet, valuesOnly: boolean): FRect | undefined {
    let rect: FRect | undefined;
    for (const [key, cell] of sheet.cells) {
      const hasValue = cell.value !== null || cell.formula !== null;
      const formatted =
        !valuesOnly &&
        JSON.stringify({ ...cell, value: null, formula: null, quotePrefix: false }) !== DEFAULT_FORMAT;
      if (!hasValue && !formatted) continue;
      const [r, c] = key.split(":").map(Number) as [number, number];
      rect = rect
        ? {
            r1: Math.min(rect.r1, r),
            c1: Math.min(rect.c1, c),
            r2: Math.max(rect.r2, r),
            c2: Math.max(rect.c2, c),
          }
        : { r1: r, c1: c, r2: r, c2: c };
    }
    return rect;
  }
}
