/**
 * The steps that build one plan into a new, hidden temporary worksheet. The sheet itself is
 * created by its own step (the gateway sends every creation first, so that the temporary sheets'
 * ids come back with the first request). Then content (one `formulas` array over the used
 * rectangle, one `numberFormat` array over the block that has formats), then each format attribute
 * on its own rectangles, unlocked cells, merges, sizes, validation, print setup and filter buttons
 * (print-steps.ts), manual page breaks, panes and tab colour, hyperlinks and charts (chart-steps.ts). Where ExcelApi 1.9 is present, one setting over many rectangles is one
 * `Worksheet.getRanges` list (RangeAreas) instead of one range each. Protection is not here: it is
 * applied last, in the swap, after any deferred formulas.
 */
import type { CellStyle, SheetPlan } from "../../sheet/plan";
import { cellAddress, rangeAddress } from "../../sheet/address";
import { addressedStep, BLOCK_TARGET, rowBlocks, step, type Step } from "./batches";
import { chartSteps, hyperlinkSteps } from "./chart-steps";
import { contentGrid, formatBlock, numberFormats, planWidth, type DeferredFormula } from "./cell-content";
import {
  addressLists,
  attributeRects,
  columnSpans,
  columnsAddress,
  coverByKey,
  excelRule,
  rowSpans,
  rowsAddress,
  spansByValue,
  type FormatAttribute,
  type Rect,
} from "./layout";
import { OPTIONAL, RANGE_AREAS, type IsSetSupported, type OptionalFeature } from "./requirements";
import { autoFilterSteps, printSteps } from "./print-steps";

/** One plan on its way in: the temporary sheet it is built into and the sheet it replaces. */
export interface Slot {
  plan: SheetPlan;
  tempName: string;
  backupName: string;
  sheet?: Excel.Worksheet;
  /** The temporary sheet's id, once the request that created it has come back. */
  tempId?: string;
  deferred: DeferredFormula[];
  /** When the build adds the sheets in another order than the plans': this one's place in it. */
  created?: number;
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

/** Adds the hidden temporary sheet; its id is read when the request has come back. */
export function createSheetStep(slot: Slot, b: BuildContext): Step {
  return {
    ...step(slot.tempName, 3, () => {
      const sheet = b.context.workbook.worksheets.add(slot.tempName);
      sheet.visibility = "Hidden";
      sheet.load("id");
      slot.sheet = sheet;
    }),
    after: () => {
      slot.tempId = slot.sheet?.id;
    },
  };
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

  const areas = b.supports(RANGE_AREAS);
  /** One setting over many addresses: a RangeAreas per address list, or a Range per address. */
  const setting = <V>(addresses: readonly string[], value: V, apply: (f: Excel.RangeFormat) => void) =>
    areas
      ? addressLists(addresses).map((list) =>
          addressedStep(list, value, 2, () => apply(ws().getRanges(list).format)),
        )
      : addresses.map((address) => addressedStep(address, value, 2, () => apply(range(address).format)));

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
    const formats = formatBlock(numberFormats(plan, width));
    if (formats) {
      const { row, col, grid: nf } = formats;
      const right = col + (nf[0]?.length ?? 1) - 1;
      for (const { start, end } of rowBlocks(nf, target)) {
        const block = nf.slice(start, end);
        steps.push(
          step(block, 2, () => {
            range(rangeAddress(row + start, col, row + end - 1, right)).numberFormat = block;
          }),
        );
      }
    }
    for (const { attribute, value, rects } of attributeRects(plan, width)) {
      if (attribute === "border") steps.push(...rects.map((rect) => borderStep(rect, range)));
      else {
        const excel = excelValue(attribute, value);
        steps.push(
          ...setting(rects.map(addressOf), excel, (f) => {
            SETTERS[attribute](f, excel);
          }),
        );
      }
    }
    const unlocked = coverByKey(plan.rows.length, width, (r, c) =>
      plan.rows[r]?.[c]?.locked === false ? "unlocked" : undefined,
    );
    steps.push(
      ...setting((unlocked.get("unlocked") ?? []).map(addressOf), false, (f) => {
        f.protection.locked = false;
      }),
    );
    // After the content: a link's cell already holds its text (see chart-steps.ts).
    steps.push(...hyperlinkSteps(plan, range));
  }

  for (const merge of plan.merges) {
    steps.push(step(merge, 2, () => range(merge).merge(false)));
  }

  const { widths, hidden } = columnSpans(plan);
  for (const [points, group] of spansByValue(widths)) {
    const addresses = group.map((g) => columnsAddress(g.first, g.last));
    steps.push(
      ...setting(addresses, points, (f) => {
        f.columnWidth = points;
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
  for (const [points, group] of spansByValue(rowSpans(plan))) {
    const addresses = group.map((g) => rowsAddress(g.first, g.last));
    steps.push(
      ...setting(addresses, points, (f) => {
        f.rowHeight = points;
      }),
    );
  }

  if (plan.validations.length > 0) {
    if (b.supports(OPTIONAL.dataValidation)) steps.push(...validationSteps(plan, range));
    else b.skip("dataValidation", plan.name);
  }

  steps.push(...printSteps(plan, ws, b), ...autoFilterSteps(plan, ws, b));

  const breaks = plan.pageBreaks ?? [];
  if (breaks.length > 0) {
    if (b.supports(OPTIONAL.pageBreaks)) {
      // A break goes before the top-left cell of the range given: the first cell of the row.
      steps.push(
        step(breaks, 2 * breaks.length, () => {
          const collection = ws().horizontalPageBreaks;
          for (const row of breaks) collection.add(range(cellAddress(row, 0)));
        }),
      );
    } else {
      b.skip("pageBreaks", plan.name);
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
  steps.push(...chartSteps(plan, ws, range));
  return steps;
}

const addressOf = (r: Rect) => rangeAddress(r.row1, r.col1, r.row2, r.col2);

type Setting = Exclude<FormatAttribute, "border">;

/** The value Excel takes for a plan attribute ("top" → "Top"). */
function excelValue(attribute: Setting, value: CellStyle[Setting]): string | number | boolean {
  if (attribute === "hAlign") return HALIGN[value as keyof typeof HALIGN];
  if (attribute === "vAlign") return VALIGN[value as keyof typeof VALIGN];
  if (value === undefined) throw new Error(`No value for ${attribute}`);
  return value;
}

const SETTERS: Record<Setting, (f: Excel.RangeFormat, v: string | number | boolean) => void> = {
  wrap: (f, v) => (f.wrapText = v as boolean),
  vAlign: (f, v) => (f.verticalAlignment = v as Excel.VerticalAlignment),
  hAlign: (f, v) => (f.horizontalAlignment = v as Excel.HorizontalAlignment),
  fill: (f, v) => (f.fill.color = v as string),
  bold: (f, v) => (f.font.bold = v as boolean),
  italic: (f, v) => (f.font.italic = v as boolean),
  underline: (f, v) => (f.font.underline = v ? "Single" : "None"),
  fontSize: (f, v) => (f.font.size = v as number),
  fontColor: (f, v) => (f.font.color = v as string),
};

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/**
 * A thin border on all four sides of every cell of a rectangle, as a grid: the four edges of the
 * rectangle and the lines inside it (RangeBorderCollection, ExcelApi 1.1). One range per
 * rectangle: how Excel draws edges and inside lines across the areas of a RangeAreas is not
 * documented, and a plan's border map is a few rectangles anyway (the whole table).
 */
function borderStep(rect: Rect, range: (a: string) => Excel.Range): Step {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rect.col2 > rect.col1) edges.push("InsideVertical");
  if (rect.row2 > rect.row1) edges.push("InsideHorizontal");
  const address = addressOf(rect);
  return addressedStep(address, { style: "Continuous", weight: "Thin" }, 1 + 2 * edges.length, () => {
    const borders = range(address).format.borders;
    for (const edge of edges) {
      const border = borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  });
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
