import { Button, Field, Input, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { Issue, Periode } from "../domain/shared/types";
import { PERIODES } from "../domain/shared/types";
import { S } from "../strings";
import { FitSelect } from "./FitSelect";
import { BagianFields } from "./BagianFields";
import { CalendarFields } from "./CalendarFields";
import { ErrorNotice, Notice } from "./Notice";
import { SaveOutcome } from "./SaveOutcome";
import { OfficialFields } from "./OfficialFields";
import type { AppServices } from "./services";
import type { BagianDraft, OfficialDraft, SetupDraft } from "./setup-form";
import { checkDraft, emptyBagian, emptyOfficial } from "./setup-form";
import { useAction } from "./use-action";

const t = S.taskpane.setup;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  add: { alignSelf: "start" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface SetupStepProps {
  services: Pick<AppServices, "saveSetup">;
  /** The form's content; held by the caller so that it outlives a collapsed accordion panel. */
  draft: SetupDraft;
  onDraftChange: (update: (draft: SetupDraft) => SetupDraft) => void;
  onSaved: (setup: RoundSetup) => void;
}

/** Step 1: the round's Pengaturan, checked field by field, then saved to the workbook. */
export function SetupStep(props: SetupStepProps) {
  const styles = useStyles();
  const { services, draft, onDraftChange, onSaved } = props;
  const [showErrors, setShowErrors] = useState(false);
  const [outcome, setOutcome] = useState<{ saved: boolean; issues: Issue[] } | null>(null);
  const action = useAction();
  const checked = useMemo(() => checkDraft(draft), [draft]);
  const errors = showErrors ? checked.errors : {};

  const update = (change: (d: SetupDraft) => Partial<SetupDraft>) => {
    onDraftChange((d) => ({ ...d, ...change(d) }));
    setOutcome(null);
  };
  const patch = (p: Partial<SetupDraft>) => update(() => p);
  const patchBagian = (i: number, p: Partial<BagianDraft>) =>
    update((d) => ({ bagian: d.bagian.map((b, j) => (j === i ? { ...b, ...p } : b)) }));
  const patchOfficial = (i: number, p: Partial<OfficialDraft>) =>
    update((d) => ({ pejabat: d.pejabat.map((o, j) => (j === i ? { ...o, ...p } : o)) }));

  const save = async () => {
    setShowErrors(true);
    const setup = checked.setup;
    if (!setup) return;
    const issues = await action.run(() => services.saveSetup(setup));
    if (!issues) return;
    const saved = !issues.some((i) => i.severity === "error");
    setOutcome({ saved, issues });
    if (saved) onSaved(setup);
  };

  return (
    <form
      className={styles.root}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={t.instansi} hint={t.instansiHint} required validationMessage={errors.instansi}>
        <Input value={draft.instansi} onChange={(_, d) => patch({ instansi: d.value })} />
      </Field>
      <div className={styles.pair}>
        <Field label={t.tahun} required validationMessage={errors.tahun}>
          <Input type="number" value={draft.tahun} onChange={(_, d) => patch({ tahun: d.value })} />
        </Field>
        <Field label={t.periode}>
          <FitSelect value={draft.periode} onChange={(_, d) => patch({ periode: d.value as Periode })}>
            {PERIODES.map((p) => (
              <option key={p} value={p}>
                {S.common.periode[p]}
              </option>
            ))}
          </FitSelect>
        </Field>
      </div>
      <Field label={t.batasWaktu} required validationMessage={errors.batasWaktu}>
        <Input type="date" value={draft.batasWaktu} onChange={(_, d) => patch({ batasWaktu: d.value })} />
      </Field>

      <Text weight="semibold">{t.bagianTitle}</Text>
      {errors.bagian && <Notice intent="error">{errors.bagian}</Notice>}
      <div className={styles.list}>
        {draft.bagian.map((b, i) => (
          <BagianFields
            key={b.id}
            index={i}
            value={b}
            errors={errors}
            onChange={(p) => patchBagian(i, p)}
            onRemove={() => update((d) => ({ bagian: d.bagian.filter((_, j) => j !== i) }))}
          />
        ))}
      </div>
      <Button
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

      <CalendarFields draft={draft} errors={errors} onChange={update} />
      {errors.kalender && <Notice intent="error">{errors.kalender}</Notice>}

      {showErrors && !checked.setup && <Notice intent="error">{t.fixFields}</Notice>}
      {action.error !== null && <ErrorNotice error={action.error} />}
      {outcome && <SaveOutcome {...outcome} />}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={action.busy}>
          {t.save}
        </Button>
        {action.busy && <Spinner size="tiny" label={t.saving} />}
      </div>
    </form>
  );
}
