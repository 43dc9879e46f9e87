/**
 * The host-neutral description of a worksheet. The domain produces plans; the Office.js host and
 * the exceljs host apply them. Nothing here knows about either host.
 */

/** A1-style address or range, e.g. "B7" or "A1:D3". */
export type A1 = string & { readonly __brand: "A1" };
export const a1 = (s: string): A1 => s as A1;

/** What a cell holds when read back: Excel's own value types (dates as serial numbers). */
export type CellValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Single underline (the name in an official signature block). */
  underline?: boolean;
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" background fill */
  fill?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "center" | "bottom";
  wrap?: boolean;
  /** Excel number format code, e.g. "#,##0.00" or "@". */
  numberFormat?: string;
  /** Thin border on all four sides. */
  border?: boolean;
}

/**
 * One cell of a plan. Exactly one of `value` / `formula` is meaningful.
 * A string `value` is always text: hosts must never let Excel interpret it as a formula,
 * even when it starts with `=`, `+`, `-` or `@`.
 */
export interface CellPlan {
  value?: string | number | boolean | null;
  /** Formula without the leading "=", in Excel's en-US syntax: `IF(A1="","",A1*2)`. */
  formula?: string;
  /** Key into `SheetPlan.styles`. */
  style?: string;
  /** Cells are locked unless said otherwise (as in Excel). */
  locked?: boolean;
  /**
   * A link the cell opens, shown with `value` as its text. Only http(s) URLs: hosts refuse any
   * other scheme (file:, javascript:, a UNC path) rather than write it.
   */
  hyperlink?: string;
}

export type ValidationRule =
  | { type: "decimal"; min?: number; max?: number }
  | { type: "whole"; min?: number; max?: number }
  | { type: "date"; min?: number; max?: number }
  | { type: "list"; values: string[] }
  | { type: "textLength"; min: number; max: number };

export interface DataValidation {
  range: A1;
  rule: ValidationRule;
  allowBlank: boolean;
  prompt?: { title: string; message: string };
  error: { title: string; message: string };
}

/**
 * The paper a sheet prints on: "A4" (210 × 297 mm) or "F4", the folio of Indonesian offices
 * (215 × 330 mm), written as the 8.5 × 13 in Folio that Excel ("Folio") and OOXML (paperSize 14)
 * know: 215.9 × 330.2 mm.
 */
export type PaperSize = "A4" | "F4";

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paperSize: PaperSize;
  /** Fit all columns on one page wide (height free); with print areas, each area. */
  fitToWidth: boolean;
  /** Rows repeated at the top of each printed page, e.g. "6:7". */
  printTitleRows?: string;
  /** Columns repeated at the left of each printed page, e.g. "A:D". */
  printTitleColumns?: string;
  /**
   * What is printed, in this order, each area from a new page (Excel and LibreOffice print the
   * areas of a print area one after another); absent = the whole used range.
   */
  printArea?: A1[];
  /**
   * The order of the pages of a sheet wider than a page: "overThenDown" prints a band of rows
   * across its page widths before the next band; absent = "downThenOver" (Excel's default).
   */
  pageOrder?: "overThenDown" | "downThenOver";
  /** Margins in inches. */
  margins?: { top: number; bottom: number; left: number; right: number };
}

export interface ColumnPlan {
  /** Width in Excel character units. */
  width?: number;
  hidden?: boolean;
}

export interface SheetPlan {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  /** Row-major cells from A1; `null` or a missing entry is an empty, locked cell. */
  rows: (CellPlan | null)[][];
  styles: Record<string, CellStyle>;
  columns: ColumnPlan[];
  /** Row heights in points, by 0-based row index. */
  rowHeights?: Record<number, number>;
  merges: A1[];
  validations: DataValidation[];
  /** Sheet protection; absent = unprotected. Unlocked cells stay editable. */
  protection?: { password?: string };
  print?: PrintSetup;
  freeze?: { rows: number; columns: number };
  /** Workbook-scoped defined names pointing into this sheet. */
  names?: { name: string; range: A1 }[];
  /** Tab colour "#RRGGBB". */
  tabColor?: string;
  /**
   * Manual page breaks: 0-based indexes of the rows that start a new printed page (so each must be
   * ≥ 1). Excel and LibreOffice honour them next to fit-to-width (height free) printing.
   */
  pageBreaks?: number[];
  /** Charts drawn over ranges of this sheet. */
  charts?: ChartPlan[];
  /**
   * Filter buttons on the header row of a table: the table's range, header row first, e.g.
   * "A5:BF260". Stays usable on a protected sheet (the hosts allow filtering when they protect it).
   */
  autoFilter?: A1;
}

/**
 * A chart over cells of its own sheet. "bar": clustered columns, one bar per category per
 * series. "scatter": points (x = `categories`, y = `values`), no lines.
 */
export interface ChartPlan {
  kind: "bar" | "scatter";
  title: string;
  /** Where it is drawn: the cells its top-left and bottom-right corners sit on. */
  anchor: { from: A1; to: A1 };
  /** Same-sheet ranges (one column each, equal lengths), e.g. "B5:B13". */
  series: { name: string; categories: A1; values: A1 }[];
  xAxisTitle?: string;
  yAxisTitle?: string;
}

/** A sheet as a host reads it back: values (and formulas where the host can give them). */
export interface SheetSnapshot {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  /** Row-major values from A1 (ragged rows allowed). */
  values: CellValue[][];
  /** Row-major formulas ("=…" as Excel reports them) or null where the cell holds a constant. */
  formulas?: (string | null)[][];
  /** Merged ranges as A1 addresses. */
  merges?: A1[];
  /** Row-major number format codes ("General", "0%", "@"), when the host was asked for them. */
  numberFormats?: (string | null)[][];
  /** Hyperlink targets by A1 address of the cell, when the host was asked for them. */
  hyperlinks?: Record<string, string>;
}

/** A workbook as read: its sheets in tab order. */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}
