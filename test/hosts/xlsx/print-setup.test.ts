/**
 * A plan's print setup beyond A4 and print titles, and its filter buttons, in the XML Excel reads:
 * F4 as OOXML's Folio (paperSize 14), columns repeated at the left, several print areas as one
 * `_xlnm.Print_Area` name in their order (exceljs writes one name per area and reads back only the
 * first: print-names.ts mends both), page order, and an autofilter usable under protection.
 */
import { mendFilterNames, mendPrintNames } from "../../../src/hosts/xlsx/print-names";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/port";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import { a1, type SheetPlan } from "../../../src/sheet/plan";
import { definedNames, elements, readXlsxParts, sheetFacts } from "../../support/xlsx-xml";
import { sheet, v } from "./plans";

const grid = (rows: number, cols: number) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => v(r * 100 + c)));

/** A kertas kerja-like sheet: two print areas, repeated columns and rows, on F4. */
function printed(name: string, over: Partial<SheetPlan> = {}): SheetPlan {
  return sheet(name, grid(60, 27), {
    protection: {},
    print: {
      orientation: "landscape",
      paperSize: "F4",
      fitToWidth: true,
      printTitleRows: "9:10",
      printTitleColumns: "A:D",
      printArea: [a1("M1:AA60"), a1("E1:L50")],
    },
    ...over,
  });
}

/** A ledger-like sheet: filter buttons on its table, page order across then down, A4, protected. */
function ledger(name: string): SheetPlan {
  return sheet(name, grid(20, 6), {
    protection: {},
    autoFilter: a1("A5:F20"),
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: false,
      printTitleRows: "5:5",
      printTitleColumns: "A:C",
      pageOrder: "overThenDown",
    },
  });
}

const NAMES = ["KK Pemerintahan", "Data, O'Brien"];

describe("print setup in the xlsx", () => {
  it("writes F4 as paperSize 14 and A4 as 9, the page order, one print area name per sheet", async () => {
    const parts = await readXlsxParts(await plansToXlsx([printed(NAMES[0]!), ledger(NAMES[1]!)]));
    expect(sheetFacts(parts, NAMES[0]!).pageSetup).toMatchObject({
      paperSize: "14",
      orientation: "landscape",
    });
    expect(sheetFacts(parts, NAMES[1]!).pageSetup).toMatchObject({
      paperSize: "9",
      pageOrder: "overThenDown",
    });
    expect(sheetFacts(parts, NAMES[0]!).pageSetup?.pageOrder).toBeUndefined();
    const names = definedNames(parts).filter((n) => n.name.startsWith("_xlnm."));
    expect(names).toEqual([
      {
        name: "_xlnm.Print_Area",
        localSheetId: "0",
        formula: "'KK Pemerintahan'!$M$1:$AA$60,'KK Pemerintahan'!$E$1:$L$50",
      },
      {
        name: "_xlnm.Print_Titles",
        localSheetId: "0",
        formula: "'KK Pemerintahan'!$A:$D,'KK Pemerintahan'!$9:$10",
      },
      {
        name: "_xlnm.Print_Titles",
        localSheetId: "1",
        formula: "'Data, O''Brien'!$A:$C,'Data, O''Brien'!$5:$5",
      },
      { name: "_xlnm._FilterDatabase", localSheetId: "1", formula: "'Data, O''Brien'!$A$5:$F$20" },
    ]);
  });

  it("puts the filter buttons on the table and lets a protected sheet use them", async () => {
    const parts = await readXlsxParts(await plansToXlsx([ledger("Data")]));
    const xml = parts.sheetXml("Data");
    expect(elements(xml, "autoFilter")).toEqual([{ ref: "A5:F20" }]);
    const f = sheetFacts(parts, "Data");
    expect(f.isProtected).toBe(true);
    // OOXML's sheetProtection flags say what is locked: autoFilter="0" leaves filtering allowed.
    expect(f.protection?.autoFilter).toBe("0");
    // Beside it, hidden, the name Excel writes with a filter (LibreOffice drops the filter without).
    expect(elements(parts.workbookXml, "definedName")).toContainEqual({
      name: "_xlnm._FilterDatabase",
      localSheetId: "0",
      hidden: "1",
    });
    // A sheet without filter buttons keeps filtering locked, as before.
    const plain = await readXlsxParts(await plansToXlsx([printed("KK")]));
    expect(elements(plain.sheetXml("KK"), "autoFilter")).toEqual([]);
    expect(sheetFacts(plain, "KK").protection?.autoFilter).toBeUndefined();
  });

  it("keeps every print area of a sheet it did not rewrite, when a workbook is read and written again", async () => {
    const bytes = await plansToXlsx([printed(NAMES[0]!), ledger(NAMES[1]!), printed("Other")]);
    const book = await XlsxWorkbook.fromBytes(bytes);
    await book.writeSheets([sheet("Catatan", [[v("baru")]])]);
    const parts = await readXlsxParts(await book.toBytes());
    const areas = definedNames(parts).filter((n) => n.name === "_xlnm.Print_Area");
    expect(areas).toEqual([
      {
        name: "_xlnm.Print_Area",
        localSheetId: "0",
        formula: "'KK Pemerintahan'!$M$1:$AA$60,'KK Pemerintahan'!$E$1:$L$50",
      },
      { name: "_xlnm.Print_Area", localSheetId: "2", formula: "'Other'!$M$1:$AA$60,'Other'!$E$1:$L$50" },
    ]);
    expect(sheetFacts(parts, "Other").pageSetup).toMatchObject({ paperSize: "14" });
    expect(elements(parts.sheetXml(NAMES[1]!), "autoFilter")).toEqual([{ ref: "A5:F20" }]);
    expect(definedNames(parts).filter((n) => n.name === "_xlnm._FilterDatabase")).toEqual([
      { name: "_xlnm._FilterDatabase", localSheetId: "1", formula: "'Data, O''Brien'!$A$5:$F$20" },
    ]);
    // The ledger rewritten without its filter: its filter name goes with it.
    const again = await XlsxWorkbook.fromBytes(await book.toBytes());
    await again.writeSheets([{ ...ledger(NAMES[1]!), autoFilter: undefined }]);
    const rewritten = await readXlsxParts(await again.toBytes());
    expect(definedNames(rewritten).filter((n) => n.name === "_xlnm._FilterDatabase")).toEqual([]);
    expect(elements(rewritten.sheetXml(NAMES[1]!), "autoFilter")).toEqual([]);
  });

  it("a print area of one range stays one", async () => {
    const parts = await readXlsxParts(
      await plansToXlsx([printed("S", { print: { ...printed("S").print!, printArea: [a1("A1:C3")] } })]),
    );
    expect(definedNames(parts).filter((n) => n.name === "_xlnm.Print_Area")).toEqual([
      { name: "_xlnm.Print_Area", localSheetId: "0", formula: "'S'!$A$1:$C$3" },
    ]);
  });
});

describe("mendPrintNames", () => {
  it("joins a sheet's print areas into one name, absolute, in order, quotes sheet names, leaves other names alone", () => {
    const book = (names: string) =>
      '<workbook><sheets><sheet name="A, B" sheetId="1"/><sheet name="O&apos;Brien" sheetId="2"/></sheets>' +
      `<definedNames>${names}</definedNames></workbook>`;
    const written = book(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;A, B&apos;!$N1:$AA60</definedName>' +
        '<definedName name="KK_Data">&apos;A, B&apos;!$A$1:$B$2</definedName>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;O&apos;Brien&apos;!$A:$C,&apos;O&apos;Brien&apos;!$5:$5</definedName>' +
        '<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;O&apos;Brien&apos;!$A$1:$C$9</definedName>' +
        '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;A, B&apos;!$E1:$M50</definedName>',
    );
    expect(mendPrintNames(written)).toBe(
      book(
        '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;A, B&apos;!$N$1:$AA$60,&apos;A, B&apos;!$E$1:$M$50</definedName>' +
          '<definedName name="KK_Data">&apos;A, B&apos;!$A$1:$B$2</definedName>' +
          '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;O&apos;&apos;Brien&apos;!$A:$C,&apos;O&apos;&apos;Brien&apos;!$5:$5</definedName>' +
          '<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;O&apos;&apos;Brien&apos;!$A$1:$C$9</definedName>',
      ),
    );
  });
});

describe("mendFilterNames", () => {
  const sheets = '<sheets><sheet name="Data" sheetId="1"/><sheet name="KK" sheetId="2"/></sheets>';
  it("adds one hidden filter name per sheet with a filter, where there were no names at all", () => {
    expect(mendFilterNames(`<workbook>${sheets}<calcPr/></workbook>`, ["A5:C9", undefined])).toBe(
      `<workbook>${sheets}<definedNames>` +
        '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">&apos;Data&apos;!$A$5:$C$9</definedName>' +
        "</definedNames><calcPr/></workbook>",
    );
  });
  it("replaces the filter names there were (as exceljs read and wrote them), keeps the others", () => {
    const filter = '<definedName name="_xlnm._FilterDatabase" localSheetId="1">KK!$A$1:$B$2</definedName>';
    const names = `${filter}<definedName name="KK_Data">KK!$A$1:$B$2</definedName>`;
    expect(
      mendFilterNames(`<workbook>${sheets}<definedNames>${names}</definedNames></workbook>`, [
        undefined,
        "A2:B3",
      ]),
    ).toBe(
      `<workbook>${sheets}<definedNames>` +
        '<definedName name="KK_Data">KK!$A$1:$B$2</definedName>' +
        '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">&apos;KK&apos;!$A$2:$B$3</definedName>' +
        "</definedNames></workbook>",
    );
    // The only name a filter's: no names left, no empty list either.
    expect(mendFilterNames(`<workbook>${sheets}<definedNames>${filter}</definedNames></workbook>`, [])).toBe(
      `<workbook>${sheets}</workbook>`,
    );
  });
});
