import { Text } from "@fluentui/react-components";
import type { Issue } from "../domain/shared/types";
import { S } from "../strings";
import { Notice } from "./Notice";

const t = S.taskpane.setup;

/**
 * saveSetup saved the setup: said so, with its warnings if any. (A refusal is the form's summary
 * of problems at the top, each at its field.)
 */
export function SaveOutcome(props: { issues: Issue[] }) {
  return (
    <Notice intent={props.issues.length ? "warning" : "success"} title={t.saved}>
      {props.issues.map((i, k) => (
        <Text block size={200} key={k}>
          {i.cell ? `${i.cell}: ` : ""}
          {i.message}
        </Text>
      ))}
    </Notice>
  );
}
