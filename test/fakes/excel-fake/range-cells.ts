/**
 * Shared by the range proxies: the target of a range, per-cell iteration, Excel's "null when the
 * cells differ" rule for getters, the 2-D shape check and the protected-sheet rule.
 */
import type { Ctx } from "./context";
import { fail } from "./errors";
import { defaultCell, isWholeColumns, isWholeRows, type FakeCell, type FakeSheet, type FRect } from "./model";

export interface RangeTarget {
  sheet: FakeSheet;
  rect: FRect;
}

export type Mode = "created" | "nav" | "bound";

export const PROTECTED = "The cell or chart you're trying to change is on a protected sheet.";

/** Every cell of a range (created on demand); refuses whole rows/columns, which the fake does not model per cell. */
export function eachCell(ctx: Ctx, t: RangeTarget, fn: (cell: FakeCell, r: number, c: number) => void): void {
  if (isWholeRows(t.rect) || isWholeColumns(t.rect)) {
    throw fail("NotImplemented", "The fake does not model cell writes to entire rows or columns.");
  }
  for (let r = t.rect.r1; r <= t.rect.r2; r++) {
    for (let c = t.rect.c1; c <= t.rect.c2; c++) fn(ctx.host.model.cellAt(t.sheet, r, c), r, c);
  }
}

/**
 * One value for all cells of one or more rectangles, or null when the cells differ (Excel's rule for
 * format getters, on a Range and across the areas of a RangeAreas).
 */
export function uniform(
  ctx: Ctx,
  targets: RangeTarget | RangeTarget[],
  pick: (cell: FakeCell) => unknown,
): unknown {
  let first: string | undefined;
  let value: unknown = null;
  for (const t of Array.isArray(targets) ? targets : [targets]) {
    for (let r = t.rect.r1; r <= t.rect.r2; r++) {
      for (let c = t.rect.c1; c <= t.rect.c2; c++) {
        const v = pick(ctx.host.model.peekCell(t.sheet, r, c) ?? defaultCell());
        const key = JSON.stringify(v);
        if (first === undefined) {
          first = key;
          value = v;
        } else if (key !== first) return null;
      }
    }
  }
  return value;
}

export function grid<V>(ctx: Ctx, t: RangeTarget, pick: (cell: FakeCell | undefined) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.rect.r1; r <= t.rect.r2; r++) {
    const row: V[] = [];
    for (let c = t.rect.c1; c <= t.rect.c2; c++) row.push(pick(ctx.host.model.peekCell(t.sheet, r, c)));
    out.push(row);
  }
  return out;
}

export function checkShape(t: RangeTarget, input: unknown): unknown[][] {
  const rows = t.rect.r2 - t.rect.r1 + 1;
  const cols = t.rect.c2 - t.rect.c1 + 1;
  if (
    !Array.isArray(input) ||
    input.length !== rows ||
    input.some((row) => !Array.isArray(row) || row.length !== cols)
  ) {
    throw fail(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  return input as unknown[][];
}

export function formatAllowed(
  t: RangeTarget,
  what: "allowFormatCells" | "allowFormatColumns" | "allowFormatRows",
): void {
  if (t.sheet.protection.protected && t.sheet.protection.options[what] !== true)
    throw fail("InvalidOperation", PROTECTED);
}

export function normalColor(v: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(v))
    throw fail("InvalidArgument", `The fake takes colours as #RRGGBB, not ${v}.`);
  return v.toUpperCase();
}
