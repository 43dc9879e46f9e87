/**
 * The paraf records on the very hidden `_paraf_state` sheet: a JSON sheet (json-sheet.ts) that
 * reads back into a valid state whatever it holds, as `_sop_state` does for the SOP state.
 */
import type { SheetPlan, SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { jsonSheetPlan, readJsonSheet } from "../shared/json-sheet";
import { emptyParafState, PARAF_TYPE, PARAF_VERSION, restoreParafState, type ParafState } from "./paraf";
import type { Issue } from "../shared/types";

/** The very hidden sheet of the paraf and signature records. */
export const PARAF_STATE_SHEET = "_paraf_state";

/** The very hidden `_paraf_state` sheet. */
export function parafStateSheetPlan(state: ParafState): SheetPlan {
  return jsonSheetPlan({
    name: PARAF_STATE_SHEET,
    marker: PARAF_TYPE,
    version: PARAF_VERSION,
    note: S.sop.app.parafStateNote,
    json: JSON.stringify(state),
  });
}

/** Reads the sheet back into a valid state (empty when there is no sheet); never throws. */
export function readParafSheet(sheet: SheetSnapshot | null): { state: ParafState; issues: Issue[] } {
  if (!sheet) return { state: emptyParafState(), issues: [] };
  const read = readJsonSheet(sheet, PARAF_TYPE);
  const restored = restoreParafState(read.ok ? read.value : null);
  return { state: restored.state, issues: restored.issues.map((i) => ({ ...i, sheet: sheet.name })) };
}
