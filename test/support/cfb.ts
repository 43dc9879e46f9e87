/**
 * A tiny writer of OLE compound files (MS-CFB, version 3: 512-byte sectors), enough to build
 * what Office itself writes for an old .xls (a "Workbook" stream) or a workbook with a password
 * to open (the "EncryptionInfo" and "EncryptedPackage" streams). Streams shorter than the 4096-byte
 * mini stream cutoff are padded to it, so that every stream lives in ordinary sectors and no mini
 * stream is needed; the result is a valid compound file (`file(1)` calls it what Office's would be).
 */

const SECTOR = 512;
const CUTOFF = 4096;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

export interface CfbStream {
  name: string;
  data: Uint8Array;
}

/** A compound file holding `streams` directly under the root storage. */
export function writeCfb(streams: CfbStream[]): Uint8Array {
  const padded = streams.map((s) => ({
    name: s.name,
    data: padTo(s.data, Math.max(CUTOFF, s.data.byteLength)),
    /** The stream's size: its own, or the cutoff for a short one (zero-padded, so still a regular stream). */
    size: Math.max(CUTOFF, s.data.byteLength),
  }));
  const streamSectors = padded.map((s) => Math.ceil(s.data.byteLength / SECTOR));
  const entries = 1 + padded.length;
  const directorySectors = Math.ceil((entries * 128) / SECTOR);
  const payload = directorySectors + streamSectors.reduce((a, b) => a + b, 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < payload + fatSectors) fatSectors++;
  if (fatSectors > 109) throw new Error("writeCfb: too large for a header-only DIFAT");

  const total = fatSectors + payload;
  const fat = new Uint32Array(fatSectors * (SECTOR / 4)).fill(FREE);
  for (let i = 0; i < fatSectors; i++) fat[i] = FAT_SECTOR;
  let next = fatSectors;
  const chain = (length: number): number => {
    const start = next;
    for (let i = 0; i < length; i++) fat[next + i] = i === length - 1 ? END_OF_CHAIN : next + i + 1;
    next += length;
    return start;
  };
  const directoryStart = chain(directorySectors);
  const starts = streamSectors.map((n) => chain(n));

  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);
  writeHeader(view, fatSectors, directoryStart);
  for (let i = 0; i < fat.length; i++) view.setUint32(SECTOR + i * 4, fat[i]!, true);
  writeDirectory(view, SECTOR * (1 + directoryStart), padded, starts);
  padded.forEach((s, i) => out.set(s.data, SECTOR * (1 + starts[i]!)));
  return out;
}

function padTo(data: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(length / SECTOR) * SECTOR);
  out.set(data);
  return out;
}

function writeHeader(view: DataView, fatSectors: number, directoryStart: number): void {
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => view.setUint8(i, b));
  view.setUint16(24, 0x003e, true); // minor version
  view.setUint16(26, 0x0003, true); // major version 3
  view.setUint16(28, 0xfffe, true); // byte order: little-endian
  view.setUint16(30, 9, true); // sector shift: 512
  view.setUint16(32, 6, true); // mini sector shift: 64
  view.setUint32(44, fatSectors, true);
  view.setUint32(48, directoryStart, true);
  view.setUint32(56, CUTOFF, true);
  view.setUint32(60, END_OF_CHAIN, true); // no mini FAT
  view.setUint32(64, 0, true);
  view.setUint32(68, END_OF_CHAIN, true); // no DIFAT sectors
  view.setUint32(72, 0, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i < fatSectors ? i : FREE, true);
}

/**
 * The root entry and one entry per stream. Siblings form a red-black tree ordered by name length,
 * then by upper-cased name; it is built balanced, with the nodes of the deepest level red.
 */
function writeDirectory(
  view: DataView,
  at: number,
  streams: (CfbStream & { size: number })[],
  starts: number[],
): void {
  const order = streams.map((_, i) => i).sort((a, b) => compareNames(streams[a]!.name, streams[b]!.name));
  const links = new Map<number, { left: number; right: number; red: boolean }>();
  const depthOf = Math.floor(Math.log2(order.length || 1));
  const build = (lo: number, hi: number, depth: number): number => {
    if (lo > hi) return NO_STREAM;
    const mid = (lo + hi) >> 1;
    const left = build(lo, mid - 1, depth + 1);
    const right = build(mid + 1, hi, depth + 1);
    const full = order.length === 2 ** (depthOf + 1) - 1;
    links.set(order[mid]!, { left, right, red: depth === depthOf && depth > 0 && !full });
    return order[mid]! + 1; // entry 0 is the root
  };
  const child = build(0, order.length - 1, 0);
  writeEntry(view, at, { name: "Root Entry", type: 5, red: false, left: NO_STREAM, right: NO_STREAM, child });
  view.setUint32(at + 116, END_OF_CHAIN, true); // no mini stream
  streams.forEach((s, i) => {
    const link = links.get(i)!;
    const entryAt = at + (i + 1) * 128;
    writeEntry(view, entryAt, { name: s.name, type: 2, child: NO_STREAM, ...link });
    view.setUint32(entryAt + 116, starts[i]!, true);
    view.setUint32(entryAt + 120, s.size, true);
  });
  const unused = Math.ceil(((streams.length + 1) * 128) / SECTOR) * (SECTOR / 128);
  for (let i = streams.length + 1; i < unused; i++) {
    writeEntry(view, at + i * 128, {
      name: "",
      type: 0,
      red: false,
      left: NO_STREAM,
      right: NO_STREAM,
      child: NO_STREAM,
    });
  }
}

interface Entry {
  name: string;
  type: number;
  red: boolean;
  left: number;
  right: number;
  child: number;
}

function writeEntry(view: DataView, at: number, e: Entry): void {
  for (let i = 0; i < e.name.length; i++) view.setUint16(at + i * 2, e.name.charCodeAt(i), true);
  view.setUint16(at + 64, e.name === "" ? 0 : (e.name.length + 1) * 2, true);
  view.setUint8(at + 66, e.type);
  view.setUint8(at + 67, e.red ? 0 : 1);
  view.setUint32(at + 68, e.left, true);
  view.setUint32(at + 72, e.right, true);
  view.setUint32(at + 76, e.child, true);
}

function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const ua = a.toUpperCase();
  const ub = b.toUpperCase();
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}
