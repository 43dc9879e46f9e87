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
import { readOwnCharts } from "./charts";
import { keepThemePart } from "./package-integrity";
import { writePackage, type PlannedSheet } from "./package-write";
import { loadWorkbook, snapshotWorksheet } from "./read";
import { applyPlans, completeSheet, findSheet, newWorkbook, type XlsxWriteOptions } from "./write";

export class XlsxWorkbook implements WorkbookPort {
  /** Writes run one after another, so two callers never interleave their sheet swaps. */
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * The sheets written since the workbook was read, held as placeholders whose cells are written
   * from their plans by toBytes (package-write.ts), or built into exceljs when first read.
   */
  private planned: PlannedSheet[] = [];

  private constructor(
    private readonly book: ExcelJS.Workbook,
    /** Lower-case sheet name → the charts drawn on it. */
    private readonly charts = new Map<string, ChartPlan[]>(),
  ) {}

  /** The exceljs workbook, every sheet with all its cells. */
  get workbook(): ExcelJS.Workbook {
    for (const sheet of [...this.planned]) this.complete(sheet.worksheet);
    return this.book;
  }

  /** Builds a placeholder's cells into exceljs, once; a sheet replaced since is forgotten. */
  private complete(ws: ExcelJS.Worksheet | undefined): ExcelJS.Worksheet | undefined {
    const i = ws ? this.planned.findIndex((p) => p.worksheet === ws) : -1;
    const sheet = this.planned[i];
    if (sheet) {
      this.planned.splice(i, 1);
      if (this.book.worksheets.includes(sheet.worksheet)) completeSheet(sheet);
    }
    return ws;
  }

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
    keepThemePart(this.book);
    const sheets = this.book.worksheets.map((ws) => ({
      sheet: ws.name,
      charts: this.charts.get(ws.name.toLowerCase()) ?? [],
    }));
    return writePackage(this.book, this.planned, sheets);
  }

  /** The charts of a sheet as this workbook holds them (written by writeSheets or read on load). */
  async chartsOf(name: string): Promise<ChartPlan[]> {
    await this.queue;
    return [...(this.charts.get(name.toLowerCase()) ?? [])];
  }

  async listSheets(): Promise<{ name: string; visibility: SheetSnapshot["visibility"] }[]> {
    await this.queue;
    return this.book.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state ?? "visible" }));
  }

  async readSheet(name: string): Promise<SheetSnapshot | null> {
    await this.queue;
    const ws = this.complete(findSheet(this.book, name));
    return ws ? snapshotWorksheet(ws) : null;
  }

  async readSheets(names: string[]): Promise<(SheetSnapshot | null)[]> {
    await this.queue;
    return names.map((name) => {
      const ws = this.complete(findSheet(this.book, name));
      return ws ? snapshotWorksheet(ws) : null;
    });
  }

  writeSheets(plans: SheetPlan[]): Promise<void> {
    const write = this.queue.then(async () => {
      const planned = applyPlans(this.book, plans, "placeholder");
      this.planned = [...this.planned.filter((p) => this.book.worksheets.includes(p.worksheet)), ...planned];
      for (const plan of plans) this.charts.set(plan.name.toLowerCase(), [...(plan.charts ?? [])]);
    });
    this.queue = write.catch(() => undefined);
    return write;
  }
}
