/**
 * The .xlsx package (a zip) written part by part, each part deflated as its pieces come, so that a
 * large sheet never has to be held whole as text. Deflates with the platform's CompressionStream
 * where there is one (Node ≥ 18 and every browser an Office add-in runs in: native zlib, off the
 * main thread in Node), else with fflate; small parts, where a stream costs more than it saves,
 * always with fflate. Every entry's sizes and CRC-32 are in its local header (no data
 * descriptors), as Excel and exceljs write them. Node and browser.
 */
import { Deflate, deflateSync } from "fflate";

export interface ZipPart {
  /** Path in the package ("xl/worksheets/sheet1.xml"). */
  name: string;
  /** The bytes, or the text in pieces, written as UTF-8 in the order they come. */
  data: Uint8Array | Iterable<string>;
}

export interface ZipOptions {
  /** "fflate" forces the portable deflater (tests); the platform's is used when present. */
  deflater?: "platform" | "fflate";
  /** The entries' modification time; default now. */
  date?: Date;
}

/** A part shorter than this is deflated in one call. */
const SMALL = 64 * 1024;
/** Text pieces are gathered to about this many characters before they are encoded and deflated. */
const PIECE = 256 * 1024;
/** Deflate level of the portable deflater: zlib's default, as exceljs writes. */
const LEVEL = 6;

interface Written {
  name: Uint8Array;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/**
 * The zip of `parts`, in their order. Each part's pieces are taken in turn (a part's text is
 * complete before the next part's begins), while its deflation may still be finishing off the main
 * thread as the next part is produced.
 */
export async function zipParts(parts: Iterable<ZipPart>, opts: ZipOptions = {}): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const names: string[] = [];
  const deflating: Promise<Deflated>[] = [];
  for (const part of parts) {
    names.push(part.name);
    const { deflated } = await deflatePart(part.data, opts.deflater ?? "platform", encoder);
    // Awaited below, with the others; a failure must not go unhandled meanwhile.
    deflated.catch(() => undefined);
    deflating.push(deflated);
  }
  const all = await Promise.all(deflating);
  const out: Uint8Array[] = [];
  const written: Written[] = [];
  const { time, day } = dosDateTime(opts.date ?? new Date());
  let offset = 0;
  all.forEach(({ chunks, crc, size }, i) => {
    const name = names[i] ?? "";
    const compressed = chunks.reduce((n, c) => n + c.byteLength, 0);
    const entry = { name: encoder.encode(name), crc, compressed, size, offset };
    if (size >= 0xffffffff || compressed >= 0xffffffff || offset >= 0xffffffff) {
      throw new Error(`Part ${name} is too large for a zip without ZIP64`);
    }
    const header = localHeader(entry, time, day);
    out.push(header, ...chunks);
    offset += header.byteLength + compressed;
    written.push(entry);
  });
  const directory = written.map((e) => centralHeader(e, time, day));
  const directorySize = directory.reduce((n, d) => n + d.byteLength, 0);
  out.push(...directory, endOfDirectory(written.length, directorySize, offset));
  return concat(out);
}

interface Deflated {
  chunks: Uint8Array[];
  crc: number;
  size: number;
}

/**
 * A part taken piece by piece into a deflater; resolves once every piece is taken, with the
 * deflated part still to come (`deflated`: the compressed chunks, CRC-32 and size).
 */
async function deflatePart(
  data: Uint8Array | Iterable<string>,
  deflater: "platform" | "fflate",
  encoder: TextEncoder,
): Promise<{ deflated: Promise<Deflated> }> {
  if (data instanceof Uint8Array && data.byteLength < SMALL) {
    const chunks = [deflateSync(data, { level: LEVEL })];
    return { deflated: Promise.resolve({ chunks, crc: crc32(data), size: data.byteLength }) };
  }
  const stream = (deflater === "platform" ? platformDeflater() : null) ?? portableDeflater();
  if (data instanceof Uint8Array) {
    for (let at = 0; at < data.byteLength; at += PIECE) await stream.push(data.subarray(at, at + PIECE));
  } else {
    let pending: string[] = [];
    let length = 0;
    for (const piece of data) {
      pending.push(piece);
      length += piece.length;
      if (length < PIECE) continue;
      await stream.push(encoder.encode(pending.join("")));
      pending = [];
      length = 0;
    }
    if (length > 0) await stream.push(encoder.encode(pending.join("")));
  }
  return { deflated: stream.end() };
}

interface RawDeflater {
  push(bytes: Uint8Array): Promise<void>;
  end(): Promise<Deflated>;
}

/**
 * The platform's CompressionStream, or null where there is none. It writes gzip, whose trailer
 * carries the CRC-32 and size the zip needs (computed natively): the raw deflate data between
 * gzip's header and trailer is what a zip entry holds.
 */
function platformDeflater(): RawDeflater | null {
  let stream: CompressionStream;
  try {
    stream = new CompressionStream("gzip");
  } catch {
    return null;
  }
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  const reading = (async () => {
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  })();
  // Awaited by `end`; a failure before then must not go unhandled.
  reading.catch(() => undefined);
  // A failed write also fails `close` (and the reading): reported there, once.
  const quiet = () => undefined;
  let size = 0;
  return {
    async push(bytes) {
      size += bytes.byteLength;
      await writer.ready;
      writer.write(bytes as Uint8Array<ArrayBuffer>).catch(quiet);
    },
    async end() {
      await writer.close();
      await reading;
      return fromGzip(concat(chunks), size);
    },
  };
}

/** The deflate data, CRC-32 and size of a gzip member (RFC 1952) as CompressionStream writes it. */
function fromGzip(gzip: Uint8Array, size: number): Deflated {
  const view = new DataView(gzip.buffer, gzip.byteOffset, gzip.byteLength);
  const flags = gzip[3] ?? 0;
  let start = 10;
  if (flags & 4) start += 2 + view.getUint16(start, true); // FEXTRA
  if (flags & 8) while (gzip[start++] !== 0); // FNAME
  if (flags & 16) while (gzip[start++] !== 0); // FCOMMENT
  if (flags & 2) start += 2; // FHCRC
  const end = gzip.byteLength - 8;
  if (gzip[0] !== 0x1f || gzip[1] !== 0x8b || view.getUint32(end + 4, true) !== size % 2 ** 32) {
    throw new Error("CompressionStream wrote no gzip member of the data");
  }
  return { chunks: [gzip.subarray(start, end)], crc: view.getUint32(end, true), size };
}

/** fflate's raw deflate, as a stream too (synchronous: each piece is deflated as it is pushed). */
function portableDeflater(): RawDeflater {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: LEVEL }, (chunk) => chunks.push(chunk));
  let crc = 0;
  let size = 0;
  return {
    push(bytes) {
      crc = crc32(bytes, crc);
      size += bytes.byteLength;
      deflate.push(bytes);
      return Promise.resolve();
    },
    end() {
      deflate.push(new Uint8Array(0), true);
      return Promise.resolve({ chunks, crc, size });
    },
  };
}

// ---- the zip records ---------------------------------------------------------------------

function localHeader(e: Written, time: number, day: number): Uint8Array {
  const b = new Uint8Array(30 + e.name.byteLength);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true); // version needed: 2.0 (deflate)
  v.setUint16(6, 0x0800, true); // names in UTF-8
  v.setUint16(8, 8, true); // deflate
  v.setUint16(10, time, true);
  v.setUint16(12, day, true);
  v.setUint32(14, e.crc, true);
  v.setUint32(18, e.compressed, true);
  v.setUint32(22, e.size, true);
  v.setUint16(26, e.name.byteLength, true);
  v.setUint16(28, 0, true);
  b.set(e.name, 30);
  return b;
}

function centralHeader(e: Written, time: number, day: number): Uint8Array {
  const b = new Uint8Array(46 + e.name.byteLength);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, 20, true); // made by: 2.0, MS-DOS attributes
  v.setUint16(6, 20, true);
  v.setUint16(8, 0x0800, true);
  v.setUint16(10, 8, true);
  v.setUint16(12, time, true);
  v.setUint16(14, day, true);
  v.setUint32(16, e.crc, true);
  v.setUint32(20, e.compressed, true);
  v.setUint32(24, e.size, true);
  v.setUint16(28, e.name.byteLength, true);
  // extra, comment, disk, internal and external attributes: 0
  v.setUint32(42, e.offset, true);
  b.set(e.name, 46);
  return b;
}

function endOfDirectory(entries: number, size: number, offset: number): Uint8Array {
  if (entries > 0xffff) throw new Error("Too many parts for a zip without ZIP64");
  const b = new Uint8Array(22);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries, true);
  v.setUint16(10, entries, true);
  v.setUint32(12, size, true);
  v.setUint32(16, offset, true);
  return b;
}

/** MS-DOS date and time, local, two-second resolution (years 1980–2107). */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(2107, Math.max(1980, date.getFullYear()));
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

let table: Uint32Array | undefined;

/** CRC-32 (the zip one), continued from `crc` over `bytes`. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  const t = table;
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = (t[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
