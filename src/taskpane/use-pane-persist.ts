import { useEffect, useRef } from "react";
import type { PaneState } from "../app/pane-state";
import { describeError, type UserError } from "./describe-error";
import type { AppServices } from "./services";

/** How long the pane waits after a change before writing its state (several quick edits, one write). */
export const PERSIST_DELAY_MS = 400;

/**
 * Writes the pane's working state to the workbook after each change, debounced. The state as
 * loaded is the baseline: opening the pane writes nothing.
 */
export function usePanePersist(
  services: Pick<AppServices, "savePaneState">,
  loaded: boolean,
  state: PaneState,
  onError: (error: UserError | null) => void,
) {
  const last = useRef<string | null>(null);
  const json = JSON.stringify(state);
  useEffect(() => {
    if (!loaded) return;
    if (last.current === null) {
      last.current = json;
      return;
    }
    if (json === last.current) return;
    const timer = setTimeout(() => {
      last.current = json;
      services.savePaneState(JSON.parse(json) as PaneState).then(
        () => onError(null),
        (err: unknown) => onError(describeError(err)),
      );
    }, PERSIST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [json, loaded, services, onError]);
}
