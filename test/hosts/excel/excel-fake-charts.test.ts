/** The fake's charts and hyperlinks: the documented behaviour the gateway relies on, kept strict. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- reading before sync is what these tests check */
import {
  installExcelFake,
  type ExcelFake,
  type FakeContext,
  errorCodeOf,
  runBatch,
} from "../../fakes/excel-fake";

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
  fake.workbook.seedSheet("Data", { A1: "Bagian", B1: "Capaian", A2: "Umum", B2: 80, A3: "Hukum", B3: 60 });
});
afterEach(() => fake.uninstall());

const run = <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => runBatch(fake, batch);
const code = errorCodeOf;

describe("charts", () => {
  it("add, position, title, series and axis titles land in the model at sync", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B3"), "Columns");
      chart.setPosition("D2", "H10");
      chart.title.text = "Capaian";
      const first = chart.series.getItemAt(0);
      first.name = "Capaian";
      first.setXAxisValues(sheet.getRange("A2:A3"));
      chart.axes.valueAxis.title.text = "Persen";
      expect(fake.workbook.sheet("Data")?.charts).toEqual([]);
      await context.sync();
    });
    const [chart] = fake.workbook.sheet("Data")?.charts ?? [];
    expect(chart).toMatchObject({
      chartType: "ColumnClustered",
      title: { text: "Capaian", visible: true },
      position: { from: { r1: 1, c1: 3, r2: 1, c2: 3 }, to: { r1: 9, c1: 7, r2: 9, c2: 7 } },
      axes: { value: { title: { text: "Persen", visible: true } }, category: { title: { visible: false } } },
    });
    expect(
      chart?.series.map((s) => [
        s.name,
        fake.workbook.chartReference(s.values),
        fake.workbook.chartReference(s.xValues),
      ]),
    ).toEqual([["Capaian", "Data!$B$2:$B$3", "Data!$A$2:$A$3"]]);
  });

  it("makes one series per column of the source, named Series1…, and will not guess (Auto)", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.charts.add("Line", sheet.getRange("A2:B3"), "Columns");
      await context.sync();
    });
    expect(fake.workbook.sheet("Data")?.charts[0]?.series.map((s) => s.name)).toEqual(["Series1", "Series2"]);
    expect(
      await code(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Data");
          sheet.charts.add("Line", sheet.getRange("A2:B3"), "Auto");
          await context.sync();
        }),
      ),
    ).toBe("NotImplemented");
  });

  it("gives chart properties only after load and sync", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("XYScatter", sheet.getRange("B2:B3"), "Columns");
      expect(() => chart.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      chart.load("name");
      chart.title.load("text");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
      expect(chart.title.text).toBe("");
      expect(() => chart.series.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("series.add, setValues and setXAxisValues need ExcelApi 1.7", async () => {
    fake.requirements = { ExcelApi: "1.6" };
    expect(
      await code(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Data");
          const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B3"), "Columns");
          chart.series.getItemAt(0).setValues(sheet.getRange("B2:B3"));
          await context.sync();
        }),
      ),
    ).toBe("ApiNotFound");
    expect(
      await code(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Data");
          sheet.charts.getItemAt(0).series.add("Baru");
          await context.sync();
        }),
      ),
    ).toBe("ApiNotFound");
  });

  it("a series reads one row or one column", async () => {
    expect(
      await code(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Data");
          const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B3"), "Columns");
          chart.series.add("x").setValues(sheet.getRange("A2:B3"));
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  it("follows its sheet through a rename, and shows #REF! once the sheet it reads is deleted", async () => {
    fake.workbook.seedSheet("Grafik");
    await run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const chart = context.workbook.worksheets
        .getItem("Grafik")
        .charts.add("XYScatter", data.getRange("B2:B3"), "Columns");
      chart.series.getItemAt(0).setXAxisValues(data.getRange("A2:A3"));
      data.name = "Data Baru";
      await context.sync();
    });
    const series = fake.workbook.sheet("Grafik")?.charts[0]?.series[0];
    expect(fake.workbook.chartReference(series?.values ?? null)).toBe("'Data Baru'!$B$2:$B$3");
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data Baru").delete();
      await context.sync();
    });
    expect(fake.workbook.chartReference(series?.xValues ?? null)).toBe("#REF!");
  });

  it("a protected sheet refuses a new chart", async () => {
    fake.workbook.seedSheet("Terkunci", { A1: 1 }, { protect: true });
    expect(
      await code(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Terkunci");
          sheet.charts.add("ColumnClustered", sheet.getRange("A1"), "Columns");
          await context.sync();
        }),
      ),
    ).toBe("InvalidOperation");
    expect(fake.workbook.sheet("Terkunci")?.charts).toEqual([]);
  });
});

describe("Range.hyperlink", () => {
  it("links a cell; textToDisplay is entered as typed, so '=…' would become a formula", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("C2").hyperlink = {
        address: "https://contoh.go.id",
        textToDisplay: "https://contoh.go.id",
      };
      sheet.getRange("C3").hyperlink = { address: "https://contoh.go.id/x", textToDisplay: "=1+1" };
      await context.sync();
    });
    expect(fake.workbook.cell("Data", "C2")).toMatchObject({
      value: "https://contoh.go.id",
      formula: null,
      hyperlink: { address: "https://contoh.go.id" },
    });
    expect(fake.workbook.cell("Data", "C3")).toMatchObject({ formula: "=1+1" });
  });

  it("without textToDisplay a cell keeps its value, quote prefix and all; an empty one shows the link", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("C2").formulas = [["'=bukan rumus"]];
      sheet.getRange("C2").hyperlink = { address: "https://contoh.go.id/a" };
      sheet.getRange("C3").hyperlink = { address: "https://contoh.go.id/b" };
      await context.sync();
    });
    expect(fake.workbook.cell("Data", "C2")).toMatchObject({
      value: "=bukan rumus",
      formula: null,
      quotePrefix: true,
    });
    expect(fake.workbook.cell("Data", "C3")).toMatchObject({
      value: "https://contoh.go.id/b",
      formula: null,
    });
  });

  it("reads back after load, refuses a locked cell of a protected sheet, and needs ExcelApi 1.7", async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A2");
      range.hyperlink = { address: "https://contoh.go.id" };
      range.load("hyperlink");
      expect(() => range.hyperlink).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.hyperlink).toEqual({ address: "https://contoh.go.id", textToDisplay: "Umum" });
    });
    fake.workbook.seedSheet("Terkunci", { A1: "x" }, { protect: true });
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Terkunci").getRange("A1").hyperlink = {
            address: "https://a.id",
          };
          await context.sync();
        }),
      ),
    ).toBe("InvalidOperation");
    fake.requirements = { ExcelApi: "1.6" };
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("A3").hyperlink = { address: "https://a.id" };
          await context.sync();
        }),
      ),
    ).toBe("ApiNotFound");
  });
});
