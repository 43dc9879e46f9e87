/**
 * writeSheets, all or nothing. Excel runs a request's commands in order and stops at the first
 * failure without undoing the earlier ones, so atomicity is built by hand:
 *
 *  1. one request reads the workbook (sheets, names, protection, active sheet); the plans are
 *     checked against it before anything changes;
 *  2. every plan is built into a new hidden sheet with a temporary name (all the sheets are
 *     created first, so their ids come back with this request);
 *  3. the swap: the old sheets are renamed to backup names, the new sheets take their names,
 *     visibility and positions, formulas that name plan sheets are written, sheets are protected,
 *     names are pointed at the new sheets, and only then are the old sheets deleted.
 *
 * Steps 2 and 3 are one sequence of commands packed into as few requests as the request budget
 * allows, and never fewer than two (the build, then the swap): when the build is larger than one
 * request, its tail travels with the swap. So a write takes three requests until its data fills
 * two of them (about 7 MB), and only then more, growing with the bytes, not with rows or sheets.
 * Where Excel has ExcelApi 1.13 and the caller gives an .xlsx writer (`options.toXlsx`), a build
 * larger than one request is instead sent as one .xlsx inserted with `insertWorksheetsFromBase64`
 * (insert-steps.ts): the sheets arrive under their temporary names and the same swap follows, so a
 * large write takes the three requests of a small one.
 *
 * If anything fails before the deletion, a restoring request deletes the temporary sheets, gives
 * the old sheets back their names and visibility and the names their old references: the workbook
 * is as it was. Formulas that name a plan sheet are written after the renames (step 3) because a
 * formula binds to the sheet it names when it is written: written into the temporary sheet while the
 * old sheet still bears the name, it would follow the old sheet and end as #REF!.
 */
import type { SheetPlan } from "../../sheet/plan";
import { quoteSheetName, rangeAddress } from "../../sheet/address";
import { S } from "../../strings";
import { planSetProblems, type PlanProblem } from "../../sheet/limits";
import { groupSteps, REQUEST_BUDGET, rowBlocks, step, syncEach, type Step } from "./batches";
import { GatewayError } from "./errors";
import { INSERT_WORKSHEETS, insertSteps, type XlsxBuilder } from "./insert-steps";
import { BASELINE_WRITE, OPTIONAL, type IsSetSupported, type SkippedFeature } from "./requirements";
import { buildSteps, createSheetStep, type Slot } from "./sheet-steps";

type Visibility = Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";

const VISIBILITY: Record<SheetPlan["visibility"], Visibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** Users may still resize rows and columns of a protected sheet; everything else stays locked. */
const PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true };

/** What a write did, for the caller's diagnostics. */
export interface WriteReport {
  /** context.sync() calls made (the restoring ones included). */
  syncs: number;
  /** The estimated size of each request sent, in characters of JSON. */
  requestEstimates: number[];
  skipped: SkippedFeature[];
}

interface OldSheet {
  id: string;
  name: string;
  visibility: Visibility;
  position: number;
  proxy: Excel.Worksheet;
}

interface WorkbookState {
  sheets: OldSheet[];
  names: { name: string; formula: string; proxy: Excel.NamedItem }[];
  protected: boolean;
  activeId: string;
}

interface Placed extends Slot {
  old?: OldSheet;
}

export async function writeSheets(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  supports: IsSetSupported,
  options: { blockTarget?: number; requestBudget?: number; toXlsx?: XlsxBuilder } = {},
): Promise<WriteReport> {
  const report: WriteReport = { syncs: 0, requestEstimates: [], skipped: [] };
  if (!supports(BASELINE_WRITE)) {
    throw new GatewayError("api-too-old", S.excel.errors.apiTooOld(BASELINE_WRITE));
  }
  checkPlanContents(plans);
  if (plans.length === 0) return report;

  const state = await loadState(context);
  report.syncs++;
  checkAgainstWorkbook(plans, state);

  const token = uniqueToken(state);
  const slots: Placed[] = plans.map((plan, i) => {
    const old = state.sheets.find((s) => sameName(s.name, plan.name));
    const slot: Placed = {
      plan,
      tempName: `~kk-${token}-${i}`,
      backupName: `~lama-${token}-${i}`,
      deferred: [],
    };
    return old ? { ...slot, old } : slot;
  });
  const planNames = plans.map((p) => p.name);
  const skip = (feature: keyof typeof OPTIONAL, sheet: string) => {
    const found = report.skipped.find((s) => s.feature === feature);
    if (found) found.sheets.push(sheet);
    else report.skipped.push({ feature, requirement: `ExcelApi ${OPTIONAL[feature]}`, sheets: [sheet] });
  };
  try {
    const b = { context, supports, skip, planNames, blockTarget: options.blockTarget };
    const budget = options.requestBudget ?? REQUEST_BUDGET;
    const build = await largeBuild(context, slots, supports, budget, options.toXlsx, [
      ...slots.map((slot) => createSheetStep(slot, b)),
      ...slots.flatMap((slot) => buildSteps(slot, b)),
    ]);
    const groups = requests(build, swapSteps(context, slots, state), budget);
    await syncEach(
      context,
      groups,
      (group) => {
        context.workbook.application.suspendApiCalculationUntilNextSync();
        for (const s of group) s.queue();
        report.syncs++;
        report.requestEstimates.push(group.reduce((n, s) => n + s.size, 0));
      },
      (group) => {
        for (const s of group) s.after?.();
      },
    );
  } catch (error) {
    let outcome: Outcome = "partial";
    try {
      outcome = await restore(context, slots, state, token);
      report.syncs += 2;
    } catch {
      outcome = "partial";
    }
    if (outcome === "completed") return report;
    throw outcome === "restored"
      ? new GatewayError("write-failed", S.excel.errors.writeFailed, { cause: error })
      : new GatewayError("write-not-restored", S.excel.errors.writeFailedNotRestored, { cause: error });
  }
  return report;
}

/**
 * The build as one inserted .xlsx (insert-steps.ts) when Excel has ExcelApi 1.13, an .xlsx writer
 * is at hand and the commands would not fit one request; otherwise, or when the .xlsx cannot be
 * used, the commands. The sheets of an inserted .xlsx already hold their formulas, so nothing is
 * deferred to the swap.
 */
async function largeBuild(
  context: Excel.RequestContext,
  slots: Placed[],
  supports: IsSetSupported,
  budget: number,
  toXlsx: XlsxBuilder | undefined,
  commands: Step[],
): Promise<Step[]> {
  if (!toXlsx || !supports(INSERT_WORKSHEETS) || commands.reduce((n, s) => n + s.size, 0) <= budget)
    return commands;
  const inserted = await insertSteps(context, slots, budget, toXlsx);
  if (!inserted) return commands;
  for (const slot of slots) slot.deferred = [];
  return inserted;
}

/**
 * Build and swap steps packed in order under the budget; when everything fits one request, the
 * build and the swap still go separately, so a small write takes as many requests as a large one.
 */
function requests(build: Step[], swap: Step[], budget = REQUEST_BUDGET): Step[][] {
  const groups = groupSteps([...build, ...swap], budget);
  return groups.length > 1 || build.length === 0 || swap.length === 0 ? groups : [build, swap];
}

async function loadState(context: Excel.RequestContext): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name,items/visibility,items/position");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const protection = context.workbook.protection;
  protection.load("protected");
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("id");
  await context.sync();
  return {
    sheets: sheets.items
      .map((s) => ({ id: s.id, name: s.name, visibility: s.visibility, position: s.position, proxy: s }))
      .sort((a, b) => a.position - b.position),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula), proxy: n })),
    protected: protection.protected,
    activeId: active.id,
  };
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function invalid(message: string): GatewayError {
  return new GatewayError("invalid-plan", message);
}

/** What can be checked from the plans alone, before Excel is touched: the same limits as the .xlsx host. */
function checkPlanContents(plans: SheetPlan[]): void {
  const found = planSetProblems(plans);
  plans.forEach((plan, i) => {
    const problems = found[i] ?? [];
    if (problems.length > 0) throw invalid(refusal(plan.name, problems));
  });
}

/**
 * The message for a refused plan: the gateway's own sentence for the first problem it has one for
 * (they name the sheet and the cell), else the sheet's whole list of problems.
 */
function refusal(sheet: string, problems: readonly PlanProblem[]): string {
  const E = S.excel.errors;
  for (const p of problems) {
    const at = p.at ?? "";
    switch (p.code) {
      case "sheet-name":
        return E.invalidSheetName(sheet);
      case "sheet-name-duplicate":
        return E.duplicateSheetName(sheet);
      case "defined-name":
        return E.invalidDefinedName(at);
      case "validation-list":
        return E.listTooLong(sheet, at);
      case "validation-text":
        return E.validationTextTooLong(sheet, at);
      case "number":
        return E.invalidNumber(sheet, at);
    }
  }
  const messages = problems.map((p) => p.message);
  return S.sheetPlan.invalid(sheet, messages);
}

function checkAgainstWorkbook(plans: SheetPlan[], state: WorkbookState): void {
  if (state.protected) throw new GatewayError("workbook-protected", S.excel.errors.workbookProtected);
  const replaced = (name: string) => plans.some((p) => sameName(p.name, name));
  const visibleKept = state.sheets.some((s) => s.visibility === "Visible" && !replaced(s.name));
  if (!visibleKept && !plans.some((p) => p.visibility === "visible")) {
    throw invalid(S.excel.errors.noVisibleSheet);
  }
}

/** A token that makes temporary and backup names unique in this workbook. */
function uniqueToken(state: WorkbookState): string {
  const taken = (t: string) => state.sheets.some((s) => s.name.includes(t));
  let token = Date.now().toString(36).slice(-6);
  while (taken(token)) token = Math.floor(Math.random() * 36 ** 6).toString(36);
  return token;
}

function swapSteps(context: Excel.RequestContext, slots: Placed[], state: WorkbookState): Step[] {
  const steps: Step[] = [];
  const sheetOf = (slot: Placed): Excel.Worksheet => {
    if (!slot.sheet) throw new Error(`Temporary sheet for ${slot.plan.name} is missing`);
    return slot.sheet;
  };
  for (const slot of slots) {
    const old = slot.old;
    if (!old) continue;
    steps.push(
      step(slot.backupName, 1, () => {
        old.proxy.name = slot.backupName;
      }),
    );
  }
  for (const slot of slots) {
    steps.push(
      step(slot.plan.name, 2, () => {
        const sheet = sheetOf(slot);
        sheet.name = slot.plan.name;
        sheet.visibility = VISIBILITY[slot.plan.visibility];
      }),
    );
  }
  for (const slot of slots) steps.push(...deferredSteps(slot, sheetOf));
  for (const slot of slots) {
    const protection = slot.plan.protection;
    if (!protection) continue;
    steps.push(
      step(PROTECTION, 2, () => {
        const p = sheetOf(slot).protection;
        if (protection.password !== undefined) p.protect(PROTECTION, protection.password);
        else p.protect(PROTECTION);
      }),
    );
  }
  for (const slot of slots) {
    for (const n of slot.plan.names ?? []) {
      const reference = `=${quoteSheetName(slot.plan.name)}!${absolute(n.range)}`;
      const existing = state.names.find((e) => sameName(e.name, n.name));
      steps.push(
        step(reference, 2, () => {
          if (existing) existing.proxy.formula = reference;
          else context.workbook.names.add(n.name, reference);
        }),
      );
    }
  }
  steps.push(...positionSteps(slots, state, sheetOf));
  const activeSlot = slots.find((s) => s.old?.id === state.activeId && s.plan.visibility === "visible");
  if (activeSlot) steps.push(step(null, 1, () => sheetOf(activeSlot).activate()));
  for (const slot of slots) {
    const old = slot.old;
    if (!old) continue;
    steps.push(
      step(old.name, 2, () => {
        // Excel refuses to delete a very hidden sheet (InvalidOperation): hide it plainly first.
        if (old.visibility === "VeryHidden") old.proxy.visibility = "Hidden";
        old.proxy.delete();
      }),
    );
  }
  return steps;
}

/** Formulas naming plan sheets, written over their bounding rectangle; `null` leaves a cell as is. */
function deferredSteps(slot: Placed, sheetOf: (s: Placed) => Excel.Worksheet): Step[] {
  if (slot.deferred.length === 0) return [];
  const rows = slot.deferred.map((d) => d.row);
  const cols = slot.deferred.map((d) => d.col);
  const r0 = Math.min(...rows);
  const c0 = Math.min(...cols);
  const grid: (string | null)[][] = Array.from({ length: Math.max(...rows) - r0 + 1 }, () =>
    new Array<string | null>(Math.max(...cols) - c0 + 1).fill(null),
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

/** Each new sheet takes the tab position of the sheet it replaces; new names stay at the end. */
function positionSteps(
  slots: Placed[],
  state: WorkbookState,
  sheetOf: (s: Placed) => Excel.Worksheet,
): Step[] {
  const order = [...state.sheets.map((s) => `old:${s.id}`), ...slots.map((_, i) => `new:${i}`)];
  const replacing = slots
    .map((slot, i) => ({ slot, i }))
    .filter((x): x is { slot: Placed & { old: OldSheet }; i: number } => x.slot.old !== undefined)
    .sort((a, b) => a.slot.old.position - b.slot.old.position);
  const steps: Step[] = [];
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

/** "B2:D5" → "$B$2:$D$5". */
function absolute(range: string): string {
  return range
    .split(":")
    .map((cell) => cell.replace(/\$/g, "").replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

type Outcome = "restored" | "completed" | "partial";

/**
 * After a failure: if the swap had begun deleting old sheets (its last commands), everything before
 * them was applied, so the write is completed by deleting the remaining old sheets. Otherwise the
 * workbook is put back as it was loaded: temporary sheets deleted (by id, or by the run's token when
 * they failed before their ids came back, which also covers sheets inserted from an .xlsx under
 * their temporary names), old sheets given back their names and visibility, names their
 * references, the active sheet its focus.
 */
async function restore(
  context: Excel.RequestContext,
  slots: Placed[],
  state: WorkbookState,
  token: string,
): Promise<Outcome> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();

  const olds = slots.map((s) => s.old).filter((o): o is OldSheet => o !== undefined);
  const now = (id: string) => sheets.items.find((ws) => ws.id === id);
  if (olds.some((old) => !now(old.id))) {
    for (const old of olds) {
      const ws = now(old.id);
      if (!ws) continue;
      if (ws.visibility === "VeryHidden") ws.visibility = "Hidden";
      ws.delete();
    }
    await context.sync();
    return "completed";
  }

  const tempIds = new Set(slots.map((s) => s.tempId).filter((id): id is string => id !== undefined));
  for (const ws of sheets.items) {
    if (!tempIds.has(ws.id) && !ws.name.startsWith(`~kk-${token}-`)) continue;
    if (ws.visibility === "VeryHidden") ws.visibility = "Hidden";
    ws.delete();
  }
  for (const old of olds) {
    const ws = now(old.id);
    if (!ws) continue;
    if (ws.name !== old.name) ws.name = old.name;
    if (ws.visibility !== old.visibility) ws.visibility = old.visibility;
  }
  for (const n of slots.flatMap((s) => s.plan.names ?? [])) {
    const before = state.names.find((e) => sameName(e.name, n.name));
    const current = names.items.find((e) => sameName(e.name, n.name));
    if (before && current) current.formula = before.formula;
    else if (before) context.workbook.names.add(before.name, before.formula);
    else if (current) current.delete();
  }
  const active = now(state.activeId);
  if (active && state.sheets.find((s) => s.id === state.activeId)?.visibility === "Visible")
    active.activate();
  await context.sync();
  return "restored";
}
