import { useEffect } from "react";

/**
 * Tabster's (Fluent's focus manager's) event before it moves the focus itself; cancelable. Named
 * here, as Fluent re-exports it only from a package this project does not depend on directly.
 */
const MOVE_FOCUS = "tabster:movefocus";

interface MoveFocusDetail {
  by: string;
  next: HTMLElement | null;
}

/**
 * Leaves to the browser a Tab past the pane's last control (or Shift+Tab before its first). Left
 * to Tabster, it moves the focus out through a "phantom" element it puts at the end of the page
 * for a moment: focusable and aria-hidden, which axe reports as aria-hidden-focus and a screen
 * reader may announce as nothing. That happened when the last step (the SOP, still loading) had
 * nothing to Tab into after its header. The browser's own Tab leaves the page just the same.
 */
export function useNativeTabOut(target: Document = document) {
  useEffect(() => {
    const onMove = (e: Event) => {
      const detail = (e as CustomEvent<MoveFocusDetail | undefined>).detail;
      if (detail?.by === "root" && detail.next === null) e.preventDefault();
    };
    target.addEventListener(MOVE_FOCUS, onMove);
    return () => target.removeEventListener(MOVE_FOCUS, onMove);
  }, [target]);
}
