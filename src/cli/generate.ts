/**
 * `generate --dpa DPA.xlsx … --out FOLDER [--setup MASTER.xlsx]`: the generation use cases of
 * src/app over files on disk. Every Bagian's kertas kerja and the request letters are exported into
 * the folder; with a master workbook (--setup) they are also written into it with the Log entry of
 * the generation, as the task pane writes them into the open workbook, and the master is written
 * back in place. Without a master there is no Log to write: each kertas kerja's metadata records
 * when it was generated and the fingerprint of its content.
 */
import { basename, resolve } from "node:path";
import { exportKertasKerja, writeKertasKerjaToWorkbook } from "../app/generate";
import { importDpaFromBytes, importPriorFromBytes, type PriorRound } from "../app/imports";
import { actorFor } from "../app/log";
import { prepareRound } from "../app/round";
import type { RoundPreparation } from "../app/round-types";
import { importPkFromBytes, loadPk, pkSheetFor } from "../app/pk";
import { loadSetup, setupFromDpa } from "../app/setup";
import { deadlineFromSchedule, suratPlanFor } from "../app/surat";
import { formatTanggal, localIsoDate } from "../domain/shared/dates";
import type { RoundSetup } from "../domain/setup/setup-types";
import { matchBagian } from "../domain/setup/bagian-match";
import { parseKode } from "../domain/shared/kode";
import { formatRupiah } from "../domain/shared/numbers";
import type {
  BagianCode,
  Dpa,
  Issue,
  Kode,
  PkReadResult,
  PriorReadResult,
  PriorValue,
} from "../domain/shared/types";
import { nextRoundSetup } from "../domain/setup/next-round";
import { instantFromMs, instantMs } from "../domain/setup/working-time";
import { XlsxWorkbook } from "../hosts/xlsx/port";
import { S } from "../strings";
import { setupFill } from "../strings/setupFill";
import type { GenerateOptions } from "./args";
import { folderExporter, guardRead, readInputWorkbook, writeMasterFile, xlsxFileReader } from "./files";
import { formatIssue, formatTable, printIssues } from "./format";
import { CliError, EXIT, inputError, println, usageError, type CliIo } from "./io";
import { NOW_ENV } from "./sop";

const T = S.cli;

export interface GenerateResult {
  prep: RoundPreparation;
  /** Paths of the files written: one per Bagian, then the request letters. */
  files: string[];
  /** Path of the request letters' workbook (the "Surat" sheet), also in `files`. */
  suratFile: string;
  /** The master workbook (--setup) the generation was written into, with its Log entry. */
  master?: string;
  issues: Issue[];
}

/** `generate`: DPA (+ prior, + setup) → one kertas kerja .xlsx per Bagian, a summary, every issue. */
export async function runGenerate(opts: GenerateOptions, io: CliIo): Promise<GenerateResult> {
  const at = (p: string): string => resolve(io.cwd, p);
  const issues: Issue[] = [];

  const dpa = await readDpaFile(at(opts.dpa), issues);
  const read =
    opts.setup === undefined ? fromFlags(dpa, opts) : await readSetupFile(at(opts.setup), opts, issues);
  const { batasWaktu, master, previous } = read;
  const { setup, prior } = await readPrior(opts, read.setup, at, issues);
  if (setup.bagian.length === 0) throw inputError(T.input.noBagian);
  const pk = opts.pk === undefined ? read.pk : await readPkFile(at(opts.pk));
  // The master's own sheet is read on every run: its notes were shown when the PK came in.
  if (pk)
    issues.push(...(opts.pk === undefined ? pk.issues.filter((i) => i.severity !== "info") : pk.issues));

  const now = generationTime(opts, io);
  const prep = prepareRound({
    setup,
    dpa,
    prior,
    pk: pk?.pk ?? null,
    reviews: {},
    assignments: resolveAssignments(opts.assign, setup),
    generatedAt: now.toISOString(),
  });
  issues.push(...prep.issues);
  if (prep.kertasKerja.length === 0) {
    throw inputError(T.nothingToWrite, issues.filter((i) => i.severity !== "info").map(formatIssue));
  }

  // Every workbook, the master's too, is built before the first is written: a failure leaves no
  // half-written round. The folder first, so that the master's Log records files that exist.
  const outDir = at(opts.out);
  const folder = folderExporter(outDir);
  await exportKertasKerja(folder.exporter, prep);
  const tanggal = opts.tanggalSurat ?? localIsoDate(now);
  const suratName = T.generate.suratFile(setup.tahun, setup.periode);
  await folder.exporter.exportWorkbook(suratName, [suratPlanFor(prep, setup, { tanggal, batasWaktu })]);
  let masterBytes: Uint8Array | undefined;
  if (master) {
    await writeKertasKerjaToWorkbook(master.port, prep, {
      surat: { setup, tanggal, batasWaktu },
      // A PK given on the command line becomes the master's "Perjanjian Kinerja" sheet.
      ...(opts.pk !== undefined && pk ? { pk: pkSheetFor(pk.pk, setup) } : {}),
      log: { now: instantFromMs(now.getTime(), setup.calendar), actor: actorFor(setup, opts.oleh) },
    });
    masterBytes = await master.port.toBytes();
  }
  const files = await folder.commit();
  if (master && masterBytes) await writeMasterFile(master.path, masterBytes);

  printSummary(io, setup, prep, outDir);
  println(io.stdout, T.generate.wroteSurat(prep.kertasKerja.length, formatTanggal(batasWaktu)));
  println(io.stdout, T.generate.file(suratName));
  if (master) println(io.stdout, T.generate.recorded(master.path));
  if (previous) println(io.stdout, previous);
  printIssues(io, issues);
  const result: GenerateResult = { prep, files, suratFile: files[files.length - 1] ?? suratName, issues };
  if (master) result.master = master.path;
  return result;
}

/** The moment of the generation: --sekarang, else $KERTAS_KERJA_SEKARANG (as `sop`), else the clock. */
function generationTime(opts: GenerateOptions, io: CliIo): Date {
  const pinned = opts.sekarang ?? (process.env[NOW_ENV] || undefined);
  if (pinned === undefined) return io.now?.() ?? new Date();
  const ms = instantMs(pinned);
  if (ms === undefined) throw usageError(T.usage.badSekarang(pinned));
  return new Date(ms);
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
  const result = await guardRead(path, () => importDpaFromBytes(xlsxFileReader, bytes, basename(path)));
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

/**
 * The prior report (--prior), checked against the round when it is a master; a round that names no
 * instansi (neither --instansi nor --setup) takes the prior master's.
 */
async function readPrior(
  opts: GenerateOptions,
  setup: RoundSetup,
  at: (p: string) => string,
  issues: Issue[],
): Promise<{ setup: RoundSetup; prior: PriorValue[] }> {
  if (opts.prior === undefined) return { setup, prior: [] };
  const stated = opts.instansi !== undefined || opts.setup !== undefined;
  const round = { instansi: stated ? setup.instansi : null, tahun: setup.tahun, periode: setup.periode };
  const result = await readPriorFile(at(opts.prior), issues, round);
  const instansi = !stated && result.master ? result.master.instansi : setup.instansi;
  return { setup: { ...setup, instansi }, prior: result.values };
}

async function readPriorFile(path: string, issues: Issue[], round: PriorRound): Promise<PriorReadResult> {
  const bytes = await readInputWorkbook(path);
  const result = await guardRead(path, () =>
    importPriorFromBytes(xlsxFileReader, bytes, basename(path), round),
  );
  const refusals = result.issues.filter((i) => i.severity === "error" && i.code.startsWith("prior.master."));
  if (refusals.length > 0) throw inputError(S.priorMaster.cli.refused(path), refusals.map(formatIssue));
  if (result.values.length === 0) {
    throw inputError(
      T.input.noPriorValues(path),
      result.issues.filter((i) => i.severity !== "info").map(formatIssue),
    );
  }
  issues.push(...result.issues);
  return result;
}

/** A setup, the request letters' deadline and, when read from one, the master workbook. */
interface SetupRead {
  setup: RoundSetup;
  batasWaktu: string;
  master?: { path: string; port: XlsxWorkbook };
  /** The PK on the workbook's "Perjanjian Kinerja" sheet, when it holds an IKU. */
  pk?: PkReadResult;
  /** When the setup came from the master of another (the previous) round: what to tell the user. */
  previous?: string;
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
  const stored = await loadPk(port, basename(path));
  const errors = found.filter((i) => i.severity === "error");
  if (errors.length > 0) throw inputError(T.input.setupInvalid(path), errors.map(formatIssue));
  if (setup === null) throw inputError(T.input.noSetup(path));
  issues.push(...found);
  const tahun = opts.tahun ?? setup.tahun;
  const periode = opts.periode ?? setup.periode;
  if (tahun !== setup.tahun || periode !== setup.periode) {
    // The master of another round (the previous one): its setup for this round, its own SOP schedule
    // and Log left alone. The new round's master is made by `consolidate` from the returned files.
    const choice = {
      tahun,
      periode,
      ...(opts.batasWaktu === undefined ? {} : { batasWaktu: opts.batasWaktu }),
    };
    const next = nextRoundSetup(setup, choice);
    const merged = { ...next, instansi: opts.instansi ?? next.instansi };
    const P = S.priorMaster;
    const previous = P.cli.previousMaster(path, P.round(setup.tahun, setup.periode), P.round(tahun, periode));
    return { setup: merged, batasWaktu: merged.batasWaktu, previous, ...withPk(stored) };
  }
  const merged: RoundSetup = {
    ...setup,
    tahun: opts.tahun ?? setup.tahun,
    periode: opts.periode ?? setup.periode,
    instansi: opts.instansi ?? setup.instansi,
    batasWaktu: opts.batasWaktu ?? setup.batasWaktu,
  };
  const batasWaktu = opts.batasWaktu ?? (await deadlineFromSchedule(port, merged));
  return { setup: merged, batasWaktu, master: { path, port }, ...withPk(stored) };
}

/** The PK a workbook's sheet holds, for a SetupRead: none when the sheet is absent or still empty. */
const withPk = (stored: PkReadResult | null): { pk?: PkReadResult } =>
  stored && stored.pk.iku.length > 0 ? { pk: stored } : {};

/** The PK of --pk: refused (exit 2) when no IKU table can be read from it. */
async function readPkFile(path: string): Promise<PkReadResult> {
  const bytes = await readInputWorkbook(path);
  const result = await guardRead(path, () => importPkFromBytes(xlsxFileReader, bytes, basename(path)));
  if (result.pk.iku.length === 0) {
    throw inputError(
      setupFill.cli.pkNoIku(path),
      result.issues.filter((i) => i.severity !== "info").map(formatIssue),
    );
  }
  return result;
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
