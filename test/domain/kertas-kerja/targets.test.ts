import fc from "fast-check";
import { spreadTargets } from "../../../src/domain/kertas-kerja/targets";

describe("spreadTargets", () => {
  it("equal parts add up exactly to the annual target", () => {
    expect(spreadTargets("equal", 10, null)).toEqual([2.5, 2.5, 2.5, 2.5]);
    expect(spreadTargets("equal", 1, null)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(spreadTargets("equal", 7, null)).toEqual([1.75, 1.75, 1.75, 1.75]);
    expect(spreadTargets("equal", 10.01, null)).toEqual([2.5, 2.5, 2.5, 2.51]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        const annual = cents / 100;
        const parts = spreadTargets("equal", annual, null) as number[];
        expect(Math.abs(parts.reduce((a, b) => a + b, 0) - annual)).toBeLessThan(1e-6);
      }),
    );
  });
  it("annual-each, year-end and as-given", () => {
    expect(spreadTargets("annual-each", 100, null)).toEqual([100, 100, 100, 100]);
    expect(spreadTargets("year-end", 12, null)).toEqual([null, null, null, 12]);
    expect(spreadTargets("as-given", 12, [1, 2, 3, 6])).toEqual([1, 2, 3, 6]);
    expect(spreadTargets("as-given", 12, null)).toEqual([null, null, null, null]);
  });
  it("no annual target, no quarterly targets", () => {
    expect(spreadTargets("equal", null, null)).toEqual([null, null, null, null]);
  });
});
