import { readSetupSheet, setupSheetPlan, validateSetup } from "../../../src/domain/setup/setup";
import { scalesOfStored } from "../../../src/domain/setup/scales";
import { DEFAULT_RULES, DEFAULT_SCALES, type QualitativeScale } from "../../../src/domain/setup/setup-types";
import type { CellValue } from "../../../src/sheet/plan";
import { qualitative as Q } from "../../../src/strings/qualitative";
import { snapshotOfPlan } from "../../support/plan-snapshot";
import { makeSetup } from "../../support/round-fixture";

const withScales = (scales: QualitativeScale[]) => makeSetup({ rules: { ...DEFAULT_RULES, scales } });
const fields = (scales: QualitativeScale[]) =>
  validateSetup(withScales(scales)).map((i) => [i.field, i.code]);

describe("qualitative scales in Pengaturan", () => {
  it("defaults: opini BPK, predikat SAKIP, Baik/Cukup/Kurang, best first", () => {
    expect(DEFAULT_SCALES.map((s) => s.levels.map((l) => `${l.label}=${l.score}`).join(" "))).toEqual([
      "WTP=4 WDP=3 TW=2 TMP=1",
      "AA=7 A=6 BB=5 B=4 CC=3 C=2 D=1",
      "Baik=3 Cukup=2 Kurang=1",
    ]);
    expect(validateSetup(makeSetup())).toEqual([]);
  });

  it("round trip with edited scores, a new scale and a word removed", () => {
    const scales: QualitativeScale[] = [
      {
        name: "Opini BPK",
        levels: [
          { label: "WTP", score: 100 },
          { label: "WDP", score: 62.5 },
        ],
      },
      DEFAULT_SCALES[1]!,
      {
        name: "Indeks Kepuasan",
        levels: [
          { label: "Sangat Puas", score: 4 },
          { label: "Puas", score: 3 },
        ],
      },
    ];
    const setup = withScales(scales);
    const read = readSetupSheet(snapshotOfPlan(setupSheetPlan(setup)));
    expect(read.issues).toEqual([]);
    expect(read.setup?.rules.scales).toEqual(scales);
  });

  it("a score typed as text in Indonesian form reads as a number", () => {
    const snapshot = snapshotOfPlan(setupSheetPlan(makeSetup()));
    const values = snapshot.values.map((r) => [...r]);
    const at = values.findIndex((r) => r[1] === "WDP");
    values[at]![2] = "2,5";
    expect(readSetupSheet({ ...snapshot, values }).setup?.rules.scales[0]?.levels[1]?.score).toBe(2.5);
  });

  it("a Pengaturan written before the section existed reads with the default scales", () => {
    const snapshot = snapshotOfPlan(setupSheetPlan(makeSetup()));
    const start = snapshot.values.findIndex((r) => r[0] === Q.section);
    const values = snapshot.values.filter((r, i) => {
      // The section, its header and its rows: gone.
      if (i < start - 1) return true;
      const end = snapshot.values.findIndex((x, j) => j > start && (x[0] ?? null) === null);
      return i >= end;
    });
    expect(values.some((r) => r[0] === Q.section)).toBe(false);
    const read = readSetupSheet({ ...snapshot, values: values as CellValue[][] });
    expect(read.issues).toEqual([]);
    expect(read.setup?.rules.scales).toEqual(DEFAULT_SCALES);
    expect(scalesOfStored({ predikat: [] })).toEqual(DEFAULT_SCALES);
  });

  it("a non-numeric score is named at its field", () => {
    const snapshot = snapshotOfPlan(setupSheetPlan(makeSetup()));
    const values = snapshot.values.map((r) => [...r]);
    values[values.findIndex((r) => r[1] === "BB")]![2] = "lima";
    const read = readSetupSheet({ ...snapshot, values });
    expect(read.setup).toBeNull();
    expect(read.issues.map((i) => [i.field, i.code])).toEqual([
      ["rules.scales.1.levels.2", "setup.scale.score"],
    ]);
  });

  it("duplicate words, conflicting scores, bad words and empty scales are issues with their field", () => {
    expect(
      fields([
        {
          name: "Opini BPK",
          levels: [
            { label: "WTP", score: 4 },
            { label: " wtp", score: 3 },
          ],
        },
        {
          name: "Lain",
          levels: [
            { label: "Baik", score: 3 },
            { label: "WTP", score: 9 },
            { label: "a,b", score: 1 },
          ],
        },
        { name: "", levels: [] },
        { name: "lain", levels: [{ label: "", score: -1 }] },
      ]),
    ).toEqual([
      ["rules.scales.0.levels.1", "setup.scale.label-duplicate"],
      ["rules.scales.1.levels.1", "setup.scale.conflict"],
      ["rules.scales.1.levels.2", "setup.scale.label-chars"],
      ["rules.scales.2", "setup.scale.name"],
      ["rules.scales.2", "setup.scale.empty"],
      ["rules.scales.3", "setup.scale.duplicate"],
      ["rules.scales.3.levels.0", "setup.scale.label"],
      ["rules.scales.3.levels.0", "setup.scale.score"],
    ]);
    // The same word with the same score in two scales is fine.
    expect(fields([DEFAULT_SCALES[2]!, { name: "Lain", levels: [{ label: "BAIK", score: 3 }] }])).toEqual([]);
  });
});
