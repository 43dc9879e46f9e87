/**
 * The charts the xlsx host writes, opened by a real spreadsheet engine: LibreOffice prints the
 * sheet with both charts to PDF (kept with a PNG of its first page in test-results/ to look at).
 * The chart titles and axis titles are text in the PDF only if LibreOffice parsed the chart parts.
 */
import { execFileSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import { a1 } from "../../../src/sheet/plan";
import { describeWithLibreOffice, pdfToPng, renderPdfWithLibreOffice } from "../../support/libreoffice";
import { sheet, v } from "./plans";

const OUT = join(__dirname, "..", "..", "..", "test-results");

const BAGIAN: [string, number, number][] = [
  ["Umum", 80, 70],
  ["Keuangan", 95, 90],
  ["Hukum", 60, 85],
  ["Organisasi", 72.5, 64],
  ["Protokol", 101, 97.5],
];

function plan() {
  const last = BAGIAN.length + 1;
  return sheet(
    "Analisis",
    [
      [
        v("Bagian", { style: "head" }),
        v("Capaian (%)", { style: "head" }),
        v("Serapan (%)", { style: "head" }),
      ],
      ...BAGIAN.map(([b, c, s]) => [v(b), v(c), v(s)]),
      [v("Bukti", { hyperlink: "https://contoh.go.id/bukti" })],
    ],
    {
      styles: { head: { bold: true, fill: "#D9E1F2" } },
      columns: [{ width: 14 }, { width: 12 }, { width: 12 }],
      print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
      charts: [
        {
          kind: "bar",
          title: "Capaian per Bagian",
          anchor: { from: a1("E1"), to: a1("K16") },
          series: [
            { name: "Capaian", categories: a1(`A2:A${last}`), values: a1(`B2:B${last}`) },
            { name: "Serapan", categories: a1(`A2:A${last}`), values: a1(`C2:C${last}`) },
          ],
          xAxisTitle: "Bagian",
          yAxisTitle: "Persen",
        },
        {
          kind: "scatter",
          title: "Capaian vs Serapan",
          anchor: { from: a1("L1"), to: a1("R16") },
          series: [{ name: "Bagian", categories: a1(`C2:C${last}`), values: a1(`B2:B${last}`) }],
          xAxisTitle: "Serapan anggaran (%)",
          yAxisTitle: "Capaian kinerja (%)",
        },
      ],
    },
  );
}

describeWithLibreOffice("LibreOffice draws the charts the xlsx host writes", () => {
  let text: string;
  let pages: string[];

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    const pdf = join(OUT, "charts.pdf");
    await renderPdfWithLibreOffice(await plansToXlsx([plan()]), pdf);
    text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    pages = await pdfToPng(pdf, join(OUT, "charts"), { dpi: 90 });
  }, 120_000);

  test("both chart titles and the axis titles are in the PDF: LibreOffice parsed the charts", () => {
    for (const title of [
      "Capaian per Bagian",
      "Capaian vs Serapan",
      "Serapan anggaran (%)",
      "Capaian kinerja (%)",
      "Persen",
    ]) {
      expect(text).toContain(title);
    }
  });

  test("the bar chart's categories are the Bagian, read from the cells", () => {
    // Category labels appear twice: once in the cells, once under the columns of the bar chart.
    for (const [bagian] of BAGIAN) expect(text.split(bagian).length - 1).toBeGreaterThanOrEqual(2);
  });

  test("one landscape page, saved as test-results/charts-1.png", () => {
    expect(pages).toHaveLength(1);
    expect(pages[0]).toBe(join(OUT, "charts-1.png"));
  });
});
