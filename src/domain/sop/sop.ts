/**
 * The SOP "Pengumpulan Data Kinerja": its definition (the eight steps of the form), the versioned
 * state of a round (schedule and what was done), and the status of each step at a given moment.
 * Actions live in sop-actions.ts, merging of co-authored copies in sop-merge.ts.
 */
import { S } from "../../strings";
import type { SopRole } from "../setup/setup-types";
import {
  addWorkingDuration,
  DEFAULT_CALENDAR,
  inCalendarZone,
  instantMs,
  nextWorkingStart,
  workingMinutesBetween,
  type Instant,
  type WorkingCalendar,
  type WorkingDuration,
} from "../setup/working-time";

export interface SopStepDef {
  no: number;
  aktivitas: string;
  /** The role that carries the step out (the marked Pelaksana column). */
  pelaksana: SopRole;
  kelengkapan: string;
  waktu: WorkingDuration;
  output: string;
  ket: string;
}

/** The head of the SOP form. */
export interface SopHeader {
  nomor: string;
  tanggalPembuatan: string;
  tanggalRevisi: string;
  tanggalEfektif: string;
  disahkanOleh: string;
  nama: string;
}

/** An SOP as a form: header and steps. Versioned (DOMAIN.md: the Pelaksana reading varies). */
export interface SopDefinition {
  type: "kertas-kerja-sakip/sop-definisi";
  version: 1;
  header: SopHeader;
  steps: SopStepDef[];
}

const D = S.sop.definition.steps;
const step = (no: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8, pelaksana: SopRole, waktu: WorkingDuration): SopStepDef => ({
  no,
  pelaksana,
  waktu,
  ...D[no],
});

/**
 * The seed SOP of Sekretariat Daerah Kabupaten Tapin, with the usual reading of its Pelaksana:
 * Kasubag Perencanaan dan Pelaporan 1, 3, 8; Tim SAKIP 4, 5; Kabag Umum dan Keuangan 2, 6;
 * Sekretaris Daerah 7.
 */
export const DEFAULT_SOP: SopDefinition = {
  type: "kertas-kerja-sakip/sop-definisi",
  version: 1,
  header: { ...S.sop.definition.header },
  steps: [
    step(1, "kasubag-perencanaan", { unit: "menit", amount: 30 }),
    step(2, "kabag-umum-keuangan", { unit: "jam", amount: 3 }),
    step(3, "kasubag-perencanaan", { unit: "hari", amount: 2 }),
    step(4, "tim-sakip", { unit: "hari", amount: 7 }),
    step(5, "tim-sakip", { unit: "hari", amount: 15 }),
    step(6, "kabag-umum-keuangan", { unit: "jam", amount: 2 }),
    step(7, "sekretaris-daerah", { unit: "jam", amount: 2 }),
    step(8, "kasubag-perencanaan", { unit: "hari", amount: 1 }),
  ],
};

export const SOP_STATE_TYPE = "kertas-kerja-sakip/sop";
export const SOP_STATE_VERSION = 1;

/** Who acted, as configured on the Pengaturan sheet at the time. */
export interface SopActor {
  nama: string;
  jabatan: string;
  nip: string;
}

/** One recorded action. Events are never removed: merging keeps every event of both copies. */
export interface SopEvent {
  /** Stable identity: `${step}:${kind}:${at}:${nip}`; equal events from two copies merge into one. */
  id: string;
  step: number;
  kind: "start" | "finish";
  at: Instant;
  actor: SopActor;
  /** Why the step was started before earlier steps were done. */
  reason?: string;
  /** The earlier steps not yet done when this step was started. */
  openBefore?: number[];
  /** A start recorded by finishing a step that had not been started. */
  implicit?: boolean;
}

export interface SopStepState {
  no: number;
  role: SopRole;
  plannedStart: Instant;
  plannedFinish: Instant;
  /** Derived from `events` (see `replayStep`); stored so the JSON reads on its own. */
  actualStart?: Instant;
  actualFinish?: Instant;
  actor?: SopActor;
  events: SopEvent[];
}

/** The SOP state of a round, stored in the workbook. Versioned. */
export interface SopState {
  type: typeof SOP_STATE_TYPE;
  version: typeof SOP_STATE_VERSION;
  /** When this schedule (start date, calendar, planned times) was made; the later one wins a merge. */
  scheduledAt: Instant;
  /** The round's start. */
  startDate: Instant;
  calendar: WorkingCalendar;
  steps: SopStepState[];
}

export interface PlannedStep {
  no: number;
  role: SopRole;
  plannedStart: Instant;
  plannedFinish: Instant;
}

/**
 * The planned schedule: steps run one after another from the round's start. Each step's planned
 * start is the previous planned finish, moved to the next working moment (a step planned to end
 * at closing time is followed by one starting at the next opening).
 * @example start Monday 6 April 2026 08:00 → step 1 08:00–08:30, step 2 08:30–11:30,
 *   step 3 until Wednesday 8 April 11:30, …
 */
export function scheduleSop(
  startDate: Instant,
  definition: SopDefinition,
  cal: WorkingCalendar,
): PlannedStep[] {
  const out: PlannedStep[] = [];
  let cursor = startDate;
  for (const s of definition.steps) {
    const plannedStart = nextWorkingStart(cursor, cal);
    const plannedFinish = addWorkingDuration(plannedStart, s.waktu, cal);
    out.push({ no: s.no, role: s.pelaksana, plannedStart, plannedFinish });
    cursor = plannedFinish;
  }
  return out;
}

/** A new round's SOP state: the schedule, nothing done yet. */
export function createSopState(opts: {
  startDate: Instant;
  now: Instant;
  calendar?: WorkingCalendar;
  definition?: SopDefinition;
}): SopState {
  const calendar = opts.calendar ?? DEFAULT_CALENDAR;
  // Every instant of a state is written in the calendar's zone, so that the JSON reads alike.
  const startDate = inCalendarZone(opts.startDate, calendar);
  return {
    type: SOP_STATE_TYPE,
    version: SOP_STATE_VERSION,
    scheduledAt: inCalendarZone(opts.now, calendar),
    startDate,
    calendar,
    steps: scheduleSop(startDate, opts.definition ?? DEFAULT_SOP, calendar).map((p) => ({
      ...p,
      events: [],
    })),
  };
}

/**
 * The same round planned again (another start date, an edited holiday list): planned times are
 * recomputed, everything done so far is kept.
 */
export function rescheduleSop(
  state: SopState,
  opts: { now: Instant; startDate?: Instant; calendar?: WorkingCalendar; definition?: SopDefinition },
): SopState {
  const fresh = createSopState({
    now: opts.now,
    startDate: opts.startDate ?? state.startDate,
    calendar: opts.calendar ?? state.calendar,
    definition: opts.definition,
  });
  const byNo = new Map(state.steps.map((s) => [s.no, s]));
  return {
    ...fresh,
    steps: fresh.steps.map((s) => {
      const old = byNo.get(s.no);
      return old ? { ...old, ...s, events: old.events } : s;
    }),
  };
}

export type SopStatus = "belum" | "berjalan" | "selesai" | "terlambat";

export interface SopStepStatus {
  no: number;
  status: SopStatus;
  /** The step has been finished (a "terlambat" step may be done: finished late). */
  done: boolean;
  /** Working minutes past the planned finish (to the actual finish, or to now); 0 when on time. */
  lateMinutes: number;
}

/**
 * A step's status at `now`:
 * - "selesai": finished no later than planned;
 * - "terlambat": finished after its planned finish (stays so — the record shows it was late), or
 *   not finished and `now` is past the planned finish;
 * - "berjalan": started, not finished, not yet late;
 * - "belum": not started, not yet late.
 * Lateness is counted in working time, so a step due Friday 16:00 is not late on Saturday.
 */
export function stepStatus(stepState: SopStepState, now: Instant, cal: WorkingCalendar): SopStepStatus {
  const done = stepState.actualFinish !== undefined;
  const until = stepState.actualFinish ?? now;
  const lateMinutes = Math.max(0, workingMinutesBetween(stepState.plannedFinish, until, cal));
  const late = lateMinutes > 0;
  const status: SopStatus = late
    ? "terlambat"
    : done
      ? "selesai"
      : stepState.actualStart !== undefined
        ? "berjalan"
        : "belum";
  return { no: stepState.no, status, done, lateMinutes };
}

/** Every step's status at `now`, in step order. */
export function sopStatus(state: SopState, now: Instant): SopStepStatus[] {
  return state.steps.map((s) => stepStatus(s, now, state.calendar));
}

/** The first step not yet finished: the one to act on next; undefined when all are done. */
export function currentStep(state: SopState): SopStepState | undefined {
  return state.steps.find((s) => s.actualFinish === undefined);
}

/** Steps before `no` that are not finished. */
export function openStepsBefore(state: SopState, no: number): number[] {
  return state.steps.filter((s) => s.no < no && s.actualFinish === undefined).map((s) => s.no);
}

/** Orders instants by time (not by text: offsets may differ). */
export function compareInstants(a: Instant, b: Instant): number {
  return (instantMs(a) ?? 0) - (instantMs(b) ?? 0);
}

const clockMinutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * The working minutes of one working day of the calendar: its opening hours (07:30–16:00 = 510).
 * When the days differ (a shorter Friday), the length most days have; of two as common, the longer.
 * 0 for a calendar without working hours.
 */
export function workingDayMinutes(cal: WorkingCalendar): number {
  const counts = new Map<number, number>();
  for (const d of cal.week) {
    const length = clockMinutes(d.end) - clockMinutes(d.start);
    if (length > 0) counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [length, count] of counts) {
    if (count > bestCount || (count === bestCount && length > best)) [best, bestCount] = [length, count];
  }
  return best;
}

/**
 * A number of working minutes (a lateness) as a person reads it, in the calendar's working time:
 * under one working day in hours and minutes ("2 jam 15 menit"); from one working day up in
 * working days and whole hours, the minutes left out ("176 hari kerja 2 jam").
 * @example (07:30–16:00, a working day = 510 minutes) 84 630 → "165 hari kerja 8 jam"
 */
export function formatWorkingMinutes(minutes: number, cal: WorkingCalendar): string {
  const D = S.sop.duration;
  const total = Math.max(0, Math.round(minutes));
  const day = workingDayMinutes(cal);
  if (day > 0 && total >= day) {
    const jam = Math.floor((total % day) / 60);
    return [D.hariKerja(Math.floor(total / day)), jam > 0 ? D.jam(jam) : ""].filter(Boolean).join(" ");
  }
  const jam = Math.floor(total / 60);
  const menit = total % 60;
  return [jam > 0 ? D.jam(jam) : "", menit > 0 ? D.menit(menit) : ""].filter(Boolean).join(" ") || D.zero;
}
