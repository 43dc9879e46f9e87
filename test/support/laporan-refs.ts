/**
 * Reading a recalculated Laporan sheet against its report: each formula cell of the plan names its
 * source cell; the value the engine gives there must be the report's value of that figure, and so
 * must the source cell's own value.
 */
import { refFormula } from "../../src/domain/report/laporan-sheet";
import type { CellRef, ReportDocument } from "../../src/domain/report/report-model";
import { parseCell } from "../../src/sheet/address";
import type { CellValue, SheetPlan, SheetSnapshot } from "../../src/sheet/plan";
import { tablesOf } from "./laporan-fixture";

/** The report's value of every source cell it names ("Analisis!G45" → 102.78). */
export function valuesByRef(doc: ReportDocument): Map<string, string | number | null> {
  const out = new Map<string, string | number | null>();
  for (const t of tablesOf(doc))
    for (const r of t.rows)
      for (const c of r.cells) if (c.ref) out.set(`${c.ref.sheet}!${c.ref.cell}`, c.value);
  return out;
}

/** Every formula cell of the Laporan plan: where it is and the source cell it shows. */
export function formulaCells(plan: SheetPlan): { row: number; col: number; ref: CellRef }[] {
  const out: { row: number; col: number; ref: CellRef }[] = [];
  plan.rows.forEach((cells, row) =>
    cells.forEach((c, col) => {
      const m = /^IF\('?([^'!]+)'?!([A-Z]+\d+)=""/.exec(c?.formula ?? "");
      if (!m?.[1] || !m[2]) return;
      const ref = { sheet: m[1], cell: m[2] };
      if (refFormula(ref) !== c?.formula) throw new Error(`unexpected formula ${c?.formula}`);
      out.push({ row, col, ref });
    }),
  );
  return out;
}

const valueAt = (sheet: SheetSnapshot | undefined, a1: string): CellValue | undefined => {
  const p = parseCell(a1);
  return p ? sheet?.values[p.row]?.[p.col] : undefined;
};

/** Whether an engine's value is the report's: blank for null, numbers to rounding noise, texts exactly. */
export function same(actual: CellValue | undefined, expected: string | number | null): boolean {
  if (expected === null) return actual === null || actual === undefined || actual === "";
  if (typeof expected === "number")
    return (
      typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
    );
  return actual === expected;
}

/** Every difference between the recalculated sheets and the report, in words; and how many cells agreed. */
export function compareLaporan(
  doc: ReportDocument,
  plan: SheetPlan,
  sheets: Record<string, SheetSnapshot | undefined>,
): { problems: string[]; checked: number } {
  const expected = valuesByRef(doc);
  const problems: string[] = [];
  let checked = 0;
  for (const { row, col, ref } of formulaCells(plan)) {
    const key = `${ref.sheet}!${ref.cell}`;
    const want = expected.get(key);
    if (want === undefined) {
      problems.push(`${key}: tidak ada pada laporan`);
      continue;
    }
    const shown = sheets.Laporan?.values[row]?.[col];
    const source = valueAt(sheets[ref.sheet], ref.cell);
    if (!same(shown, want))
      problems.push(
        `Laporan R${row + 1}C${col + 1} (${key}): ${JSON.stringify(shown)} ≠ ${JSON.stringify(want)}`,
      );
    if (!same(source, want)) problems.push(`${key}: ${JSON.stringify(source)} ≠ ${JSON.stringify(want)}`);
    checked++;
  }
  return { problems, checked };
}

const ERROR_VALUE = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)|Err:\d+)/;
export const errorCells = (sheet: SheetSnapshot): string[] =>
  sheet.values.flatMap((row, r) =>
    row.flatMap((v, c) =>
      typeof v === "string" && ERROR_VALUE.test(v) ? [`${sheet.name}!R${r + 1}C${c + 1}: ${v}`] : [],
    ),
  );
