/**
 * The Office.js host: the WorkbookPort over the workbook open in Excel, and the exporter that opens
 * a finished workbook in a new Excel window. Every call runs in its own
 * `Excel.run({ delayForCellEdit: true }, …)`, so a user still typing in a cell delays the batch
 * instead of failing it. No decisions here: the plans come decided from the domain.
 */
import type { ExportOutcome, WorkbookExporter, WorkbookPort } from "../../app/ports";
import { toBase64 } from "../../domain/shared/base64";
import type { SheetPlan, SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { GatewayError } from "./errors";
import { listSheets, readSheet, readSheets } from "./read-sheets";
import type { XlsxBuilder } from "./insert-steps";
import { officeSupports, type IsSetSupported } from "./requirements";
import { writeSheets, type WriteReport } from "./write-sheets";

export { GatewayError, type GatewayErrorCode } from "./errors";
export type { WriteReport } from "./write-sheets";
export type { SkippedFeature } from "./requirements";

export interface ExcelGatewayOptions {
  /** Defaults to asking Office.context.requirements for "ExcelApi". */
  isSetSupported?: IsSetSupported;
  /** Receives what each successful write did (requests, skipped features). */
  onWriteReport?: (report: WriteReport) => void;
  /** Tuning for tests: the largest cell-array write, and the request budget, in JSON characters. */
  blockTarget?: number;
  requestBudget?: number;
  /**
   * Sheet plans to .xlsx bytes (the exceljs host, given by the caller so this host does not depend
   * on it). With it, a write too large for one request goes in as one inserted .xlsx where Excel
   * has ExcelApi 1.13; without it, such a write goes as commands in more requests.
   */
  toXlsxBytes?: XlsxBuilder;
}

/** WorkbookPort (with its batched read) plus the report of the last successful write. */
export interface ExcelWorkbookPort extends WorkbookPort {
  readSheets(names: string[]): Promise<(SheetSnapshot | null)[]>;
  lastWriteReport(): WriteReport | undefined;
}

const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export function createExcelWorkbookPort(
  run?: typeof Excel.run,
  options: ExcelGatewayOptions = {},
): ExcelWorkbookPort {
  const supports = options.isSetSupported ?? officeSupports;
  let last: WriteReport | undefined;
  // One batch of this port at a time: a batch begun while another is between its syncs (the pane
  // saving its state, or reading the round for its header, during a write) would see and change
  // the workbook in the middle of the other's steps. Excel.run is looked up when called, so the
  // port can be created before Office.js has loaded.
  let queue: Promise<unknown> = Promise.resolve();
  const inExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const next = queue.then(() => (run ?? Excel.run)(RUN_OPTIONS, batch));
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    lastWriteReport: () => last,

    async listSheets() {
      try {
        return await inExcel((context) => listSheets(context));
      } catch (error) {
        throw new GatewayError("list-failed", S.excel.errors.listFailed, { cause: error });
      }
    },

    async readSheet(name: string) {
      try {
        return await inExcel((context) => readSheet(context, name, supports));
      } catch (error) {
        throw new GatewayError("read-failed", S.excel.errors.readFailed(name), { cause: error });
      }
    },

    async readSheets(names: string[]) {
      try {
        return await inExcel((context) => readSheets(context, names, supports));
      } catch (error) {
        throw new GatewayError("read-failed", S.excel.errors.readSheetsFailed(names), { cause: error });
      }
    },

    async writeSheets(plans: SheetPlan[]) {
      try {
        last = await inExcel((context) =>
          writeSheets(context, plans, supports, {
            blockTarget: options.blockTarget,
            requestBudget: options.requestBudget,
            toXlsx: options.toXlsxBytes,
          }),
        );
      } catch (error) {
        if (error instanceof GatewayError) throw error;
        throw new GatewayError("write-failed", S.excel.errors.writeFailed, { cause: error });
      }
      options.onWriteReport?.(last);
    },
  };
}

/**
 * Exports plans as a separate workbook: opened in a new Excel window with `Excel.createWorkbook`
 * (ExcelApi 1.8) where this Excel has it, otherwise handed to `download`. The .xlsx bytes come
 * from the caller (the exceljs host), so this host does not depend on exceljs.
 */
export function createExcelExporter(
  toXlsxBytes: XlsxBuilder,
  download?: (fileName: string, bytes: Uint8Array) => void,
  isSetSupported: IsSetSupported = officeSupports,
): WorkbookExporter {
  return {
    async exportWorkbook(fileName: string, plans: SheetPlan[]): Promise<ExportOutcome> {
      const canOpen = isSetSupported("1.8");
      if (!canOpen && !download) throw new GatewayError("export-failed", S.excel.errors.exportUnavailable);
      let bytes: Uint8Array;
      try {
        bytes = await toXlsxBytes(plans);
      } catch (error) {
        throw new GatewayError("export-failed", S.excel.errors.exportFailed(fileName), { cause: error });
      }
      if (canOpen) {
        try {
          await Excel.createWorkbook(toBase64(bytes));
          return { fileName, destination: S.excel.destinations.newWindow };
        } catch (error) {
          // e.g. the extension-hardening policy or a blocked window: fall back to a download if we can.
          if (!download)
            throw new GatewayError("export-failed", S.excel.errors.exportFailed(fileName), { cause: error });
        }
      }
      download?.(fileName, bytes);
      return { fileName, destination: S.excel.destinations.download };
    },
  };
}
