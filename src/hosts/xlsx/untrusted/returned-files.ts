/**
 * Node only: a returned kertas kerja read from disk for the CLI. The file's size is checked
 * before it is read, so an oversized file never enters memory; a missing or unreadable path is a
 * rejected read like any other bad file, so one bad path never stops the round.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { SubmittedFile } from "../../../domain/returned/submission";
import { S } from "../../../strings";
import { errorCode, reason } from "../files";
import {
  limitsOf,
  readReturnedFile,
  rejected,
  tooLarge,
  type ReturnedLimits,
  type ReturnedRead,
} from "./returned";

/**
 * Reads the returned file at `path` (see readReturnedFile). Issues name the file by its base
 * name; the date the file was last written stands in when the workbook does not say when it was
 * saved. Never throws.
 *
 * @example const read = await readReturnedPath("masuk/KK Bagian Umum.xlsx");
 */
export async function readReturnedPath(
  path: string,
  limits?: Partial<ReturnedLimits>,
): Promise<ReturnedRead> {
  const name = basename(path);
  const { maxBytes } = limitsOf(limits);
  let info;
  try {
    info = await stat(path);
    if (info.isDirectory()) return unreadable(path, name, S.xlsx.reasons.isFolder);
  } catch (error) {
    return errorCode(error) === "ENOENT" ? notFound(path, name) : unreadable(path, name, reason(error));
  }
  const lastModified = info.mtime.toISOString();
  if (info.size > maxBytes) {
    const file = { name, sha256: await streamedSha256(path), size: info.size, savedAt: lastModified };
    return rejected(file, tooLarge(name, info.size, maxBytes));
  }
  let bytes: Uint8Array;
  try {
    const buffer = await readFile(path);
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    return errorCode(error) === "ENOENT" ? notFound(path, name) : unreadable(path, name, reason(error));
  }
  return readReturnedFile(bytes, name, { lastModified, ...(limits ? { limits } : {}) });
}

/** SHA-256 of a file read in chunks (an oversized file is hashed, never held); "" on failure. */
function streamedSha256(path: string): Promise<string> {
  return new Promise((resolve) => {
    const hash = createHash("sha256");
    createReadStream(path)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")))
      .on("error", () => resolve(""));
  });
}

/** A file that could not be read has no bytes: no hash, size 0. */
function unreadFile(name: string): SubmittedFile {
  return { name, sha256: "", size: 0, savedAt: null };
}

function notFound(path: string, name: string): ReturnedRead {
  const T = S.returnedFile;
  return rejected(unreadFile(name), {
    code: "returned.file.not-found",
    message: T.notFound(path),
    found: T.foundMissing,
    expected: T.expectedExisting,
  });
}

function unreadable(path: string, name: string, why: string): ReturnedRead {
  const T = S.returnedFile;
  return rejected(unreadFile(name), {
    code: "returned.file.unreadable",
    message: T.unreadable(path, why),
    found: T.foundUnreadable(why),
    expected: T.expectedExisting,
  });
}
