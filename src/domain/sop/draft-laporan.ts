/**
 * The draft Laporan Kinerja is step 5's output and what steps 6 and 7 review: without a Laporan
 * sheet in the master, step 5 cannot be marked done, and neither the paraf nor the signature can
 * be recorded. Starting a step never needs it.
 */
import type { SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import type { Issue } from "../shared/types";
import { LAPORAN_SHEET } from "./laporan-sheet-name";
import { hasReviewableContent } from "./paraf";

/** What is being recorded: a step marked done, the paraf (step 6) or the signature (step 7). */
export type DraftAction = { kind: "done"; step: number } | { kind: "paraf" } | { kind: "sign" };

/**
 * The refusal when `action` needs the draft and `laporan` (the master's Laporan sheet, null when
 * there is none) holds nothing; null when the action may go on.
 * @example laporanRequired({ kind: "done", step: 5 }, null) // refused: "Laporan belum disusun: …"
 */
export function laporanRequired(action: DraftAction, laporan: SheetSnapshot | null): Issue | null {
  if (action.kind === "done" && action.step !== 5) return null;
  if (hasReviewableContent(laporan)) return null;
  const L = S.sop.app.laporan;
  const what = action.kind === "done" ? L.step5 : action.kind === "paraf" ? L.paraf : L.sign;
  return {
    severity: "error",
    code: "sop.laporan.missing",
    message: `${what} ${L.missing}`,
    sheet: laporan?.name ?? LAPORAN_SHEET,
    found: laporan ? L.foundEmpty(laporan.name) : L.foundNone(LAPORAN_SHEET),
    expected: L.expected,
  };
}
