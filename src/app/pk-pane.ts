/**
 * "Salin dari putaran sebelumnya" as the task pane runs it: the previous round's master read once,
 * then its Pengaturan for the next round (`nextSetupOf`), its "Data" as the next round's prior
 * report (`importPriorFromBytes`, checked against the next round rather than the one the open
 * workbook may still hold) and its "Perjanjian Kinerja" sheet when it has IKU (`pkOfSheet`).
 * Writes nothing: the pane fills its form, and the user saves.
 */
import type { PkReadResult, PriorReadResult } from "../domain/shared/types";
import { importPriorFromBytes } from "./imports";
import { nextSetupOf, type NextRoundSetup } from "./next-round";
import { PK_SHEET, pkOfSheet } from "./pk";
import type { WorkbookFileReader } from "./ports";

export interface PreviousRoundCopy extends NextRoundSetup {
  /** The master's realisasi as the next round's prior report; null when no setup could be copied. */
  prior: PriorReadResult | null;
  /** The master's PK (its "Perjanjian Kinerja" sheet); null without that sheet or without an IKU on it. */
  pk: PkReadResult | null;
}

/** Sheet names as Excel compares them: spaces folded, case ignored. */
const sheetKey = (name: string): string => name.replace(/\s+/g, " ").trim().toUpperCase();

/** Reads a previous round's master (its bytes, once) for the next round: setup, prior report and PK. */
export async function copyPreviousRound(
  reader: WorkbookFileReader,
  bytes: Uint8Array,
  fileName: string,
): Promise<PreviousRoundCopy> {
  const wb = await reader.readWorkbook(bytes);
  const next = nextSetupOf(wb, fileName);
  if (!next.setup) return { ...next, prior: null, pk: null };
  const { instansi, tahun, periode } = next.setup;
  const once: WorkbookFileReader = { readWorkbook: async () => wb };
  const prior = await importPriorFromBytes(once, bytes, fileName, { instansi, tahun, periode });
  const read = pkOfSheet(wb.sheets.find((s) => sheetKey(s.name) === sheetKey(PK_SHEET)) ?? null);
  const pk = read.pk
    ? { pk: { ...read.pk, file: fileName }, issues: read.issues.map((i) => ({ ...i, file: fileName })) }
    : null;
  return { ...next, prior, pk };
}
