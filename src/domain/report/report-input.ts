/**
 * What the Laporan Kinerja is built from: what a consolidated master holds (the setup, the PK, the
 * consolidated submissions on Data), the domain's analysis of it, where each figure of that
 * analysis stands on the Analisis sheet, the SOP's paraf and signature, and the date of the draft.
 */
import { analyse, type Analysis } from "../analysis/analysis";
import type { ConsolidatedSubmission } from "../returned/submission";
import type { RoundSetup } from "../setup/setup-types";
import type { PerjanjianKinerja } from "../shared/types";
import { analysisIndex, type AnalysisIndex } from "./analysis-index";
import type { ReportApproval } from "./report-model";

export interface ReportInput {
  setup: RoundSetup;
  pk: PerjanjianKinerja | null;
  subs: readonly ConsolidatedSubmission[];
  /** `analyse(setup, subs, pk)`. */
  analysis: Analysis;
  /** `analysisIndex(setup, subs, pk)`: where each figure stands on the Analisis sheet. */
  index: AnalysisIndex;
  /** The paraf and signature the SOP recorded (given by the caller; may be empty). */
  approvals: ReportApproval[];
  /** Date of the draft, ISO ("2027-01-05"). */
  disusun: string;
}

/**
 * The input of a master's round: its analysis and the index of its Analisis sheet computed here.
 * @example buildReport(reportInputOf(setup, subs, pk, { disusun: "2027-01-05" }))
 */
export function reportInputOf(
  setup: RoundSetup,
  subs: readonly ConsolidatedSubmission[],
  pk: PerjanjianKinerja | null,
  options: { disusun: string; approvals?: ReportApproval[] },
): ReportInput {
  return {
    setup,
    pk,
    subs,
    analysis: analyse(setup, subs, pk),
    index: analysisIndex(setup, subs, pk),
    approvals: options.approvals ?? [],
    disusun: options.disusun,
  };
}
