/**
 * Task pane entry: waits for Office and renders the pane in Office's theme. This first script holds
 * React, Fluent's provider and the loading shell only (a budget the build enforces, see
 * scripts/first-load-budget.cjs); the App, the use cases and the Excel gateway load lazily (./pane).
 */
import { createRoot } from "react-dom/client";
import { LazyPane } from "./LazyPane";
import { ThemedPane } from "./ThemedPane";

function mount(): HTMLElement {
  const existing = document.getElementById("root");
  if (existing) return existing;
  const root = document.createElement("div");
  root.id = "root";
  document.body.appendChild(root);
  return root;
}

void Office.onReady((info) => {
  createRoot(mount()).render(
    <ThemedPane>
      <LazyPane inExcel={info.host === Office.HostType.Excel} />
    </ThemedPane>,
  );
});
