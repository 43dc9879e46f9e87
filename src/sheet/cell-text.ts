/**
 * Excel's one limit on a cell's text (32,767 characters), applied rather than only checked: a text
 * from outside (a returned kertas kerja, a DPA) that is longer is cut to fit, with a visible mark
 * at its end saying it was cut and how long the original was. The reader of a returned file cuts
 * and warns (returned-submission.ts); a write of the master cuts whatever still slipped through
 * (`fitPlanTexts`), so that no text from any source can make a write fail. Pure.
 */
import { EXCEL_LIMITS } from "./limits";
import type { CellPlan, SheetPlan } from "./plan";
import { S } from "../strings";

export interface FittedText {
  /** The text as it fits in a cell: unchanged, or cut with the mark at its end. */
  text: string;
  /** True when it had to be cut. */
  cut: boolean;
  /** Length of the original, in UTF-16 code units (as Excel counts). */
  length: number;
}

/**
 * `text` as it fits in one cell: unchanged up to the limit; longer, its beginning and the mark
 * (" … [teks dipotong: aslinya 40.000 karakter]"), exactly the limit long. Never cuts a surrogate
 * pair in two (half an emoji is not a character Excel can store).
 * @example fitCellText("a".repeat(40_000)).text.endsWith("aslinya 40.000 karakter]") // true
 */
export function fitCellText(text: string, limit: number = EXCEL_LIMITS.cellText): FittedText {
  if (text.length <= limit) return { text, cut: false, length: text.length };
  const mark = S.sheetPlan.textCut(text.length);
  let end = Math.max(0, limit - mark.length);
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: text.slice(0, end) + mark, cut: true, length: text.length };
}

/**
 * The plan with every text value over the limit cut by `fitCellText`; the very same plan when
 * nothing is too long. Formulas are the product's own and are left alone.
 */
export function fitPlanTexts(plan: SheetPlan): SheetPlan {
  const tooLong = (cell: CellPlan | null | undefined): boolean =>
    typeof cell?.value === "string" && cell.value.length > EXCEL_LIMITS.cellText;
  if (!plan.rows.some((row) => row.some(tooLong))) return plan;
  const rows = plan.rows.map((row) =>
    row.some(tooLong)
      ? row.map((cell) =>
          cell && tooLong(cell) ? { ...cell, value: fitCellText(cell.value as string).text } : cell,
        )
      : row,
  );
  return { ...plan, rows };
}
