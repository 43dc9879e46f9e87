/**
 * Picked or dropped browser files as the consolidation's lazy sources: each is read only when the
 * use case asks for it (so the progress bar follows the reading), through the xlsx host, which
 * arrives in its own chunk with exceljs on first use. A file too large or one the browser cannot
 * read becomes a rejected read with an issue, never an exception, so the others still consolidate.
 */
import type { ReturnedSource } from "../../app/consolidate";
import type { ReturnedRead } from "../../domain/returned/submission";
import { S } from "../../strings";
import { readFileBytes } from "../file-bytes";
import type { ReadProgress } from "../services";

const t = S.taskpane.consolidate;

/** What the pane needs of a picked file (a browser `File`). */
export type PickedFile = Pick<File, "name" | "size" | "lastModified"> & Blob;

/** The file's own date as an ISO timestamp, or null when the browser gives none. */
export function lastModifiedOf(file: Pick<File, "lastModified">): string | null {
  const ms = file.lastModified;
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null;
}

/** Blob.arrayBuffer where the webview has it, FileReader where it does not. */
export async function bytesOf(file: Blob): Promise<Uint8Array> {
  return typeof file.arrayBuffer === "function"
    ? new Uint8Array(await file.arrayBuffer())
    : readFileBytes(file);
}

/**
 * The read of one file. The size is checked before the bytes are read, so an oversized file never
 * enters the pane's memory (it has no hash then, as a file the CLI refuses before reading).
 */
async function readPicked(file: PickedFile): Promise<ReturnedRead> {
  const host = await import("../../hosts/xlsx/untrusted/returned");
  const lastModified = lastModifiedOf(file);
  const unread = { name: file.name, sha256: "", size: file.size, savedAt: lastModified };
  const max = host.DEFAULT_RETURNED_LIMITS.maxBytes;
  if (file.size > max) return host.rejected(unread, host.tooLarge(file.name, file.size, max));
  let bytes: Uint8Array;
  try {
    bytes = await bytesOf(file);
  } catch {
    return host.rejected(unread, {
      code: "returned.file.unreadable",
      message: t.unreadable(file.name),
      found: t.unreadableFound,
      expected: t.unreadableExpected,
    });
  }
  return host.readReturnedFile(bytes, file.name, { lastModified });
}

/**
 * One source per file, in pick order. `onProgress` hears of each file as its reading starts
 * (files are read one after the other), so the pane can say which one it is reading.
 */
export function returnedSources(
  files: readonly PickedFile[],
  onProgress?: (p: ReadProgress) => void,
): ReturnedSource[] {
  return files.map((file, i) => ({
    name: file.name,
    read: () => {
      onProgress?.({ done: i, total: files.length, current: file.name });
      return readPicked(file);
    },
  }));
}
