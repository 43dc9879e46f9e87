import fc from "fast-check";
import { JSON_CHUNK, jsonSheetPlan, readJsonSheet } from "../../../src/domain/shared/json-sheet";
import { snapshotOfPlan } from "../../support/plan-snapshot";

const spec = { name: "_x", marker: "kertas-kerja-sakip/x", version: 1, note: "Jangan diubah." };

describe("a very hidden JSON sheet", () => {
  it("cuts long JSON into cells below Excel's limit and joins it back", () => {
    const value = { text: "é".repeat(JSON_CHUNK * 2 + 17), n: 1 };
    const plan = jsonSheetPlan({ ...spec, json: JSON.stringify(value) });
    expect(plan.visibility).toBe("veryHidden");
    expect(plan.rows).toHaveLength(2 + 3);
    for (const row of plan.rows) expect(String(row[0]?.value ?? "").length).toBeLessThanOrEqual(JSON_CHUNK);
    expect(readJsonSheet(snapshotOfPlan(plan), spec.marker)).toEqual({ ok: true, value });
  });
  it("round-trips any JSON value (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const plan = jsonSheetPlan({ ...spec, json: JSON.stringify(value) });
        const read = readJsonSheet(snapshotOfPlan(plan), spec.marker);
        expect(read).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
      }),
    );
  });
  it("says whether the marker or the JSON is wrong", () => {
    const plan = jsonSheetPlan({ ...spec, json: "{}" });
    expect(readJsonSheet(snapshotOfPlan(plan), "lain")).toEqual({
      ok: false,
      problem: "marker",
      found: spec.marker,
    });
    expect(readJsonSheet({ name: "_x", visibility: "veryHidden", values: [] }, spec.marker)).toEqual({
      ok: false,
      problem: "marker",
      found: undefined,
    });
    const broken = { ...snapshotOfPlan(plan), values: [[spec.marker], [], ["{"]] };
    expect(readJsonSheet(broken, spec.marker)).toEqual({ ok: false, problem: "json" });
  });
});
