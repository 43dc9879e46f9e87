import { useEffect, useState, type Dispatch } from "react";
import type { Issue } from "../domain/shared/types";
import type { RoundAction } from "./round-state";
import type { AppServices } from "./services";
import { defaultDraft, draftFromSetup, type SetupDraft } from "./setup-form";
import { useAction, type ActionState } from "./use-action";

export interface RoundLoad {
  loaded: boolean;
  /** What the Pengaturan sheet said was wrong with it. */
  issues: Issue[];
  /** The setup form's content: the saved setup, else a new round's; held here so it outlives the step. */
  draft: SetupDraft | null;
  setDraft: Dispatch<(draft: SetupDraft | null) => SetupDraft | null>;
  error: ActionState["error"];
}

/**
 * What the pane reads when it opens: the saved setup (for the state and the form), then the
 * workbook's "Perjanjian Kinerja" sheet, taken as the round's PK when it has an IKU.
 */
export function useRoundLoad(
  services: Pick<AppServices, "loadSetup" | "loadPk">,
  dispatch: Dispatch<RoundAction>,
  today: Date | undefined,
): RoundLoad {
  const { run, error } = useAction();
  const [loaded, setLoaded] = useState(false);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [draft, setDraft] = useState<SetupDraft | null>(null);

  useEffect(() => {
    void run(services.loadSetup).then(async (res) => {
      if (res) {
        dispatch({ type: "setup-saved", setup: res.setup });
        setIssues(res.issues);
      }
      setDraft(res?.setup ? draftFromSetup(res.setup) : defaultDraft(today ?? new Date()));
      setLoaded(true);
      if (!res) return; // keep the failure on screen: the PK is not read from a workbook that failed
      const pk = await run(services.loadPk);
      if (pk && pk.pk.iku.length > 0)
        dispatch({ type: "pk-found", pk: { read: pk, from: "sheet", onSheet: true } });
    });
  }, [run, services, dispatch, today]);

  return { loaded, issues, draft, setDraft, error };
}
