/**
 * Node only: .xlsx files on disk. Everything else in hosts/xlsx also runs in the browser.
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { S } from "../../strings";
import { XlsxError } from "./errors";
import { XlsxWorkbook } from "./port";

function isXlsxPath(path: string): boolean {
  return /\.xlsx$/i.test(path);
}

/** The operating system's error code ("ENOENT", "EACCES", …) of a failed file operation. */
export function errorCode(error: unknown): string | undefined {
  return error && typeof error === "object" && "code" in error ? String(error.code) : undefined;
}

/** Why the operating system refused, for the user. */
export function reason(error: unknown): string {
  switch (errorCode(error)) {
    case "ENOENT":
      return S.xlsx.reasons.missingFolder;
    case "EACCES":
    case "EPERM":
      return S.xlsx.reasons.noPermission;
    case "EBUSY":
      return S.xlsx.reasons.busy;
    case "EISDIR":
      return S.xlsx.reasons.isFolder;
    case "ENOSPC":
      return S.xlsx.reasons.diskFull;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The bytes of an .xlsx file; XlsxError "not-found" / "not-xlsx" / "read-failed" otherwise. */
export async function readXlsxBytes(path: string): Promise<Uint8Array> {
  if (!isXlsxPath(path)) throw new XlsxError("not-xlsx", S.xlsx.notXlsx(path));
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if (errorCode(error) === "ENOENT") throw new XlsxError("not-found", S.xlsx.fileNotFound(path));
    throw new XlsxError("read-failed", S.xlsx.readFailed(path, reason(error)));
  }
}

/**
 * Opens an .xlsx file as a workbook. Besides readXlsxBytes' errors: "legacy-or-encrypted" for an
 * .xls or a file with a password to open, "corrupt" for anything that is not a readable .xlsx.
 */
export async function readXlsxFile(path: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBytes(await readXlsxBytes(path), path);
}

/**
 * Writes .xlsx bytes to `path` all or nothing: into a temporary file beside it, then renamed
 * over the target, so a failure never leaves half a file where the user's file was.
 */
export async function writeXlsxFile(path: string, bytes: Uint8Array): Promise<void> {
  if (!isXlsxPath(path)) throw new XlsxError("not-xlsx", S.xlsx.notXlsx(path));
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new XlsxError("write-failed", S.xlsx.writeFailed(path, reason(error)));
  }
}
