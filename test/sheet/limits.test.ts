import {
  chartAndLinkProblems,
  columnRange,
  EXCEL_LIMITS,
  inlineListFits,
  isColor,
  isDefinedName,
  isWebLink,
  planProblems,
  planSetProblems,
  sheetNameProblems,
  type PlanProblemCode,
} from "../../src/sheet/limits";
import { a1, type DataValidation, type SheetPlan } from "../../src/sheet/plan";
import { S } from "../../src/strings";

// This validator replaced two: the Excel gateway's (sheet names, duplicate sheet and defined
// names, defined names and their ranges, inline lists, validation texts, non-finite numbers,
// links and charts) and the .xlsx host's (all of those but duplicate defined names, plus cell
// values and text length, styles, colours, sheet size, merges, validation ranges, print titles,
// panes, widths, heights, page breaks). Each case of both is below, with Excel's own behaviour
// where they disagreed ("history" is reserved in any case).

/** A plan both hosts write: every part a plan can have, each within Excel's limits. */
function plan(over: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: "KK Bagian Umum",
    visibility: "visible",
    rows: [
      [{ value: "Judul", style: "title" }, { value: 1 }, { value: true }, null, { value: null }],
      [
        { formula: "B1*2" },
        { value: "x".repeat(EXCEL_LIMITS.cellText) },
        { value: "tautan", hyperlink: "https://a.id" },
      ],
    ],
    styles: { title: { bold: true, fill: "#D9E2F3", fontColor: "#000000" } },
    columns: [{ width: 0 }, { width: 255, hidden: true }],
    rowHeights: { 0: 0, 1: 409 },
    merges: [a1("A5:B6"), a1("C5:D6")],
    validations: [
      validation({ rule: { type: "list", values: ["a".repeat(127), "b".repeat(127)] } }),
      validation({
        prompt: { title: "t".repeat(32), message: "m".repeat(255) },
        error: { title: "t".repeat(32), message: "m".repeat(255) },
      }),
    ],
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true, printTitleRows: "$6:$7" },
    freeze: { rows: 2, columns: 0 },
    names: [{ name: "RealisasiUmum", range: a1("B1:B2") }],
    tabColor: "#00B050",
    pageBreaks: [1, 40],
    charts: [
      {
        kind: "bar",
        title: "Capaian",
        anchor: { from: a1("H2"), to: a1("P20") },
        series: [{ name: "Capaian", categories: a1("A2:A4"), values: a1("B2:B4") }],
      },
    ],
    ...over,
  };
}

function validation(over: Partial<DataValidation> = {}): DataValidation {
  return {
    range: a1("B2"),
    rule: { type: "whole", min: 0, max: 10 },
    allowBlank: true,
    error: { title: "Salah", message: "Isi angka." },
    ...over,
  };
}

const codes = (p: SheetPlan) => planProblems(p).map((x) => x.code);

describe("one validator of Excel's limits for both hosts", () => {
  it("finds nothing wrong with a plan at the limits", () => {
    expect(planProblems(plan())).toEqual([]);
    expect(planSetProblems([plan(), plan({ name: "Rekap", names: [] })])).toEqual([[], []]);
  });

  it("sheet names: 1–31 characters, no : \\ / ? * [ ], no apostrophe at either end, not History", () => {
    for (const good of ["KK Bagian Umum", "x".repeat(31), "a'b", "Riwayat", "Histori", "History 2026"]) {
      expect(sheetNameProblems(good)).toEqual([]);
    }
    const T = S.sheetPlan;
    expect(sheetNameProblems("")).toEqual([T.sheetNameEmpty]);
    expect(sheetNameProblems("   ")).toEqual([T.sheetNameEmpty]);
    expect(sheetNameProblems("x".repeat(32))).toEqual([T.sheetNameTooLong(31)]);
    for (const bad of ["a:b", "a\\b", "a/b", "a?", "a*", "[a]", "a]", "'a", "a'"]) {
      expect(sheetNameProblems(bad)).toEqual([T.sheetNameChars]);
    }
    // Excel reserves the name in any case; the two old checks disagreed on "history".
    for (const reserved of ["History", "history", "HISTORY", "hIsToRy"]) {
      expect(sheetNameProblems(reserved)).toEqual([T.sheetNameReserved]);
    }
    expect(codes(plan({ name: "a/b" }))).toEqual(["sheet-name"]);
  });

  it("defined names: a letter, _ or \\ first, no spaces, ≤ 255 characters, nothing Excel reads as a reference", () => {
    for (const good of [
      "RealisasiUmum",
      "_x",
      "\\x",
      "a.b",
      "a_1",
      "Capaian_Ü",
      "ABCD1",
      "RC_1",
      "x".repeat(255),
    ]) {
      expect(isDefinedName(good)).toBe(true);
    }
    const bad = ["", "A1", "a1", "XFD1048576", "TAX2023", "R1C1", "RC", "R2C", "RC3", "r", "R", "c", "C"];
    for (const name of [...bad, "1abc", "a b", "a-b", "a:b", ".a", "x".repeat(256)]) {
      expect(isDefinedName(name)).toBe(false);
    }
    expect(codes(plan({ names: [{ name: "a b", range: a1("A1") }] }))).toEqual(["defined-name"]);
    expect(planProblems(plan({ names: [{ name: "Baik", range: a1("A0") }] }))).toEqual([
      { code: "defined-name", message: S.sheetPlan.address("A0"), at: "Baik" },
    ]);
  });

  it("within one write, a sheet name or a defined name used twice, compared without case", () => {
    const [first, second] = planSetProblems([plan(), plan({ name: "kk bagian umum", names: [] })]);
    expect(first).toEqual([]);
    expect(second).toEqual([{ code: "sheet-name-duplicate", message: S.sheetPlan.sheetNameDuplicate }]);
    const names = planSetProblems([
      plan(),
      plan({ name: "Lain", names: [{ name: "realisasiumum", range: a1("A1") }] }),
    ]);
    expect(names[1]).toEqual([
      {
        code: "defined-name",
        message: S.sheetPlan.definedNameDuplicate("realisasiumum"),
        at: "realisasiumum",
      },
    ]);
    const twiceInOne = plan({
      names: [
        { name: "Satu", range: a1("A1") },
        { name: "SATU", range: a1("A2") },
      ],
    });
    expect(planSetProblems([twiceInOne])[0]?.map((p) => p.code)).toEqual(["defined-name"]);
  });

  it("data validation: list choices without commas in ≤ 255 characters, titles ≤ 32, messages ≤ 255, a real range", () => {
    const list = (values: string[]) =>
      plan({ validations: [validation({ rule: { type: "list", values } })] });
    expect(codes(list(["a,b", "c"]))).toEqual(["validation-list"]);
    expect(codes(list(["a".repeat(128), "b".repeat(127)]))).toEqual(["validation-list"]);
    expect(planProblems(list(["a,b"]))[0]).toMatchObject({ at: "B2", message: S.sheetPlan.listValue("a,b") });
    expect(inlineListFits(["a".repeat(127), "b".repeat(127)])).toBe(true);
    expect(inlineListFits(["a".repeat(128), "b".repeat(127)])).toBe(false);
    expect(inlineListFits(["a,b"])).toBe(false);

    const box = (title: string, message: string) => ({ title, message });
    for (const v of [
      validation({ error: box("t".repeat(33), "m") }),
      validation({ error: box("t", "m".repeat(256)) }),
      validation({ prompt: box("t".repeat(33), "m") }),
      validation({ prompt: box("t", "m".repeat(256)) }),
    ]) {
      expect(planProblems(plan({ validations: [v] }))).toEqual([
        expect.objectContaining({ code: "validation-text", at: "B2" }),
      ]);
    }
    expect(codes(plan({ validations: [validation({ range: a1("B2:A1") })] }))).toEqual(["address"]);
  });

  it("cells: text, numbers and booleans only, finite numbers, text ≤ 32,767 characters, defined styles", () => {
    const cells = (value: unknown, style?: string) =>
      planProblems(plan({ rows: [[null, { value: value as never, ...(style ? { style } : {}) }]] }));
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(cells(n)).toEqual([{ code: "number", message: S.sheetPlan.number("B1"), at: "B1" }]);
    }
    expect(cells({ weird: true })).toEqual([
      { code: "value-type", message: S.sheetPlan.valueType("B1"), at: "B1" },
    ]);
    expect(cells("x".repeat(EXCEL_LIMITS.cellText + 1))).toEqual([
      { code: "cell-text", message: S.sheetPlan.textTooLong("B1", 32_767), at: "B1" },
    ]);
    expect(cells("ok", "hilang")).toEqual([
      { code: "style", message: S.sheetPlan.style("B1", "hilang"), at: "B1" },
    ]);
  });

  it("sheet size: at most 1,048,576 rows and 16,384 columns", () => {
    const tall: SheetPlan["rows"] = [];
    tall.length = EXCEL_LIMITS.rows + 1;
    expect(codes(plan({ rows: tall }))).toEqual(["size"]);
    const wide: SheetPlan["rows"][number] = [];
    wide.length = EXCEL_LIMITS.columns + 1;
    expect(codes(plan({ rows: [wide] }))).toEqual(["size"]);
  });

  it("colours, merges, print titles, panes, widths, heights and page breaks", () => {
    expect(codes(plan({ styles: { title: { fill: "green" } } }))).toEqual(["color"]);
    expect(codes(plan({ styles: { title: { fontColor: "#12345" } } }))).toEqual(["color"]);
    expect(codes(plan({ tabColor: "red" }))).toEqual(["color"]);
    expect(isColor("#a1B2c3")).toBe(true);
    expect(codes(plan({ merges: [a1("A1:B2"), a1("B2:C3")] }))).toEqual(["merge-overlap"]);
    expect(codes(plan({ merges: [a1("ZZZZ1")] }))).toEqual(["address"]);
    expect(codes(plan({ merges: [a1("A1:XFE1")] }))).toEqual(["address"]);
    for (const printTitleRows of ["6", "0:1", "7:6", "1:1048577"]) {
      expect(
        codes(
          plan({ print: { orientation: "portrait", paperSize: "A4", fitToWidth: true, printTitleRows } }),
        ),
      ).toEqual(["print-titles"]);
    }
    expect(codes(plan({ freeze: { rows: -1, columns: 0 } }))).toEqual(["freeze"]);
    expect(codes(plan({ freeze: { rows: 1, columns: 0.5 } }))).toEqual(["freeze"]);
    expect(codes(plan({ columns: [{ width: 256 }, { width: -1 }] }))).toEqual([
      "column-width",
      "column-width",
    ]);
    expect(codes(plan({ rowHeights: { 0: 410, 1: -1 } }))).toEqual(["row-height", "row-height"]);
    expect(codes(plan({ pageBreaks: [0, 2.5, EXCEL_LIMITS.rows] }))).toEqual([
      "page-break",
      "page-break",
      "page-break",
    ]);
    const breaks = Array.from({ length: EXCEL_LIMITS.pageBreaks + 1 }, (_, i) => i + 1);
    expect(codes(plan({ pageBreaks: breaks }))).toEqual(["page-break"]);
  });

  it("hyperlinks: http(s) only, ≤ 2,000 characters, not on a formula; charts over one column of the sheet", () => {
    expect(isWebLink("https://a.id/x?y=1")).toBe(true);
    for (const bad of [
      "file:///c:/a.pdf",
      "javascript:alert(1)",
      "mailto:a@b.id",
      "\\\\server\\share",
      "http://",
      "http:\\\\a",
    ]) {
      expect(isWebLink(bad)).toBe(false);
    }
    const linked = (hyperlink: string, formula?: string) =>
      chartAndLinkProblems(
        plan({ rows: [[{ value: "x", hyperlink, ...(formula ? { formula } : {}) }]], charts: [] }),
      );
    expect(linked("file:///c:/a.pdf").map((p) => p.code)).toEqual(["hyperlink"]);
    expect(linked(`https://a.id/${"x".repeat(2_000)}`).map((p) => p.message)).toEqual([
      S.charts.plan.hyperlinkTooLong("A1", 2_000),
    ]);
    expect(linked("https://a.id", "B1").map((p) => p.message)).toEqual([
      S.charts.plan.hyperlinkOnFormula("A1"),
    ]);
    expect(columnRange("B5:B13")).toEqual({ row1: 4, row2: 12, col: 1 });
    expect(columnRange("B5:C13")).toBeUndefined();
    expect(columnRange("Data!B5:B13")).toBeUndefined();
    const chart = plan().charts![0]!;
    const charted = (c: Partial<typeof chart>) => codes(plan({ charts: [{ ...chart, ...c }] }));
    expect(charted({ series: [{ name: "x", categories: a1("A2:A4"), values: a1("B2:C4") }] })).toEqual([
      "chart",
    ]);
    expect(charted({ series: [{ name: "x", categories: a1("A2:A5"), values: a1("B2:B4") }] })).toEqual([
      "chart",
    ]);
    expect(charted({ anchor: { from: a1("P20"), to: a1("H2") } })).toEqual(["chart"]);
    expect(charted({ series: [] })).toEqual(["chart"]);
    expect(charted({ title: " " })).toEqual(["chart"]);
  });

  it("gives each code the Excel gateway has a sentence of its own for", () => {
    const all: PlanProblemCode[] = [
      ...codes(plan({ name: "History" })),
      ...codes(plan({ names: [{ name: "A1", range: a1("A1") }] })),
      ...codes(plan({ validations: [validation({ rule: { type: "list", values: ["a,b"] } })] })),
      ...codes(plan({ validations: [validation({ error: { title: "t".repeat(33), message: "" } })] })),
      ...codes(plan({ rows: [[{ value: Number.NaN }]] })),
      ...(planSetProblems([plan(), plan()])[1] ?? []).map((p) => p.code),
    ];
    expect(new Set(all)).toEqual(
      new Set([
        "sheet-name",
        "defined-name",
        "validation-list",
        "validation-text",
        "number",
        "sheet-name-duplicate",
      ]),
    );
  });
});
