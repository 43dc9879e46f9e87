import { readSetupSheet, setupFromDpa, setupSheetPlan, validateSetup } from "../domain/setup";
import type { RoundSetup } from "../domain/setup-types";
import type { Issue } from "../domain/types";
import { S } from "../strings";
import type { WorkbookPort } from "./ports";

export { setupFromDpa };

/** Reads the round's setup from the workbook's "Pengaturan" sheet; null when there is none yet. */
export async function loadSetup(port: WorkbookPort): Promise<{ setup: RoundSetup | null; issues: Issue[] }> {
  const sheet = await port.readSheet(S.setup.sheetName);
  if (!sheet) return { setup: null, issues: [] };
  return readSetupSheet(sheet);
}

/** Validates the setup and, only when it has no error, writes the "Pengaturan" sheet. */
export async function saveSetup(port: WorkbookPort, setup: RoundSetup): Promise<Issue[]> {
  const issues = validateSetup(setup);
  if (issues.some((i) => i.severity === "error")) return issues;
  await port.writeSheets([setupSheetPlan(setup)]);
  return issues;
}
