/**
 * How the Analisis sheet is put together: its columns, the kinds of cell, and a builder that
 * appends rows while keeping their merges and heights (LibreOffice does not grow rows by itself).
 */
import type { A1, CellPlan } from "../../sheet/plan";
import { rangeAddress } from "../../sheet/address";
import { charsPerLine, LINE_HEIGHT, wrappedLines } from "../shared/text-fit";
import { DATA_ROWS, dataRange, type DataColumn } from "../ledger/data-layout";
import type { RoundSetup } from "../setup/setup-types";

/** Column widths A…M: No, Kode, name, then the numbers (K wide enough for "Serapan thd Rencana s.d. Periode (%)"). */
export const WIDTHS = [5, 22, 40, 11, 11, 12, 12, 17, 20, 17, 14, 12, 16];
const LAST_COL = WIDTHS.length - 1;
/** The width of the whole table, for a text over all of it. */
export const TOTAL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);

/** A row of the sheet: a cell plan, or nothing, per column. */
export type Row = (CellPlan | null)[];

/** A text cell, in the "text" style unless told. */
export const text = (value: string | null, style = "text"): CellPlan => ({ value, style });

/** A formula cell. */
export const fx = (formula: string, style: string): CellPlan => ({ formula, style });

/** A row height that shows a wrapped text in full (LibreOffice does not grow rows by itself). */
export const fitted = (value: string, width: number): number =>
  Math.round(wrappedLines(value, charsPerLine(width)) * LINE_HEIGHT + 3);

/** Appends rows and keeps their merges and heights. */
export class Builder {
  readonly rows: Row[] = [];
  readonly merges: A1[] = [];
  readonly heights: Record<number, number> = {};

  /** 1-based number of the next row. */
  get next(): number {
    return this.rows.length + 1;
  }

  /** Appends a row (a blank one unless told), of `height` when given; returns its 1-based number. */
  add(cells: Row = [], height?: number): number {
    this.rows.push(cells);
    if (height !== undefined) this.heights[this.rows.length - 1] = height;
    return this.rows.length;
  }

  /** Merges columns `from`…`to` (0-based) of the 1-based `row`. */
  merge(row: number, from: number, to: number): void {
    this.merges.push(rangeAddress(row - 1, from, row - 1, to));
  }

  /** A row of one text over the whole width. */
  line(value: string, style: string, height?: number): number {
    const r = this.add([text(value, style)], height);
    this.merge(r, 0, LAST_COL);
    return r;
  }

  /** A table header; `spans` merges a label over several columns. */
  header(labels: readonly string[], spans?: readonly number[]): number {
    const cells: Row = [];
    let c = 0;
    const r = this.next;
    labels.forEach((label, i) => {
      const span = spans?.[i] ?? 1;
      cells[c] = text(label, "header");
      for (let k = 1; k < span; k++) cells[c + k] = text(null, "header");
      if (span > 1) this.merge(r, c, c + span - 1);
      c += span;
    });
    this.add(cells, 45);
    return r;
  }
}

/** The Data ranges the formulas read, over every written row (one blank row when there is none). */
export function rangesOf(rowCount: number): (c: DataColumn) => string {
  const first = DATA_ROWS.firstData;
  const last = first + Math.max(rowCount, 1) - 1;
  return (c) => dataRange(c, first, last);
}

/** What every section of the sheet is built with. */
export interface Context {
  setup: RoundSetup;
  b: Builder;
  range: (c: DataColumn) => string;
  /** Absolute address of the batas waktu serial. */
  batas: string;
}
