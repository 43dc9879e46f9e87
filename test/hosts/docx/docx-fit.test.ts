/**
 * Table widths and sizes (docx-fit.ts), group rows, lists that bring their own labels, and the
 * value formats of the report's columns.
 */
import fc from "fast-check";
import type { ReportTable, ReportValueKind } from "../../../src/domain/report/report-model";
import { cellPadding, columnWidths, fitTable, isGroupRow } from "../../../src/hosts/docx/docx-fit";
import { textTwips } from "../../../src/hosts/docx/docx-metrics";
import { formatReportValue } from "../../../src/hosts/docx/docx-table";
import { laporanDocx } from "../../../src/hosts/docx/laporan-docx";
import { bagianTable, efisiensiTable } from "../../support/docx-fixture-tables";
import { laporanFixture } from "../../support/docx-fixture";
import { bodyBlocks, paragraphsIn, readDocx, tablesIn } from "../../support/docx-read";

const TEXT_WIDTH = 9071; // A4 21 cm − 3 cm − 2 cm = 16 cm, in twips
const textsOf = (t: ReportTable) =>
  t.rows.map((row) => t.columns.map((c, i) => formatReportValue(row.cells[i]?.value ?? null, c.kind)));

describe("value formats", () => {
  test.each<[number | string | null, ReportValueKind, string]>([
    [1_250_000_000, "money", "1.250.000.000"],
    [92.5, "percent", "92,50\u00a0%"],
    [(2_689_312_500 / 2_875_500_000) * 100, "percent", "93,53\u00a0%"],
    [0, "percent", "0,00\u00a0%"],
    [31, "count", "31"],
    [85.5, "number", "85,5"],
    [1234.567, "number", "1.234,57"],
    [-15.83, "number", "-15,83"],
    ["WTP", "number", "WTP"],
    [null, "money", ""],
    ["Sangat Tinggi", "text", "Sangat Tinggi"],
  ])("%p as %s → %p", (value, kind, shown) => {
    expect(formatReportValue(value, kind)).toBe(shown);
  });
});

describe("column widths", () => {
  test("relative widths become twips that add up to the text width", () => {
    // 9071 / 2 = 4535,5: the odd twip goes to the widest column, the first of equals.
    expect(columnWidths([1, 1])).toEqual([4536, 4535]);
    expect(columnWidths([6, 38, 34, 22]).reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    // A width that is no positive number counts as 1.
    expect(columnWidths([0, Number.NaN, 2])).toEqual([2267, 2267, 4537]);
  });

  test("a NIP column narrower than 18 digits is widened; 11 pt stays", () => {
    const t = bagianTable();
    const fit = fitTable(t, textsOf(t));
    expect(fit.size).toBe(22);
    expect(fit.widths[3]!).toBeGreaterThanOrEqual(
      textTwips("198001122003121002", 22, false) + 2 * fit.padding,
    );
    expect(fit.widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  });

  test("eight columns, three of them rupiah in billions: set smaller, every figure whole", () => {
    const t = efisiensiTable();
    const texts = textsOf(t);
    const fit = fitTable(t, texts);
    expect(fit.size).toBeLessThan(22);
    t.rows.forEach((row, r) =>
      t.columns.forEach((c, i) => {
        if (c.kind === "text") return;
        const need = textTwips(texts[r]![i]!, fit.size, row.emphasis === true) + 2 * fit.padding;
        expect(fit.widths[i]!).toBeGreaterThanOrEqual(need);
      }),
    );
  });

  test("any table: widths add up to the text width, none negative, every figure within its column when it fits", () => {
    const kind = fc.constantFrom<ReportValueKind>("text", "number", "percent", "money", "count");
    const column = fc.record({
      header: fc.string({ maxLength: 30 }),
      kind,
      width: fc.double({ min: 0, max: 50, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(column, { minLength: 1, maxLength: 10 }),
        fc.array(
          fc.array(
            fc.oneof(fc.integer({ min: -1e10, max: 1e12 }), fc.double({ min: 0, max: 500, noNaN: true })),
            { minLength: 10, maxLength: 10 },
          ),
          {
            maxLength: 6,
          },
        ),
        (columns, values) => {
          const t: ReportTable = {
            kind: "table",
            id: "t",
            title: "",
            columns,
            rows: values.map((v) => ({ cells: columns.map((_, i) => ({ value: v[i] ?? null })) })),
            source: { sheet: "Analisis", range: null, files: [] },
          };
          const texts = textsOf(t);
          const fit = fitTable(t, texts);
          expect(fit.widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
          for (const w of fit.widths) expect(w).toBeGreaterThanOrEqual(0);
          expect(fit.padding).toBe(cellPadding(fit.size));
          const needs = columns.map((c, i) =>
            c.kind === "text"
              ? 0
              : Math.max(
                  0,
                  ...texts.map((row) => textTwips(row[i] ?? "", fit.size, false) + 2 * fit.padding),
                ),
          );
          if (needs.reduce((a, b) => a + b, 0) <= TEXT_WIDTH && fit.size > 16) {
            needs.forEach((need, i) => expect(fit.widths[i]!).toBeGreaterThanOrEqual(need));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("group rows and labelled lists in the document", () => {
  const doc = laporanFixture();
  const group: ReportTable = {
    kind: "table",
    id: "pendukung",
    title: "Tabel 3.9 Anggaran Program Pendukung Sasaran Strategis",
    columns: [
      { header: "Kode", kind: "text", width: 3 },
      { header: "Program", kind: "text", width: 6 },
      { header: "Pagu (Rp)", kind: "money", width: 3 },
    ],
    rows: [
      {
        cells: [
          { value: "Sasaran Strategis 1: Meningkatnya akuntabilitas kinerja Pemerintah Daerah" },
          { value: null },
          { value: null },
        ],
      },
      {
        cells: [
          { value: "4.01.01" },
          { value: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" },
          { value: 2_875_500_000 },
        ],
      },
    ],
    source: { sheet: "Analisis", range: "I45:K59", files: [] },
  };
  doc.chapters[2]!.blocks.push(group, {
    kind: "bullets",
    items: [
      "a. pengoordinasian penyusunan kebijakan Daerah;",
      "b. pemantauan dan evaluasi pelaksanaan kebijakan Daerah.",
    ],
  });

  test("a row naming only its group spans the table", async () => {
    expect(isGroupRow(["Sasaran Strategis 1", "", ""])).toBe(true);
    expect(isGroupRow(["4.01.01", "Program", ""])).toBe(false);
    expect(isGroupRow(["", "", ""])).toBe(false);
    const blocks = bodyBlocks((await readDocx(await laporanDocx(doc))).part("word/document.xml"));
    const table = tablesIn(blocks).find(
      (t) => t.rows[0]!.cells[2]?.text === "Pagu (Rp)" && t.rows.length === 3,
    )!;
    expect(table.rows[1]!.cells).toEqual([
      {
        text: "Sasaran Strategis 1: Meningkatnya akuntabilitas kinerja Pemerintah Daerah",
        align: "left",
        bold: false,
        span: 3,
      },
    ]);
    expect(table.rows[2]!.cells.map((c) => c.text)).toEqual([
      "4.01.01",
      "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      "2.875.500.000",
    ]);
    // The items bring their labels: no bullet in front, the label hanging.
    const items = paragraphsIn(blocks).filter((p) => /^[ab]\.\t/.test(p.text));
    expect(items.map((p) => p.text)).toEqual([
      "a.\tpengoordinasian penyusunan kebijakan Daerah;",
      "b.\tpemantauan dan evaluasi pelaksanaan kebijakan Daerah.",
    ]);
    for (const p of items) expect(p.xml).not.toMatch(/<w:numPr>/);
  }, 60_000);
});
