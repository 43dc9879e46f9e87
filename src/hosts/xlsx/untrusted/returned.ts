/**
 * Reading a returned kertas kerja as untrusted input: the file is judged on what it declares
 * (size, signature, zip table of contents, content types) before any parser is let near it, each
 * refusal an Issue in Bahasa Indonesia; only then is it loaded with exceljs and snapshotted.
 * Never throws. Node and browser (no node: imports here; see returned-files.ts for paths).
 */
import { sha256HexBytes } from "../../../domain/shared/fingerprint";
import type { ReturnedFile, SubmittedFile } from "../../../domain/returned/submission";
import type { Issue } from "../../../domain/shared/types";
import { S } from "../../../strings";
import { inflateWithin } from "./bounded-inflate";
import { loadWorkbook, snapshotWorksheet } from "../read";
import { foreignKind, isOle, isZip, oleKind } from "./sniff";
import { entryData, readZipDirectory, type ZipEntry } from "./zip-directory";

export interface ReturnedLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Largest total of the entries' uncompressed sizes. */
  maxUnzippedBytes: number;
  /** Most entries in the zip. */
  maxEntries: number;
  /** Largest uncompressed/compressed ratio of one entry (checked on entries over 1 MB). */
  maxRatio: number;
}

/**
 * A generated kertas kerja of a large Bagian (a few hundred rows) is 50–300 KB and inflates to
 * 1–3 MB of XML in about 15 parts. The limits leave ample room for honest additions (a scanned
 * signature, a logo, a few extra sheets) while bounding what a file can cost the task pane:
 * - 20 MB per file: photos pasted into the sheet are the only honest way to get near it;
 * - 200 MB unzipped: exceljs holds the whole model in memory, several times the XML's size, so
 *   much more would exhaust a browser tab; images (already compressed) count ~1:1 here;
 * - 5,000 entries: a workbook has ~5 parts per sheet or image; far beyond any honest file, and
 *   it keeps the work done on the table of contents itself small;
 * - ratio 200 per entry: sheet XML deflates 5–30×, very repetitive XML at most ~100×, while
 *   deflate can reach ~1,000× on a run of identical bytes — the zip bomb's tool. Entries under
 *   1 MB uncompressed are exempt: they cannot cost much, and tiny parts compress erratically.
 */
export const DEFAULT_RETURNED_LIMITS: ReturnedLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxEntries: 5000,
  maxRatio: 200,
};

const RATIO_FLOOR = 1024 * 1024;

export type ReturnedRead =
  | { ok: true; file: ReturnedFile }
  /** Every issue is an error naming the file. */
  | { ok: false; file: SubmittedFile; issues: Issue[] };

/** Why a file is refused, before it becomes an Issue. */
export interface Refusal {
  code: string;
  message: string;
  found: string;
  expected: string;
}

/**
 * Reads the bytes of a returned file safely: refused with an Issue when empty, too large, an OLE
 * file (password-protected or old .xls), not a zip (a PDF, HTML, CSV…), a zip whose table of
 * contents is broken or declares too much (zip bomb, too many entries), macro-enabled, not an
 * Excel workbook, or not loadable; otherwise every sheet (very hidden ones included) with number
 * formats and hyperlinks. `lastModified` (the file's date) is used when the workbook does not say
 * when it was saved.
 *
 * @example
 * const read = await readReturnedFile(bytes, "KK Bagian Umum.xlsx", { lastModified: file.lastModified });
 * if (!read.ok) report(read.issues); // e.g. code "returned.file.encrypted"
 */
export async function readReturnedFile(
  bytes: Uint8Array,
  name: string,
  opts: { lastModified?: string | null; limits?: Partial<ReturnedLimits> } = {},
): Promise<ReturnedRead> {
  const limits = limitsOf(opts.limits);
  const file: SubmittedFile = {
    name,
    sha256: sha256HexBytes(bytes),
    size: bytes.byteLength,
    savedAt: opts.lastModified ?? null,
  };
  try {
    const refusal = refuseByHeader(bytes, name, limits) ?? (await refuseByContents(bytes, name, limits));
    if (refusal) return rejected(file, refusal);
    return await load(bytes, file);
  } catch {
    // Every known failure is a refusal above; anything else is still the file's fault.
    return rejected(file, corrupt(name));
  }
}

/** The defaults, overridden only by the limits given as numbers (an `undefined` keeps the default). */
export function limitsOf(partial: Partial<ReturnedLimits> = {}): ReturnedLimits {
  const pick = (key: keyof ReturnedLimits): number => {
    const value = partial[key];
    return typeof value === "number" && !Number.isNaN(value) ? value : DEFAULT_RETURNED_LIMITS[key];
  };
  return {
    maxBytes: pick("maxBytes"),
    maxUnzippedBytes: pick("maxUnzippedBytes"),
    maxEntries: pick("maxEntries"),
    maxRatio: pick("maxRatio"),
  };
}

/** A rejected read with one error issue. Exported for the Node side (missing, unreadable). */
export function rejected(file: SubmittedFile, refusal: Refusal): ReturnedRead {
  const issue: Issue = { severity: "error", file: file.name, ...refusal };
  return { ok: false, file, issues: [issue] };
}

/** Checks on the size and the first bytes: nothing is parsed yet. */
function refuseByHeader(bytes: Uint8Array, name: string, limits: ReturnedLimits): Refusal | null {
  const T = S.returnedFile;
  if (bytes.byteLength === 0) {
    return { code: "returned.file.empty", message: T.empty(name), found: T.foundEmpty, expected: T.expected };
  }
  if (bytes.byteLength > limits.maxBytes) return tooLarge(name, bytes.byteLength, limits.maxBytes);
  if (isOle(bytes)) {
    const kind = oleKind(bytes);
    if (kind === "encrypted") {
      const found = T.foundEncrypted;
      return {
        code: "returned.file.encrypted",
        message: T.encrypted(name),
        found,
        expected: T.expectedUnencrypted,
      };
    }
    const found = kind === "xls" ? T.foundXls : T.foundOle;
    return { code: "returned.file.xls", message: T.xls(name, found), found, expected: T.expected };
  }
  if (!isZip(bytes)) {
    const kind = foreignKind(bytes);
    return {
      code: "returned.file.not-xlsx",
      message: T.notXlsx(name, kind),
      found: T.foreign[kind],
      expected: T.expected,
    };
  }
  return null;
}

/** The refusal of a file over the size limit (also used before reading a file from disk). */
export function tooLarge(name: string, size: number, max: number): Refusal {
  const T = S.returnedFile;
  return {
    code: "returned.file.too-large",
    message: T.tooLarge(name, size, max),
    found: T.foundSize(size),
    expected: T.expectedSize(max),
  };
}

function corrupt(name: string): Refusal {
  const T = S.returnedFile;
  return {
    code: "returned.file.corrupt",
    message: T.corrupt(name),
    found: T.foundCorrupt,
    expected: T.expected,
  };
}

/** Checks on the zip's table of contents and parts, in the order a user would want them named. */
async function refuseByContents(
  bytes: Uint8Array,
  name: string,
  limits: ReturnedLimits,
): Promise<Refusal | null> {
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) {
    return directory.problem === "too-many-entries"
      ? tooManyEntries(name, directory.declared, limits.maxEntries)
      : corrupt(name);
  }
  const { entries } = directory;
  return (
    refuseDeclaredSizes(entries, name, limits) ??
    (await refuseKind(bytes, entries, name)) ??
    (await refuseLyingSizes(bytes, entries, name, limits))
  );
}

function tooManyEntries(name: string, count: number, max: number): Refusal {
  const T = S.returnedFile;
  return {
    code: "returned.file.too-many-entries",
    message: T.tooManyEntries(name, count, max),
    found: T.foundEntries(count),
    expected: T.expectedEntries(max),
  };
}

/**
 * What the table of contents declares: entries no reader can open (encrypted, an unknown
 * method, a stored entry whose two sizes differ) are corrupt; too much in total, or one entry
 * inflating far more than XML ever does, is a zip bomb.
 */
function refuseDeclaredSizes(entries: ZipEntry[], name: string, limits: ReturnedLimits): Refusal | null {
  const T = S.returnedFile;
  const unreadable = entries.some(
    (e) =>
      (e.flags & 1) !== 0 ||
      (e.method !== 0 && e.method !== 8) ||
      (e.method === 0 && e.compressedSize !== e.uncompressedSize),
  );
  if (unreadable) return corrupt(name);
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUnzippedBytes) {
    return {
      code: "returned.file.zip-bomb",
      message: T.zipBomb(name, T.bombTotal(total, limits.maxUnzippedBytes)),
      found: T.foundUnzipped(total),
      expected: T.expectedUnzipped(limits.maxUnzippedBytes),
    };
  }
  for (const e of entries) {
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize <= RATIO_FLOOR || ratio <= limits.maxRatio) continue;
    return {
      code: "returned.file.zip-bomb",
      message: T.zipBomb(name, T.bombRatio(e.name, ratio, limits.maxRatio)),
      found: T.foundRatio(e.name, ratio),
      expected: T.expectedRatio(limits.maxRatio),
    };
  }
  return null;
}

const MACRO_CONTENT_TYPE = /application\/vnd\.ms-excel\.[a-z.]*macroenabled/i;

/** An .xlsb, a macro-enabled workbook, or a zip that is no workbook at all (.docx, .ods, …). */
async function refuseKind(bytes: Uint8Array, entries: ZipEntry[], name: string): Promise<Refusal | null> {
  const T = S.returnedFile;
  const names = new Set(entries.map((e) => e.name.replace(/^\//, "").toLowerCase()));
  const workbook = names.has("xl/workbook.xml");
  if (!workbook && names.has("xl/workbook.bin")) return notWorkbook(name, "xlsb");
  const contentTypes = entries.find((e) => e.name.replace(/^\//, "") === "[Content_Types].xml");
  const macroTypes = contentTypes ? MACRO_CONTENT_TYPE.test(await entryText(bytes, contentTypes)) : false;
  const vba = names.has("xl/vbaproject.bin");
  if (vba || macroTypes || /\.xlsm$/i.test(name)) {
    const found = vba || macroTypes ? T.foundMacro : T.foundMacroName;
    return { code: "returned.file.macro", message: T.macro(name, found), found, expected: T.expectedNoMacro };
  }
  if (workbook) return null;
  if (names.has("word/document.xml")) return notWorkbook(name, "docx");
  if (names.has("ppt/presentation.xml")) return notWorkbook(name, "pptx");
  if (names.has("mimetype") && names.has("content.xml")) return notWorkbook(name, "ods");
  return notWorkbook(name, "zip");
}

function notWorkbook(name: string, kind: keyof typeof S.returnedFile.otherZip): Refusal {
  const T = S.returnedFile;
  return {
    code: "returned.file.not-workbook",
    message: T.notWorkbook(name, kind),
    found: T.otherZip[kind],
    expected: T.expected,
  };
}

/** [Content_Types].xml lists a few dozen types: a few KB. */
const CONTENT_TYPES_MAX = 1024 * 1024;

/** A small entry as text ("" when it cannot be read or is not small: exceljs will judge it). */
async function entryText(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  const data = entryData(bytes, entry);
  if (!data || entry.uncompressedSize > CONTENT_TYPES_MAX) return "";
  if (entry.method === 0) return new TextDecoder().decode(data);
  const inflated = await inflateWithin(data, entry.uncompressedSize, true);
  return inflated.status === "ok" ? new TextDecoder().decode(inflated.bytes) : "";
}

/**
 * JSZip (inside exceljs) trusts the central directory's uncompressed size while inflating and
 * compares only at the end ("uncompressed data size mismatch"), after handing out the whole
 * output: an 8 MB entry declared as 1 KB yields all 8 MB before the error (returned.test.ts shows
 * it), and deflate's ratio of up to 1,032× would let a 20 MB file claim 20 MB and inflate to 20 GB.
 * So when the compressed bytes could, at that ratio, inflate past `maxUnzippedBytes`, every entry
 * is inflated here first, counting, and abandoned the moment it exceeds its declared size; the
 * declared sizes are bounded already, so the whole file is. Smaller files (every honest kertas
 * kerja: 200 KB compressed is the threshold under the default limits) cannot exceed the limit
 * whatever they declare, so they are not inflated twice; a lie there is caught by JSZip at a
 * harmless size and reported as corrupt. Data that does not inflate is left to exceljs to call
 * corrupt. Where the platform lacks DecompressionStream("deflate-raw"), only the declared sizes
 * guard.
 */
async function refuseLyingSizes(
  bytes: Uint8Array,
  entries: ZipEntry[],
  name: string,
  limits: ReturnedLimits,
): Promise<Refusal | null> {
  const T = S.returnedFile;
  const parts = entries
    .filter((e) => !(e.name.endsWith("/") && e.uncompressedSize === 0))
    .map((entry) => ({ entry, data: entryData(bytes, entry) }));
  if (parts.some((p) => p.data === null)) return corrupt(name);
  if (worstCase(entries) <= limits.maxUnzippedBytes) return null;
  for (const { entry, data } of parts) {
    if (entry.method === 0 || data === null) continue;
    const inflated = await inflateWithin(data, entry.uncompressedSize);
    if (inflated.status === "unavailable") return null;
    if (inflated.status !== "over") continue;
    return {
      code: "returned.file.zip-bomb",
      message: T.zipBomb(name, T.bombLie(entry.name, entry.uncompressedSize)),
      found: T.foundLie(entry.name, entry.uncompressedSize),
      expected: T.expectedLie,
    };
  }
  return null;
}

/** Deflate's ceiling: a 258-byte match takes at least 2 bits, so at most 1,032 bytes per byte. */
const DEFLATE_MAX_RATIO = 1032;

/** The most the entries could inflate to, whatever they declare. */
function worstCase(entries: ZipEntry[]): number {
  return entries.reduce((n, e) => n + e.compressedSize * (e.method === 8 ? DEFLATE_MAX_RATIO : 1), 0);
}

/** exceljs parses the checked bytes; every sheet is snapshotted with its formats and links. */
async function load(bytes: Uint8Array, file: SubmittedFile): Promise<ReturnedRead> {
  let wb;
  try {
    wb = await loadWorkbook(bytes, file.name);
  } catch {
    return rejected(file, corrupt(file.name));
  }
  const sheets = wb.worksheets.map((ws) => snapshotWorksheet(ws, { details: true }));
  const modified: unknown = wb.modified;
  const savedAt =
    modified instanceof Date && !Number.isNaN(modified.getTime()) ? modified.toISOString() : file.savedAt;
  return { ok: true, file: { ...file, savedAt, sheets } };
}
