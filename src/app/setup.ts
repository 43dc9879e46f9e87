import { readSetupSheet, setupFromDpa, setupSheetPlan, validateSetup } from "../domain/setup/setup";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { Issue } from "../domain/shared/types";
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
