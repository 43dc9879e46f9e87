/**
 * The master's "Laporan" sheet as a plan: valid, protected, A4 portrait; every figure that names a
 * source cell a formula over it (and nothing else a formula); chapters on new pages, no page
 * fuller than a page, a long table's header repeated where it continues.
 */
import { spans, GRID, PAGE_HEIGHT } from "../../../src/domain/report/laporan-sheet-layout";
import { laporanSheetPlan, refFormula, LAPORAN_SHEET_NAME } from "../../../src/domain/report/laporan-sheet";
import type { ReportDocument, ReportTable } from "../../../src/domain/report/report-model";
import { LAPORAN_SHEET } from "../../../src/domain/sop/laporan-sheet-name";
import { planProblems } from "../../../src/sheet/limits";
import type { SheetPlan } from "../../../src/sheet/plan";
import { laporan as L } from "../../../src/strings/laporan";
import { annualCase, quarterlyCase, tablesOf, type LaporanCase } from "../../support/laporan-fixture";

const cellsOf = (plan: SheetPlan) => plan.rows.flatMap((r) => r.flatMap((c) => (c ? [c] : [])));

/** Heights of the printed pages, by the plan's breaks. */
function pageHeights(plan: SheetPlan): number[] {
  const starts = [0, ...(plan.pageBreaks ?? [])];
  return starts.map((s, i) => {
    const end = starts[i + 1] ?? plan.rows.length;
    let h = 0;
    for (let r = s; r < end; r++) h += plan.rowHeights?.[r] ?? 15;
    return h;
  });
}

describe.each([
  ["tahunan", annualCase],
  ["triwulan", quarterlyCase],
])("the Laporan sheet of the %s case", (_, make) => {
  let c: LaporanCase;
  let plan: SheetPlan;
  beforeAll(() => {
    c = make();
    plan = laporanSheetPlan(c.doc);
  });

  test("a valid, protected A4 portrait sheet named as the SOP's paraf expects", () => {
    expect(plan.name).toBe(LAPORAN_SHEET_NAME);
    expect(plan.name).toBe(LAPORAN_SHEET);
    expect(planProblems(plan)).toEqual([]);
    expect(plan.protection).toEqual({});
    expect(plan.print).toMatchObject({ orientation: "portrait", paperSize: "A4", fitToWidth: true });
    expect(cellsOf(plan).some((x) => x.locked === false)).toBe(false);
    expect(plan.columns).toHaveLength(GRID);
  });

  test("every cell that names its source is that formula, and only those are formulas", () => {
    const refs = tablesOf(c.doc).flatMap((t) =>
      t.rows.flatMap((r) => r.cells.flatMap((x) => (x.ref ? [x.ref] : []))),
    );
    const formulas = cellsOf(plan).flatMap((x) => (x.formula === undefined ? [] : [x.formula]));
    expect(formulas.sort()).toEqual(refs.map(refFormula).sort());
    expect(formulas.length).toBeGreaterThan(60);
    expect(refFormula({ sheet: "Analisis", cell: "G45" })).toBe('IF(Analisis!G45="","",Analisis!G45)');
  });

  test("each chapter starts a page; no page holds more than a page; no row is taller than Excel allows", () => {
    for (const ch of c.doc.chapters) {
      const row = plan.rows.findIndex((r) => r[0]?.value === ch.title);
      expect([ch.title, plan.pageBreaks]).toEqual([ch.title, expect.arrayContaining([row])]);
    }
    expect(pageHeights(plan).every((h) => h <= PAGE_HEIGHT)).toBe(true);
    expect(Object.values(plan.rowHeights ?? {}).every((h) => h > 0 && h <= 409)).toBe(true);
  });

  test("every caption, its table's header and its source line are on the sheet, headings bold", () => {
    for (const t of tablesOf(c.doc)) {
      const caption = plan.rows.findIndex((r) => r[0]?.value === t.title);
      expect([t.id, caption >= 0]).toEqual([t.id, true]);
      expect(
        plan.rows[caption + 1]
          ?.filter((x) => x?.style === "header")
          .map((x) => x?.value)
          .filter(Boolean),
      ).toEqual(t.columns.map((col) => col.header));
    }
    expect(plan.styles.h2?.bold && plan.styles.h3?.bold && plan.styles.chapter?.bold).toBe(true);
  });
});

describe("layout", () => {
  test("a table's columns spread over the grid in proportion", () => {
    expect(spans([1, 6, 2])).toEqual([2, 13, 5]);
    expect(spans([1, 1])).toEqual([10, 10]);
    expect(spans(Array.from({ length: GRID }, () => 1))).toEqual(Array.from({ length: GRID }, () => 1));
    for (const w of [[1], [3, 1, 1, 1, 1, 1, 1], [0.5, 9, 0.5]])
      expect(spans(w).reduce((a, b) => a + b, 0)).toBe(GRID);
  });

  test("a long table continues on the next page under its caption (lanjutan) and header", () => {
    const base = annualCase().doc;
    const long: ReportTable = {
      kind: "table",
      id: "panjang",
      title: "Tabel 9.9 Panjang",
      columns: [
        { header: "No", kind: "count", width: 1 },
        { header: "Uraian", kind: "text", width: 9 },
      ],
      rows: Array.from({ length: 120 }, (_, i) => ({
        cells: [{ value: i + 1 }, { value: `Baris ${i + 1}` }],
      })),
      source: { sheet: "Analisis", range: null, files: [] },
    };
    const doc: ReportDocument = { ...base, chapters: [{ title: "BAB IX", blocks: [long] }] };
    const plan = laporanSheetPlan(doc);
    const continued = plan.rows.flatMap((r, i) => (r[0]?.value === L.lanjutan(long.title) ? [i] : []));
    expect(continued.length).toBeGreaterThanOrEqual(2);
    for (const i of continued) {
      expect(plan.pageBreaks).toContain(i);
      expect(plan.rows[i + 1]?.[0]).toMatchObject({ value: "No", style: "header" });
    }
    const numbers = plan.rows.flatMap((r) => (typeof r[0]?.value === "number" ? [r[0].value] : []));
    expect(numbers).toEqual(long.rows.map((_, i) => i + 1));
  });

  test("texts are values, never formulas, whatever they start with", () => {
    const base = quarterlyCase().doc;
    const doc: ReportDocument = {
      ...base,
      chapters: [
        {
          title: "BAB I",
          blocks: [
            { kind: "paragraph", text: "=1+1" },
            { kind: "bullets", items: ["@SUM(A1)"] },
          ],
        },
      ],
    };
    const plan = laporanSheetPlan(doc);
    expect(cellsOf(plan).filter((x) => x.formula !== undefined)).toEqual([]);
    expect(cellsOf(plan).map((x) => x.value)).toEqual(expect.arrayContaining(["=1+1", "@SUM(A1)"]));
  });
});
