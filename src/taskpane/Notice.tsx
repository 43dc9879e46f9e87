import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { MessageBarIntent } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { S } from "../strings";
import type { UserError } from "./describe-error";

/**
 * A live region's role for a notice: a failure interrupts (alert), anything else is said when the
 * reader is free (status). Fluent's MessageBar is a plain group whose own announcement needs an
 * AriaLiveAnnouncer the pane does not mount.
 */
export function liveRole(intent: MessageBarIntent): "alert" | "status" {
  return intent === "error" ? "alert" : "status";
}

/** A Fluent MessageBar laid out for a narrow pane (multiline: no ResizeObserver reflow), live. */
export function Notice(props: { intent: MessageBarIntent; title?: string; children?: ReactNode }) {
  return (
    <MessageBar intent={props.intent} layout="multiline" role={liveRole(props.intent)}>
      <MessageBarBody>
        {props.title && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The failure of an action: the host's own sentence, or a general one with the technical line. */
export function ErrorNotice(props: { error: UserError }) {
  const { error } = props;
  if (error.explained) return <Notice intent="error" title={error.message} />;
  return (
    <Notice intent="error" title={S.taskpane.errors.unexpected}>
      {error.message && (
        <Text block size={200}>
          {S.taskpane.errors.detail}: {error.message}
        </Text>
      )}
    </Notice>
  );
}
