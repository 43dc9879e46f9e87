import { Button, Field, Input, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { Issue, Periode } from "../domain/shared/types";
import { PERIODES } from "../domain/shared/types";
import { S } from "../strings";
import { FitSelect } from "./FitSelect";
import { HolidaySummary } from "./HolidaySummary";
import { CopyFromPrevious } from "./CopyFromPrevious";
import { ErrorNotice, Notice } from "./Notice";
import type { CopyTaken } from "./previous-copy";
import { SaveOutcome } from "./SaveOutcome";
import type { AppServices } from "./services";
import type { SetupDraft } from "./setup-form";
import { checkDraft, draftFromSetup } from "./setup-form";
import { SetupPeople } from "./SetupPeople";
import { useAction } from "./use-action";

const t = S.taskpane.setup;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface SetupStepProps {
  services: Pick<AppServices, "saveSetup" | "setupFromPreviousMaster">;
  /** The form's content; held by the caller so that it outlives a collapsed accordion panel. */
  draft: SetupDraft;
  onDraftChange: (update: (draft: SetupDraft) => SetupDraft) => void;
  onSaved: (setup: RoundSetup) => void;
  /** "Salin dari putaran sebelumnya" read a master: its setup is in the form; the rest is the caller's. */
  onCopied?: (taken: CopyTaken) => void;
  /** The workbook's "Perjanjian Kinerja" sheet has IKU: a copy does not replace its PK. */
  sheetHasPk?: boolean;
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
  // The copied setup replaces the form, unsaved; its problems show at their fields at once.
  const copied = (taken: CopyTaken) => {
    const setup = taken.setup;
    if (setup) onDraftChange(() => draftFromSetup(setup));
    setOutcome(null);
    setShowErrors(true);
    props.onCopied?.(taken);
  };

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
      <CopyFromPrevious
        services={services}
        onCopied={copied}
        saved={outcome?.saved === true}
        keepPk={props.sheetHasPk === true}
      />
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

      <SetupPeople draft={draft} errors={errors} onChange={update} />

      <HolidaySummary draft={draft} errors={errors} onChange={update} />
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
