/**
 * The Office.js gateway writing a round into the strict Excel fake: what Excel would be sent.
 * The fake counts every context.sync() and measures every request and response itself,
 * independently of the gateway's own report.
 *
 * Alone, at 100 and 1,000 indicators per Bagian (the gateway part of the scale table):
 *   npx tsx bench/scale-gateway.ts
 */
import { performance } from "node:perf_hooks";
import {
  acceptConsolidation,
  reviewReturnedFiles,
  type ConsolidationReview,
  type ReturnedSource,
} from "../src/app/consolidate";
import { writeKertasKerjaToWorkbook } from "../src/app/generate";
import type { WorkbookPort } from "../src/app/ports";
import type { RoundPreparation } from "../src/app/round-types";
import { createExcelWorkbookPort } from "../src/hosts/excel/gateway";
import { plansToXlsx } from "../src/hosts/xlsx/write";
import { installExcelFake, PAYLOAD_LIMIT, type ExcelFake, type FakeStats } from "../test/fakes/excel-fake";
import {
  returnedSources,
  TIM_SAKIP,
  writeRoundMaster,
  type SyntheticConsolidation,
} from "./synthetic-returns";

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
      totalRequest: sum(fake.stats.requestSizes),
      reportedSyncs: port.lastWriteReport()?.syncs ?? null,
      byCommand: byCommand(fake.stats),
    };
  } finally {
    fake.uninstall();
  }
}

/** What a stretch of syncs carried, as the fake measured it. */
export interface Traffic {
  syncs: number;
  largestRequest: number;
  totalRequest: number;
  /** Responses Excel sent; one over 5 MB it refuses (`refused`), and the gateway reads again. */
  largestResponse: number;
  totalResponse: number;
  refused: number;
  ms: number;
}

/**
 * The fewest syncs that could carry this traffic: every request and every response at most
 * Excel on the web's 5 MB, so at least ⌈bytes / 5 MB⌉ of each.
 */
export const floorSyncs = (t: Pick<Traffic, "totalRequest" | "totalResponse">): number =>
  Math.max(1, Math.ceil(t.totalRequest / PAYLOAD_LIMIT), Math.ceil(t.totalResponse / PAYLOAD_LIMIT));

export interface ScaleFigures {
  perBagian: number;
  generate: Traffic;
  /** Reviewing the returned files: the master's sheets read. */
  review: Traffic;
  /** Accepting: Data, Riwayat and the Log read, then the one write. */
  accept: Traffic;
  /** Of the acceptance, the write alone, by the gateway's own count. */
  writeSyncs: number;
  /** Request bytes of the acceptance by kind of command, largest first. */
  acceptByCommand: { kind: string; commands: number; bytes: number }[];
}

/** Generation, then review and acceptance of the returned round, each measured on its own. */
export async function measureScale(
  perBagian: number,
  prep: RoundPreparation,
  round: SyntheticConsolidation,
): Promise<ScaleFigures> {
  const generate = await generateTraffic(prep);
  const fake = installExcelFake();
  try {
    // As the task pane builds it: a large write goes in as inserted .xlsx where Excel can.
    const port = createExcelWorkbookPort(fake.Excel.run, { toXlsxBytes: plansToXlsx });
    await writeRoundMaster(port, round);
    const reviewed = await traffic(fake, () => accepted(port, returnedSources(round.files)));
    const acceptance = await traffic(fake, async () => {
      const outcome = await acceptConsolidation(port, reviewed.result, { now: NOW, actor: TIM_SAKIP });
      if (!outcome.ok || !outcome.written) throw new Error("the gateway did not write the consolidation");
    });
    return {
      perBagian,
      generate,
      review: reviewed.figures,
      accept: acceptance.figures,
      writeSyncs: port.lastWriteReport()?.syncs ?? NaN,
      acceptByCommand: byCommand(fake.stats),
    };
  } finally {
    fake.uninstall();
  }
}

const NOW = "2026-07-16T09:00:00+08:00";

async function generateTraffic(prep: RoundPreparation): Promise<Traffic> {
  const fake = installExcelFake();
  try {
    const port = createExcelWorkbookPort(fake.Excel.run, { toXlsxBytes: plansToXlsx });
    const { figures } = await traffic(fake, () => writeKertasKerjaToWorkbook(port, prep));
    return figures;
  } finally {
    fake.uninstall();
  }
}

async function accepted(port: WorkbookPort, sources: ReturnedSource[]): Promise<ConsolidationReview> {
  const outcome = await reviewReturnedFiles(port, sources);
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join("; "));
  return outcome.review;
}

/** Runs `work` from fresh statistics and returns what its syncs carried. */
async function traffic<T>(fake: ExcelFake, work: () => Promise<T>): Promise<{ result: T; figures: Traffic }> {
  fake.resetStats();
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  const s = fake.stats;
  const delivered = s.responseSizes.filter((n) => n <= PAYLOAD_LIMIT);
  return {
    result,
    figures: {
      syncs: s.syncs,
      largestRequest: s.maxRequestSize,
      totalRequest: sum(s.requestSizes),
      largestResponse: Math.max(0, ...delivered),
      totalResponse: sum(delivered),
      refused: s.responseSizes.length - delivered.length,
      ms,
    },
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function byCommand(stats: FakeStats): { kind: string; commands: number; bytes: number }[] {
  return Object.entries(stats.byCommand)
    .map(([kind, t]) => ({ kind, ...t }))
    .sort((a, b) => b.bytes - a.bytes);
}
