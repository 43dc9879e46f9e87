import type { ExportOutcome, WorkbookExporter, WorkbookPort } from "./ports";
import type { RoundPreparation } from "./round-types";

/** Writes every Bagian's kertas kerja (and its metadata sheet) into the workbook in one all-or-nothing write. */
export async function writeKertasKerjaToWorkbook(port: WorkbookPort, prep: RoundPreparation): Promise<void> {
  await port.writeSheets(prep.kertasKerja.flatMap((kk) => kk.plans));
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
