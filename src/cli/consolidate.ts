/**
 * `consolidate FILE... --into MASTER.xlsx [--report report.json]`: the consolidation use cases of
 * src/app over files on disk. The master is created (from the setup a returned file carries) when
 * it does not exist yet, and written back in place (temp file + rename) only when something changed.
 */
import { stat, writeFile } from "node:fs/promises";
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

export async function runConsolidate(opts: ConsolidateOptions, io: CliIo): Promise<ConsolidateResult> {
  const masterPath = resolve(io.cwd, opts.into);
  const exists = await stat(masterPath).then(
    (s) => s.isFile(),
    () => false,
  );
  const port = exists
    ? await guardRead(masterPath, async () =>
        XlsxWorkbook.fromBytes(await readInputWorkbook(masterPath), masterPath),
      )
    : XlsxWorkbook.create();
  const paths = opts.files.map((f) => resolve(io.cwd, f));
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
  printPlan(io, accepted.plan);

  if (accepted.written) {
    try {
      await writeXlsxFile(masterPath, await port.toBytes());
    } catch (error) {
      if (error instanceof XlsxError) throw new CliError(EXIT.output, error.message);
      throw error;
    }
    println(io.stdout, T.written(masterPath, accepted.applied.current.length));
  } else {
    println(io.stdout, T.nothingChanged(masterPath));
  }

  const exitCode = pickVerdict(review, accepted.plan) === "accepted" ? EXIT.ok : EXIT.input;
  if (opts.report) {
    const reportPath = resolve(io.cwd, opts.report);
    try {
      await writeFile(
        reportPath,
        JSON.stringify(reportOf(review, accepted.plan, accepted.written, masterPath, paths), null, 2),
      );
    } catch (error) {
      throw new CliError(EXIT.output, S.cli.output.cannotWrite(reportPath, String(error)));
    }
    println(io.stdout, T.reportWritten(reportPath));
  }
  return { exitCode, review, written: accepted.written };
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

const show = (v: string | number | null): string =>
  v === null || v === "" ? S.consolidate.blank : typeof v === "number" ? String(v) : `"${v}"`;

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

/** The JSON report: every file with every issue, what was proposed, and whether the master was written. */
function reportOf(
  review: ConsolidationReview,
  plan: ConsolidationPlan,
  written: boolean,
  master: string,
  paths: string[],
) {
  return {
    type: "kertas-kerja-sakip/laporan-konsolidasi",
    version: 1,
    master,
    written,
    files: review.assessments.map((a, i) => ({
      path: paths[i] ?? null,
      name: a.file.name,
      sha256: a.file.sha256,
      size: a.file.size,
      savedAt: a.file.savedAt,
      verdict: a.verdict,
      bagian: a.submission?.bagian.kode ?? a.claimedBagian?.kode ?? null,
      issues: a.issues,
    })),
    proposals: plan.proposals.map((p) => ({
      bagian: p.bagian,
      kind: p.kind,
      file: p.submission.file.name,
      sha256: p.submission.file.sha256,
      changes: p.kind === "replace" ? p.changes : [],
    })),
    conflicts: plan.conflicts.map((c) => ({
      bagian: c.bagian,
      files: c.candidates.map((s) => ({ name: s.file.name, sha256: s.file.sha256 })),
    })),
  };
}
