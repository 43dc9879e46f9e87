/**
 * A PK sheet as tables: its cells (a cell merged down from the row above shows the merge's value
 * where a column groups rows, as a sasaran does), and the tables it holds one below the other —
 * the IKU table (perhaps once per sasaran), a Rencana Aksi table, the programs table — each from
 * its header to the next header or the signature block.
 */
import { cellAddress, parseRange, rangeAddress } from "../../sheet/address";
import type { CellValue, SheetSnapshot } from "../../sheet/plan";
import { findHeader, HEADER_SEARCH_ROWS, type HeaderFound } from "./header";
import {
  isSignatureText,
  PK_LABELS,
  PROGRAM_LABELS,
  PROGRAM_REQUIRED,
  TABLE_REQUIRED,
  type PkField,
  type ProgramField,
} from "./pk-columns";
import type { SheetIssues } from "./reader-support";
import { cellText, normalizeLabel } from "../shared/text";

/** How the label of a required column begins: every table needs an indikator or a program. */
const HEAD_WORDS = /^(indikator|iku|program|nama program|uraian|kegiatan)\b/;

interface Box {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

/** A table's header: of indicators (IKU or Rencana Aksi) or of programs. */
export type TableHeader =
  | { kind: "iku" | "ra"; header: HeaderFound<PkField> }
  | { kind: "programs"; header: HeaderFound<ProgramField> };

/**
 * One table of the sheet: its header, its data rows [start, end), the title rows above its header,
 * and the signature row that ended it, if one did.
 */
export type Segment = TableHeader & { start: number; end: number; lead: number[]; signature?: number };

/** The cells of one sheet and where its issues go. */
export class PkGrid {
  readonly values: readonly (readonly CellValue[] | undefined)[];
  private readonly boxes: Box[];
  /** The value shown in a cell merged down from a row above, by "row:col". */
  private readonly down = new Map<string, CellValue>();
  /** Whether a row may hold a header, by row. */
  private readonly heads = new Map<number, boolean>();

  constructor(
    readonly snapshot: SheetSnapshot,
    readonly sink: SheetIssues,
  ) {
    this.values = snapshot.values;
    this.boxes = (snapshot.merges ?? []).flatMap((m) => {
      const box = typeof m === "string" ? parseRange(m) : undefined;
      return box && box.row1 >= 0 && box.col1 >= 0 && box.row2 >= box.row1 && box.col2 >= box.col1
        ? [box]
        : [];
    });
    for (const b of this.boxes) {
      const top = this.raw(b.row1, b.col1);
      for (let r = b.row1 + 1; r <= Math.min(b.row2, this.values.length - 1); r++) {
        if (!this.down.has(`${r}:${b.col1}`)) this.down.set(`${r}:${b.col1}`, top);
      }
    }
  }

  get name(): string {
    return this.snapshot.name;
  }

  /** The cell as stored; null outside the grid or for a column the table does not have. */
  raw(r: number, c: number | undefined): CellValue {
    if (c === undefined) return null;
    const v = this.values[r]?.[c];
    return v === undefined ? null : v;
  }

  /** The cell, or for a cell merged down from above, the merge's value. */
  grouped(r: number, c: number | undefined): CellValue {
    if (c === undefined) return null;
    const v = this.raw(r, c);
    return v === null && this.down.has(`${r}:${c}`) ? (this.down.get(`${r}:${c}`) ?? null) : v;
  }

  text(r: number, c: number | undefined): string {
    return cellText(this.raw(r, c));
  }

  groupedText(r: number, c: number | undefined): string {
    return cellText(this.grouped(r, c));
  }

  /** A1 address of a cell (column A when the table has no such column). */
  addr(r: number, c: number | undefined): string {
    return cellAddress(r, c ?? 0);
  }

  /** The non-empty cells of a row, as text with their column. */
  filled(r: number): { col: number; text: string }[] {
    return (this.values[r] ?? []).flatMap((v, col) => {
      const text = cellText(v);
      return text === "" ? [] : [{ col, text }];
    });
  }

  /** The header of a table starting at row `r` (one row, or two with the row beneath), if any. */
  headerAt(r: number): TableHeader | null {
    if (!this.mayHead(r) && !this.mayHead(r + 1)) return null;
    const window = this.window(r);
    const table = findHeader(window, PK_LABELS, TABLE_REQUIRED);
    if (table.ok && table.header.row === 0) {
      const header = shift(table.header, r);
      return { kind: header.columns.target === undefined ? "ra" : "iku", header };
    }
    const programs = findHeader(window, PROGRAM_LABELS, PROGRAM_REQUIRED);
    if (programs.ok && programs.header.row === 0)
      return { kind: "programs", header: shift(programs.header, r) };
    return null;
  }

  /**
   * Whether row `r` may hold a header: a cell (or one merged down into it) begins as the label of
   * an indikator or a program does. Spares the header search on data rows.
   */
  private mayHead(r: number): boolean {
    let known = this.heads.get(r);
    if (known === undefined) {
      const width = this.values[r]?.length ?? 0;
      known = Array.from({ length: width }, (_, c) => normalizeLabel(this.groupedText(r, c))).some((label) =>
        HEAD_WORDS.test(label),
      );
      this.heads.set(r, known);
    }
    return known;
  }

  /** The first table header in the first rows of the sheet. */
  firstHeader(): TableHeader | null {
    for (let r = 0; r < Math.min(this.values.length, HEADER_SEARCH_ROWS); r++) {
      const found = this.headerAt(r);
      if (found) return found;
    }
    return null;
  }

  /**
   * The tables of the sheet from its first header down: a row that is another table's header ends
   * the table above (the title rows just above that header go with it); a signature row ends it
   * too, and what follows is read only from the next header on.
   */
  segments(first: TableHeader): Segment[] {
    const out: Segment[] = [];
    let current: Segment | null = {
      ...first,
      start: first.header.dataStart,
      end: 0,
      lead: this.titles(first.header.row, 0),
    };
    let r = current.start;
    while (r < this.values.length) {
      const next = this.headerAt(r);
      if (next) {
        const lead: number[] = current ? this.titles(r, current.start, current) : [];
        if (current) out.push({ ...current, end: lead[0] ?? r });
        current = { ...next, start: next.header.dataStart, end: 0, lead };
        r = current.start;
        continue;
      }
      if (current && this.filled(r).some((c) => isSignatureText(c.text))) {
        out.push({ ...current, end: r, signature: r });
        current = null;
      }
      r++;
    }
    if (current) out.push({ ...current, end: this.values.length });
    return out;
  }

  /**
   * Title rows directly above a header (blank rows between allowed): rows of one cell, not in the
   * indikator column of the table above, down to `floor`.
   */
  private titles(headerRow: number, floor: number, above?: Segment): number[] {
    const indikatorCol = above && above.kind !== "programs" ? above.header.columns.indikator : undefined;
    const rows: number[] = [];
    for (let r = headerRow - 1; r >= floor; r--) {
      const cells = this.filled(r);
      if (cells.length === 0) continue;
      if (cells.length > 1 || cells[0]?.col === indikatorCol) break;
      rows.unshift(r);
    }
    return rows;
  }

  /**
   * Rows `r` and `r + 1` as a sheet of their own, with the merges that reach into them: a merge
   * that starts above shows its value in its first cell inside, as a header merged down over two
   * rows shows it on the second.
   */
  private window(r: number): SheetSnapshot {
    const values: CellValue[][] = this.values.slice(r, r + 2).map((row) => [...(row ?? [])]);
    const merges = this.boxes
      .filter((b) => b.row1 <= r + 1 && b.row2 >= r)
      .map((b) => {
        const top = Math.max(b.row1, r) - r;
        const row = values[top];
        if (b.row1 < r && row && (row[b.col1] ?? null) === null) {
          while (row.length < b.col1) row.push(null);
          row[b.col1] = this.raw(b.row1, b.col1);
        }
        return rangeAddress(top, b.col1, Math.min(b.row2, r + 1) - r, b.col2);
      });
    return { name: this.snapshot.name, visibility: this.snapshot.visibility, values, merges };
  }
}

/** A header found in a window, placed back at row `r` of the sheet. */
function shift<F extends string>(h: HeaderFound<F>, r: number): HeaderFound<F> {
  return { ...h, row: h.row + r, dataStart: h.dataStart + r };
}
