/**
 * Hyperlinks and charts in the .xlsx host, read back from the bytes themselves (XML parts through
 * jszip), not from exceljs, which neither writes nor reads charts.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { CHART_NAME_PREFIX, readOwnCharts } from "../../../src/hosts/xlsx/charts";
import { XlsxError } from "../../../src/hosts/xlsx/errors";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/port";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import { a1, type ChartPlan, type SheetPlan } from "../../../src/sheet/plan";
import { elements, readXlsxParts } from "../../support/xlsx-xml";
import { sheet, v } from "./plans";

/** Bagian, capaian, serapan on rows 2–4 of "Analisis". */
function analisis(charts: ChartPlan[] = [barChart(), scatterChart()]): SheetPlan {
  return sheet(
    "Analisis",
    [
      [v("Bagian"), v("Capaian"), v("Serapan")],
      [v("Umum"), v(80), v(70)],
      [v("Keuangan"), v(95), v(90)],
      [v("Hukum"), v(60), v(85)],
    ],
    { charts },
  );
}

const barChart = (): ChartPlan => ({
  kind: "bar",
  title: "Capaian per Bagian",
  anchor: { from: a1("E2"), to: a1("K15") },
  series: [{ name: "Capaian", categories: a1("A2:A4"), values: a1("B2:B4") }],
  xAxisTitle: "Bagian",
  yAxisTitle: "Capaian (%)",
});

const scatterChart = (): ChartPlan => ({
  kind: "scatter",
  title: "Capaian vs Serapan",
  anchor: { from: a1("E17"), to: a1("K30") },
  series: [{ name: "Bagian", categories: a1("C2:C4"), values: a1("B2:B4") }],
  xAxisTitle: "Serapan (%)",
  yAxisTitle: "Capaian (%)",
});

async function part(bytes: Uint8Array, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
}

async function partNames(bytes: Uint8Array): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(bytes)).files).filter((p) => !p.endsWith("/"));
}

/** The target of relationship `id` in a .rels part. */
const target = (rels: string, id: string) => elements(rels, "Relationship").find((r) => r.Id === id);

/** The text of every `<a:t>` inside the first `<c:title>` of `xml`. */
const titleOf = (xml: string) =>
  [...(/<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1])
    .join("");

async function refusal(p: Promise<unknown>): Promise<XlsxError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof XlsxError) return e;
    throw e;
  }
  throw new Error("expected an XlsxError");
}

describe("hyperlinks", () => {
  const links = sheet("Data", [
    [v("Bukti dukung")],
    [v("https://contoh.go.id/bukti/1.pdf", { hyperlink: "https://contoh.go.id/bukti/1.pdf" })],
    [v('=HYPERLINK("http://x","klik")', { hyperlink: "http://contoh.go.id/a" })],
    [v("+cmd|' /C calc'!A0", { hyperlink: "https://contoh.go.id/b" })],
    [v("-2+3", { hyperlink: "https://contoh.go.id/c" })],
    [v("@SUM(A1)", { hyperlink: "https://contoh.go.id/d?x=1&y=2" })],
    [v(null, { hyperlink: "https://contoh.go.id/kosong" })],
  ]);

  it("are written as external links on cells whose text stays text", async () => {
    const bytes = await plansToXlsx([links]);
    const parts = await readXlsxParts(bytes);
    const xml = parts.sheetXml("Data");
    const rels = await part(bytes, "xl/worksheets/_rels/sheet1.xml.rels");
    const shared = await part(bytes, "xl/sharedStrings.xml");
    const sharedTexts = [...shared.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) =>
      (m[1] ?? "")
        .replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    );
    const expected: [string, string, string][] = [
      ["A2", "https://contoh.go.id/bukti/1.pdf", "https://contoh.go.id/bukti/1.pdf"],
      ["A3", "http://contoh.go.id/a", '=HYPERLINK("http://x","klik")'],
      ["A4", "https://contoh.go.id/b", "+cmd|' /C calc'!A0"],
      ["A5", "https://contoh.go.id/c", "-2+3"],
      ["A6", "https://contoh.go.id/d?x=1&y=2", "@SUM(A1)"],
      ["A7", "https://contoh.go.id/kosong", "https://contoh.go.id/kosong"],
    ];
    const hyperlinks = elements(xml, "hyperlink");
    for (const [ref, url, text] of expected) {
      const link = hyperlinks.find((h) => h.ref === ref);
      expect(link).toBeDefined();
      expect(target(rels, link?.["r:id"] ?? "")).toMatchObject({ Target: url, TargetMode: "External" });
      // Text: a shared string (t="s"), never a formula (<f>).
      const cell = new RegExp(`<c r="${ref}"[^>]*>([\\s\\S]*?)</c>`).exec(xml);
      expect(cell?.[0]).toContain('t="s"');
      expect(cell?.[1]).not.toContain("<f>");
      expect(sharedTexts[Number(/<v>(\d+)<\/v>/.exec(cell?.[1] ?? "")?.[1])]).toBe(text);
    }
  });

  it("read back through exceljs as text with a link", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await plansToXlsx([links])) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Data")?.getCell("A3").value).toEqual({
      text: '=HYPERLINK("http://x","klik")',
      hyperlink: "http://contoh.go.id/a",
    });
  });

  it.each([
    ["file:///C:/rahasia/bukti.pdf"],
    ["javascript:alert(1)"],
    ["mailto:kepala@contoh.go.id"],
    ["\\\\server\\share\\bukti.pdf"],
    ["bukti/1.pdf"],
    ["http:\\\\server\\share"],
    ["https://"],
    ["https://contoh.go.id/ada spasi"],
    ["ftp://contoh.go.id/a"],
  ])("refuses %s as an invalid plan, in Indonesian, before writing anything", async (link) => {
    const plan = sheet("Data", [[v("bukti", { hyperlink: link })]]);
    const error = await refusal(plansToXlsx([plan]));
    expect(error.code).toBe("invalid-plan");
    expect(error.message).toContain("bukan alamat web http:// atau https://");
    expect(error.problems).toEqual([expect.stringContaining(`A1`)]);

    const book = await XlsxWorkbook.fromBytes(await plansToXlsx([sheet("Data", [[v("lama")]])]));
    await expect(book.writeSheets([plan])).rejects.toMatchObject({ code: "invalid-plan" });
    expect((await book.readSheet("Data"))?.values).toEqual([["lama"]]);
  });

  it("refuses a link on a formula cell", async () => {
    const plan = sheet("Data", [[{ formula: "1+1", hyperlink: "https://contoh.go.id" }]]);
    expect((await refusal(plansToXlsx([plan]))).problems).toEqual([
      "Data: tautan di A1 tidak dapat dipasang pada sel berumus",
    ]);
  });
});

describe("charts", () => {
  it("are written as DrawingML parts chained from the sheet, with sheet-qualified, quoted ranges", async () => {
    const bytes = await plansToXlsx([analisis(), sheet("Lain", [[v(1)]])]);
    const names = await partNames(bytes);
    expect(names).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml",
        "xl/charts/chart2.xml",
        "xl/drawings/drawing1.xml",
        "xl/drawings/_rels/drawing1.xml.rels",
      ]),
    );
    // Only the sheet with charts gets a drawing.
    expect(names.filter((n) => n.startsWith("xl/drawings/drawing"))).toEqual(["xl/drawings/drawing1.xml"]);

    const parts = await readXlsxParts(bytes);
    const sheetXml = parts.sheetXml("Analisis");
    expect(parts.sheetXml("Lain")).not.toContain("<drawing");
    const drawingRef = elements(sheetXml, "drawing");
    expect(drawingRef).toHaveLength(1);
    const sheetRels = await part(bytes, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(target(sheetRels, drawingRef[0]?.["r:id"] ?? "")?.Target).toBe("../drawings/drawing1.xml");

    const drawing = await part(bytes, "xl/drawings/drawing1.xml");
    const drawingRels = await part(bytes, "xl/drawings/_rels/drawing1.xml.rels");
    const anchors = [...drawing.matchAll(/<xdr:twoCellAnchor[\s\S]*?<\/xdr:twoCellAnchor>/g)].map(
      (m) => m[0],
    );
    expect(anchors).toHaveLength(2);
    const num = (xml: string, tag: string) =>
      Number(new RegExp(`<xdr:${tag}>(\\d+)</xdr:${tag}>`).exec(xml)?.[1]);
    const corners = anchors.map((a) => {
      const from = /<xdr:from>[\s\S]*?<\/xdr:from>/.exec(a)?.[0] ?? "";
      const to = /<xdr:to>[\s\S]*?<\/xdr:to>/.exec(a)?.[0] ?? "";
      return [num(from, "col"), num(from, "row"), num(to, "col"), num(to, "row")];
    });
    // E2 → col 4, row 1; K15 covered whole → the corner after it: col 11, row 15. E17…K30 likewise.
    expect(corners).toEqual([
      [4, 1, 11, 15],
      [4, 16, 11, 30],
    ]);
    const chartTargets = anchors.map((a) => target(drawingRels, /r:id="([^"]+)"/.exec(a)?.[1] ?? "")?.Target);
    expect(chartTargets).toEqual(["../charts/chart1.xml", "../charts/chart2.xml"]);
    expect(anchors.map((a) => elements(a, "xdr:cNvPr")[0]?.name)).toEqual([
      `${CHART_NAME_PREFIX}1`,
      `${CHART_NAME_PREFIX}2`,
    ]);

    const types = await part(bytes, "[Content_Types].xml");
    const overrides = elements(types, "Override").map((o) => [o.PartName, o.ContentType]);
    expect(overrides).toEqual(
      expect.arrayContaining([
        ["/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
        ["/xl/charts/chart2.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
        ["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
      ]),
    );
  });

  it("a bar chart is clustered columns; a scatter chart is markers without lines", async () => {
    const bytes = await plansToXlsx([analisis()]);
    const bar = await part(bytes, "xl/charts/chart1.xml");
    expect(bar).toContain('<c:barDir val="col"/>');
    expect(bar).toContain('<c:grouping val="clustered"/>');
    expect(titleOf(bar)).toBe("Capaian per Bagian");
    expect(/<c:cat>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(bar)?.[1]).toBe("&apos;Analisis&apos;!$A$2:$A$4");
    expect(/<c:val>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(bar)?.[1]).toBe("&apos;Analisis&apos;!$B$2:$B$4");
    expect(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(bar)?.[1]).toBe("Capaian");
    expect(titleOf(/<c:catAx>[\s\S]*<\/c:catAx>/.exec(bar)?.[0] ?? "")).toBe("Bagian");
    expect(titleOf(/<c:valAx>[\s\S]*<\/c:valAx>/.exec(bar)?.[0] ?? "")).toBe("Capaian (%)");
    expect(bar).not.toContain("<c:legend>"); // one series: nothing to tell apart

    const scatter = await part(bytes, "xl/charts/chart2.xml");
    expect(scatter).toContain("<c:scatterChart>");
    expect(scatter).toContain('<a:ln w="19050"><a:noFill/></a:ln>');
    expect(scatter).toContain('<c:symbol val="circle"/>');
    expect(/<c:xVal>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(scatter)?.[1]).toBe("&apos;Analisis&apos;!$C$2:$C$4");
    expect(/<c:yVal>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(scatter)?.[1]).toBe("&apos;Analisis&apos;!$B$2:$B$4");
  });

  it("read back as the plans that made them", async () => {
    const two: ChartPlan = {
      ...barChart(),
      series: [
        { name: "Capaian", categories: a1("A2:A4"), values: a1("B2:B4") },
        { name: "Serapan", categories: a1("A2:A4"), values: a1("C2:C4") },
      ],
    };
    const bytes = await plansToXlsx([analisis([two, scatterChart()])]);
    expect(await part(bytes, "xl/charts/chart1.xml")).toContain("<c:legend>");
    expect(await readOwnCharts(bytes)).toEqual([{ sheet: "Analisis", charts: [two, scatterChart()] }]);
  });

  it("round-trip any titles, names and sheet names (XML-escaped) and any one-column ranges", async () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== "");
    const column = fc.record({ col: fc.integer({ min: 0, max: 30 }), row: fc.integer({ min: 0, max: 500 }) });
    const chart = fc
      .record({
        kind: fc.constantFrom("bar" as const, "scatter" as const),
        title: text,
        from: column,
        size: fc.record({ w: fc.integer({ min: 0, max: 10 }), h: fc.integer({ min: 0, max: 20 }) }),
        series: fc.array(fc.record({ name: fc.string({ maxLength: 20 }), x: column, y: column }), {
          minLength: 1,
          maxLength: 3,
        }),
        length: fc.integer({ min: 1, max: 50 }),
        axes: fc.record({ x: fc.option(text, { nil: undefined }), y: fc.option(text, { nil: undefined }) }),
      })
      .map((c): ChartPlan => {
        const cellOf = (row: number, col: number) => a1(`${letters(col)}${row + 1}`);
        const rangeOf = (p: { col: number; row: number }) =>
          a1(`${letters(p.col)}${p.row + 1}:${letters(p.col)}${p.row + c.length}`);
        return {
          kind: c.kind,
          title: c.title,
          anchor: {
            from: cellOf(c.from.row, c.from.col),
            to: cellOf(c.from.row + c.size.h, c.from.col + c.size.w),
          },
          series: c.series.map((s) => ({ name: s.name, categories: rangeOf(s.x), values: rangeOf(s.y) })),
          ...(c.axes.x === undefined ? {} : { xAxisTitle: c.axes.x }),
          ...(c.axes.y === undefined ? {} : { yAxisTitle: c.axes.y }),
        };
      });
    const sheetName = fc.constantFrom("Analisis", "Data & Analisis", "Rekap O'Neil", "Capaian <TW1>");
    await fc.assert(
      fc.asyncProperty(sheetName, fc.array(chart, { minLength: 1, maxLength: 3 }), async (name, charts) => {
        // Control characters cannot travel in XML: the expectation drops them, as the host does.
        const clean = (s: string) => [...s].filter((ch) => ch >= " " || "\t\n\r".includes(ch)).join("");
        const bytes = await plansToXlsx([sheet(name, [[v(1)]], { charts })]);
        const back = await readOwnCharts(bytes);
        const expected = charts.map((c) => ({
          ...c,
          title: clean(c.title),
          series: c.series.map((s) => ({ ...s, name: clean(s.name) })),
          ...(c.xAxisTitle === undefined ? {} : { xAxisTitle: clean(c.xAxisTitle) }),
          ...(c.yAxisTitle === undefined ? {} : { yAxisTitle: clean(c.yAxisTitle) }),
        }));
        expect(back).toEqual([{ sheet: name, charts: expected }]);
      }),
      { numRuns: 25 },
    );
  });

  it.each<[string, Partial<ChartPlan>, string]>([
    ["two columns", { series: [{ name: "x", categories: a1("A2:A4"), values: a1("B2:C4") }] }, "B2:C4"],
    [
      "another sheet",
      { series: [{ name: "x", categories: a1("A2:A4"), values: a1("Data!B2:B4") }] },
      "Data!B2:B4",
    ],
    [
      "unequal lengths",
      { series: [{ name: "x", categories: a1("A2:A4"), values: a1("B2:B5") }] },
      "tidak sama panjang",
    ],
    ["no series", { series: [] }, "tidak memiliki seri data"],
    ["a range as anchor", { anchor: { from: a1("E2:F3"), to: a1("K15") } }, "E2:F3"],
    ["anchor corners swapped", { anchor: { from: a1("K15"), to: a1("E2") } }, "kanan bawah"],
    ["an empty title", { title: " " }, "judul grafik kosong"],
  ])("refuses a chart with %s", async (_, change, found) => {
    const error = await refusal(plansToXlsx([analisis([{ ...barChart(), ...change }])]));
    expect(error.code).toBe("invalid-plan");
    expect(error.problems.join("\n")).toContain(found);
  });
});

describe("XlsxWorkbook keeps its charts through a load and a partial rewrite", () => {
  it("fromBytes → writeSheets(other sheets) → toBytes keeps the charts of the sheets not rewritten", async () => {
    const original = await plansToXlsx([analisis(), sheet("Data", [[v("lama")]])]);
    const book = await XlsxWorkbook.fromBytes(original);
    expect(await book.chartsOf("analisis")).toEqual([barChart(), scatterChart()]);
    await book.writeSheets([sheet("Data", [[v("baru")], [v("x", { hyperlink: "https://contoh.go.id" })]])]);
    const saved = await book.toBytes();
    expect(await readOwnCharts(saved)).toEqual([{ sheet: "Analisis", charts: [barChart(), scatterChart()] }]);
    expect((await partNames(saved)).filter((n) => n.startsWith("xl/charts/"))).toHaveLength(2);
    // And again: a second cycle neither loses nor doubles them.
    const again = await (await XlsxWorkbook.fromBytes(saved)).toBytes();
    expect(await readOwnCharts(again)).toEqual([{ sheet: "Analisis", charts: [barChart(), scatterChart()] }]);
  });

  it("a sheet rewritten takes the charts of its new plan (none when the plan has none)", async () => {
    const book = await XlsxWorkbook.fromBytes(await plansToXlsx([analisis()]));
    await book.writeSheets([analisis([scatterChart()])]);
    expect(await readOwnCharts(await book.toBytes())).toEqual([
      { sheet: "Analisis", charts: [scatterChart()] },
    ]);
    await book.writeSheets([analisis([])]);
    const bytes = await book.toBytes();
    expect(await readOwnCharts(bytes)).toEqual([]);
    expect((await partNames(bytes)).filter((n) => n.startsWith("xl/charts/"))).toEqual([]);
  });

  it("a refused write keeps the charts it had", async () => {
    const book = await XlsxWorkbook.fromBytes(await plansToXlsx([analisis()]));
    const bad = analisis([{ ...barChart(), anchor: { from: a1("K15"), to: a1("E2") } }]);
    await expect(book.writeSheets([bad])).rejects.toMatchObject({ code: "invalid-plan" });
    expect(await book.chartsOf("Analisis")).toEqual([barChart(), scatterChart()]);
  });

  it("a chart made by someone else (not named by this host) is not kept: documented", async () => {
    const bytes = await plansToXlsx([analisis([barChart()])]);
    const zip = await JSZip.loadAsync(bytes);
    const drawing = await zip.file("xl/drawings/drawing1.xml")?.async("string");
    zip.file(
      "xl/drawings/drawing1.xml",
      (drawing ?? "").replace(`name="${CHART_NAME_PREFIX}1"`, 'name="Chart 1"'),
    );
    const foreign = await zip.generateAsync({ type: "uint8array" });
    const book = await XlsxWorkbook.fromBytes(foreign);
    expect(await book.chartsOf("Analisis")).toEqual([]);
    expect((await partNames(await book.toBytes())).filter((n) => n.startsWith("xl/charts/"))).toEqual([]);
  });

  it("charts join a drawing that already holds a picture", async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheets([analisis([barChart()])]);
    // A 1×1 PNG, placed by exceljs itself: its drawing part is the one the chart must join.
    const png = Uint8Array.from(
      atob(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      ),
      (ch) => ch.charCodeAt(0),
    );
    const image = book.workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
    book.workbook.getWorksheet("Analisis")?.addImage(image, "M2:N3");
    const bytes = await book.toBytes();
    const parts = await readXlsxParts(bytes);
    expect(elements(parts.sheetXml("Analisis"), "drawing")).toHaveLength(1);
    const drawings = (await partNames(bytes)).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    expect(drawings).toHaveLength(1);
    const drawing = await part(bytes, drawings[0] ?? "");
    expect(drawing).toContain("<xdr:pic>");
    expect(drawing).toContain("<xdr:graphicFrame");
    const ids = elements(drawing, "xdr:cNvPr").map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await readOwnCharts(bytes)).toEqual([{ sheet: "Analisis", charts: [barChart()] }]);
  });
});

function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
