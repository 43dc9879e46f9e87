import { AccordionHeader, Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../strings";
import { taskpaneRound } from "../strings/taskpaneRound";
import type { StepStatus } from "./round-stage";

export type { StepStatus };

const useStyles = makeStyles({
  badge: { marginLeft: tokens.spacingHorizontalS },
  detail: { display: "block", color: tokens.colorNeutralForeground3 },
  title: { display: "flex", flexDirection: "column" },
});

const COLOR = { done: "success", optional: "informative", pending: "subtle", error: "danger" } as const;

/** An accordion step title with a small status badge, and a line on what keeps it open. */
export function StepHeader(props: {
  title: string;
  status?: StepStatus;
  detail?: string;
  size?: "large" | "medium";
}) {
  const styles = useStyles();
  const { status } = props;
  const label = status === "error" ? taskpaneRound.status.error : status ? S.taskpane.stepStatus[status] : "";
  return (
    <AccordionHeader size={props.size ?? "large"}>
      <span className={styles.title}>
        <span>
          {props.title}
          {status && (
            <Badge className={styles.badge} size="small" appearance="tint" color={COLOR[status]}>
              {label}
            </Badge>
          )}
        </span>
        {props.detail && (
          <Text size={200} className={styles.detail}>
            {props.detail}
          </Text>
        )}
      </span>
    </AccordionHeader>
  );
}
