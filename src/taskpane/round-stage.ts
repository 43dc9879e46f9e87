/**
 * Where the round stands, from what the workbook holds, and the honest status of each step: a
 * step is "selesai" only when its outcome exists and is valid. Pure: the pane computes it on
 * every render from the state it loaded.
 */
import type { DpaNode, DpaReadResult } from "../domain/shared/types";
import type { RoundState } from "./round-state";

/** The pane's top-level steps, in the order people work. */
export type PaneStep = "persiapan" | "kertasKerja" | "pengumpulan" | "sop";
export const PANE_STEPS: readonly PaneStep[] = ["persiapan", "kertasKerja", "pengumpulan", "sop"];

/** The next thing the round needs. */
export type RoundStage = "dpa" | "setup" | "assign" | "generate" | "collect" | "laporan" | "finished";

export interface RoundFacts {
  state: Pick<RoundState, "setup" | "dpa" | "assignments">;
  /** Nodes the DPA leaves without a Bagian (before the user's choices); empty without a DPA. */
  unassigned: readonly DpaNode[];
  /** Kertas kerja exist in the workbook. */
  kertasKerja: boolean;
  /** The consolidated Data sheet exists. */
  data: boolean;
  /** SOP step 8 (serah terima dan arsip) is done. */
  archived: boolean;
}

/** A DPA read that the round can use: it has indicators and no errors. */
export function dpaProblem(dpa: DpaReadResult | null): "none" | "empty" | "errors" | null {
  if (!dpa) return "none";
  if (!dpa.dpa.nodes.some((n) => n.indicators.length > 0)) return "empty";
  if (dpa.issues.some((i) => i.severity === "error")) return "errors";
  return null;
}

/** The nodes still without a Bagian after the user's choices. */
export function stillUnassigned(facts: Pick<RoundFacts, "state" | "unassigned">): DpaNode[] {
  return facts.unassigned.filter((n) => !facts.state.assignments[n.kode]);
}

/**
 * The round's stage: the outputs further along win (a round consolidated elsewhere is past its
 * DPA); before them, the DPA comes first (the setup's Bagian are proposed from it), then the setup.
 */
export function roundStage(facts: RoundFacts): RoundStage {
  if (facts.archived) return "finished";
  if (facts.data) return "laporan";
  if (facts.kertasKerja) return "collect";
  // A DPA with row errors still gives kertas kerja (the rows are skipped): only none or no indicators stop here.
  const problem = dpaProblem(facts.state.dpa);
  if (problem === "none" || problem === "empty") return "dpa";
  if (!facts.state.setup) return "setup";
  if (stillUnassigned(facts).length > 0) return "assign";
  return "generate";
}

/** The step that holds the stage's work. */
export function stepOfStage(stage: RoundStage): PaneStep {
  switch (stage) {
    case "dpa":
    case "setup":
    case "assign":
      return "persiapan";
    case "generate":
      return "kertasKerja";
    case "collect":
      return "pengumpulan";
    case "laporan":
    case "finished":
      return "sop";
  }
}

export type StepStatus = "done" | "optional" | "pending" | "error";

export interface StepStatuses {
  setup: StepStatus;
  dpa: StepStatus;
  prior: StepStatus;
  persiapan: StepStatus;
  kertasKerja: StepStatus;
  pengumpulan: StepStatus;
  sop: StepStatus;
}

/** Each step's status: done only when its outcome exists and is valid. */
export function stepStatuses(facts: RoundFacts, prior: boolean): StepStatuses {
  const problem = dpaProblem(facts.state.dpa);
  const dpa: StepStatus =
    problem === "empty" || problem === "errors"
      ? "error"
      : problem === "none" || stillUnassigned(facts).length > 0
        ? "pending"
        : "done";
  const setup: StepStatus = facts.state.setup ? "done" : "pending";
  const persiapan: StepStatus =
    dpa === "error" ? "error" : setup === "done" && dpa === "done" ? "done" : "pending";
  return {
    setup,
    dpa,
    prior: prior ? "done" : "optional",
    persiapan,
    kertasKerja: facts.kertasKerja ? "done" : "pending",
    pengumpulan: facts.data ? "done" : "pending",
    sop: facts.archived ? "done" : "pending",
  };
}
