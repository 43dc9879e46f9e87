/**
 * The index of the Analisis sheet, checked against the plan another way than it is built: from a
 * cell it names, walk up to the header of its table and read the label above it; read the kode in
 * its row; read the Data row its formula reads. Then every figure of the report names a cell of
 * the index, and carries the value the domain's analysis gives for it.
 */
import { analyse } from "../../../src/domain/analysis/analysis";
import { analysisSheetPlan } from "../../../src/domain/analysis/analysis-sheet";
import {
  analysisIndex,
  indexCovers,
  INDICATOR_FIELDS,
  SUMMARY_FIELDS,
  type AnalysisIndex,
} from "../../../src/domain/report/analysis-index";
import { dataCol } from "../../../src/domain/ledger/data-layout";
import { parseCell } from "../../../src/sheet/address";
import type { CellPlan, SheetPlan } from "../../../src/sheet/plan";
import { S } from "../../../src/strings";
import { annualCase, quarterlyCase, tablesOf, type LaporanCase } from "../../support/laporan-fixture";

const T = S.analysis.sheet;

const at = (plan: SheetPlan, a1: string): { cell: CellPlan | null; row: number; col: number } => {
  const p = parseCell(a1)!;
  return { cell: plan.rows[p.row]?.[p.col] ?? null, row: p.row, col: p.col };
};

/** The label above a cell: the first header-styled cell going up its column. */
function labelAbove(plan: SheetPlan, a1: string): unknown {
  const { row, col } = at(plan, a1);
  for (let r = row - 1; r >= 0; r--) {
    const c = plan.rows[r]?.[col];
    if (c?.style === "header" && c.value !== null) return c.value;
  }
  return undefined;
}

/** The 1-based Data rows a formula reads. */
const dataRowsRead = (plan: SheetPlan, a1: string): number[] =>
  [...(at(plan, a1).cell?.formula ?? "").matchAll(/Data!\$[A-Z]+\$(\d+)/g)].map((m) => Number(m[1]));

describe.each([
  ["tahunan", annualCase],
  ["triwulan", quarterlyCase],
])("the Analisis index of the %s case", (_, make) => {
  let c: LaporanCase;
  let index: AnalysisIndex;
  let plan: SheetPlan;
  beforeAll(() => {
    c = make();
    index = c.input.index;
    plan = analysisSheetPlan(c.setup, c.subs, c.pk);
  });

  test("covers every figure of the analysis", () => {
    expect(indexCovers(index, c.input.analysis)).toBe(true);
    expect(analysisIndex(c.setup, c.subs, c.pk)).toEqual(index);
  });

  test("summary cells stand in their group's row, under their column's label", () => {
    const { analysis } = c.input;
    const groups = [
      [analysis.perBagian, index.perBagian, T.what.bagian],
      [analysis.perProgram, index.perProgram, T.what.program],
      [analysis.perSubKegiatan, index.perSubKegiatan, T.what.subKegiatan],
    ] as const;
    let checked = 0;
    for (const [list, cells, what] of groups)
      for (const g of list) {
        const found = cells.get(g.kode)!;
        SUMMARY_FIELDS.forEach((f, i) => {
          const a1 = found[f]!;
          expect([g.kode, f, labelAbove(plan, a1)]).toEqual([g.kode, f, T.summaryHeader(what)[3 + i]]);
          expect(plan.rows[at(plan, a1).row]?.[1]?.value).toBe(g.kode);
          expect(at(plan, a1).cell?.formula).toBeDefined();
          checked++;
        });
      }
    expect(checked).toBeGreaterThan(30);
  });

  test("indicator cells read their own Data row, each its own column", () => {
    const want: Partial<Record<(typeof INDICATOR_FIELDS)[number], string>> = {
      capaian: dataCol.capaian,
      predikat: dataCol.predikat,
      realisasiSd: dataCol.realisasiSd,
      targetSd: dataCol.targetSd,
      realisasiLalu: dataCol.realisasiLalu,
    };
    for (const ind of c.input.analysis.indicators) {
      const cells = index.perIndicator.get(ind.dataRow)!;
      for (const [f, col] of Object.entries(want)) {
        const formula = at(plan, cells[f as keyof typeof want]!).cell?.formula ?? "";
        expect([ind.key, f, formula.includes(`Data!$${col}$${ind.dataRow}`)]).toEqual([ind.key, f, true]);
      }
      INDICATOR_FIELDS.forEach((f, i) => expect(labelAbove(plan, cells[f]!)).toBe(T.indicatorHeader[5 + i]));
    }
  });

  test("sasaran lines and IKU rows: the sasaran's number and text, the IKU's own Data row", () => {
    c.input.analysis.perSasaran.forEach((s, i) => {
      const entry = index.perSasaran[i]!;
      const row = at(plan, entry.line.capaian!).row;
      expect([plan.rows[row]?.[0]?.value, plan.rows[row]?.[1]?.value]).toEqual([s.no, s.text]);
      s.iku.forEach((iku, j) => {
        const cells = entry.iku[j]!;
        expect(plan.rows[at(plan, cells.capaian!).row]?.[1]?.value).toBe(iku.indikator);
        if (iku.dataRow === null) expect(at(plan, cells.capaian!).cell?.formula).toBeUndefined();
        else expect(dataRowsRead(plan, cells.capaian!)).toEqual([iku.dataRow, iku.dataRow]);
      });
    });
  });

  test("status cells stand in their Bagian's row", () => {
    for (const s of c.input.analysis.status) {
      const cells = index.status.get(s.kode)!;
      expect(plan.rows[at(plan, cells.status!).row]?.[1]?.value).toBe(s.kode);
      expect(labelAbove(plan, cells.ketepatan!)).toBe("Ketepatan Waktu");
    }
    expect(Object.keys(index.counts).sort()).toEqual(["bagian", "belum", "sudah", "terlambat"]);
  });

  test("every figure of the report names a cell of the index, with the analysis's value", () => {
    const indexed = new Set<string>();
    const add = (cells: Record<string, string | undefined>) =>
      Object.values(cells).forEach((a) => a && indexed.add(a));
    for (const m of [
      index.perBagian,
      index.perProgram,
      index.perSubKegiatan,
      index.perIndicator,
      index.status,
    ])
      for (const cells of m.values()) add(cells);
    for (const s of index.perSasaran) [s.line, ...s.iku].forEach(add);
    const refs = tablesOf(c.doc).flatMap((t) =>
      t.rows.flatMap((r) => r.cells.flatMap((x) => (x.ref ? [x] : []))),
    );
    const onAnalisis = refs.filter((x) => x.ref!.sheet === "Analisis");
    expect(onAnalisis.length).toBeGreaterThan(60);
    expect(onAnalisis.filter((x) => !indexed.has(x.ref!.cell))).toEqual([]);
    expect(refs.every((x) => ["Analisis", "Data"].includes(x.ref!.sheet))).toBe(true);
    // The same cell always carries the same value, wherever the report shows it.
    const seen = new Map<string, unknown>();
    for (const x of refs) {
      const key = `${x.ref!.sheet}!${x.ref!.cell}`;
      if (seen.has(key)) expect([key, x.value]).toEqual([key, seen.get(key)]);
      seen.set(key, x.value);
    }
    // Spot checks against the analysis: each Bagian's mean capaian, each sasaran's capaian.
    const analysis = analyse(c.setup, c.subs, c.pk);
    for (const g of analysis.perBagian)
      expect(seen.get(`Analisis!${index.perBagian.get(g.kode)!.rataCapaian}`)).toBe(g.rataCapaian);
    analysis.perSasaran.forEach((s, i) =>
      expect(seen.get(`Analisis!${index.perSasaran[i]!.line.capaian}`)).toBe(s.capaian),
    );
  });
});
