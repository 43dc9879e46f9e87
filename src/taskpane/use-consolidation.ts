import { useCallback, useMemo, useRef, useState } from "react";
import type { AcceptOutcome, ConsolidationReview } from "../app/consolidate";
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

export interface ConsolidationFlow {
  stage: ConsolidationStage;
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
}

/**
 * The consolidation step's state, held by the App so that it survives collapsing the step (a
 * long read goes on meanwhile). Reading writes nothing; only `accept` writes, and then
 * `onWritten` is told (the round's header reads the workbook again).
 */
export function useConsolidation(
  services: Pick<AppServices, "reviewReturnedFiles" | "acceptConsolidation">,
  onWritten?: () => void,
): ConsolidationFlow {
  const [stage, setStage] = useState<ConsolidationStage>({ kind: "pick" });
  const [choices, setChoices] = useState<Choices>({});
  const [outcome, setOutcome] = useState<AcceptOutcome | null>(null);
  const [accepting, setAccepting] = useState(false);
  const [readError, setReadError] = useState<UserError | null>(null);
  const [acceptError, setAcceptError] = useState<UserError | null>(null);
  const [settled, setSettled] = useState({ read: 0, accept: 0, reset: 0 });
  const ended = useCallback(
    (what: keyof ConsolidationFlow["settled"]) => setSettled((s) => ({ ...s, [what]: s[what] + 1 })),
    [],
  );
  /** Bumped on every pick and reset, so that a late answer for an older pick is dropped. */
  const generation = useRef(0);

  const pick = useCallback(
    async (files: File[]) => {
      const mine = ++generation.current;
      setChoices({});
      setOutcome(null);
      setReadError(null);
      setAcceptError(null);
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
    [services, ended],
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
    generation.current++;
    setStage({ kind: "pick" });
    setChoices({});
    setOutcome(null);
    setReadError(null);
    setAcceptError(null);
    ended("reset");
  }, [ended]);

  return {
    stage,
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
