import { EFFICIENCY_MARGIN } from "../../../src/domain/analysis/analysis";
import { ANALYSIS_SHEET, analysisSheetPlan } from "../../../src/domain/analysis/analysis-sheet";
import { dataCell } from "../../../src/domain/ledger/data-layout";
import { DEFAULT_RULES } from "../../../src/domain/setup/setup-types";
import type { Kode } from "../../../src/domain/shared/types";
import { planProblems } from "../../../src/sheet/limits";
import type { SheetPlan } from "../../../src/sheet/plan";
import { S } from "../../../src/strings";
import {
  anggaranRow,
  indicatorRow,
  NASTY_TEXTS,
  setupWith,
  submission,
} from "../../support/submission-fixture";

const T = S.analysis.sheet;
/** Functions Excel 2016 and LibreOffice both have, and that the brief allows (COUNT: the kertas kerja's). */
const ALLOWED = new Set([
  "IF",
  "AND",
  "OR",
  "ROUND",
  "MIN",
  "MAX",
  "SUM",
  "COUNT",
  "SUMIFS",
  "COUNTIFS",
  "AVERAGEIFS",
  "INDEX",
  "MATCH",
  "ISNUMBER",
  "SUMPRODUCT",
]);

const setup = setupWith(["PEM", "ORG", "HUK"], "TW2");
const subs = [
  submission("PEM", [
    indicatorRow({
      key: "a",
      indikator: NASTY_TEXTS[0]!,
      targetTw: [5, 5, 5, 5],
      realisasiTw: [5, 1, null, null],
    }),
    anggaranRow({ subKegiatanKode: "4.01.01.2.01.0001" as Kode, pagu: 100, realisasiAnggaran: 40 }),
  ]),
  submission("ORG", [indicatorRow({ key: "b", satuan: "=1+1" })]),
];

const formulas = (plan: SheetPlan): string[] =>
  plan.rows.flatMap((r) => r.flatMap((c) => (c?.formula === undefined ? [] : [c.formula])));
const rowOf = (plan: SheetPlan, title: string): number => plan.rows.findIndex((r) => r[0]?.value === title);

describe("Analisis sheet plan", () => {
  const plan = analysisSheetPlan(setup, subs);

  test("a valid, protected, printable sheet", () => {
    expect(plan.name).toBe(ANALYSIS_SHEET);
    expect(planProblems(plan)).toEqual([]);
    expect(plan.protection).toEqual({});
    expect(plan.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true });
    expect(plan.rows.some((r) => r.some((c) => c?.locked === false))).toBe(false);
  });

  test("only functions both engines have, and no other sheet than Data", () => {
    const all = formulas(plan);
    expect(all.length).toBeGreaterThan(50);
    const used = new Set(
      all.flatMap((f) => [...f.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!)),
    );
    expect([...used].filter((f) => !ALLOWED.has(f))).toEqual([]);
    const sheets = new Set(
      all.flatMap((f) =>
        [...f.replace(/"[^"]*"/g, "").matchAll(/([A-Za-z_']+[A-Za-z0-9_ ']*)!/g)].map((m) => m[1]),
      ),
    );
    expect([...sheets]).toEqual(["Data"]);
  });

  test("texts from a Bagian are values, never formulas", () => {
    const cells = plan.rows.flat();
    expect(cells.find((c) => c?.value === NASTY_TEXTS[0])?.formula).toBeUndefined();
    expect(cells.find((c) => c?.value === "=1+1")?.formula).toBeUndefined();
  });

  test("sections in order, each on its rows", () => {
    const order = [
      T.sections.status,
      T.sections.perBagian,
      T.sections.charts,
      T.sections.perProgram,
      T.sections.perSubKegiatan,
      T.sections.perIndikator,
      T.sections.metode,
    ].map((t) => rowOf(plan, t));
    expect(order.every((r) => r >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(plan.pageBreaks).toEqual([order[3], order[5]]);
  });

  test("a bar chart over the per-Bagian summary and a scatter per sub kegiatan", () => {
    const bagianFirst = rowOf(plan, T.sections.perBagian) + 3; // 1-based: title, header, then rows
    const subFirst = rowOf(plan, T.sections.perSubKegiatan) + 3;
    expect(plan.charts).toEqual([
      expect.objectContaining({
        kind: "bar",
        title: T.charts.capaian,
        series: [
          {
            name: T.charts.capaianSeries,
            categories: `C${bagianFirst}:C${bagianFirst + 2}`,
            values: `G${bagianFirst}:G${bagianFirst + 2}`,
          },
        ],
      }),
      expect.objectContaining({
        kind: "scatter",
        title: T.charts.scatter,
        series: [
          {
            name: T.charts.scatterSeries,
            categories: `K${subFirst}:K${subFirst}`,
            values: `G${subFirst}:G${subFirst}`,
          },
        ],
      }),
    ]);
    expect(plan.rows[bagianFirst - 1]?.[2]?.value).toBe("Bagian PEM");
    expect(plan.rows[subFirst - 1]?.[1]?.value).toBe("4.01.01.2.01.0001");
  });

  test("the method states the formula used, the cap and the margin", () => {
    const rasio = analysisSheetPlan(
      { ...setup, rules: { ...DEFAULT_RULES, negativeFormula: "rasio", capaianCap: 110 } },
      subs,
    );
    const text = rasio.rows
      .slice(rowOf(rasio, T.sections.metode))
      .flatMap((r) => r.map((c) => c?.value))
      .join("\n");
    expect(text).toContain(T.metode.capaianNegatif.rasio);
    expect(text).not.toContain(T.metode.capaianNegatif.selisih);
    expect(text).toContain("110%");
    expect(text).toContain(`+${EFFICIENCY_MARGIN}`);
    expect(text).toContain("≥ 91 Sangat Tinggi");
  });

  test("the serapan column: realisasi against pagu × the share planned s.d. periode, said in the header", () => {
    const first = rowOf(plan, T.sections.perBagian) + 2; // 0-based row of PEM
    expect(plan.rows[first - 1]?.[10]?.value).toBe("Serapan thd Rencana s.d. Periode (%)");
    const r = first + 1; // 1-based
    // TW II: pagu × 0,5.
    expect(plan.rows[first]?.[10]?.formula).toBe(
      `IF(OR($I${r}="",$I${r}=0,$J${r}=""),"",ROUND($J${r}/($I${r}*0.5)*100,2))`,
    );
    const ind = rowOf(plan, T.sections.perIndikator) + 2;
    expect(plan.rows[ind - 1]?.[9]?.value).toBe("Serapan thd Rencana s.d. Periode (%)");
    // PEM's indicator (Data row 6) over its budget row (Data row 7).
    const [P, RA] = [dataCell("pagu", 7), dataCell("realisasiAnggaran", 7)];
    expect(plan.rows[ind]?.[9]?.formula).toContain(`ROUND(SUM(${RA})/(SUM(${P})*0.5)*100,2)`);
    // TW IV: the whole pagu.
    const tw4 = analysisSheetPlan(setupWith(["PEM", "ORG", "HUK"], "TW4"), subs);
    const f4 = tw4.rows[first]?.[10]?.formula;
    expect(f4).toBe(`IF(OR($I${r}="",$I${r}=0,$J${r}=""),"",ROUND($J${r}/$I${r}*100,2))`);
  });

  test("the method states the rule and the share of this round", () => {
    const text = (p: SheetPlan) =>
      p.rows
        .slice(rowOf(p, T.sections.metode))
        .flatMap((row) => row.map((c) => c?.value))
        .join("\n");
    expect(text(plan)).toContain("bukan pagu setahun");
    expect(text(plan)).toContain(
      "Triwulan I 0,25; Triwulan II 0,5; Triwulan III 0,75; Triwulan IV 1; Tahunan 1",
    );
    expect(text(plan)).toContain("periode ini (Triwulan II): pagu × 0,5");
    const tw3 = analysisSheetPlan(setupWith(["PEM"], "TW3"), subs);
    expect(text(tw3)).toContain("periode ini (Triwulan III): pagu × 0,75");
  });

  test("zero submissions: a valid sheet, everyone listed as not submitted, no scatter", () => {
    const empty = analysisSheetPlan(setup, []);
    expect(planProblems(empty)).toEqual([]);
    const first = rowOf(empty, T.sections.status) + 2;
    expect(empty.rows.slice(first, first + 3).map((r) => [r[1]?.value, r[3]?.formula !== undefined])).toEqual(
      [
        ["PEM", true],
        ["ORG", true],
        ["HUK", true],
      ],
    );
    expect(empty.charts?.map((c) => c.kind)).toEqual(["bar"]);
    expect(formulas(empty).every((f) => f.includes("Data!$A$6:$A$6") || !f.includes("Data!$A$"))).toBe(true);
  });

  test("no Bagian at all still gives a valid sheet", () => {
    const none = analysisSheetPlan(setupWith([], "TW1"), []);
    expect(planProblems(none)).toEqual([]);
    expect(none.charts).toEqual([]);
  });
});
