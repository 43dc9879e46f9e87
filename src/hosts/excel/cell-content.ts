/**
 * What the gateway puts into `Range.formulas` for a plan cell, and how it turns what Excel gives
 * back into a snapshot. Pure: no Office here, so every rule is unit-tested.
 *
 * Text stays text. Excel parses whatever is assigned to `values` or `formulas` as if it were typed:
 * a string starting with "=", "+" or "-" becomes a formula (the Range.values reference says so),
 * "12" becomes a number, "15-Feb" or "TRUE" change type depending on the user's locale. The one
 * entry that Excel always keeps as literal text is a leading apostrophe: Excel stores the cell as
 * text with its quote-prefix flag and drops the apostrophe from the value (reading `values` or
 * `formulas` back gives the text without it). So every non-empty string is written as "'" + text.
 *
 * Not chosen: number format "@" before the values. It changes the cell's format for good (a number a
 * user later types into an unlocked cell would be stored as text and ignored by SUM), it collides
 * with the plan's own number format, and the API reference documents no rule that "@" stops the
 * "=" parse for API writes (only the Excel UI behaves so).
 */
import type { A1, CellPlan, CellValue, SheetPlan, SheetSnapshot } from "../../sheet/plan";
import { cellAddress, quoteSheetName } from "../../sheet/address";

/** What one cell of `Range.formulas` receives: "" clears, a string is a formula or quoted text. */
export type FormulaInput = string | number | boolean;

/** The input for one plan cell; undefined when the number is not storable (NaN, Infinity). */
export function formulaInput(cell: CellPlan | null | undefined): FormulaInput | undefined {
  if (!cell) return "";
  if (cell.formula !== undefined && cell.formula !== "") {
    return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  }
  const v = cell.value;
  if (v === undefined || v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "boolean") return v;
  return v === "" ? "" : `'${v}`;
}

/** True when a formula names one of `sheetNames` (quoted or not) as a sheet: `'KK A'!B2`, `Rekap!C3`. */
export function referencesSheet(formula: string, sheetNames: readonly string[]): boolean {
  const f = formula.toLowerCase();
  return sheetNames.some((name) => {
    const quoted = `'${name.replace(/'/g, "''")}'!`.toLowerCase();
    const plain = `${quoteSheetName(name)}!`.toLowerCase();
    return f.includes(quoted) || f.includes(plain);
  });
}

/** Width of a plan: its longest row. */
export function planWidth(plan: SheetPlan): number {
  return plan.rows.reduce((w, row) => Math.max(w, row.length), 0);
}

/**
 * The number format of every cell of the used rectangle, `null` where the plan sets none
 * (Excel leaves a `null` entry of a 2-D array unchanged, and a new sheet is "General").
 */
export function numberFormats(plan: SheetPlan, width: number): (string | null)[][] {
  return plan.rows.map((row) => {
    const out: (string | null)[] = [];
    for (let c = 0; c < width; c++) {
      const key = row[c]?.style;
      out.push((key !== undefined ? plan.styles[key]?.numberFormat : undefined) ?? null);
    }
    return out;
  });
}

/**
 * The smallest block of `formats` that holds every non-null entry, with its top-left corner;
 * undefined when there is none. Entries outside it are null and need not be sent.
 */
export function formatBlock<T>(
  formats: readonly (T | null)[][],
): { row: number; col: number; grid: (T | null)[][] } | undefined {
  let r1 = Infinity;
  let r2 = -1;
  let c1 = Infinity;
  let c2 = -1;
  formats.forEach((row, r) => {
    row.forEach((f, c) => {
      if (f === null) return;
      r1 = Math.min(r1, r);
      r2 = Math.max(r2, r);
      c1 = Math.min(c1, c);
      c2 = Math.max(c2, c);
    });
  });
  if (r2 < 0) return undefined;
  const grid = formats.slice(r1, r2 + 1).map((row) => row.slice(c1, c2 + 1));
  return { row: r1, col: c1, grid };
}

/** Cells whose formula must wait until the sheets carry their final names (see gateway). */
export interface DeferredFormula {
  row: number;
  col: number;
  formula: string;
}

/** Formula inputs of a plan, with formulas that name a plan sheet set aside and left empty here. */
export function contentGrid(
  plan: SheetPlan,
  width: number,
  planSheetNames: readonly string[],
): { grid: FormulaInput[][]; deferred: DeferredFormula[]; badCell?: A1 } {
  const deferred: DeferredFormula[] = [];
  let badCell: A1 | undefined;
  const grid = plan.rows.map((row, r) => {
    const out: FormulaInput[] = [];
    for (let c = 0; c < width; c++) {
      const input = formulaInput(row[c]);
      if (input === undefined) {
        badCell ??= cellAddress(r, c);
        out.push("");
      } else if (
        typeof input === "string" &&
        input.startsWith("=") &&
        referencesSheet(input, planSheetNames)
      ) {
        deferred.push({ row: r, col: c, formula: input });
        out.push("");
      } else {
        out.push(input);
      }
    }
    return out;
  });
  return badCell === undefined ? { grid, deferred } : { grid, deferred, badCell };
}

/**
 * A snapshot from what Excel returned for the used range, re-indexed from A1: rows above the used
 * range are empty, cells left of it are null. An empty cell ("" from Excel) becomes null.
 *
 * A cell holds a formula when `formulas` gives a string starting with "=" that differs from its
 * value. Text such as "=abc" (written with an apostrophe) reads back as "=abc" in both `values` and
 * `formulas`, so it stays a constant. Known limit: a formula whose result is its own text.
 */
export function snapshotFromUsedRange(input: {
  name: string;
  visibility: SheetSnapshot["visibility"];
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  merges?: A1[];
}): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < input.rowIndex; r++) {
    values.push([]);
    formulas.push([]);
  }
  input.values.forEach((row, r) => {
    const vRow: CellValue[] = new Array<CellValue>(input.columnIndex).fill(null);
    const fRow: (string | null)[] = new Array<string | null>(input.columnIndex).fill(null);
    row.forEach((raw, c) => {
      const f = input.formulas[r]?.[c];
      const isFormula = typeof f === "string" && f.startsWith("=") && f !== raw;
      vRow.push(toCellValue(raw, isFormula));
      fRow.push(isFormula ? f : null);
    });
    values.push(vRow);
    formulas.push(fRow);
  });
  const snapshot: SheetSnapshot = { name: input.name, visibility: input.visibility, values, formulas };
  return input.merges ? { ...snapshot, merges: input.merges } : snapshot;
}

function toCellValue(raw: unknown, isFormula: boolean): CellValue {
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  if (typeof raw === "string") return raw === "" && !isFormula ? null : raw;
  return null;
}

/**
 * "Sheet1!A1:B2, 'Kertas Kerja'!$D$1:$D$4" (RangeAreas.address) → ["A1:B2", "D1:D4"].
 * Commas inside a quoted sheet name do not split.
 */
export function parseAreasAddress(address: string): A1[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if ((ch === "," || ch === ";") && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => p.slice(p.lastIndexOf("!") + 1).replace(/\$/g, "") as A1);
}
