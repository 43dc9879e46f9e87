import type { CellValue, SheetPlan, SheetSnapshot } from "../../src/sheet/plan";

/** What a host would read back from a plan, without a host: values, and formulas where written. */
export function snapshotOfPlan(plan: SheetPlan): SheetSnapshot {
  return {
    name: plan.name,
    visibility: plan.visibility,
    values: plan.rows.map((r) => r.map((c) => (c?.value ?? null) as CellValue)),
    formulas: plan.rows.map((r) => r.map((c) => (c?.formula ? `=${c.formula}` : null))),
    merges: plan.merges,
  };
}
