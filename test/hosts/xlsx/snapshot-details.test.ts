/** snapshotWorksheet(ws, { details: true }): number formats and hyperlinks besides the values. */
import ExcelJS from "exceljs";
import { loadWorkbook, snapshotWorksheet } from "../../../src/hosts/xlsx/read";

/** A workbook written by exceljs and read back, so the snapshot sees what a file holds. */
async function roundTrip(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("KK"));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return (await loadWorkbook(bytes, "uji.xlsx")).getWorksheet("KK")!;
}

function build(ws: ExcelJS.Worksheet): void {
  ws.getCell("A1").value = 0.85;
  ws.getCell("A1").numFmt = "0%";
  ws.getCell("B1").value = "teks";
  ws.getCell("C1").value = 1234.5;
  ws.getCell("C1").numFmt = "#,##0.00";
  ws.getCell("A2").value = { text: "bukti", hyperlink: "https://sakip.tapinkab.go.id/bukti/1" };
  ws.getCell("C2").value = { formula: "A1*2", result: 1.7 };
  ws.getCell("C2").numFmt = "0.0";
  ws.getCell("B3").value = "tanpa format";
  ws.getCell("B3").numFmt = "General";
  // A formatted but empty cell beyond the last value of its row stays out of the snapshot.
  ws.getCell("D3").numFmt = "@";
}

test("details: number formats in the shape of values, General as null", async () => {
  const snap = snapshotWorksheet(await roundTrip(build), { details: true });
  expect(snap.values).toEqual([
    [0.85, "teks", 1234.5],
    ["bukti", null, 1.7],
    [null, "tanpa format"],
  ]);
  expect(snap.numberFormats).toEqual([
    ["0%", null, "#,##0.00"],
    [null, null, "0.0"],
    [null, null],
  ]);
  expect(snap.numberFormats!.map((r) => r.length)).toEqual(snap.values.map((r) => r.length));
});

test("details: hyperlinks by A1 address, plain text cells have none", async () => {
  const snap = snapshotWorksheet(await roundTrip(build), { details: true });
  expect(snap.hyperlinks).toEqual({ A2: "https://sakip.tapinkab.go.id/bukti/1" });
});

test("details: links of any scheme are reported as written (judging them is not the reader's job)", async () => {
  const ws = await roundTrip((s) => {
    s.getCell("A1").value = { text: "laman", hyperlink: "mailto:sakip@tapinkab.go.id" };
    s.getCell("B1").value = { text: "berkas", hyperlink: "file:///C:/bukti.pdf" };
  });
  expect(snapshotWorksheet(ws, { details: true }).hyperlinks).toEqual({
    A1: "mailto:sakip@tapinkab.go.id",
    B1: "file:///C:/bukti.pdf",
  });
});

test("without details the snapshot is as before: no numberFormats, no hyperlinks", async () => {
  const ws = await roundTrip(build);
  const plain = snapshotWorksheet(ws);
  expect(plain).not.toHaveProperty("numberFormats");
  expect(plain).not.toHaveProperty("hyperlinks");
  const { numberFormats, hyperlinks, ...rest } = snapshotWorksheet(ws, { details: true });
  expect(numberFormats).toBeDefined();
  expect(hyperlinks).toBeDefined();
  expect(rest).toEqual(plain);
});
