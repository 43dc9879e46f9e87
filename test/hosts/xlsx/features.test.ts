/** What a plan asks of Excel beyond values, checked in the sheet XML Excel will read. */
import { hashSheetPassword } from "../../../src/hosts/xlsx/protection";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import {
  definedNames,
  elements,
  readXlsxParts,
  sheetFacts,
  type SheetFacts,
  type XlsxParts,
} from "../../support/xlsx-xml";
import { fullPlan, sheet, v } from "./plans";

let parts: XlsxParts;
let facts: SheetFacts;
let xml: string;

beforeAll(async () => {
  parts = await readXlsxParts(await plansToXlsx([fullPlan()]));
  facts = sheetFacts(parts, "Kertas Kerja");
  xml = parts.sheetXml("Kertas Kerja");
});

test("data validations: type, operator, bounds, blank, messages, stop on error", () => {
  const byRange = Object.fromEntries(facts.dataValidations.map((d) => [d.attributes.sqref, d]));
  expect(byRange["B8:C8"]).toEqual({
    attributes: expect.objectContaining({
      type: "decimal",
      operator: "greaterThanOrEqual",
      allowBlank: "1",
      showInputMessage: "1",
      promptTitle: "Isian angka",
      prompt: "Isi angka 0 atau lebih.",
      showErrorMessage: "1",
      errorStyle: "stop",
      errorTitle: "Bukan angka",
      error: "Isian harus angka 0 atau lebih.",
    }),
    formula1: "0",
  });
  // "between" is OOXML's default operator, so it is left out.
  expect(byRange["B9:C9"]).toMatchObject({ attributes: { type: "whole" }, formula1: "0", formula2: "1000" });
  expect(byRange["B9:C9"]?.attributes.operator).toBeUndefined();
  expect(byRange.B10).toMatchObject({ attributes: { type: "date" }, formula1: "45292", formula2: "45657" });
  expect(byRange.B10?.attributes.allowBlank).toBeUndefined();
  expect(byRange["D8:D9"]).toMatchObject({
    attributes: { type: "list" },
    formula1: '"Ya,Tidak,Kata ""kutip"""',
  });
  expect(byRange.A11).toMatchObject({ attributes: { type: "textLength" }, formula1: "0", formula2: "500" });
});

test("open-ended number rules get Excel's widest bounds", async () => {
  const p = await readXlsxParts(
    await plansToXlsx([
      sheet("S", [[v(1)]], {
        validations: [
          {
            range: "A1" as never,
            rule: { type: "decimal" },
            allowBlank: true,
            error: { title: "t", message: "m" },
          },
          {
            range: "A2" as never,
            rule: { type: "whole", max: 9 },
            allowBlank: true,
            error: { title: "t", message: "m" },
          },
        ],
      }),
    ]),
  );
  const dv = sheetFacts(p, "S").dataValidations;
  expect(dv.find((d) => d.attributes.sqref === "A1")).toMatchObject({
    formula1: "-9.99e+307",
    formula2: "9.99e+307",
  });
  expect(dv.find((d) => d.attributes.sqref === "A2")).toMatchObject({
    attributes: { operator: "lessThanOrEqual" },
    formula1: "9",
  });
});

test("protection with a SHA-512 password; unlocked input cells; the rest locked", () => {
  expect(facts.isProtected).toBe(true);
  expect(facts.protection).toMatchObject({
    sheet: "1",
    objects: "1",
    scenarios: "1",
    formatColumns: "0", // allowed: widen a column to read a long indicator name
    formatRows: "0",
    algorithmName: "SHA-512",
    spinCount: "100000",
  });
  // Selecting locked and unlocked cells stays allowed (absent = allowed).
  expect(facts.protection?.selectLockedCells).toBeUndefined();
  expect(facts.protection?.selectUnlockedCells).toBeUndefined();
  expect(facts.protection?.hashValue).toMatch(/^[A-Za-z0-9+/]{86}==$/);
  for (const cell of ["B8", "C8", "B9", "C9", "B10"])
    expect([cell, facts.isLocked(cell)]).toEqual([cell, false]);
  for (const cell of ["A1", "A8", "A9", "D4", "A10", "E20"])
    expect([cell, facts.isLocked(cell)]).toEqual([cell, true]);
});

test("the password hash is Excel's algorithm (same as exceljs' Node-crypto implementation)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Encryptor = require("exceljs/lib/utils/encryptor") as {
    convertPasswordToHash(password: string, algorithm: string, salt: string, spinCount: number): string;
  };
  const salt = Uint8Array.from({ length: 16 }, (_, i) => i * 7);
  const ours = hashSheetPassword("Sandi-Ö€", salt, 1000);
  expect(ours.hashValue).toBe(Encryptor.convertPasswordToHash("Sandi-Ö€", "SHA512", ours.saltValue, 1000));
});

test("protection without a password: empty and absent passwords write no hash", async () => {
  for (const protection of [{}, { password: "" }]) {
    const p = await readXlsxParts(await plansToXlsx([sheet("S", [[v(1)]], { protection })]));
    const f = sheetFacts(p, "S");
    expect(f.isProtected).toBe(true);
    expect(f.protection?.hashValue).toBeUndefined();
  }
  const unprotected = await readXlsxParts(await plansToXlsx([sheet("S", [[v(1)]])]));
  expect(sheetFacts(unprotected, "S").protection).toBeNull();
});

test("print setup: A4 landscape, one page wide, rows 6:7 repeated, margins", () => {
  expect(facts.pageSetup).toMatchObject({
    paperSize: "9",
    orientation: "landscape",
    fitToWidth: "1",
    fitToHeight: "0",
  });
  expect(facts.pageSetUpPr).toEqual({ fitToPage: "1" });
  expect(elements(xml, "pageMargins")[0]).toMatchObject({
    left: "0.5",
    right: "0.5",
    top: "0.75",
    bottom: "0.75",
  });
  expect(definedNames(parts)).toContainEqual({
    name: "_xlnm.Print_Titles",
    localSheetId: "0",
    formula: "'Kertas Kerja'!$6:$7",
  });
});

test("freeze panes, defined names, tab colour, widths, hidden columns, row heights, merges", () => {
  expect(facts.pane).toMatchObject({ xSplit: "1", ySplit: "7", topLeftCell: "B8", state: "frozen" });
  expect(definedNames(parts)).toContainEqual({ name: "KK_Data", formula: "'Kertas Kerja'!$A$8:$C$9" });
  expect(elements(xml, "tabColor")[0]).toEqual({ rgb: "FF00B050" });
  expect(elements(xml, "col")).toEqual([
    expect.objectContaining({ min: "1", max: "1", width: "40" }),
    expect.objectContaining({ min: "2", max: "3", width: "14" }),
    expect.objectContaining({ min: "4", max: "4", width: "8", hidden: "1" }),
  ]);
  const rows = Object.fromEntries(elements(xml, "row").map((r) => [r.r, r]));
  expect(rows["1"]).toMatchObject({ ht: "30", customHeight: "1" });
  expect(rows["6"]).toMatchObject({ ht: "45", customHeight: "1" });
  expect(facts.mergeRefs).toEqual(["A1:C1"]);
});

test("styles: font, fill, alignment, wrap, number format, thin borders", () => {
  const styles = parts.stylesXml;
  const cellXf = (address: string) => facts.cellXf(address);
  const head = cellXf("A6") ?? "";
  expect(head).toMatch(/applyFill="1"/);
  expect(head).toMatch(/<alignment horizontal="center" wrapText="1"\/>/);
  expect(styles).toMatch(/<fgColor rgb="FFD9E1F2"\/>/);
  expect(styles).toMatch(
    /<left style="thin"\/><right style="thin"\/><top style="thin"\/><bottom style="thin"\/>/,
  );
  expect(styles).toMatch(/<font><b\/><family val="2"\/><sz val="14"\/><name val="Calibri"\/><\/font>/);
  expect(styles).toMatch(/<i\/><color rgb="FF1F4E78"\/>/);
  expect(cellXf("A1")).toMatch(/<alignment horizontal="center" vertical="center"\/>/);
  expect(cellXf("A4")).toMatch(/numFmtId="4"/); // #,##0.00 is built-in format 4
  expect(styles).toMatch(/<numFmt numFmtId="\d+" formatCode="dd\/mm\/yyyy"\/>/);
});
