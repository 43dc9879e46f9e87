import type { GriffelStyle } from "@fluentui/react-components";

/**
 * Out of sight but still reachable by screen readers and by Playwright's setInputFiles (which
 * `display: none` would not allow): for the file inputs behind a visible button or drop zone.
 */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};
