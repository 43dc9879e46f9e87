/** A master workbook for the SOP use cases: Pengaturan with the four officials, optional Data. */
import { actOnSop, scheduleSop, type SopActInput, type SopOutcome } from "../../src/app/sop";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import type { SheetPlan, SheetSnapshot } from "../../src/sheet/plan";
import { at, NIP_OF_STEP, OFFICIALS, sopSetup } from "./sop-fixture";

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

/**
 * A stand-in for the "Laporan" sheet the report feature builds (step 5's draft): a heading and
 * sentences; `figure` changes the one figure, as a rebuild after Data changed would.
 */
export function laporanPlan(figure = 80): SheetPlan {
  return dataPlan(
    [
      ["LAPORAN KINERJA SEKRETARIAT DAERAH"],
      ["BAB III AKUNTABILITAS KINERJA"],
      [`Realisasi indikator Persentase sebesar ${figure}.`],
    ],
    "Laporan",
  );
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

/** One action by the official of the step, at "2026-04-06 08:00" (WITA). */
export const act = (
  book: XlsxWorkbook,
  kind: SopActInput["kind"],
  step: number,
  when: string,
  reason?: string,
): Promise<SopOutcome> => actOnSop(book, { kind, step, nip: NIP_OF_STEP[step]!, now: at(when), reason });

/** `scheduledSopWorkbook` with steps 1–4 done in order, on time. */
export async function throughStep4(): Promise<XlsxWorkbook> {
  const book = await scheduledSopWorkbook();
  okRound(await act(book, "start", 1, "2026-04-06 08:00"));
  okRound(await act(book, "done", 1, "2026-04-06 08:20"));
  okRound(await act(book, "done", 2, "2026-04-06 11:00"));
  okRound(await act(book, "done", 3, "2026-04-07 15:00"));
  okRound(await act(book, "done", 4, "2026-04-14 10:00"));
  return book;
}

/** Steps 1–5 done in order, on time: the draft Laporan built, then step 5 marked done. */
export async function throughStep5(): Promise<XlsxWorkbook> {
  const book = await throughStep4();
  await book.writeSheets([laporanPlan()]);
  okRound(await act(book, "done", 5, "2026-04-29 10:00"));
  return book;
}

/** Removes a sheet, as an older master (or a user) would have it. */
export function removeSheet(book: XlsxWorkbook, name: string): void {
  const ws = book.workbook.getWorksheet(name);
  if (ws) book.workbook.removeWorksheet(ws.id);
}
