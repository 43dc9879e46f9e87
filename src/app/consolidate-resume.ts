/**
 * A review of returned files kept across closing the pane: what was judged (each file's verdict,
 * issues and submission — not the file's bytes) and the choices made, saved with the pane's working
 * state; on reopening it is planned again against the master as it stands then. Accepting it is
 * the same as accepting a fresh review: refused when Data or Riwayat changed since it was planned.
 */
import { planConsolidation } from "../domain/ledger/consolidate";
import type { Issue } from "../domain/shared/types";
import { S } from "../strings";
import { loadConsolidationState, type ConsolidationReview, type ReviewOutcome } from "./consolidate";
import type { WorkbookPort } from "./ports";
import type { SavedReview } from "./saved-review";

const setupChanged = (names: string[]): Issue => ({
  severity: "error",
  code: "consolidate.resume.setup-changed",
  message: S.consolidate.resumeSetupChanged,
  sheet: S.setup.sheetName,
  found: names.join(", "),
  expected: S.consolidate.resumeSetupExpected,
});

/**
 * The saved review planned again against the master as it is now. Refused (the files must be
 * picked again) when the master's Pengaturan is no longer the setup the files were judged against.
 */
export async function resumeReview(port: WorkbookPort, saved: SavedReview): Promise<ReviewOutcome> {
  const state = await loadConsolidationState(port);
  if (state.setup && JSON.stringify(state.setup) !== JSON.stringify(saved.setup)) {
    return { ok: false, issues: [setupChanged(saved.assessments.map((a) => a.file.name))] };
  }
  const setup = state.setup ?? saved.setup;
  const pk = state.pk ?? saved.pk;
  const accepted = saved.assessments.flatMap((a) => (a.submission ? [a.submission] : []));
  const plan = planConsolidation(setup, state.current, accepted);
  const review: ConsolidationReview = {
    state,
    setup,
    newMaster: state.setup === null,
    pk,
    newPk: !state.pk && !!pk,
    assessments: saved.assessments,
    plan,
  };
  return { ok: true, review };
}
