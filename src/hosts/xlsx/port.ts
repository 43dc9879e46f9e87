/**
 * The Workbook port over an in-memory exceljs workbook: what the CLI and the task pane use for a
 * workbook that is a file (or bytes from a file picker) rather than the one open in Excel.
 */
import type ExcelJS from "exceljs";
import type { WorkbookPort } from "../../app/ports";
import type { SheetPlan, SheetSnapshot } from "../../sheet/plan";
import { toUint8Array } from "./internals";
import { loadWorkbook, snapshotWorksheet } from "./read";
import { applyPlansToWorkbook, findSheet, newWorkbook, type XlsxWriteOptions } from "./write";

export class XlsxWorkbook implements WorkbookPort {
  /** Writes run one after another, so two callers never interleave their sheet swaps. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /** An empty workbook (no sheets yet: the first writeSheets must bring a visible one). */
  static create(opts: XlsxWriteOptions = {}): XlsxWorkbook {
    return new XlsxWorkbook(newWorkbook(opts));
  }

  /** Parses .xlsx bytes; `label` (a file name) appears in the XlsxError of a bad file. */
  static async fromBytes(bytes: Uint8Array | ArrayBuffer, label?: string): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await loadWorkbook(bytes, label));
  }

  async toBytes(): Promise<Uint8Array> {
    await this.queue;
    return toUint8Array(await this.workbook.xlsx.writeBuffer());
  }

  async listSheets(): Promise<{ name: string; visibility: SheetSnapshot["visibility"] }[]> {
    await this.queue;
    return this.workbook.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state ?? "visible" }));
  }

  async readSheet(name: string): Promise<SheetSnapshot | null> {
    await this.queue;
    const ws = findSheet(this.workbook, name);
    return ws ? snapshotWorksheet(ws) : null;
  }

  writeSheets(plans: SheetPlan[]): Promise<void> {
    const write = this.queue.then(() => applyPlansToWorkbook(this.workbook, plans));
    this.queue = write.catch(() => undefined);
    return write;
  }
}
