/**
 * The swap, step 3 of writeSheets: the old sheets are renamed to backup names, the new sheets take
 * their names, visibility and positions, formulas that name plan sheets are written, sheets are
 * protected, names are pointed at the new sheets, the active sheet keeps its focus, and only then
 * are the old sheets deleted. The deletions come last so that a failure before them can be undone
 * (restore.ts), and a failure among them completes the write.
 */
import type { SheetPlan } from "../../sheet/plan";
import { quoteSheetName, rangeAddress } from "../../sheet/address";
import { rowBlocks, step, type Step } from "./batches";
import { sameName, type OldSheet, type Placed, type Visibility, type WorkbookState } from "./workbook-state";

const VISIBILITY: Record<SheetPlan["visibility"], Visibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** Users may still resize rows and columns of a protected sheet; everything else stays locked. */
const PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true };

type SheetOf = (slot: Placed) => Excel.Worksheet;

export function swapSteps(context: Excel.RequestContext, slots: Placed[], state: WorkbookState): Step[] {
  const sheetOf: SheetOf = (slot) => {
    if (!slot.sheet) throw new Error(`Temporary sheet for ${slot.plan.name} is missing`);
    return slot.sheet;
  };
  return [
    ...backupSteps(slots),
    ...takeOverSteps(slots, sheetOf),
    ...slots.flatMap((slot) => deferredSteps(slot, sheetOf)),
    ...protectSteps(slots, sheetOf),
    ...nameSteps(context, slots, state),
    ...positionSteps(slots, state, sheetOf),
    ...activateSteps(slots, state, sheetOf),
    ...deleteOldSteps(slots),
  ];
}

/** Each old sheet gives up its name for its backup name. */
function backupSteps(slots: Placed[]): Step[] {
  return slots.flatMap((slot) => {
    const old = slot.old;
    if (!old) return [];
    return [
      step(slot.backupName, 1, () => {
        old.proxy.name = slot.backupName;
      }),
    ];
  });
}

/** Each new sheet takes its plan's name and visibility. */
function takeOverSteps(slots: Placed[], sheetOf: SheetOf): Step[] {
  return slots.map((slot) =>
    step(slot.plan.name, 2, () => {
      const sheet = sheetOf(slot);
      sheet.name = slot.plan.name;
      sheet.visibility = VISIBILITY[slot.plan.visibility];
    }),
  );
}

/** Formulas naming plan sheets, written over their bounding rectangle; `null` leaves a cell as is. */
function deferredSteps(slot: Placed, sheetOf: SheetOf): Step[] {
  if (slot.deferred.length === 0) return [];
  // A loop, not Math.min(...rows): a large sheet defers more formulas than a call takes arguments.
  let [r0, r1, c0, c1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const d of slot.deferred) {
    [r0, r1] = [Math.min(r0, d.row), Math.max(r1, d.row)];
    [c0, c1] = [Math.min(c0, d.col), Math.max(c1, d.col)];
  }
  const grid: (string | null)[][] = Array.from({ length: r1 - r0 + 1 }, () =>
    new Array<string | null>(c1 - c0 + 1).fill(null),
  );
  for (const d of slot.deferred) {
    const row = grid[d.row - r0];
    if (row) row[d.col - c0] = d.formula;
  }
  return rowBlocks(grid).map(({ start, end }) => {
    const block = grid.slice(start, end);
    const width = grid[0]?.length ?? 1;
    const address = rangeAddress(r0 + start, c0, r0 + end - 1, c0 + width - 1);
    return step(block, 2, () => {
      sheetOf(slot).getRange(address).formulas = block;
    });
  });
}

/** Protection last among a sheet's own settings, after its deferred formulas. */
function protectSteps(slots: Placed[], sheetOf: SheetOf): Step[] {
  return slots.flatMap((slot) => {
    const protection = slot.plan.protection;
    if (!protection) return [];
    return [
      step(PROTECTION, 2, () => {
        const p = sheetOf(slot).protection;
        // A sheet with filter buttons keeps them usable under protection.
        const options = slot.plan.autoFilter ? { ...PROTECTION, allowAutoFilter: true } : PROTECTION;
        if (protection.password !== undefined) p.protect(options, protection.password);
        else p.protect(options);
      }),
    ];
  });
}

/** Each plan name points at its range of the new sheet: an existing name is repointed, a new one added. */
function nameSteps(context: Excel.RequestContext, slots: Placed[], state: WorkbookState): Step[] {
  return slots.flatMap((slot) =>
    (slot.plan.names ?? []).map((n) => {
      const reference = `=${quoteSheetName(slot.plan.name)}!${absolute(n.range)}`;
      const existing = state.names.find((e) => sameName(e.name, n.name));
      return step(reference, 2, () => {
        if (existing) existing.proxy.formula = reference;
        else context.workbook.names.add(n.name, reference);
      });
    }),
  );
}

/** Each new sheet takes the tab position of the sheet it replaces; new names stay at the end. */
function positionSteps(slots: Placed[], state: WorkbookState, sheetOf: SheetOf): Step[] {
  const created = slots.map((_, i) => i).sort((a, b) => createdAt(slots, a) - createdAt(slots, b));
  const order = [...state.sheets.map((s) => `old:${s.id}`), ...created.map((i) => `new:${i}`)];
  const steps = freshInPlanOrder(slots, order, sheetOf);
  const replacing = slots
    .map((slot, i) => ({ slot, i }))
    .filter((x): x is { slot: Placed & { old: OldSheet }; i: number } => x.slot.old !== undefined)
    .sort((a, b) => a.slot.old.position - b.slot.old.position);
  for (const { slot, i } of replacing) {
    order.splice(order.indexOf(`new:${i}`), 1);
    const target = order.indexOf(`old:${slot.old.id}`);
    order.splice(target, 0, `new:${i}`);
    steps.push(
      step(target, 1, () => {
        sheetOf(slot).position = target;
      }),
    );
  }
  return steps;
}

const createdAt = (slots: readonly Placed[], i: number) => slots[i]?.created ?? i;

/**
 * The new sheets that replace none end after the others in the plans' order: when the build added
 * them in another order (inserted .xlsx first, group by group), each is moved to the end in turn.
 * `order` (the sheets' order as the build leaves it) is updated.
 */
function freshInPlanOrder(slots: Placed[], order: string[], sheetOf: SheetOf): Step[] {
  const fresh = slots.flatMap((slot, i) => (slot.old ? [] : [i]));
  const inOrder = fresh.every(
    (i, k) => k === 0 || order.indexOf(`new:${fresh[k - 1]}`) < order.indexOf(`new:${i}`),
  );
  if (inOrder) return [];
  return fresh.map((i) => {
    order.splice(order.indexOf(`new:${i}`), 1);
    order.push(`new:${i}`);
    const target = order.length - 1;
    return step(target, 1, () => {
      const slot = slots[i];
      if (slot) sheetOf(slot).position = target;
    });
  });
}

/** The new sheet that replaces the active sheet becomes active, if it is visible. */
function activateSteps(slots: Placed[], state: WorkbookState, sheetOf: SheetOf): Step[] {
  const activeSlot = slots.find((s) => s.old?.id === state.activeId && s.plan.visibility === "visible");
  return activeSlot ? [step(null, 1, () => sheetOf(activeSlot).activate())] : [];
}

function deleteOldSteps(slots: Placed[]): Step[] {
  return slots.flatMap((slot) => {
    const old = slot.old;
    if (!old) return [];
    return [
      step(old.name, 2, () => {
        // Excel refuses to delete a very hidden sheet (InvalidOperation): hide it plainly first.
        if (old.visibility === "VeryHidden") old.proxy.visibility = "Hidden";
        old.proxy.delete();
      }),
    ];
  });
}

/** "B2:D5" → "$B$2:$D$5". */
function absolute(range: string): string {
  return range
    .split(":")
    .map((cell) => cell.replace(/\$/g, "").replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}
