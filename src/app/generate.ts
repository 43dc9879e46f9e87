import type { RoundSetup } from "../domain/setup/setup-types";
import type { SheetPlan } from "../sheet/plan";
import { S } from "../strings";
import { combinedFingerprint, withLogEntries, type LogContext } from "./log";
import type { ExportOutcome, WorkbookExporter, WorkbookPort } from "./ports";
import type { RoundPreparation } from "./round-types";
import { suratPlanFor, type SuratOptions } from "./surat";

export interface WriteKertasKerjaOptions {
  /** Also write step 1's request letters (the "Surat" sheet) in the same write. */
  surat?: { setup: RoundSetup } & Pick<SuratOptions, "tanggal" | "batasWaktu">;
  /** Record the generation on the Log sheet, in the same write. */
  log?: LogContext;
  /** The round's "Perjanjian Kinerja" sheet, written in the same write (a PK just imported). */
  pk?: SheetPlan;
}

/**
 * Writes every Bagian's kertas kerja (and its metadata sheet) into the workbook — and, with
 * `opts.surat`, the "Surat" sheet of request letters — in one all-or-nothing write.
 */
export async function writeKertasKerjaToWorkbook(
  port: WorkbookPort,
  prep: RoundPreparation,
  opts: WriteKertasKerjaOptions = {},
): Promise<void> {
  const plans = prep.kertasKerja.flatMap((kk) => kk.plans);
  if (opts.pk) plans.push(opts.pk);
  if (opts.surat) {
    const { setup, ...rest } = opts.surat;
    plans.push(suratPlanFor(prep, setup, rest));
  }
  if (opts.log) {
    const sheets = prep.kertasKerja.map((kk) => kk.sheetName);
    const entry = {
      at: opts.log.now,
      who: opts.log.actor,
      action: "generate" as const,
      detail: S.sopLog.details.generate(sheets.length, sheets.join(", ")),
      fingerprint: combinedFingerprint(prep.kertasKerja.map((kk) => kk.fingerprint)),
    };
    plans.push(...(await withLogEntries(port, [entry])));
  }
  await port.writeSheets(plans);
}

/** Hands each Bagian's kertas kerja to the user as its own workbook, one after the other. */
export async function exportKertasKerja(
  exporter: WorkbookExporter,
  prep: RoundPreparation,
  only?: readonly string[],
): Promise<ExportOutcome[]> {
  const outcomes: ExportOutcome[] = [];
  for (const kk of prep.kertasKerja) {
    if (only && !only.includes(kk.bagian.kode)) continue;
    outcomes.push(await exporter.exportWorkbook(kk.fileName, kk.plans));
  }
  return outcomes;
}
