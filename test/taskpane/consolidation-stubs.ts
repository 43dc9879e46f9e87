/**
 * Reviews for the consolidation step's component tests: small hand-made submissions, planned by
 * the domain's own planConsolidation (as the use case does), so the pane shows a consistent plan.
 */
import type { ConsolidationReview } from "../../src/app/consolidate";
import { planConsolidation } from "../../src/domain/ledger/consolidate";
import type {
  ConsolidatedSubmission,
  FileAssessment,
  Submission,
  SubmittedRow,
} from "../../src/domain/returned/submission";
import type { Issue } from "../../src/domain/shared/types";
import { makeSetup } from "../support/round-fixture";
import { consolidated, indicatorRow, submitted } from "../support/submission-fixture";

export { consolidated } from "../support/submission-fixture";

export const SETUP = makeSetup();

/** One indicator row of sheet row `sheetRow`, realisasi TW II as given. */
export function row(key: string, indikator: string, tw2: number | null, sheetRow: number): SubmittedRow {
  return indicatorRow({
    key,
    indikator,
    satuan: "%",
    targetTahunan: 100,
    targetTw: [25, 50, 75, 100],
    realisasiTw: [20, tw2, null, null],
    cells: `K${sheetRow}:AA${sheetRow}`,
  });
}

export interface FileSpec {
  name: string;
  sha: string;
  size?: number;
  savedAt?: string | null;
}

/** A submission of a Bagian of SETUP, signed by its kepala, its rows on the sheet named after it. */
export function submission(kode: "PEM" | "ORG", file: FileSpec, rows: SubmittedRow[]): Submission {
  const bagian = SETUP.bagian.find((b) => b.kode === kode)!;
  return submitted(
    kode,
    rows.map((r) => ({ ...r, sheet: `KK ${bagian.nama}` })),
    {
      bagian: { kode: bagian.kode, nama: bagian.nama },
      file: { name: file.name, sha256: file.sha, size: file.size ?? 20480, savedAt: file.savedAt ?? null },
      signature: { tanggal: "2026-07-10", nama: bagian.kepala.nama, nip: bagian.kepala.nip },
    },
  );
}

export const accepted = (sub: Submission, issues: Issue[] = []): FileAssessment => ({
  file: sub.file,
  verdict: issues.some((i) => i.severity === "warning") ? "warnings" : "accepted",
  issues,
  submission: sub,
});

export const rejected = (file: FileSpec, issues: Issue[]): FileAssessment => ({
  file: { name: file.name, sha256: file.sha, size: file.size ?? 1000, savedAt: file.savedAt ?? null },
  verdict: "rejected",
  issues,
  submission: null,
});

/** A review as the use case builds it: the plan is the domain's, without choices. */
export function reviewOf(
  assessments: FileAssessment[],
  current: ConsolidatedSubmission[] = [],
): ConsolidationReview {
  const subs = assessments.flatMap((a) => (a.submission ? [a.submission] : []));
  return {
    state: {
      setup: SETUP,
      pk: null,
      current,
      riwayat: [],
      generated: new Map(),
      fingerprint: "0".repeat(64),
      issues: [],
    },
    setup: SETUP,
    newMaster: false,
    pk: null,
    newPk: false,
    assessments,
    plan: planConsolidation(SETUP, current, subs),
  };
}

export const sha = (c: string): string => c.repeat(64);

/** Services that read `sub` as accepted and write it as the one consolidated Bagian. */
export function acceptingServices(sub: Submission) {
  const review = reviewOf([accepted(sub)]);
  return {
    reviewReturnedFiles: async () => ({ ok: true as const, review }),
    acceptConsolidation: async () => ({
      ok: true as const,
      written: true,
      plan: review.plan,
      applied: { current: [consolidated(sub)], replaced: [], changed: true },
    }),
  };
}
