/**
 * Rounds run in memory, without a host: a round's kertas kerja plans filled in as a Bagian would
 * (each open realisasi cell), judged by the real validator, consolidated into a master's
 * Pengaturan and Data sheets — the sheets the next round reads as its prior report.
 */
import type { BagianKertasKerja } from "../../src/app/round-types";
import { colIndex, REALISASI_TW } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import { dataSheetPlan } from "../../src/domain/ledger/data-sheet";
import { assessReturnedFile } from "../../src/domain/returned/returned";
import type {
  ConsolidatedSubmission,
  FileAssessment,
  ReturnedFile,
} from "../../src/domain/returned/submission";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import type { RoundSetup } from "../../src/domain/setup/setup-types";
import type { CellValue, SheetSnapshot } from "../../src/sheet/plan";
import { readMeta, type KertasKerjaMeta } from "../../src/domain/kertas-kerja/kertas-kerja-meta";
import { snapshotOfPlan } from "./plan-snapshot";

/** The metadata of a generated kertas kerja (its very hidden sheet's plan). */
export function metaOf(kk: BagianKertasKerja): KertasKerjaMeta {
  const plan = kk.plans.find((p) => p.visibility === "veryHidden");
  const read = plan ? readMeta(snapshotOfPlan(plan)) : null;
  if (!read?.ok) throw new Error(`${kk.fileName}: no metadata`);
  return read.meta;
}

/** What a Bagian types in an open realisasi cell (quarter 0…3): a number or a word, null to leave it blank. */
export type Fill = (key: string, quarter: number) => number | string | null;

/**
 * A generated kertas kerja with every open realisasi cell filled by `fill` (and, with `anggaran`,
 * each sub kegiatan's realisasi anggaran), as a returned file.
 */
export function filledFile(
  kk: BagianKertasKerja,
  fill: Fill,
  anggaran?: (kode: string) => number | null,
): ReturnedFile {
  const meta = metaOf(kk);
  const [sheet, metaSheet] = kk.plans.map(snapshotOfPlan) as [SheetSnapshot, SheetSnapshot];
  const values = sheet.values.map((r) => [...r]);
  for (const row of meta.rows) {
    if (anggaran && row.kind === "subkegiatan" && row.open.includes("realisasiAnggaran")) {
      const cells = values[row.row - 1] ?? [];
      cells[colIndex.realisasiAnggaran] = anggaran(row.key);
      values[row.row - 1] = cells;
    }
    if (row.kind !== "indicator") continue;
    REALISASI_TW.forEach((c, q) => {
      if (!row.open.includes(c)) return;
      const cells = values[row.row - 1] ?? [];
      cells[colIndex[c]] = fill(row.key, q) as CellValue;
      values[row.row - 1] = cells;
    });
  }
  return {
    name: kk.fileName,
    sha256: kk.fingerprint,
    size: 1000,
    savedAt: "2026-04-10T09:00:00+08:00",
    sheets: [{ ...sheet, values }, metaSheet],
  };
}

export interface ConsolidatedRound {
  assessments: FileAssessment[];
  submissions: ConsolidatedSubmission[];
  /** The master's Pengaturan and Data sheets, as a host would read them back. */
  sheets: SheetSnapshot[];
}

/** Judges the returned files against the setup and writes the accepted ones to a master's Data sheet. */
export function consolidateInMemory(setup: RoundSetup, files: readonly ReturnedFile[]): ConsolidatedRound {
  const assessments = files.map((f) => assessReturnedFile(f, { setup }));
  const submissions = assessments.flatMap((a) =>
    a.submission
      ? [{ ...a.submission, importedAt: "2026-04-16T08:00:00+08:00", importedBy: "Tim SAKIP" }]
      : [],
  );
  const sheets = [setupSheetPlan(setup), dataSheetPlan(setup, submissions)].map(snapshotOfPlan);
  return { assessments, submissions, sheets };
}
