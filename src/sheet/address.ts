import { a1, type A1 } from "./plan";

/** 0-based column index → letters: 0 → "A", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 0-based column index: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column → "B7". */
export function cellAddress(row: number, col: number): A1 {
  return a1(`${columnLetters(col)}${row + 1}`);
}

/** 0-based inclusive bounds → "A1:D3" (or "A1" for one cell). */
export function rangeAddress(row1: number, col1: number, row2: number, col2: number): A1 {
  const start = cellAddress(row1, col1);
  return row1 === row2 && col1 === col2 ? start : a1(`${start}:${cellAddress(row2, col2)}`);
}

/** "B7" → { row: 6, col: 1 }; undefined when not a plain A1 cell address. */
export function parseCell(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m || !m[1] || !m[2]) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "A1:D3" → 0-based inclusive bounds; a single cell is a 1×1 range. */
export function parseRange(
  address: string,
): { row1: number; col1: number; row2: number; col2: number } | undefined {
  const [a, b] = address.split(":");
  const start = a === undefined ? undefined : parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return undefined;
  return { row1: start.row, col1: start.col, row2: end.row, col2: end.col };
}

/** A sheet name quoted for use in a formula or address: 'Kertas Kerja'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
