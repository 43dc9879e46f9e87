/**
 * The Workbook port over an in-memory exceljs workbook: what the CLI and the task pane use for a
 * workbook that is a file (or bytes from a file picker) rather than the one open in Excel.
 *
 * Charts live beside the exceljs workbook, which cannot hold them: per sheet, the plans of the
 * charts this host wrote (read back from the file on load), replaced by a sheet's new plan when
 * writeSheets rewrites it, and added to the bytes by toBytes. Charts made in Excel by someone else
 * are not kept: exceljs drops them on load and this host does not rebuild them (docs/xlsx-host-notes.md).
 */
import type ExcelJS from "exceljs";
import type { WorkbookPort } from "../../app/ports";
import type { ChartPlan, SheetPlan, SheetSnapshot } from "../../sheet/plan";
import { addCharts, readOwnCharts } from "./charts";
import { toUint8Array } from "./internals";
import { completePackage, keepThemePart } from "./package-integrity";
import { loadWorkbook, snapshotWorksheet } from "./read";
import { applyPlansToWorkbook, findSheet, newWorkbook, type XlsxWriteOptions } from "./write";

export class XlsxWorkbook implements WorkbookPort {
  /** Writes run one after another, so two callers never interleave their sheet swaps. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** Lower-case sheet name → the charts drawn on it. */
    private readonly charts = new Map<string, ChartPlan[]>(),
  ) {}

  /** An empty workbook (no sheets yet: the first writeSheets must bring a visible one). */
  static create(opts: XlsxWriteOptions = {}): XlsxWorkbook {
    return new XlsxWorkbook(newWorkbook(opts));
  }

  /** Parses .xlsx bytes; `label` (a file name) appears in the XlsxError of a bad file. */
  static async fromBytes(bytes: Uint8Array | ArrayBuffer, label?: string): Promise<XlsxWorkbook> {
    const workbook = await loadWorkbook(bytes, label);
    // The bytes are a valid .xlsx now; a chart part this host cannot read back is simply not kept.
    const own = await readOwnCharts(bytes).catch(() => []);
    return new XlsxWorkbook(workbook, new Map(own.map((s) => [s.sheet.toLowerCase(), s.charts])));
  }

  async toBytes(): Promise<Uint8Array> {
    await this.queue;
    keepThemePart(this.workbook);
    const bytes = toUint8Array(await this.workbook.xlsx.writeBuffer());
    const sheets = this.workbook.worksheets.map((ws) => ({
      sheet: ws.name,
      charts: this.charts.get(ws.name.toLowerCase()) ?? [],
    }));
    return completePackage(await addCharts(bytes, sheets));
  }

  /** The charts of a sheet as this workbook holds them (written by writeSheets or read on load). */
  async chartsOf(name: string): Promise<ChartPlan[]> {
    await this.queue;
    return [...(this.charts.get(name.toLowerCase()) ?? [])];
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

  async readSheets(names: string[]): Promise<(SheetSnapshot | null)[]> {
    await this.queue;
    return names.map((name) => {
      const ws = findSheet(this.workbook, name);
      return ws ? snapshotWorksheet(ws) : null;
    });
  }

  writeSheets(plans: SheetPlan[]): Promise<void> {
    const write = this.queue.then(async () => {
      await applyPlansToWorkbook(this.workbook, plans);
      for (const plan of plans) this.charts.set(plan.name.toLowerCase(), [...(plan.charts ?? [])]);
    });
    this.queue = write.catch(() => undefined);
    return write;
  }
}
