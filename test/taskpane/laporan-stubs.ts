/**
 * Step 5 and step 8 stand-ins for the component tests: a built Laporan as plain view data, and a
 * `buildArchive` that runs the app's real archive (createArchiveZip) over a consolidated master
 * held in memory (no Office), so that what the pane shows and marks comes from a real zip.
 */
// First: jsdom has no TextEncoder, which the archive's module needs when it loads (stub-services adds one).
import "./stub-services";
import { acceptConsolidation, reviewReturnedFiles } from "../../src/app/consolidate";
import { createArchiveZip } from "../../src/app/archive-zip";
import type { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { toArchiveView, type ArchiveBuilt } from "../../src/taskpane/archive-view";
import { readFileBytes } from "../../src/taskpane/file-bytes";
import type { LaporanBuilt, LaporanView } from "../../src/taskpane/laporan-view";
import { ACTOR, NOW, returned, roundMaster, sourceOf, type Returned } from "../support/consolidation-fixture";
import { OFFICIALS } from "../support/sop-fixture";

export const LAPORAN_FILE = "Laporan-Kinerja-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2.docx";
export const ARCHIVE_FOLDER = "Arsip-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2";

export function laporanView(over: Partial<LaporanView> = {}): LaporanView {
  return {
    periode: "Triwulan II",
    tahun: 2026,
    instansi: "Sekretariat Daerah Kabupaten Tapin",
    form: "triwulan",
    chapters: [
      { title: "BAB I PENDAHULUAN", tables: 1 },
      { title: "BAB II PERENCANAAN KINERJA", tables: 2 },
      { title: "BAB III AKUNTABILITAS KINERJA", tables: 9 },
      { title: "BAB IV PENUTUP", tables: 0 },
    ],
    tables: 12,
    approvals: [
      {
        kind: "paraf",
        record: {
          nama: OFFICIALS.kabag.nama,
          jabatan: OFFICIALS.kabag.jabatan,
          at: "Rabu, 29 April 2026 09.15 WITA",
          valid: true,
        },
      },
      { kind: "ttd", record: null },
    ],
    ...over,
  };
}

/** A built Laporan whose Word document is these bytes. */
export function laporanBuilt(bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3])): LaporanBuilt {
  return { ok: true, fileName: LAPORAN_FILE, bytes, view: laporanView(), issues: [] };
}

/** The small round's master consolidated from both Bagian's returned files (in memory). */
export async function consolidatedBook(): Promise<{ book: XlsxWorkbook; pem: Returned; org: Returned }> {
  const book = await roundMaster();
  const [pem, org] = await Promise.all([returned("PEM"), returned("ORG")]);
  const reviewed = await reviewReturnedFiles(book, [sourceOf(pem), sourceOf(org)]);
  if (!reviewed.ok) throw new Error(reviewed.issues.map((i) => i.message).join("; "));
  const accepted = await acceptConsolidation(book, reviewed.review, { now: NOW, actor: ACTOR });
  if (!accepted.ok) throw new Error(accepted.issues.map((i) => i.message).join("; "));
  return { book, pem, org };
}

/** `buildArchive` over the in-memory master: its bytes as "the workbook's file", the picked files read as a browser would. */
export function archiveOver(book: XlsxWorkbook) {
  return async (files: readonly File[], master?: File): Promise<ArchiveBuilt> => {
    const outcome = await createArchiveZip(book, {
      master: master
        ? { name: master.name, bytes: await readFileBytes(master) }
        : { name: "Induk.xlsx", bytes: await book.toBytes() },
      laporan: null,
      returned: files.map((f) => ({ name: f.name, size: f.size, read: () => readFileBytes(f) })),
      now: NOW,
    });
    if (!outcome.ok) return { ok: false, kind: "refused", issues: outcome.issues };
    return { ok: true, bytes: outcome.zip, view: toArchiveView(outcome) };
  };
}
