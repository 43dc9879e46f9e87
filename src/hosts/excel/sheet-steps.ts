/**
 * The steps that build one plan into a new, hidden temporary worksheet. Content first (one
 * `formulas` array over the used rectangle, then one `numberFormat` array), then formats grouped
 * into rectangles, merges, sizes, validation, unlocked cells, print setup, panes and tab colour.
 * Protection is not here: it is applied last, in the swap, after any deferred formulas.
 */
import type { CellStyle, SheetPlan } from "../../sheet/plan";
import { rangeAddress } from "../../sheet/address";
import { BLOCK_TARGET, rowBlocks, step, type Step } from "./batches";
import { contentGrid, numberFormats, planWidth, type DeferredFormula } from "./cell-content";
import {
  columnSpans,
  columnsAddress,
  excelRule,
  hasRangeFormat,
  rectsByKey,
  rowSpans,
  rowsAddress,
} from "./layout";
import type { Rect } from "./layout";
import { OPTIONAL, type IsSetSupported, type OptionalFeature } from "./requirements";

/** One plan on its way in: the temporary sheet it is built into and the sheet it replaces. */
export interface Slot {
  plan: SheetPlan;
  tempName: string;
  backupName: string;
  sheet?: Excel.Worksheet;
  deferred: DeferredFormula[];
}

export interface BuildContext {
  context: Excel.RequestContext;
  supports: IsSetSupported;
  /** Called when the plan needs a feature this Excel lacks. */
  skip: (feature: OptionalFeature, sheet: string) => void;
  /** Every plan sheet's final name: formulas naming one are deferred to the swap. */
  planNames: readonly string[];
  blockTarget?: number;
}

const HALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const VALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

export function buildSteps(slot: Slot, b: BuildContext): Step[] {
  const { plan } = slot;
  const ws = (): Excel.Worksheet => {
    if (!slot.sheet) throw new Error(`Temporary sheet for ${plan.name} was not created`);
    return slot.sheet;
  };
  const range = (address: string) => ws().getRange(address);
  const steps: Step[] = [];

  steps.push(
    step(slot.tempName, 3, () => {
      const sheet = b.context.workbook.worksheets.add(slot.tempName);
      sheet.visibility = "Hidden";
      sheet.load("id");
      slot.sheet = sheet;
    }),
  );

  const width = planWidth(plan);
  if (width > 0) {
    const { grid, deferred } = contentGrid(plan, width, b.planNames);
    slot.deferred = deferred;
    const target = b.blockTarget ?? BLOCK_TARGET;
    for (const { start, end } of rowBlocks(grid, target)) {
      const block = grid.slice(start, end);
      steps.push(
        step(block, 2, () => {
          range(rangeAddress(start, 0, end - 1, width - 1)).formulas = block;
        }),
      );
    }
    const formats = numberFormats(plan, width);
    if (formats.some((row) => row.some((f) => f !== null))) {
      for (const { start, end } of rowBlocks(formats, target)) {
        const block = formats.slice(start, end);
        steps.push(
          step(block, 2, () => {
            range(rangeAddress(start, 0, end - 1, width - 1)).numberFormat = block;
          }),
        );
      }
    }
    steps.push(...styleSteps(plan, width, range));
    const unlocked = rectsByKey(plan.rows.length, width, (r, c) =>
      plan.rows[r]?.[c]?.locked === false ? "unlocked" : undefined,
    );
    for (const rect of unlocked.get("unlocked") ?? []) {
      const address = addressOf(rect);
      steps.push(
        step(address, 3, () => {
          range(address).format.protection.locked = false;
        }),
      );
    }
  }

  for (const merge of plan.merges) {
    steps.push(step(merge, 2, () => range(merge).merge(false)));
  }

  const { widths, hidden } = columnSpans(plan);
  for (const s of widths) {
    const address = columnsAddress(s.first, s.last);
    steps.push(
      step(address, 3, () => {
        range(address).format.columnWidth = s.value;
      }),
    );
  }
  for (const s of hidden) {
    const address = columnsAddress(s.first, s.last);
    steps.push(
      step(address, 2, () => {
        range(address).columnHidden = true;
      }),
    );
  }
  for (const s of rowSpans(plan)) {
    const address = rowsAddress(s.first, s.last);
    steps.push(
      step(address, 3, () => {
        range(address).format.rowHeight = s.value;
      }),
    );
  }

  if (plan.validations.length > 0) {
    if (b.supports(OPTIONAL.dataValidation)) steps.push(...validationSteps(plan, range));
    else b.skip("dataValidation", plan.name);
  }

  const print = plan.print;
  if (print) {
    if (b.supports(OPTIONAL.pageLayout)) {
      steps.push(
        step(print, 6, () => {
          const layout = ws().pageLayout;
          layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
          layout.paperSize = print.paperSize;
          // Fit all columns on one page wide; 0 pages tall = as many as needed (Excel's "automatic").
          if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          if (print.margins) layout.setPrintMargins("Inches", print.margins);
          if (print.printTitleRows) layout.setPrintTitleRows(range(wholeRows(print.printTitleRows)));
        }),
      );
    } else {
      b.skip("pageLayout", plan.name);
    }
  }

  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    steps.push(
      step(freeze, 2, () => {
        const panes = ws().freezePanes;
        if (freeze.rows > 0 && freeze.columns > 0) {
          panes.freezeAt(range(rangeAddress(0, 0, freeze.rows - 1, freeze.columns - 1)));
        } else if (freeze.rows > 0) {
          panes.freezeRows(freeze.rows);
        } else {
          panes.freezeColumns(freeze.columns);
        }
      }),
    );
  }

  const tabColor = plan.tabColor;
  if (tabColor) {
    steps.push(
      step(tabColor, 1, () => {
        ws().tabColor = tabColor;
      }),
    );
  }
  return steps;
}

const addressOf = (r: Rect) => rangeAddress(r.row1, r.col1, r.row2, r.col2);

/** "6:7" or "6" → "6:7" / "6:6": print titles must span whole rows. */
function wholeRows(rows: string): string {
  const [first, last] = rows.replace(/\$/g, "").split(":");
  return `${first}:${last ?? first}`;
}

function styleSteps(plan: SheetPlan, width: number, range: (a: string) => Excel.Range): Step[] {
  const byStyle = rectsByKey(plan.rows.length, width, (r, c) => {
    const key = plan.rows[r]?.[c]?.style;
    return key !== undefined && hasRangeFormat(plan.styles[key]) ? key : undefined;
  });
  const steps: Step[] = [];
  for (const [key, rects] of byStyle) {
    const style = plan.styles[key];
    if (!style) continue;
    for (const rect of rects) {
      const address = addressOf(rect);
      steps.push(step({ address, style }, 12, () => applyStyle(range(address).format, style, rect)));
    }
  }
  return steps;
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle, rect: Rect): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.hAlign !== undefined) format.horizontalAlignment = HALIGN[style.hAlign];
  if (style.vAlign !== undefined) format.verticalAlignment = VALIGN[style.vAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    const edges: (
      "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal"
    )[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (rect.col2 > rect.col1) edges.push("InsideVertical");
    if (rect.row2 > rect.row1) edges.push("InsideHorizontal");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

function validationSteps(plan: SheetPlan, range: (a: string) => Excel.Range): Step[] {
  return plan.validations.map((v) =>
    step(v, 5, () => {
      const rule = excelRule(v.rule);
      if (!rule) throw new Error(`Validation list at ${plan.name}!${v.range} cannot be written`);
      const dv = range(v.range).dataValidation;
      dv.rule = rule;
      dv.ignoreBlanks = v.allowBlank;
      if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
      dv.errorAlert = { showAlert: true, style: "Stop", title: v.error.title, message: v.error.message };
    }),
  );
}
