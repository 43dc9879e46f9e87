import { readSetupSheet, setupFromDpa, setupSheetPlan, validateSetup } from "../domain/setup/setup";
import { setupFillPlan } from "../domain/setup/setup-fill";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { Dpa, Issue } from "../domain/shared/types";
import type { SheetPlan } from "../sheet/plan";
import { S } from "../strings";
import { withLogEntries, type LogContext } from "./log";
import type { WorkbookPort } from "./ports";

export { setupFromDpa };

/** Reads the round's setup from the workbook's "Pengaturan" sheet; null when there is none yet. */
export async function loadSetup(port: WorkbookPort): Promise<{ setup: RoundSetup | null; issues: Issue[] }> {
  const sheet = await port.readSheet(S.setup.sheetName);
  if (!sheet) return { setup: null, issues: [] };
  return readSetupSheet(sheet);
}

/**
 * Validates the setup and, only when it has no error, writes the "Pengaturan" sheet (with `log`,
 * also a "setup" entry on the Log sheet, in the same write).
 */
export async function saveSetup(port: WorkbookPort, setup: RoundSetup, log?: LogContext): Promise<Issue[]> {
  const issues = validateSetup(setup);
  if (issues.some((i) => i.severity === "error")) return issues;
  const plans = [setupSheetPlan(setup)];
  if (log) {
    const periode = S.common.periode[setup.periode];
    const detail = S.sopLog.details.setup(setup.instansi, setup.tahun, periode, setup.bagian.length);
    const entry = { at: log.now, who: log.actor, action: "setup" as const, detail };
    plans.push(...(await withLogEntries(port, [entry])));
  }
  await port.writeSheets(plans);
  return issues;
}

/**
 * A setup to be finished by hand, in any spreadsheet program (CLI `setup`): the round's setup from
 * the DPA (`setupFromDpa`: its Bagian, the default calendar, rules and scales, no officials yet)
 * and its "Pengaturan" sheet with the cells to type unlocked, protected without a password, with
 * instructions on the sheet. What is typed there is read back by `loadSetup`, each problem at its
 * cell. The issues are `validateSetup`'s for the setup as made (none for a DPA that names Bagian).
 */
export function setupToFillIn(
  dpa: Dpa,
  choice: Parameters<typeof setupFromDpa>[1],
): { setup: RoundSetup; plans: SheetPlan[]; issues: Issue[] } {
  const setup = setupFromDpa(dpa, choice);
  return { setup, plans: [setupFillPlan(setup)], issues: validateSetup(setup) };
}
