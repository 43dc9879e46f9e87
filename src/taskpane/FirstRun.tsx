import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { taskpaneRound } from "../strings/taskpaneRound";

const T = taskpaneRound.firstRun;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * A workbook without a setup: what the add-in does, in three lines, and the ways in: a new round
 * starts with its DPA; the next round of a year starts from the previous round's master (in
 * Pengaturan, "Salin dari putaran sebelumnya").
 */
export function FirstRun(props: { onStart: (from: "dpa" | "previous") => void }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="first-run-title">
      <Text as="h2" size={400} weight="semibold" id="first-run-title">
        {T.title}
      </Text>
      {T.lines.map((line) => (
        <Text as="p" key={line}>
          {line}
        </Text>
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => props.onStart("dpa")}>
          {T.start}
        </Button>
        <Button onClick={() => props.onStart("previous")}>{T.fromPrevious}</Button>
      </div>
    </section>
  );
}
