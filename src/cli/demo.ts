import { lstat, readFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { loadConsolidationState } from "../app/consolidate";
import { analyse, type Analysis } from "../domain/analysis/analysis";
import type { PerjanjianKinerja } from "../domain/shared/types";
import {
  buildSampleDpaPlan,
  buildSamplePkPlan,
  buildSamplePriorPlan,
  SAMPLE_INSTANSI,
  SAMPLE_TAHUN,
} from "../demo";
import { XlsxWorkbook } from "../hosts/xlsx/port";
import { plansToXlsx } from "../hosts/xlsx/write";
import { S } from "../strings";
import type { GenerateOptions } from "./args";
import { runConsolidate, type ConsolidateResult } from "./consolidate";
import { printBagianSummary, printSasaran } from "./demo-print";
import {
  ensureOfficials,
  OFFICIALS_AT,
  runDemoSop,
  SOP_TW2,
  stateOfficials,
  type DemoSopResult,
} from "./demo-sop";
import { demoBehaviour, fillAsBagian, type DemoBehaviour } from "./demo-returns";
import { writeOutputFiles } from "./files";
import { runGenerate, type GenerateResult } from "./generate";
import { CliError, EXIT, println, type CliIo } from "./io";

const T = S.cli.demo;

/**
 * Each round of the demo: its folder, the Bagian's deadline, and the moments of the generation, of
 * the Bagian saving their file (on time, late) and of the import — fixed, so that every run of the
 * demo writes and prints the same.
 */
const ROUNDS = {
  TW1: {
    dir: "TW1",
    batasWaktu: "2026-04-15",
    generatedAt: "2026-04-01T08:00:00+08:00",
    onTimeSavedAt: "2026-04-08T10:15:00+08:00",
    lateSavedAt: "2026-04-17T09:30:00+08:00",
    importedAt: "2026-04-20T08:30:00+08:00",
  },
  TW2: {
    dir: "TW2",
    batasWaktu: "2026-07-10",
    generatedAt: "2026-07-01T08:00:00+08:00",
    onTimeSavedAt: "2026-07-08T10:15:00+08:00",
    lateSavedAt: "2026-07-13T09:30:00+08:00",
    importedAt: "2026-07-14T08:30:00+08:00",
  },
} as const;

/** The folder of each round of the demo, under the demo's folder. */
export const DEMO_ROUND_DIRS = { TW1: ROUNDS.TW1.dir, TW2: ROUNDS.TW2.dir } as const;

type DemoPeriode = keyof typeof ROUNDS;

/** One round of the demo: what was generated, consolidated, and analysed, and where it stands. */
export interface DemoRound {
  periode: DemoPeriode;
  dir: string;
  generated: GenerateResult;
  consolidated: ConsolidateResult;
  masterPath: string;
  analysis: Analysis;
  pk: PerjanjianKinerja | null;
}

export interface DemoResult {
  /** TW I, then TW II. */
  rounds: DemoRound[];
  /** TW II through the SOP: its Laporan's .docx, its archive and the archive's manifest hash. */
  sop: DemoSopResult;
}

// The programs span several Bagian; their Capaian Program indicators are reported by the Bagian
// that coordinates each program, as a planner would state with --tetapkan.
const ASSIGN: GenerateOptions["assign"] = [
  { kode: "4.01.01", bagian: "Umum dan Keuangan" },
  { kode: "4.01.02", bagian: "Pemerintahan" },
  { kode: "4.01.03", bagian: "Administrasi Pembangunan" },
];

/**
 * `demo`: two consecutive rounds on the sample data of Sekretariat Daerah Kabupaten Tapin. Writes
 * the DPA, a prior report and the Perjanjian Kinerja; round TW I runs `generate` with them (--pk,
 * --prior), every Bagian returns on time, `consolidate` makes the TW I master; round TW II runs
 * `generate` with that master as --setup and --prior (its setup and PK, TW I's realisasi locked in),
 * the Bagian return as people do (one late, one with a typo in a number, one who changes a locked
 * target, one never), and `consolidate` makes the TW II master. After each round it prints the
 * analysis per Bagian and the capaian per sasaran strategis. Each round has its own folder. The
 * officials of the SOP and the Kepala Bagian are stated in the TW I master's Pengaturan, so that
 * TW II's setup carries them; round TW II is then taken through the SOP on its master: the draft
 * Laporan (sheet and .docx), paraf, signature, and the archive, verified (demo-sop.ts). A folder
 * that already holds a demo's rounds is refused: their SOP cannot be run twice.
 */
export async function runDemo(out: string | undefined, io: CliIo): Promise<DemoResult> {
  const dir = resolve(io.cwd, out ?? T.defaultDir);
  await refuseEarlierDemo(dir);
  println(io.stdout, T.writingSamples(dir));
  const [dpaPath, priorPath, pkPath] = (await writeOutputFiles(dir, [
    { name: T.dpaFile, bytes: await plansToXlsx([buildSampleDpaPlan()]) },
    { name: T.priorFile, bytes: await plansToXlsx([buildSamplePriorPlan()]) },
    { name: T.pkFile, bytes: await plansToXlsx([buildSamplePkPlan()]) },
  ])) as [string, string, string];

  const common = { dpa: dpaPath, instansi: SAMPLE_INSTANSI, assign: ASSIGN };
  const tw1 = await runRound(io, dir, "TW1", {
    ...common,
    pk: pkPath,
    prior: priorPath,
    tahun: SAMPLE_TAHUN,
  });
  println(io.stdout);
  await stateOfficials(io, dir, tw1.masterPath, OFFICIALS_AT);
  // The next round from the previous master: its setup and PK, its realisasi as the prior report.
  const tw2 = await runRound(io, dir, "TW2", { ...common, setup: tw1.masterPath, prior: tw1.masterPath });
  println(io.stdout);
  await ensureOfficials(io, dir, tw2.masterPath, SOP_TW2.jadwal.at);
  println(io.stdout);
  const sop = await runDemoSop(io, dir, tw2.masterPath);

  println(io.stdout);
  println(io.stdout, T.done(dir));
  println(io.stdout, T.inputs(dpaPath, priorPath, pkPath));
  for (const round of [tw1, tw2]) {
    const [kk, back] = [join(round.dir, T.outSubdir), join(round.dir, T.returnedSubdir)];
    println(io.stdout, T.roundFiles(S.common.periode[round.periode], round.dir, kk, back, round.masterPath));
  }
  println(io.stdout, T.roundEnd(sop.laporanPath, sop.archiveDir));
  return { rounds: [tw1, tw2], sop };
}

/** Refuses (exit 3, nothing written) a folder that holds the rounds of an earlier demo. */
async function refuseEarlierDemo(dir: string): Promise<void> {
  const found: string[] = [];
  for (const round of Object.values(DEMO_ROUND_DIRS)) {
    if (
      await lstat(join(dir, round)).then(
        () => true,
        () => false,
      )
    )
      found.push(round);
  }
  if (found.length > 0) throw new CliError(EXIT.output, T.exists(dir, found.join(", ")));
}

/** Who does what in a round: everybody on time in TW I; in TW II as people do (demoBehaviour). */
const behaviourIn = (periode: DemoPeriode, index: number): DemoBehaviour =>
  periode === "TW1" ? "on-time" : demoBehaviour(index);

/**
 * One round in its own folder: generate, the Bagian fill in and return their kertas kerja,
 * consolidate into the round's master, then the analysis read back from that master.
 */
async function runRound(
  io: CliIo,
  base: string,
  periode: DemoPeriode,
  inputs: Omit<GenerateOptions, "out" | "periode" | "batasWaktu" | "sekarang">,
): Promise<DemoRound> {
  const R = ROUNDS[periode];
  const dir = join(base, R.dir);
  const label = S.common.periode[periode];
  println(io.stdout);
  println(io.stdout, T.roundHeading(label, SAMPLE_TAHUN, T.roundHow[periode]));
  println(io.stdout);
  const generated = await runGenerate(
    {
      ...inputs,
      periode,
      out: join(dir, T.outSubdir),
      batasWaktu: R.batasWaktu,
      sekarang: R.generatedAt,
    },
    io,
  );

  // The Bagian fill in and send back what they were sent.
  println(io.stdout);
  println(io.stdout, T.returning);
  const back: { name: string; bytes: Uint8Array }[] = [];
  for (const [i, kk] of generated.prep.kertasKerja.entries()) {
    const path = generated.files[i] ?? join(dir, T.outSubdir, kk.fileName);
    const behaviour = behaviourIn(periode, i);
    println(io.stdout, T.behaviour(kk.bagian.nama, T.behaviours[behaviour]));
    const savedAt = behaviour === "late" ? R.lateSavedAt : R.onTimeSavedAt;
    const filled = await fillAsBagian(await readFile(path), behaviour, new Date(savedAt));
    if (filled) back.push({ name: basename(path), bytes: filled });
  }
  const returnedPaths = await writeOutputFiles(join(dir, T.returnedSubdir), back);

  println(io.stdout);
  const masterPath = join(dir, T.masterFile(SAMPLE_TAHUN, periode));
  const consolidated = await runConsolidate(
    {
      files: returnedPaths,
      into: masterPath,
      report: join(dir, T.reportFile),
      pilih: [],
      sekarang: R.importedAt,
    },
    io,
  );
  const master = await XlsxWorkbook.fromBytes(await readFile(masterPath), masterPath);
  const state = await loadConsolidationState(master);
  const setup = state.setup ?? consolidated.review.setup;
  const analysis = analyse(setup, state.current, state.pk);
  const round = { periode, tahun: setup.tahun };
  const fileNames = new Map(generated.prep.kertasKerja.map((kk) => [kk.bagian.kode as string, kk.fileName]));
  println(io.stdout);
  printBagianSummary(io, round, analysis, consolidated, fileNames);
  println(io.stdout);
  printSasaran(io, round, analysis.perSasaran);
  return { periode, dir, generated, consolidated, masterPath, analysis, pk: state.pk };
}
