/**
 * Untrusted JSON (read back from a workbook that anyone may have edited) → a valid SOP state,
 * repairing what can be repaired and saying what was dropped. Never throws.
 */
import { S } from "../../strings";
import { SOP_ROLES, type SopRole } from "../setup/setup-types";
import {
  SOP_STATE_TYPE,
  SOP_STATE_VERSION,
  type SopActor,
  type SopEvent,
  type SopState,
  type SopStepState,
} from "./sop";
import { makeIssue } from "../shared/issues";
import { normalizeSopState } from "./sop-merge";
import type { Issue } from "../shared/types";
import { parseInstant, validateCalendar, type Instant, type WorkingCalendar } from "../setup/working-time";

export interface SopStateRead {
  state: SopState | null;
  issues: Issue[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const instant = (v: unknown): Instant | undefined => (typeof v === "string" ? parseInstant(v) : undefined);
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/**
 * Checks and repairs a parsed SOP state. A wrong type, version, schedule or calendar is an error
 * (state null); an unreadable event is dropped with a warning; stored actual times that do not
 * match the events are replayed from the events with a warning.
 */
export function restoreSopState(raw: unknown, sheet: string): SopStateRead {
  const T = S.sop.state;
  const fail = (found: string): SopStateRead => ({
    state: null,
    issues: [
      {
        severity: "error",
        code: "sop.state.unreadable",
        message: T.unreadable(found),
        sheet,
        cell: "A3",
        found,
        expected: T.expected(SOP_STATE_VERSION),
      },
    ],
  });
  if (!isObj(raw)) return fail(T.field("JSON"));
  if (raw.type !== SOP_STATE_TYPE) return fail(T.kind(String(raw.type)));
  if (raw.version !== SOP_STATE_VERSION) return fail(T.version(String(raw.version)));
  const scheduledAt = instant(raw.scheduledAt);
  const startDate = instant(raw.startDate);
  if (!scheduledAt) return fail(T.field("scheduledAt"));
  if (!startDate) return fail(T.field("startDate"));
  const calendar = restoreCalendar(raw.calendar);
  if (!calendar) return fail(T.field("calendar"));
  const calendarIssues = validateCalendar(calendar, sheet);
  if (calendarIssues.length > 0) return { state: null, issues: calendarIssues };
  if (!Array.isArray(raw.steps)) return fail(T.field("steps"));

  const issues: Issue[] = [];
  const steps: SopStepState[] = [];
  for (const s of raw.steps as unknown[]) {
    const base = isObj(s) ? restoreStepBase(s) : undefined;
    if (!isObj(s) || !base || steps.some((x) => x.no === base.no)) return fail(T.field("steps"));
    const events: SopEvent[] = [];
    for (const e of Array.isArray(s.events) ? (s.events as unknown[]) : []) {
      const event = restoreEvent(e, base.no);
      if (event) events.push(event);
      else
        issues.push(
          makeIssue("warning", "sop.state.event-dropped", T.droppedEvent(base.no), {
            sheet,
            found: "",
            expected: T.droppedEventExpected,
          }),
        );
    }
    const stored: SopStepState = { ...base, events };
    const actualStart = instant(s.actualStart);
    const actualFinish = instant(s.actualFinish);
    const actor = restoreActor(s.actor);
    if (actualStart) stored.actualStart = actualStart;
    if (actualFinish) stored.actualFinish = actualFinish;
    if (actor) stored.actor = actor;
    steps.push(stored);
  }
  const state: SopState = {
    type: SOP_STATE_TYPE,
    version: SOP_STATE_VERSION,
    scheduledAt,
    startDate,
    calendar,
    steps,
  };
  const normal = normalizeSopState(state);
  for (const n of normal.steps) {
    const before = steps.find((x) => x.no === n.no);
    if (
      before &&
      (before.actualStart !== n.actualStart ||
        before.actualFinish !== n.actualFinish ||
        before.actor?.nip !== n.actor?.nip)
    ) {
      issues.push(
        makeIssue("warning", "sop.state.repaired", T.repaired(n.no), {
          sheet,
          found: "",
          expected: T.repairedExpected,
        }),
      );
    }
  }
  return { state: normal, issues };
}

function restoreStepBase(s: Obj): Omit<SopStepState, "events"> | undefined {
  const no = s.no;
  const role = s.role;
  const plannedStart = instant(s.plannedStart);
  const plannedFinish = instant(s.plannedFinish);
  if (typeof no !== "number" || !Number.isInteger(no) || no < 1) return undefined;
  if (!(SOP_ROLES as readonly unknown[]).includes(role) || !plannedStart || !plannedFinish) return undefined;
  return { no, role: role as SopRole, plannedStart, plannedFinish };
}

function restoreActor(v: unknown): SopActor | undefined {
  if (!isObj(v)) return undefined;
  const nama = text(v.nama);
  const jabatan = text(v.jabatan);
  const nip = text(v.nip);
  return nama !== undefined && jabatan !== undefined && nip !== undefined
    ? { nama, jabatan, nip }
    : undefined;
}

function restoreEvent(v: unknown, step: number): SopEvent | undefined {
  if (!isObj(v)) return undefined;
  const at = instant(v.at);
  const actor = restoreActor(v.actor);
  const id = text(v.id);
  if (!at || !actor || !id || v.step !== step || (v.kind !== "start" && v.kind !== "finish"))
    return undefined;
  const event: SopEvent = { id, step, kind: v.kind, at, actor };
  const reason = text(v.reason);
  if (reason !== undefined) event.reason = reason;
  if (Array.isArray(v.openBefore) && v.openBefore.every((n) => typeof n === "number")) {
    event.openBefore = v.openBefore as number[];
  }
  if (v.implicit === true) event.implicit = true;
  return event;
}

function restoreCalendar(v: unknown): WorkingCalendar | undefined {
  if (!isObj(v) || v.type !== "kertas-kerja-sakip/kalender-kerja" || v.version !== 1) return undefined;
  if (!Array.isArray(v.week) || !Array.isArray(v.holidays)) return undefined;
  const week = (v.week as unknown[]).map((d) =>
    isObj(d) && typeof d.weekday === "number" && typeof d.start === "string" && typeof d.end === "string"
      ? { weekday: d.weekday, start: d.start, end: d.end }
      : undefined,
  );
  if (week.some((d) => d === undefined)) return undefined;
  if (typeof v.utcOffsetMinutes !== "number" || typeof v.zoneName !== "string") return undefined;
  if (!(v.holidays as unknown[]).every((h) => typeof h === "string")) return undefined;
  const calendar: WorkingCalendar = {
    type: "kertas-kerja-sakip/kalender-kerja",
    version: 1,
    // validateCalendar checks the weekdays right after.
    week: week as WorkingCalendar["week"],
    utcOffsetMinutes: v.utcOffsetMinutes,
    zoneName: v.zoneName,
    holidays: v.holidays as string[],
  };
  // Optional: states written before holidays had a Keterangan have none.
  if (isObj(v.holidayNames)) {
    const names = Object.entries(v.holidayNames).filter(
      (e): e is [string, string] => typeof e[1] === "string",
    );
    calendar.holidayNames = Object.fromEntries(names);
  }
  return calendar;
}
