/**
 * What writeSheets does after a failure: complete the write when the swap had begun deleting the
 * old sheets, else put the workbook back as it was loaded. Two requests: one to read the workbook
 * as the failure left it, one to mend it.
 */
import { sameName, tempPrefix, type OldSheet, type Placed, type WorkbookState } from "./workbook-state";

export type Outcome = "restored" | "completed" | "partial";

/**
 * After a failure: if the swap had begun deleting old sheets (its last commands), everything before
 * them was applied, so the write is completed by deleting the remaining old sheets. Otherwise the
 * workbook is put back as it was loaded: temporary sheets deleted (by id, or by the run's token when
 * they failed before their ids came back, which also covers sheets inserted from an .xlsx under
 * their temporary names), old sheets given back their names and visibility, names their
 * references, the active sheet its focus.
 */
export async function restore(
  context: Excel.RequestContext,
  slots: Placed[],
  state: WorkbookState,
  token: string,
): Promise<Outcome> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();

  const olds = slots.map((s) => s.old).filter((o): o is OldSheet => o !== undefined);
  const now = (id: string) => sheets.items.find((ws) => ws.id === id);
  if (olds.some((old) => !now(old.id))) {
    for (const old of olds) {
      const ws = now(old.id);
      if (ws) deleteSheet(ws);
    }
    await context.sync();
    return "completed";
  }

  deleteTemporarySheets(sheets.items, slots, token);
  for (const old of olds) {
    const ws = now(old.id);
    if (!ws) continue;
    if (ws.name !== old.name) ws.name = old.name;
    if (ws.visibility !== old.visibility) ws.visibility = old.visibility;
  }
  restoreNames(context, slots, state, names.items);
  const active = now(state.activeId);
  if (active && state.sheets.find((s) => s.id === state.activeId)?.visibility === "Visible")
    active.activate();
  await context.sync();
  return "restored";
}

/** Excel refuses to delete a very hidden sheet (InvalidOperation): it is hidden plainly first. */
function deleteSheet(ws: Excel.Worksheet): void {
  if (ws.visibility === "VeryHidden") ws.visibility = "Hidden";
  ws.delete();
}

/** The sheets this write created: known by id, or by the token in their temporary name. */
function deleteTemporarySheets(current: Excel.Worksheet[], slots: Placed[], token: string): void {
  const tempIds = new Set(slots.map((s) => s.tempId).filter((id): id is string => id !== undefined));
  for (const ws of current) {
    if (tempIds.has(ws.id) || ws.name.startsWith(tempPrefix(token))) deleteSheet(ws);
  }
}

/** Each plan name back to its formula before the write; a name the write added is deleted. */
function restoreNames(
  context: Excel.RequestContext,
  slots: Placed[],
  state: WorkbookState,
  current: Excel.NamedItem[],
): void {
  for (const n of slots.flatMap((s) => s.plan.names ?? [])) {
    const before = state.names.find((e) => sameName(e.name, n.name));
    const now = current.find((e) => sameName(e.name, n.name));
    if (before && now) now.formula = before.formula;
    else if (before) context.workbook.names.add(before.name, before.formula);
    else if (now) now.delete();
  }
}
