import { Button, Field, ProgressBar, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AcceptOutcome, ConsolidationReview } from "../app/consolidate";
import type { ConsolidationPlan } from "../domain/ledger/consolidate";
import { S } from "../strings";
import { acceptReadiness, formatSavedAt, tally } from "./consolidate-view";
import { IssueTable } from "./IssueTable";
import { ErrorNotice, Notice } from "./Notice";
import { PlanView } from "./PlanView";
import { ReturnedPicker } from "./ReturnedPicker";
import { Revealed } from "./Revealed";
import type { ReadProgress } from "./services";
import type { ConsolidationFlow, RestoreNote } from "./use-consolidation";
import { useReveal } from "./use-reveal";
import { VerdictList } from "./VerdictFilters";

const t = S.taskpane.consolidate;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  note: { color: tokens.colorNeutralForeground3 },
});

/** What the progress bar says: the master first, then each file, then the judging. */
function progressText(p: ReadProgress): string {
  if (p.current !== null) return t.reading(p.done + 1, p.total, p.current);
  return p.done === 0 ? t.loadingMaster(p.total) : t.judging(p.total);
}

function Reading(props: { progress: ReadProgress }) {
  const { progress } = props;
  return (
    <Field label={progressText(progress)}>
      <ProgressBar value={progress.done} max={Math.max(progress.total, 1)} thickness="large" />
    </Field>
  );
}

/** What happened when the user accepted: written, nothing to write, or refused (nothing changed). */
function AcceptResult(props: { outcome: AcceptOutcome }) {
  const { outcome } = props;
  if (!outcome.ok) {
    return (
      <Notice intent="error" title={t.refused}>
        <IssueTable issues={outcome.issues} showSheet />
      </Notice>
    );
  }
  if (!outcome.written) return <Notice intent="info" title={t.unchanged} />;
  const brought = outcome.plan.proposals.filter((p) => p.kind !== "unchanged").length;
  return (
    <Notice intent="success" title={t.written(brought, outcome.applied.current.length)}>
      <Text block size={200}>
        {t.sheetsUpdated(outcome.applied.replaced.length > 0)}
      </Text>
      {outcome.applied.replaced.length > 0 && (
        <Text block size={200}>
          {t.riwayatKept(outcome.applied.replaced.length)}
        </Text>
      )}
    </Notice>
  );
}

/** What the read found: the tally, the master's own issues, one report per file. */
function Findings(props: { review: ConsolidationReview }) {
  const { review } = props;
  const counts = tally(review.assessments);
  return (
    <>
      <Text weight="semibold">{t.summary(counts.accepted, counts.rejected, counts.warnings)}</Text>
      {review.state.issues.length > 0 && (
        <Notice intent="warning" title={t.masterIssues}>
          <IssueTable issues={review.state.issues} showSheet />
        </Notice>
      )}
      {review.newMaster && <Text size={200}>{t.newMaster}</Text>}
      <VerdictList assessments={review.assessments} label={t.filesTitle} />
    </>
  );
}

/** What accepting would change, the conflicts to settle, "Terima" and what it did. */
function Decision(props: { flow: ConsolidationFlow; review: ConsolidationReview; plan: ConsolidationPlan }) {
  const styles = useStyles();
  const { flow, review, plan } = props;
  const readiness = acceptReadiness(plan);
  const done = flow.outcome !== null;
  return (
    <>
      <PlanView
        conflicts={review.plan.conflicts}
        plan={flow.outcome?.ok ? flow.outcome.plan : plan}
        choices={flow.choices}
        onChoose={flow.choose}
        written={flow.outcome?.ok === true && flow.outcome.written}
      />
      {!done && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={readiness !== "ready" || flow.accepting}
            onClick={() => void flow.accept()}
          >
            {t.accept}
          </Button>
          <Button disabled={flow.accepting} onClick={flow.reset}>
            {t.cancel}
          </Button>
          {flow.accepting && <Spinner size="tiny" label={t.accepting} />}
        </div>
      )}
      {!done && !flow.accepting && (
        <Text size={200} className={styles.note}>
          {readiness === "conflicts"
            ? t.acceptBlockedConflicts
            : readiness === "nothing"
              ? t.acceptBlockedNothing
              : t.notWrittenYet}
        </Text>
      )}
      <Revealed at={flow.settled.accept}>
        {flow.acceptError !== null && (
          <>
            <ErrorNotice error={flow.acceptError} />
            <Text size={200}>{t.failed}</Text>
          </>
        )}
        {flow.outcome && <AcceptResult outcome={flow.outcome} />}
        {done && (
          <div className={styles.actions}>
            <Button onClick={flow.reset}>{t.restart}</Button>
          </div>
        )}
      </Revealed>
    </>
  );
}

/** A review taken up from an earlier opening of the pane, or why it could not be. */
function RestoreNotice(props: { note: RestoreNote | null }) {
  const { note } = props;
  if (!note) return null;
  if (note.kind === "restored")
    return (
      <Notice intent="info" title={t.restored(note.files)}>
        <Text block size={200}>
          {t.restoredDetail(formatSavedAt(note.readAt))}
        </Text>
      </Notice>
    );
  return (
    <Notice intent="warning" title={t.restoreFailed}>
      {note.issues.map((i, k) => (
        <Text block size={200} key={k}>
          {i.message}
        </Text>
      ))}
    </Notice>
  );
}

/**
 * Step 6: pick or drop the returned kertas kerja, watch them being read, see one report per file
 * and what accepting would change, settle conflicts, then accept (the only moment anything is
 * written) or start over.
 */
export function ConsolidateStep(props: { flow: ConsolidationFlow }) {
  const styles = useStyles();
  const { flow } = props;
  const { stage } = flow;
  // After "Batal" or "Pilih berkas lain", the picker's button (back in place of the review) has the focus.
  const pickRef = useReveal<HTMLButtonElement>(flow.settled.reset);
  const review = stage.kind === "review" && flow.plan ? { review: stage.review, plan: flow.plan } : null;
  return (
    <div className={styles.root}>
      <Text size={200}>{t.intro}</Text>
      <RestoreNotice note={flow.restoreNote} />
      {stage.kind === "pick" && (
        <ReturnedPicker buttonRef={pickRef} onFiles={(files) => void flow.pick(files)} />
      )}
      {stage.kind === "reading" && <Reading progress={stage.progress} />}
      <Revealed at={flow.settled.read} className={styles.root}>
        {flow.readError !== null && <ErrorNotice error={flow.readError} />}
        {stage.kind === "cannot" && (
          <>
            <Notice intent="error" title={t.cannotReview}>
              <IssueTable issues={stage.issues} showSheet />
            </Notice>
            <div className={styles.actions}>
              <Button onClick={flow.reset}>{t.restart}</Button>
            </div>
          </>
        )}
        {review && <Findings review={review.review} />}
      </Revealed>
      {review && <Decision flow={flow} review={review.review} plan={review.plan} />}
    </div>
  );
}
