import type { SheetPlan, SheetSnapshot, WorkbookSnapshot } from "../sheet/plan";

/**
 * What a use case needs from a workbook. Implemented by the Office.js gateway (the open
 * workbook in Excel) and by the exceljs host (a workbook in memory / an .xlsx file).
 */
export interface WorkbookPort {
  /** Sheets in tab order. */
  listSheets(): Promise<{ name: string; visibility: SheetSnapshot["visibility"] }[]>;
  /** The used range of one sheet from A1, or null when no such sheet exists. */
  readSheet(name: string): Promise<SheetSnapshot | null>;
  /**
   * Several sheets at once, in the order of `names` (null for a missing one). Optional: a host
   * where each read costs a round trip (Excel) reads them together; `readSheetsOf` falls back to
   * `readSheet` for a host without it.
   */
  readSheets?(names: string[]): Promise<(SheetSnapshot | null)[]>;
  /**
   * Writes every plan, replacing sheets of the same name, all or nothing: on failure the
   * workbook is as it was. Existing sheets not named in `plans` are left alone.
   */
  writeSheets(plans: SheetPlan[]): Promise<void>;
}

/** Hands a finished workbook to the user: a file on disk, a download, a new Excel window. */
export interface WorkbookExporter {
  exportWorkbook(fileName: string, plans: SheetPlan[]): Promise<ExportOutcome>;
}

/**
 * Reads a workbook the user picked as a file (a DPA, a prior report) into plain sheets: the .xlsx
 * host, which the task pane loads on first use and the CLI has at hand. Bytes that are no workbook
 * make it throw its own error, which the caller turns into a message about the file.
 */
export interface WorkbookFileReader {
  readWorkbook(bytes: Uint8Array): Promise<WorkbookSnapshot>;
}

export interface ExportOutcome {
  fileName: string;
  /** Where it went, for the user: a path, "jendela Excel baru", "unduhan". */
  destination: string;
}

/**
 * Several sheets by name, in one batched read where the host has one, else one `readSheet` each.
 * @example const [data, riwayat] = await readSheetsOf(port, ["Data", "Riwayat"]);
 */
export function readSheetsOf(port: WorkbookPort, names: string[]): Promise<(SheetSnapshot | null)[]> {
  if (port.readSheets) return port.readSheets(names);
  return Promise.all(names.map((name) => port.readSheet(name)));
}
