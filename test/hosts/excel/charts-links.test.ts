/**
 * Charts and hyperlinks through the Office.js gateway, against the strict fake: they land as
 * planned, survive the swap (the temporary sheet renamed over the old one), cost no extra request,
 * and a plan with a link that is not http(s) is refused before Excel is touched.
 */
import { createExcelWorkbookPort, GatewayError } from "../../../src/hosts/excel/gateway";
import { a1, type CellPlan, type ChartPlan, type SheetPlan } from "../../../src/sheet/plan";
import { installExcelFake, PAYLOAD_LIMIT, type ExcelFake, type FakeChart } from "../../fakes/excel-fake";
import { syntheticPlan } from "./plans";

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

const port = () => createExcelWorkbookPort(fake.Excel.run);

const BAR: ChartPlan = {
  kind: "bar",
  title: "Capaian per Bagian",
  anchor: { from: a1("E2"), to: a1("K15") },
  series: [
    { name: "Capaian", categories: a1("A2:A4"), values: a1("B2:B4") },
    { name: "Serapan", categories: a1("A2:A4"), values: a1("C2:C4") },
  ],
  xAxisTitle: "Bagian",
  yAxisTitle: "Persen",
};
const SCATTER: ChartPlan = {
  kind: "scatter",
  title: "Capaian vs Serapan",
  anchor: { from: a1("E17"), to: a1("K30") },
  series: [{ name: "Bagian", categories: a1("C2:C4"), values: a1("B2:B4") }],
  xAxisTitle: "Serapan (%)",
  yAxisTitle: "Capaian (%)",
};

const v = (value: CellPlan["value"], more: Partial<CellPlan> = {}): CellPlan => ({ value, ...more });

function analisis(extra: { charts?: ChartPlan[]; links?: boolean } = {}): SheetPlan {
  const link = (text: string | null, url: string) => v(text, extra.links === false ? {} : { hyperlink: url });
  return {
    name: "Analisis",
    visibility: "visible",
    rows: [
      [v("Bagian"), v("Capaian"), v("Serapan"), v("Bukti")],
      [v("Umum"), v(80), v(70), link("https://contoh.go.id/umum.pdf", "https://contoh.go.id/umum.pdf")],
      [v("Keuangan"), v(95), v(90), link('=HYPERLINK("http://x","klik")', "https://contoh.go.id/keu")],
      [v("Hukum"), v(60), v(85), link(null, "http://contoh.go.id/hukum")],
    ],
    styles: {},
    columns: [],
    merges: [],
    validations: [],
    protection: {},
    charts: extra.charts ?? [BAR, SCATTER],
  };
}

/** What a fake chart shows, its references spelled as Excel's SERIES formula would. */
function shown(chart: FakeChart | undefined) {
  if (!chart) return undefined;
  const ref = fake.workbook.chartReference.bind(fake.workbook);
  return {
    type: chart.chartType,
    title: chart.title.text,
    position: chart.position,
    x: chart.axes.category.title.text,
    y: chart.axes.value.title.text,
    legend: chart.legend.visible,
    series: chart.series.map((s) => ({ name: s.name, x: ref(s.xValues), values: ref(s.values) })),
  };
}

describe("charts and hyperlinks through the gateway", () => {
  it("land in Excel as planned", async () => {
    await port().writeSheets([analisis()]);
    const sheet = fake.workbook.sheet("Analisis");
    expect(sheet?.charts.map(shown)).toEqual([
      {
        type: "ColumnClustered",
        title: "Capaian per Bagian",
        // E2 = row 1, col 4; K15 = row 14, col 10 (covered whole).
        position: { from: { r1: 1, c1: 4, r2: 1, c2: 4 }, to: { r1: 14, c1: 10, r2: 14, c2: 10 } },
        x: "Bagian",
        y: "Persen",
        legend: true,
        series: [
          { name: "Capaian", x: "Analisis!$A$2:$A$4", values: "Analisis!$B$2:$B$4" },
          { name: "Serapan", x: "Analisis!$A$2:$A$4", values: "Analisis!$C$2:$C$4" },
        ],
      },
      {
        type: "XYScatter",
        title: "Capaian vs Serapan",
        position: { from: { r1: 16, c1: 4, r2: 16, c2: 4 }, to: { r1: 29, c1: 10, r2: 29, c2: 10 } },
        x: "Serapan (%)",
        y: "Capaian (%)",
        legend: false,
        series: [{ name: "Bagian", x: "Analisis!$C$2:$C$4", values: "Analisis!$B$2:$B$4" }],
      },
    ]);

    const cell = (a: string) => fake.workbook.cell("Analisis", a);
    expect(cell("D2")).toMatchObject({
      value: "https://contoh.go.id/umum.pdf",
      formula: null,
      hyperlink: { address: "https://contoh.go.id/umum.pdf" },
    });
    // A label that looks like a formula stays the text it was written as.
    expect(cell("D3")).toMatchObject({
      value: '=HYPERLINK("http://x","klik")',
      formula: null,
      hyperlink: { address: "https://contoh.go.id/keu" },
    });
    expect(cell("D4")).toMatchObject({ value: "http://contoh.go.id/hukum", formula: null });
    expect(cell("D4")?.hyperlink).toEqual({ address: "http://contoh.go.id/hukum" });
    expect(cell("A2")?.hyperlink).toBeNull();
    // Protection came after the links and charts, in the swap.
    expect(sheet?.protection.protected).toBe(true);
  });

  it("take no more requests than the same plan without them", async () => {
    await port().writeSheets([analisis({ charts: [], links: false })]);
    const without = fake.stats.syncs;
    fake.uninstall();
    fake = installExcelFake();
    await port().writeSheets([analisis()]);
    expect(fake.stats.syncs).toBe(without);
    expect(fake.stats.byCommand["set hyperlink"]?.commands).toBe(3);
    expect(fake.stats.byCommand["setValues"]?.commands).toBe(3);
  });

  it("and as many requests for 3000 linked rows as for 30", async () => {
    const linked = (rows: number): SheetPlan => {
      const plan = syntheticPlan("Data", rows, 6);
      plan.rows = plan.rows.map((row, r) =>
        r === 0
          ? row
          : [...row, v(`https://contoh.go.id/bukti/${r}`, { hyperlink: `https://contoh.go.id/bukti/${r}` })],
      );
      return {
        ...plan,
        charts: [
          { ...BAR, series: [{ name: "n", categories: a1(`A2:A${rows}`), values: a1(`C2:C${rows}`) }] },
        ],
      };
    };
    await port().writeSheets([linked(30)]);
    const small = fake.stats.syncs;
    fake.uninstall();
    fake = installExcelFake();
    await port().writeSheets([linked(3000)]);
    expect(fake.stats.syncs).toBe(small);
    expect(fake.stats.maxRequestSize).toBeLessThan(PAYLOAD_LIMIT);
    expect(fake.workbook.cell("Data", "G3000")?.hyperlink).toEqual({
      address: "https://contoh.go.id/bukti/2999",
    });
  });

  it("survive the swap: the new sheet takes the old one's name and its charts read that name", async () => {
    fake.workbook.seedSheet("Analisis", { A1: "lama" });
    await port().writeSheets([analisis()]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Analisis"]);
    const charts = fake.workbook.sheet("Analisis")?.charts ?? [];
    expect(charts).toHaveLength(2);
    expect(charts.flatMap((c) => c.series.map((s) => fake.workbook.chartReference(s.values)))).toEqual([
      "Analisis!$B$2:$B$4",
      "Analisis!$C$2:$C$4",
      "Analisis!$B$2:$B$4",
    ]);
    // Written again: the old sheet goes with its charts; no chart is doubled.
    await port().writeSheets([analisis({ charts: [SCATTER] })]);
    expect(fake.workbook.sheet("Analisis")?.charts.map((c) => c.title.text)).toEqual(["Capaian vs Serapan"]);
  });

  it.each([
    ["file:///C:/bukti.pdf"],
    ["javascript:alert(1)"],
    ["\\\\server\\share\\a.pdf"],
    ["mailto:a@b.id"],
  ])("refuses the link %s as an invalid plan without touching Excel", async (link) => {
    const plan = analisis();
    plan.rows[1] = [v("Umum"), v(80), v(70), v("bukti", { hyperlink: link })];
    let error: unknown;
    try {
      await port().writeSheets([plan]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: "invalid-plan" });
    expect((error as Error).message).toContain("bukan alamat web http:// atau https://");
    expect(fake.stats.syncs).toBe(0);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("refuses a chart over two columns or another sheet, as the .xlsx host does", async () => {
    for (const values of ["B2:C4", "Data!B2:B4"]) {
      const plan = analisis({
        charts: [{ ...SCATTER, series: [{ name: "x", categories: a1("A2:A4"), values: a1(values) }] }],
      });
      await expect(port().writeSheets([plan])).rejects.toMatchObject({ code: "invalid-plan" });
    }
    expect(fake.stats.syncs).toBe(0);
  });
});
