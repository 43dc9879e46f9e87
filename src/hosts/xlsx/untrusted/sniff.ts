/**
 * What a file that is not an .xlsx looks like, from its first bytes: enough to tell the user
 * "this is a PDF" rather than "corrupt". Also tells an OLE compound file with a password to open
 * (an "EncryptedPackage" stream) from an old .xls. Node and browser.
 */

/** A file that is not a zip, by what it most likely is. */
export type ForeignKind =
  "pdf" | "html" | "spreadsheetml" | "xml" | "rtf" | "image" | "archive" | "csv" | "text" | "unknown";

/** What an OLE compound file (the pre-2007 Office container) holds. */
export type OleKind = "encrypted" | "xls" | "other";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.byteLength && prefix.every((b, i) => bytes[i] === b);
}

export function isOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_SIGNATURE);
}

/** "PK\3\4" (a first entry) or "PK\5\6" (an empty zip: an end record and nothing else). */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/**
 * Classifies an OLE compound file by the streams its directory names. Directory entries are
 * 128 bytes long and start on 128-byte boundaries after the 512-byte header (sectors are 512 or
 * 4096 bytes), each with its UTF-16LE name, the name's byte length (terminator included) at
 * offset 64 and its type at 66 (2 = stream). Scanning those slots finds the names without
 * following the FAT chains, and a cell text that happens to spell a name cannot match all three.
 */
export function oleKind(bytes: Uint8Array): OleKind {
  const names = new Set<string>();
  for (let at = 512; at + 128 <= bytes.byteLength; at += 128) {
    const name = directoryName(bytes, at);
    if (name !== null) names.add(name);
  }
  if (names.has("EncryptedPackage")) return "encrypted";
  return names.has("Workbook") || names.has("Book") ? "xls" : "other";
}

const WANTED = ["EncryptedPackage", "Workbook", "Book"];

function directoryName(bytes: Uint8Array, at: number): string | null {
  const length = (bytes[at + 64] ?? 0) | ((bytes[at + 65] ?? 0) << 8);
  if (bytes[at + 66] !== 2) return null;
  return WANTED.find((name) => length === (name.length + 1) * 2 && utf16Equals(bytes, at, name)) ?? null;
}

function utf16Equals(bytes: Uint8Array, at: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    if (bytes[at + 2 * i] !== name.charCodeAt(i) || bytes[at + 2 * i + 1] !== 0) return false;
  }
  return bytes[at + 2 * name.length] === 0 && bytes[at + 2 * name.length + 1] === 0;
}

const SAMPLE = 4096;

/** What a non-zip, non-OLE file most likely is. */
export function foreignKind(bytes: Uint8Array): ForeignKind {
  const binary = binaryKind(bytes);
  if (binary) return binary;
  const text = sampleText(bytes);
  if (text === null) return "unknown";
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (head.startsWith("%pdf")) return "pdf";
  if (head.startsWith("{\\rtf")) return "rtf";
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /<html[\s>]/.test(head)) return "html";
  if (head.startsWith("<?xml") || head.startsWith("<")) {
    return /urn:schemas-microsoft-com:office:spreadsheet|progid="excel\.sheet"/.test(text.toLowerCase())
      ? "spreadsheetml"
      : "xml";
  }
  return /[,;\t]/.test(text.split(/\r?\n/, 1)[0] ?? "") ? "csv" : "text";
}

function binaryKind(bytes: Uint8Array): ForeignKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf"; // %PDF
  const images = [
    [0x89, 0x50, 0x4e, 0x47],
    [0xff, 0xd8, 0xff],
    [0x47, 0x49, 0x46, 0x38],
  ]; // PNG JPEG GIF
  if (images.some((sig) => startsWith(bytes, sig))) return "image";
  const archives = [
    [0x52, 0x61, 0x72, 0x21], // Rar!
    [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
    [0x1f, 0x8b], // gzip
  ];
  return archives.some((sig) => startsWith(bytes, sig)) ? "archive" : null;
}

/**
 * The first bytes as text when they look like text: UTF-16 with its byte order mark, or bytes
 * without NULs and with hardly any control characters (UTF-8 or a Windows code page alike —
 * only the ASCII parts matter for telling CSV, HTML and XML apart).
 */
function sampleText(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SAMPLE);
  if (startsWith(sample, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(sample.subarray(2));
  if (startsWith(sample, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(sample.subarray(2));
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return null;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control * 100 <= sample.byteLength ? new TextDecoder("utf-8").decode(sample) : null;
}
