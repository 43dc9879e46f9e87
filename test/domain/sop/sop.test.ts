import { finishStep, startStep } from "../../../src/domain/sop/sop-actions";
import {
  currentStep,
  DEFAULT_SOP,
  formatWorkingMinutes,
  rescheduleSop,
  sopStatus,
  stepStatus,
  workingDayMinutes,
  type SopState,
} from "../../../src/domain/sop/sop";
import {
  DEFAULT_CALENDAR,
  formatInstant,
  type WorkingCalendar,
  type WorkingDayHours,
} from "../../../src/domain/setup/working-time";
import { at, NIP_OF_STEP, newRound, OFFICIALS, sopSetup } from "../../support/sop-fixture";

const setup = sopSetup();

/** Runs an action and fails the test when it is refused. */
const ok = (r: ReturnType<typeof startStep>): SopState => {
  if (!r.ok) throw new Error(r.issue.message);
  return r.state;
};
const start = (s: SopState, step: number, when: string, reason?: string) =>
  startStep(s, { step, nip: NIP_OF_STEP[step]!, now: at(when), reason }, setup);
const finish = (s: SopState, step: number, when: string, reason?: string) =>
  finishStep(s, { step, nip: NIP_OF_STEP[step]!, now: at(when), reason }, setup);

describe("the SOP definition", () => {
  it("has the eight steps of the seed with their pelaksana, waktu and Ket.", () => {
    expect(DEFAULT_SOP.steps.map((s) => [s.no, s.pelaksana, `${s.waktu.amount} ${s.waktu.unit}`])).toEqual([
      [1, "kasubag-perencanaan", "30 menit"],
      [2, "kabag-umum-keuangan", "3 jam"],
      [3, "kasubag-perencanaan", "2 hari"],
      [4, "tim-sakip", "7 hari"],
      [5, "tim-sakip", "15 hari"],
      [6, "kabag-umum-keuangan", "2 jam"],
      [7, "sekretaris-daerah", "2 jam"],
      [8, "kasubag-perencanaan", "1 hari"],
    ]);
    expect(DEFAULT_SOP.steps[0]).toMatchObject({
      aktivitas:
        "Menyiapkan surat untuk dikirim kepada Bagian dalam rangka permintaan data capaian kinerja Bagian-Bagian",
      ket: "Januari, April, Juni, Oktober",
    });
    expect(DEFAULT_SOP.steps[5]!.aktivitas).toBe(
      "Memeriksa dan memaraf draft laporan kinerja Sekretariat Daerah",
    );
  });
});

describe("the schedule of a round starting Monday 6 April 2026 08:00", () => {
  it("runs the steps one after another in working time", () => {
    const fmt = (i: Parameters<typeof formatInstant>[0]) => formatInstant(i, DEFAULT_CALENDAR);
    expect(newRound().steps.map((s) => [s.no, fmt(s.plannedStart), fmt(s.plannedFinish)])).toEqual([
      [1, "Senin, 6 April 2026 08.00 WITA", "Senin, 6 April 2026 08.30 WITA"],
      [2, "Senin, 6 April 2026 08.30 WITA", "Senin, 6 April 2026 11.30 WITA"],
      [3, "Senin, 6 April 2026 11.30 WITA", "Rabu, 8 April 2026 11.30 WITA"],
      [4, "Rabu, 8 April 2026 11.30 WITA", "Jumat, 17 April 2026 11.30 WITA"],
      // 1 May (Hari Buruh) is skipped.
      [5, "Jumat, 17 April 2026 11.30 WITA", "Senin, 11 Mei 2026 11.30 WITA"],
      [6, "Senin, 11 Mei 2026 11.30 WITA", "Senin, 11 Mei 2026 13.30 WITA"],
      [7, "Senin, 11 Mei 2026 13.30 WITA", "Senin, 11 Mei 2026 15.30 WITA"],
      [8, "Senin, 11 Mei 2026 15.30 WITA", "Selasa, 12 Mei 2026 15.30 WITA"],
    ]);
  });
  it("a step planned to end at closing is followed by one starting at the next opening", () => {
    const s = rescheduleSop(newRound(), { now: at("2026-04-02 10:00"), startDate: at("2026-04-06 15:30") });
    expect(s.steps[0]!.plannedFinish).toBe(at("2026-04-06 16:00"));
    expect(s.steps[1]!.plannedStart).toBe(at("2026-04-07 07:30"));
  });
  it("a round starting on a holiday begins at the next working opening", () => {
    const s = rescheduleSop(newRound(), { now: at("2026-04-02 10:00"), startDate: at("2026-04-03 08:00") });
    expect(s.steps[0]!.plannedStart).toBe(at("2026-04-06 07:30"));
  });
  it("rescheduling keeps what was done", () => {
    const done = ok(finish(newRound(), 1, "2026-04-06 08:20"));
    const moved = rescheduleSop(done, { now: at("2026-04-06 09:00"), startDate: at("2026-04-07 08:00") });
    expect(moved.steps[0]).toMatchObject({
      actualFinish: at("2026-04-06 08:20"),
      plannedStart: at("2026-04-07 08:00"),
    });
    expect(moved.steps[0]!.events).toHaveLength(2);
    expect(moved.scheduledAt).toBe(at("2026-04-06 09:00"));
  });
});

describe("status", () => {
  const round = newRound();
  it("is belum, berjalan, selesai or terlambat at a given moment", () => {
    const s1 = ok(start(round, 1, "2026-04-06 08:05"));
    expect(stepStatus(s1.steps[0]!, at("2026-04-06 08:10"), DEFAULT_CALENDAR)).toEqual({
      no: 1,
      status: "berjalan",
      done: false,
      lateMinutes: 0,
    });
    expect(stepStatus(s1.steps[1]!, at("2026-04-06 08:10"), DEFAULT_CALENDAR).status).toBe("belum");
    const s2 = ok(finish(s1, 1, "2026-04-06 08:25"));
    expect(sopStatus(s2, at("2026-04-06 09:00")).map((s) => s.status)).toEqual([
      "selesai",
      "belum",
      "belum",
      "belum",
      "belum",
      "belum",
      "belum",
      "belum",
    ]);
  });
  it("counts lateness in working time: not late over the weekend, late once Monday opens", () => {
    const s = ok(finish(ok(finish(newRound(), 1, "2026-04-06 08:20")), 2, "2026-04-06 11:00"));
    const step4 = { ...s.steps[3]!, plannedFinish: at("2026-04-10 16:00") };
    expect(stepStatus(step4, at("2026-04-11 10:00"), DEFAULT_CALENDAR).status).toBe("belum");
    expect(stepStatus(step4, at("2026-04-13 09:45"), DEFAULT_CALENDAR)).toMatchObject({
      status: "terlambat",
      done: false,
      lateMinutes: 135,
    });
    expect(formatWorkingMinutes(135, DEFAULT_CALENDAR)).toBe("2 jam 15 menit");
  });
  it("a step finished after its planned finish stays terlambat, marked done", () => {
    const s = ok(finish(newRound(), 1, "2026-04-06 09:00"));
    expect(stepStatus(s.steps[0]!, at("2026-05-01 09:00"), DEFAULT_CALENDAR)).toEqual({
      no: 1,
      status: "terlambat",
      done: true,
      lateMinutes: 30,
    });
  });
  it("the current step is the first one not finished", () => {
    expect(currentStep(newRound())!.no).toBe(1);
    expect(currentStep(ok(finish(newRound(), 1, "2026-04-06 08:20")))!.no).toBe(2);
  });
});

describe("lateness as a person reads it", () => {
  const week = (hours: [number, string, string][]): WorkingCalendar => ({
    ...DEFAULT_CALENDAR,
    week: hours.map(([weekday, start, end]) => ({ weekday, start, end }) as WorkingDayHours),
  });
  // Monday–Friday 07:30–16:00: a working day is 8 h 30 min = 510 minutes.
  const DAY = 8 * 60 + 30;

  it("a working day is the calendar's hours of a day; of days that differ, the usual one", () => {
    expect(workingDayMinutes(DEFAULT_CALENDAR)).toBe(DAY);
    // A shorter Friday (07:30–11:00) does not make the working day shorter.
    const shortFriday = week([
      [1, "07:30", "16:00"],
      [2, "07:30", "16:00"],
      [3, "07:30", "16:00"],
      [4, "07:30", "16:00"],
      [5, "07:30", "11:00"],
    ]);
    expect(workingDayMinutes(shortFriday)).toBe(DAY);
    // Two days of 8 h and two of 8 h 30 min: as common, the longer counts.
    const tie = week([
      [1, "08:00", "16:00"],
      [2, "08:00", "16:00"],
      [3, "07:30", "16:00"],
      [4, "07:30", "16:00"],
    ]);
    expect(workingDayMinutes(tie)).toBe(DAY);
  });

  it.each([
    // minutes, the arithmetic with a 510-minute day, the text
    [0, "nothing", "0 menit"],
    [45, "45 min", "45 menit"],
    [135, "2 × 60 + 15", "2 jam 15 menit"],
    [DAY - 1, "8 × 60 + 29, still under a day", "8 jam 29 menit"],
    [DAY, "1 × 510", "1 hari kerja"],
    [DAY + 59, "1 × 510 + 59: minutes are left out from a day up", "1 hari kerja"],
    [2 * DAY + 150, "2 × 510 + 2 × 60 + 30", "2 hari kerja 2 jam"],
    [1410 * 60 + 30, "84 630 = 165 × 510 + 480 (8 × 60)", "165 hari kerja 8 jam"],
  ])("%i working minutes (%s) read “%s” on 07:30–16:00", (minutes, _, text) => {
    expect(formatWorkingMinutes(minutes, DEFAULT_CALENDAR)).toBe(text);
  });

  it("reads 1410 jam 30 menit as 176 hari kerja 2 jam on a calendar of eight-hour days", () => {
    const eightHours = week([1, 2, 3, 4, 5].map((d) => [d, "07:30", "15:30"]));
    // 1410 × 60 + 30 = 84 630 = 176 × 480 + 150, and 150 minutes = 2 jam (30 menit left out).
    expect(formatWorkingMinutes(1410 * 60 + 30, eightHours)).toBe("176 hari kerja 2 jam");
  });

  it("counts a step's lateness in the calendar's working time, then reads it in days and hours", () => {
    const step4 = { ...newRound().steps[3]!, plannedFinish: at("2026-04-10 16:00") };
    // Friday 16:00 → Wednesday 15 April 10:00: Monday and Tuesday (2 × 510), Wednesday 07:30–10:00 (150).
    const status = stepStatus(step4, at("2026-04-15 10:00"), DEFAULT_CALENDAR);
    expect(status.lateMinutes).toBe(2 * DAY + 150);
    expect(formatWorkingMinutes(status.lateMinutes, DEFAULT_CALENDAR)).toBe("2 hari kerja 2 jam");
  });
});

describe("who may act", () => {
  it("only the official whose peran is the step's role", () => {
    const r = startStep(
      newRound(),
      { step: 7, nip: OFFICIALS.kasubag.nip, now: at("2026-04-06 08:00") },
      setup,
    );
    expect(r).toMatchObject({
      ok: false,
      issue: { code: "sop.actor.role", severity: "error", sheet: "SOP" },
    });
    if (r.ok) return;
    expect(r.issue.message).toBe(
      "Rina Marlina (Kasubag Perencanaan dan Pelaporan) tidak berwenang mencatat langkah 7; langkah ini dilaksanakan oleh Sekretaris Daerah.",
    );
    expect(r.issue.expected).toBe(
      "Sekretaris Daerah: H. Masyraniansyah, SP, M.MA, MP, NIP 196504221988031008",
    );
  });
  it("a NIP that is not an official of the round is refused", () => {
    const r = startStep(
      newRound(),
      { step: 1, nip: "199912312020121001", now: at("2026-04-06 08:00") },
      setup,
    );
    expect(r).toMatchObject({ ok: false, issue: { code: "sop.actor.unknown", found: "199912312020121001" } });
  });
  it("records the official who acted", () => {
    const s = ok(start(newRound(), 1, "2026-04-06 08:00"));
    expect(s.steps[0]!.actor).toEqual({
      nama: "Rina Marlina",
      jabatan: "Kasubag Perencanaan dan Pelaporan",
      nip: "198706122010012015",
    });
  });
  it("refuses an unknown step and an unreadable time", () => {
    expect(start(newRound(), 9, "2026-04-06 08:00")).toMatchObject({
      ok: false,
      issue: { code: "sop.step.unknown" },
    });
    const r = startStep(newRound(), { step: 1, nip: OFFICIALS.kasubag.nip, now: "besok" as never }, setup);
    expect(r).toMatchObject({ ok: false, issue: { code: "sop.time.invalid" } });
  });
});

describe("order of the steps", () => {
  it("starting a step before the earlier ones are done needs a reason", () => {
    const r = start(newRound(), 3, "2026-04-06 08:00");
    expect(r).toMatchObject({ ok: false, issue: { code: "sop.order.reason-required", found: "1, 2" } });
    if (!r.ok)
      expect(r.issue.message).toBe("Langkah 3 dimulai sebelum langkah 1, 2 selesai: sebutkan alasannya.");
    expect(start(newRound(), 3, "2026-04-06 08:00", "   ")).toMatchObject({ ok: false });
  });
  it("with a reason it is allowed, and the reason and the open steps are recorded", () => {
    const r = start(newRound(), 3, "2026-04-06 08:00", "DPA sudah tersedia lebih awal");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events).toEqual([
      expect.objectContaining({
        kind: "start",
        step: 3,
        reason: "DPA sudah tersedia lebih awal",
        openBefore: [1, 2],
      }),
    ]);
    expect(r.state.steps[2]!.events).toEqual(r.events);
  });
  it("in order, no reason is needed", () => {
    let s = newRound();
    s = ok(finish(s, 1, "2026-04-06 08:20"));
    s = ok(finish(s, 2, "2026-04-06 11:00"));
    const r = start(s, 3, "2026-04-06 11:05");
    expect(r.ok && r.events[0]!.reason).toBe(undefined);
  });
  it("finishing a step not started starts it implicitly, under the same rule", () => {
    const r = finish(newRound(), 1, "2026-04-06 08:20");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events.map((e) => [e.kind, e.implicit ?? false])).toEqual([
      ["start", true],
      ["finish", false],
    ]);
    expect(r.state.steps[0]).toMatchObject({
      actualStart: at("2026-04-06 08:20"),
      actualFinish: at("2026-04-06 08:20"),
    });
    expect(finish(newRound(), 2, "2026-04-06 08:20")).toMatchObject({
      ok: false,
      issue: { code: "sop.order.reason-required" },
    });
  });
  it("refuses to start twice, to finish twice and to finish before the start", () => {
    const s = ok(start(newRound(), 1, "2026-04-06 08:10"));
    expect(start(s, 1, "2026-04-06 08:15")).toMatchObject({
      ok: false,
      issue: { code: "sop.step.already-started" },
    });
    expect(finish(s, 1, "2026-04-06 08:05")).toMatchObject({
      ok: false,
      issue: { code: "sop.time.before-start" },
    });
    const done = ok(finish(s, 1, "2026-04-06 08:30"));
    const again = finish(done, 1, "2026-04-06 08:40");
    expect(again).toMatchObject({ ok: false, issue: { code: "sop.step.already-finished" } });
    if (!again.ok)
      expect(again.issue.message).toBe("Langkah 1 sudah selesai pada Senin, 6 April 2026 08.30 WITA.");
    expect(start(done, 1, "2026-04-06 08:40")).toMatchObject({
      ok: false,
      issue: { code: "sop.step.already-finished" },
    });
  });
  it("writes action times in the calendar's zone", () => {
    const r = startStep(
      newRound(),
      { step: 1, nip: OFFICIALS.kasubag.nip, now: "2026-04-06T00:10:00Z" as never },
      setup,
    );
    expect(r.ok && r.state.steps[0]!.actualStart).toBe("2026-04-06T08:10:00+08:00");
  });
});
