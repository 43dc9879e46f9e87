/**
 * The workbook as writeSheets found it, read in one request before anything changes: its sheets in
 * tab order, its names, whether its structure is protected and which sheet is active. The swap
 * (swap-steps.ts) and the restore after a failure (restore.ts) both work from this snapshot.
 */
import type { Slot } from "./sheet-steps";

export type Visibility = Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";

export interface OldSheet {
  id: string;
  name: string;
  visibility: Visibility;
  position: number;
  proxy: Excel.Worksheet;
}

export interface WorkbookState {
  sheets: OldSheet[];
  names: { name: string; formula: string; proxy: Excel.NamedItem }[];
  protected: boolean;
  activeId: string;
}

/** A plan's slot with the sheet of the same name it replaces, if the workbook has one. */
export interface Placed extends Slot {
  old?: OldSheet;
}

export async function loadState(context: Excel.RequestContext): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name,items/visibility,items/position");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const protection = context.workbook.protection;
  protection.load("protected");
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("id");
  await context.sync();
  return {
    sheets: sheets.items
      .map((s) => ({ id: s.id, name: s.name, visibility: s.visibility, position: s.position, proxy: s }))
      .sort((a, b) => a.position - b.position),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula), proxy: n })),
    protected: protection.protected,
    activeId: active.id,
  };
}

/** Sheet and defined names compare as Excel compares them: case-insensitively. */
export const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A token that makes temporary and backup names unique in this workbook. */
export function uniqueToken(state: WorkbookState): string {
  const taken = (t: string) => state.sheets.some((s) => s.name.includes(t));
  let token = Date.now().toString(36).slice(-6);
  while (taken(token)) token = Math.floor(Math.random() * 36 ** 6).toString(36);
  return token;
}

/** The prefix of every temporary sheet name of the write with this token. */
export const tempPrefix = (token: string) => `~kk-${token}-`;
