import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { forwardRef } from "react";
import { paneSetupForm } from "../strings/paneSetupForm";
import { fieldId, focusField, type SummaryItem } from "./field-ids";

const T = paneSetupForm.summary;

const useStyles = makeStyles({
  root: { scrollMarginTop: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXXS },
});

/**
 * The problems of a save at the top of the form, "3 isian perlu diperbaiki": each a link that
 * brings its field into view and focuses it. Takes focus itself when shown (the caller focuses the
 * ref), and is a live region.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[] }>(
  function ErrorSummary(props, ref) {
    const styles = useStyles();
    const titleId = useId("summary-title");
    return (
      <MessageBar
        ref={ref}
        className={styles.root}
        tabIndex={-1}
        intent="error"
        layout="multiline"
        role="alert"
        aria-labelledby={titleId}
      >
        <MessageBarBody>
          <MessageBarTitle id={titleId}>{T.title(props.items.length)}</MessageBarTitle>
          <Text block size={200}>
            {T.unsaved}
          </Text>
          <ul className={styles.list}>
            {props.items.map((item, k) => (
              <li key={`${item.path ?? ""}${k}`} className={styles.item}>
                {item.path ? (
                  <Link
                    href={`#${fieldId(item.path)}`}
                    onClick={(e) => {
                      if (item.path && focusField(item.path)) e.preventDefault();
                    }}
                  >
                    {item.text}
                  </Link>
                ) : (
                  <Text size={200}>{item.text}</Text>
                )}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  },
);
