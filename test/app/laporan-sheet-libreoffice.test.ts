/**
 * The Laporan sheet through a real spreadsheet engine: for an annual (TW IV) and a quarterly
 * (TW III) master, Data, Analisis and Laporan written, recalculated by LibreOffice and read back.
 * Every Laporan cell that shows a figure equals the report's value of that figure and the Analisis
 * or Data cell it names; no cell holds an error value. Printed to PDF (Data and Analisis hidden),
 * the Laporan is A4 portrait, its pages where the plan breaks them; PNGs of its pages are kept in
 * test-results/ for a human look.
 */
import { execFileSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { dataSheetPlan } from "../../src/domain/ledger/data-sheet";
import { laporanSheetPlan } from "../../src/domain/report/laporan-sheet";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import type { SheetPlan, SheetSnapshot } from "../../src/sheet/plan";
import { annualCase, quarterlyCase, type LaporanCase } from "../support/laporan-fixture";
import { compareLaporan, errorCells, formulaCells } from "../support/laporan-refs";
import {
  describeWithLibreOffice,
  pdfToPng,
  recalcAllWithLibreOffice,
  renderPdfWithLibreOffice,
} from "../support/libreoffice";

const OUT = "test-results";

interface Master {
  c: LaporanCase;
  laporan: SheetPlan;
  sheets: Record<string, SheetSnapshot | undefined>;
  pdf: string;
  pngs: string[];
}

const plansOf = (c: LaporanCase, laporan: SheetPlan): SheetPlan[] => [
  dataSheetPlan(c.setup, c.subs),
  c.analysisPlan,
  laporan,
];

/** Width and height in points of every page of a PDF. */
function pageSizes(pdf: string): [number, number][] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "1000", pdf], { encoding: "utf8" });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
}

describeWithLibreOffice("the Laporan sheet recalculated by LibreOffice", () => {
  const masters: Master[] = [];

  beforeAll(async () => {
    const cases = [annualCase(), quarterlyCase()];
    const laporan = cases.map((c) => laporanSheetPlan(c.doc));
    const books = await Promise.all(cases.map((c, i) => plansToXlsx(plansOf(c, laporan[i]!))));
    const recalculated = await recalcAllWithLibreOffice(books, { timeoutMs: 180_000 });
    await mkdir(OUT, { recursive: true });
    for (const [i, bytes] of recalculated.entries()) {
      const wb = await readXlsx(bytes);
      const c = cases[i]!;
      const sheets = Object.fromEntries(
        ["Data", "Analisis", "Laporan"].map((n) => [n, wb.sheets.find((s) => s.name === n)]),
      );
      // Printed as a reader gets it: Data and Analisis hidden, so only the Laporan is printed.
      const hidden = plansOf(c, laporan[i]!).map((p) =>
        p.name === "Laporan" ? p : { ...p, visibility: "hidden" as const },
      );
      const pdf = join(OUT, `laporan-${c.name}.pdf`);
      await renderPdfWithLibreOffice(await plansToXlsx(hidden), pdf, { timeoutMs: 120_000 });
      const pngs = await pdfToPng(pdf, join(OUT, `laporan-${c.name}`), { dpi: 60 });
      masters.push({ c, laporan: laporan[i]!, sheets, pdf, pngs });
    }
  }, 400_000);

  test("no cell of Data, Analisis or Laporan holds an error value", () => {
    for (const m of masters) {
      expect(m.sheets.Laporan).toBeDefined();
      expect(Object.values(m.sheets).flatMap((s) => (s ? errorCells(s) : []))).toEqual([]);
    }
  });

  test("every Laporan cell with a source equals the report's figure and the cell it names", () => {
    for (const m of masters) {
      const { problems, checked } = compareLaporan(m.c.doc, m.laporan, m.sheets);
      expect([m.c.name, problems]).toEqual([m.c.name, []]);
      expect(checked).toBe(formulaCells(m.laporan).length);
      expect(checked).toBeGreaterThan(60);
    }
  });

  test("a figure the report states wrongly is caught, on the Laporan and at its source", () => {
    const m = masters[0]!;
    const [first] = formulaCells(m.laporan);
    const key = `${first!.ref.sheet}!${first!.ref.cell}`;
    const doc = structuredClone(m.c.doc);
    for (const ch of doc.chapters)
      for (const b of ch.blocks)
        if (b.kind === "table")
          for (const r of b.rows)
            for (const x of r.cells)
              if (x.ref && `${x.ref.sheet}!${x.ref.cell}` === key)
                x.value = typeof x.value === "number" ? x.value + 1 : "salah";
    const { problems } = compareLaporan(doc, m.laporan, m.sheets);
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.every((p) => p.includes(key))).toBe(true);
  });

  test("the figures checked are not vacuous: numbers, words and blanks among them", () => {
    const values = masters.flatMap((m) =>
      formulaCells(m.laporan).map(({ row, col }) => m.sheets.Laporan?.values[row]?.[col] ?? null),
    );
    expect(values.filter((v) => typeof v === "number").length).toBeGreaterThan(50);
    expect(values).toEqual(
      expect.arrayContaining(["Sangat Tinggi", "WTP", "Efisien", "Belum menyerahkan", "Terlambat"]),
    );
    expect(values.some((v) => v === null || v === "")).toBe(true);
  });

  test("printed, every page is A4 portrait and the pages break where the plan breaks them", () => {
    for (const m of masters) {
      const sizes = pageSizes(m.pdf);
      expect(sizes.length).toBe((m.laporan.pageBreaks?.length ?? 0) + 1);
      expect(sizes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
      expect(m.pngs.length).toBe(sizes.length);
    }
  });
});
