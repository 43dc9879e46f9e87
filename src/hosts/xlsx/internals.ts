import type ExcelJS from "exceljs";

/**
 * exceljs 4.4 state that its typings do not expose but this host needs. Kept in one place so
 * an exceljs upgrade has one file to check; each field is covered by a test.
 */
interface WorksheetInternals {
  /** Tab position: `workbook.worksheets` sorts by it. */
  orderNo: number;
  /** What `protect()` fills in; written as `<sheetProtection>`. */
  sheetProtection: Record<string, unknown> | null;
  /** Merged ranges keyed by their master cell. Read via `ws.model.merges` would serialise the sheet. */
  _merges: Record<string, { range: string } | undefined>;
  /** Data validations keyed by address or range (untyped in exceljs' index.d.ts). */
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
}

export function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

interface WorkbookInternals {
  /**
   * Theme parts by name ("theme1" → XML), as read from a file; undefined for a new workbook, which
   * exceljs writes with its default theme. A file without a theme leaves `{}`.
   */
  _themes: Record<string, string> | undefined;
}

export function workbookInternals(wb: ExcelJS.Workbook): WorkbookInternals {
  return wb as unknown as WorkbookInternals;
}

/** A plain Uint8Array over any byte source (Node's Buffer is a subclass; tests compare plain ones). */
export function toUint8Array(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}

/** exceljs' `load` is typed for its own Buffer but hands the bytes to JSZip, which takes both. */
export function asLoadable(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  return bytes as ArrayBuffer;
}
