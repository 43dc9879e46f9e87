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
});

/** A workbook without a setup: what the add-in does, in three lines, and the way into the setup. */
export function FirstRun(props: { onStart: () => void }) {
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
      <div>
        <Button appearance="primary" onClick={props.onStart}>
          {T.start}
        </Button>
      </div>
    </section>
  );
}
