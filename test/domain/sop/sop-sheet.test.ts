import fc from "fast-check";
import { finishStep, startStep } from "../../../src/domain/sop/sop-actions";
import {
  describeWeek,
  readSopState,
  sopSheetPlan,
  sopStateSheetPlan,
} from "../../../src/domain/sop/sop-sheet";
import type { SopState } from "../../../src/domain/sop/sop";
import { DEFAULT_CALENDAR, type WorkingCalendar } from "../../../src/domain/setup/working-time";
import type { SheetPlan } from "../../../src/sheet/plan";
import { snapshotOfPlan } from "../../support/plan-snapshot";
import { at, NIP_OF_STEP, newRound, sopSetup } from "../../support/sop-fixture";

const setup = sopSetup();

function played(): SopState {
  let s = newRound();
  const steps: [number, "start" | "finish", string, string?][] = [
    [1, "finish", "2026-04-06 08:25"],
    [2, "start", "2026-04-06 09:00"],
    [3, "start", "2026-04-06 10:00", "Kertas kerja disiapkan paralel dengan rapat"],
    [2, "finish", "2026-04-06 12:15"],
  ];
  for (const [step, kind, when, reason] of steps) {
    const input = { step, nip: NIP_OF_STEP[step]!, now: at(when), reason };
    const r = kind === "start" ? startStep(s, input, setup) : finishStep(s, input, setup);
    if (!r.ok) throw new Error(r.issue.message);
    s = r.state;
  }
  return s;
}

const texts = (plan: SheetPlan) => plan.rows.map((r) => r.map((c) => c?.value ?? null));
const rowOf = (plan: SheetPlan, no: number) => texts(plan).find((r) => r[0] === no)!;

describe("the SOP sheet", () => {
  const state = played();
  const plan = sopSheetPlan({
    state,
    setup,
    now: at("2026-04-06 13:00"),
    parafs: [{ step: 1, text: "Diparaf RM\n6 April 2026" }],
  });

  it("is visible, protected, A4 landscape fitted to width with the header rows repeated", () => {
    expect(plan).toMatchObject({ name: "SOP", visibility: "visible", protection: {} });
    expect(plan.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true });
    const header = Number(plan.print!.printTitleRows!.split(":")[0]) - 1;
    expect(texts(plan)[header]!.slice(0, 3)).toEqual(["No", "Aktivitas", "Pelaksana"]);
    expect(plan.rows.flat().every((c) => c?.locked !== false)).toBe(true);
  });

  it("has the head of the form and the four Pelaksana roles as column headers", () => {
    const all = texts(plan).flat();
    for (const v of [
      "SEKRETARIAT DAERAH KABUPATEN TAPIN",
      "Nomor SOP",
      "000/ /Bagumkeu/2020",
      "Nama SOP",
      "STANDAR OPERASIONAL PROSEDUR PENGUMPULAN DATA KINERJA",
      "Kasubag Perencanaan dan Pelaporan",
      "Tim SAKIP Setda",
      "Kepala Bagian Umum dan Keuangan",
      "Sekretaris Daerah",
      "Mutu Baku",
      "Kelengkapan",
      "Rencana Mulai",
      "Paraf / TTD",
      "Senin–Jumat 07.30–16.00 WITA",
      "Senin, 6 April 2026 13.00 WITA",
      "NIP. 196504221988031008",
    ]) {
      expect(all).toContain(v);
    }
  });

  it("marks the executing role and prints the round's record per step", () => {
    const r1 = rowOf(plan, 1);
    expect(r1.slice(2, 6)).toEqual(["●", "", "", ""]);
    expect(r1.slice(6, 10)).toEqual([
      "Draf surat kepada Bagian",
      "30 Menit",
      "Surat kepada Bagian",
      "Januari, April, Juni, Oktober",
    ]);
    expect(r1.slice(10)).toEqual([
      "Senin, 6 April 2026 08.00 WITA",
      "Senin, 6 April 2026 08.30 WITA",
      "Senin, 6 April 2026 08.25 WITA",
      "Senin, 6 April 2026 08.25 WITA",
      "Selesai",
      "Rina Marlina\nKasubag Perencanaan dan Pelaporan",
      "Diparaf RM\n6 April 2026",
    ]);
    expect(rowOf(plan, 7).slice(2, 6)).toEqual(["", "", "", "●"]);
    expect(rowOf(plan, 2)[14]).toBe("Selesai, terlambat 45 menit");
    expect(rowOf(plan, 3)[14]).toBe(
      "Berjalan\nAlasan mendahului: Kertas kerja disiapkan paralel dengan rapat",
    );
    expect(rowOf(plan, 4)[14]).toBe("Belum");
    const styleOf = (no: number) => plan.rows.find((r) => r[0]?.value === no)![14]!.style;
    expect([styleOf(1), styleOf(2), styleOf(3), styleOf(4)]).toEqual([
      "selesai",
      "terlambat",
      "berjalan",
      "belum",
    ]);
  });

  it("reads a lateness of days in working days and hours", () => {
    const later = sopSheetPlan({ state, setup, now: at("2026-04-15 10:00") });
    // Step 3 (2 hari from Monday 11:30) was due Wednesday 8 April 11:30. Late until Wednesday
    // 15 April 10:00: 8 April 11:30–16:00 (270) + 9, 10, 13, 14 April (4 × 510) + 07:30–10:00 (150)
    // = 2 460 minutes = 4 working days of 510 + 420 (7 jam; the 30 minutes are left out).
    expect(rowOf(later, 3)[14]).toBe(
      "Terlambat 4 hari kerja 7 jam\nAlasan mendahului: Kertas kerja disiapkan paralel dengan rapat",
    );
  });

  it("gives rows with long text room for every line", () => {
    const r4 = plan.rows.findIndex((r) => r[0]?.value === 4);
    const r8 = plan.rows.findIndex((r) => r[0]?.value === 8);
    expect(plan.rowHeights![r4]).toBeGreaterThan(plan.rowHeights![r8]!);
    expect(plan.rowHeights![r4]).toBeGreaterThanOrEqual(5 * 12.75);
  });

  it("lists the holidays that fall within the schedule", () => {
    const all = texts(plan).flat();
    expect(all).toContain("1 Mei 2026"); // the round ends 12 May, before Kenaikan Yesus Kristus
  });

  it("describes uneven working hours day by day", () => {
    const cal: WorkingCalendar = {
      ...DEFAULT_CALENDAR,
      week: DEFAULT_CALENDAR.week.map((d) => (d.weekday === 5 ? { ...d, end: "11:00" } : d)),
    };
    expect(describeWeek(cal)).toBe("Senin–Kamis 07.30–16.00; Jumat 07.30–11.00 WITA");
  });
});

describe("the _sop_state sheet", () => {
  it("is very hidden and reads back exactly the state it was written from", () => {
    const state = played();
    const plan = sopStateSheetPlan(state);
    expect(plan).toMatchObject({ name: "_sop_state", visibility: "veryHidden" });
    expect(readSopState(snapshotOfPlan(plan))).toEqual({ state, issues: [] });
  });

  it("round-trips any state the actions can produce (property)", () => {
    const action = fc.record({
      step: fc.integer({ min: 1, max: 8 }),
      finish: fc.boolean(),
      minute: fc.integer({ min: 0, max: 60 * 24 * 30 }),
      reason: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 10 }), (actions) => {
        let s = newRound();
        for (const a of actions) {
          const now = at(`2026-04-${String(6 + (Math.floor(a.minute / 1440) % 20)).padStart(2, "0")} 08:00`);
          const input = { step: a.step, nip: NIP_OF_STEP[a.step]!, now, reason: a.reason };
          const r = a.finish ? finishStep(s, input, setup) : startStep(s, input, setup);
          if (r.ok) s = r.state;
        }
        expect(readSopState(snapshotOfPlan(sopStateSheetPlan(s)))).toEqual({ state: s, issues: [] });
      }),
    );
  });

  it("never throws: a foreign sheet, broken JSON, another version", () => {
    const snapshot = snapshotOfPlan(sopStateSheetPlan(newRound()));
    expect(readSopState({ ...snapshot, values: [["Laporan"]] })).toMatchObject({
      state: null,
      issues: [{ code: "sop.state.unreadable", cell: "A1", found: "Laporan" }],
    });
    const broken = { ...snapshot, values: [...snapshot.values.slice(0, 2), ["{rusak"]] };
    expect(readSopState(broken)).toMatchObject({ state: null, issues: [{ found: "JSON rusak" }] });
    const json = (v: unknown) => ({
      ...snapshot,
      values: [...snapshot.values.slice(0, 2), [JSON.stringify(v)]],
    });
    expect(readSopState(json({ ...newRound(), version: 2 }))).toMatchObject({
      state: null,
      issues: [{ found: "versi 2" }],
    });
    for (const bad of [
      null,
      3,
      [],
      { ...newRound(), steps: "x" },
      { ...newRound(), calendar: { week: 1 } },
    ]) {
      expect(readSopState(json(bad)).state).toBeNull();
    }
  });

  it("drops an unreadable event and repairs fields that disagree with the events, saying so", () => {
    const state = played();
    const step1 = state.steps[0]!;
    const tampered = {
      ...state,
      steps: [
        {
          ...step1,
          actualFinish: at("2026-04-06 08:00"),
          events: [...step1.events, { kind: "finish", at: "kemarin" }],
        },
        ...state.steps.slice(1),
      ],
    };
    const snapshot = snapshotOfPlan(sopStateSheetPlan(tampered as SopState));
    const read = readSopState(snapshot);
    expect(read.state).toEqual(state);
    expect(read.issues.map((i) => [i.severity, i.code])).toEqual([
      ["warning", "sop.state.event-dropped"],
      ["warning", "sop.state.repaired"],
    ]);
  });

  it("an invalid calendar is refused with its own issues", () => {
    const snapshot = snapshotOfPlan(
      sopStateSheetPlan({ ...newRound(), calendar: { ...DEFAULT_CALENDAR, holidays: ["2026-13-01"] } }),
    );
    expect(readSopState(snapshot)).toMatchObject({ state: null, issues: [{ code: "sop.calendar.holiday" }] });
  });
});
