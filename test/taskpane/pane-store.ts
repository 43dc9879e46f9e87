/**
 * A stub workbook for the pane's saved state: what `savePaneState` writes goes through the real
 * sheet plan into a sheet snapshot, and `loadPaneRound` reads it back with the real reader, so
 * that a fresh App over the same store sees what the last one wrote.
 */
import { loadPaneState, paneStatePlan, type PaneState } from "../../src/app/pane-state";
import type { WorkbookPort } from "../../src/app/ports";
import type { SheetSnapshot } from "../../src/sheet/plan";
import type { AppServices, PaneRoundView } from "../../src/taskpane/services";

export interface PaneStore {
  sheet: SheetSnapshot | null;
  kertasKerja: boolean;
  data: boolean;
  sop: PaneRoundView["sop"];
  writes: number;
  services: Pick<AppServices, "loadPaneRound" | "savePaneState">;
}

export function paneStore(): PaneStore {
  const store: PaneStore = {
    sheet: null,
    kertasKerja: false,
    data: false,
    sop: null,
    writes: 0,
    services: {
      loadPaneRound: async () => ({
        ...(await loadPaneState(port)),
        kertasKerja: store.kertasKerja,
        data: store.data,
        sop: store.sop,
      }),
      savePaneState: async (state: PaneState) => port.writeSheets([paneStatePlan(state)]),
    },
  };
  const port: WorkbookPort = {
    listSheets: async () =>
      store.sheet ? [{ name: store.sheet.name, visibility: store.sheet.visibility }] : [],
    readSheet: async (name) => (store.sheet?.name === name ? store.sheet : null),
    writeSheets: async (plans) => {
      for (const plan of plans) {
        store.writes += 1;
        store.sheet = {
          name: plan.name,
          visibility: plan.visibility,
          values: plan.rows.map((row) => row.map((cell) => cell?.value ?? null)),
        };
      }
    },
  };
  return store;
}
