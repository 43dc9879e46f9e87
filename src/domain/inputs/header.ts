/**
 * Finding a table's header row(s) under title rows, shared by the DPA and prior-report readers.
 * A header may take one row or two (a merged "Indikator Kinerja" over "Tolok Ukur", "Target",
 * "Satuan"; a "Kode" merged down over both rows). In a snapshot a merged cell's value sits only in
 * its top-left cell, so merges are looked up to know what a covered cell shows.
 */
import { parseRange } from "../../sheet/address";
import type { CellValue, SheetSnapshot } from "../../sheet/plan";
import { normalizeLabel } from "../shared/text";

/** How far down a header is looked for: title rows above a table rarely take more. */
export const HEADER_SEARCH_ROWS = 30;

interface Box {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

export interface HeaderFound<F extends string> {
  /** 0-based first header row. */
  row: number;
  /** 1 or 2 header rows. */
  height: 1 | 2;
  /** 0-based first data row. */
  dataStart: number;
  columns: Partial<Record<F, number>>;
  /** Columns whose label named a field already taken by a column to their left. */
  ignored: { field: F; col: number; label: string }[];
  /** Raw label of each matched column, for messages. */
  labels: Partial<Record<F, string>>;
}

/** A required field, or a list of fields any one of which will do. */
export type Requirement<F extends string> = F | readonly F[];

export type HeaderSearch<F extends string> =
  | { ok: true; header: HeaderFound<F> }
  | { ok: false; best: HeaderFound<F> | null; missing: Requirement<F>[] };

/** A cell value as read, `null` outside the grid (ragged rows). */
export function cellAt(
  values: readonly (readonly CellValue[] | undefined)[],
  row: number,
  col: number,
): CellValue {
  const v = values[row]?.[col];
  return v === undefined ? null : v;
}

/** Header label text of a cell, collapsed; "" when empty. */
function labelOf(v: CellValue): string {
  return typeof v === "string" ? v.replace(/\s+/g, " ").trim() : v === null ? "" : String(v);
}

/** A year inside a label ("Target 2026", "Pagu TA 2026") says nothing about the column's kind. */
function labelKey(raw: string): string {
  return normalizeLabel(raw)
    .replace(/\b(tahun anggaran |tahun |ta )?(19|20)\d\d\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Normalised alias → field, from raw labels. */
export function aliasIndex<F extends string>(aliases: Record<F, readonly string[]>): Map<string, F> {
  const index = new Map<string, F>();
  for (const field of Object.keys(aliases) as F[]) {
    for (const label of aliases[field]) index.set(labelKey(label), field);
  }
  return index;
}

function mergeBoxes(snapshot: SheetSnapshot, maxRow: number): Box[] {
  const boxes: Box[] = [];
  for (const m of snapshot.merges ?? []) {
    const box = typeof m === "string" ? parseRange(m) : undefined;
    if (box && box.row1 <= maxRow) boxes.push(box);
  }
  return boxes;
}

function boxAt(boxes: readonly Box[], row: number, col: number): Box | undefined {
  return boxes.find((b) => row >= b.row1 && row <= b.row2 && col >= b.col1 && col <= b.col2);
}

/**
 * Looks for the header in the first rows: every row is tried as a one-row header and, with the row
 * beneath, as a two-row one; the try that finds most required fields, then most fields, wins, the
 * higher first on a tie. A pair of rows counts only when it finds more than each of its rows alone.
 */
export function findHeader<F extends string>(
  snapshot: SheetSnapshot,
  aliases: Record<F, readonly string[]>,
  required: readonly Requirement<F>[],
): HeaderSearch<F> {
  const values = snapshot.values;
  const rows = Math.min(values.length, HEADER_SEARCH_ROWS);
  const boxes = mergeBoxes(snapshot, rows + 1);
  const index = aliasIndex(aliases);

  const shown = (row: number, col: number): string => {
    const box = boxAt(boxes, row, col);
    return labelOf(box ? cellAt(values, box.row1, box.col1) : cellAt(values, row, col));
  };

  const tryAt = (row: number, height: 1 | 2): HeaderFound<F> => {
    const width = Math.max(values[row]?.length ?? 0, height === 2 ? (values[row + 1]?.length ?? 0) : 0);
    const header: HeaderFound<F> = {
      row,
      height,
      dataStart: row + height,
      columns: {},
      ignored: [],
      labels: {},
    };
    for (let col = 0; col < width; col++) {
      let candidates: string[];
      if (height === 1) {
        const box = boxAt(boxes, row, col);
        // Only a merge's own first column carries its label in a one-row reading.
        candidates = [box && box.col1 !== col ? "" : shown(row, col)];
      } else {
        const parent = shown(row, col);
        const childBox = boxAt(boxes, row + 1, col);
        const child = childBox && childBox.row1 <= row ? "" : shown(row + 1, col);
        candidates = [`${parent} ${child}`.trim(), child, parent];
      }
      for (const raw of candidates) {
        if (raw === "") continue;
        const field = index.get(labelKey(raw));
        if (field === undefined) continue;
        if (header.columns[field] === undefined) {
          header.columns[field] = col;
          header.labels[field] = raw;
        } else {
          header.ignored.push({ field, col, label: raw });
        }
        break;
      }
    }
    return header;
  };

  const met = (h: HeaderFound<F> | null, r: Requirement<F>): boolean =>
    (typeof r === "string" ? [r] : r).some((f) => h?.columns[f] !== undefined);
  const score = (h: HeaderFound<F>): [number, number] => [
    required.filter((r) => met(h, r)).length,
    Object.keys(h.columns).length,
  ];

  const better = (a: [number, number], b: [number, number]): boolean =>
    a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  const singles = Array.from({ length: rows }, (_, row) => tryAt(row, 1));
  let best: HeaderFound<F> | null = null;
  let bestScore: [number, number] = [0, 0];
  const consider = (h: HeaderFound<F>): void => {
    const s = score(h);
    if (better(s, bestScore)) {
      best = h;
      bestScore = s;
    }
  };
  for (let row = 0; row < rows; row++) {
    const single = singles[row];
    if (single) consider(single);
    const next = singles[row + 1];
    if (!next) continue;
    // Two rows only when the pair says more than either row alone: a title above a one-row
    // header, or the first data row below it, must not join the header.
    const pair = tryAt(row, 2);
    if (better(score(pair), score(single ?? pair)) && better(score(pair), score(next))) consider(pair);
  }
  const missing = required.filter((r) => !met(best, r));
  return best && missing.length === 0 ? { ok: true, header: best } : { ok: false, best, missing };
}

/** True for the "1 2 3 4 …" (or "(1) (2) …") row that numbers the columns under many table headers. */
export function isColumnNumberRow(row: readonly CellValue[] | undefined): boolean {
  const numbers = (row ?? []).map((v) => labelOf(v).replace(/^\((\d+)\)$/, "$1")).filter((t) => t !== "");
  if (numbers.length < 3 || !numbers.every((t) => /^\d+$/.test(t))) return false;
  return numbers.every((t, i) => Number(t) === Number(numbers[0]) + i);
}
