import { readDpa } from "../domain/dpa-reader";
import { readPriorReport } from "../domain/prior-reader";
import type { DpaReadResult, Issue, PriorReadResult } from "../domain/types";
import type { SheetSnapshot, WorkbookSnapshot } from "../sheet/plan";
import { S } from "../strings";
import type { WorkbookPort } from "./ports";

/** exceljs is loaded only when a file is actually read, so the task pane's first load stays small. */
async function readWorkbookBytes(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const { readXlsx } = await import("../hosts/xlsx/read");
  return readXlsx(bytes);
}

const missingSheet = (sheet: string): Issue => ({
  severity: "error",
  code: "import.sheet.missing",
  message: S.imports.noSheet(sheet),
  sheet,
  found: sheet,
  expected: S.imports.noSheetExpected,
});

/** Of several sheets, the one whose reading finds the most; an error naming the file when none has a table. */
function bestSheet<R extends { issues: Issue[] }>(
  sheets: SheetSnapshot[],
  read: (s: SheetSnapshot) => R,
  size: (r: R) => number,
  none: Issue,
): R | { issues: Issue[]; empty: true } {
  let best: R | undefined;
  for (const sheet of sheets.filter((s) => s.visibility === "visible")) {
    const result = read(sheet);
    if (size(result) > 0 && (!best || size(result) > size(best))) best = result;
  }
  return best ?? { issues: [none], empty: true };
}

/** Reads the DPA from a sheet of the open workbook. */
export async function importDpaFromWorkbook(port: WorkbookPort, sheetName: string): Promise<DpaReadResult> {
  const sheet = await port.readSheet(sheetName);
  if (!sheet) return { dpa: { sheet: sheetName, nodes: [] }, issues: [missingSheet(sheetName)] };
  return readDpa(sheet);
}

/** Reads the DPA from an .xlsx file's bytes, from whichever sheet holds the DPA table. */
export async function importDpaFromBytes(bytes: Uint8Array, fileName: string): Promise<DpaReadResult> {
  const wb = await readWorkbookBytes(bytes);
  const none: Issue = {
    severity: "error",
    code: "import.dpa.no-table",
    message: S.imports.noDpaTable(fileName),
    file: fileName,
    found: S.imports.sheets(wb.sheets.map((s) => s.name).join(", ")),
    expected: S.imports.noDpaExpected,
  };
  const best = bestSheet(
    wb.sheets,
    (s) => readDpa(s, fileName),
    (r) => r.dpa.nodes.length,
    none,
  );
  if ("empty" in best) {
    const first = wb.sheets.find((s) => s.visibility === "visible");
    const detail = first
      ? readDpa(first, fileName)
          .issues.filter((i) => i.severity === "error")
          .slice(0, 1)
      : [];
    return {
      dpa: { file: fileName, sheet: first?.name ?? "", nodes: [] },
      issues: [...best.issues, ...detail],
    };
  }
  return best;
}

/** Reads the prior report from a sheet of the open workbook. */
export async function importPriorFromWorkbook(
  port: WorkbookPort,
  sheetName: string,
): Promise<PriorReadResult> {
  const sheet = await port.readSheet(sheetName);
  if (!sheet) return { values: [], issues: [missingSheet(sheetName)] };
  return readPriorReport(sheet);
}

/** Reads the prior report from an .xlsx file's bytes, from whichever sheet holds it. */
export async function importPriorFromBytes(bytes: Uint8Array, fileName: string): Promise<PriorReadResult> {
  const wb = await readWorkbookBytes(bytes);
  const none: Issue = {
    severity: "error",
    code: "import.prior.no-table",
    message: S.imports.noPriorTable(fileName),
    file: fileName,
    found: S.imports.sheets(wb.sheets.map((s) => s.name).join(", ")),
    expected: S.imports.noPriorExpected,
  };
  const best = bestSheet(
    wb.sheets,
    (s) => readPriorReport(s, fileName),
    (r) => r.values.length,
    none,
  );
  return "empty" in best ? { values: [], issues: best.issues } : best;
}
