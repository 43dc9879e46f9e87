/**
 * Golden tests of the Perjanjian Kinerja reader, script-lab style: each `*.grid.json` fixture (a
 * sheet snapshot's values and merges, or a workbook's `sheets`) sits beside the `*.expected.json`
 * PkReadResult a person has checked by hand. A missing expectation writes `*.actual.json` and
 * fails: check it, then rename it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readPerjanjianKinerja, readPerjanjianKinerjaSheets } from "../../../src/domain/inputs/pk-reader";
import type { PkReadResult } from "../../../src/domain/shared/types";
import type { SheetSnapshot } from "../../../src/sheet/plan";

const DIR = join(__dirname, "..", "..", "fixtures", "pk");
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith(".grid.json"))
  .map((f) => f.slice(0, -".grid.json".length))
  .sort();

type Grid = Partial<SheetSnapshot> & { sheets?: Partial<SheetSnapshot>[] };

const snapshot = (grid: Partial<SheetSnapshot>, name: string): SheetSnapshot => ({
  name: grid.name ?? name,
  visibility: grid.visibility ?? "visible",
  values: grid.values ?? [],
  merges: grid.merges ?? [],
});

function read(base: string): PkReadResult {
  const grid = JSON.parse(readFileSync(join(DIR, `${base}.grid.json`), "utf8")) as Grid;
  const file = `${base}.xlsx`;
  return grid.sheets
    ? readPerjanjianKinerjaSheets(
        grid.sheets.map((s, i) => snapshot(s, `Sheet${i + 1}`)),
        file,
      )
    : readPerjanjianKinerja(snapshot(grid, base), file);
}

test("there are PK fixtures for the four layouts and a workbook", () => {
  expect(fixtures).toEqual(
    expect.arrayContaining(["per-sasaran-merged", "flat", "rencana-aksi", "programs", "workbook-sheets"]),
  );
});

describe.each(fixtures)("PK golden %s", (base) => {
  test("reads as expected", () => {
    const actual: unknown = JSON.parse(JSON.stringify(read(base)));
    const expectedPath = join(DIR, `${base}.expected.json`);
    const actualPath = join(DIR, `${base}.actual.json`);
    if (!existsSync(expectedPath)) {
      writeFileSync(actualPath, `${JSON.stringify(actual, null, 2)}\n`);
      throw new Error(
        `No expectation for ${base}: wrote ${actualPath}. Check every value by hand against the ` +
          `fixture, then rename it to ${base}.expected.json.`,
      );
    }
    const expected: unknown = JSON.parse(readFileSync(expectedPath, "utf8"));
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      writeFileSync(actualPath, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(expected);
  });

  test("reports at least one row it could not use, by cell", () => {
    const { issues } = read(base);
    expect(issues.some((i) => i.severity !== "info" && i.row !== undefined && i.cell !== undefined)).toBe(
      true,
    );
  });
});
