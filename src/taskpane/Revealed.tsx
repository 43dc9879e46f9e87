import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useReveal } from "./use-reveal";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    // Nothing to show (no action yet): no gap in the step's column either.
    ":empty": { display: "none" },
    ":focus": { outlineStyle: "none" },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
    },
  },
});

/**
 * Where the outcome of an action appears (its result, refusal or error): brought into view and
 * focused each time `at` changes, so that focus never drops to the page when the button pressed
 * goes away. Render it always, in the component that outlives the action; it collapses when empty.
 */
export function Revealed(props: { at: unknown; className?: string; children?: ReactNode }) {
  const styles = useStyles();
  const ref = useReveal<HTMLDivElement>(props.at);
  return (
    <div ref={ref} tabIndex={-1} className={mergeClasses(styles.box, props.className)}>
      {props.children}
    </div>
  );
}
