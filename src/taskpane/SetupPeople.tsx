import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BagianShare } from "../domain/setup/propose-bagian";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { S } from "../strings";
import { taskpaneLists } from "../strings/taskpaneLists";
import { BagianFields } from "./BagianFields";
import { fieldId } from "./field-ids";
import { Notice } from "./Notice";
import { OfficialFields } from "./OfficialFields";
import type { BagianDraft, FieldErrors, OfficialDraft, SetupDraft } from "./setup-form";
import { bagianLabel, emptyBagian, emptyOfficial } from "./setup-form";

const t = S.taskpane.setup;
const tl = taskpaneLists.bagian;

/** A Bagian just deleted, where it stood: "Urungkan" puts it back. */
interface Removed {
  bagian: BagianDraft;
  index: number;
}

type Focus = { undo: true } | { bagian: string } | null;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  add: { alignSelf: "start" },
  removed: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface SetupPeopleProps {
  draft: Pick<SetupDraft, "bagian" | "pejabat">;
  errors: FieldErrors;
  onChange: (change: (d: SetupDraft) => Partial<SetupDraft>) => void;
  /** What the DPA proposes for the Bagian, shown above them. */
  proposal?: ReactNode;
  /** What the DPA gives each Bagian, in the form's order; none without a DPA. */
  shares?: BagianShare[] | null;
}

/** The Bagian of the round with their Kepala, and the officials of the SOP: editable lists. */
export function SetupPeople(props: SetupPeopleProps) {
  const styles = useStyles();
  const { draft, errors, onChange: update } = props;
  const patchBagian = (i: number, p: Partial<BagianDraft>) =>
    update((d) => ({ bagian: d.bagian.map((b, j) => (j === i ? { ...b, ...p } : b)) }));
  const patchOfficial = (i: number, p: Partial<OfficialDraft>) =>
    update((d) => ({ pejabat: d.pejabat.map((o, j) => (j === i ? { ...o, ...p } : o)) }));
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [focus, setFocus] = useState<Focus>(null);
  const list = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focus) return;
    if ("undo" in focus) undoButton.current?.focus();
    else list.current?.querySelector<HTMLInputElement>(`[data-bagian="${focus.bagian}"] input`)?.focus();
    setFocus(null);
  }, [focus]);

  const removeBagian = (i: number) => {
    const bagian = draft.bagian[i];
    if (!bagian) return;
    update((d) => ({ bagian: d.bagian.filter((_, j) => j !== i) }));
    setRemoved({ bagian, index: i });
    setFocus({ undo: true });
  };
  const undo = () => {
    if (!removed) return;
    const { bagian, index } = removed;
    update((d) => ({ bagian: [...d.bagian.slice(0, index), bagian, ...d.bagian.slice(index)] }));
    setRemoved(null);
    setFocus({ bagian: bagian.id });
  };
  const removedLabel = removed ? bagianLabel(removed.bagian.nama, removed.index) : "";

  return (
    <>
      <Text weight="semibold">{t.bagianTitle}</Text>
      {props.proposal}
      {errors.bagian && <Notice intent="error">{errors.bagian}</Notice>}
      {removed && (
        <div className={styles.removed} role="status">
          <Text>{tl.removed(removedLabel)}</Text>
          <Button size="small" ref={undoButton} aria-label={tl.undoLabel(removedLabel)} onClick={undo}>
            {tl.undo}
          </Button>
        </div>
      )}
      <div className={styles.list} ref={list}>
        {draft.bagian.map((b, i) => (
          <BagianFields
            key={b.id}
            index={i}
            value={b}
            errors={errors}
            share={props.shares?.[i]}
            onChange={(p) => patchBagian(i, p)}
            onRemove={() => removeBagian(i)}
          />
        ))}
      </div>
      <Button
        id={fieldId("bagian")}
        className={styles.add}
        onClick={() => update((d) => ({ bagian: [...d.bagian, emptyBagian()] }))}
      >
        {t.addBagian}
      </Button>

      <Text weight="semibold">{t.pejabatTitle}</Text>
      <div className={styles.list}>
        {draft.pejabat.map((o, i) => (
          <OfficialFields
            key={o.id}
            index={i}
            value={o}
            errors={errors}
            onChange={(p) => patchOfficial(i, p)}
            onRemove={() => update((d) => ({ pejabat: d.pejabat.filter((_, j) => j !== i) }))}
          />
        ))}
      </div>
      <Button
        className={styles.add}
        onClick={() => update((d) => ({ pejabat: [...d.pejabat, emptyOfficial("tim-sakip")] }))}
      >
        {t.addPejabat}
      </Button>
    </>
  );
}
