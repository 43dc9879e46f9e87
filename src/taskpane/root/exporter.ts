/**
 * What the task pane adds to the Excel gateway's exporter: the .xlsx bytes from the exceljs host,
 * loaded through a dynamic import on first export, and the browser download used where
 * `Excel.createWorkbook` is missing.
 */
import type { SheetPlan } from "../../sheet/plan";

/** Sheet plans → .xlsx bytes; exceljs arrives in its own chunk on first use. */
export async function plansToXlsxLazily(plans: SheetPlan[]): Promise<Uint8Array> {
  const { plansToXlsx } = await import("../../hosts/xlsx/write");
  return plansToXlsx(plans);
}

/** Saves bytes through the browser's download (Excel on the web; webviews that allow it). */
export function downloadBytes(fileName: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
