import { AccordionHeader, Badge, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../strings";

const useStyles = makeStyles({
  badge: { marginLeft: tokens.spacingHorizontalS },
});

export type StepStatus = "done" | "optional" | "pending";

/** An accordion step title with a small status badge. */
export function StepHeader(props: { title: string; status?: StepStatus }) {
  const styles = useStyles();
  const color = props.status === "done" ? "success" : props.status === "optional" ? "informative" : "subtle";
  return (
    <AccordionHeader size="large">
      {props.title}
      {props.status && (
        <Badge className={styles.badge} size="small" appearance="tint" color={color}>
          {S.taskpane.stepStatus[props.status]}
        </Badge>
      )}
    </AccordionHeader>
  );
}
