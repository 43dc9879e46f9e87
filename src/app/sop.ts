/**
 * The SOP use cases, written once for the task pane (Office.js) and the CLI (.xlsx files):
 * schedule a round, mark steps started and done, record the paraf (step 6) and the signature
 * (step 7). Each action reads the workbook, lets the domain decide, then writes every sheet it
 * changed in ONE `port.writeSheets` — all or nothing; a refusal writes nothing.
 *
 * Who acts is stated by NIP: Office.js does not reveal the signed-in user without single
 * sign-on, so a paraf here is a record, not a signature (`SopRound.disclaimer` says so to the user).
 *
 * Co-authoring (Excel on the web): someone else may act between this read and this write. Just
 * before the write, `_sop_state`, the Log with its anchor and `_paraf_state` are read again; what
 * changed meanwhile is merged with this action's result, so that neither is lost:
 * `mergeSopStates` (every event of both, the later action winning a step), `mergeLogs` (both
 * tails re-chained, with a "merge" entry) and `mergeParafStates` (the union of the paraf
 * records). The window left is the one between that re-read and the write itself. Reading does
 * not merge by itself.
 */
import { isIsoDate } from "../domain/shared/dates";
import { laporanRequired } from "../domain/sop/draft-laporan";
import { mergeParafStates, parafValidity, recordParaf, type ParafState } from "../domain/sop/paraf";
import { PARAF_STATE_SHEET, parafStateSheetPlan, readParafSheet } from "../domain/sop/paraf-sheet";
import { createSopState, DEFAULT_SOP, rescheduleSop, type SopEvent, type SopState } from "../domain/sop/sop";
import { finishStep, startStep, type SopActionResult } from "../domain/sop/sop-actions";
import { canonicalJson } from "../domain/shared/fingerprint";
import { mergeSopStates } from "../domain/sop/sop-merge";
import { appendLog, mergeLogs, type LogEntry, type NewLogEntry } from "../domain/sop/sop-log";
import { LOG_ANCHOR_SHEET, logAnchorSheetPlan, logSheetPlan, readLog } from "../domain/sop/sop-log-sheet";
import { readSopState, sopSheetPlan, sopStateSheetPlan } from "../domain/sop/sop-sheet";
import type { SheetSnapshot } from "../sheet/plan";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { Issue } from "../domain/shared/types";
import {
  formatInstant,
  localInstant,
  nextWorkingStart,
  parseInstant,
  type Instant,
} from "../domain/setup/working-time";
import { S } from "../strings";
import type { WorkbookPort } from "./ports";
import { readSopRound, type SopReading, type SopRound } from "./sop-read";

export { loadSopRound, type SopRound, type SopStepView } from "./sop-read";

export type SopOutcome = { ok: true; round: SopRound } | { ok: false; issue: Issue };

export interface ScheduleInput {
  /** The round's first day, ISO date "2026-04-06"; it starts at that day's first working moment. */
  startDate: string;
  /** ISO instant with offset. */
  now: string;
  /** NIP of the Kasubag Perencanaan dan Pelaporan, who plans the round. */
  by: string;
}

export interface SopActInput {
  /** start/done: steps 1–8 (not done on 6 and 7); paraf: step 6; sign: step 7. */
  kind: "start" | "done" | "paraf" | "sign";
  step: number;
  nip: string;
  /** ISO instant with offset. */
  now: string;
  /** Required when an earlier step is not finished; logged. */
  reason?: string;
  /**
   * Step 8 (done): the archive handed over, verified intact (`archiveForLog`): its manifest's
   * SHA-256 becomes the Log entry's fingerprint. Step 8 is not done without one.
   */
  archive?: { manifestSha256: string; detail: string };
}

const A = S.sop.app;
/** The role that schedules the round: the SOP's owner (steps 1, 3 and 8). */
const SCHEDULER_ROLE = "kasubag-perencanaan" as const;

/** Plans the round from `startDate` (or plans it again, keeping what was done), and logs it. */
export async function scheduleSop(port: WorkbookPort, input: ScheduleInput): Promise<SopOutcome> {
  const reading = await readSopRound(port, input.now);
  const ready = guard(reading, false);
  if (!ready.ok) return ready;
  const { setup, now } = ready;
  const sop = reading.round.sop;
  const scheduler = setup.pejabat.find((p) => p.nip === input.by.trim());
  const roleName = S.setup.roles[SCHEDULER_ROLE];
  if (!scheduler || scheduler.peran !== SCHEDULER_ROLE) {
    const message = scheduler ? A.schedulerRole(roleName) : A.unknownScheduler(input.by, roleName);
    return refuse("sop.schedule.role", message, input.by, roleName, S.setup.sheetName);
  }
  if (!isIsoDate(input.startDate)) {
    return refuse(
      "sop.schedule.date",
      A.badStartDate(input.startDate),
      input.startDate,
      A.badStartDateExpected,
    );
  }
  // The calendar of the Pengaturan sheet: scheduling again after the holidays were edited
  // re-plans the open steps (what was done is kept).
  const cal = setup.calendar;
  const startDate = nextWorkingStart(localInstant(input.startDate, "00:00", cal), cal);
  const state = sop
    ? rescheduleSop(sop, { now, startDate, calendar: cal })
    : createSopState({ now, startDate, calendar: cal });
  const first = state.steps[0];
  const who = { nama: scheduler.nama, jabatan: scheduler.jabatan, nip: scheduler.nip };
  const detail = sop
    ? A.log.rescheduled(formatInstant(startDate, cal))
    : A.log.scheduled(formatInstant(startDate, cal), first ? formatInstant(first.plannedFinish, cal) : "");
  return commit(port, reading, state, reading.round.paraf, [{ at: now, who, action: "setup", detail }]);
}

/**
 * Records one action on a step, with the SOP's rules: only the official of the step's role;
 * steps in order unless a reason is given; step 5 is done only once the master holds the draft
 * Laporan; step 6 is finished by its paraf and step 7 by the signature, both refused while there
 * is no Laporan, the signature also while the paraf is missing or no longer covers Data,
 * Analisis and Laporan as they are.
 */
export async function actOnSop(port: WorkbookPort, input: SopActInput): Promise<SopOutcome> {
  const reading = await readSopRound(port, input.now);
  const ready = guard(reading, true);
  if (!ready.ok) return ready;
  const { setup, now } = ready;
  const sop = reading.round.sop as SopState;
  const action = { step: input.step, nip: input.nip.trim(), now, reason: input.reason };

  if (input.kind === "start" || input.kind === "done") {
    if (input.kind === "done" && (input.step === 6 || input.step === 7)) {
      return refuse("sop.step.use-paraf", A.viaParaf(input.step), "", A.viaParafExpected(input.step));
    }
    const result = input.kind === "start" ? startStep(sop, action, setup) : finishStep(sop, action, setup);
    if (!result.ok) return result;
    // Step 5's output is the draft Laporan: done only once the master holds one.
    const noDraft =
      input.kind === "done" && laporanRequired({ kind: "done", step: input.step }, reading.laporanSheet);
    if (noDraft) return { ok: false, issue: noDraft };
    const archive = input.kind === "done" && input.step === 8 ? input.archive : undefined;
    if (input.kind === "done" && input.step === 8 && !archive) {
      return refuse("sop.step8.no-archive", A.noArchive, A.noArchiveFound, A.noArchiveExpected);
    }
    return commit(port, reading, result.state, reading.round.paraf, eventEntries(result.events, archive));
  }

  const step = input.kind === "paraf" ? 6 : 7;
  if (input.step !== step) {
    const message = step === 6 ? A.parafStepOnly : A.signStepOnly;
    return refuse("sop.paraf.step", message, String(input.step), A.parafStepExpected(step));
  }
  // No draft, nothing to initial or sign (an older master, or a Laporan sheet removed).
  const noDraft = laporanRequired({ kind: step === 6 ? "paraf" : "sign" }, reading.laporanSheet);
  if (noDraft) return { ok: false, issue: noDraft };
  const fingerprint = reading.round.fingerprint;
  const recorded = recordParaf(reading.round.paraf, { step, by: action.nip, at: now, fingerprint }, setup);
  if (!recorded.ok) return recorded;
  const target = sop.steps.find((s) => s.no === step);
  let finished: SopActionResult | null = null;
  if (target && target.actualFinish === undefined) {
    finished = finishStep(sop, action, setup);
    if (!finished.ok) return finished;
  }
  const entries: NewLogEntry[] = [
    ...(finished?.ok ? eventEntries(finished.events) : []),
    ...(recorded.logEntry ? [recorded.logEntry] : []),
  ];
  // The same person again over the same content, the step already done: nothing to record.
  if (entries.length === 0) return { ok: true, round: reading.round };
  return commit(port, reading, finished?.ok ? finished.state : sop, recorded.state, entries);
}

type Ready = { ok: true; setup: RoundSetup; now: Instant } | { ok: false; issue: Issue };

/** The conditions of every action: a setup, a readable (and, to act, existing) state, an intact Log. */
function guard(reading: SopReading, needsSchedule: boolean): Ready {
  const { round } = reading;
  const badTime = round.issues.find((i) => i.code === "sop.time.invalid");
  if (badTime) return { ok: false, issue: badTime };
  if (!round.setup) return refuse("sop.setup.missing", A.noSetup, "", A.noSetupExpected, S.setup.sheetName);
  if (reading.stateUnreadable) {
    return refuse(
      "sop.state.unreadable",
      A.stateUnreadable,
      "",
      A.stateUnreadableExpected,
      S.sop.stateSheetName,
    );
  }
  if (needsSchedule && !round.sop)
    return refuse("sop.not-scheduled", A.notScheduled, "", A.notScheduledExpected);
  const logErrors = round.log.issues.filter((i) => i.severity === "error");
  if (logErrors.length > 0) {
    const first = logErrors[0];
    return {
      ok: false,
      issue: {
        severity: "error",
        code: "sop.log.broken",
        message: `${A.logBroken(logErrors.length)} ${first?.message ?? ""}`.trim(),
        sheet: S.sopLog.sheetName,
        ...(first?.cell ? { cell: first.cell } : {}),
        found: first?.found ?? "",
        expected: A.logBrokenExpected,
      },
    };
  }
  return { ok: true, setup: round.setup, now: round.now };
}

/** Appends the pending invalidation (once) and `news` to the Log, then writes every sheet in one go. */
async function commit(
  port: WorkbookPort,
  reading: SopReading,
  state: SopState,
  paraf: ParafState,
  news: NewLogEntry[],
): Promise<SopOutcome> {
  const { round } = reading;
  const setup = round.setup as RoundSetup;
  let log: LogEntry[] = round.log.entries;
  if (round.parafValidity.logEntry) log = appendLog(log, round.parafValidity.logEntry);
  for (const entry of news) log = appendLog(log, entry);
  const merged = await mergeConcurrent(port, reading, { state, paraf, log });
  if (!merged.ok) return merged;
  ({ state, paraf, log } = merged);
  await port.writeSheets([
    sopSheetPlan({ state, setup, now: round.now, parafs: parafTexts(paraf, round.fingerprint, state) }),
    sopStateSheetPlan(state),
    logSheetPlan(log),
    logAnchorSheetPlan(log),
    parafStateSheetPlan(paraf),
  ]);
  return { ok: true, round: (await readSopRound(port, round.now)).round };
}

interface Outcome {
  state: SopState;
  paraf: ParafState;
  log: LogEntry[];
}

/**
 * Co-authoring: reads `_sop_state`, the Log (+ anchor) and `_paraf_state` again and, where they
 * changed since `reading`, merges the other person's work into this action's `outcome`. A state
 * or Log that became unreadable or broken in the meantime is not overwritten: the action is refused.
 */
async function mergeConcurrent(
  port: WorkbookPort,
  reading: SopReading,
  outcome: Outcome,
): Promise<({ ok: true } & Outcome) | { ok: false; issue: Issue }> {
  const { round } = reading;
  const [stateSheet, logSheet, anchorSheet, parafSheet] = await Promise.all([
    port.readSheet(S.sop.stateSheetName),
    port.readSheet(S.sopLog.sheetName),
    port.readSheet(LOG_ANCHOR_SHEET),
    port.readSheet(PARAF_STATE_SHEET),
  ]);
  let { state, paraf, log } = outcome;

  const theirState = stateSheet ? readSopState(stateSheet).state : null;
  if (stateSheet && !theirState) {
    return refuse(
      "sop.state.unreadable",
      A.stateUnreadable,
      "",
      A.stateUnreadableExpected,
      S.sop.stateSheetName,
    );
  }
  if (theirState && (!round.sop || canonicalJson(theirState) !== canonicalJson(round.sop))) {
    state = mergeSopStates(theirState, state);
  }

  const theirs = readLog({ sheets: [logSheet, anchorSheet].filter((s): s is SheetSnapshot => s !== null) });
  const before = round.log.entries;
  const changed =
    theirs.entries.length !== before.length ||
    theirs.entries[theirs.entries.length - 1]?.hash !== before[before.length - 1]?.hash;
  if (changed) {
    const broken = theirs.issues.find((i) => i.severity === "error");
    if (broken)
      return refuse(
        "sop.log.broken",
        `${A.logBroken(1)} ${broken.message}`,
        broken.found ?? "",
        A.logBrokenExpected,
        S.sopLog.sheetName,
      );
    log = mergeLogs(theirs.entries, log);
  }

  const theirParaf = readParafSheet(parafSheet).state;
  if (canonicalJson(theirParaf) !== canonicalJson(round.paraf)) paraf = mergeParafStates(theirParaf, paraf);
  return { ok: true, state, paraf, log };
}

/** What the Paraf / TTD column of the SOP sheet says for steps 6 and 7. */
function parafTexts(
  paraf: ParafState,
  fingerprint: string,
  state: SopState,
): { step: number; text: string }[] {
  const P = A.parafCell;
  return parafValidity(paraf, fingerprint).checks.map((c) => {
    const at = parseInstant(c.record.at);
    return {
      step: c.step,
      text: [
        P.line(c.step === 6 ? P.paraf : P.signature, c.record.nama, c.record.nip),
        at ? formatInstant(at, state.calendar) : c.record.at,
        P.fingerprint(c.recorded.slice(0, 12)),
        c.status === "valid" ? P.valid : P.stale,
      ].join("\n"),
    };
  });
}

/** The Log entries of step events; step 8's done carries the archive's manifest SHA-256. */
function eventEntries(events: readonly SopEvent[], archive?: SopActInput["archive"]): NewLogEntry[] {
  return events.map((e) => {
    const aktivitas = DEFAULT_SOP.steps.find((d) => d.no === e.step)?.aktivitas ?? "";
    const reason = e.reason ? A.log.reason((e.openBefore ?? []).join(", "), e.reason) : "";
    const detail =
      e.kind === "finish"
        ? A.log.done(e.step, aktivitas)
        : e.implicit
          ? `${A.log.startImplicit(e.step)}${reason}`
          : `${A.log.start(e.step, aktivitas)}${reason}`;
    const archived = e.kind === "finish" && e.step === 8 && archive;
    return {
      at: e.at,
      who: e.actor,
      action: e.kind === "finish" ? "step-done" : "step-start",
      detail: archived ? `${detail} ${archive.detail}` : detail,
      ...(archived ? { fingerprint: archive.manifestSha256 } : {}),
    };
  });
}

function refuse(
  code: string,
  message: string,
  found: string,
  expected: string,
  sheet?: string,
): { ok: false; issue: Issue } {
  return {
    ok: false,
    issue: { severity: "error", code, message, found, expected, sheet: sheet ?? S.sop.sheetName },
  };
}
