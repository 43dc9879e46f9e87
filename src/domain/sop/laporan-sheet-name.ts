/**
 * The master's sheet of the draft Laporan Kinerja (step 5's output), which the paraf (step 6) and
 * the signature (step 7) cover. The report feature builds it and names it in
 * src/strings/laporan.ts (`laporan.sheetName`): the two must agree. It is defined here so that the
 * SOP does not depend on the report (the domain's graph has report ← sop, never the other way).
 */
export const LAPORAN_SHEET = "Laporan";
