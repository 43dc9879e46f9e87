/** A master workbook for the SOP use cases: Pengaturan with the four officials, optional Data. */
import { setupSheetPlan } from "../../src/domain/setup";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import type { SheetPlan, SheetSnapshot } from "../../src/sheet/plan";
import { sopSetup } from "./sop-fixture";

/** A plain "Data" sheet (the reviewed content, as consolidation will write it). */
export function dataPlan(rows: (string | number)[][], name = "Data"): SheetPlan {
  return {
    name,
    visibility: "visible",
    rows: rows.map((r) => r.map((value) => ({ value }))),
    styles: {},
    columns: [],
    merges: [],
    validations: [],
  };
}

export async function sopWorkbook(extra: SheetPlan[] = []): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.create();
  await book.writeSheets([setupSheetPlan(sopSetup()), ...extra]);
  return book;
}

/** Every sheet of the workbook as read, to prove that a refusal wrote nothing. */
export async function snapshotAll(book: XlsxWorkbook): Promise<(SheetSnapshot | null)[]> {
  const sheets = await book.listSheets();
  return Promise.all(sheets.map((s) => book.readSheet(s.name)));
}
