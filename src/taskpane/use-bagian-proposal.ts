import { useEffect, useMemo, useRef, useState } from "react";
import {
  dpaShares,
  proposeBagian,
  type BagianShare,
  type ProposedBagian,
} from "../domain/setup/propose-bagian";
import type { Dpa } from "../domain/shared/types";
import { focusField } from "./field-ids";
import { hasNoBagian, withProposed, type SetupDraft } from "./setup-form";

export interface BagianProposal {
  /** The Bagian the DPA filled an empty form with, until the setup is saved. */
  filled: ProposedBagian[] | null;
  /** The Bagian the DPA names that the form (with some Bagian) lacks. */
  missing: ProposedBagian[];
  /** What the DPA gives each Bagian of the form, in its order; null without a DPA. */
  shares: BagianShare[] | null;
  /** How many "Tambahkan" just added, until the setup is saved. */
  added: number | null;
  add: () => void;
  /** The setup was saved: what was proposed is now the setup's. */
  settle: () => void;
}

/**
 * The Bagian of the DPA for the form: an empty form is filled with them as soon as a DPA is there
 * (once per DPA: a Bagian the user then deletes stays deleted); a form with Bagian is told which
 * ones the DPA names that it lacks, and "Tambahkan" adds them and focuses the first one's kode.
 */
export function useBagianProposal(
  dpa: Dpa | null,
  draft: SetupDraft,
  onDraftChange: (update: (draft: SetupDraft) => SetupDraft) => void,
): BagianProposal {
  const seen = useRef<Dpa | null>(null);
  const [filled, setFilled] = useState<ProposedBagian[] | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  const [focusPath, setFocusPath] = useState<string | null>(null);

  useEffect(() => {
    if (!dpa || seen.current === dpa) return;
    seen.current = dpa;
    if (!hasNoBagian(draft)) return;
    const proposed = proposeBagian(dpa, []);
    if (proposed.length === 0) return;
    onDraftChange((d) => (hasNoBagian(d) ? withProposed(d, proposed) : d));
    setFilled(proposed);
  }, [dpa, draft, onDraftChange]);

  useEffect(() => {
    if (focusPath === null) return;
    focusField(focusPath);
    setFocusPath(null);
  }, [focusPath]);

  const bagian = draft.bagian;
  const missing = useMemo(
    () => (dpa && !hasNoBagian({ bagian }) ? proposeBagian(dpa, bagian) : []),
    [dpa, bagian],
  );
  const shares = useMemo(() => (dpa ? dpaShares(dpa, bagian) : null), [dpa, bagian]);
  const add = () => {
    const kept = withProposed(draft, []).bagian.length;
    onDraftChange((d) => withProposed(d, missing));
    setAdded(missing.length);
    setFocusPath(`bagian.${kept}.kode`);
  };
  const settle = () => {
    setFilled(null);
    setAdded(null);
  };
  return { filled, missing, shares, added, add, settle };
}
