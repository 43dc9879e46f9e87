/**
 * Task pane entry: waits for Office, builds the AppServices from the real gateway and the app use
 * cases, and renders the App. The only place where the UI meets Office.js.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelExporter, createExcelWorkbookPort } from "../../hosts/excel/gateway";
import { App } from "../App";
import { ExcelOnly } from "../ExcelOnly";
import { downloadBytes, plansToXlsxLazily } from "./exporter";
import { createAppServices } from "./real-services";

function mount(): HTMLElement {
  const existing = document.getElementById("root");
  if (existing) return existing;
  const root = document.createElement("div");
  root.id = "root";
  document.body.appendChild(root);
  return root;
}

void Office.onReady((info) => {
  const root = createRoot(mount());
  if (info.host !== Office.HostType.Excel) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <ExcelOnly />
      </FluentProvider>,
    );
    return;
  }
  const services = createAppServices(
    // A large write goes in as one inserted .xlsx, built by the exceljs host loaded on first need.
    createExcelWorkbookPort(undefined, { toXlsxBytes: plansToXlsxLazily }),
    createExcelExporter(plansToXlsxLazily, downloadBytes),
  );
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} />
    </FluentProvider>,
  );
});
