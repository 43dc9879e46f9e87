/**
 * A plan's print setup and filter buttons through the Office.js gateway, against the strict fake:
 * F4 as Excel's "Folio", columns repeated at the left, several print areas in their order (one
 * RangeAreas), page order, and filter buttons that protection leaves usable. Below ExcelApi 1.9
 * both are skipped and reported; a large build inserted as .xlsx gets its print setup again.
 */
import { createExcelWorkbookPort } from "../../../src/hosts/excel/gateway";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import { a1, type SheetPlan } from "../../../src/sheet/plan";
import { installExcelFake, type ExcelFake } from "../../fakes/excel-fake";
import { syntheticPlan } from "./plans";

let fake: ExcelFake | undefined;
afterEach(() => fake?.uninstall());

/** A kertas kerja-like sheet: two print areas, repeated columns and rows, on F4. */
function kertasKerja(rows = 60): SheetPlan {
  return {
    ...syntheticPlan("KK Pemerintahan", rows, 27),
    protection: {},
    print: {
      orientation: "landscape",
      paperSize: "F4",
      fitToWidth: true,
      printTitleRows: "9:10",
      printTitleColumns: "A:D",
      printArea: [a1("M1:AA60"), a1("E1:L50")],
      margins: { top: 0.5, bottom: 0.5, left: 0.25, right: 0.25 },
    },
  };
}

/** A ledger-like sheet: filter buttons on its table, page order across then down, A4, protected. */
function ledger(): SheetPlan {
  return {
    ...syntheticPlan("Data", 20, 6),
    protection: {},
    autoFilter: a1("A5:F20"),
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: false,
      printTitleRows: "5:5",
      printTitleColumns: "A:C",
      printArea: [a1("A1:F20")],
      pageOrder: "overThenDown",
    },
  };
}

async function write(plans: SheetPlan[], excelApi = "1.17", options = {}) {
  fake?.uninstall();
  const f = installExcelFake({ requirements: { ExcelApi: excelApi } });
  fake = f;
  const port = createExcelWorkbookPort(f.Excel.run, options);
  await port.writeSheets(plans);
  return { f, report: port.lastWriteReport() };
}

describe("print setup through the gateway", () => {
  it("sets F4 as Folio, the repeated columns and rows, the print areas in order, the page order", async () => {
    const { f } = await write([kertasKerja(), ledger()]);
    expect(f.workbook.sheet("KK Pemerintahan")?.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "Folio",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      marginsInches: { top: 0.5, bottom: 0.5, left: 0.25, right: 0.25 },
      printTitleRows: "$9:$10",
      printTitleColumns: "$A:$D",
      printOrder: "DownThenOver",
      printArea: ["$M$1:$AA$60", "$E$1:$L$50"],
    });
    expect(f.workbook.sheet("Data")?.pageLayout).toMatchObject({
      paperSize: "A4",
      zoom: { scale: 100 },
      printTitleColumns: "$A:$C",
      printOrder: "OverThenDown",
      printArea: ["$A$1:$F$20"],
    });
  });

  it("puts the filter buttons on the table and protects the sheet with filtering allowed", async () => {
    const { f } = await write([kertasKerja(), ledger()]);
    const data = f.workbook.sheet("Data");
    expect(data?.autoFilter).toBe("$A$5:$F$20");
    expect(data?.protection).toMatchObject({ protected: true, options: { allowAutoFilter: true } });
    const kk = f.workbook.sheet("KK Pemerintahan");
    expect(kk?.autoFilter).toBeNull();
    expect(kk?.protection.protected).toBe(true);
    expect(kk?.protection.options.allowAutoFilter).toBeUndefined();
  });

  it("below ExcelApi 1.9 skips page layout and filter buttons, says so, and writes the rest", async () => {
    const { f, report } = await write([kertasKerja(), ledger()], "1.8");
    expect(report?.skipped).toEqual([
      { feature: "pageLayout", requirement: "ExcelApi 1.9", sheets: ["KK Pemerintahan", "Data"] },
      { feature: "autoFilter", requirement: "ExcelApi 1.9", sheets: ["Data"] },
    ]);
    expect(f.workbook.sheet("Data")?.autoFilter).toBeNull();
    expect(f.workbook.sheet("Data")?.protection.protected).toBe(true);
    expect(f.workbook.cell("Data", "A1")).not.toBeUndefined();
  });

  it("a large build inserted as .xlsx gets its print areas and titles set again", async () => {
    const { f } = await write([kertasKerja(1000)], "1.17", {
      requestBudget: 300_000,
      toXlsxBytes: plansToXlsx,
    });
    expect(f.stats.byCommand.insertWorksheetsFromBase64?.commands).toBe(1);
    expect(f.workbook.sheet("KK Pemerintahan")?.pageLayout).toMatchObject({
      paperSize: "Folio",
      printTitleColumns: "$A:$D",
      printArea: ["$M$1:$AA$60", "$E$1:$L$50"],
    });
  });
});
