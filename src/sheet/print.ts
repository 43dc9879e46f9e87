import type { PaperSize, PrintSetup } from "./plan";

/** What a sheet may choose of its print setup beside paper and orientation. */
export type PrintChoices = Pick<
  Partial<PrintSetup>,
  "fitToWidth" | "printTitleRows" | "printTitleColumns" | "printArea" | "pageOrder" | "margins"
>;

/**
 * Landscape on `paperSize`, one page wide (height free), narrow side margins; a sheet names the
 * rows and columns it repeats on each page, what it prints, or opts out of fitting its width.
 * @example print: landscape("F4", { printTitleRows: "9:10", printTitleColumns: "A:D" })
 */
export function landscape(paperSize: PaperSize, over: PrintChoices = {}): PrintSetup {
  return {
    orientation: "landscape",
    paperSize,
    fitToWidth: true,
    margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
    ...over,
  };
}

/**
 * The print setup of every generated sheet: A4 landscape, one page wide (height free), narrow
 * side margins; a sheet names the rows it repeats on each page, or opts out of fitting its width.
 * @example print: a4Landscape({ printTitleRows: "6:7" })
 */
export function a4Landscape(
  over: Pick<Partial<PrintSetup>, "fitToWidth" | "printTitleRows"> = {},
): PrintSetup {
  return landscape("A4", over);
}
