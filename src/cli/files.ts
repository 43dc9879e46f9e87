import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { WorkbookExporter, WorkbookFileReader } from "../app/ports";
import { XlsxError } from "../hosts/xlsx/errors";
import { writeXlsxFile } from "../hosts/xlsx/files";
import { readXlsx } from "../hosts/xlsx/read";
import { plansToXlsx } from "../hosts/xlsx/write";
import type { SheetPlan } from "../sheet/plan";
import { S } from "../strings";
import { CliError, EXIT, inputError } from "./io";

const T = S.cli.input;

const detail = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The .xlsx host as the reader of input files (a DPA, a prior report), for the app's imports. */
export const xlsxFileReader: WorkbookFileReader = { readWorkbook: (bytes) => readXlsx(bytes) };

/**
 * The bytes of an input workbook, after the checks that give a clear message: the file exists,
 * is a file, is named .xlsx and is not empty. Whether the bytes are a workbook is `guardRead`'s.
 */
export async function readInputWorkbook(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") throw inputError(T.notFound(path));
    throw inputError(T.cannotRead(path, detail(error)));
  }
  if (info.isDirectory()) throw inputError(T.isDirectory(path));
  if (!/\.xlsx$/i.test(path)) throw inputError(T.notXlsx(path));
  if (info.size === 0) throw inputError(T.empty(path));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw inputError(T.cannotRead(path, detail(error)));
  }
  return bytes;
}

/**
 * Runs a reader over an input workbook: what the .xlsx host rejects (an old .xls, a damaged
 * archive) is the file's fault, told as such with its path; anything else is a bug and goes on.
 */
export async function guardRead<R>(path: string, read: () => Promise<R>): Promise<R> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof XlsxError && error.code === "legacy-or-encrypted") {
      throw inputError(S.xlsx.legacyOrEncrypted(path));
    }
    if (error instanceof XlsxError)
      throw inputError(error.code === "corrupt" ? T.corrupt(path) : error.message);
    throw error;
  }
}

/** Makes the output folder (and its parents); a file in the way is an output error. */
export async function ensureOutputDir(dir: string): Promise<void> {
  try {
    const info = await stat(dir).catch(() => null);
    if (info && !info.isDirectory()) throw new CliError(EXIT.output, S.cli.output.notDirectory(dir));
    await mkdir(dir, { recursive: true });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(EXIT.output, S.cli.output.cannotWrite(dir, detail(error)));
  }
}

/** Writes finished files into a folder, each all or nothing (the host's temp-and-rename); returns their paths. */
export async function writeOutputFiles(
  dir: string,
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<string[]> {
  await ensureOutputDir(dir);
  const paths: string[] = [];
  for (const f of files) {
    const path = join(dir, f.name);
    try {
      await writeXlsxFile(path, f.bytes);
    } catch (error) {
      if (error instanceof XlsxError) throw new CliError(EXIT.output, error.message);
      throw new CliError(EXIT.output, S.cli.output.cannotWrite(path, detail(error)));
    }
    paths.push(path);
  }
  return paths;
}

/**
 * The CLI's exporter: each workbook it is handed becomes a .xlsx in `dir`. The bytes are built at
 * once but written together by `commit` (each file all or nothing): a workbook that cannot be built
 * leaves no half-written round behind. `commit` returns the paths, in the order exported.
 */
export function folderExporter(
  dir: string,
  toXlsx: (plans: SheetPlan[]) => Promise<Uint8Array> = plansToXlsx,
): { exporter: WorkbookExporter; commit: () => Promise<string[]> } {
  const built: { name: string; bytes: Uint8Array }[] = [];
  return {
    exporter: {
      async exportWorkbook(fileName, plans) {
        built.push({ name: fileName, bytes: await toXlsx(plans) });
        return { fileName, destination: join(dir, fileName) };
      },
    },
    commit: () => writeOutputFiles(dir, built),
  };
}

/** Writes a master workbook back in place (the host's temp file and rename); a refusal is an output error. */
export async function writeMasterFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeXlsxFile(path, bytes);
  } catch (error) {
    if (error instanceof XlsxError) throw new CliError(EXIT.output, error.message);
    throw new CliError(EXIT.output, S.cli.output.cannotWrite(path, detail(error)));
  }
}

/**
 * Writes a document that is not a workbook (the Laporan's .docx) into `dir`, all or nothing: a
 * temporary file beside the target, then renamed over it. Returns its path.
 */
export async function writeDocumentFile(dir: string, name: string, bytes: Uint8Array): Promise<string> {
  await ensureOutputDir(dir);
  const path = join(dir, name);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new CliError(EXIT.output, S.cli.output.cannotWrite(path, detail(error)));
  }
  return path;
}
