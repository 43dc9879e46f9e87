/**
 * Golden tests of the DPA reader, script-lab style: each `*.grid.json` fixture (a sheet snapshot's
 * values and merges) sits beside the `*.expected.json` DpaReadResult a person has checked by hand.
 * A missing expectation writes `*.actual.json` and fails: check it, then rename it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDpa } from "../../../src/domain/inputs/dpa-reader";
import type { SheetSnapshot } from "../../../src/sheet/plan";

const DIR = join(__dirname, "..", "..", "fixtures", "dpa");
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith(".grid.json"))
  .map((f) => f.slice(0, -".grid.json".length))
  .sort();

function loadSnapshot(base: string): SheetSnapshot {
  const grid = JSON.parse(readFileSync(join(DIR, `${base}.grid.json`), "utf8")) as Partial<SheetSnapshot>;
  return {
    name: grid.name ?? base,
    visibility: "visible",
    values: grid.values ?? [],
    merges: grid.merges ?? [],
  };
}

test("there are DPA fixtures", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(4);
});

describe.each(fixtures)("DPA golden %s", (base) => {
  test("reads as expected", () => {
    const actual: unknown = JSON.parse(JSON.stringify(readDpa(loadSnapshot(base), `${base}.xlsx`)));
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
});
