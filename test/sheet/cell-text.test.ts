import fc from "fast-check";
import { fitCellText, fitPlanTexts } from "../../src/sheet/cell-text";
import { EXCEL_LIMITS, planProblems } from "../../src/sheet/limits";
import type { SheetPlan } from "../../src/sheet/plan";

const plan = (rows: SheetPlan["rows"]): SheetPlan => ({
  name: "Data",
  visibility: "visible",
  rows,
  styles: { text: {} },
  columns: [],
  merges: [],
  validations: [],
});

describe("fitCellText", () => {
  it("leaves a text that fits as it is", () => {
    const fits = "a".repeat(EXCEL_LIMITS.cellText);
    expect(fitCellText(fits)).toEqual({ text: fits, cut: false, length: 32_767 });
  });

  it("cuts a longer one to the limit exactly, with a mark saying how long it was", () => {
    const fitted = fitCellText("b".repeat(40_000));
    expect(fitted.cut).toBe(true);
    expect(fitted.length).toBe(40_000);
    expect(fitted.text).toHaveLength(32_767);
    expect(fitted.text.endsWith("b … [teks dipotong: aslinya 40.000 karakter]")).toBe(true);
  });

  it("never leaves half a surrogate pair", () => {
    fc.assert(
      fc.property(fc.nat(40), (shift) => {
        const text = "x".repeat(shift) + "😀".repeat(20_000);
        const cut = fitCellText(text).text;
        expect(cut.length).toBeLessThanOrEqual(32_767);
        expect(cut).toBe(Buffer.from(cut, "utf8").toString("utf8"));
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});

describe("fitPlanTexts", () => {
  it("makes a plan with a too-long text writable, and leaves formulas and other cells alone", () => {
    const long = { value: "c".repeat(33_000), style: "text" };
    const p = plan([[{ value: "Judul" }], [long, { formula: "SUM(A1:A2)" }, null]]);
    expect(planProblems(p).map((x) => x.code)).toEqual(["cell-text"]);
    const fitted = fitPlanTexts(p);
    expect(planProblems(fitted)).toEqual([]);
    expect(fitted.rows[0]).toBe(p.rows[0]);
    expect(fitted.rows[1]?.[0]).toEqual({ value: fitCellText(long.value).text, style: "text" });
    expect(fitted.rows[1]?.slice(1)).toEqual([{ formula: "SUM(A1:A2)" }, null]);
  });

  it("returns the very same plan when nothing is too long", () => {
    const p = plan([[{ value: "a" }, { value: 1 }]]);
    expect(fitPlanTexts(p)).toBe(p);
  });
});
