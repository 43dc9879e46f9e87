import { useCallback, useEffect, useRef, useState, type Dispatch } from "react";
import type { PaneState } from "../app/pane-state";
import type { Issue } from "../domain/shared/types";
import type { RoundAction } from "./round-state";
import type { AppServices, PaneRoundView } from "./services";
import { defaultDraft, draftFromSetup, type SetupDraft } from "./setup-form";
import { useAction, type ActionState } from "./use-action";

export interface RoundLoad {
  loaded: boolean;
  /** What the Pengaturan sheet (and the saved pane state) said was wrong with them. */
  issues: Issue[];
  /** The setup form's content: the saved setup, else a new round's; held here so it outlives the step. */
  draft: SetupDraft | null;
  setDraft: Dispatch<(draft: SetupDraft | null) => SetupDraft | null>;
  /**
   * Which outputs the workbook holds and the SOP: read when the pane opens and again on `refresh`
   * (the one source of the header and of the round's stage); null until read.
   */
  round: PaneRoundView | null;
  /**
   * Reads `round` again, after an action wrote to the workbook (an SOP action, a consolidation,
   * kertas kerja, the Laporan, the archive). Only the round view changes: the working state and
   * the open steps stay as they are. A failed re-read keeps the last view.
   */
  refresh: () => void;
  /** The pane state as read (null when there was none or it was ignored). */
  saved: PaneState | null;
  error: ActionState["error"];
}

/**
 * What the pane reads when it opens: the saved setup (for the state and the form), the pane's
 * saved working state with which outputs exist, then the workbook's "Perjanjian Kinerja" sheet,
 * taken as the round's PK when it has an IKU.
 */
export function useRoundLoad(
  services: Pick<AppServices, "loadSetup" | "loadPk" | "loadPaneRound">,
  dispatch: Dispatch<RoundAction>,
  today: Date | undefined,
): RoundLoad {
  const { run, error } = useAction();
  const [loaded, setLoaded] = useState(false);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [draft, setDraft] = useState<SetupDraft | null>(null);
  const [round, setRound] = useState<PaneRoundView | null>(null);
  const [saved, setSaved] = useState<PaneState | null>(null);
  /** Bumped by every read of the round view: an answer older than the last asked is dropped. */
  const reads = useRef(0);

  useEffect(() => {
    void run(services.loadSetup).then(async (res) => {
      if (res) {
        dispatch({ type: "setup-saved", setup: res.setup });
        setIssues(res.issues);
      }
      setDraft(res?.setup ? draftFromSetup(res.setup) : defaultDraft(today ?? new Date()));
      // keep the failure on screen: nothing else is read from a workbook that failed
      const mine = ++reads.current;
      const pane = res ? await run(services.loadPaneRound) : undefined;
      if (pane && mine === reads.current) setRound(pane);
      if (pane) {
        if (pane.state) dispatch({ type: "pane-restored", saved: pane.state });
        if (pane.issue) setIssues((list) => [...list, pane.issue as Issue]);
        setSaved(pane.state);
      }
      setLoaded(true);
      if (!res || !pane) return;
      const pk = await run(services.loadPk);
      if (pk && pk.pk.iku.length > 0)
        dispatch({ type: "pk-found", pk: { read: pk, from: "sheet", onSheet: true } });
    });
  }, [run, services, dispatch, today]);

  const refresh = useCallback(() => {
    const mine = ++reads.current;
    services.loadPaneRound().then(
      (pane) => {
        if (mine === reads.current) setRound(pane);
      },
      () => undefined, // the header keeps what it showed; the action's own result says what happened
    );
  }, [services]);

  return { loaded, issues, draft, setDraft, round, saved, error, refresh };
}
