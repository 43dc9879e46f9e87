/**
 * A large build sent as one inserted .xlsx (ExcelApi 1.13, `insertWorksheetsFromBase64`) against
 * the strict fake: the sheets it leaves equal those of the command path, formulas naming a plan sheet
 * end naming it (through the temporary name and Excel's reference update on rename), and the write
 * keeps to commands below 1.13, for small writes and when a formula names a sheet outside the plans.
 * The fake itself: the call needs ExcelApi 1.13 and a taken name gets " (2)".
 */
import { sheetRenamer, type XlsxBuilder } from "../../../src/hosts/excel/insert-steps";
import { createExcelWorkbookPort } from "../../../src/hosts/excel/gateway";
import { toBase64 } from "../../../src/domain/shared/base64";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import type { SheetPlan } from "../../../src/sheet/plan";
import { installExcelFake, type ExcelFake, type FakeContext } from "../../fakes/excel-fake";
import { richPlan, syntheticPlan } from "./plans";

let fake: ExcelFake | undefined;
afterEach(() => fake?.uninstall());

describe("sheetRenamer", () => {
  const rename = sheetRenamer([
    ["Data", "~kk-x-0"],
    ["Data Kinerja", "~kk-x-1"],
    ["O'Brien", "~kk-x-2"],
  ]);

  it("points plain and quoted references, in any case, at the new names", () => {
    expect(rename("SUM(Data!$A$1:$A$3)")).toBe("SUM('~kk-x-0'!$A$1:$A$3)");
    expect(rename("'Data Kinerja'!A1+data!B2+'DATA'!C3")).toBe("'~kk-x-1'!A1+'~kk-x-0'!B2+'~kk-x-0'!C3");
    expect(rename("'O''Brien'!A1")).toBe("'~kk-x-2'!A1");
  });

  it("leaves string literals, other sheets and names that merely end alike alone", () => {
    expect(rename('IF(A1="Data!A1",Data!A1,"")')).toBe(`IF(A1="Data!A1",'~kk-x-0'!A1,"")`);
    expect(rename("MyData!A1+Pengaturan!B2")).toBe("MyData!A1+Pengaturan!B2");
    expect(rename('"say ""Data!A1"""&Data!A1')).toBe(`"say ""Data!A1"""&'~kk-x-0'!A1`);
  });
});

/** A summary sheet over the rich plan (quoted name) and a large sheet that makes the build large. */
function plans(): SheetPlan[] {
  const rekap: SheetPlan = {
    ...syntheticPlan("Rekap", 3, 2),
    rows: [
      [{ value: "Target pertama" }, { formula: "'KK Bagian Umum'!C3*2" }],
      [{ value: "=teks, bukan rumus" }, { formula: "SUM(Besar!A2:A50)" }],
    ],
  };
  return [richPlan(), syntheticPlan("Besar", 3000), rekap];
}

/** A request budget under the commands of `plans()` and over their .xlsx. */
const BUDGET = 300_000;

/**
 * Writes the plans over a workbook already holding the rich sheet, with a small request budget,
 * through a port given `toXlsxBytes` (the exceljs host's writer unless said otherwise; null: none).
 */
async function write(
  excelApi: string,
  toWrite = plans(),
  toXlsxBytes: XlsxBuilder | null = plansToXlsx,
  requestBudget = BUDGET,
) {
  fake?.uninstall();
  const f = installExcelFake({ requirements: { ExcelApi: excelApi } });
  fake = f;
  f.workbook.seedSheet("KK Bagian Umum", { A1: "lama" });
  f.workbook.seedSheet("Petunjuk", { A1: "baca dulu" });
  const port = createExcelWorkbookPort(f.Excel.run, {
    requestBudget,
    toXlsxBytes: toXlsxBytes ?? undefined,
  });
  f.resetStats();
  await port.writeSheets(toWrite);
  return {
    f,
    report: port.lastWriteReport(),
    inserts: f.stats.byCommand.insertWorksheetsFromBase64?.commands ?? 0,
  };
}

/** What both paths must leave (fonts, fills, borders and page layout are not decoded by the fake). */
function content(f: ExcelFake): unknown {
  return {
    sheets: f.workbook.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells]
        .filter(
          ([, c]) => c.value !== null || c.formula !== null || c.numberFormat !== "General" || !c.locked,
        )
        .map(([key, c]) => [key, c.value, c.formula, c.numberFormat, c.locked, c.hyperlink?.address ?? null])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      // exceljs writes a hidden column without a width as 9 characters wide: shown only if unhidden.
      widths: [...s.columnWidths].filter(([c]) => !s.hiddenColumns.has(c)).sort((a, b) => a[0] - b[0]),
      hidden: [...s.hiddenColumns],
      merges: s.merges,
      validations: s.validations
        .map((v) => ({
          rect: v.rect,
          rule: Object.keys(v.rule ?? {}),
          prompt: v.prompt?.title ?? null,
          error: v.errorAlert?.title,
        }))
        .sort((a, b) => JSON.stringify(a.rect).localeCompare(JSON.stringify(b.rect))),
      protection: s.protection,
      freeze: s.freeze,
      tabColor: s.tabColor,
    })),
    names: f.workbook.names,
  };
}

describe("writeSheets with insertWorksheetsFromBase64", () => {
  it("takes as many requests as a small write and leaves the sheets the commands leave", async () => {
    const inserted = await write("1.13");
    expect(inserted.inserts).toBe(1);
    expect(inserted.report?.syncs).toBe(3);
    const commands = await write("1.12");
    expect(commands.inserts).toBe(0);
    // As commands, the build and the swap outgrow one request of the budget.
    expect(commands.report?.requestEstimates.reduce((a, b) => a + b, 0)).toBeGreaterThan(BUDGET);
    expect(content(inserted.f)).toEqual(content(commands.f));

    const wb = inserted.f.workbook;
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "KK Bagian Umum", "Petunjuk", "Besar", "Rekap"]);
    expect(wb.cell("Rekap", "B1")?.formula).toBe("='KK Bagian Umum'!C3*2");
    expect(wb.cell("Rekap", "B2")?.formula).toBe("=SUM(Besar!A2:A50)");
    expect(wb.cell("Rekap", "A2")).toMatchObject({ value: "=teks, bukan rumus", formula: null });
    expect(wb.cell("KK Bagian Umum", "B3")).toMatchObject({
      value: "=SUM(A1:A9) bukan rumus",
      formula: null,
    });
    expect(wb.sheet("KK Bagian Umum")?.protection).toMatchObject({ protected: true, password: "rahasia" });
    expect(wb.names).toEqual([{ name: "RealisasiUmum", formula: "='KK Bagian Umum'!$D$3:$D$6" }]);
  });

  it("builds the .xlsx with the writer it is given, and keeps to commands without one", async () => {
    const built: string[][] = [];
    const spy: XlsxBuilder = (toBuild) => {
      built.push(toBuild.map((p) => p.name));
      return plansToXlsx(toBuild);
    };
    const inserted = await write("1.13", plans(), spy);
    expect(inserted.inserts).toBe(1);
    // One workbook of every plan, under its temporary name.
    expect(built).toHaveLength(1);
    expect(built[0]).toHaveLength(3);
    expect(built[0]?.every((name) => name.startsWith("~kk-"))).toBe(true);

    const without = await write("1.13", plans(), null);
    expect(without.inserts).toBe(0);
    expect(content(without.f)).toEqual(content(inserted.f));

    // A writer that refuses the plans leaves the write to commands, which still succeed.
    const refusing = await write("1.13", plans(), () => Promise.reject(new Error("exceljs menolak")));
    expect(refusing.inserts).toBe(0);
    expect(content(refusing.f)).toEqual(content(inserted.f));
  });

  it("past one request, inserts each group of sheets that name each other, and the rest as commands", async () => {
    const toWrite = [...plans(), syntheticPlan("Besar Dua", 1500)];
    const base64 = async (p: SheetPlan[]) => toBase64(await plansToXlsx(p)).length;
    // Under the .xlsx of every sheet, over that of the largest group (Rekap names the rich sheet
    // and Besar, so those three go together; Besar Dua alone).
    const budget = Math.round(((await base64(toWrite)) + (await base64(toWrite.slice(0, 3)))) / 2);
    const inserted = await write("1.13", toWrite, plansToXlsx, budget);
    expect(inserted.inserts).toBe(2);
    expect(inserted.f.stats.maxRequestSize).toBeLessThanOrEqual(budget * 1.1);
    const commands = await write("1.12", toWrite, plansToXlsx, budget);
    expect(commands.inserts).toBe(0);
    expect(content(inserted.f)).toEqual(content(commands.f));
    expect(inserted.f.workbook.cell("Rekap", "B2")?.formula).toBe("=SUM(Besar!A2:A50)");

    // A group too large for a request goes as commands, the others are still inserted; of the
    // group, the sheet whose commands outgrow a request (Besar) sends its first rows as an .xlsx.
    const small = Math.round((await base64(toWrite.slice(3))) * 1.3);
    const mixed = await write("1.13", toWrite, plansToXlsx, small);
    expect(mixed.inserts).toBe(2);
    expect(content(mixed.f)).toEqual(content(commands.f));
    expect(mixed.f.stats.maxRequestSize).toBeLessThanOrEqual(small * 1.1);
  });

  it("keeps to commands for a write that fits one request", async () => {
    const { inserts, report } = await write("1.17", [richPlan()]);
    expect(inserts).toBe(0);
    expect(report?.syncs).toBe(3);
  });

  it("keeps to commands a sheet with a formula naming a sheet outside the plans", async () => {
    const [rich, besar, rekap] = plans();
    if (!rich || !besar || !rekap) throw new Error("plans");
    rekap.rows.push([{ formula: "Petunjuk!A1" }]);
    const { f, inserts } = await write("1.17", [rich, besar, rekap]);
    // No .xlsx of the plans together (Rekap's formula could not be resolved in it): Besar, too large
    // for a request of commands and naming no other sheet, sends its first rows alone.
    expect(inserts).toBe(1);
    expect(f.workbook.cell("Rekap", "A3")?.formula).toBe("=Petunjuk!A1");
    const commands = await write("1.12", [rich, besar, rekap]);
    expect(content(f)).toEqual(content(commands.f));
  });
});

describe("the fake's Workbook.insertWorksheetsFromBase64", () => {
  const insert = async (f: ExcelFake, base64: string) =>
    (f.Excel.run as unknown as (b: (c: FakeContext) => Promise<string[]>) => Promise<string[]>)(
      async (context) => {
        const ids = context.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
        await context.sync();
        return ids.value;
      },
    );

  it("needs ExcelApi 1.13 and names a sheet whose name is taken with (2)", async () => {
    const base64 = toBase64(await plansToXlsx([syntheticPlan("Sheet1", 3)]));
    fake = installExcelFake({ requirements: { ExcelApi: "1.12" } });
    await expect(insert(fake, base64)).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);

    fake.requirements = { ExcelApi: "1.13" };
    const ids = await insert(fake, base64);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sheet1 (2)"]);
    expect(ids).toEqual([fake.workbook.sheet("Sheet1 (2)")?.id]);
    expect(fake.workbook.cell("Sheet1 (2)", "H2")?.formula).toBe("=SUM(A2:B2)");
    // The base64 text is part of the request.
    expect(fake.stats.maxRequestSize).toBeGreaterThan(base64.length);
  });
});
