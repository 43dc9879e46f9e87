/**
 * Reading a round's SOP from a workbook: the setup, the SOP state, the Log with its anchor, the
 * paraf records and the fingerprint of the reviewed content — and what they mean at `now`.
 */
import { DATA_SHEET, readDataSheet } from "../domain/ledger/data-sheet";
import { KK_META_PREFIX } from "../domain/kertas-kerja/kertas-kerja-meta";
import { LAPORAN_SHEET } from "../domain/sop/laporan-sheet-name";
import {
  hasReviewableContent,
  parafValidity,
  REVIEWED_SHEETS,
  reviewedContentFingerprint,
  type ParafState,
  type ParafValidity,
} from "../domain/sop/paraf";
import { PARAF_STATE_SHEET, readParafSheet } from "../domain/sop/paraf-sheet";
import type { Official, RoundSetup, SopRole } from "../domain/setup/setup-types";
import {
  currentStep,
  DEFAULT_SOP,
  sopStatus,
  type SopActor,
  type SopState,
  type SopStepStatus,
} from "../domain/sop/sop";
import type { LogAnchor, LogEntry } from "../domain/sop/sop-log";
import { LOG_ANCHOR_SHEET, readLog } from "../domain/sop/sop-log-sheet";
import { readSopState } from "../domain/sop/sop-sheet";
import type { Issue } from "../domain/shared/types";
import { DEFAULT_CALENDAR, instantFromMs, instantMs, type Instant } from "../domain/setup/working-time";
import type { SheetSnapshot } from "../sheet/plan";
import { S } from "../strings";
import type { WorkbookPort } from "./ports";
import { loadSetup } from "./setup";

/** A step of the SOP form, scheduled or not: what it is and who carries it out. */
export interface SopStepOutline {
  no: number;
  aktivitas: string;
  role: SopRole;
  /** "Kepala Bagian Umum dan Keuangan". */
  roleName: string;
  /** Who holds the role on the Pengaturan sheet; null when nobody is named yet. */
  official: Official | null;
}

/** One step of a scheduled round as the task pane and the CLI show it. */
export interface SopStepView extends SopStepOutline {
  plannedStart: Instant;
  plannedFinish: Instant;
  actualStart?: Instant;
  actualFinish?: Instant;
  actor?: SopActor;
  status: SopStepStatus;
  /** The latest reason given for starting the step before earlier steps were done. */
  reason?: string;
}

/** Everything the SOP panel and `sop status` show about a round at a moment. */
export interface SopRound {
  now: Instant;
  setup: RoundSetup | null;
  /** null until the round is scheduled (or when `_sop_state` cannot be read: see `issues`). */
  sop: SopState | null;
  statuses: SopStepStatus[];
  /** The steps of the scheduled round; empty until it is scheduled (then see `outline`). */
  steps: SopStepView[];
  /** The eight steps of the SOP form, scheduled or not: what `sop status` lists before scheduling. */
  outline: SopStepOutline[];
  /** The first step not yet finished (who must act: `current.official`); null when all are done. */
  current: SopStepView | null;
  /** The current step's planned finish. */
  due: Instant | null;
  /** Steps not finished and past their planned finish, in working time. */
  overdue: SopStepView[];
  paraf: ParafState;
  /**
   * SHA-256 of the Data, Analisis and Laporan sheets now (`reviewedContentFingerprint`; of their
   * absence, before consolidation; of Data and Analisis alone while there is no Laporan, as older
   * masters were fingerprinted).
   */
  fingerprint: string;
  /** The master holds a draft Laporan (a "Laporan" sheet with content): step 5's output. */
  laporan: boolean;
  /** `logEntry` is the invalidation the next write will log, if a paraf went stale. */
  parafValidity: ParafValidity;
  log: { entries: LogEntry[]; issues: Issue[] };
  /**
   * Step 4: kertas kerja generated in this workbook, the Bagian whose submission is on the Data
   * sheet, and the Bagian of the setup still missing.
   */
  kertasKerja: { generated: number; submitted: string[]; missing: string[]; note: string };
  /** Shown next to every paraf and signature: a record, not a certified signature. */
  disclaimer: string;
  /** Every problem found while reading (setup, SOP state, paraf state, Log). */
  issues: Issue[];
}

/** What the actions need besides the round. */
export interface SopReading {
  round: SopRound;
  anchor: LogAnchor | null;
  /** True when `_sop_state` exists but cannot be read: nothing may overwrite it. */
  stateUnreadable: boolean;
  /** The Laporan sheet as read (null when there is none), for the refusals that name it. */
  laporanSheet: SheetSnapshot | null;
}

/** Reads the round's SOP from the workbook; never throws for what the workbook contains. */
export async function loadSopRound(port: WorkbookPort, now: string): Promise<SopRound> {
  return (await readSopRound(port, now)).round;
}

export async function readSopRound(port: WorkbookPort, nowText: string): Promise<SopReading> {
  const issues: Issue[] = [];
  const ms = instantMs(nowText);
  if (ms === undefined) {
    issues.push({
      severity: "error",
      code: "sop.time.invalid",
      message: S.sop.app.badNow(nowText),
      found: nowText,
      expected: S.sop.errors.badTimeExpected,
    });
  }
  const { setup, issues: setupIssues } = await loadSetup(port);
  issues.push(...setupIssues);

  const stateSheet = await port.readSheet(S.sop.stateSheetName);
  const stateRead = stateSheet ? readSopState(stateSheet) : { state: null, issues: [] };
  issues.push(...stateRead.issues);
  const sop = stateRead.state;
  const now = instantFromMs(ms ?? Date.now(), sop?.calendar ?? DEFAULT_CALENDAR);

  const [logSheet, anchorSheet, parafSheet] = await Promise.all([
    port.readSheet(S.sopLog.sheetName),
    port.readSheet(LOG_ANCHOR_SHEET),
    port.readSheet(PARAF_STATE_SHEET),
  ]);
  const log = readLog({ sheets: [logSheet, anchorSheet].filter((s): s is SheetSnapshot => s !== null) });
  issues.push(...log.issues);
  const paraf = readParafSheet(parafSheet);
  issues.push(...paraf.issues);

  const reviewed = await Promise.all(REVIEWED_SHEETS.map((name) => port.readSheet(name)));
  const laporanSheet = reviewed[REVIEWED_SHEETS.indexOf(LAPORAN_SHEET)] ?? null;
  const fingerprint = reviewedContentFingerprint(reviewed.filter((s): s is SheetSnapshot => s !== null));
  const validity = parafValidity(paraf.state, fingerprint, { log: log.entries, at: now });

  const sheets = await port.listSheets();
  const generated = sheets.filter((s) => s.name.startsWith(KK_META_PREFIX)).length;

  const statuses = sop ? sopStatus(sop, now) : [];
  const steps = sop ? stepViews(sop, statuses, setup) : [];
  const currentNo = sop ? currentStep(sop)?.no : undefined;
  const current = steps.find((s) => s.no === currentNo) ?? null;
  return {
    round: {
      now,
      setup,
      sop,
      statuses,
      steps,
      outline: sop
        ? steps.map(outlineOf)
        : DEFAULT_SOP.steps.map((d) => outlineStep(d.no, d.pelaksana, setup)),
      current,
      due: current?.plannedFinish ?? null,
      overdue: steps.filter((s) => s.status.status === "terlambat" && !s.status.done),
      paraf: paraf.state,
      fingerprint,
      laporan: hasReviewableContent(laporanSheet),
      parafValidity: validity,
      log: { entries: log.entries, issues: log.issues },
      kertasKerja: collection(setup, reviewed[REVIEWED_SHEETS.indexOf(DATA_SHEET)] ?? null, generated),
      disclaimer: S.sopLog.paraf.disclaimer,
      issues,
    },
    anchor: log.anchor,
    stateUnreadable: stateSheet !== null && sop === null,
    laporanSheet,
  };
}

/** Who has submitted (on the Data sheet) and who has not, for step 4. */
function collection(
  setup: RoundSetup | null,
  data: SheetSnapshot | null,
  generated: number,
): SopRound["kertasKerja"] {
  const inData = data ? readDataSheet(data).submissions.map((s) => s.bagian) : [];
  const submitted = inData.map((b) => b.nama);
  const codes = new Set(inData.map((b) => b.kode as string));
  const missing = (setup?.bagian ?? []).filter((b) => !codes.has(b.kode)).map((b) => b.nama);
  const note = data === null ? S.sop.app.submissionsNone : S.sop.app.submissions(submitted.length, missing);
  return { generated, submitted, missing, note };
}

function outlineStep(no: number, role: SopRole, setup: RoundSetup | null): SopStepOutline {
  return {
    no,
    aktivitas: DEFAULT_SOP.steps.find((d) => d.no === no)?.aktivitas ?? "",
    role,
    roleName: S.setup.roles[role],
    official: setup?.pejabat.find((p) => p.peran === role) ?? null,
  };
}

const outlineOf = ({ no, aktivitas, role, roleName, official }: SopStepView): SopStepOutline => ({
  no,
  aktivitas,
  role,
  roleName,
  official,
});

function stepViews(sop: SopState, statuses: SopStepStatus[], setup: RoundSetup | null): SopStepView[] {
  return sop.steps.map((s) => {
    const status = statuses.find((x) => x.no === s.no) ?? {
      no: s.no,
      status: "belum" as const,
      done: false,
      lateMinutes: 0,
    };
    const reason = [...s.events].reverse().find((e) => e.kind === "start" && e.reason)?.reason;
    const view: SopStepView = {
      ...outlineStep(s.no, s.role, setup),
      plannedStart: s.plannedStart,
      plannedFinish: s.plannedFinish,
      status,
    };
    if (s.actualStart) view.actualStart = s.actualStart;
    if (s.actualFinish) view.actualFinish = s.actualFinish;
    if (s.actor) view.actor = s.actor;
    if (reason) view.reason = reason;
    return view;
  });
}
