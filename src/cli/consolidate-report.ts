/**
 * The JSON report of `consolidate --report`: how the run ended (exit code; on a failure, the
 * message and its details), every file with every issue, what was proposed, and whether the master
 * was written. Written however the run ends, and like every file the CLI writes, whole or not at
 * all: staged beside its place first, so that a report that cannot be written stops the run
 * before the master is touched.
 */
import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { ConsolidationReview } from "../app/consolidate";
import type { ConsolidationPlan } from "../domain/ledger/consolidate";
import { S } from "../strings";
import { CliError, EXIT, type ExitCode } from "./io";

/** What the run knows so far. */
export interface ReportState {
  masterPath: string;
  /** The returned files as given, resolved. */
  paths: string[];
  review?: ConsolidationReview;
  /** The plan as accepted (choices applied). */
  plan?: ConsolidationPlan;
  written: boolean;
}

export interface ReportOutcome {
  exitCode: ExitCode;
  message?: string;
  details?: string[];
}

/** The report's content. Each picked file has no verdict when the run ended before judging. */
export function reportOf(state: ReportState, outcome: ReportOutcome) {
  const { review, paths } = state;
  const plan = state.plan ?? review?.plan;
  return {
    type: "kertas-kerja-sakip/laporan-konsolidasi",
    version: 1,
    master: state.masterPath,
    written: state.written,
    exitCode: outcome.exitCode,
    ...(outcome.message === undefined
      ? {}
      : { error: { message: outcome.message, details: outcome.details ?? [] } }),
    files: review
      ? review.assessments.map((a, i) => ({
          path: paths[i] ?? null,
          name: a.file.name,
          sha256: a.file.sha256,
          size: a.file.size,
          savedAt: a.file.savedAt,
          verdict: a.verdict,
          bagian: a.submission?.bagian.kode ?? a.claimedBagian?.kode ?? null,
          issues: a.issues,
        }))
      : paths.map((path) => ({ path, name: basename(path), verdict: null, issues: [] })),
    proposals: (state.plan?.proposals ?? []).map((p) => ({
      bagian: p.bagian,
      kind: p.kind,
      file: p.submission.file.name,
      sha256: p.submission.file.sha256,
      changes: p.kind === "replace" ? p.changes : [],
    })),
    conflicts: (plan?.conflicts ?? []).map((c) => ({
      bagian: c.bagian,
      files: c.candidates.map((s) => ({ name: s.file.name, sha256: s.file.sha256 })),
    })),
  };
}

/** A report written beside its place, not yet in it. */
export interface StagedReport {
  /** Moves it into place. */
  publish(): Promise<void>;
  /** Removes it (the run failed after all). */
  discard(): Promise<void>;
}

const cannotWrite = (path: string, error: unknown): CliError =>
  new CliError(
    EXIT.output,
    S.cli.output.cannotWrite(path, error instanceof Error ? error.message : String(error)),
  );

/** Writes the report into a temporary file beside `path`; an output error when it cannot. */
export async function stageReport(path: string, report: unknown): Promise<StagedReport> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  const discard = () => rm(temporary, { force: true }).catch(() => undefined);
  try {
    await writeFile(temporary, JSON.stringify(report, null, 2));
  } catch (error) {
    await discard();
    throw cannotWrite(path, error);
  }
  return {
    async publish() {
      try {
        await rename(temporary, path);
      } catch (error) {
        await discard();
        throw cannotWrite(path, error);
      }
    },
    discard,
  };
}

/** Writes the report whole or not at all. */
export async function writeReport(path: string, report: unknown): Promise<void> {
  await (await stageReport(path, report)).publish();
}
