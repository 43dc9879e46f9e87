/**
 * The Office.js gateway writing a round into the strict Excel fake: what Excel would be sent.
 * The fake counts every context.sync() and measures every request itself, independently of the
 * gateway's own report.
 */
import { writeKertasKerjaToWorkbook } from "../src/app/generate";
import type { RoundPreparation } from "../src/app/round-types";
import { createExcelWorkbookPort } from "../src/hosts/excel/gateway";
import { plansToXlsx } from "../src/hosts/xlsx/write";
import { installExcelFake } from "../test/fakes/excel-fake";

export interface GatewayFigures {
  /** Sheets written (every Bagian's kertas kerja and its metadata sheet). */
  sheets: number;
  syncs: number;
  /** Largest request in bytes, as the fake measures it against Excel on the web's 5 MB. */
  largestRequest: number;
  /** All requests together, in bytes: past the budget of one request, the gateway splits. */
  totalRequest: number;
  /** The gateway's own count, for comparison. */
  reportedSyncs: number | null;
  /** Request bytes by kind of command ("set formulas", "instantiate getRanges" …), largest first. */
  byCommand: { kind: string; commands: number; bytes: number }[];
}

export async function measureGateway(prep: RoundPreparation): Promise<GatewayFigures> {
  const fake = installExcelFake();
  try {
    // The fake opens with "Sheet1", as a new workbook: the master workbook the round is written into.
    // As the task pane builds it: a large write goes in as one inserted .xlsx.
    const port = createExcelWorkbookPort(fake.Excel.run, { toXlsxBytes: plansToXlsx });
    fake.resetStats();
    await writeKertasKerjaToWorkbook(port, prep);
    return {
      sheets: prep.kertasKerja.reduce((n, kk) => n + kk.plans.length, 0),
      syncs: fake.stats.syncs,
      largestRequest: fake.stats.maxRequestSize,
      totalRequest: fake.stats.requestSizes.reduce((a, b) => a + b, 0),
      reportedSyncs: port.lastWriteReport()?.syncs ?? null,
      byCommand: Object.entries(fake.stats.byCommand)
        .map(([kind, t]) => ({ kind, ...t }))
        .sort((a, b) => b.bytes - a.bytes),
    };
  } finally {
    fake.uninstall();
  }
}
