/**
 * Consolidating returned kertas kerja into the master (SOP steps 4–5): read and judge every
 * picked file, show what accepting would change, then write Data, Analisis and Riwayat (and the
 * Log) in one all-or-nothing write. Shared by the task pane and the CLI.
 */
import { analysisSheetPlan } from "../domain/analysis/analysis-sheet";
import {
  applyConsolidation,
  planConsolidation,
  type AppliedConsolidation,
  type ConsolidationPlan,
} from "../domain/ledger/consolidate";
import { DATA_SHEET, dataSheetPlan, readDataSheet } from "../domain/ledger/data-sheet";
import { sha256Hex } from "../domain/shared/fingerprint";
import { KK_META_PREFIX, readMeta, type KertasKerjaMeta } from "../domain/kertas-kerja/kertas-kerja-meta";
import { assessReturnedFile } from "../domain/returned/returned";
import {
  RIWAYAT_SHEET,
  readRiwayatSheet,
  riwayatSheetPlan,
  type RiwayatEntry,
} from "../domain/ledger/riwayat-sheet";
import { readSetupSheet, setupSheetPlan } from "../domain/setup/setup";
import { scalesOfStored } from "../domain/setup/scales";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { LogActor, NewLogEntry } from "../domain/sop/sop-log";
import type {
  ConsolidatedSubmission,
  FileAssessment,
  ReturnedFile,
  ReturnedRead,
  Submission,
} from "../domain/returned/submission";
import { verdictOf } from "../domain/returned/submission";
import type { Issue, PerjanjianKinerja } from "../domain/shared/types";
import { fitPlanTexts } from "../sheet/cell-text";
import type { SheetPlan, SheetSnapshot } from "../sheet/plan";
import { S } from "../strings";
import { combinedFingerprint, withLogEntries } from "./log";
import { readSheetsOf, type WorkbookPort } from "./ports";
import { pkFromMetas, pkOfSheet, pkSheetFor, PK_SHEET } from "./pk";

/** One picked file, read lazily so that a progress bar can follow the reading. */
export interface ReturnedSource {
  name: string;
  read(): Promise<ReturnedRead>;
}

/** What the master holds now. */
export interface ConsolidationState {
  setup: RoundSetup | null;
  /** The master's "Perjanjian Kinerja" sheet, read; null when it has none. */
  pk: PerjanjianKinerja | null;
  current: ConsolidatedSubmission[];
  riwayat: RiwayatEntry[];
  /** Metadata of the kertas kerja generated in this master, by Bagian kode. */
  generated: Map<string, KertasKerjaMeta>;
  /** SHA-256 of the Data and Riwayat sheets as read: a change before the write is noticed. */
  fingerprint: string;
  /** Problems reading the master's own sheets (a Data sheet damaged by hand, …). */
  issues: Issue[];
}

export interface ConsolidationReview {
  state: ConsolidationState;
  /** The setup the files were judged against: the master's, or the newest one a file carries. */
  setup: RoundSetup;
  /** True when the master has no Pengaturan yet: accepting writes it from `setup`. */
  newMaster: boolean;
  /** The round's PK: the master's, else the newest one a file carries; null when none. */
  pk: PerjanjianKinerja | null;
  /** True when the PK came from a file: accepting writes the master's "Perjanjian Kinerja" sheet. */
  newPk: boolean;
  /** One per picked file, in pick order. */
  assessments: FileAssessment[];
  /** What accepting would do, before the user settles conflicts. */
  plan: ConsolidationPlan;
}

export type ReviewOutcome = { ok: true; review: ConsolidationReview } | { ok: false; issues: Issue[] };

export interface AcceptOptions {
  /** Conflicts settled by the user: Bagian kode → SHA-256 of the chosen file. */
  choices?: Readonly<Record<string, string>>;
  /** ISO instant with offset. */
  now: string;
  actor: LogActor;
}

export type AcceptOutcome =
  | { ok: true; written: boolean; plan: ConsolidationPlan; applied: AppliedConsolidation }
  | { ok: false; issues: Issue[] };

const fingerprintOf = (sheets: (SheetSnapshot | null)[]): string =>
  sha256Hex(JSON.stringify(sheets.map((s) => (s ? [s.values, s.formulas ?? null] : null))));

/**
 * Reads what the master holds: setup, current submissions, history, generated metadata. Every
 * sheet comes in one batched read (after the list of sheets names the metadata sheets), so the
 * Excel host takes the same few requests for two Bagian as for forty.
 */
export async function loadConsolidationState(port: WorkbookPort): Promise<ConsolidationState> {
  const metaNames = (await port.listSheets())
    .map((s) => s.name)
    .filter((name) => name.startsWith(KK_META_PREFIX));
  const [setupSheet, data, riwayat, pkSheet, ...metas] = await readSheetsOf(port, [
    S.setup.sheetName,
    DATA_SHEET,
    RIWAYAT_SHEET,
    PK_SHEET,
    ...metaNames,
  ]);
  const { setup, issues } = setupSheet ? readSetupSheet(setupSheet) : { setup: null, issues: [] };
  const pk = pkOfSheet(pkSheet ?? null);
  const ledger = readLedger(data ?? null, riwayat ?? null);
  const generated = new Map<string, KertasKerjaMeta>();
  for (const snapshot of metas) {
    const read = snapshot ? readMeta(snapshot) : null;
    if (read?.ok) generated.set(read.meta.bagian.kode, read.meta);
  }
  return { setup, pk: pk.pk, ...ledger, generated, issues: [...issues, ...pk.issues, ...ledger.issues] };
}

type Ledger = Pick<ConsolidationState, "current" | "riwayat" | "fingerprint" | "issues">;

/** The submissions on Data and the history on Riwayat, with their fingerprint. */
function readLedger(data: SheetSnapshot | null, riwayat: SheetSnapshot | null): Ledger {
  const current: ConsolidatedSubmission[] = [];
  const history: RiwayatEntry[] = [];
  const issues: Issue[] = [];
  if (data) {
    const read = readDataSheet(data);
    current.push(...read.submissions);
    issues.push(...read.issues);
  }
  if (riwayat) {
    const read = readRiwayatSheet(riwayat);
    history.push(...read.entries);
    issues.push(...read.issues);
  }
  return { current, riwayat: history, fingerprint: fingerprintOf([data, riwayat]), issues };
}

/** Only what accepting needs to check and extend: Data and Riwayat (not the metadata sheets). */
async function loadLedger(port: WorkbookPort): Promise<Ledger> {
  const [data, riwayat] = await readSheetsOf(port, [DATA_SHEET, RIWAYAT_SHEET]);
  return readLedger(data ?? null, riwayat ?? null);
}

/** The setup a returned file carries in its metadata (null when none, unreadable, or anything odd). */
function metaOf(file: ReturnedFile): KertasKerjaMeta | null {
  try {
    for (const sheet of file.sheets) {
      if (!sheet.name.startsWith(KK_META_PREFIX)) continue;
      const read = readMeta(sheet);
      if (read.ok) return read.meta;
    }
  } catch {
    // The file is judged on its own below; here it only cannot lend its setup.
  }
  return null;
}

/**
 * Reads one picked file; a read that throws (it never should: the hosts' readers return refusals)
 * still becomes a verdict on that file, never the end of the round.
 */
async function readSafely(source: ReturnedSource): Promise<ReturnedRead> {
  try {
    return await source.read();
  } catch (e) {
    return { ok: false, file: unreadFile(source.name), issues: [unexpectedIssue(source.name, e)] };
  }
}

/** Judges one file; anything unexpected is an error on that file (see assessReturnedFile). */
function assessSafely(read: ReturnedRead, ctx: Parameters<typeof assessReturnedFile>[1]): FileAssessment {
  if (!read.ok) return { file: read.file, verdict: "rejected", issues: read.issues, submission: null };
  try {
    return assessReturnedFile(read.file, ctx);
  } catch (e) {
    const { name, sha256, size, savedAt } = read.file;
    return {
      file: { name, sha256, size, savedAt },
      verdict: "rejected",
      issues: [unexpectedIssue(name, e)],
      submission: null,
    };
  }
}

const unreadFile = (name: string) => ({ name, sha256: "", size: 0, savedAt: null });

function unexpectedIssue(name: string, e: unknown): Issue {
  return {
    severity: "error",
    code: "returned.file.unexpected",
    message: S.returned.file.unexpected(name, e instanceof Error ? e.message : String(e)),
    file: name,
  };
}

/**
 * For a master without Pengaturan: the setup of the most recently generated file that carries one
 * (ties by file hash), so that the choice does not depend on the order of the pick.
 */
function setupFromFiles(files: ReturnedFile[]): RoundSetup | null {
  const candidates = files
    .map((f) => ({ f, meta: metaOf(f) }))
    .filter(
      (c): c is { f: ReturnedFile; meta: KertasKerjaMeta & { setup: RoundSetup } } =>
        typeof c.meta?.generatedAt === "string" && isSetupShaped(c.meta.setup),
    )
    .sort(
      (a, b) => b.meta.generatedAt.localeCompare(a.meta.generatedAt) || a.f.sha256.localeCompare(b.f.sha256),
    );
  const setup = candidates[0]?.meta.setup;
  // Metadata written before qualitative scales existed: the default scales (as a Pengaturan without them).
  return setup ? { ...setup, rules: { ...setup.rules, scales: scalesOfStored(setup.rules) } } : null;
}

/**
 * Reads and judges every file (`onProgress` after each), and says what accepting would do.
 * Writes nothing. Fails only when there is no setup at all: no Pengaturan in the master and no
 * file that carries one.
 */
export async function reviewReturnedFiles(
  port: WorkbookPort,
  sources: readonly ReturnedSource[],
  opts: { onProgress?: (done: number, total: number, name: string) => void } = {},
): Promise<ReviewOutcome> {
  const state = await loadConsolidationState(port);
  const reads: ReturnedRead[] = [];
  for (const [i, source] of sources.entries()) {
    reads.push(await readSafely(source));
    opts.onProgress?.(i + 1, sources.length, source.name);
  }
  const readable = reads.flatMap((r) => (r.ok ? [r.file] : []));
  const setup = state.setup ?? setupFromFiles(readable);
  const pk = state.pk ?? pkFromMetas(readable.flatMap((f) => metaOf(f) ?? []));
  if (!setup) {
    return { ok: false, issues: [...state.issues, noSetupIssue(sources.map((s) => s.name))] };
  }
  const assessments = reads.map((r) => assessSafely(r, { setup, generated: state.generated }));
  const accepted = assessments.flatMap((a) => (a.submission ? [a.submission] : []));
  const plan = planConsolidation(setup, state.current, accepted);
  const newMaster = state.setup === null;
  return { ok: true, review: { state, setup, newMaster, pk, newPk: !state.pk && !!pk, assessments, plan } };
}

/**
 * The shape a setup from a file's metadata needs before the round is judged against it (the
 * metadata's fingerprint does not cover it; a hand-edited one must not break the round).
 */
function isSetupShaped(setup: unknown): setup is RoundSetup {
  if (!setup || typeof setup !== "object") return false;
  const s = setup as Partial<Record<keyof RoundSetup, unknown>>;
  const isObject = (v: unknown) => !!v && typeof v === "object";
  return (
    typeof s.instansi === "string" &&
    typeof s.tahun === "number" &&
    typeof s.periode === "string" &&
    Array.isArray(s.bagian) &&
    s.bagian.every((b) => isObject(b) && typeof (b as { kode?: unknown }).kode === "string") &&
    isObject(s.rules) &&
    isObject(s.calendar)
  );
}

function noSetupIssue(names: string[]): Issue {
  return {
    severity: "error",
    code: "consolidate.setup.missing",
    message: S.consolidate.noSetup,
    sheet: S.setup.sheetName,
    found: names.length === 0 ? S.consolidate.noFiles : S.consolidate.noSetupFound,
    expected: S.consolidate.setupExpected,
  };
}

/**
 * Accepts a review: settles conflicts with `choices`, then writes Data, Analisis, Riwayat (and
 * Pengaturan for a new master) with their Log entries in one all-or-nothing write. Refuses,
 * writing nothing, when the master's Data or Riwayat changed since the review, or holds rows it
 * cannot read (rewriting them would lose what could not be read). When nothing
 * changes (the same files again), writes nothing at all.
 */
export async function acceptConsolidation(
  port: WorkbookPort,
  review: ConsolidationReview,
  opts: AcceptOptions,
): Promise<AcceptOutcome> {
  const fresh = await loadLedger(port);
  if (fresh.fingerprint !== review.state.fingerprint) {
    return {
      ok: false,
      issues: [
        {
          severity: "error",
          code: "consolidate.master.changed",
          message: S.consolidate.masterChanged,
          sheet: DATA_SHEET,
          found: S.consolidate.masterChangedFound,
          expected: S.consolidate.masterChangedExpected,
        },
      ],
    };
  }
  // Data or Riwayat that cannot be read whole would be rewritten without what could not be read.
  const damaged = fresh.issues.filter((i) => i.severity === "error");
  if (damaged.length > 0) return { ok: false, issues: damaged };
  const { setup } = review;
  const accepted = review.assessments.flatMap((a) => (a.submission ? [a.submission] : []));
  const plan = planConsolidation(setup, fresh.current, accepted, opts.choices);
  const importedBy = opts.actor.nip ? `${opts.actor.nama} (NIP ${opts.actor.nip})` : opts.actor.nama;
  const applied = applyConsolidation(setup, fresh.current, plan.proposals, {
    importedAt: opts.now,
    importedBy,
  });
  if (!applied.changed) return { ok: true, written: false, plan, applied };

  const riwayat: RiwayatEntry[] = [
    ...fresh.riwayat,
    ...applied.replaced.map((submission) => ({ replacedAt: opts.now, replacedBy: importedBy, submission })),
  ];
  const plans: SheetPlan[] = [];
  if (review.newMaster) plans.push(setupSheetPlan(setup));
  if (review.newPk && review.pk) plans.push(pkSheetFor(review.pk, setup));
  plans.push(dataSheetPlan(setup, applied.current), analysisSheetPlan(setup, applied.current, review.pk));
  if (riwayat.length > 0) plans.push(riwayatSheetPlan(setup, riwayat));
  plans.push(...(await withLogEntries(port, logEntries(plan, applied, opts))));
  // The validator cuts a returned text that is too long already; whatever else might still carry
  // one (a Data row read back, a name) is cut here, so that no text can make this write fail.
  await port.writeSheets(plans.map(fitPlanTexts));
  return { ok: true, written: true, plan, applied };
}

/** One Log entry per file brought in (import or re-submission), then the consolidation itself. */
function logEntries(
  plan: ConsolidationPlan,
  applied: AppliedConsolidation,
  opts: AcceptOptions,
): NewLogEntry[] {
  const entries: NewLogEntry[] = [];
  const base = { at: opts.now, who: opts.actor };
  for (const p of plan.proposals) {
    if (p.kind === "unchanged") continue;
    const sub: Submission = p.submission;
    entries.push({
      ...base,
      action: p.kind === "new" ? "import" : "resubmission",
      detail:
        p.kind === "new"
          ? S.consolidate.log.imported(sub.bagian.nama, sub.file.name)
          : S.consolidate.log.resubmitted(
              sub.bagian.nama,
              sub.file.name,
              p.previous.file.name,
              p.changes.length,
            ),
      fingerprint: sub.file.sha256,
    });
  }
  entries.push({
    ...base,
    action: "consolidate",
    detail: S.consolidate.log.consolidated(
      applied.current.length,
      applied.current.map((s) => s.bagian.nama),
    ),
    fingerprint: combinedFingerprint(applied.current.map((s) => s.file.sha256)),
  });
  return entries;
}

/**
 * The verdict of a whole pick, for the CLI's exit code and the pane's headline: "some-rejected"
 * when a file was rejected; else "waiting" when two files claim one Bagian and no choice settles
 * it in `plan` (default: before any choice); else "accepted" (warnings included).
 */
export function pickVerdict(
  review: ConsolidationReview,
  plan: ConsolidationPlan = review.plan,
): "accepted" | "some-rejected" | "waiting" {
  const all = review.assessments.map((a) => verdictOf(a.issues));
  if (all.includes("rejected")) return "some-rejected";
  return plan.conflicts.length > 0 ? "waiting" : "accepted";
}
