import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../strings";
import { IssueTable } from "./IssueTable";
import { ErrorNotice, Notice } from "./Notice";
import type { AppServices } from "./services";
import type { SopStepRow } from "./sop-view";
import { ArchivePanel, type Step8State } from "./ArchivePanel";
import { LaporanPanel } from "./LaporanPanel";
import { Revealed } from "./Revealed";
import { SopCurrent } from "./SopCurrent";
import { SopMeField, SopScheduleForm, SopStepActions } from "./SopStepActions";
import { SopStepList } from "./SopStepList";
import { useSop } from "./use-sop";

const t = S.taskpane.sop;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface SopStepProps {
  services: Pick<AppServices, "loadSop" | "scheduleSop" | "actOnSop" | "susunLaporan" | "buildArchive">;
  /** NIP of who the user says they are; kept by the App so it survives collapsing the step. */
  me: string;
  onMeChange: (nip: string) => void;
  /** Proposed start date of a new schedule, ISO date. */
  today: string;
  /** Something was written to the workbook (an SOP action, the Laporan, the archive): the round changed. */
  onChanged?: () => void;
}

/**
 * The SOP: where the round stands, who acts next, recording what was done; step 5's draft Laporan
 * and step 8's archive in their own sections.
 */
export function SopStep(props: SopStepProps) {
  const styles = useStyles();
  const { services, onMeChange, onChanged } = props;
  const sop = useSop(services, props.me, props.today, onChanged);
  const { action, view, feedback, target, reason, date, act } = sop;

  if (!view) {
    return action.error ? <ErrorNotice error={action.error} /> : <Spinner size="small" label={t.loading} />;
  }
  if (!view.setupReady || view.officials.length === 0) return <Text>{t.needSetup}</Text>;
  // A NIP remembered from another workbook, whose officials differ, is nobody here.
  const me = view.officials.some((o) => o.nip === props.me) ? props.me : "";

  const steps = view.steps;
  const open = steps?.filter((s) => !s.done) ?? [];
  const selected: SopStepRow | undefined = open.find((s) => s.no === target) ?? view.current?.step ?? open[0];
  const openBefore = selected ? open.filter((s) => s.no < selected.no).map((s) => s.no) : [];
  const askReason =
    openBefore.length > 0 ||
    (feedback?.kind === "refused" && feedback.issue.code === "sop.order.reason-required");
  const busy = action.busy;
  const noMe = me === "";
  const signBlocked = !view.paraf || !view.paraf.valid;
  /** The Laporan was written again (alone or for the archive): paraf validity and step 5 may have changed. */
  const rebuilt = () => {
    sop.load();
    onChanged?.();
  };
  const step8: Step8State = !steps ? "unscheduled" : steps.find((s) => s.no === 8)?.done ? "done" : "open";

  return (
    <div className={styles.root}>
      <SopMeField
        me={me}
        officials={view.officials}
        onChange={(nip) => {
          sop.setFeedback(null);
          onMeChange(nip);
        }}
      />

      {!steps && (
        <SopScheduleForm
          date={date}
          onDate={sop.setDate}
          disabled={busy || noMe}
          busy={busy}
          onSchedule={() => void sop.schedule()}
        />
      )}

      {steps && <SopCurrent view={view} />}

      {steps && selected && (
        <SopStepActions
          open={open}
          selected={selected}
          onSelect={sop.setTarget}
          openBefore={openBefore}
          askReason={askReason}
          reason={reason}
          onReason={sop.setReason}
          busy={busy}
          noMe={noMe}
          signBlocked={signBlocked}
          onAct={(kind, step) => void act(kind, step)}
        />
      )}

      {view.paraf && !view.paraf.valid && selected?.no !== 6 && (
        <div className={styles.row}>
          <Button disabled={busy || noMe} onClick={() => void act("paraf", 6)}>
            {t.reparaf}
          </Button>
        </div>
      )}

      <Revealed at={sop.settled}>
        {action.error !== null && <ErrorNotice error={action.error} />}
        {feedback?.kind === "refused" && (
          <Notice intent="error" title={t.refused}>
            <Text block size={200}>
              {feedback.issue.message}
            </Text>
          </Notice>
        )}
        {feedback?.kind === "recorded" && <Notice intent="success" title={feedback.text} />}
      </Revealed>

      <LaporanPanel services={services} disabled={noMe} onBuilt={rebuilt} />
      <ArchivePanel
        services={services}
        disabled={noMe}
        step8={step8}
        onBuilt={rebuilt}
        onMark={sop.markArchive}
      />

      {steps && <SopStepList view={view} steps={steps} />}

      <Text size={200} className={styles.note}>
        {S.sopLog.paraf.disclaimer}
      </Text>

      {view.issues.length > 0 && (
        <Notice intent="warning" title={t.issuesTitle}>
          <IssueTable issues={view.issues} />
        </Notice>
      )}
    </div>
  );
}
