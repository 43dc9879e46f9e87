/**
 * The cells of a sheet plan in an exceljs worksheet: values, formulas, links and styles. A sheet is
 * built in one of two ways: with all its cells (`fillCells`), or as a placeholder carrying only the
 * cells that make exceljs register what the rest need (`fillPlaceholder`: one cell per style, every
 * link), whose `<sheetData>` is then written from the plan by sheet-data.ts. Node and browser.
 */
import type ExcelJS from "exceljs";
import { cellAddress } from "../../sheet/address";
import type { CellPlan, CellStyle, SheetPlan } from "../../sheet/plan";
import { mergeFollowers } from "./sheet-data";

/** One shared style object per style of a plan (and locked or not). */
export type StyleCache = (cell: CellPlan) => Partial<ExcelJS.Style> | undefined;

/** Every cell of the plan but those a merge covers (exceljs would give them the merge's style). */
export function fillCells(ws: ExcelJS.Worksheet, plan: SheetPlan, styleOf: StyleCache): void {
  const followers = plan.merges.length > 0 ? mergeFollowers(plan) : null;
  plan.rows.forEach((row, r) =>
    row.forEach((cellPlan, c) => {
      if (cellPlan && !followers?.has(r * 16_384 + c)) writeCell(ws.getCell(r + 1, c + 1), cellPlan, styleOf);
    }),
  );
}

/**
 * The placeholder's cells: for each style (locked or not) the first cell that has it, and every
 * cell with a link (exceljs writes the links and their relationships), none a merge covers.
 * Returns the A1 address of the cell that stands for each style, by `styleKey`.
 */
export function fillPlaceholder(
  ws: ExcelJS.Worksheet,
  plan: SheetPlan,
  styleOf: StyleCache,
): Map<string, string> {
  const followers = plan.merges.length > 0 ? mergeFollowers(plan) : null;
  const standIns = new Map<string, string>();
  // Styles seen, by name, locked [0] and unlocked [1]: no key is built for every cell.
  const seen = new Map<string | undefined, [boolean, boolean]>();
  plan.rows.forEach((row, r) =>
    row.forEach((cellPlan, c) => {
      if (!cellPlan || followers?.has(r * 16_384 + c)) return;
      const unlocked = cellPlan.locked === false;
      let flags = seen.get(cellPlan.style);
      if (!flags) seen.set(cellPlan.style, (flags = [cellPlan.style === undefined, false]));
      const first = !flags[unlocked ? 1 : 0];
      if (!first && cellPlan.hyperlink === undefined) return;
      writeCell(ws.getCell(r + 1, c + 1), cellPlan, styleOf);
      const key = styleKey(cellPlan);
      if (first && key !== undefined) {
        flags[unlocked ? 1 : 0] = true;
        standIns.set(key, cellAddress(r, c));
      }
    }),
  );
  return standIns;
}

/** The style a cell is written with, as a key ("l:header", "u:"); undefined for none. */
export function styleKey(cell: CellPlan): string | undefined {
  const unlocked = cell.locked === false;
  if (cell.style === undefined && !unlocked) return undefined;
  return `${unlocked ? "u" : "l"}:${cell.style ?? ""}`;
}

export function writeCell(cell: ExcelJS.Cell, plan: CellPlan, styleOf: StyleCache): void {
  if (plan.formula !== undefined) {
    cell.value = { formula: plan.formula.replace(/^=/, "") };
  } else if (plan.hyperlink !== undefined) {
    // Checked http(s) in sheet/limits.ts. The text is a shared string, like any text; no text = the link.
    const text =
      plan.value === undefined || plan.value === null || plan.value === "" ? plan.hyperlink : plan.value;
    cell.value = { text: String(text), hyperlink: plan.hyperlink };
  } else if (plan.value !== undefined && plan.value !== null) {
    // exceljs stores a JS string as a shared string: text, never a formula, whatever it starts with.
    cell.value = plan.value;
  }
  const style = styleOf(plan);
  // One shared object per style: exceljs caches the style id per object (a WeakMap in its styles
  // writer), so sharing turns thousands of style look-ups into one. Nothing here mutates a cell's
  // style after this assignment (exceljs would, for cell.protection or cell.numFmt setters).
  if (style) cell.style = style;
}

export function styleCache(plan: SheetPlan): StyleCache {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  return (cell) => {
    const id = styleKey(cell);
    if (id === undefined) return undefined;
    let style = cache.get(id);
    if (!style) {
      const planned = cell.style === undefined ? undefined : plan.styles[cell.style];
      style = {
        ...(planned ? toExcelStyle(planned) : {}),
        ...(cell.locked === false ? { protection: { locked: false } } : {}),
      };
      cache.set(id, style);
    }
    return style;
  };
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/** The workbook's default font, spelled out: a font element without name/size renders oddly. */
const DEFAULT_FONT = { name: "Calibri", size: 11, family: 2 } as const;

export function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (s.bold || s.italic || s.underline || s.fontSize !== undefined || s.fontColor !== undefined) {
    style.font = {
      ...DEFAULT_FONT,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.underline ? { underline: "single" as const } : {}),
      ...(s.fontSize !== undefined ? { size: s.fontSize } : {}),
      ...(s.fontColor !== undefined ? { color: { argb: argb(s.fontColor) } } : {}),
    };
  }
  if (s.fill !== undefined)
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.hAlign !== undefined || s.vAlign !== undefined || s.wrap) {
    style.alignment = {
      ...(s.hAlign !== undefined ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign !== undefined ? { vertical: s.vAlign === "center" ? "middle" : s.vAlign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.numberFormat !== undefined) style.numFmt = s.numberFormat;
  if (s.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return style;
}

export function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}
