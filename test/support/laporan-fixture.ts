/**
 * Masters to build the Laporan Kinerja from: the TW IV round of `runIkuYear()` (annual form) and
 * its TW III round (quarterly form: PEM sent nothing, ORG sent late against an early batas waktu),
 * with faktor texts written on a few rows and the Sekretaris Daerah in Pengaturan.
 */
import { analyse } from "../../src/domain/analysis/analysis";
import { analysisSheetPlan } from "../../src/domain/analysis/analysis-sheet";
import { analysisIndex } from "../../src/domain/report/analysis-index";
import { buildReport } from "../../src/domain/report/report-build";
import type { ReportInput } from "../../src/domain/report/report-input";
import type { ReportDocument, ReportTable } from "../../src/domain/report/report-model";
import type { ConsolidatedSubmission, SubmittedRow } from "../../src/domain/returned/submission";
import type { Official, RoundSetup } from "../../src/domain/setup/setup-types";
import type { PerjanjianKinerja } from "../../src/domain/shared/types";
import type { SheetPlan } from "../../src/sheet/plan";
import { IKU_KEPUASAN, IKU_SAKIP, ikuYearInputs, runIkuYear, samplePk, type IkuRound } from "./iku-fixture";

export const SEKDA: Official = {
  peran: "sekretaris-daerah",
  nama: "Drs. H. Sufian Noor, M.Si.",
  jabatan: "Sekretaris Daerah",
  nip: "196504221988031008",
};

export const DISUSUN = "2027-01-05";

/** What the Bagian wrote: the same obstacle twice (in another case and spacing), one more, a follow-up twice. */
export const FAKTOR: Record<string, Partial<SubmittedRow>> = {
  [IKU_KEPUASAN]: {
    pendorong: "Survei kepuasan dilaksanakan tepat waktu",
    penghambat: "Keterbatasan anggaran",
    tindakLanjut: "Mengusulkan tambahan anggaran pada APBD Perubahan",
  },
  [IKU_SAKIP]: {
    penghambat: "keterbatasan  anggaran ",
    tindakLanjut: "Mengusulkan tambahan anggaran pada APBD Perubahan",
  },
  "jumlah-dokum": { penghambat: "Data dari Perangkat Daerah terlambat diterima" },
};

function withFaktor(subs: readonly ConsolidatedSubmission[]): ConsolidatedSubmission[] {
  return subs.map((sub) => ({
    ...sub,
    rows: sub.rows.map((row) => {
      const extra =
        FAKTOR[row.key] ?? (row.key.includes("|jumlah-dokum") ? FAKTOR["jumlah-dokum"] : undefined);
      return extra ? { ...row, ...extra } : row;
    }),
  }));
}

let year: IkuRound[] | null = null;
const round = (periode: "TW3" | "TW4"): IkuRound => {
  year ??= runIkuYear();
  return year.find((r) => r.periode === periode)!;
};

export interface LaporanCase {
  name: string;
  setup: RoundSetup;
  subs: ConsolidatedSubmission[];
  pk: PerjanjianKinerja | null;
  input: ReportInput;
  doc: ReportDocument;
  analysisPlan: SheetPlan;
}

/** A case from a setup, its submissions and PK: the input computed as a master would, and the report. */
export function laporanCase(
  name: string,
  setup: RoundSetup,
  subs: ConsolidatedSubmission[],
  pk: PerjanjianKinerja | null,
): LaporanCase {
  const input: ReportInput = {
    setup,
    pk,
    subs,
    analysis: analyse(setup, subs, pk),
    index: analysisIndex(setup, subs, pk),
    approvals: [],
    disusun: DISUSUN,
  };
  return {
    name,
    setup,
    subs,
    pk,
    input,
    doc: buildReport(input),
    analysisPlan: analysisSheetPlan(setup, subs, pk),
  };
}

/** TW IV: both Bagian on time; the annual form. */
export function annualCase(): LaporanCase {
  const setup = { ...ikuYearInputs("TW4", []).setup, pejabat: [SEKDA] };
  return laporanCase("tahunan", setup, withFaktor(round("TW4").subs), samplePk());
}

/** TW III: PEM sent nothing, ORG saved its file (10 April) after the batas waktu (5 April); the quarterly form. */
export function quarterlyCase(): LaporanCase {
  const setup = { ...ikuYearInputs("TW3", []).setup, batasWaktu: "2026-04-05" };
  return laporanCase("triwulan", setup, withFaktor(round("TW3").subs), samplePk());
}

/** Every table of a document, in order. */
export const tablesOf = (doc: ReportDocument): ReportTable[] =>
  doc.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === "table" ? [b] : [])));

/** Every paragraph's text and every bullet, in order. */
export const textsOf = (doc: ReportDocument): string[] =>
  doc.chapters.flatMap((c) =>
    c.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.kind === "bullets" ? b.items : [])),
  );
