import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/port";
import { a1 } from "../../../src/sheet/plan";
import { definedNames, readXlsxParts, sheetFacts } from "../../support/xlsx-xml";
import { f, sheet, v } from "./plans";

async function reopen(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBytes(await book.toBytes());
}

test("create, write, list, read; bytes round trip", async () => {
  const book = XlsxWorkbook.create();
  expect(await book.listSheets()).toEqual([]);
  await book.writeSheets([
    sheet("Kertas Kerja", [[v("=SUM(A1)"), f("1+1")]]),
    sheet("_meta", [[v("{}")]], { visibility: "veryHidden" }),
  ]);
  const again = await reopen(book);
  expect(await again.listSheets()).toEqual([
    { name: "Kertas Kerja", visibility: "visible" },
    { name: "_meta", visibility: "veryHidden" },
  ]);
  expect(await again.readSheet("kertas kerja")).toMatchObject({
    name: "Kertas Kerja",
    values: [["=SUM(A1)", null]],
    formulas: [[null, "=1+1"]],
  });
  expect(await again.readSheet("Tidak Ada")).toBeNull();
});

test("replacing a sheet keeps its tab position; new sheets go to the end in plan order", async () => {
  const book = XlsxWorkbook.create();
  await book.writeSheets([sheet("A", [[v(1)]]), sheet("B", [[v(2)]]), sheet("C", [[v(3)]])]);
  const loaded = await reopen(book);
  await loaded.writeSheets([sheet("D", [[v(4)]]), sheet("b", [[v(20)]]), sheet("E", [[v(5)]])]);
  const names = (await loaded.listSheets()).map((s) => s.name);
  expect(names).toEqual(["A", "b", "C", "D", "E"]);
  expect((await loaded.readSheet("B"))?.values).toEqual([[20]]);
  const final = await reopen(loaded);
  expect((await final.listSheets()).map((s) => s.name)).toEqual(["A", "b", "C", "D", "E"]);
  expect((await final.readSheet("A"))?.values).toEqual([[1]]);
});

test("all or nothing: an invalid plan anywhere leaves the workbook as it was", async () => {
  const book = XlsxWorkbook.create();
  await book.writeSheets([sheet("A", [[v(1)]], { names: [{ name: "Nama_A", range: a1("A1") }] })]);
  const before = await book.toBytes();
  await expect(
    book.writeSheets([sheet("A", [[v(99)]]), sheet("B", [[v(Number.POSITIVE_INFINITY)]])]),
  ).rejects.toMatchObject({ code: "invalid-plan", problems: [expect.stringMatching(/^B: angka di A1/)] });
  expect(await book.listSheets()).toEqual([{ name: "A", visibility: "visible" }]);
  expect((await book.readSheet("A"))?.values).toEqual([[1]]);
  expect(definedNames(await readXlsxParts(await book.toBytes()))).toEqual(
    definedNames(await readXlsxParts(before)),
  );
});

test("all or nothing when exceljs itself refuses mid-build: temporary sheets are removed", async () => {
  const book = XlsxWorkbook.create();
  await book.writeSheets([sheet("A", [[v(1)]])]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Worksheet = require("exceljs/lib/doc/worksheet") as { prototype: ExcelJS.Worksheet };
  const merge = jest.spyOn(Worksheet.prototype, "mergeCells").mockImplementationOnce(() => {
    throw new Error("exceljs menolak");
  });
  try {
    await expect(
      book.writeSheets([sheet("A", [[v(2)]]), sheet("B", [[v(3)]], { merges: [a1("A1:B1")] })]),
    ).rejects.toThrow("exceljs menolak");
  } finally {
    merge.mockRestore();
  }
  expect(await book.listSheets()).toEqual([{ name: "A", visibility: "visible" }]);
  expect((await book.readSheet("A"))?.values).toEqual([[1]]);
  // and the queue is not stuck
  await book.writeSheets([sheet("C", [[v(3)]])]);
  expect((await book.listSheets()).map((s) => s.name)).toEqual(["A", "C"]);
  await expect(book.writeSheets([sheet("D", [[{ value: { weird: true } as never }]])])).rejects.toMatchObject(
    {
      code: "invalid-plan",
      message: expect.stringMatching(/bukan teks, angka/),
    },
  );
});

test("defined names go with a replaced sheet; a plan's name moves an existing one", async () => {
  const book = XlsxWorkbook.create();
  await book.writeSheets([
    sheet("Satu", [[v(1)]], { names: [{ name: "Satu_Data", range: a1("A1:B2") }] }),
    sheet("Dua", [[v(2)]], { names: [{ name: "Pindah", range: a1("A1") }] }),
  ]);
  const loaded = await reopen(book);
  await loaded.writeSheets([
    sheet("Satu", [[v(10)]]),
    sheet("Tiga Empat", [[v(3)]], { names: [{ name: "Pindah", range: a1("C3") }] }),
  ]);
  const names = definedNames(await readXlsxParts(await loaded.toBytes()));
  expect(names.map((n) => [n.name, n.formula])).toEqual([["Pindah", "'Tiga Empat'!$C$3"]]);
});

test("sheets not named in the plans are left alone, print titles included", async () => {
  const book = XlsxWorkbook.create();
  await book.writeSheets([
    sheet("Tetap", [[v("x")]], {
      protection: { password: "p" },
      print: { orientation: "landscape", paperSize: "A4", fitToWidth: true, printTitleRows: "2:3" },
    }),
    sheet("Ganti", [[v(1)]]),
  ]);
  const loaded = await reopen(book);
  await loaded.writeSheets([sheet("Ganti", [[v(2)]])]);
  const parts = await readXlsxParts(await loaded.toBytes());
  expect(definedNames(parts)).toEqual([
    { name: "_xlnm.Print_Titles", localSheetId: "0", formula: "'Tetap'!$2:$3" },
  ]);
  expect(sheetFacts(parts, "Tetap").protection).toMatchObject({ sheet: "1", algorithmName: "SHA-512" });
});

test("a date validation survives read → write (exceljs would turn 45292 into the year 45292)", async () => {
  const book = XlsxWorkbook.create();
  await book.writeSheets([
    sheet("Tanggal", [[v(1)]], {
      validations: [
        {
          range: a1("B2:B4"),
          rule: { type: "date", min: 45292, max: 45657 },
          allowBlank: true,
          error: { title: "Tanggal", message: "Tahun 2024" },
        },
      ],
    }),
    sheet("Lain", []),
  ]);
  const loaded = await reopen(book);
  await loaded.writeSheets([sheet("Lain", [[v(1)]])]);
  const dv = sheetFacts(await readXlsxParts(await loaded.toBytes()), "Tanggal").dataValidations;
  expect(dv).toEqual([expect.objectContaining({ formula1: "45292", formula2: "45657" })]);
});

test("a hidden first sheet does not stay the active tab after a write", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Satu").getCell("A1").value = 1;
  wb.addWorksheet("Dua").getCell("A1").value = 2;
  wb.views = [{ x: 0, y: 0, width: 100, height: 100, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  const book = await XlsxWorkbook.fromBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
  await book.writeSheets([sheet("Satu", [[v(1)]], { visibility: "hidden" })]);
  const again = await reopen(book);
  expect(again.workbook.views[0]?.activeTab).toBe(1);
});

test("bad bytes name the file", async () => {
  await expect(XlsxWorkbook.fromBytes(new Uint8Array([1, 2, 3, 4]), "laporan.xlsx")).rejects.toMatchObject({
    code: "corrupt",
    message: expect.stringContaining("laporan.xlsx"),
  });
});
