import { useCallback, useMemo, useRef, useState, type MutableRefObject } from "react";
import type { AcceptOutcome, ConsolidationReview } from "../app/consolidate";
import { savedReviewOf, type SavedReview } from "../app/saved-review";
import type { ConsolidationPlan } from "../domain/ledger/consolidate";
import type { Issue } from "../domain/shared/types";
import { planWithChoices, type Choices } from "./consolidate-view";
import { describeError, type UserError } from "./describe-error";
import type { AppServices, ReadProgress } from "./services";

export type ConsolidationStage =
  | { kind: "pick" }
  | { kind: "reading"; progress: ReadProgress }
  /** The files could not be judged at all (no setup anywhere). */
  | { kind: "cannot"; issues: Issue[] }
  | { kind: "review"; review: ConsolidationReview };

/** What became of a review kept from an earlier opening of the pane. */
export type RestoreNote =
  { kind: "restored"; files: number; readAt: string } | { kind: "failed"; issues: Issue[] };

export interface ConsolidationFlow {
  stage: ConsolidationStage;
  /** The review to keep in the pane's state: one read and not yet accepted; else null. */
  saved: SavedReview | null;
  restoreNote: RestoreNote | null;
  choices: Choices;
  /** The plan as the choices make it (null before a review). */
  plan: ConsolidationPlan | null;
  /** The answer to "Terima", once given. */
  outcome: AcceptOutcome | null;
  accepting: boolean;
  /** An unexpected failure while reading or while writing. */
  readError: UserError | null;
  acceptError: UserError | null;
  /** How many reads, accepts and restarts have come to an end: each one's outcome takes focus. */
  settled: { read: number; accept: number; reset: number };
  pick(files: File[]): Promise<void>;
  choose(bagian: string, sha256: string): void;
  accept(): Promise<void>;
  /** Back to picking: forgets the review (nothing was or will be written by it). */
  reset(): void;
  /** Takes up a review kept from an earlier opening, planned again against the workbook. */
  restore(saved: SavedReview): Promise<void>;
  /** A kept review is being taken up (the pane's state waits for it before it is compared and saved). */
  restoring: boolean;
}

/**
 * The consolidation step's state, held by the App so that it survives collapsing the step (a
 * long read goes on meanwhile). Reading writes nothing; only `accept` writes, and then
 * `onWritten` is told (the round's header reads the workbook again).
 */
export function useConsolidation(
  services: Pick<AppServices, "reviewReturnedFiles" | "acceptConsolidation" | "resumeReview" | "now">,
  onWritten?: () => void,
): ConsolidationFlow {
  const [stage, setStage] = useState<ConsolidationStage>({ kind: "pick" });
  const [choices, setChoices] = useState<Choices>({});
  const [outcome, setOutcome] = useState<AcceptOutcome | null>(null);
  const [accepting, setAccepting] = useState(false);
  const [readError, setReadError] = useState<UserError | null>(null);
  const [acceptError, setAcceptError] = useState<UserError | null>(null);
  const [settled, setSettled] = useState({ read: 0, accept: 0, reset: 0 });
  const [readAt, setReadAt] = useState(""); // when the files under review were read
  const [restoreNote, setRestoreNote] = useState<RestoreNote | null>(null);
  const ended = useCallback(
    (what: keyof ConsolidationFlow["settled"]) => setSettled((s) => ({ ...s, [what]: s[what] + 1 })),
    [],
  );
  /** Bumped on every pick and reset, so that a late answer for an older pick is dropped. */
  const generation = useRef(0);
  /** Forgets the last review's choices, answer, errors and restore note (a new pick, a restart). */
  const forget = useCallback(() => {
    generation.current++;
    for (const clear of [setOutcome, setReadError, setAcceptError, setRestoreNote]) clear(null);
    setChoices({});
  }, []);

  const pick = useCallback(
    async (files: File[]) => {
      forget();
      const mine = generation.current;
      setReadAt(services.now());
      setStage({ kind: "reading", progress: { done: 0, total: files.length, current: null } });
      const onProgress = (progress: ReadProgress) => {
        if (generation.current === mine) setStage({ kind: "reading", progress });
      };
      try {
        const result = await services.reviewReturnedFiles(files, onProgress);
        if (generation.current !== mine) return;
        setStage(
          result.ok ? { kind: "review", review: result.review } : { kind: "cannot", issues: result.issues },
        );
      } catch (err) {
        if (generation.current !== mine) return;
        setReadError(describeError(err));
        setStage({ kind: "pick" });
      }
      ended("read");
    },
    [services, ended, forget],
  );

  const review = stage.kind === "review" ? stage.review : null;
  const plan = useMemo(() => (review ? planWithChoices(review, choices) : null), [review, choices]);

  const accept = useCallback(async () => {
    if (!review) return;
    const mine = generation.current;
    setAccepting(true);
    setAcceptError(null);
    try {
      const result = await services.acceptConsolidation(review, choices);
      if (result.ok && result.written) onWritten?.();
      if (generation.current === mine) setOutcome(result);
    } catch (err) {
      if (generation.current === mine) setAcceptError(describeError(err));
    } finally {
      setAccepting(false);
    }
    if (generation.current === mine) ended("accept");
  }, [services, review, choices, onWritten, ended]);

  const reset = useCallback(() => {
    forget();
    setStage({ kind: "pick" });
    ended("reset");
  }, [ended, forget]);

  const [restore, restoring] = useRestore(services, generation, {
    review: (review, kept) => {
      setChoices(kept.choices);
      setReadAt(kept.readAt);
      setStage({ kind: "review", review });
    },
    note: setRestoreNote,
    error: setReadError,
  });

  const saved = useKept(review, outcome, choices, readAt);

  return {
    stage,
    saved,
    restoreNote,
    restore,
    restoring,
    choices,
    plan,
    outcome,
    accepting,
    readError,
    acceptError,
    settled,
    pick,
    choose: (bagian, sha256) => setChoices((c) => ({ ...c, [bagian]: sha256 })),
    accept,
    reset,
  };
}

/**
 * "restore" of the flow: the kept review planned again; a refusal becomes the note, a failure the
 * read error. `to` holds state setters (stable); an answer for an older pick or reset is dropped.
 */
function useRestore(
  services: Pick<AppServices, "resumeReview">,
  generation: MutableRefObject<number>,
  to: {
    review: (review: ConsolidationReview, kept: SavedReview) => void;
    note: (note: RestoreNote) => void;
    error: (error: UserError) => void;
  },
) {
  const target = useRef(to);
  target.current = to;
  const [restoring, setRestoring] = useState(false);
  const restore = useCallback(
    async (kept: SavedReview) => {
      const mine = ++generation.current;
      setRestoring(true);
      try {
        const result = await services.resumeReview(kept);
        if (generation.current !== mine) return;
        if (!result.ok) return target.current.note({ kind: "failed", issues: result.issues });
        target.current.review(result.review, kept);
        target.current.note({ kind: "restored", files: kept.assessments.length, readAt: kept.readAt });
      } catch (err) {
        if (generation.current === mine) target.current.error(describeError(err));
      } finally {
        setRestoring(false);
      }
    },
    [services, generation],
  );
  return [restore, restoring] as const;
}

/** The review to keep in the pane's state: one read and not yet answered by "Terima"; else null. */
function useKept(
  review: ConsolidationReview | null,
  outcome: AcceptOutcome | null,
  choices: Choices,
  readAt: string,
): SavedReview | null {
  return useMemo(
    () => (review && outcome === null ? savedReviewOf(review, choices, readAt) : null),
    [review, outcome, choices, readAt],
  );
}
