/**
 * A review of returned files as the pane keeps it across closing: what was judged (each file's
 * verdict, issues and submission — not the file's bytes) and the choices made, saved with the
 * pane's working state. Light on purpose: the pane state reads it without loading the
 * consolidation (consolidate-resume.ts plans it again when the pane reopens).
 */
import type { ConsolidationReview } from "./consolidate";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { FileAssessment } from "../domain/returned/submission";
import type { PerjanjianKinerja } from "../domain/shared/types";

/** A review as the pane keeps it. */
export interface SavedReview {
  /** When the files were read (ISO instant). */
  readAt: string;
  /** The setup the files were judged against. */
  setup: RoundSetup;
  /** The PK the review found (the master's or a file's). */
  pk: PerjanjianKinerja | null;
  assessments: FileAssessment[];
  /** Conflicts settled so far: Bagian kode → SHA-256 of the chosen file. */
  choices: Record<string, string>;
}

/** What of `review` is kept (the master's state is read again on resuming). */
export function savedReviewOf(
  review: ConsolidationReview,
  choices: Readonly<Record<string, string>>,
  readAt: string,
): SavedReview {
  return {
    readAt,
    setup: review.setup,
    pk: review.pk,
    assessments: review.assessments,
    choices: { ...choices },
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The shape the pane wrote (a hand-edited state sheet is ignored, never trusted further). */
export function isSavedReview(v: unknown): v is SavedReview {
  return (
    isRecord(v) &&
    typeof v.readAt === "string" &&
    isRecord(v.setup) &&
    Array.isArray(v.setup.bagian) &&
    (v.pk === null || isRecord(v.pk)) &&
    isRecord(v.choices) &&
    Object.values(v.choices).every((c) => typeof c === "string") &&
    Array.isArray(v.assessments) &&
    v.assessments.every(
      (a) =>
        isRecord(a) &&
        isRecord(a.file) &&
        typeof a.file.name === "string" &&
        typeof a.file.sha256 === "string" &&
        typeof a.verdict === "string" &&
        Array.isArray(a.issues) &&
        (a.submission === null || (isRecord(a.submission) && Array.isArray(a.submission.rows))),
    )
  );
}
