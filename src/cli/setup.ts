/**
 * `setup --dpa DPA.xlsx --tahun TTTT --periode P --out Pengaturan.xlsx [--pk PK.xlsx]`: a workbook
 * with the round's "Pengaturan" sheet made from the DPA (`setupToFillIn` of src/app), for the
 * officials and Kepala Bagian to be typed in any spreadsheet program. The file is then the round's
 * master: `generate --setup` and `sop` read what was typed with the task pane's rules.
 * With --pk, the Perjanjian Kinerja is read, checked and stored on the workbook's visible
 * "Perjanjian Kinerja" sheet; without it that sheet is written empty, to be typed.
 */
import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { importDpaFromBytes } from "../app/imports";
import { pkSheetFor } from "../app/pk";
import { setupToFillIn } from "../app/setup";
import { readPerjanjianKinerjaSheets } from "../domain/inputs/pk-reader";
import type { Dpa, Issue, PkReadResult } from "../domain/shared/types";
import { plansToXlsx } from "../hosts/xlsx/write";
import { S } from "../strings";
import { setupFill } from "../strings/setupFill";
import type { SetupOptions } from "./args";
import { guardRead, readInputWorkbook, writeMasterFile, xlsxFileReader } from "./files";
import { formatIssue, printIssues } from "./format";
import { CliError, EXIT, inputError, println, usageError, type CliIo } from "./io";

const F = setupFill.cli;
const T = S.cli;

export interface SetupResult {
  /** The workbook written. */
  file: string;
  issues: Issue[];
}

export async function runSetup(opts: SetupOptions, io: CliIo): Promise<SetupResult> {
  const at = (p: string): string => resolve(io.cwd, p);
  const out = at(opts.out);
  if (!/\.xlsx$/i.test(out)) throw usageError(F.outNotXlsx(opts.out));
  // A filled-in Pengaturan must never be lost to a second run.
  if (await stat(out).catch(() => null)) throw new CliError(EXIT.output, F.exists(out));

  const issues: Issue[] = [];
  const dpa = await readDpa(at(opts.dpa), issues);
  const pk = opts.pk === undefined ? undefined : await readPk(at(opts.pk));
  const choice: Parameters<typeof setupToFillIn>[1] = { tahun: opts.tahun, periode: opts.periode };
  if (opts.instansi !== undefined) choice.instansi = opts.instansi;
  if (opts.batasWaktu !== undefined) choice.batasWaktu = opts.batasWaktu;
  const made = setupToFillIn(dpa, choice);
  if (made.setup.bagian.length === 0) throw inputError(T.input.noBagian);
  const errors = made.issues.filter((i) => i.severity === "error");
  if (errors.length > 0) throw inputError(T.input.setupInvalid(out), errors.map(formatIssue));

  // The PK as read, or an empty one to type in: a round's IKU are kept on that sheet.
  const plans = [...made.plans, pkSheetFor(pk?.pk ?? null, made.setup)];
  await writeMasterFile(out, await plansToXlsx(plans));

  const { setup } = made;
  println(io.stdout, F.heading(setup.instansi, S.common.periode[setup.periode], setup.tahun));
  println(io.stdout, F.bagian(setup.bagian.length));
  for (const b of setup.bagian) println(io.stdout, F.bagianLine(b.kode, b.nama));
  println(io.stdout);
  println(io.stdout, F.wrote(out));
  for (const line of F.next) println(io.stdout, line);
  if (pk) {
    println(io.stdout);
    println(io.stdout, F.pkSummary(pk.pk.sasaran.length, pk.pk.iku.length, pk.pk.programs.length));
    println(io.stdout, F.pkStored);
    issues.push(...pk.issues);
  } else {
    println(io.stdout);
    println(io.stdout, F.pkTemplate);
  }
  printIssues(io, issues);
  return { file: out, issues };
}

async function readDpa(path: string, issues: Issue[]): Promise<Dpa> {
  const bytes = await readInputWorkbook(path);
  const result = await guardRead(path, () => importDpaFromBytes(xlsxFileReader, bytes, basename(path)));
  if (!result.dpa.nodes.some((n) => n.level === "subkegiatan")) {
    throw inputError(
      T.input.noDpaTable(path),
      result.issues.filter((i) => i.severity !== "info").map(formatIssue),
    );
  }
  issues.push(...result.issues);
  return result.dpa;
}

/** The PK, read as the task pane will read it; a file without any IKU table is unusable (exit 2). */
async function readPk(path: string): Promise<PkReadResult> {
  const bytes = await readInputWorkbook(path);
  const book = await guardRead(path, () => xlsxFileReader.readWorkbook(bytes));
  const result = readPerjanjianKinerjaSheets(book.sheets, basename(path));
  if (result.pk.iku.length === 0) {
    throw inputError(F.pkNoIku(path), result.issues.filter((i) => i.severity !== "info").map(formatIssue));
  }
  return result;
}
