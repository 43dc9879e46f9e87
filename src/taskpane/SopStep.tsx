import {
  Button,
  Field,
  Input,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { Issue } from "../domain/shared/types";
import { S } from "../strings";
import { FitSelect } from "./FitSelect";
import { IssueTable } from "./IssueTable";
import { ErrorNotice, Notice } from "./Notice";
import type { AppServices } from "./services";
import type { SopActKind, SopActOutcome, SopStepRow, SopView } from "./sop-view";
import { SopStepList } from "./SopStepList";
import { useAction } from "./use-action";

const t = S.taskpane.sop;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface SopStepProps {
  services: Pick<AppServices, "loadSop" | "scheduleSop" | "actOnSop">;
  /** NIP of who the user says they are; kept by the App so it survives collapsing the step. */
  me: string;
  onMeChange: (nip: string) => void;
  /** Proposed start date of a new schedule, ISO date. */
  today: string;
}

type Feedback = { kind: "refused"; issue: Issue } | { kind: "recorded"; text: string } | null;

/** Step 6: where the SOP round stands, who acts next, and recording what was done. */
export function SopStep(props: SopStepProps) {
  const styles = useStyles();
  const { services, me, onMeChange } = props;
  const action = useAction();
  const { run } = action;
  const [view, setView] = useState<SopView | null>(null);
  const [target, setTarget] = useState<number | null>(null);
  const [reason, setReason] = useState("");
  const [date, setDate] = useState(props.today);
  const [feedback, setFeedback] = useState<Feedback>(null);

  useEffect(() => {
    void run(services.loadSop).then((v) => v && setView(v));
  }, [run, services]);

  const settle = useCallback((outcome: SopActOutcome | undefined, done: string) => {
    if (!outcome) return;
    if (!outcome.ok) return setFeedback({ kind: "refused", issue: outcome.issue });
    setView(outcome.view);
    setTarget(null);
    setReason("");
    setFeedback({ kind: "recorded", text: done });
  }, []);

  if (!view) {
    return action.error ? <ErrorNotice error={action.error} /> : <Spinner size="small" label={t.loading} />;
  }
  if (!view.setupReady || view.officials.length === 0) return <Text>{t.needSetup}</Text>;

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
  const who = view.current?.who;

  return (
    <div className={styles.root}>
      <Field label={t.me} hint={noMe ? `${t.meHint} ${t.chooseMeFirst}` : t.meHint}>
        <FitSelect
          value={me}
          onChange={(_, d) => {
            setFeedback(null);
            onMeChange(d.value);
          }}
        >
          <option value="">{t.chooseMe}</option>
          {view.officials.map((o) => (
            <option key={o.nip} value={o.nip}>
              {t.meOption(o.nama, S.taskpane.roles[o.peran])}
            </option>
          ))}
        </FitSelect>
      </Field>

      {!steps && (
        <>
          <Text>{t.notScheduled}</Text>
          <Field label={t.startDate} hint={t.startHint}>
            <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
          </Field>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={busy || noMe || date === ""}
              onClick={() => void schedule()}
            >
              {t.schedule}
            </Button>
            {busy && <Spinner size="tiny" label={t.scheduling} />}
          </div>
        </>
      )}

      {steps && view.current && (
        <section className={styles.card} aria-label={t.currentTitle(view.current.step.no)}>
          <Text weight="semibold">{t.currentTitle(view.current.step.no)}</Text>
          <Text size={200}>{view.current.step.aktivitas}</Text>
          <Text size={200}>
            <span className={styles.label}>{t.who}: </span>
            {who ? t.whoLine(who.nama, who.jabatan) : t.whoMissing(S.taskpane.roles[view.current.step.role])}
          </Text>
          <Text size={200}>
            <span className={styles.label}>{t.due}: </span>
            {view.current.step.due}
          </Text>
        </section>
      )}
      {steps && !view.current && <Notice intent="success" title={t.allDone} />}

      {view.overdue.length > 0 && (
        <Notice intent="warning" title={t.overdueTitle}>
          {view.overdue.map((s) => (
            <Text block size={200} key={s.no}>
              {t.overdueLine(s.no, s.late, s.due)}
            </Text>
          ))}
        </Notice>
      )}

      {steps && selected && (
        <div className={styles.root}>
          <Field label={t.step}>
            <FitSelect value={String(selected.no)} onChange={(_, d) => setTarget(Number(d.value))}>
              {open.map((s) => (
                <option key={s.no} value={s.no}>
                  {t.stepOption(s.no, t.status[s.status])}
                </option>
              ))}
            </FitSelect>
          </Field>
          {askReason && (
            <Field
              label={t.reason}
              hint={openBefore.length > 0 ? t.reasonHint(openBefore.join(", ")) : undefined}
            >
              <Textarea value={reason} resize="vertical" onChange={(_, d) => setReason(d.value)} />
            </Field>
          )}
          <div className={styles.row}>
            {!selected.started && (
              <Button disabled={busy || noMe} onClick={() => void act("start", selected.no)}>
                {t.start}
              </Button>
            )}
            {selected.no === 6 ? (
              <Button appearance="primary" disabled={busy || noMe} onClick={() => void act("paraf", 6)}>
                {t.paraf}
              </Button>
            ) : selected.no === 7 ? (
              <Button
                appearance="primary"
                disabled={busy || noMe || signBlocked}
                onClick={() => void act("sign", 7)}
              >
                {t.sign}
              </Button>
            ) : (
              <Button
                appearance="primary"
                disabled={busy || noMe}
                onClick={() => void act("done", selected.no)}
              >
                {t.done}
              </Button>
            )}
            {busy && <Spinner size="tiny" label={t.working} />}
          </div>
          {selected.no === 7 && signBlocked && (
            <Text size={200} className={styles.note}>
              {t.signNeedsParaf}
            </Text>
          )}
        </div>
      )}

      {view.paraf && !view.paraf.valid && selected?.no !== 6 && (
        <div className={styles.row}>
          <Button disabled={busy || noMe} onClick={() => void act("paraf", 6)}>
            {t.reparaf}
          </Button>
        </div>
      )}

      {action.error !== null && <ErrorNotice error={action.error} />}
      {feedback?.kind === "refused" && (
        <Notice intent="error" title={t.refused}>
          <Text block size={200}>
            {feedback.issue.message}
          </Text>
        </Notice>
      )}
      {feedback?.kind === "recorded" && <Notice intent="success" title={feedback.text} />}

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
