/**
 * Where the printed "Perjanjian Kinerja" sheet should turn a page, so that a sasaran's IKU rows
 * stay on one page and the programs table does not start at the foot of one and go on without
 * its header on the next. An estimate from the widths and heights the plan sets: A4 landscape
 * printed one page wide, as `a4Landscape` sets it up, at the scale that width asks for.
 */
import type { PrintSetup } from "../../sheet/plan";

/** A4 in points, landscape. */
const PAGE = { width: 842, height: 595 };
/** Excel's height of a row left to its default (11-point text). */
const DEFAULT_ROW_HEIGHT = 15;
/** The share of a page's estimated rows filled before turning it: the estimate is not exact. */
const FILL = 0.95;

/**
 * Points an Excel column `width` wide takes in Excel: 7 pixels a unit of 11-point Calibri (the
 * unit counts the cell's padding already), 0.75 points a pixel. LibreOffice draws columns wider,
 * so it prints at a smaller scale and its pages hold more rows than estimated here: never fewer.
 */
const columnPoints = (width: number): number => width * 7 * 0.75;

/** A run of rows [first, last], 0-based. */
export type Run = readonly [number, number];

/** What to paginate: the heights of the rows (by 0-based row), and the runs of rows to keep together. */
export interface Pagination {
  columns: readonly number[];
  margins: NonNullable<PrintSetup["margins"]>;
  heights: Readonly<Record<number, number>>;
  /** The rows printed again at the top of every page, 0-based, first and last. */
  repeat: Run;
  /**
   * Runs of rows kept on one page, in order; rows between them go with the run above. A list of
   * runs is kept on one page as a whole when it fits on one, else run by run.
   */
  units: readonly (Run | { together: readonly Run[] })[];
}

/** Points of row height a printed page holds, at the scale a one-page-wide print takes. */
function pageCapacity(columns: readonly number[], margins: Pagination["margins"]): number {
  const sheetWidth = columns.reduce((a, w) => a + columnPoints(w), 0);
  const printable = PAGE.width - 72 * (margins.left + margins.right);
  const scale = Math.min(1, Math.floor((100 * printable) / sheetWidth) / 100);
  return ((PAGE.height - 72 * (margins.top + margins.bottom)) / scale) * FILL;
}

/**
 * The 0-based rows that begin a new page: before a run that no longer fits on the page it would
 * start on (unless it is the first thing on that page: a run taller than a page is left to split).
 */
export function pageBreaks(p: Pagination): number[] {
  const height = (r: number): number => p.heights[r] ?? DEFAULT_ROW_HEIGHT;
  const sum = (first: number, last: number): number => {
    let total = 0;
    for (let r = first; r <= last; r++) total += height(r);
    return total;
  };
  const capacity = pageCapacity(p.columns, p.margins);
  const repeated = sum(p.repeat[0], p.repeat[1]);
  const breaks: number[] = [];
  let next = 0;
  let used = 0;
  const runs = p.units.flatMap((u): Run[] => {
    if (!("together" in u)) return [u];
    const first = u.together[0];
    const last = u.together[u.together.length - 1];
    if (!first || !last) return [];
    return repeated + sum(first[0], last[1]) <= capacity ? [[first[0], last[1]]] : [...u.together];
  });
  for (const [first, last] of runs) {
    const gap = first > next ? sum(next, first - 1) : 0;
    const run = sum(first, last);
    if (used + gap + run > capacity && used + gap > repeated && first > 0) {
      breaks.push(first);
      used = repeated + run;
    } else used += gap + run;
    next = last + 1;
  }
  return breaks;
}
