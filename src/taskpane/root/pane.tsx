/**
 * The lazily loaded part of the composition root: builds the AppServices from the real gateway and
 * the app use cases, and renders the App (or, outside Excel, the notice that it needs Excel).
 */
import { useState } from "react";
import { createExcelExporter, createExcelWorkbookPort } from "../../hosts/excel/gateway";
import { App } from "../App";
import { ExcelOnly } from "../ExcelOnly";
import { downloadBytes, plansToXlsxLazily } from "./exporter";
import { createAppServices } from "./real-services";

function excelServices() {
  return createAppServices(
    // A large write goes in as one inserted .xlsx, built by the exceljs host loaded on first need.
    createExcelWorkbookPort(undefined, { toXlsxBytes: plansToXlsxLazily }),
    createExcelExporter(plansToXlsxLazily, downloadBytes),
  );
}

export function Pane(props: { inExcel: boolean }) {
  // Built once per page, as before the split (not on every render).
  const [services] = useState(() => (props.inExcel ? excelServices() : null));
  if (!services) return <ExcelOnly />;
  return <App services={services} />;
}
