import fc from "fast-check";
import { finishStep, startStep } from "../../../src/domain/sop/sop-actions";
import { mergeSopStates, normalizeSopState } from "../../../src/domain/sop/sop-merge";
import { rescheduleSop, type SopState } from "../../../src/domain/sop/sop";
import { instantFromMs, instantMs, DEFAULT_CALENDAR } from "../../../src/domain/setup/working-time";
import { at, NIP_OF_STEP, newRound, OFFICIALS, sopSetup } from "../../support/sop-fixture";

const setup = sopSetup();
const base = newRound();
const t0 = instantMs(at("2026-04-06 08:00"))!;

interface Action {
  kind: "start" | "finish" | "reschedule";
  step: number;
  /** Minutes after the round's start. */
  minute: number;
  /** Act as the right official, or as someone else. */
  rightRole: boolean;
  reason: string | undefined;
}

const action: fc.Arbitrary<Action> = fc.record({
  kind: fc.constantFrom("start" as const, "finish" as const, "finish" as const, "reschedule" as const),
  step: fc.integer({ min: 1, max: 8 }),
  minute: fc.integer({ min: 0, max: 60 * 24 * 40 }),
  rightRole: fc.boolean(),
  reason: fc.option(fc.constantFrom("Data sudah ada", "Arahan lisan Sekda"), { nil: undefined }),
});

/** A copy of the workbook after some actions by the people who had it open (refusals are skipped). */
function play(state: SopState, actions: Action[]): SopState {
  let s = state;
  for (const a of actions) {
    const now = instantFromMs(t0 + a.minute * 60_000, DEFAULT_CALENDAR);
    if (a.kind === "reschedule") {
      s = rescheduleSop(s, {
        now,
        startDate: instantFromMs(t0 + (a.minute % 3) * 86_400_000, DEFAULT_CALENDAR),
      });
      continue;
    }
    const nip = a.rightRole ? NIP_OF_STEP[a.step]! : OFFICIALS.sekda.nip;
    const input = { step: a.step, nip, now, reason: a.reason };
    const r = a.kind === "start" ? startStep(s, input, setup) : finishStep(s, input, setup);
    if (r.ok) s = r.state;
  }
  return s;
}

const copy = fc.array(action, { maxLength: 12 }).map((actions) => play(base, actions));
/** Copies that share a history, then diverge. */
const copies = fc
  .tuple(
    fc.array(action, { maxLength: 6 }),
    fc.array(action, { maxLength: 8 }),
    fc.array(action, { maxLength: 8 }),
    fc.array(action, { maxLength: 8 }),
  )
  .map(([shared, a, b, c]) => {
    const common = play(base, shared);
    return [play(common, a), play(common, b), play(common, c)] as const;
  });

describe("mergeSopStates", () => {
  it("is commutative (property)", () => {
    fc.assert(fc.property(copies, ([a, b]) => expect(mergeSopStates(a, b)).toEqual(mergeSopStates(b, a))));
  });
  it("is idempotent (property)", () => {
    fc.assert(
      fc.property(copy, copies, (a, [x, y]) => {
        expect(mergeSopStates(a, a)).toEqual(normalizeSopState(a));
        const m = mergeSopStates(x, y);
        expect(mergeSopStates(m, x)).toEqual(m);
        expect(mergeSopStates(m, m)).toEqual(m);
      }),
    );
  });
  it("is associative (property)", () => {
    fc.assert(
      fc.property(copies, ([a, b, c]) =>
        expect(mergeSopStates(mergeSopStates(a, b), c)).toEqual(mergeSopStates(a, mergeSopStates(b, c))),
      ),
    );
  });
  it("loses no event (property)", () => {
    fc.assert(
      fc.property(copies, ([a, b]) => {
        const ids = (s: SopState) => new Set(s.steps.flatMap((x) => x.events.map((e) => e.id)));
        const merged = ids(mergeSopStates(a, b));
        for (const id of [...ids(a), ...ids(b)]) expect(merged.has(id)).toBe(true);
      }),
    );
  });

  it("the later action wins a step, and both are kept", () => {
    const s1 = finishStep(base, { step: 1, nip: OFFICIALS.kasubag.nip, now: at("2026-04-06 08:20") }, setup);
    const twin = { ...OFFICIALS.kasubag, nama: "Rina M.", nip: "198706122010012099" };
    const s2 = finishStep(
      base,
      { step: 1, nip: twin.nip, now: at("2026-04-06 08:25") },
      { pejabat: [...setup.pejabat, twin] },
    );
    if (!s1.ok || !s2.ok) throw new Error("refused");
    const merged = mergeSopStates(s1.state, s2.state);
    expect(merged.steps[0]).toMatchObject({
      actualStart: at("2026-04-06 08:20"),
      actualFinish: at("2026-04-06 08:25"),
      actor: { nama: "Rina M." },
    });
    expect(merged.steps[0]!.events.map((e) => `${e.kind} ${e.actor.nama}`)).toEqual([
      "start Rina Marlina",
      "finish Rina Marlina",
      "start Rina M.",
      "finish Rina M.",
    ]);
  });

  it("a start from a copy that had not seen the finish does not reopen the step", () => {
    const done = finishStep(
      base,
      { step: 1, nip: OFFICIALS.kasubag.nip, now: at("2026-04-06 08:20") },
      setup,
    );
    const late = startStep(base, { step: 1, nip: OFFICIALS.kasubag.nip, now: at("2026-04-06 08:40") }, setup);
    if (!done.ok || !late.ok) throw new Error("refused");
    const merged = mergeSopStates(done.state, late.state);
    expect(merged.steps[0]).toMatchObject({
      actualFinish: at("2026-04-06 08:20"),
      actualStart: at("2026-04-06 08:20"),
    });
    expect(merged.steps[0]!.events).toHaveLength(3);
  });

  it("takes the schedule of the copy rescheduled later", () => {
    const moved = rescheduleSop(base, { now: at("2026-04-03 10:00"), startDate: at("2026-04-07 08:00") });
    expect(mergeSopStates(base, moved).startDate).toBe(at("2026-04-07 08:00"));
    expect(mergeSopStates(moved, base).steps[0]!.plannedStart).toBe(at("2026-04-07 08:00"));
  });
});
