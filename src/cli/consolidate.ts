/**
 * `consolidate FILE... --into MASTER.xlsx [--report report.json]`: the consolidation use cases of
 * src/app over files on disk. The master is created (from the setup a returned file carries) when
 * it does not exist yet, and written back in place (temp file + rename) only when something changed.
 */
import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import {
  acceptConsolidation,
  pickVerdict,
  reviewReturnedFiles,
  type ConsolidationReview,
  type ReturnedSource,
} from "../app/consolidate";
import { actorFor } from "../app/log";
import type { CellChange, ConsolidationPlan } from "../domain/ledger/consolidate";
import type { FileAssessment } from "../domain/returned/submission";
import { XlsxError } from "../hosts/xlsx/errors";
import { writeXlsxFile } from "../hosts/xlsx/files";
import { XlsxWorkbook } from "../hosts/xlsx/port";
import { readReturnedPath } from "../hosts/xlsx/untrusted/returned-files";
import { S } from "../strings";
import type { ConsolidateOptions } from "./args";
import {
  reportOf,
  stageReport,
  writeReport,
  type ReportOutcome,
  type ReportState,
} from "./consolidate-report";
import { guardRead, readInputWorkbook } from "./files";
import { formatIssue } from "./format";
import { CliError, EXIT, inputError, println, type CliIo, type ExitCode } from "./io";
import { NOW_ENV } from "./sop";

const T = S.consolidate.cli;

export interface ConsolidateResult {
  exitCode: ExitCode;
  review: ConsolidationReview;
  written: boolean;
}

/**
 * Exit codes (README "Exit codes", `--help`): 0 every file accepted, with or without warnings;
 * 2 a file rejected (the others consolidated), or the master unreadable, without a setup, or
 * changed since the review (nothing written); 6 nothing rejected but a Bagian waits for `--pilih`;
 * 1 a wrong `--pilih`; 3 the master or the report not writable; 4 a bug. The JSON report
 * (`--report`) is written however the run ends, with the exit code and, on a failure, why; when
 * the master is written, the report is staged first, so a report that cannot be written leaves the
 * master as it was.
 */
export async function runConsolidate(opts: ConsolidateOptions, io: CliIo): Promise<ConsolidateResult> {
  const state: ReportState = {
    masterPath: resolve(io.cwd, opts.into),
    paths: opts.files.map((f) => resolve(io.cwd, f)),
    written: false,
  };
  const reportPath = opts.report === undefined ? null : resolve(io.cwd, opts.report);
  try {
    const run = await consolidate(opts, io, state);
    const result = { exitCode: run.exitCode, review: run.review, written: run.bytes !== null };
    // Staged with `written` as it will be, before the master is touched.
    const staged = reportPath
      ? await stageReport(reportPath, reportOf({ ...state, written: result.written }, result))
      : null;
    if (run.bytes) {
      try {
        await writeXlsxFile(state.masterPath, run.bytes);
      } catch (error) {
        await staged?.discard();
        if (error instanceof XlsxError) throw new CliError(EXIT.output, error.message);
        throw error;
      }
      state.written = true;
      println(io.stdout, T.written(state.masterPath, run.consolidated));
    } else {
      println(io.stdout, T.nothingChanged(state.masterPath));
    }
    if (staged && reportPath) {
      await staged.publish();
      println(io.stdout, T.reportWritten(reportPath));
    }
    return result;
  } catch (error) {
    if (reportPath) await reportFailure(reportPath, state, error, io);
    throw error;
  }
}

interface Run {
  exitCode: ExitCode;
  review: ConsolidationReview;
  /** The master's new bytes, or null when nothing changed. */
  bytes: Uint8Array | null;
  /** Bagian on Data after the write. */
  consolidated: number;
}

/** Reads, judges and plans; builds the master's bytes without writing them. */
async function consolidate(opts: ConsolidateOptions, io: CliIo, state: ReportState): Promise<Run> {
  const { masterPath, paths } = state;
  const exists = await stat(masterPath).then(
    (s) => s.isFile(),
    () => false,
  );
  const port = exists
    ? await guardRead(masterPath, async () =>
        XlsxWorkbook.fromBytes(await readInputWorkbook(masterPath), masterPath),
      )
    : XlsxWorkbook.create();
  const sources: ReturnedSource[] = paths.map((path) => ({
    name: basename(path),
    read: () => readReturnedPath(path),
  }));

  println(io.stdout, exists ? T.master(masterPath) : T.newMaster(masterPath));
  const outcome = await reviewReturnedFiles(port, sources, {
    onProgress: (done, total, name) => println(io.stdout, T.progress(done, total, name)),
  });
  if (!outcome.ok) throw inputError(T.cannotStart, outcome.issues.map(formatIssue));
  const { review } = outcome;
  state.review = review;
  println(io.stdout);
  printAssessments(io, review.assessments);

  const choices: Record<string, string> = {};
  for (const { bagian, file } of opts.pilih) {
    const index = paths.indexOf(resolve(io.cwd, file));
    const assessment = index >= 0 ? review.assessments[index] : undefined;
    if (!assessment?.submission) throw new CliError(EXIT.usage, T.badChoice(bagian, file));
    choices[assessment.submission.bagian.kode] = assessment.file.sha256;
    if (assessment.submission.bagian.kode !== bagian.toUpperCase()) {
      throw new CliError(EXIT.usage, T.choiceMismatch(bagian, file, assessment.submission.bagian.kode));
    }
  }

  const now = opts.sekarang ?? process.env[NOW_ENV] ?? (io.now?.() ?? new Date()).toISOString();
  const actor = actorFor(review.setup, opts.oleh);
  const accepted = await acceptConsolidation(port, review, { choices, now, actor });
  if (!accepted.ok) throw new CliError(EXIT.input, T.refused, accepted.issues.map(formatIssue));
  state.plan = accepted.plan;
  printPlan(io, accepted.plan);

  const verdict = pickVerdict(review, accepted.plan);
  const exitCode = verdict === "accepted" ? EXIT.ok : verdict === "waiting" ? EXIT.waiting : EXIT.input;
  return {
    exitCode,
    review,
    bytes: accepted.written ? await port.toBytes() : null,
    consolidated: accepted.applied.current.length,
  };
}

/**
 * The report of a run that failed: what was judged so far, the exit code and the message the user
 * is shown. Never throws, so that the failure itself is what the user is told; a report that
 * cannot be written either is said on stderr.
 */
async function reportFailure(path: string, state: ReportState, error: unknown, io: CliIo): Promise<void> {
  const outcome: ReportOutcome =
    error instanceof CliError
      ? { exitCode: error.exitCode, message: error.message, details: [...error.details] }
      : {
          exitCode: EXIT.unexpected,
          message: S.cli.unexpected(error instanceof Error ? error.message : String(error)),
        };
  try {
    await writeReport(path, reportOf(state, outcome));
    println(io.stdout, T.reportWritten(path));
  } catch (e) {
    println(io.stderr, e instanceof Error ? e.message : String(e));
  }
}

function printAssessments(io: CliIo, assessments: FileAssessment[]): void {
  for (const a of assessments) {
    const claimed = a.submission?.bagian ?? a.claimedBagian;
    const who = claimed ? ` — ${claimed.nama}` : "";
    println(io.stdout, `${S.consolidate.verdicts[a.verdict]}: ${a.file.name}${who}`);
    for (const issue of a.issues) {
      if (issue.severity === "info") continue;
      println(io.stdout, `  ${formatIssue(issue)}`);
    }
  }
  println(io.stdout);
}

/** A value of the difference: a text quoted (shortened past 80 characters), blank as "(kosong)". */
const show = (v: string | number | null): string =>
  v === null || v === "" ? S.consolidate.blank : typeof v === "number" ? String(v) : S.returned.quote(v);

export function formatChange(c: CellChange): string {
  const where = c.cell ? `${c.cell} ` : "";
  const label = c.label ? ` — ${c.label}` : "";
  return `${where}${S.consolidate.fields[c.field]}${label}: ${show(c.before)} → ${show(c.after)}`;
}

function printPlan(io: CliIo, plan: ConsolidationPlan): void {
  for (const p of plan.proposals) {
    println(
      io.stdout,
      T.proposal(p.submission.bagian.nama, S.consolidate.kinds[p.kind], p.submission.file.name),
    );
    if (p.kind === "replace") for (const c of p.changes) println(io.stdout, `    ${formatChange(c)}`);
  }
  for (const c of plan.conflicts) {
    const names = c.candidates.map((s) => s.file.name);
    println(io.stdout, T.conflict(c.candidates[0]?.bagian.nama ?? c.bagian, names, c.bagian));
  }
  println(io.stdout);
}
