/** The pure parts of the Excel host: what goes into a cell, grouping, sizes, snapshots. */
import { groupSteps, rowBlocks, type Step } from "../../../src/hosts/excel/batches";
import {
  formulaInput,
  parseAreasAddress,
  referencesSheet,
  snapshotFromUsedRange,
} from "../../../src/hosts/excel/cell-content";
import {
  addressLists,
  attributeRects,
  columnWidthPoints,
  coverByKey,
  excelRule,
  spans,
  spansByValue,
} from "../../../src/hosts/excel/layout";
import { formatBlock } from "../../../src/hosts/excel/cell-content";
import type { SheetPlan } from "../../../src/sheet/plan";

describe("formulaInput", () => {
  it("quotes every text with an apostrophe so Excel keeps it as text", () => {
    for (const text of ["=SUM(A1)", "+62", "-x", "@a", "12", "TRUE", "15-Feb", "'a", "biasa"]) {
      expect(formulaInput({ value: text })).toBe(`'${text}`);
    }
  });
  it("writes formulas with one leading =, numbers and booleans as they are, empties as ''", () => {
    expect(formulaInput({ formula: "A1*2" })).toBe("=A1*2");
    expect(formulaInput({ formula: "=A1*2" })).toBe("=A1*2");
    expect(formulaInput({ value: 0 })).toBe(0);
    expect(formulaInput({ value: false })).toBe(false);
    expect(formulaInput({ value: null })).toBe("");
    expect(formulaInput({ value: "" })).toBe("");
    expect(formulaInput(null)).toBe("");
    expect(formulaInput({ value: Number.NaN })).toBeUndefined();
  });
});

describe("referencesSheet", () => {
  it("finds quoted and plain sheet references, case-insensitively", () => {
    expect(referencesSheet("='KK Umum'!B2", ["KK Umum"])).toBe(true);
    expect(referencesSheet("=rekap!B2+1", ["Rekap"])).toBe(true);
    expect(referencesSheet("='Rekap'!B2", ["Rekap"])).toBe(true);
    expect(referencesSheet("=SUM(B2:B9)", ["Rekap"])).toBe(false);
  });
});

describe("snapshotFromUsedRange", () => {
  it("re-indexes from A1, keeps text that looks like a formula as a constant, nulls empties", () => {
    const snap = snapshotFromUsedRange({
      name: "S",
      visibility: "visible",
      rowIndex: 1,
      columnIndex: 1,
      values: [
        ["=abc", "", 3],
        ["", 0.5, "ok"],
      ],
      formulas: [
        ["=abc", "", "=1+2"],
        ['=IF(A1,1,"")', 0.5, "ok"],
      ],
    });
    expect(snap.values).toEqual([[], [null, "=abc", null, 3], [null, "", 0.5, "ok"]]);
    expect(snap.formulas).toEqual([[], [null, null, null, "=1+2"], [null, '=IF(A1,1,"")', null, null]]);
  });
});

describe("parseAreasAddress", () => {
  it("splits areas, drops sheet names and $ signs, keeps commas inside quoted names", () => {
    expect(parseAreasAddress("Sheet1!$A$1:$B$2, Sheet1!D4")).toEqual(["A1:B2", "D4"]);
    expect(parseAreasAddress("'A, B''s'!$C$3:$D$4,'A, B''s'!E5:F6")).toEqual(["C3:D4", "E5:F6"]);
  });
});

describe("coverByKey", () => {
  const fromGrid = (grid: string[]) => (r: number, c: number) => {
    const ch = grid[r]?.[c];
    return ch === undefined || ch === " " ? undefined : ch;
  };

  it("takes the widest or the tallest rectangle, whichever covers more", () => {
    const out = coverByKey(4, 3, fromGrid(["aab", "aab", "abb", "   "]));
    // "a": the 2×2 block beats the 3×1 column; "b": the column, then a run through C3 again.
    expect(out.get("a")).toEqual([
      { row1: 0, col1: 0, row2: 1, col2: 1 },
      { row1: 2, col1: 0, row2: 2, col2: 0 },
    ]);
    expect(out.get("b")).toEqual([
      { row1: 0, col1: 2, row2: 2, col2: 2 },
      { row1: 2, col1: 1, row2: 2, col2: 2 },
    ]);
  });

  it("runs a rectangle through cells already covered: a cross is two rectangles, not three", () => {
    const out = coverByKey(3, 3, fromGrid([" x ", "xxx", " x "]));
    expect(out.get("x")).toEqual([
      { row1: 0, col1: 1, row2: 2, col2: 1 },
      { row1: 1, col1: 0, row2: 1, col2: 2 },
    ]);
  });

  it("covers every keyed cell, and only cells of that key", () => {
    const key = (r: number, c: number) => (((r * 7 + c * 3) % 5) % 3 === 0 ? undefined : String((r + c) % 3));
    const out = coverByKey(30, 9, key);
    const seen = new Map<string, string>();
    for (const [k, rects] of out) {
      for (const rect of rects) {
        for (let r = rect.row1; r <= rect.row2; r++) {
          for (let c = rect.col1; c <= rect.col2; c++) {
            expect(key(r, c)).toBe(k);
            seen.set(`${r}:${c}`, k);
          }
        }
      }
    }
    for (let r = 0; r < 30; r++) for (let c = 0; c < 9; c++) expect(seen.get(`${r}:${c}`)).toBe(key(r, c));
  });

  it("splits styles into attributes: a bordered table is one rectangle whatever its fills", () => {
    const plan: SheetPlan = {
      name: "T",
      visibility: "visible",
      rows: Array.from({ length: 6 }, (_, r) =>
        Array.from({ length: 4 }, (_, c) => ({ style: r % 2 === 0 ? "a" : c === 2 ? "b" : "c" })),
      ),
      styles: {
        a: { border: true, bold: true, fill: "#EEEEEE" },
        b: { border: true, fill: "#FFF2CC", numberFormat: "0.00" },
        c: { border: true },
      },
      columns: [],
      merges: [],
      validations: [],
    };
    const out = attributeRects(plan, 4);
    expect(out.find((x) => x.attribute === "border")?.rects).toEqual([
      { row1: 0, col1: 0, row2: 5, col2: 3 },
    ]);
    expect(out.find((x) => x.attribute === "bold")?.rects.length).toBe(3);
    expect(out.filter((x) => x.attribute === "fill").map((x) => [x.value, x.rects.length])).toEqual([
      ["#EEEEEE", 3],
      ["#FFF2CC", 3],
    ]);
    expect(out.some((x) => x.attribute === "wrap")).toBe(false);
  });
});

describe("address lists and blocks", () => {
  it("joins addresses with commas under a length limit", () => {
    expect(addressLists(["A1:B2", "C3", "D4:E5"], 9)).toEqual(["A1:B2,C3", "D4:E5"]);
    expect(addressLists(["A1", "B2"])).toEqual(["A1,B2"]);
    expect(addressLists([])).toEqual([]);
  });
  it("groups spans by value", () => {
    const grouped = spansByValue(
      spans([
        [0, 15],
        [1, 30],
        [2, 15],
        [3, 15],
      ]),
    );
    expect([...grouped]).toEqual([
      [
        15,
        [
          { first: 0, last: 0, value: 15 },
          { first: 2, last: 3, value: 15 },
        ],
      ],
      [30, [{ first: 1, last: 1, value: 30 }]],
    ]);
  });
  it("trims a number-format array to the block that has formats", () => {
    expect(
      formatBlock([
        [null, null, null],
        [null, "0", null],
        [null, null, "@"],
      ]),
    ).toEqual({
      row: 1,
      col: 1,
      grid: [
        ["0", null],
        [null, "@"],
      ],
    });
    expect(formatBlock([[null]])).toBeUndefined();
  });
});

describe("sizes and names", () => {
  it("converts character widths to points for Calibri 11", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
    expect(columnWidthPoints(0)).toBe(3.75);
  });
  it("writes a date rule's serial bounds as the ISO dates DateTimeDataValidation takes", () => {
    expect(excelRule({ type: "date", min: 45292, max: 46127.75 })).toEqual({
      date: { operator: "Between", formula1: "2024-01-01", formula2: "2026-04-15" },
    });
    expect(excelRule({ type: "date" })).toEqual({
      date: { operator: "GreaterThanOrEqualTo", formula1: "1900-01-01" },
    });
  });
  it("groups consecutive equal settings into spans", () => {
    expect(
      spans([
        [3, 10],
        [0, 10],
        [1, 10],
        [2, 12],
      ]),
    ).toEqual([
      { first: 0, last: 1, value: 10 },
      { first: 2, last: 2, value: 12 },
      { first: 3, last: 3, value: 10 },
    ]);
  });
  it("refuses a list it cannot write inline", () => {
    expect(excelRule({ type: "list", values: ["a,b"] })).toBeUndefined();
    expect(excelRule({ type: "list", values: ["x".repeat(300)] })).toBeUndefined();
    expect(excelRule({ type: "whole", min: 1, max: 4 })).toEqual({
      wholeNumber: { operator: "Between", formula1: 1, formula2: 4 },
    });
  });
});

describe("batching", () => {
  const s = (size: number): Step => ({ size, queue: () => undefined });
  it("packs steps into as few groups as fit the budget, in order", () => {
    expect(groupSteps([s(3), s(3), s(3), s(9), s(1)], 7).map((g) => g.map((x) => x.size))).toEqual([
      [3, 3],
      [3],
      [9],
      [1],
    ]);
    expect(groupSteps([s(1), s(2)]).length).toBe(1);
  });
  it("splits rows only when an array is larger than the target", () => {
    const rows = Array.from({ length: 10 }, () => ["abcdefgh"]);
    expect(rowBlocks(rows)).toEqual([{ start: 0, end: 10 }]);
    const blocks = rowBlocks(rows, 30);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks[0]?.start).toBe(0);
    expect(blocks[blocks.length - 1]?.end).toBe(10);
  });
});
