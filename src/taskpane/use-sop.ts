import { useCallback, useEffect, useState } from "react";
import type { Issue } from "../domain/shared/types";
import { S } from "../strings";
import type { AppServices } from "./services";
import type { SopActKind, SopActOutcome, SopView } from "./sop-view";
import { useAction } from "./use-action";
import { useOutcomes } from "./use-outcomes";

const t = S.taskpane.sop;

/** What the last SOP action of the panel gave: a refusal with its reason, or what was recorded. */
export type SopFeedback = { kind: "refused"; issue: Issue } | { kind: "recorded"; text: string } | null;

/**
 * The SOP panel's state and actions: the round as loaded (and loaded again on demand), the step
 * chosen, the reason typed, the schedule's first day, and the outcome of the last action (counted
 * in `settled`, whose change gives that outcome the focus). Every action is taken as `me`, the NIP
 * the user stated; each one recorded is told to `onChanged` (the round's header reads it again).
 */
export function useSop(
  services: Pick<AppServices, "loadSop" | "scheduleSop" | "actOnSop">,
  me: string,
  today: string,
  onChanged?: () => void,
) {
  const action = useAction();
  const [settled, ended] = useOutcomes();
  const { run } = action;
  const [view, setView] = useState<SopView | null>(null);
  const [target, setTarget] = useState<number | null>(null);
  const [reason, setReason] = useState("");
  const [date, setDate] = useState(today);
  const [feedback, setFeedback] = useState<SopFeedback>(null);

  /** The round as it stands now (again after the Laporan is rebuilt: paraf validity may change). */
  const load = useCallback(() => {
    void run(services.loadSop).then((v) => v && setView(v));
  }, [run, services]);
  useEffect(load, [load]);

  const settle = (outcome: SopActOutcome | undefined, done: string) => {
    ended();
    if (!outcome) return;
    if (!outcome.ok) return setFeedback({ kind: "refused", issue: outcome.issue });
    setView(outcome.view);
    setTarget(null);
    setReason("");
    setFeedback({ kind: "recorded", text: done });
    onChanged?.();
  };
  const schedule = async () => {
    setFeedback(null);
    settle(await run(() => services.scheduleSop(date, me)), t.scheduled);
  };
  const act = async (kind: SopActKind, step: number) => {
    setFeedback(null);
    const why = reason.trim();
    const request = { kind, step, nip: me, ...(why ? { reason: why } : {}) };
    settle(await run(() => services.actOnSop(request)), t.recorded);
  };
  /**
   * Step 8 done with the archive the panel built; its outcome (and a failure, thrown) is shown by
   * the archive section, where the button was.
   */
  const markArchive = async (archive: { manifestSha256: string; detail: string }, why: string) => {
    setFeedback(null);
    const request = { kind: "done" as const, step: 8, nip: me, archive, ...(why ? { reason: why } : {}) };
    const outcome = await services.actOnSop(request);
    if (outcome.ok) {
      setView(outcome.view);
      onChanged?.();
    }
    return outcome;
  };

  return {
    action,
    view,
    load,
    settled,
    feedback,
    setFeedback,
    target,
    setTarget,
    reason,
    setReason,
    date,
    setDate,
    schedule,
    act,
    markArchive,
  };
}
