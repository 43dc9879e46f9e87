/**
 * The floors of `npm run bench`: what exceljs alone takes to read the returned files and to write
 * the cells (values and formulas, no styles, validation, protection or charts) of the sheets the
 * product writes. Nothing here can be faster in the product, which does this and more.
 */
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import type { CellPlan, SheetPlan } from "../src/sheet/plan";

/** One sheet's cells as exceljs is given them: a formula or a value, nothing else. */
export function writePlainSheet(wb: ExcelJS.Workbook, plan: Pick<SheetPlan, "name" | "rows">): void {
  const ws = wb.addWorksheet(plan.name);
  plan.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      if (cell.formula !== undefined) target.value = { formula: cell.formula, date1904: false };
      else if (cell.value !== undefined && cell.value !== null) target.value = cell.value;
    });
  });
}

/** The .xlsx of the plans' cells, as exceljs writes it by default. */
export async function plainWorkbookBytes(
  plans: readonly Pick<SheetPlan, "name" | "rows">[],
): Promise<number> {
  const wb = new ExcelJS.Workbook();
  for (const plan of plans) writePlainSheet(wb, plan);
  return (await wb.xlsx.writeBuffer()).byteLength;
}

/** exceljs loading the files, one after another, nothing else. */
export async function plainRead(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  }
}

/** A sheet's cells only (what the floor writes), small enough to hand to another process as JSON. */
export interface PlainSheet {
  name: string;
  rows: (Pick<CellPlan, "value" | "formula"> | null)[][];
}

export function plainSheet(plan: SheetPlan): PlainSheet {
  return {
    name: plan.name,
    rows: plan.rows.map((row) =>
      row.map((cell) => {
        if (!cell) return null;
        if (cell.formula !== undefined) return { formula: cell.formula };
        return cell.value === undefined || cell.value === null ? null : { value: cell.value };
      }),
    ),
  };
}
