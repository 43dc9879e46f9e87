/**
 * A plan's print setup and filter buttons through Office.js (ExcelApi 1.9: Worksheet.pageLayout,
 * PageLayout.setPrintArea/setPrintTitleColumns, Worksheet.getRanges, Worksheet.autoFilter). What
 * this Excel lacks is skipped and reported, as the gateway does for every optional feature.
 */
import type { PaperSize, SheetPlan } from "../../sheet/plan";
import { step, type Step } from "./batches";
import { OPTIONAL } from "./requirements";
import type { BuildContext } from "./sheet-steps";

/** Excel's name of each paper: F4 is Excel's "Folio" (8.5 × 13 in). */
const PAPER = { A4: "A4", F4: "Folio" } as const satisfies Record<PaperSize, string>;

/**
 * The page layout: orientation, paper, fit to one page wide, margins, repeated rows and columns,
 * and the print areas in their order (several as one RangeAreas: Excel prints each from a new page).
 */
export function printSteps(plan: SheetPlan, ws: () => Excel.Worksheet, b: BuildContext): Step[] {
  const print = plan.print;
  if (!print) return [];
  if (!b.supports(OPTIONAL.pageLayout)) {
    b.skip("pageLayout", plan.name);
    return [];
  }
  const areas = print.printArea ?? [];
  const calls =
    6 + (print.printTitleColumns ? 2 : 0) + (areas.length > 0 ? 2 : 0) + (print.pageOrder ? 1 : 0);
  return [
    step(print, calls, () => {
      const layout = ws().pageLayout;
      layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = PAPER[print.paperSize];
      // Fit all columns on one page wide; 0 pages tall = as many as needed (Excel's "automatic").
      if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (print.margins) layout.setPrintMargins("Inches", print.margins);
      if (print.pageOrder)
        layout.printOrder = print.pageOrder === "overThenDown" ? "OverThenDown" : "DownThenOver";
      if (print.printTitleRows) layout.setPrintTitleRows(ws().getRange(whole(print.printTitleRows)));
      if (print.printTitleColumns) layout.setPrintTitleColumns(ws().getRange(whole(print.printTitleColumns)));
      const [first] = areas;
      if (areas.length > 1) layout.setPrintArea(ws().getRanges(areas.join(",")));
      else if (first) layout.setPrintArea(first);
    }),
  ];
}

/** The header row's filter buttons; the swap protects the sheet with filtering allowed. */
export function autoFilterSteps(plan: SheetPlan, ws: () => Excel.Worksheet, b: BuildContext): Step[] {
  const range = plan.autoFilter;
  if (!range) return [];
  if (!b.supports(OPTIONAL.autoFilter)) {
    b.skip("autoFilter", plan.name);
    return [];
  }
  return [step(range, 2, () => ws().autoFilter.apply(ws().getRange(range)))];
}

/** "6:7" or "6" → "6:7" / "6:6", "A:D" or "A" → "A:D" / "A:A": print titles span whole rows or columns. */
export function whole(span: string): string {
  const [first, last] = span.replace(/\$/g, "").split(":");
  return `${first}:${last ?? first}`;
}
