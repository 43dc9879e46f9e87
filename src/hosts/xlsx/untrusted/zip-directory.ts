/**
 * The table of contents of a zip file, read without inflating anything: the End Of Central
 * Directory record and the central directory's entries (ZIP64 included). What a returned file
 * declares about itself is judged here before any parser is let near it. Node and browser.
 */

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated; anything else no .xlsx reader understands. */
  method: number;
  /** General purpose flags; bit 0 = encrypted entry. */
  flags: number;
  compressedSize: number;
  /** As declared by the central directory (the only size JSZip, hence exceljs, looks at). */
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  /** More entries declared than allowed: the entries themselves were not read. */
  | { ok: false; problem: "too-many-entries"; declared: number }
  | { ok: false; problem: "corrupt" };

const END_SIGNATURE = 0x06054b50;
const END_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_COMMENT = 0xffff;

interface EndRecord {
  entries: number;
  directoryOffset: number;
}

/**
 * Reads the central directory of `bytes`. "corrupt" when the end record is missing (a file cut
 * short), when an entry is cut off or points outside the file, or when the number of entries
 * found differs from the number declared (JSZip would read them all whatever the count says).
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = readEnd(view);
  if (!end) return { ok: false, problem: "corrupt" };
  if (end.entries > maxEntries) return { ok: false, problem: "too-many-entries", declared: end.entries };
  const entries: ZipEntry[] = [];
  let at = end.directoryOffset;
  while (at + 4 <= view.byteLength && view.getUint32(at, true) === CENTRAL_SIGNATURE) {
    if (entries.length >= end.entries) return { ok: false, problem: "corrupt" };
    const read = readCentralEntry(view, bytes, at);
    if (!read) return { ok: false, problem: "corrupt" };
    entries.push(read.entry);
    at = read.next;
  }
  if (entries.length !== end.entries) return { ok: false, problem: "corrupt" };
  return { ok: true, entries };
}

/** An entry's compressed bytes, found through its local header; null when that header is bad. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stop = start + entry.compressedSize;
  return stop <= bytes.byteLength ? bytes.subarray(start, stop) : null;
}

/** The end record, searched backwards over the longest comment a zip may carry. */
function readEnd(view: DataView): EndRecord | null {
  const lowest = Math.max(0, view.byteLength - END_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - END_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) !== END_SIGNATURE) continue;
    const entries = view.getUint16(at + 10, true);
    const directoryOffset = view.getUint32(at + 16, true);
    if (entries === 0xffff || directoryOffset === 0xffffffff) return readZip64End(view, at);
    return { entries, directoryOffset };
  }
  return null;
}

/** ZIP64: the locator sits just before the end record and points at the 64-bit end record. */
function readZip64End(view: DataView, endAt: number): EndRecord | null {
  const locatorAt = endAt - 20;
  if (locatorAt < 0 || view.getUint32(locatorAt, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const recordAt = safeNumber(view.getBigUint64(locatorAt + 8, true));
  if (recordAt === null || recordAt + 56 > view.byteLength) return null;
  if (view.getUint32(recordAt, true) !== ZIP64_END_SIGNATURE) return null;
  const entries = safeNumber(view.getBigUint64(recordAt + 32, true));
  const directoryOffset = safeNumber(view.getBigUint64(recordAt + 48, true));
  return entries === null || directoryOffset === null ? null : { entries, directoryOffset };
}

function readCentralEntry(
  view: DataView,
  bytes: Uint8Array,
  at: number,
): { entry: ZipEntry; next: number } | null {
  if (at + 46 > view.byteLength) return null;
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const next = at + 46 + nameLength + extraLength + commentLength;
  if (next > view.byteLength) return null;
  const sizes = zip64Sizes(view, at + 46 + nameLength, extraLength, {
    uncompressedSize: view.getUint32(at + 24, true),
    compressedSize: view.getUint32(at + 20, true),
    localHeaderOffset: view.getUint32(at + 42, true),
  });
  if (!sizes || sizes.localHeaderOffset >= view.byteLength) return null;
  const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
  const entry: ZipEntry = {
    name,
    method: view.getUint16(at + 10, true),
    flags: view.getUint16(at + 8, true),
    ...sizes,
  };
  return { entry, next };
}

type Sizes = Pick<ZipEntry, "uncompressedSize" | "compressedSize" | "localHeaderOffset">;

/**
 * The ZIP64 extra field (id 1) holds, in this order, those of the three values whose 32-bit
 * field is 0xFFFFFFFF. Null when a value is marked as ZIP64 but the field is missing.
 */
function zip64Sizes(view: DataView, extraAt: number, extraLength: number, sizes: Sizes): Sizes | null {
  const keys = (["uncompressedSize", "compressedSize", "localHeaderOffset"] as const).filter(
    (k) => sizes[k] === 0xffffffff,
  );
  if (keys.length === 0) return sizes;
  for (let at = extraAt; at + 4 <= extraAt + extraLength;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1 && size >= keys.length * 8 && at + 4 + size <= extraAt + extraLength) {
      const out = { ...sizes };
      for (const [i, key] of keys.entries()) {
        const value = safeNumber(view.getBigUint64(at + 4 + i * 8, true));
        if (value === null) return null;
        out[key] = value;
      }
      return out;
    }
    at += 4 + size;
  }
  return null;
}

function safeNumber(value: bigint): number | null {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}
