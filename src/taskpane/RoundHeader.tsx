import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RoundSetup } from "../domain/setup/setup-types";
import { S } from "../strings";
import { paneFocus } from "../strings/paneFocus";
import { taskpaneRound } from "../strings/taskpaneRound";
import type { RoundStage } from "./round-stage";
import type { SopView, Submissions } from "./sop-view";

const T = taskpaneRound;
const H = paneFocus.header;

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  line: { color: tokens.colorNeutralForeground3 },
  late: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * "3 dari 5 Bagian sudah mengirim", naming the others when collecting is late; null before there
 * is anything to collect (no kertas kerja, nothing consolidated, no schedule).
 */
export function collectionLine(s: Submissions | undefined, scheduled: boolean): string | null {
  if (!s || s.of === 0) return null;
  if (s.generated === 0 && s.submitted === 0 && !scheduled) return null;
  const late = s.late && s.missing.length > 0 ? H.lateBagian(s.missing.join(", ")) : "";
  return `${H.collection(s.submitted, s.of)}${late}`;
}

/** The late SOP steps, by number and how late ("Terlambat: langkah 4 (1 jam 30 menit)"); null unless scheduled. */
export function lateLine(sop: SopView): { text: string; late: boolean } | null {
  if (!sop.steps) return null;
  if (sop.overdue.length === 0) return { text: H.onTime, late: false };
  return { text: H.late(sop.overdue.map((s) => H.lateStep(s.no, s.late)).join(", ")), late: true };
}

/**
 * The pane's header, short: the round (instansi, tahun, periode), what is next, the SOP's step and
 * who acts, how many Bagian have sent their kertas kerja back, and what is late.
 */
export function RoundHeader(props: {
  setup: RoundSetup | null;
  stage: RoundStage | null;
  sop: SopView | null;
}) {
  const styles = useStyles();
  const { setup, stage, sop } = props;
  const current = sop?.current ?? null;
  const collection = sop ? collectionLine(sop.submissions, sop.steps !== null) : null;
  const late = sop ? lateLine(sop) : null;
  return (
    <header className={styles.header}>
      <Text as="h1" size={500} weight="semibold">
        {S.common.productName}
      </Text>
      {setup && (
        <Text size={200} className={styles.line}>
          {`${setup.instansi} · ${setup.tahun} · ${S.common.periode[setup.periode]}`}
        </Text>
      )}
      {stage && setup && (
        <Text size={200} weight="semibold">
          {stage === "finished" ? T.stage.finished : T.header.next(T.stage[stage])}
        </Text>
      )}
      {current && (
        <Text size={200} className={styles.line}>
          {T.header.sopStep(current.step.no, current.step.aktivitas, current.who?.nama ?? T.header.nobody)}
        </Text>
      )}
      {collection && (
        <Text size={200} className={styles.line}>
          {collection}
        </Text>
      )}
      {late && (
        <Text size={200} className={late.late ? styles.late : styles.line}>
          {late.text}
        </Text>
      )}
    </header>
  );
}
