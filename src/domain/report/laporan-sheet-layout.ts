/**
 * How the Laporan sheet lays a document out on A4 portrait: a grid of narrow columns over which
 * each table spreads its own columns, row heights fitted to wrapped text (LibreOffice does not grow
 * rows of a written file), and a pager that counts the height of each printed page to break before
 * a heading, a paragraph or a table that would not fit, and to repeat a table's header on the page
 * it continues on.
 */
import { rangeAddress } from "../../sheet/address";
import type { A1, CellPlan } from "../../sheet/plan";
import { charsPerLine, LINE_HEIGHT, wrappedLines } from "../shared/text-fit";

/** Columns of the grid and their width: 20 × 4.5 = 90 units, about A4 portrait's printable width. */
export const GRID = 20;
export const GRID_WIDTH = 4.5;
export const TOTAL_WIDTH = GRID * GRID_WIDTH;
/** Points of sheet rows one printed page holds, with room to spare (fit to width only ever shrinks). */
export const PAGE_HEIGHT = 730;
/** Excel's tallest row. */
const MAX_ROW = 409;
/** A row of one line. */
export const LINE_ROW = 16;

export type Row = (CellPlan | null)[];

/**
 * The grid columns each of a table's columns spans: proportional to their relative widths, each
 * at least one, together the whole grid (the largest remainders get the columns left over, the
 * widest columns give up the ones too many).
 * @example spans([1, 6, 2]) // [2, 13, 5]
 */
export function spans(widths: readonly number[]): number[] {
  const n = widths.length;
  if (n === 0) return [];
  const w = widths.map((x) => Math.max(x, 0));
  const total = w.reduce((a, b) => a + b, 0) || n;
  const exact = w.map((x) => (x / total) * GRID);
  const out = exact.map((x) => Math.max(1, Math.floor(x)));
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0, left = GRID - out.reduce((a, b) => a + b, 0); left > 0; k = (k + 1) % n, left--) {
    const i = order[k]?.i ?? 0;
    out[i] = (out[i] ?? 0) + 1;
  }
  while (out.reduce((a, b) => a + b, 0) > GRID) {
    const widest = out.indexOf(Math.max(...out));
    out[widest] = (out[widest] ?? 1) - 1;
  }
  return out;
}

/** The height a text needs in `width` units (bold text runs wider), at least one line. */
export function heightOf(text: string, width: number, bold = false): number {
  const perLine = charsPerLine(Math.max(width - 1, 1) * (bold ? 0.9 : 1));
  return Math.min(MAX_ROW, Math.max(LINE_ROW, Math.ceil(wrappedLines(text, perLine) * LINE_HEIGHT + 4)));
}

/**
 * A text cut into pieces that each fit one row (Excel's row height limit), at sentence ends where
 * it can: a long paragraph becomes several rows.
 */
export function rowPieces(text: string, width: number, maxLines = 24): string[] {
  const perLine = charsPerLine(width - 1);
  if (wrappedLines(text, perLine) <= maxLines) return [text];
  const sentences = text.split(/(?<=[.;:])\s+/);
  const out: string[] = [];
  let current = "";
  for (const s of sentences) {
    const next = current === "" ? s : `${current} ${s}`;
    if (current !== "" && wrappedLines(next, perLine) > maxLines) {
      out.push(current);
      current = s;
    } else current = next;
  }
  if (current !== "") out.push(current);
  return out;
}

/** Appends rows, keeps their merges and heights, and breaks pages before what would not fit. */
export class SheetWriter {
  readonly rows: Row[] = [];
  readonly merges: A1[] = [];
  readonly heights: Record<number, number> = {};
  readonly breaks: number[] = [];
  /** Points used on the current page. */
  private used = 0;

  /** Appends a row of `height` points; returns its 0-based index. */
  add(cells: Row, height: number): number {
    this.rows.push(cells);
    const r = this.rows.length - 1;
    this.heights[r] = height;
    this.used += height;
    return r;
  }

  /** A row of one cell over the whole grid. */
  line(cell: CellPlan, height: number): number {
    const r = this.add([cell], height);
    this.merge(r, 0, GRID - 1);
    return r;
  }

  /** Merges grid columns `from`…`to` of 0-based row `r`. */
  merge(r: number, from: number, to: number): void {
    if (to > from) this.merges.push(rangeAddress(r, from, r, to));
  }

  /** Room left on the current page, in points. */
  get room(): number {
    return PAGE_HEIGHT - this.used;
  }

  /** Whether the current page holds nothing yet. */
  get pageEmpty(): boolean {
    return this.used === 0;
  }

  /** Starts a new printed page at the next row (nothing when the page is empty). */
  newPage(): void {
    if (this.used === 0) return;
    if (this.rows.length > 0) this.breaks.push(this.rows.length);
    this.used = 0;
  }

  /** Blank space of `height` points, or the next page when it does not fit on this one. */
  space(height: number): void {
    if (height > this.room) this.newPage();
    else if (!this.pageEmpty) this.add([], height);
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (height > this.room) this.newPage();
  }
}
