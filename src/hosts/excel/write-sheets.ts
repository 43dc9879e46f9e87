/**
 * writeSheets, all or nothing. Excel runs a request's commands in order and stops at the first
 * failure without undoing the earlier ones, so atomicity is built by hand:
 *
 *  1. one request reads the workbook (sheets, names, protection, active sheet); the plans are
 *     checked against it before anything changes;
 *  2. every plan is built into a new hidden sheet with a temporary name (all the sheets are
 *     created first, so their ids come back with this request);
 *  3. the swap (swap-steps.ts): the old sheets are renamed to backup names, the new sheets take
 *     their names, visibility and positions, formulas that name plan sheets are written, sheets are
 *     protected, names are pointed at the new sheets, and only then are the old sheets deleted.
 *
 * Steps 2 and 3 are one sequence of commands packed into as few requests as the request budget
 * allows, and never fewer than two (the build, then the swap): when the build is larger than one
 * request, its tail travels with the swap. So a write takes three requests until its data fills
 * two of them (about 9 MB), and only then more, growing with the bytes, not with rows or sheets.
 * Where Excel has ExcelApi 1.13 and the caller gives an .xlsx writer (`options.toXlsx`), a build
 * larger than one request is instead sent as one .xlsx inserted with `insertWorksheetsFromBase64`
 * (insert-steps.ts): the sheets arrive under their temporary names and the same swap follows, so a
 * large write takes the three requests of a small one. Past one request's worth of .xlsx, the
 * sheets go as several, and a sheet too large for any sends its first rows as an .xlsx and the rest
 * as commands (head-steps.ts). Requests are filled to the budget (batches.ts): a write takes about
 * one request per 4.5 MB it sends, plus the first and, for a small write, the swap.
 *
 * If anything fails before the deletion, a restoring request (restore.ts) deletes the temporary
 * sheets, gives the old sheets back their names and visibility and the names their old references:
 * the workbook is as it was. Formulas that name a plan sheet are written after the renames (step 3) because a
 * formula binds to the sheet it names when it is written: written into the temporary sheet while the
 * old sheet still bears the name, it would follow the old sheet and end as #REF!.
 */
import type { SheetPlan } from "../../sheet/plan";
import { S } from "../../strings";
import { planSetProblems, type PlanProblem } from "../../sheet/limits";
import { groupSteps, REQUEST_BUDGET, syncEach, type Step } from "./batches";
import { GatewayError } from "./errors";
import { headSteps, type Head } from "./head-steps";
import { INSERT_WORKSHEETS, insertSteps, type XlsxBuilder } from "./insert-steps";
import { restore, type Outcome } from "./restore";
import { BASELINE_WRITE, OPTIONAL, type IsSetSupported, type SkippedFeature } from "./requirements";
import { buildSteps, createSheetStep, type BuildContext } from "./sheet-steps";
import { printSteps } from "./print-steps";
import { swapSteps } from "./swap-steps";
import {
  loadState,
  sameName,
  tempPrefix,
  uniqueToken,
  type Placed,
  type WorkbookState,
} from "./workbook-state";

/** What a write did, for the caller's diagnostics. */
export interface WriteReport {
  /** context.sync() calls made (the restoring ones included). */
  syncs: number;
  /** The estimated size of each request sent, in characters of JSON. */
  requestEstimates: number[];
  skipped: SkippedFeature[];
}

export interface WriteOptions {
  blockTarget?: number;
  requestBudget?: number;
  toXlsx?: XlsxBuilder;
}

export async function writeSheets(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  supports: IsSetSupported,
  options: WriteOptions = {},
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
  const slots = placeSlots(plans, state, token);
  try {
    await buildAndSwap(context, slots, state, supports, options, report);
  } catch (error) {
    await recover(context, slots, state, token, report, error);
  }
  return report;
}

/** Each plan's slot: its temporary and backup names, and the sheet of the same name it replaces. */
function placeSlots(plans: SheetPlan[], state: WorkbookState, token: string): Placed[] {
  return plans.map((plan, i) => {
    const old = state.sheets.find((s) => sameName(s.name, plan.name));
    const slot: Placed = {
      plan,
      tempName: `${tempPrefix(token)}${i}`,
      backupName: `~lama-${token}-${i}`,
      deferred: [],
    };
    return old ? { ...slot, old } : slot;
  });
}

/** Steps 2 and 3: the build, then the swap, sent in as few requests as the budget allows. */
async function buildAndSwap(
  context: Excel.RequestContext,
  slots: Placed[],
  state: WorkbookState,
  supports: IsSetSupported,
  options: WriteOptions,
  report: WriteReport,
): Promise<void> {
  const planNames = slots.map((s) => s.plan.name);
  const b = { context, supports, skip: skipRecorder(report), planNames, blockTarget: options.blockTarget };
  const budget = options.requestBudget ?? REQUEST_BUDGET;
  const commands = slots.map((slot) => ({ create: createSheetStep(slot, b), build: buildSteps(slot, b) }));
  const build = await largeBuild(context, slots, b, budget, options.toXlsx, commands);
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
}

/** Each feature left out, once, with every sheet it was left out of. */
function skipRecorder(report: WriteReport): BuildContext["skip"] {
  return (feature, sheet) => {
    const found = report.skipped.find((s) => s.feature === feature);
    if (found) found.sheets.push(sheet);
    else report.skipped.push({ feature, requirement: `ExcelApi ${OPTIONAL[feature]}`, sheets: [sheet] });
  };
}

/**
 * After a failure: returns when the write could be completed, else throws the error the user sees,
 * which says whether the workbook was restored.
 */
async function recover(
  context: Excel.RequestContext,
  slots: Placed[],
  state: WorkbookState,
  token: string,
  report: WriteReport,
  error: unknown,
): Promise<void> {
  let outcome: Outcome = "partial";
  try {
    outcome = await restore(context, slots, state, token);
    report.syncs += 2;
  } catch {
    outcome = "partial";
  }
  if (outcome === "completed") return;
  throw outcome === "restored"
    ? new GatewayError("write-failed", S.excel.errors.writeFailed, { cause: error })
    : new GatewayError("write-not-restored", S.excel.errors.writeFailedNotRestored, { cause: error });
}

/** An inserted sheet, fetched by the insert's own steps before any step after them runs. */
function insertedSheet(slot: Placed): Excel.Worksheet {
  if (!slot.sheet) throw new Error(`Inserted sheet for ${slot.plan.name} was not fetched`);
  return slot.sheet;
}

/**
 * The build as inserted .xlsx (insert-steps.ts) when Excel has ExcelApi 1.13, an .xlsx writer is
 * at hand and the commands would not fit one request; otherwise, or when no .xlsx can be used, the
 * commands (each slot's: its sheet created, then built). A sheet of an inserted .xlsx already holds
 * its formulas, so nothing of it is deferred to the swap. A sheet the inserts leave out whose
 * commands would not fit one request sends its first rows as an .xlsx of their own and the rest as
 * commands (head-steps.ts); a smaller one is built by its commands.
 */
async function largeBuild(
  context: Excel.RequestContext,
  slots: Placed[],
  b: BuildContext,
  budget: number,
  toXlsx: XlsxBuilder | undefined,
  commands: { create: Step; build: Step[] }[],
): Promise<Step[]> {
  const of = (kept: readonly number[]) => [
    ...kept.flatMap((i) => commands[i]?.create ?? []),
    ...kept.flatMap((i) => commands[i]?.build ?? []),
  ];
  const all = of(slots.map((_, i) => i));
  const size = (steps: readonly Step[]) => steps.reduce((n, s) => n + s.size, 0);
  if (!toXlsx || !b.supports(INSERT_WORKSHEETS) || size(all) <= budget) return all;
  const bytes = commands.map((c) => size(c.build));
  const inserts = await insertSteps(context, slots, budget, toXlsx, bytes);
  const inserted = inserts?.inserted ?? new Set<Placed>();
  for (const slot of inserted) slot.deferred = [];
  const heads = new Map<Placed, Head>();
  for (const [i, slot] of slots.entries()) {
    const own = bytes[i] ?? 0;
    if (inserted.has(slot) || own <= budget) continue;
    const head = await headSteps(context, slot, b, budget, toXlsx, own);
    if (head) heads.set(slot, head);
  }
  if (inserted.size === 0 && heads.size === 0) return all;
  const rest = slots.flatMap((slot, i) => (inserted.has(slot) || heads.has(slot) ? [] : [i]));
  // The inserted sheets come first, group by group, then the heads: the swap puts every sheet in its place.
  const arriving = [...inserted, ...heads.keys()];
  [...arriving, ...rest.flatMap((i) => slots[i] ?? [])].forEach((slot, n) => (slot.created = n));
  // Print areas and titles are workbook names in the .xlsx, which an insert may leave behind: set again.
  const printed = arriving.flatMap((slot) => printSteps(slot.plan, () => insertedSheet(slot), b));
  const headed = [...heads.values()];
  return [
    ...(inserts?.steps ?? []),
    ...headed.flatMap((h) => h.steps),
    ...printed,
    ...of(rest),
    ...headed.flatMap((h) => h.tail),
  ];
}

/**
 * Build and swap steps packed in order under the budget; when everything fits one request, the
 * build and the swap still go separately, so a small write takes as many requests as a large one.
 */
function requests(build: Step[], swap: Step[], budget = REQUEST_BUDGET): Step[][] {
  const groups = groupSteps([...build, ...swap], budget);
  return groups.length > 1 || build.length === 0 || swap.length === 0 ? groups : [build, swap];
}

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
