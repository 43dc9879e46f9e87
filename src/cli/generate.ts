import { basename, resolve } from "node:path";
import { importDpaFromBytes, importPriorFromBytes } from "../app/imports";
import { prepareRound } from "../app/round";
import type { RoundPreparation } from "../app/round-types";
import { loadSetup, setupFromDpa } from "../app/setup";
import { deadlineFromSchedule, suratPlanFor } from "../app/surat";
import { formatTanggal } from "../domain/dates";
import type { RoundSetup } from "../domain/setup-types";
import { matchBagian } from "../domain/bagian-match";
import { parseKode } from "../domain/kode";
import type { BagianCode, Dpa, Issue, Kode, PriorValue } from "../domain/types";
import { XlsxWorkbook } from "../hosts/xlsx/port";
import { plansToXlsx } from "../hosts/xlsx/write";
import { S } from "../strings";
import type { GenerateOptions } from "./args";
import { guardRead, readInputWorkbook, writeOutputFiles } from "./files";
import { countBySeverity, formatIssue, formatRupiah, formatTable } from "./format";
import { CliError, EXIT, inputError, println, usageError, type CliIo } from "./io";

const T = S.cli;

export interface GenerateResult {
  prep: RoundPreparation;
  /** Paths of the files written: one per Bagian, then the request letters. */
  files: string[];
  /** Path of the request letters' workbook (the "Surat" sheet), also in `files`. */
  suratFile: string;
  issues: Issue[];
}

/** `generate`: DPA (+ prior, + setup) → one kertas kerja .xlsx per Bagian, a summary, every issue. */
export async function runGenerate(opts: GenerateOptions, io: CliIo): Promise<GenerateResult> {
  const at = (p: string): string => resolve(io.cwd, p);
  const issues: Issue[] = [];

  const dpa = await readDpaFile(at(opts.dpa), issues);
  const prior = opts.prior === undefined ? [] : await readPriorFile(at(opts.prior), issues);
  const { setup, batasWaktu } =
    opts.setup === undefined ? fromFlags(dpa, opts) : await readSetupFile(at(opts.setup), opts, issues);
  if (setup.bagian.length === 0) throw inputError(T.input.noBagian);

  const now = io.now?.() ?? new Date();
  const prep = prepareRound({
    setup,
    dpa,
    prior,
    reviews: {},
    assignments: resolveAssignments(opts.assign, setup),
    generatedAt: now.toISOString(),
  });
  issues.push(...prep.issues);
  if (prep.kertasKerja.length === 0) {
    throw inputError(T.nothingToWrite, issues.filter((i) => i.severity !== "info").map(formatIssue));
  }

  // Every workbook is built before the first is written: a failure leaves no half-written round.
  const built = [];
  for (const kk of prep.kertasKerja) built.push({ name: kk.fileName, bytes: await plansToXlsx(kk.plans) });
  const tanggal = opts.tanggalSurat ?? localIsoDate(now);
  const surat = suratPlanFor(prep, setup, { tanggal, batasWaktu });
  const suratName = T.generate.suratFile(setup.tahun, setup.periode);
  built.push({ name: suratName, bytes: await plansToXlsx([surat]) });
  const outDir = at(opts.out);
  const files = await writeOutputFiles(outDir, built);

  printSummary(io, setup, prep, outDir);
  println(io.stdout, T.generate.wroteSurat(prep.kertasKerja.length, formatTanggal(batasWaktu)));
  println(io.stdout, T.generate.file(suratName));
  printIssues(io, issues);
  return { prep, files, suratFile: files[files.length - 1] ?? suratName, issues };
}

/** `--tetapkan` pairs as the round's assignments; an unknown code or Bagian is a usage error. */
function resolveAssignments(
  assign: GenerateOptions["assign"],
  setup: RoundSetup,
): Partial<Record<Kode, BagianCode>> {
  const out: Partial<Record<Kode, BagianCode>> = {};
  for (const { kode, bagian } of assign) {
    const parsed = parseKode(kode);
    if (!parsed.ok || parsed.level === "urusan" || parsed.level === "bidang") {
      throw usageError(T.usage.badAssignmentKode(kode));
    }
    const found = matchBagian(bagian, setup.bagian);
    if (!found)
      throw usageError(T.usage.unknownAssignmentBagian(bagian, setup.bagian.map((b) => b.nama).join(", ")));
    out[parsed.kode] = found.kode;
  }
  return out;
}

async function readDpaFile(path: string, issues: Issue[]): Promise<Dpa> {
  const bytes = await readInputWorkbook(path);
  const result = await guardRead(path, () => importDpaFromBytes(bytes, basename(path)));
  const hasSubKegiatan = result.dpa.nodes.some((n) => n.level === "subkegiatan");
  if (!hasSubKegiatan) {
    throw inputError(
      T.input.noDpaTable(path),
      result.issues.filter((i) => i.severity !== "info").map(formatIssue),
    );
  }
  issues.push(...result.issues);
  return result.dpa;
}

async function readPriorFile(path: string, issues: Issue[]): Promise<PriorValue[]> {
  const bytes = await readInputWorkbook(path);
  const result = await guardRead(path, () => importPriorFromBytes(bytes, basename(path)));
  if (result.values.length === 0) {
    throw inputError(
      T.input.noPriorValues(path),
      result.issues.filter((i) => i.severity !== "info").map(formatIssue),
    );
  }
  issues.push(...result.issues);
  return result.values;
}

/** The date of `d` where the CLI runs, "2026-04-06". */
function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A setup and the request letters' deadline. */
interface SetupRead {
  setup: RoundSetup;
  batasWaktu: string;
}

function fromFlags(dpa: Dpa, opts: GenerateOptions): SetupRead {
  const setup = setupFromFlags(dpa, opts);
  return { setup, batasWaktu: setup.batasWaktu };
}

function setupFromFlags(dpa: Dpa, opts: GenerateOptions): RoundSetup {
  // args.ts requires --tahun and --periode whenever --setup is absent.
  if (opts.tahun === undefined || opts.periode === undefined) {
    throw new CliError(
      EXIT.usage,
      T.usage.requiredWithoutSetup(opts.tahun === undefined ? "--tahun" : "--periode"),
    );
  }
  const from: Parameters<typeof setupFromDpa>[1] = { tahun: opts.tahun, periode: opts.periode };
  if (opts.instansi !== undefined) from.instansi = opts.instansi;
  if (opts.batasWaktu !== undefined) from.batasWaktu = opts.batasWaktu;
  return setupFromDpa(dpa, from);
}

/**
 * The setup stored on a workbook's "Pengaturan" sheet; flags given on the command line win. The
 * deadline: --batas-waktu, else the workbook's SOP schedule (step 4), else the setup's.
 */
async function readSetupFile(path: string, opts: GenerateOptions, issues: Issue[]): Promise<SetupRead> {
  const bytes = await readInputWorkbook(path);
  const port = await guardRead(path, () => XlsxWorkbook.fromBytes(bytes, path));
  const { setup, issues: found } = await loadSetup(port);
  const errors = found.filter((i) => i.severity === "error");
  if (errors.length > 0) throw inputError(T.input.setupInvalid(path), errors.map(formatIssue));
  if (setup === null) throw inputError(T.input.noSetup(path));
  issues.push(...found);
  const merged: RoundSetup = {
    ...setup,
    tahun: opts.tahun ?? setup.tahun,
    periode: opts.periode ?? setup.periode,
    instansi: opts.instansi ?? setup.instansi,
    batasWaktu: opts.batasWaktu ?? setup.batasWaktu,
  };
  const batasWaktu = opts.batasWaktu ?? (await deadlineFromSchedule(port, merged));
  return { setup: merged, batasWaktu };
}

function printSummary(io: CliIo, setup: RoundSetup, prep: RoundPreparation, outDir: string): void {
  const G = T.generate;
  const out = io.stdout;
  println(out, G.heading(setup.instansi, S.common.periode[setup.periode], setup.tahun));
  println(out);
  const rows = prep.kertasKerja.map((kk) => [
    kk.bagian.nama,
    String(kk.indicatorCount),
    String(kk.subKegiatanCount),
    formatRupiah(kk.pagu),
  ]);
  const sum = (f: (kk: RoundPreparation["kertasKerja"][number]) => number): number =>
    prep.kertasKerja.reduce((s, kk) => s + f(kk), 0);
  const footer = [
    G.total,
    String(sum((kk) => kk.indicatorCount)),
    String(sum((kk) => kk.subKegiatanCount)),
    formatRupiah(sum((kk) => kk.pagu)),
  ];
  const C = G.columns;
  println(
    out,
    formatTable(
      [C.bagian, C.indikator, C.subKegiatan, C.pagu],
      rows,
      ["left", "right", "right", "right"],
      footer,
    ),
  );
  println(out);
  println(out, G.wrote(prep.kertasKerja.length, outDir));
  for (const kk of prep.kertasKerja) println(out, G.file(kk.fileName));
}

function printIssues(io: CliIo, issues: readonly Issue[]): void {
  const G = T.generate;
  println(io.stdout);
  if (issues.length === 0) {
    println(io.stdout, G.noIssues);
    return;
  }
  const n = countBySeverity(issues);
  println(
    io.stdout,
    `${G.issuesHeading(issues.length)} ${G.issueCountBySeverity(n.error, n.warning, n.info)}`,
  );
  for (const issue of issues) println(io.stdout, `  ${formatIssue(issue)}`);
}
