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
import type { Official } from "../domain/setup/setup-types";
import { S } from "../strings";
import { taskpaneLaporan } from "../strings/taskpaneLaporan";
import { FitSelect } from "./FitSelect";
import type { SopActKind, SopStepRow } from "./sop-view";

const t = S.taskpane.sop;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface SopStepActionsProps {
  /** The steps not yet done, in order. */
  open: SopStepRow[];
  selected: SopStepRow;
  onSelect: (no: number) => void;
  /** Earlier steps still open before the selected one (a reason is then logged). */
  openBefore: number[];
  askReason: boolean;
  reason: string;
  onReason: (reason: string) => void;
  busy: boolean;
  /** No one is named in "Saya adalah" yet. */
  noMe: boolean;
  /** The signature waits for a paraf that still holds. */
  signBlocked: boolean;
  onAct: (kind: SopActKind, step: number) => void;
}

/** The step to act on, a reason when it goes before open steps, and the action its number allows. */
export function SopStepActions(props: SopStepActionsProps) {
  const styles = useStyles();
  const { selected, busy, noMe, onAct } = props;
  const primary = (label: string, kind: SopActKind, disabled = false) => (
    <Button appearance="primary" disabled={busy || noMe || disabled} onClick={() => onAct(kind, selected.no)}>
      {label}
    </Button>
  );
  return (
    <div className={styles.root}>
      <Field label={t.step}>
        <FitSelect value={String(selected.no)} onChange={(_, d) => props.onSelect(Number(d.value))}>
          {props.open.map((s) => (
            <option key={s.no} value={s.no}>
              {t.stepOption(s.no, t.status[s.status])}
            </option>
          ))}
        </FitSelect>
      </Field>
      {props.askReason && (
        <Field
          label={t.reason}
          hint={props.openBefore.length > 0 ? t.reasonHint(props.openBefore.join(", ")) : undefined}
        >
          <Textarea value={props.reason} resize="vertical" onChange={(_, d) => props.onReason(d.value)} />
        </Field>
      )}
      <div className={styles.row}>
        {!selected.started && (
          <Button disabled={busy || noMe} onClick={() => onAct("start", selected.no)}>
            {t.start}
          </Button>
        )}
        {selected.no === 6
          ? primary(t.paraf, "paraf")
          : selected.no === 7
            ? primary(t.sign, "sign", props.signBlocked)
            : selected.no !== 8 && primary(t.done, "done")}
        {busy && <Spinner size="tiny" label={t.working} />}
      </div>
      {selected.no === 7 && props.signBlocked && (
        <Text size={200} className={styles.note}>
          {t.signNeedsParaf}
        </Text>
      )}
      {selected.no === 8 && (
        <Text size={200} className={styles.note}>
          {taskpaneLaporan.step8Hint}
        </Text>
      )}
    </div>
  );
}

/** "Saya adalah": who the user says they are, among the officials of the setup. */
export function SopMeField(props: { me: string; officials: Official[]; onChange: (nip: string) => void }) {
  const noMe = props.me === "";
  return (
    <Field label={t.me} hint={noMe ? `${t.meHint} ${t.chooseMeFirst}` : t.meHint}>
      <FitSelect value={props.me} onChange={(_, d) => props.onChange(d.value)}>
        <option value="">{t.chooseMe}</option>
        {props.officials.map((o) => (
          <option key={o.nip} value={o.nip}>
            {t.meOption(o.nama, S.taskpane.roles[o.peran])}
          </option>
        ))}
      </FitSelect>
    </Field>
  );
}

/** A round not yet scheduled: its first day, and the button that plans it. */
export function SopScheduleForm(props: {
  date: string;
  onDate: (date: string) => void;
  disabled: boolean;
  busy: boolean;
  onSchedule: () => void;
}) {
  const styles = useStyles();
  return (
    <>
      <Text>{t.notScheduled}</Text>
      <Field label={t.startDate} hint={t.startHint}>
        <Input type="date" value={props.date} onChange={(_, d) => props.onDate(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={props.disabled || props.date === ""}
          onClick={props.onSchedule}
        >
          {t.schedule}
        </Button>
        {props.busy && <Spinner size="tiny" label={t.scheduling} />}
      </div>
    </>
  );
}
