/**
 * A sheet too large for an inserted .xlsx of its own (Data at 1,000 indicators per Bagian: about
 * 13 MB compressed, 18 MB as base64) still sends as much of itself as one request carries as an
 * .xlsx: its first rows, with everything of the sheet as a whole (column widths, panes, tab colour,
 * print setup, filter buttons, charts), go in as one inserted workbook under the temporary name,
 * and the rows after them are built into that sheet by commands (sheet-steps.ts `buildSteps` from
 * the first row the head left out). Compressed, a row costs a sixth to an eighth of its commands,
 * so the write sends fewer bytes and takes fewer requests.
 *
 * Excel has no call that would join the parts of one sheet sent as several workbooks without
 * `Range.copyFrom` (ExcelApi 1.9), which the strict fake the gateway is tested against does not
 * model; so a sheet gets one head, and the rest goes as commands.
 *
 * What the head leaves to commands: formulas naming a plan sheet (they are deferred to the swap,
 * as on the command path: an .xlsx of one sheet could not resolve them), merges and validations
 * that reach below the head, row heights and page breaks below it. A head whose formulas name a
 * sheet outside the plans is not made (the sheet goes as commands).
 */
import type { CellPlan, SheetPlan } from "../../sheet/plan";
import { toBase64 } from "../../domain/shared/base64";
import type { Step } from "./batches";
import { formulaInput, referencesSheet } from "./cell-content";
import { fetchStep, insertStep, keptWidth, outsideLiterals, type XlsxBuilder } from "./insert-steps";
import { buildSteps, lastRow, type BuildContext, type Slot } from "./sheet-steps";

/** The head's insert (and the sheet taken), and the steps that build the rest into it. */
export interface Head {
  steps: Step[];
  tail: Step[];
}

/** Compressed, a row takes about this share of its commands (the first guess of the head's rows). */
const XLSX_SHARE = 1 / 6;
/** How many .xlsx builds the head may take to come close to the budget. */
const ATTEMPTS = 4;

/**
 * The head of `slot`'s sheet as an insert of at most `budget`, and the steps of the rest; undefined
 * when no head can be made (a formula names a sheet outside the plans, the .xlsx writer refuses) or
 * when it would not carry more than it costs (`commandBytes`: the sheet's build as commands).
 */
export async function headSteps(
  context: Excel.RequestContext,
  slot: Slot,
  b: BuildContext,
  budget: number,
  toXlsx: XlsxBuilder,
  commandBytes: number,
): Promise<Head | undefined> {
  const total = slot.plan.rows.length;
  if (total === 0) return undefined;
  let rows = Math.min(total, Math.max(1, Math.floor((total * budget) / (commandBytes * XLSX_SHARE))));
  let best: { rows: number; base64: string } | undefined;
  const tried: { rows: number; size: number }[] = [];
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const plan = headPlan(slot, rows, b.planNames);
    if (!plan) return undefined;
    let base64: string;
    try {
      base64 = toBase64(await toXlsx([plan]));
    } catch {
      return undefined;
    }
    const size = insertStep(context, base64).size;
    const fits = size <= budget;
    if (fits && (!best || rows > best.rows)) best = { rows, base64 };
    if (fits && (rows === total || size >= 0.9 * budget)) break;
    tried.push({ rows, size });
    const next = Math.min(total, nextRows(tried, 0.97 * budget));
    if (next < 1 || next === rows) break;
    rows = next;
  }
  if (!best) return undefined;
  // A request of .xlsx must spare more than a request of commands.
  if (best.base64.length >= (commandBytes * best.rows) / total) return undefined;
  return {
    steps: [insertStep(context, best.base64), fetchStep(context, slot)],
    tail: buildSteps(slot, b, best.rows),
  };
}

/**
 * The rows whose .xlsx would come to `target`, from the sizes tried: a file's size is a fixed part
 * (styles, theme) plus a part per row, so two tries give both; one try, the share of it.
 */
function nextRows(tried: readonly { rows: number; size: number }[], target: number): number {
  const last = tried[tried.length - 1];
  const before = tried[tried.length - 2];
  if (!last) return 0;
  if (before && before.rows !== last.rows) {
    const perRow = (last.size - before.size) / (last.rows - before.rows);
    if (perRow > 0) return Math.floor(last.rows + (target - last.size) / perRow);
  }
  return Math.floor((last.rows * target) / last.size);
}

/**
 * The first `rows` rows of a slot's plan as they go into the .xlsx: the temporary name, visible,
 * without protection, names or page breaks (the swap's and the tail's), formulas naming a plan
 * sheet left out (the cell keeps its style); undefined when a formula names any other sheet.
 */
export function headPlan(slot: Slot, rows: number, planNames: readonly string[]): SheetPlan | undefined {
  const { plan } = slot;
  let outside = false;
  const head = plan.rows.slice(0, rows).map((row) =>
    row.map((cell): CellPlan | null => {
      if (!cell || cell.formula === undefined || cell.formula === "") return cell;
      const input = formulaInput(cell);
      if (typeof input === "string" && referencesSheet(input, planNames)) {
        const { formula: _f, ...kept } = cell;
        return kept;
      }
      if (outsideLiterals(cell.formula).some((part) => part.includes("!"))) outside = true;
      return cell;
    }),
  );
  if (outside) return undefined;
  const { protection: _p, names: _n, pageBreaks: _b, ...rest } = plan;
  const rowHeights = Object.fromEntries(
    Object.entries(plan.rowHeights ?? {}).filter(([row]) => Number(row) < rows),
  );
  return {
    ...rest,
    name: slot.tempName,
    visibility: "visible",
    rows: head,
    columns: plan.columns.map(keptWidth),
    merges: plan.merges.filter((m) => lastRow(m) < rows),
    validations: plan.validations.filter((v) => lastRow(v.range) < rows),
    rowHeights,
  };
}
