/**
 * Two people may mark steps in two copies of the workbook (co-authoring in Excel on the web, or a
 * copy sent round by mail). The state is merged so that nothing is lost: every event of both
 * copies is kept, and a step's visible fields are replayed from its events, the later action
 * winning.
 */
import { canonicalJson } from "../shared/fingerprint";
import { compareInstants, type SopEvent, type SopState, type SopStepState } from "./sop";

const KIND_ORDER = { start: 0, finish: 1 } as const;

/** Events in the order they happened: by time, a start before a finish at the same moment, then by id. */
export function compareEvents(a: SopEvent, b: SopEvent): number {
  return (
    compareInstants(a.at, b.at) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
    compareText(canonicalJson(a), canonicalJson(b))
  );
}

/**
 * A step's actual start, finish and actor, replayed from its events in time order:
 * - a start sets the actual start and actor (a later concurrent start wins);
 * - a finish sets the actual finish and actor (a later concurrent finish wins) and, when no start
 *   was recorded, the start too;
 * - a start recorded after the step was finished (a copy that had not seen the finish) does not
 *   reopen it: it stays in the events.
 */
export function replayStep(stepState: SopStepState): SopStepState {
  const events = [...stepState.events].sort(compareEvents);
  const { actualStart: _s, actualFinish: _f, actor: _a, ...rest } = stepState;
  const out: SopStepState = { ...rest, events };
  for (const e of events) {
    if (e.kind === "start") {
      if (out.actualFinish !== undefined) continue;
      out.actualStart = e.at;
      out.actor = e.actor;
    } else {
      out.actualFinish = e.at;
      out.actor = e.actor;
      if (out.actualStart === undefined) out.actualStart = e.at;
    }
  }
  return out;
}

/** The state in canonical form: steps by number, events sorted and unique, fields replayed. */
export function normalizeSopState(state: SopState): SopState {
  return {
    ...state,
    steps: [...state.steps]
      .sort((a, b) => a.no - b.no)
      .map((s) => replayStep({ ...s, events: uniqueEvents(s.events) })),
  };
}

/**
 * Merges two copies of a round's SOP state. Commutative, associative and idempotent.
 * - The schedule (start date, calendar, planned times, roles) comes from the copy scheduled later
 *   (`scheduledAt`; on a tie, a fixed order of the content).
 * - Per step, the events of both copies are united; the later action wins the visible fields.
 * @example A finishes step 3 at 10:00, B at 10:05 in another copy → merged: finished 10:05 by B,
 *   both finishes in the events.
 */
export function mergeSopStates(a: SopState, b: SopState): SopState {
  const [winner, other] = laterSchedule(a, b) >= 0 ? [a, b] : [b, a];
  const steps = new Map<number, SopStepState>();
  for (const s of other.steps) steps.set(s.no, s);
  for (const s of winner.steps) {
    const o = steps.get(s.no);
    steps.set(s.no, { ...s, events: o ? [...s.events, ...o.events] : s.events });
  }
  return normalizeSopState({ ...winner, steps: [...steps.values()] });
}

/** > 0 when `a`'s schedule is the later (or, at the same moment, the larger by content). */
function laterSchedule(a: SopState, b: SopState): number {
  return compareInstants(a.scheduledAt, b.scheduledAt) || compareText(scheduleKey(a), scheduleKey(b));
}

function scheduleKey(s: SopState): string {
  return canonicalJson({
    scheduledAt: s.scheduledAt,
    startDate: s.startDate,
    calendar: s.calendar,
    type: s.type,
    version: s.version,
    steps: [...s.steps]
      .sort((x, y) => x.no - y.no)
      .map((x) => [x.no, x.role, x.plannedStart, x.plannedFinish]),
  });
}

/** One event per id; two different events under one id (never made by the actions) keep the larger. */
function uniqueEvents(events: SopEvent[]): SopEvent[] {
  const byId = new Map<string, SopEvent>();
  for (const e of events) {
    const seen = byId.get(e.id);
    if (!seen || compareText(canonicalJson(e), canonicalJson(seen)) > 0) byId.set(e.id, e);
  }
  return [...byId.values()].sort(compareEvents);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
