import { Text } from "@fluentui/react-components";
import type { Issue } from "../domain/shared/types";
import { S } from "../strings";
import { Notice } from "./Notice";

const t = S.taskpane.setup;

/** The answer of saveSetup: saved (perhaps with warnings), or rejected with the reasons. */
export function SaveOutcome(props: { saved: boolean; issues: Issue[] }) {
  const messages = props.issues.map((i, k) => (
    <Text block size={200} key={k}>
      {i.cell ? `${i.cell}: ` : ""}
      {i.message}
    </Text>
  ));
  return props.saved ? (
    <Notice intent={props.issues.length ? "warning" : "success"} title={t.saved}>
      {messages}
    </Notice>
  ) : (
    <Notice intent="error" title={t.rejected}>
      {messages}
    </Notice>
  );
}
