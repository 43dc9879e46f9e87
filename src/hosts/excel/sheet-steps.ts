/**
 * The steps that build one plan into a new, hidden temporary worksheet. The sheet itself is
 * created by its own step (the gateway sends every creation first, so that the temporary sheets'
 * ids come back with the first request). Then content (one `formulas` array over the used
 * rectangle, one `numberFormat` array over the block that has formats), then each format attribute
 * on its own rectangles, unlocked cells, merges, sizes, validation, print setup and filter buttons
 * (print-steps.ts), manual page breaks, panes and tab colour, hyperlinks and charts
 * (chart-steps.ts). Where ExcelApi 1.9 is present, one setting over many rectangles is one
 * `Worksheet.getRanges` list (RangeAreas) instead of one range each, borders included (over
 * rectangles that do not touch). Protection is not here: it is applied last, in the swap, after any
 * deferred formulas. The same steps build the rows an inserted head left out (head-steps.ts).
 */
import type { CellStyle, SheetPlan } from "../../sheet/plan";
import { cellAddress, rangeAddress } from "../../sheet/address";
import { addressedStep, BLOCK_TARGET, rowBlocks, step, type Step } from "./batches";
import { chartSteps, hyperlinkSteps } from "./chart-steps";
import { contentGrid, formatBlock, numberFormats, planWidth, type DeferredFormula } from "./cell-content";
import {
  addressLists,
  apartLists,
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

/** The sheet and range of a slot's temporary sheet, resolved when a step is queued. */
interface On {
  ws: () => Excel.Worksheet;
  range: (address: string) => Excel.Range;
  /** One setting over many addresses: a RangeAreas per address list, or a Range per address. */
  setting: <V>(addresses: readonly string[], value: V, apply: (f: Excel.RangeFormat) => void) => Step[];
  areas: boolean;
}

/**
 * The steps that build a plan into its temporary sheet. With `from` > 0 the sheet already holds
 * rows 0..from-1 and everything of the sheet as a whole (an inserted head, head-steps.ts): only
 * the rows from `from` on are built, with the merges, validations and page breaks the head left
 * out; formulas naming plan sheets are deferred to the swap for every row.
 */
export function buildSteps(slot: Slot, b: BuildContext, from = 0): Step[] {
  const { plan } = slot;
  const ws = (): Excel.Worksheet => {
    if (!slot.sheet) throw new Error(`Temporary sheet for ${plan.name} was not created`);
    return slot.sheet;
  };
  const range = (address: string) => ws().getRange(address);
  const areas = b.supports(RANGE_AREAS);
  const setting = <V>(addresses: readonly string[], value: V, apply: (f: Excel.RangeFormat) => void) =>
    areas
      ? addressLists(addresses).map((list) =>
          addressedStep(list, value, 2, () => apply(ws().getRanges(list).format)),
        )
      : addresses.map((address) => addressedStep(address, value, 2, () => apply(range(address).format)));
  const on: On = { ws, range, setting, areas };
  const tail = from > 0 ? fromRow(plan, from) : plan;
  const steps = [...cellSteps(slot, b, on, from), ...formatSteps(tail, on)];
  const inTail = (address: string) => from === 0 || lastRow(address) >= from;
  for (const merge of plan.merges.filter(inTail)) {
    steps.push(step(merge, 2, () => range(merge).merge(false)));
  }
  if (from === 0) steps.push(...columnSteps(plan, on));
  for (const [points, group] of spansByValue(rowSpans(tail))) {
    const addresses = group.map((g) => rowsAddress(g.first, g.last));
    steps.push(
      ...setting(addresses, points, (f) => {
        f.rowHeight = points;
      }),
    );
  }
  const validations = plan.validations.filter((v) => inTail(v.range));
  if (validations.length > 0) {
    if (b.supports(OPTIONAL.dataValidation)) steps.push(...validationSteps(plan, validations, range));
    else b.skip("dataValidation", plan.name);
  }
  if (from === 0) steps.push(...printSteps(plan, ws, b), ...autoFilterSteps(plan, ws, b));
  steps.push(...pageBreakSteps(plan, b, on));
  if (from === 0) steps.push(...sheetSteps(plan, on));
  return steps;
}

/** The plan with its rows above `from` left empty (they are in the sheet already). */
function fromRow(plan: SheetPlan, from: number): SheetPlan {
  const rowHeights = Object.fromEntries(
    Object.entries(plan.rowHeights ?? {}).filter(([row]) => Number(row) >= from),
  );
  return { ...plan, rows: plan.rows.map((row, r) => (r < from ? [] : row)), rowHeights };
}

/** The last row (0-based) of an A1 range: "B7:D9" → 8. */
export function lastRow(address: string): number {
  const digits = /(\d+)$/.exec(address.replace(/\$/g, ""));
  return digits ? Number(digits[1]) - 1 : 0;
}

/**
 * Content (one `formulas` array per row block) and number formats of the rows from `from` on;
 * formulas naming a plan sheet are set aside on the slot for every row.
 */
function cellSteps(slot: Slot, b: BuildContext, on: On, from: number): Step[] {
  const { plan } = slot;
  const width = planWidth(plan);
  if (width === 0) return [];
  const steps: Step[] = [];
  const { grid: all, deferred } = contentGrid(plan, width, b.planNames);
  slot.deferred = deferred;
  const grid = all.slice(from);
  const target = b.blockTarget ?? BLOCK_TARGET;
  for (const { start, end } of rowBlocks(grid, target)) {
    const block = grid.slice(start, end);
    steps.push(
      step(block, 2, () => {
        on.range(rangeAddress(from + start, 0, from + end - 1, width - 1)).formulas = block;
      }),
    );
  }
  const formats = formatBlock(
    numberFormats(plan, width).map((row, r) => (r < from ? row.map(() => null) : row)),
  );
  if (formats) {
    const { row, col, grid: nf } = formats;
    const right = col + (nf[0]?.length ?? 1) - 1;
    for (const { start, end } of rowBlocks(nf, target)) {
      const block = nf.slice(start, end);
      steps.push(
        step(block, 2, () => {
          on.range(rangeAddress(row + start, col, row + end - 1, right)).numberFormat = block;
        }),
      );
    }
  }
  return steps;
}

/** Each format attribute over its rectangles, unlocked cells, then hyperlinks (after the content). */
function formatSteps(plan: SheetPlan, on: On): Step[] {
  const width = planWidth(plan);
  if (width === 0) return [];
  const steps: Step[] = [];
  for (const { attribute, value, rects } of attributeRects(plan, width)) {
    if (attribute === "border") steps.push(...borderSteps(rects, on.areas ? on.ws : undefined, on.range));
    else {
      const excel = excelValue(attribute, value);
      steps.push(
        ...on.setting(rects.map(addressOf), excel, (f) => {
          SETTERS[attribute](f, excel);
        }),
      );
    }
  }
  const unlocked = coverByKey(plan.rows.length, width, (r, c) =>
    plan.rows[r]?.[c]?.locked === false ? "unlocked" : undefined,
  );
  steps.push(
    ...on.setting((unlocked.get("unlocked") ?? []).map(addressOf), false, (f) => {
      f.protection.locked = false;
    }),
  );
  // After the content: a link's cell already holds its text (see chart-steps.ts).
  steps.push(...hyperlinkSteps(plan, on.range));
  return steps;
}

/** Column widths and hidden columns. */
function columnSteps(plan: SheetPlan, on: On): Step[] {
  const steps: Step[] = [];
  const { widths, hidden } = columnSpans(plan);
  for (const [points, group] of spansByValue(widths)) {
    const addresses = group.map((g) => columnsAddress(g.first, g.last));
    steps.push(
      ...on.setting(addresses, points, (f) => {
        f.columnWidth = points;
      }),
    );
  }
  for (const s of hidden) {
    const address = columnsAddress(s.first, s.last);
    steps.push(
      step(address, 2, () => {
        on.range(address).columnHidden = true;
      }),
    );
  }
  return steps;
}

/** The plan's manual page breaks: a break goes before the top-left cell of the range given. */
function pageBreakSteps(plan: SheetPlan, b: BuildContext, on: On): Step[] {
  const breaks = plan.pageBreaks ?? [];
  if (breaks.length === 0) return [];
  if (!b.supports(OPTIONAL.pageBreaks)) {
    b.skip("pageBreaks", plan.name);
    return [];
  }
  return [
    step(breaks, 2 * breaks.length, () => {
      const collection = on.ws().horizontalPageBreaks;
      for (const row of breaks) collection.add(on.range(cellAddress(row, 0)));
    }),
  ];
}

/** Panes, tab colour and charts. */
function sheetSteps(plan: SheetPlan, on: On): Step[] {
  const steps: Step[] = [];
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    steps.push(
      step(freeze, 2, () => {
        const panes = on.ws().freezePanes;
        if (freeze.rows > 0 && freeze.columns > 0) {
          panes.freezeAt(on.range(rangeAddress(0, 0, freeze.rows - 1, freeze.columns - 1)));
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
        on.ws().tabColor = tabColor;
      }),
    );
  }
  steps.push(...chartSteps(plan, on.ws, on.range));
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
 * A thin border on all four sides of every cell of each rectangle, as a grid: the four edges and
 * the lines inside (RangeBorderCollection, ExcelApi 1.1). Where ExcelApi 1.9 is present, small
 * rectangles that do not touch go together as one `Worksheet.getRanges` list (layout.ts
 * `apartLists`: for them the grid over the list is the grid over each); a sheet whose table has
 * holes (a column filled on every other row) would otherwise send a range per cell.
 */
function borderSteps(
  rects: readonly Rect[],
  ws: (() => Excel.Worksheet) | undefined,
  range: (a: string) => Excel.Range,
): Step[] {
  if (!ws) return rects.map((rect) => borderStep([rect], (a) => range(a).format.borders));
  return apartLists(rects).map((list) =>
    list.length === 1
      ? borderStep(list, (a) => range(a).format.borders)
      : borderStep(list, (a) => ws().getRanges(a).format.borders),
  );
}

function borderStep(
  rects: readonly Rect[],
  bordersOf: (address: string) => Excel.RangeBorderCollection,
): Step {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rects.some((r) => r.col2 > r.col1)) edges.push("InsideVertical");
  if (rects.some((r) => r.row2 > r.row1)) edges.push("InsideHorizontal");
  const address = rects.map(addressOf).join(",");
  return addressedStep(address, { style: "Continuous", weight: "Thin" }, 1 + 2 * edges.length, () => {
    const borders = bordersOf(address);
    for (const edge of edges) {
      const border = borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  });
}

function validationSteps(
  plan: SheetPlan,
  validations: readonly SheetPlan["validations"][number][],
  range: (a: string) => Excel.Range,
): Step[] {
  return validations.map((v) =>
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
