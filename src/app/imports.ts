import { readDpa } from "../domain/inputs/dpa-reader";
import { readPriorReport } from "../domain/inputs/prior-reader";
import { DATA_SHEET } from "../domain/ledger/data-layout";
import { hasLedgerMarker } from "../domain/ledger/data-sheet-reader";
import { masterSheetsOf, readMasterPrior, type PriorRound } from "../domain/ledger/master-prior";
import type { DpaReadResult, Issue, PriorReadResult } from "../domain/shared/types";
import type { SheetSnapshot, WorkbookSnapshot } from "../sheet/plan";
import { S } from "../strings";
import type { WorkbookFileReader, WorkbookPort } from "./ports";

const missingSheet = (sheet: string): Issue => ({
  severity: "error",
  code: "import.sheet.missing",
  message: S.imports.noSheet(sheet),
  sheet,
  found: sheet,
  expected: S.imports.noSheetExpected,
});

/**
 * Reads every visible sheet of a picked file and keeps the one whose reading finds the most.
 * When none holds a table: an error naming the file and its sheets, followed by the reader's own
 * first error on the first sheet (which says which header labels it looked for).
 */
function readBestSheet<R extends { issues: Issue[] }>(
  wb: WorkbookSnapshot,
  fileName: string,
  read: (s: SheetSnapshot) => R,
  size: (r: R) => number,
  none: Pick<Issue, "code" | "message" | "expected">,
): { best: R } | { best: undefined; firstSheet: string; issues: Issue[] } {
  const visible = wb.sheets.filter((s) => s.visibility === "visible");
  let best: R | undefined;
  for (const sheet of visible) {
    const result = read(sheet);
    if (size(result) > 0 && (!best || size(result) > size(best))) best = result;
  }
  if (best) return { best };
  const first = visible[0];
  const detail = first
    ? read(first)
        .issues.filter((i) => i.severity === "error")
        .slice(0, 1)
    : [];
  const issue: Issue = {
    severity: "error",
    ...none,
    file: fileName,
    found: S.imports.sheets(wb.sheets.map((s) => s.name).join(", ")),
  };
  return { best: undefined, firstSheet: first?.name ?? "", issues: [issue, ...detail] };
}

/** Reads the DPA from a sheet of the open workbook. */
export async function importDpaFromWorkbook(port: WorkbookPort, sheetName: string): Promise<DpaReadResult> {
  const sheet = await port.readSheet(sheetName);
  if (!sheet) return { dpa: { sheet: sheetName, nodes: [] }, issues: [missingSheet(sheetName)] };
  return readDpa(sheet);
}

/** Reads the DPA from a file's bytes (read by `reader`), from whichever sheet holds the DPA table. */
export async function importDpaFromBytes(
  reader: WorkbookFileReader,
  bytes: Uint8Array,
  fileName: string,
): Promise<DpaReadResult> {
  const found = readBestSheet(
    await reader.readWorkbook(bytes),
    fileName,
    (s) => readDpa(s, fileName),
    (r) => r.dpa.nodes.length,
    {
      code: "import.dpa.no-table",
      message: S.imports.noDpaTable(fileName),
      expected: S.imports.noDpaExpected,
    },
  );
  if (found.best) return found.best;
  return { dpa: { file: fileName, sheet: found.firstSheet, nodes: [] }, issues: found.issues };
}

export type { PriorRound };

/**
 * Reads the prior report from a sheet of the open workbook: a master's "Data" sheet (its rows
 * say their round; checked against `round` when given), else a plain table.
 */
export async function importPriorFromWorkbook(
  port: WorkbookPort,
  sheetName: string,
  round?: PriorRound,
): Promise<PriorReadResult> {
  const sheet = await port.readSheet(sheetName);
  if (!sheet) return { values: [], issues: [missingSheet(sheetName)] };
  if (sheet.name === DATA_SHEET && hasLedgerMarker(sheet)) {
    return readMasterPrior({ file: null, data: sheet, pengaturan: null }, round);
  }
  return readPriorReport(sheet);
}

/**
 * Reads the prior report from a file's bytes (read by `reader`). A master this product wrote is
 * read first (its "Data" sheet, its round from "Pengaturan", refused when it is of another
 * instansi or of a round not before `round`); any other workbook from whichever sheet holds a
 * plain table of realisasi.
 */
export async function importPriorFromBytes(
  reader: WorkbookFileReader,
  bytes: Uint8Array,
  fileName: string,
  round?: PriorRound,
): Promise<PriorReadResult> {
  const wb = await reader.readWorkbook(bytes);
  const master = masterSheetsOf(wb.sheets, fileName);
  if (master?.data) return readMasterPrior(master, round);
  const found = readBestSheet(
    wb,
    fileName,
    (s) => readPriorReport(s, fileName),
    (r) => r.values.length,
    {
      code: "import.prior.no-table",
      message: S.imports.noPriorTable(fileName),
      expected: S.imports.noPriorExpected,
    },
  );
  if (found.best) return found.best;
  // A master without consolidated Data (and no plain table beside it): say that, not "no table".
  return master ? readMasterPrior(master, round) : { values: [], issues: found.issues };
}
