/**
 * Marking SOP steps started and finished. An action returns the new state and the events to log,
 * or a refusal: an Issue in Bahasa Indonesia, never an exception.
 */
import { S } from "../../strings";
import type { Official, RoundSetup } from "../setup/setup-types";
import { replayStep } from "./sop-merge";
import { openStepsBefore, type SopActor, type SopEvent, type SopState, type SopStepState } from "./sop";
import { formatInstant, instantFromMs, instantMs, type Instant } from "../setup/working-time";
import type { Issue } from "../shared/types";

export interface SopActionInput {
  step: number;
  /** NIP of the official who acts, as configured on the Pengaturan sheet. */
  nip: string;
  /** When the action happened. */
  now: Instant;
  /** Required when an earlier step is not yet finished. */
  reason?: string;
}

export type SopActionResult = { ok: true; state: SopState; events: SopEvent[] } | { ok: false; issue: Issue };

const E = S.sop.errors;

/**
 * Marks a step started. Refused when: the step does not exist; the NIP is not an official of the
 * round or its peran is not the step's role; the step was already started or finished; an
 * earlier step is not finished and no reason is given (the reason and the open steps are
 * recorded in the event).
 */
export function startStep(
  state: SopState,
  input: SopActionInput,
  setup: Pick<RoundSetup, "pejabat">,
): SopActionResult {
  const checked = check(state, input, setup);
  if (!checked.ok) return checked;
  const { target, actor, at } = checked;
  if (target.actualFinish !== undefined) return alreadyFinished(state, target);
  if (target.actualStart !== undefined) {
    return refuse(
      "sop.step.already-started",
      E.alreadyStarted(target.no, formatInstant(target.actualStart, state.calendar)),
      target.actualStart,
      E.alreadyStartedExpected,
    );
  }
  const start = startEvent(state, target, actor, at, input.reason);
  if (!start.ok) return start;
  return apply(state, target, [start.event]);
}

/**
 * Marks a step finished. A step not yet started is started implicitly at the same moment (an
 * extra "start" event marked `implicit`), under the same ordering rule as `startStep`: a short
 * task such as the 30-minute letter is often just done, and two clicks would record nothing more.
 * Refused when the step is already finished or `now` is before its actual start.
 */
export function finishStep(
  state: SopState,
  input: SopActionInput,
  setup: Pick<RoundSetup, "pejabat">,
): SopActionResult {
  const checked = check(state, input, setup);
  if (!checked.ok) return checked;
  const { target, actor, at } = checked;
  if (target.actualFinish !== undefined) return alreadyFinished(state, target);
  const events: SopEvent[] = [];
  if (target.actualStart === undefined) {
    const start = startEvent(state, target, actor, at, input.reason);
    if (!start.ok) return start;
    events.push({ ...start.event, implicit: true });
  } else if ((instantMs(at) ?? 0) < (instantMs(target.actualStart) ?? 0)) {
    return refuse(
      "sop.time.before-start",
      E.beforeStart(target.no, formatInstant(target.actualStart, state.calendar)),
      at,
      E.beforeStartExpected,
    );
  }
  events.push(event(target.no, "finish", at, actor));
  return apply(state, target, events);
}

type Checked = { ok: true; target: SopStepState; actor: SopActor; at: Instant } | { ok: false; issue: Issue };

function check(state: SopState, input: SopActionInput, setup: Pick<RoundSetup, "pejabat">): Checked {
  const target = state.steps.find((s) => s.no === input.step);
  if (!target) {
    return refuse(
      "sop.step.unknown",
      E.unknownStep(input.step),
      String(input.step),
      E.unknownStepExpected(state.steps.length),
    );
  }
  const ms = instantMs(input.now);
  if (ms === undefined) return refuse("sop.time.invalid", E.badTime, input.now, E.badTimeExpected);
  const official = setup.pejabat.find((p) => p.nip === input.nip.trim());
  if (!official)
    return refuse("sop.actor.unknown", E.unknownActor(input.nip), input.nip, E.unknownActorExpected);
  if (official.peran !== target.role) {
    const needed = S.setup.roles[target.role];
    const holder = setup.pejabat.find((p) => p.peran === target.role);
    return refuse(
      "sop.actor.role",
      E.wrongRole(official.nama, S.setup.roles[official.peran], target.no, needed),
      `${official.nama} (${S.setup.roles[official.peran]})`,
      E.wrongRoleExpected(needed, holder ? `${holder.nama}, NIP ${holder.nip}` : ""),
    );
  }
  // Times are kept in the calendar's zone, so that every instant of a state reads alike.
  return { ok: true, target, actor: actorOf(official), at: instantFromMs(ms, state.calendar) };
}

function startEvent(
  state: SopState,
  target: SopStepState,
  actor: SopActor,
  at: Instant,
  reason: string | undefined,
): { ok: true; event: SopEvent } | { ok: false; issue: Issue } {
  const open = openStepsBefore(state, target.no);
  const why = reason?.trim() ?? "";
  if (open.length === 0) return { ok: true, event: event(target.no, "start", at, actor) };
  if (why === "") {
    return refuse(
      "sop.order.reason-required",
      E.reasonRequired(target.no, open.join(", ")),
      open.join(", "),
      E.reasonRequiredExpected,
    );
  }
  return { ok: true, event: { ...event(target.no, "start", at, actor), reason: why, openBefore: open } };
}

function event(step: number, kind: SopEvent["kind"], at: Instant, actor: SopActor): SopEvent {
  return { id: `${step}:${kind}:${at}:${actor.nip}`, step, kind, at, actor };
}

function apply(state: SopState, target: SopStepState, events: SopEvent[]): SopActionResult {
  const updated = replayStep({ ...target, events: [...target.events, ...events] });
  return {
    ok: true,
    state: { ...state, steps: state.steps.map((s) => (s.no === target.no ? updated : s)) },
    events,
  };
}

function alreadyFinished(state: SopState, target: SopStepState): SopActionResult {
  const when = target.actualFinish ?? target.plannedFinish;
  return refuse(
    "sop.step.already-finished",
    E.alreadyFinished(target.no, formatInstant(when, state.calendar)),
    when,
    E.alreadyFinishedExpected,
  );
}

function refuse(code: string, message: string, found: string, expected: string): { ok: false; issue: Issue } {
  return { ok: false, issue: { severity: "error", code, message, sheet: S.sop.sheetName, found, expected } };
}

const actorOf = (o: Official): SopActor => ({ nama: o.nama, jabatan: o.jabatan, nip: o.nip });
