import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RoundSetup } from "../domain/setup/setup-types";
import { S } from "../strings";
import { taskpaneRound } from "../strings/taskpaneRound";
import type { RoundStage } from "./round-stage";
import type { SopView } from "./sop-view";

const T = taskpaneRound;

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  line: { color: tokens.colorNeutralForeground3 },
  late: { color: tokens.colorPaletteRedForeground1 },
});

/** The pane's header: the round (instansi, tahun, periode), what is next, the SOP's step and who acts, collection, lateness. */
export function RoundHeader(props: {
  setup: RoundSetup | null;
  stage: RoundStage | null;
  sop: SopView | null;
}) {
  const styles = useStyles();
  const { setup, stage, sop } = props;
  const current = sop?.current ?? null;
  const overdue = sop?.overdue ?? [];
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
          {T.header.next(T.stage[stage])}
        </Text>
      )}
      {current && (
        <Text size={200} className={styles.line}>
          {T.header.sopStep(current.step.no, current.step.aktivitas, current.who?.nama ?? T.header.nobody)}
        </Text>
      )}
      {sop?.collection && (
        <Text size={200} className={styles.line}>
          {sop.collection}
        </Text>
      )}
      {overdue.length > 0 && (
        <Text size={200} className={styles.late}>
          {T.header.late(
            overdue.length,
            overdue.map((s) => `${s.no}. ${s.aktivitas} (${s.late})`).join("; "),
          )}
        </Text>
      )}
    </header>
  );
}
