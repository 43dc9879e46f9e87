/**
 * The consolidation part of `npm run bench`, on 40 Bagian × 100 indicators returned filled in:
 *
 * (a) the CLI (`runConsolidate`, in-process) consolidating the 40 files from disk into a new master,
 *     against its honest floor: exceljs reading the same 40 files and writing the master's cells
 *     (values and formulas of the sheets the CLI writes, no styles) in the same run, median of
 *     several repetitions (alternating which goes first);
 * (b) where the CLI's time goes, one section at a time: reading the files (exceljs and the checks
 *     around it), judging them (the validator), the Data and Analisis plans, accepting (the plans,
 *     their checks, exceljs placeholders), writing the master; and the floor's two parts;
 * (c) the same as whole processes, as a user waits for them (bench/process.ts);
 * (d) the Office.js gateway doing the same consolidation in the strict fake: context.sync() calls of
 *     the review and of the acceptance, the largest request and response, at 100 and at 10
 *     indicators per Bagian.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  acceptConsolidation,
  reviewReturnedFiles,
  type ConsolidationReview,
  type ReturnedSource,
} from "../src/app/consolidate";
import type { WorkbookPort } from "../src/app/ports";
import { runConsolidate } from "../src/cli/consolidate";
import type { CliIo } from "../src/cli/io";
import { analysisSheetPlan } from "../src/domain/analysis/analysis-sheet";
import { applyConsolidation } from "../src/domain/ledger/consolidate";
import { dataSheetPlan } from "../src/domain/ledger/data-sheet";
import { createExcelWorkbookPort } from "../src/hosts/excel/gateway";
import { XlsxWorkbook } from "../src/hosts/xlsx/port";
import { plansToXlsx } from "../src/hosts/xlsx/write";
import { readReturnedPath } from "../src/hosts/xlsx/untrusted/returned-files";
import type { SheetPlan } from "../src/sheet/plan";
import { installExcelFake, PAYLOAD_LIMIT } from "../test/fakes/excel-fake";
import { plainRead, plainWorkbookBytes } from "./plain";
import { wholeProcesses } from "./process";
import { fmt, median, table, time } from "./report";
import {
  returnedSources,
  syntheticConsolidation,
  TIM_SAKIP,
  writeRoundMaster,
  type SyntheticConsolidation,
} from "./synthetic-returns";

const BAGIAN = 40;
const PER_BAGIAN = 100;
const SMALL_PER_BAGIAN = 10;
const REPS = Number(process.env.BENCH_CONSOLIDATE_REPS ?? 3);
const PROCESS_REPS = Number(process.env.BENCH_PROCESS_REPS ?? 3);
export const NOW = "2026-07-16T09:00:00+08:00";
const AIM = 1.5;

const quiet: CliIo["stdout"] = { write: () => true };

/** (a): the CLI from files on disk to a new master on disk. */
export async function cli(dir: string, paths: readonly string[], run: number | string): Promise<void> {
  const into = join(dir, `master-${run}.xlsx`);
  const io: CliIo = { stdout: quiet, stderr: quiet, cwd: dir, now: () => new Date(NOW) };
  const { exitCode } = await runConsolidate({ files: [...paths], into, pilih: [], sekarang: NOW }, io);
  if (exitCode !== 0) throw new Error(`consolidation exited with ${exitCode}`);
  await rm(into, { force: true });
}

/** (a)'s floor: exceljs reading the files, then writing the master's cells. */
async function floor(paths: readonly string[], plans: readonly SheetPlan[]): Promise<void> {
  await plainRead(paths);
  await plainWorkbookBytes(plans);
}

async function accepted(port: WorkbookPort, sources: ReturnedSource[]): Promise<ConsolidationReview> {
  const outcome = await reviewReturnedFiles(port, sources);
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join("; "));
  return outcome.review;
}

/** A port that hands every plan written through it to `record`. */
function recording(book: XlsxWorkbook, record: (plans: SheetPlan[]) => void): WorkbookPort {
  return {
    listSheets: () => book.listSheets(),
    readSheet: (name) => book.readSheet(name),
    readSheets: (names) => book.readSheets(names),
    writeSheets: (plans) => {
      record(plans);
      return book.writeSheets(plans);
    },
  };
}

/** (b): the CLI's steps timed one by one, as runConsolidate runs them; and the plans it writes. */
async function sections(paths: readonly string[]): Promise<{
  steps: { name: string; ms: number }[];
  plans: SheetPlan[];
}> {
  const steps: { name: string; ms: number }[] = [];
  const lap = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    let result: T | undefined;
    steps.push({ name, ms: await time(async () => (result = await fn())) });
    return result as T;
  };
  const reads = await lap("baca 40 berkas (cek zip, exceljs, snapshot, SHA-256)", async () => {
    const all = [];
    for (const path of paths) all.push(await readReturnedPath(path));
    return all;
  });
  const book = XlsxWorkbook.create();
  const plans: SheetPlan[] = [];
  const port = recording(book, (written) => plans.push(...written));
  const sources = reads.map((read, i) => ({ name: String(i), read: () => Promise.resolve(read) }));
  const review = await lap("nilai berkas (validator, sidik baris, rencana)", () => accepted(port, sources));
  const applied = applyConsolidation(review.setup, [], review.plan.proposals, {
    importedAt: NOW,
    importedBy: TIM_SAKIP.nama,
  });
  await lap("  di dalam terima: rencana Data", () => dataSheetPlan(review.setup, applied.current));
  await lap("  di dalam terima: rencana Analisis", () => analysisSheetPlan(review.setup, applied.current));
  await lap("terima (rencana, pemeriksaan, placeholder exceljs)", () =>
    acceptConsolidation(port, review, { now: NOW, actor: TIM_SAKIP }),
  );
  await lap("tulis master (exceljs sisanya, sel dari rencana, deflate)", () => book.toBytes());
  return { steps, plans };
}

export interface ConsolidationGatewayFigures {
  perBagian: number;
  reviewSyncs: number;
  acceptSyncs: number;
  writeSyncs: number;
  largestRequest: number;
  /** The largest response Excel would have sent; larger ones it refused (and the gateway split). */
  largestResponse: number;
  refusedResponses: number;
  totalRequest: number;
}

/** (d): review and accept every file of the round into a master held by the strict fake. */
export async function measureConsolidationGateway(
  round: SyntheticConsolidation,
  perBagian: number,
): Promise<ConsolidationGatewayFigures> {
  const fake = installExcelFake();
  try {
    // As the task pane builds it: a large write goes in as one inserted .xlsx.
    const port = createExcelWorkbookPort(fake.Excel.run, { toXlsxBytes: plansToXlsx });
    await writeRoundMaster(port, round);
    fake.resetStats();
    const review = await accepted(port, returnedSources(round.files));
    const reviewSyncs = fake.stats.syncs;
    const outcome = await acceptConsolidation(port, review, { now: NOW, actor: TIM_SAKIP });
    if (!outcome.ok || !outcome.written) throw new Error("the gateway did not write the consolidation");
    const responses = fake.stats.responseSizes;
    return {
      perBagian,
      reviewSyncs,
      acceptSyncs: fake.stats.syncs - reviewSyncs,
      writeSyncs: port.lastWriteReport()?.syncs ?? NaN,
      largestRequest: fake.stats.maxRequestSize,
      largestResponse: Math.max(0, ...responses.filter((r) => r <= PAYLOAD_LIMIT)),
      refusedResponses: responses.filter((r) => r > PAYLOAD_LIMIT).length,
      totalRequest: fake.stats.requestSizes.reduce((a, b) => a + b, 0),
    };
  } finally {
    fake.uninstall();
  }
}

/** "4 + 7 (3); 2.787.498 / 1.527.172": syncs of the review and the acceptance (its write), sizes. */
export function gatewayFigures(f: ConsolidationGatewayFigures): string {
  const refused = f.refusedResponses > 0 ? ` (${f.refusedResponses} resp > 5 MiB ditolak, dibagi)` : "";
  return `${f.reviewSyncs} + ${f.acceptSyncs} (${f.writeSyncs}); ${fmt(f.largestRequest)} / ${fmt(f.largestResponse)}${refused}`;
}

function gatewayRows(big: ConsolidationGatewayFigures, small: ConsolidationGatewayFigures): string[][] {
  return [big, small].map((f) => {
    const within = f.largestRequest <= PAYLOAD_LIMIT && f.largestResponse <= PAYLOAD_LIMIT;
    const status = [within ? "≤ 5 MiB" : "> 5 MiB"];
    if (f === small) {
      status.unshift(big.reviewSyncs === small.reviewSyncs ? "baca tetap" : "baca BERTAMBAH");
      status.unshift(
        big.reviewSyncs + big.acceptSyncs === small.reviewSyncs + small.acceptSyncs
          ? "sync tetap"
          : "tulis terbagi per 4,5 MB",
      );
    }
    return [
      `gateway konsolidasi ${BAGIAN} × ${f.perBagian}: sync tinjau + terima (tulis); req / resp terbesar`,
      gatewayFigures(f),
      f === small ? "sync tetap; ≤ 5 MiB" : "≤ 5 MiB",
      status.join(", "),
    ];
  });
}

/** The returned files of a synthetic round, on disk in `dir`. */
export async function filesOnDisk(round: SyntheticConsolidation, dir: string): Promise<string[]> {
  const paths: string[] = [];
  for (const f of round.files) {
    const path = join(dir, f.name);
    await writeFile(path, f.bytes);
    paths.push(path);
  }
  return paths;
}

/** (a), alternating which goes first; the medians and the median of the ratios. */
async function cliAgainstFloor(dir: string, paths: readonly string[], plans: readonly SheetPlan[]) {
  await cli(dir, paths, 0);
  await floor(paths, plans);
  const runs: number[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < REPS; i++) {
    let c: number;
    let p: number;
    if (i % 2 === 0) {
      c = await time(() => cli(dir, paths, i + 1));
      p = await time(() => floor(paths, plans));
    } else {
      p = await time(() => floor(paths, plans));
      c = await time(() => cli(dir, paths, i + 1));
    }
    runs.push(c);
    floors.push(p);
    ratios.push(c / p);
  }
  console.log(
    `  per ulangan (CLI / lantai, ms): ${runs.map((c, i) => `${fmt(c)} / ${fmt(floors[i] ?? NaN)}`).join("; ")}`,
  );
  return { cli: median(runs), floor: median(floors), ratio: median(ratios) };
}

/** Runs (a) to (d) and prints them; returns nothing the rest of the bench needs. */
export async function benchConsolidate(): Promise<void> {
  const round = await syntheticConsolidation(BAGIAN, PER_BAGIAN);
  const dir = await mkdtemp(join(tmpdir(), "kk-bench-"));
  try {
    const paths = await filesOnDisk(round, dir);
    const bytes = round.files.reduce((n, f) => n + f.bytes.byteLength, 0);
    console.log();
    console.log(
      `Konsolidasi: ${round.files.length} berkas kembali (${BAGIAN} Bagian × ${PER_BAGIAN} indikator, ` +
        `${fmt(bytes / 1024)} KB); ${REPS} ulangan (median), satu pemanasan.`,
    );
    await cli(dir, paths, "pemanasan");
    const { steps, plans } = await sections(paths);
    const inProcess = await cliAgainstFloor(dir, paths, plans);
    const floorRead = await time(() => plainRead(paths));
    const floorWrite = await time(() => plainWorkbookBytes(plans));
    const whole = await wholeProcesses(dir, paths, plans, NOW, PROCESS_REPS);

    const big = await measureConsolidationGateway(round, PER_BAGIAN);
    const small = await measureConsolidationGateway(
      await syntheticConsolidation(BAGIAN, SMALL_PER_BAGIAN),
      SMALL_PER_BAGIAN,
    );

    const wholeRatio = whole.cli / whole.floor;
    console.log();
    console.log(
      table([
        ["Ukuran", "Nilai", "Sasaran", "Status"],
        ["konsolidasi CLI (40 berkas → master baru), ms", fmt(inProcess.cli), "", ""],
        ["lantai: exceljs baca 40 berkas + tulis sel master, ms", fmt(inProcess.floor), "", ""],
        ["rasio CLI / lantai", fmt(inProcess.ratio, 2), `≤ ${fmt(AIM, 1)}`, status(inProcess.ratio)],
        ["proses utuh: kertas-kerja consolidate, ms", fmt(whole.cli), "", ""],
        ["proses utuh: node + exceljs baca + tulis sel, ms", fmt(whole.floor), "", ""],
        ["rasio proses utuh", fmt(wholeRatio, 2), `≤ ${fmt(AIM, 1)}`, status(wholeRatio)],
        ...gatewayRows(big, small),
      ]),
    );
    console.log();
    const total = steps.filter((s) => !s.name.startsWith(" ")).reduce((n, s) => n + s.ms, 0);
    console.log(
      table([
        ["Langkah CLI (satu kali)", "ms", "bagian"],
        ...steps.map((s) => [s.name, fmt(s.ms), `${fmt((100 * s.ms) / total, 1)} %`]),
        ["jumlah", fmt(total), ""],
        ["lantai: exceljs baca 40 berkas", fmt(floorRead), ""],
        [`lantai: exceljs tulis sel master (${plans.map((p) => p.name).join(", ")})`, fmt(floorWrite), ""],
      ]),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const status = (ratio: number) => (ratio <= AIM ? "tercapai" : "BELUM");
