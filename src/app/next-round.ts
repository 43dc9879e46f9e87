/**
 * "Salin dari putaran sebelumnya": the next round set up in one step from the previous round's
 * master — its Pengaturan (instansi, Bagian and their Kepala, officials, rules, calendar) for the
 * next periode, with that round's default deadline. The caller saves it (`saveSetup`) and imports
 * the same master as the prior report (`importPriorFromBytes`).
 */
import { nextRoundSetup, type NextRoundChoice } from "../domain/setup/next-round";
import { readSetupSheet, validateSetup } from "../domain/setup/setup";
import type { RoundSetup } from "../domain/setup/setup-types";
import { makeIssue } from "../domain/shared/issues";
import type { Issue, RoundIdentity } from "../domain/shared/types";
import type { WorkbookSnapshot } from "../sheet/plan";
import { S } from "../strings";
import type { WorkbookFileReader } from "./ports";

export type { NextRoundChoice };

export interface NextRoundSetup {
  /** The next round's setup; null when the file holds no readable Pengaturan. */
  setup: RoundSetup | null;
  /** The round of the master it was copied from. */
  previous: RoundIdentity | null;
  issues: Issue[];
}

/**
 * The setup of the round after the one a master workbook holds (the next periode unless `choice`
 * names one: see `nextRoundSetup`). Reads the file's bytes with `reader`; writes nothing.
 */
export async function setupFromPreviousMaster(
  reader: WorkbookFileReader,
  bytes: Uint8Array,
  fileName: string,
  choice: NextRoundChoice = {},
): Promise<NextRoundSetup> {
  return nextSetupOf(await reader.readWorkbook(bytes), fileName, choice);
}

/** The same, from a workbook already read. */
export function nextSetupOf(
  wb: WorkbookSnapshot,
  fileName: string,
  choice: NextRoundChoice = {},
): NextRoundSetup {
  const sheet = wb.sheets.find((s) => s.name === S.setup.sheetName);
  const notAMaster = (found: string): NextRoundSetup => ({
    setup: null,
    previous: null,
    issues: [
      makeIssue("error", "next-round.no-setup", S.priorMaster.setup.notAMaster(fileName), {
        file: fileName,
        found,
        expected: S.priorMaster.setup.notAMasterExpected,
      }),
    ],
  });
  if (!sheet) return notAMaster(S.imports.sheets(wb.sheets.map((s) => s.name).join(", ")));
  const read = readSetupSheet(sheet);
  const issues = read.issues.map((i) => ({ ...i, file: fileName }));
  if (!read.setup) return { setup: null, previous: null, issues };
  const { instansi, tahun, periode } = read.setup;
  const setup = nextRoundSetup(read.setup, choice);
  const fresh = validateSetup(setup).filter(
    (i) => !issues.some((j) => j.code === i.code && j.field === i.field),
  );
  return { setup, previous: { instansi, tahun, periode }, issues: [...issues, ...fresh] };
}
