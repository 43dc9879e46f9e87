/**
 * The round's paper on the Pengaturan sheet: a row "Ukuran Kertas Cetak" with A4 or F4, written and
 * read back; a sheet written before the row existed reads as F4; a word that is no paper reads as
 * F4 with a warning at its cell.
 */
import { readSetupSheet, setupSheetPlan } from "../../../src/domain/setup/setup";
import { DEFAULT_PAPER, DEFAULT_RULES, paperOf } from "../../../src/domain/setup/setup-types";
import type { CellValue, SheetSnapshot } from "../../../src/sheet/plan";
import { S } from "../../../src/strings";
import { snapshotOfPlan } from "../../support/plan-snapshot";
import { makeSetup } from "../../support/round-fixture";

const LABEL = S.setup.labels.kertas;

/** The snapshot with the paper's row changed: its choice written as `value`, or the row gone. */
function withPaper(snapshot: SheetSnapshot, value: CellValue | "row gone"): SheetSnapshot {
  const values = snapshot.values
    .filter((row) => value !== "row gone" || row[0] !== LABEL)
    .map((row) => (row[0] === LABEL ? [row[0], value, null] : row));
  return { ...snapshot, values };
}

describe("the round's paper on the Pengaturan sheet", () => {
  it("defaults to F4, and a setup without the setting prints on F4 too", () => {
    expect(DEFAULT_PAPER).toBe("F4");
    expect(DEFAULT_RULES.paperSize).toBe("F4");
    expect(paperOf({})).toBe("F4");
    expect(paperOf({ paperSize: "A4" })).toBe("A4");
  });

  it.each(["A4", "F4"] as const)("writes %s beside its label, with its size, and reads it back", (paper) => {
    const setup = makeSetup({ rules: { ...DEFAULT_RULES, paperSize: paper } });
    const plan = setupSheetPlan(setup);
    const row = plan.rows.find((r) => r[0]?.value === LABEL);
    expect(row?.map((c) => c?.value)).toEqual([LABEL, paper, S.setup.kertas[paper]]);
    expect(plan.print?.paperSize).toBe(paper);
    const read = readSetupSheet(snapshotOfPlan(plan));
    expect(read.issues).toEqual([]);
    expect(read.setup).toEqual(setup);
  });

  it("offers the two papers as a list on the choice's cell", () => {
    const plan = setupSheetPlan(makeSetup());
    const r = plan.rows.findIndex((row) => row[0]?.value === LABEL);
    expect(plan.validations).toContainEqual(
      expect.objectContaining({ range: `B${r + 1}`, rule: { type: "list", values: ["A4", "F4"] } }),
    );
  });

  it("reads a sheet written before the row existed as F4, without a word about it", () => {
    const a4 = makeSetup({ rules: { ...DEFAULT_RULES, paperSize: "A4" } });
    const read = readSetupSheet(withPaper(snapshotOfPlan(setupSheetPlan(a4)), "row gone"));
    expect(read.issues).toEqual([]);
    expect(read.setup?.rules.paperSize).toBe("F4");
  });

  it.each([
    ["f4", "F4"],
    ["Folio", "F4"],
    ["F4/Folio (215 × 330 mm)", "F4"],
    [" a4 ", "A4"],
    ["A4 (210 × 297 mm)", "A4"],
    [null, "F4"],
  ] as const)("reads %p as %s", (written, paper) => {
    const read = readSetupSheet(withPaper(snapshotOfPlan(setupSheetPlan(makeSetup())), written));
    expect(read.issues).toEqual([]);
    expect(read.setup?.rules.paperSize).toBe(paper);
  });

  it("reads a word that is no paper as F4, with a warning at its cell", () => {
    const snapshot = withPaper(snapshotOfPlan(setupSheetPlan(makeSetup())), "Letter");
    const r = snapshot.values.findIndex((row) => row[0] === LABEL);
    const read = readSetupSheet(snapshot);
    expect(read.setup?.rules.paperSize).toBe("F4");
    expect(read.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "setup.kertas",
        cell: `B${r + 1}`,
        found: "Letter",
        expected: "A4 atau F4",
      }),
    ]);
  });
});
