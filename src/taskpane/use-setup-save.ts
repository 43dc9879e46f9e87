import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { Issue } from "../domain/shared/types";
import { rejectionItems, summaryItems, type SummaryItem } from "./field-ids";
import type { AppServices } from "./services";
import { checkDraft, fieldErrorsOf, type FieldErrors, type SetupDraft } from "./setup-form";
import { useAction, type ActionState } from "./use-action";

export interface SetupSave {
  /** The message at each field: none until the user has tried to save (or copied a setup). */
  errors: FieldErrors;
  /** The problems of the last failed save, for the summary at the top; null otherwise. */
  summary: SummaryItem[] | null;
  /** saveSetup's warnings when it saved; null before a save. */
  outcome: Issue[] | null;
  action: ActionState;
  /** The summary: brought into view and focused when a save fails. */
  summaryRef: RefObject<HTMLDivElement>;
  /** The save's answer (saved, or a failure of the workbook): brought into view and focused. */
  resultRef: RefObject<HTMLDivElement>;
  save: () => Promise<void>;
  /** The form changed: the last answer no longer holds. */
  edited: () => void;
  /** The form was replaced (a copied setup): its problems show at their fields at once. */
  replaced: () => void;
}

/**
 * Brings the element into view and focuses it each time `count` goes up. Scrolled the nearest
 * way always: its `scroll-margin` keeps it clear of the save bar that sticks over the pane's bottom.
 */
function useShown(count: number): RefObject<HTMLDivElement> {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (count === 0 || !el) return;
    el.scrollIntoView?.({ block: "nearest" });
    el.focus({ preventScroll: true });
  }, [count]);
  return ref;
}

/**
 * Saving the Pengaturan form: the domain's check of the whole form first (nothing sent when it
 * fails), then `saveSetup`, whose refusal is shown like the form's own problems.
 */
export function useSetupSave(
  services: Pick<AppServices, "saveSetup">,
  draft: SetupDraft,
  onSaved: (setup: RoundSetup) => void,
): SetupSave {
  const [showErrors, setShowErrors] = useState(false);
  /** saveSetup's refusal, shown at the fields until the form changes. */
  const [rejected, setRejected] = useState<Issue[]>([]);
  const [summary, setSummary] = useState<SummaryItem[] | null>(null);
  const [outcome, setOutcome] = useState<Issue[] | null>(null);
  const [summaryShown, setSummaryShown] = useState(0);
  const [resultShown, setResultShown] = useState(0);
  const summaryRef = useShown(summaryShown);
  const resultRef = useShown(resultShown);
  const action = useAction();
  const checked = useMemo(() => checkDraft(draft), [draft]);
  const errors = showErrors ? { ...fieldErrorsOf(rejected), ...checked.errors } : {};

  const failed = (items: SummaryItem[]) => {
    setSummary(items);
    setSummaryShown((n) => n + 1);
  };
  const save = async () => {
    setShowErrors(true);
    setOutcome(null);
    const setup = checked.setup;
    if (!setup) return failed(summaryItems(checked.errors, draft));
    const issues = await action.run(() => services.saveSetup(setup));
    if (!issues) return setResultShown((n) => n + 1);
    if (issues.some((i) => i.severity === "error")) {
      setRejected(issues);
      return failed(rejectionItems(issues, draft));
    }
    setSummary(null);
    setOutcome(issues);
    setResultShown((n) => n + 1);
    onSaved(setup);
  };
  const edited = () => {
    setOutcome(null);
    setRejected([]);
  };
  const replaced = () => {
    edited();
    setSummary(null);
    setShowErrors(true);
  };
  return { errors, summary, outcome, action, summaryRef, resultRef, save, edited, replaced };
}
