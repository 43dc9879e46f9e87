/**
 * A small zip writer for building returned-file cases fast and exactly: parts are deflated with
 * node:zlib (JSZip takes seconds for megabytes of zeros or thousands of entries), the same
 * compressed bytes can be reused by many entries, and an entry can declare a size it does not
 * have (a lying central directory). Reading parts goes through JSZip, as exceljs does.
 */
import JSZip from "jszip";
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface ZipPart {
  name: string;
  data: Uint8Array;
  /** Default: deflate (8); 0 stores the bytes as they are. */
  method?: 0 | 8;
}

/** A part ready to be written: compressed once, possibly reused by many entries. */
export interface PackedPart {
  name: string;
  method: 0 | 8;
  compressed: Uint8Array;
  crc: number;
  size: number;
  /** The uncompressed size written in the headers (default: the real one). */
  declaredSize?: number;
}

export function pack(part: ZipPart): PackedPart {
  const method = part.method ?? 8;
  const compressed = method === 8 ? new Uint8Array(deflateRawSync(part.data)) : part.data;
  return { name: part.name, method, compressed, crc: crc32(part.data), size: part.data.byteLength };
}

const MB = 1024 * 1024;

/**
 * `mb` megabytes of zeros, deflated in milliseconds: one megabyte deflated with a full flush (so
 * it ends byte-aligned, not final, with no reference to what came before) repeated `mb` times,
 * then an empty final block. Deflate's real ratio, about 1,000×.
 */
export function packedZeros(name: string, mb: number): PackedPart {
  const zeros = new Uint8Array(MB);
  const block = new Uint8Array(deflateRawSync(zeros, { finishFlush: constants.Z_FULL_FLUSH }));
  const finalEmptyBlock = new Uint8Array([0x03, 0x00]);
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = crc32(zeros, crc);
  const compressed = concat([...Array.from({ length: mb }, () => block), finalEmptyBlock]);
  return { name, method: 8, compressed, crc, size: mb * MB };
}

/** Every file part of a zip (folders left out), in the zip's order. */
export async function unzipParts(bytes: Uint8Array): Promise<ZipPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => ({ name: f.name, data: await f.async("uint8array") })));
}

/**
 * A zip of `parts` (packed or not), with an optional archive comment. `zip64` writes every size
 * and offset in ZIP64 form (0xFFFFFFFF in the 32-bit fields, the values in the extra field, and
 * the ZIP64 end records), as some tools do even for small files.
 */
export function writeZip(
  parts: (ZipPart | PackedPart)[],
  opts: { comment?: string; zip64?: boolean } = {},
): Uint8Array {
  const packed = parts.map((p) => ("compressed" in p ? p : pack(p)));
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const p of packed) {
    const name = encoder.encode(p.name);
    const declared = p.declaredSize ?? p.size;
    const local = header(30, name, [
      [0, 4, 0x04034b50],
      [4, 2, 20],
      [8, 2, 0x0800], // UTF-8 names
      [10, 2, p.method],
      [14, 4, p.crc],
      [18, 4, p.compressed.byteLength],
      [22, 4, declared],
      [26, 2, name.byteLength],
    ]);
    locals.push(local, p.compressed);
    const big = opts.zip64 ? 0xffffffff : null;
    const extra = opts.zip64 ? zip64Extra([declared, p.compressed.byteLength, offset]) : new Uint8Array(0);
    centrals.push(
      header(46, concat([name, extra]), [
        [0, 4, 0x02014b50],
        [4, 2, 45],
        [6, 2, 45],
        [8, 2, 0x0800],
        [10, 2, p.method],
        [16, 4, p.crc],
        [20, 4, big ?? p.compressed.byteLength],
        [24, 4, big ?? declared],
        [28, 2, name.byteLength],
        [30, 2, extra.byteLength],
        [42, 4, big ?? offset],
      ]),
    );
    offset += local.byteLength + p.compressed.byteLength;
  }
  const comment = encoder.encode(opts.comment ?? "");
  const directorySize = centrals.reduce((n, c) => n + c.byteLength, 0);
  const end = header(22, comment, [
    [0, 4, 0x06054b50],
    [8, 2, opts.zip64 ? 0xffff : packed.length],
    [10, 2, opts.zip64 ? 0xffff : packed.length],
    [12, 4, opts.zip64 ? 0xffffffff : directorySize],
    [16, 4, opts.zip64 ? 0xffffffff : offset],
    [20, 2, comment.byteLength],
  ]);
  const zip64End = opts.zip64 ? zip64EndRecords(packed.length, directorySize, offset) : [];
  return concat([...locals, ...centrals, ...zip64End, end]);
}

function zip64Extra(values: number[]): Uint8Array {
  const out = new Uint8Array(4 + values.length * 8);
  const view = new DataView(out.buffer);
  view.setUint16(0, 1, true);
  view.setUint16(2, values.length * 8, true);
  values.forEach((v, i) => view.setBigUint64(4 + i * 8, BigInt(v), true));
  return out;
}

/** The ZIP64 end of central directory record and its locator, just before the classic end record. */
function zip64EndRecords(entries: number, directorySize: number, directoryOffset: number): Uint8Array[] {
  const record = new Uint8Array(56);
  const r = new DataView(record.buffer);
  r.setUint32(0, 0x06064b50, true);
  r.setBigUint64(4, 44n, true); // size of the rest of the record
  r.setUint16(12, 45, true);
  r.setUint16(14, 45, true);
  r.setBigUint64(24, BigInt(entries), true);
  r.setBigUint64(32, BigInt(entries), true);
  r.setBigUint64(40, BigInt(directorySize), true);
  r.setBigUint64(48, BigInt(directoryOffset), true);
  const locator = new Uint8Array(20);
  const l = new DataView(locator.buffer);
  l.setUint32(0, 0x07064b50, true);
  l.setBigUint64(8, BigInt(directoryOffset + directorySize), true);
  l.setUint32(16, 1, true);
  return [record, locator];
}

/** A fixed-size record followed by a variable tail (a name or a comment). */
function header(size: number, tail: Uint8Array, fields: [number, 2 | 4, number][]): Uint8Array {
  const out = new Uint8Array(size + tail.byteLength);
  const view = new DataView(out.buffer);
  for (const [at, width, value] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
  }
  out.set(tail, size);
  return out;
}

export function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
