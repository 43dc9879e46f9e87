import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { Dpa } from "../domain/shared/types";
import { S } from "../strings";
import { BagianProposalNotice } from "./BagianProposalNotice";
import { CopyFromPrevious } from "./CopyFromPrevious";
import { ErrorSummary } from "./ErrorSummary";
import { HolidaySummary } from "./HolidaySummary";
import { ErrorNotice, Notice } from "./Notice";
import type { CopyTaken } from "./previous-copy";
import { RoundFields } from "./RoundFields";
import { SaveOutcome } from "./SaveOutcome";
import type { AppServices } from "./services";
import type { SetupDraft } from "./setup-form";
import { draftFromSetup } from "./setup-form";
import { SetupPeople } from "./SetupPeople";
import { useBagianProposal } from "./use-bagian-proposal";
import { useSetupSave } from "./use-setup-save";

const t = S.taskpane.setup;

/** Room kept below what is brought into view, for the save bar over the pane's bottom. */
const BAR_ROOM = "72px";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    "& input, & select, & button, & a": { scrollMarginBottom: BAR_ROOM },
  },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    scrollMarginBottom: BAR_ROOM,
  },
  // Save stays in reach: the bar sticks to the pane's bottom while the form scrolls beneath it,
  // and rests in its place after the last field (it never covers that field).
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
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
  /** The round's DPA as read: its Bagian are proposed for the form. */
  dpa?: Dpa | null;
}

/**
 * The round's Pengaturan, checked field by field by the domain's rules, then saved to the
 * workbook. A failed save lists its problems at the top, each a link to its field; a save's answer
 * comes into view and takes focus; Save stays in reach at the bottom of the pane.
 */
export function SetupStep(props: SetupStepProps) {
  const styles = useStyles();
  const { services, draft, onDraftChange } = props;
  const proposal = useBagianProposal(props.dpa ?? null, draft, onDraftChange);
  const saving = useSetupSave(services, draft, (setup) => {
    proposal.settle();
    props.onSaved(setup);
  });
  const { errors, action } = saving;

  const update = (change: (d: SetupDraft) => Partial<SetupDraft>) => {
    onDraftChange((d) => ({ ...d, ...change(d) }));
    saving.edited();
  };
  // The copied setup replaces the form, unsaved; its problems show at their fields at once.
  const copied = (taken: CopyTaken) => {
    const setup = taken.setup;
    if (setup) onDraftChange(() => draftFromSetup(setup));
    saving.replaced();
    props.onCopied?.(taken);
  };

  return (
    <form
      className={styles.root}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void saving.save();
      }}
    >
      {saving.summary && <ErrorSummary ref={saving.summaryRef} items={saving.summary} />}
      <CopyFromPrevious
        services={services}
        onCopied={copied}
        saved={saving.outcome !== null}
        keepPk={props.sheetHasPk === true}
      />
      <RoundFields draft={draft} errors={errors} onChange={(p) => update(() => p)} />
      <SetupPeople
        draft={draft}
        errors={errors}
        onChange={update}
        proposal={<BagianProposalNotice proposal={proposal} />}
        shares={proposal.shares}
      />
      <HolidaySummary draft={draft} errors={errors} onChange={update} />
      {errors.kalender && <Notice intent="error">{errors.kalender}</Notice>}

      {(action.error !== null || saving.outcome) && (
        <div ref={saving.resultRef} tabIndex={-1} className={styles.result}>
          {action.error !== null && <ErrorNotice error={action.error} />}
          {saving.outcome && <SaveOutcome issues={saving.outcome} />}
        </div>
      )}
      <div className={styles.bar}>
        <Button appearance="primary" type="submit" disabled={action.busy}>
          {t.save}
        </Button>
        {action.busy && <Spinner size="tiny" label={t.saving} />}
      </div>
    </form>
  );
}
