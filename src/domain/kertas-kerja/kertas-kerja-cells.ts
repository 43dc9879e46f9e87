/** The cells of a kertas kerja row, placed by column name, and the kinds of cell the sheet is made of. */
import type { CellPlan } from "../../sheet/plan";
import { colIndex, KK_COLUMNS, type KkColumn } from "./kertas-kerja-layout";
import type { KkStyle } from "./kertas-kerja-styles";

/** A row of the sheet: a cell plan, or nothing, per column. */
export type Row = (CellPlan | null)[];

/** A row as wide as the table, every cell empty. */
export const blankRow = (): Row => new Array<CellPlan | null>(KK_COLUMNS.length).fill(null);

/** Puts `cell` in column `c` of `row`. */
export const put = (row: Row, c: KkColumn, cell: CellPlan): void => {
  row[colIndex[c]] = cell;
};

/** A locked text; null writes an empty cell in that style. */
export const text = (value: string | null, style: KkStyle = "cell"): CellPlan => ({
  value: value ?? null,
  style,
});

/** A locked number. */
export const num = (value: number | null, style: KkStyle = "number"): CellPlan => ({ value, style });

/** A locked formula. */
export const formula = (f: string, style: KkStyle): CellPlan => ({ formula: f, style });

/** A cell the Bagian fills: unlocked, blank or pre-filled with `value`. */
export const input = (style: KkStyle, value: string | number | null = null): CellPlan => ({
  value,
  style,
  locked: false,
});
