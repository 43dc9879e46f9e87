import { sha256Hex } from "../domain/shared/fingerprint";
import { appendLog, type LogActor, type NewLogEntry } from "../domain/sop/sop-log";
import { LOG_ANCHOR_SHEET, logAnchorSheetPlan, logSheetPlan, readLog } from "../domain/sop/sop-log-sheet";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { SheetPlan, SheetSnapshot } from "../sheet/plan";
import { S } from "../strings";
import { readSheetsOf, type WorkbookPort } from "./ports";

/** Who did something and when, for the Log of an action outside the SOP steps (setup, generate). */
export interface LogContext {
  /** ISO instant with offset. */
  now: string;
  actor: LogActor;
}

/**
 * The person a NIP names in the setup (an official or a Kepala Bagian); without a NIP, or one the
 * setup does not know, the Log says plainly that the user did not say who they are.
 */
export function actorFor(setup: RoundSetup, nip: string | undefined): LogActor {
  const official = setup.pejabat.find((p) => nip && p.nip === nip);
  if (official) return { nama: official.nama, jabatan: official.jabatan, nip: official.nip };
  const kepala = setup.bagian.find((b) => nip && b.kepala.nip === nip);
  if (kepala) return { nama: kepala.kepala.nama, jabatan: `Kepala ${kepala.nama}`, nip: kepala.kepala.nip };
  return { ...S.sopLog.unnamedActor, nip: nip ?? "" };
}

/**
 * The Log and its anchor with `entries` appended, as plans to write in the same all-or-nothing
 * write as the action itself. A Log already damaged by hand is appended to all the same: the
 * damage stays where it is and is still reported; setup and generation are not held hostage to it.
 */
export async function withLogEntries(port: WorkbookPort, entries: NewLogEntry[]): Promise<SheetPlan[]> {
  const sheets = await readSheetsOf(port, [S.sopLog.sheetName, LOG_ANCHOR_SHEET]);
  let log = readLog({ sheets: sheets.filter((s): s is SheetSnapshot => s !== null) }).entries;
  for (const entry of entries) log = appendLog(log, entry);
  return [logSheetPlan(log), logAnchorSheetPlan(log)];
}

/** One fingerprint for several: the SHA-256 of their list. */
export function combinedFingerprint(fingerprints: string[]): string {
  return sha256Hex(fingerprints.join("\n"));
}
