import ExcelJS from "exceljs";
import { a1, type SheetSnapshot } from "../../../src/sheet/plan";
import { XlsxError } from "../../../src/hosts/xlsx/errors";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import { readXlsxParts, sheetFacts, elements } from "../../support/xlsx-xml";
import { f, fullPlan, sheet, v } from "./plans";

function first(sheets: SheetSnapshot[]): SheetSnapshot {
  if (!sheets[0]) throw new Error("no sheets");
  return sheets[0];
}

describe("plan → .xlsx → snapshot", () => {
  test("values, formulas and text that looks like a formula", async () => {
    const bytes = await plansToXlsx([fullPlan()]);
    const { sheets } = await readXlsx(bytes);
    expect(sheets.map((s) => s.name)).toEqual(["Kertas Kerja"]);
    const s = first(sheets);
    expect(s.values.slice(0, 4)).toEqual([
      ["KERTAS KERJA"],
      ["Bagian", "Bagian Umum"],
      ["=1+1", "+62 812", "-5 hari", "@admin"],
      // D4 is a formula written without a cached result: null until a spreadsheet computes it.
      [12.5, true, null, null],
    ]);
    expect(s.formulas?.[3]).toEqual([null, null, null, "=A4*2"]);
    expect(s.formulas?.[2]).toEqual([null, null, null, null]);
    expect(s.values[4]).toEqual([]);
    expect(s.values[9]).toEqual([45292]);
    expect(s.merges).toEqual(["A1:C1"]);
    expect(s.visibility).toBe("visible");
  });

  test("strings starting with = + - @ are stored as shared strings, not formulas", async () => {
    const bytes = await plansToXlsx([fullPlan()]);
    const xml = (await readXlsxParts(bytes)).sheetXml("Kertas Kerja");
    const row3 = /<row r="3"[\s\S]*?<\/row>/.exec(xml)?.[0] ?? "";
    expect(elements(row3, "c").map((c) => c.t)).toEqual(["s", "s", "s", "s"]);
    expect(row3).not.toContain("<f>");
    expect(xml).toContain("<f>A4*2</f>");
  });

  test("a leading = on a plan formula is tolerated", async () => {
    const { sheets } = await readXlsx(await plansToXlsx([sheet("S", [[v(2), f("=A1+1")]])]));
    expect(sheets[0]?.formulas?.[0]).toEqual([null, "=A1+1"]);
  });

  test("hidden and very hidden sheets keep their state; Excel opens on the first visible one", async () => {
    const bytes = await plansToXlsx([
      sheet("_meta", [[v("x")]], { visibility: "veryHidden" }),
      sheet("Daftar", [[v("y")]], { visibility: "hidden" }),
      sheet("Kertas Kerja", [[v("z")]]),
    ]);
    const { sheets } = await readXlsx(bytes);
    expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["_meta", "veryHidden"],
      ["Daftar", "hidden"],
      ["Kertas Kerja", "visible"],
    ]);
    const parts = await readXlsxParts(bytes);
    expect(elements(parts.workbookXml, "workbookView")[0]?.activeTab).toBe("2");
  });

  test("workbook properties: creator and full recalculation on load", async () => {
    const bytes = await plansToXlsx([sheet("S", [[v(1)]])], { creator: "Bagian Organisasi" });
    const parts = await readXlsxParts(bytes);
    expect(elements(parts.workbookXml, "calcPr")[0]?.fullCalcOnLoad).toBe("1");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.creator).toBe("Bagian Organisasi");
  });

  test("invalid plans are rejected with every problem, in Indonesian, before anything is written", async () => {
    const bad = sheet("Lembar/1", [[v(Number.NaN), v("x", { style: "hilang" })]], {
      merges: [a1("A1:B2"), a1("B2:C3"), a1("ZZZZ1")],
      validations: [
        {
          range: a1("A1"),
          rule: { type: "list", values: ["a,b"] },
          allowBlank: true,
          error: { title: "t", message: "m" },
        },
      ],
      tabColor: "green",
    });
    const error = await plansToXlsx([bad, sheet("lembar/1", [])]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxError);
    const e = error as XlsxError;
    expect(e.code).toBe("invalid-plan");
    expect(e.problems.join("\n")).toMatch(/karakter terlarang/);
    expect(e.problems.join("\n")).toMatch(/angka di A1/);
    expect(e.problems.join("\n")).toMatch(/gaya "hilang" di B1/);
    expect(e.problems.join("\n")).toMatch(/A1:B2 dan B2:C3 bertumpang tindih/);
    expect(e.problems.join("\n")).toMatch(/ZZZZ1/);
    expect(e.problems.join("\n")).toMatch(/koma/);
    expect(e.problems.join("\n")).toMatch(/warna tidak sah/);
    await expect(plansToXlsx([sheet("A", [], { visibility: "hidden" })])).rejects.toMatchObject({
      code: "invalid-plan",
      message: expect.stringMatching(/sedikitnya satu lembar yang tampak/),
    });
    await expect(plansToXlsx([sheet("A", []), sheet("a", [])])).rejects.toMatchObject({
      message: expect.stringMatching(/lebih dari sekali/),
    });
  });
});

describe("reading what others wrote (exceljs-made files stand in for Excel's)", () => {
  async function bytesOf(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    build(wb.addWorksheet("S"), wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  test("dates → serials, rich text and hyperlinks → text, errors → their text, cached results", async () => {
    const bytes = await bytesOf((ws) => {
      ws.getCell("A1").value = new Date(Date.UTC(2024, 0, 1));
      ws.getCell("B1").value = { richText: [{ text: "Bagian " }, { text: "Umum", font: { bold: true } }] };
      ws.getCell("C1").value = { text: "situs", hyperlink: "https://example.go.id" };
      ws.getCell("D1").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      ws.getCell("A2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("B2").value = { formula: "A3*0", result: 0 };
      ws.getCell("C2").value = { formula: '"Sangat "&"Tinggi"', result: "Sangat Tinggi" };
      ws.getCell("D2").value = { formula: "1>2", result: false };
      ws.getCell("E2").value = { formula: 'IF(1,"","x")', result: "" };
      ws.getCell("F2").value = { formula: "A1+1", result: new Date(Date.UTC(2024, 0, 2)) };
      ws.getCell("F2").numFmt = "dd/mm/yyyy";
      ws.getCell("A4").value = 1;
      ws.getCell("B4").value = 2;
      ws.getCell("A5").value = { sharedFormula: "A4", result: 7 } as unknown as ExcelJS.CellValue;
      ws.getCell("A4").value = {
        formula: "B4*2",
        result: 4,
        shareType: "shared",
        ref: "A4:A5",
      } as ExcelJS.CellValue;
    });
    const s = first((await readXlsx(bytes)).sheets);
    expect(s.values[0]).toEqual([45292, "Bagian Umum", "situs", "#DIV/0!"]);
    // 0 and false survive (exceljs' cell.value drops them; the host reads cell.result).
    // An empty-text result reads as null: exceljs cannot tell it from "not calculated".
    expect(s.values[1]).toEqual(["#DIV/0!", 0, "Sangat Tinggi", false, null, 45293]);
    expect(s.formulas?.[1]).toEqual([
      "=1/0",
      "=A3*0",
      '="Sangat "&"Tinggi"',
      "=1>2",
      '=IF(1,"","x")',
      "=A1+1",
    ]);
    expect(s.formulas?.[3]?.[0]).toBe("=B4*2");
    expect(s.formulas?.[4]?.[0]).toBe("=B5*2"); // shared formula, translated for its own cell
    expect(s.values[4]?.[0]).toBe(7);
  });

  test("a merged cell other than the top-left reads as empty", async () => {
    const bytes = await bytesOf((ws) => {
      ws.getCell("A1").value = "Judul";
      ws.mergeCells("A1:C2");
      ws.getCell("D2").value = "x";
    });
    const s = first((await readXlsx(bytes)).sheets);
    expect(s.values).toEqual([["Judul"], [null, null, null, "x"]]);
    expect(s.merges).toEqual(["A1:C2"]);
  });

  test("bad bytes: corrupt, old .xls / password to open, truncated zip", async () => {
    await expect(readXlsx(new TextEncoder().encode("bukan excel"))).rejects.toMatchObject({
      code: "corrupt",
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readXlsx(ole)).rejects.toMatchObject({ code: "legacy-or-encrypted" });
    const good = await plansToXlsx([sheet("S", [[v(1)]])]);
    await expect(readXlsx(good.slice(0, good.length / 2))).rejects.toMatchObject({
      code: "corrupt",
      message: expect.stringMatching(/rusak/),
    });
    await expect(readXlsx(good.buffer.slice(0) as ArrayBuffer)).resolves.toMatchObject({
      sheets: [{ name: "S" }],
    });
  });

  test("cells locked by default; sheetFacts reads LibreOffice's 'true' booleans too", async () => {
    const bytes = await plansToXlsx([fullPlan()]);
    const facts = sheetFacts(await readXlsxParts(bytes), "Kertas Kerja");
    expect(facts.isLocked("A1")).toBe(true);
    expect(facts.isLocked("Z99")).toBe(true);
    expect(facts.isLocked("B8")).toBe(false);
  });
});
