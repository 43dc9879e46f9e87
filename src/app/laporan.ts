/**
 * Step 5's draft: the Laporan Kinerja built from a consolidated master ("Susun laporan", CLI
 * `laporan`). Writes the master's "Laporan" sheet (its figures formulas over Analisis and Data)
 * with a Log entry, in one write, and returns the document for its Word rendering, which carries
 * the paraf and signature records as they stand after the write.
 *
 * The draft is dated by the master's latest consolidation, not by the clock: the same master
 * always gives the same Laporan, so building it again over unchanged data leaves a paraf valid,
 * while any change to the data or the text voids it (the paraf covers the Laporan sheet).
 */
import { readDataSheet } from "../domain/ledger/data-sheet";
import { DATA_SHEET } from "../domain/ledger/data-layout";
import { laporanFileName } from "../domain/archive/archive-names";
import { laporanSheetPlan } from "../domain/report/laporan-sheet";
import { buildReport } from "../domain/report/report-build";
import { reportInputOf } from "../domain/report/report-input";
import type { ReportApproval, ReportDocument } from "../domain/report/report-model";
import type { RoundSetup } from "../domain/setup/setup-types";
import { inCalendarZone, parseInstant } from "../domain/setup/working-time";
import { makeIssue } from "../domain/shared/issues";
import type { Issue } from "../domain/shared/types";
import type { LogActor, LogEntry } from "../domain/sop/sop-log";
import { S } from "../strings";
import { laporanApp as T } from "../strings/laporanApp";
import { withLogEntries } from "./log";
import { pkOfSheet, PK_SHEET } from "./pk";
import { readSheetsOf, type WorkbookPort } from "./ports";
import { loadSetup } from "./setup";
import { readSopRound } from "./sop-read";

export type LaporanOutcome =
  | {
      ok: true;
      doc: ReportDocument;
      /** The Word document's file name: "Laporan-Kinerja-<instansi>-<tahun>-<periode>.docx". */
      fileName: string;
      /** Warnings and notes met while reading the master (a damaged PK sheet, …). */
      issues: Issue[];
    }
  | { ok: false; issues: Issue[] };

/**
 * Builds the Laporan of the master's round and writes its sheet (with a "laporan" Log entry, as
 * `actor`, at `now`): all or nothing. Refuses, writing nothing, without Pengaturan or without
 * consolidated Data, or when Data cannot be read whole.
 */
export async function susunLaporan(
  port: WorkbookPort,
  opts: { now: string; actor: LogActor },
): Promise<LaporanOutcome> {
  const { setup, issues: setupIssues } = await loadSetup(port);
  if (!setup) return { ok: false, issues: [...setupIssues, refusal("laporan.no-setup", T.noSetup)] };
  const [data, pkSheet] = await readSheetsOf(port, [DATA_SHEET, PK_SHEET]);
  if (!data) return { ok: false, issues: [refusal("laporan.no-data", T.noData, DATA_SHEET)] };
  const read = readDataSheet(data);
  const damaged = read.issues.filter((i) => i.severity === "error");
  if (damaged.length > 0) return { ok: false, issues: damaged };
  if (read.submissions.length === 0) {
    return { ok: false, issues: [refusal("laporan.no-data", T.noData, DATA_SHEET)] };
  }
  const pk = pkOfSheet(pkSheet ?? null);
  const before = await readSopRound(port, opts.now);
  const disusun = draftDate(
    before.round.log.entries,
    setup,
    read.submissions.map((s) => s.importedAt),
  );
  const input = reportInputOf(setup, read.submissions, pk.pk, { disusun });
  const plan = laporanSheetPlan(buildReport(input));
  const entry = {
    at: opts.now,
    who: opts.actor,
    action: "laporan" as const,
    detail: T.logDetail(S.common.periode[setup.periode], setup.tahun, read.submissions.length),
  };
  await port.writeSheets([plan, ...(await withLogEntries(port, [entry]))]);

  // The records as they stand now that the Laporan is written: valid only if it did not change.
  const after = await readSopRound(port, opts.now);
  const approvals = approvalsOf(after.round.parafValidity.checks);
  const doc = buildReport({ ...input, approvals });
  const round = { instansi: setup.instansi, tahun: setup.tahun, periode: setup.periode };
  return { ok: true, doc, fileName: laporanFileName(round), issues: [...setupIssues, ...pk.issues] };
}

/** The date of the master's latest consolidation in the round's zone; else of its latest import. */
function draftDate(log: readonly LogEntry[], setup: RoundSetup, imported: readonly string[]): string {
  const consolidated = log.filter((e) => e.action === "consolidate").map((e) => e.at);
  const latest = [...consolidated, ...(consolidated.length > 0 ? [] : imported)]
    .map((at) => parseInstant(at))
    .filter((t): t is NonNullable<typeof t> => t !== undefined)
    .map((t) => inCalendarZone(t, setup.calendar))
    .sort()
    .at(-1);
  return (latest ?? `${setup.tahun}-12-31`).slice(0, 10);
}

/** The latest paraf and signature, each with whether it still covers the master's content. */
function approvalsOf(
  checks: readonly {
    step: number;
    record: { nama: string; jabatan: string; nip: string; at: string; fingerprint: string };
    status: string;
  }[],
): ReportApproval[] {
  return checks.map((c) => ({
    kind: c.step === 6 ? "paraf" : "ttd",
    role: c.step === 6 ? S.setup.roles["kabag-umum-keuangan"] : S.setup.roles["sekretaris-daerah"],
    nama: c.record.nama,
    jabatan: c.record.jabatan,
    nip: c.record.nip,
    at: c.record.at,
    fingerprint: c.record.fingerprint,
    valid: c.status === "valid",
  }));
}

function refusal(code: string, message: string, sheet?: string): Issue {
  return makeIssue("error", code, message, {
    ...(sheet ? { sheet } : {}),
    found: T.found,
    expected: T.expected,
  });
}
