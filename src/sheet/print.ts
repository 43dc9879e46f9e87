import type { PrintSetup } from "./plan";

/**
 * The print setup of every generated sheet: A4 landscape, one page wide (height free), narrow
 * side margins; a sheet names the rows it repeats on each page, or opts out of fitting its width.
 * @example print: a4Landscape({ printTitleRows: "6:7" })
 */
export function a4Landscape(
  over: Pick<Partial<PrintSetup>, "fitToWidth" | "printTitleRows"> = {},
): PrintSetup {
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: true,
    margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
    ...over,
  };
}
