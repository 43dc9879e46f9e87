/**
 * The build of a large write as one inserted .xlsx (ExcelApi 1.13): the plans are built into one
 * workbook in memory, under their temporary names, by the .xlsx writer the composition root hands
 * the gateway (so this host does not depend on exceljs), and the request carries it base64-encoded
 * to `Workbook.insertWorksheetsFromBase64`. A build sent as commands grows with the
 * rows (about 20 MB for a consolidation of 40 Bagian × 100 indicators, so several requests); the
 * .xlsx is compressed and goes in one request, so the number of requests stays that of a small write.
 * Past one request (40 Bagian × 1,000 indicators), the sheets go as several .xlsx, a group of
 * sheets whose formulas name each other in each, so the requests follow the compressed bytes; a
 * group too large for one request is left to head-steps.ts (its large sheets' first rows as .xlsx)
 * and commands.
 *
 * What the swap does is left to it: the sheets are inserted visible (an .xlsx needs a visible sheet)
 * and hidden in the same request, protection and defined names are applied by the swap as for a
 * built sheet. Formulas naming a plan sheet are written into the .xlsx naming its temporary sheet
 * (`'Data'!$A$5` → `'~kk-…-0'!$A$5`): when the swap renames the temporary sheet to "Data", Excel
 * updates the references to the renamed sheet, so they end naming "Data" again. A formula naming a
 * sheet outside the plans could not be resolved inside the .xlsx, so such a write stays on commands.
 */
import { quoteSheetName } from "../../sheet/address";
import type { CellPlan, ColumnPlan, SheetPlan } from "../../sheet/plan";
import { toBase64 } from "../../domain/shared/base64";
import { CALL_OVERHEAD, step, type Step } from "./batches";
import type { Slot } from "./sheet-steps";

/** `Workbook.insertWorksheetsFromBase64` and `InsertWorksheetOptions`. */
export const INSERT_WORKSHEETS = "1.13";

/** Sheet plans to the bytes of one .xlsx (the .xlsx host's `plansToXlsx`, injected). */
export type XlsxBuilder = (plans: SheetPlan[]) => Promise<Uint8Array>;

/** The build as inserts: their steps, and the slots they build (the others are left to commands). */
export interface Inserts {
  steps: Step[];
  inserted: Set<Slot>;
}

/**
 * The steps of the build as .xlsx inserts, or undefined when none can be used: a formula names a
 * sheet outside the plans, or `toXlsx` refuses a plan. One .xlsx of every plan when it fits one
 * request; else one .xlsx per group of sheets whose formulas name each other (each inserted whole,
 * the requests packed as the budget allows), and a group too large for a request alone is left to
 * commands. So a write larger than a request takes requests in proportion to its compressed bytes.
 * An .xlsx that could not fit, by the plans' commands (`commandBytes`, per slot), is not built:
 * building one of Data and Analisis at 1,000 indicators takes seconds.
 */
export async function insertSteps(
  context: Excel.RequestContext,
  slots: readonly Slot[],
  budget: number,
  toXlsx: XlsxBuilder,
  commandBytes: readonly number[] = [],
): Promise<Inserts | undefined> {
  const plans = temporaryPlans(slots);
  if (!plans) return undefined;
  const hopeless = (indices: readonly number[]) =>
    indices.reduce((n, i) => n + (commandBytes[i] ?? 0), 0) * MIN_XLSX_SHARE > budget;
  if (!hopeless(slots.map((_, i) => i))) {
    const whole = await insertOf(context, slots, plans, toXlsx);
    if (!whole) return undefined;
    if (sizeOf(whole) <= budget) return { steps: whole, inserted: new Set(slots) };
  }
  const steps: Step[] = [];
  const inserted = new Set<Slot>();
  for (const group of linkedGroups(slots, plans)) {
    if (hopeless(group)) continue;
    const groupSlots = group.map((i) => slots[i]).filter((s): s is Slot => s !== undefined);
    const groupPlans = group.map((i) => plans[i]).filter((p): p is SheetPlan => p !== undefined);
    const insert = await insertOf(context, groupSlots, groupPlans, toXlsx);
    if (!insert || sizeOf(insert) > budget) continue;
    steps.push(...insert);
    for (const slot of groupSlots) inserted.add(slot);
  }
  return inserted.size === 0 ? undefined : { steps, inserted };
}

/**
 * An .xlsx is never smaller than this share of the same sheets' commands (measured: a sixth to a
 * tenth), so commands past budget ÷ share mean an .xlsx past the budget.
 */
const MIN_XLSX_SHARE = 1 / 20;

const sizeOf = (steps: readonly Step[]) => steps.reduce((n, s) => n + s.size, 0);

/** One .xlsx of `plans` inserted, and its sheets taken; undefined when `toXlsx` refuses them. */
async function insertOf(
  context: Excel.RequestContext,
  slots: readonly Slot[],
  plans: SheetPlan[],
  toXlsx: XlsxBuilder,
): Promise<Step[] | undefined> {
  let base64: string;
  try {
    base64 = toBase64(await toXlsx(plans));
  } catch {
    return undefined;
  }
  return [insertStep(context, base64), ...slots.map((slot) => fetchStep(context, slot))];
}

/** One .xlsx inserted at the end of the workbook. */
export function insertStep(context: Excel.RequestContext, base64: string): Step {
  return {
    // The base64 text travels as a JSON string (no character of it is escaped) with the options.
    size: base64.length + 2 + CALL_OVERHEAD + 32,
    queue: () => {
      context.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
    },
  };
}

/**
 * The plans (by index) in groups that must be inserted together: a formula of one names another
 * (directly or through a third), as the temporary names they are written with.
 */
function linkedGroups(slots: readonly Slot[], plans: readonly SheetPlan[]): number[][] {
  const byName = new Map(slots.map((s, i) => [s.tempName.toLowerCase(), i]));
  const parent = slots.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  plans.forEach((plan, i) => {
    for (const row of plan.rows)
      for (const cell of row) {
        const formula = cell?.formula;
        if (!formula?.includes("'")) continue;
        for (const m of formula.matchAll(QUOTED_SHEET)) {
          const j = byName.get((m[1] ?? "").replace(/''/g, "'").toLowerCase());
          if (j !== undefined) parent[root(j)] = root(i);
        }
      }
  });
  const groups = new Map<number, number[]>();
  slots.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  return [...groups.values()];
}

/** A quoted sheet reference in a formula: 'Name'! (temporary names are always quoted). */
const QUOTED_SHEET = /'((?:[^']|'')+)'!/g;

/** Takes the inserted sheet by its temporary name, hides it and reads its id back. */
export function fetchStep(context: Excel.RequestContext, slot: Slot): Step {
  return {
    ...step(slot.tempName, 3, () => {
      const sheet = context.workbook.worksheets.getItem(slot.tempName);
      sheet.visibility = "Hidden";
      sheet.load("id");
      slot.sheet = sheet;
    }),
    after: () => {
      slot.tempId = slot.sheet?.id;
    },
  };
}

/**
 * The plans as they go into the .xlsx: temporary names, visible, without protection or names (the
 * swap's), formulas naming plan sheets pointed at their temporary sheets. Undefined when a formula
 * names any other sheet.
 */
export function temporaryPlans(slots: readonly Slot[]): SheetPlan[] | undefined {
  const rename = sheetRenamer(slots.map((s) => [s.plan.name, s.tempName] as const));
  const plans: SheetPlan[] = [];
  for (const { plan, tempName } of slots) {
    let outside = false;
    const rows = plan.rows.map((row) =>
      row.map((cell): CellPlan | null => {
        if (!cell || cell.formula === undefined || cell.formula === "") return cell;
        const formula = rename(cell.formula);
        if (namesAnotherSheet(formula, slots)) outside = true;
        return formula === cell.formula ? cell : { ...cell, formula };
      }),
    );
    if (outside) return undefined;
    const { protection: _p, names: _n, ...rest } = plan;
    plans.push({
      ...rest,
      name: tempName,
      visibility: "visible",
      rows,
      columns: plan.columns.map(keptWidth),
    });
  }
  return plans;
}

/**
 * exceljs leaves out of the file a column whose width is exactly its default, 9 characters (and
 * that has no style), so Excel would give it the workbook's default (8.43): a hair more keeps it.
 */
export function keptWidth(column: ColumnPlan): ColumnPlan {
  return column.width === EXCELJS_DEFAULT_WIDTH ? { ...column, width: EXCELJS_DEFAULT_WIDTH + 1e-6 } : column;
}

const EXCELJS_DEFAULT_WIDTH = 9;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Splits a formula into its string literals ("…", with "" inside) and the rest. */
const STRING_LITERAL = /("(?:[^"]|"")*")/;

/**
 * Rewrites the sheet references of a formula (`'Old name'!`, `Old!`, any case) outside its string
 * literals to the new names, quoted.
 * @example sheetRenamer([["Data", "~kk-x-0"]])("SUM(Data!$A$1:$A$3)") // "SUM('~kk-x-0'!$A$1:$A$3)"
 */
export function sheetRenamer(pairs: readonly (readonly [string, string])[]): (formula: string) => string {
  if (pairs.length === 0) return (f) => f;
  const target = new Map(pairs.map(([from, to]) => [from.toLowerCase(), quoteSheetName(to)]));
  const names = [...pairs.map(([from]) => from)].sort((a, b) => b.length - a.length);
  const alternatives = names.flatMap((n) => [
    `'(${escapeRegExp(n.replace(/'/g, "''"))})'!`,
    `(?<![A-Za-z0-9_.'])(${escapeRegExp(n)})!`,
  ]);
  const pattern = new RegExp(alternatives.join("|"), "gi");
  const replace = (part: string) =>
    part.replace(pattern, (match, ...groups: unknown[]) => {
      const name = groups.slice(0, alternatives.length).find((g): g is string => typeof g === "string");
      const quoted = name === undefined ? undefined : target.get(name.replace(/''/g, "'").toLowerCase());
      return quoted === undefined ? match : `${quoted}!`;
    });
  return (formula) =>
    formula
      .split(STRING_LITERAL)
      .map((part, i) => (i % 2 === 1 ? part : replace(part)))
      .join("");
}

/** True when a (rewritten) formula still has a sheet reference that is not to a temporary sheet. */
function namesAnotherSheet(formula: string, slots: readonly Slot[]): boolean {
  const own = new Set(slots.map((s) => `${quoteSheetName(s.tempName)}!`));
  return outsideLiterals(formula).some((part) =>
    [...own].reduce((p, ref) => p.split(ref).join(""), part).includes("!"),
  );
}

/** The parts of a formula outside its string literals: `IF(A1="x!",B!C1,"")` → `IF(A1=`, `,B!C1,`. */
export function outsideLiterals(formula: string): string[] {
  return formula.split(STRING_LITERAL).filter((_, i) => i % 2 === 0);
}
