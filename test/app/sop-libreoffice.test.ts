/**
 * The SOP and Log sheets of a round in progress, printed by LibreOffice to PDF and PNG under
 * test-results/ (sop-*.png, log-*.png) so that a person can look at them.
 */
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { actOnSop } from "../../src/app/sop";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { at, NIP_OF_STEP, OFFICIALS } from "../support/sop-fixture";
import { dataPlan, laporanPlan, okRound, scheduledSopWorkbook } from "../support/sop-workbook";
import { describeWithLibreOffice, pdfToPng, renderPdfWithLibreOffice } from "../support/libreoffice";

const OUT = "test-results";
const ok = okRound;

async function roundInProgress(): Promise<Uint8Array> {
  const book = await scheduledSopWorkbook();
  const steps: [Parameters<typeof actOnSop>[1]["kind"], number, string, string?][] = [
    ["done", 1, "2026-04-06 07:55"],
    ["start", 3, "2026-04-06 08:30", "DPA dan laporan TW I sudah tersedia sebelum rapat"],
    ["done", 2, "2026-04-06 11:00"],
    ["done", 3, "2026-04-08 14:00"],
    ["done", 4, "2026-04-20 10:00"],
    ["done", 5, "2026-05-08 15:00"],
    ["paraf", 6, "2026-05-11 09:00"],
  ];
  for (const [kind, step, when, reason] of steps) {
    // Step 5's output, the draft Laporan, is built before step 5 is marked done.
    if (kind === "done" && step === 5) await book.writeSheets([laporanPlan()]);
    ok(await actOnSop(book, { kind, step, nip: NIP_OF_STEP[step]!, now: at(when), reason }));
  }
  // Data changes after the paraf: the paraf no longer holds; a new paraf is recorded.
  await book.writeSheets([
    dataPlan([
      ["Indikator", "Realisasi"],
      ["Persentase", 85],
    ]),
  ]);
  ok(await actOnSop(book, { kind: "paraf", step: 6, nip: OFFICIALS.kabag.nip, now: at("2026-05-11 14:00") }));
  await book.writeSheets([
    dataPlan([
      ["Indikator", "Realisasi"],
      ["Persentase", 86],
    ]),
  ]);
  ok(await actOnSop(book, { kind: "start", step: 7, nip: OFFICIALS.sekda.nip, now: at("2026-05-12 08:00") }));
  return book.toBytes();
}

/** The workbook with only the sheet `keep` (LibreOffice may print a hidden sheet left first). */
async function only(bytes: Uint8Array, keep: string): Promise<Uint8Array> {
  const book = await XlsxWorkbook.fromBytes(bytes);
  for (const ws of [...book.workbook.worksheets]) {
    if (ws.name !== keep) book.workbook.removeWorksheet(ws.id);
  }
  return book.toBytes();
}

describeWithLibreOffice("SOP and Log sheets printed by LibreOffice", () => {
  jest.setTimeout(120_000);

  it("renders both to PDF and PNG", async () => {
    await mkdir(OUT, { recursive: true });
    const bytes = await roundInProgress();
    for (const [sheet, prefix] of [
      ["SOP", "sop"],
      ["Log", "log"],
    ] as const) {
      for (const old of await pdfToPngList(prefix)) await rm(old, { force: true });
      const pdf = join(OUT, `${prefix}.pdf`);
      await renderPdfWithLibreOffice(await only(bytes, sheet), pdf);
      const pngs = await pdfToPng(pdf, join(OUT, prefix), { dpi: 110 });
      expect(pngs.length).toBeGreaterThanOrEqual(1);
    }
  });
});

async function pdfToPngList(prefix: string): Promise<string[]> {
  const { readdir } = await import("node:fs/promises");
  const files = await readdir(OUT).catch(() => [] as string[]);
  return files.filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".png")).map((f) => join(OUT, f));
}
