/** A master workbook for the SOP use cases: Pengaturan with the four officials, optional Data. */
import { scheduleSop, type SopOutcome } from "../../src/app/sop";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import type { SheetPlan, SheetSnapshot } from "../../src/sheet/plan";
import { at, OFFICIALS, sopSetup } from "./sop-fixture";

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

/** The outcome's round, or the refusal as a thrown error (for set-up steps that must succeed). */
export function okRound(r: SopOutcome) {
  if (!r.ok) throw new Error(`${r.issue.code}: ${r.issue.message}`);
  return r.round;
}

/** A master with a small Data sheet, scheduled by the Kasubag to start Monday 6 April 2026. */
export async function scheduledSopWorkbook(): Promise<XlsxWorkbook> {
  const book = await sopWorkbook([
    dataPlan([
      ["Indikator", "Realisasi"],
      ["Persentase", 80],
    ]),
  ]);
  okRound(
    await scheduleSop(book, {
      startDate: "2026-04-06",
      now: at("2026-04-02 09:00"),
      by: OFFICIALS.kasubag.nip,
    }),
  );
  return book;
}

/** Every sheet of the workbook as read, to prove that a refusal wrote nothing. */
export async function snapshotAll(book: XlsxWorkbook): Promise<(SheetSnapshot | null)[]> {
  const sheets = await book.listSheets();
  return Promise.all(sheets.map((s) => book.readSheet(s.name)));
}
