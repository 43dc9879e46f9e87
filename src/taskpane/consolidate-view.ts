/**
 * What the consolidation step shows, computed from a review: the plan as the user's conflict
 * choices make it, whether accepting would write anything, the pick's tally, and values written
 * for people (numbers the Indonesian way, blanks named, instants in the round's zone).
 */
import type { ConsolidationReview } from "../app/consolidate";
import { planConsolidation, type CellChange, type ConsolidationPlan } from "../domain/ledger/consolidate";
import { formatNumber } from "../domain/shared/numbers";
import type { FileAssessment } from "../domain/returned/submission";
import { DEFAULT_CALENDAR, formatInstant, parseInstant } from "../domain/setup/working-time";
import { S } from "../strings";

const t = S.taskpane.consolidate;

/** Conflicts settled so far: Bagian kode → SHA-256 of the chosen file. */
export type Choices = Readonly<Record<string, string>>;

/**
 * The plan with the user's choices applied, exactly as accepting will compute it (same domain
 * function, same inputs), so that the difference shown is the one that will be written.
 */
export function planWithChoices(review: ConsolidationReview, choices: Choices): ConsolidationPlan {
  const accepted = review.assessments.flatMap((a) => (a.submission ? [a.submission] : []));
  return planConsolidation(review.setup, review.state.current, accepted, choices);
}

export type AcceptReadiness = "ready" | "conflicts" | "nothing";

/** Accepting waits until every conflict is settled, and is pointless when nothing would change. */
export function acceptReadiness(plan: ConsolidationPlan): AcceptReadiness {
  if (plan.conflicts.length > 0) return "conflicts";
  return plan.proposals.some((p) => p.kind !== "unchanged") ? "ready" : "nothing";
}

export interface PickTally {
  accepted: number;
  warnings: number;
  rejected: number;
}

/** How many files were accepted (warnings among them) and rejected. */
export function tally(assessments: readonly FileAssessment[]): PickTally {
  const count = (v: FileAssessment["verdict"]) => assessments.filter((a) => a.verdict === v).length;
  const warnings = count("warnings");
  return { accepted: count("accepted") + warnings, warnings, rejected: count("rejected") };
}

/** A cell value before or after a change, as a reader sees it: blanks say so. */
export function formatChangeValue(v: CellChange["before"]): string {
  if (v === null || v === "") return S.consolidate.blank;
  return typeof v === "number" ? formatNumber(v) : v;
}

/** The name of the changed field: a Bagian's column, a row, or a part of the signature. */
export function fieldLabel(change: Pick<CellChange, "field">): string {
  return S.consolidate.fields[change.field];
}

/** When a file was saved, in the round's zone ("Jumat, 10 Juli 2026 10.00 WITA"). */
export function formatSavedAt(iso: string | null): string {
  if (iso === null) return t.savedUnknown;
  const instant = parseInstant(iso);
  return instant ? formatInstant(instant, DEFAULT_CALENDAR) : iso;
}
