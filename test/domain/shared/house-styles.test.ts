/**
 * The house styles are shared by the sheets, and each sheet keeps the look it had: every style a
 * sheet named before is the same style (font, fill, format, border, alignment) now. The styles of
 * each sheet as they were stand in fixtures/house-styles/styles.expected.json (script-lab style:
 * a missing expectation writes `styles.actual.json` for a person to check).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analysisSheetPlan } from "../../../src/domain/analysis/analysis-sheet";
import { HOUSE_STYLES } from "../../../src/domain/shared/house-styles";
import { DATA_STYLES } from "../../../src/domain/ledger/data-layout";
import { KK_STYLES } from "../../../src/domain/kertas-kerja/kertas-kerja-styles";
import { setupSheetPlan } from "../../../src/domain/setup/setup";
import { logSheetPlan } from "../../../src/domain/sop/sop-log-sheet";
import { sopSheetPlan } from "../../../src/domain/sop/sop-sheet";
import type { CellStyle } from "../../../src/sheet/plan";
import { sampleLog } from "../../support/log-fixture";
import { makeSetup } from "../../support/round-fixture";
import { at, newRound, sopSetup } from "../../support/sop-fixture";
import { setupWith } from "../../support/submission-fixture";

const DIR = join(__dirname, "..", "..", "fixtures", "house-styles");

const sheets: Record<string, Record<string, CellStyle>> = {
  analysis: analysisSheetPlan(setupWith(["PEM"], "TW2"), []).styles,
  data: DATA_STYLES,
  kertasKerja: KK_STYLES,
  log: logSheetPlan(sampleLog(2)).styles,
  setup: setupSheetPlan(makeSetup()).styles,
  sop: sopSheetPlan({ state: newRound(), setup: sopSetup(), now: at("2026-04-06 13:00") }).styles,
};

test("every style of every sheet is what it was", () => {
  const actual = JSON.parse(JSON.stringify(sheets)) as typeof sheets;
  const expectedPath = join(DIR, "styles.expected.json");
  if (!existsSync(expectedPath)) {
    writeFileSync(join(DIR, "styles.actual.json"), `${JSON.stringify(actual, null, 2)}\n`);
    throw new Error(`No expectation: wrote styles.actual.json in ${DIR}; check it, then rename it.`);
  }
  const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as typeof sheets;
  for (const [sheet, styles] of Object.entries(expected)) {
    // A sheet may carry a house style it does not use; each style it had is unchanged.
    for (const [key, style] of Object.entries(styles))
      expect([sheet, key, actual[sheet]?.[key]]).toEqual([sheet, key, style]);
  }
});

test("the sheets share the house title, marker and header", () => {
  expect(sheets.analysis!.title).toEqual(HOUSE_STYLES.title);
  expect(sheets.kertasKerja!.title).toEqual(HOUSE_STYLES.title);
  expect(sheets.log!.title).toEqual(HOUSE_STYLES.title);
  expect(sheets.setup!.title).toEqual(HOUSE_STYLES.title);
  expect(sheets.log!.marker).toEqual(HOUSE_STYLES.marker);
  expect(sheets.setup!.marker).toEqual(HOUSE_STYLES.marker);
  for (const sheet of ["analysis", "data", "kertasKerja", "log", "sop"]) {
    expect(sheets[sheet]!.header).toEqual(HOUSE_STYLES.header);
  }
});
