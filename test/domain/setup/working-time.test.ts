import fc from "fast-check";
import {
  addWorkingDuration,
  DEFAULT_CALENDAR,
  formatInstant,
  inCalendarZone,
  instantFromMs,
  instantMs,
  isWorkingDay,
  localInstant,
  nextWorkingStart,
  parseInstant,
  validateCalendar,
  workingMinutesBetween,
  type Instant,
  type WorkingCalendar,
  type WorkingDuration,
} from "../../../src/domain/setup/working-time";

const cal = DEFAULT_CALENDAR;
/** "2026-04-06 10:00" → the instant in WITA. */
const at = (s: string, c: WorkingCalendar = cal): Instant => {
  const [date, time] = s.split(" ");
  return localInstant(date!, time!, c);
};
const add = (start: string, amount: number, unit: WorkingDuration["unit"], c: WorkingCalendar = cal) =>
  addWorkingDuration(at(start, c), { unit, amount }, c);
const noHolidays: WorkingCalendar = { ...cal, holidays: [] };

describe("instants", () => {
  it("are ISO strings in the calendar's zone, and parse back to the same moment", () => {
    const i = at("2026-04-13 10:30");
    expect(i).toBe("2026-04-13T10:30:00+08:00");
    expect(instantMs(i)).toBe(Date.parse("2026-04-13T02:30:00Z"));
    expect(instantFromMs(Date.parse("2026-04-13T02:30:00Z"), cal)).toBe(i);
    expect(parseInstant("2026-04-13T02:30:00Z")).toBe("2026-04-13T02:30:00Z");
    expect(inCalendarZone("2026-04-13T02:30:00Z" as Instant, cal)).toBe(i);
  });
  it("refuses what is not an instant with an offset", () => {
    for (const s of [
      "2026-04-13",
      "2026-04-13T10:30",
      "2026-02-30T10:00:00+08:00",
      "kemarin",
      "2026-04-13T25:00Z",
    ])
      expect(parseInstant(s)).toBeUndefined();
  });
  it("read as people write them", () => {
    expect(formatInstant(at("2026-04-13 10:30"), cal)).toBe("Senin, 13 April 2026 10.30 WITA");
    expect(formatInstant("2026-04-13T00:05:00Z" as Instant, cal)).toBe("Senin, 13 April 2026 08.05 WITA");
  });
});

describe("isWorkingDay and nextWorkingStart", () => {
  it("skip weekends, holidays and cuti bersama", () => {
    expect(isWorkingDay("2026-04-06", cal)).toBe(true); // Senin
    expect(isWorkingDay("2026-04-04", cal)).toBe(false); // Sabtu
    expect(isWorkingDay("2026-04-03", cal)).toBe(false); // Wafat Yesus Kristus
    expect(isWorkingDay("2026-03-23", cal)).toBe(false); // cuti bersama Idulfitri
    expect(isWorkingDay("2026-03-23", noHolidays)).toBe(true);
    expect(isWorkingDay("bukan tanggal", cal)).toBe(false);
  });
  it("keeps a working moment and moves any other to the next opening", () => {
    expect(nextWorkingStart(at("2026-04-06 10:00"), cal)).toBe(at("2026-04-06 10:00"));
    expect(nextWorkingStart(at("2026-04-06 06:00"), cal)).toBe(at("2026-04-06 07:30"));
    expect(nextWorkingStart(at("2026-04-06 16:00"), cal)).toBe(at("2026-04-07 07:30"));
    expect(nextWorkingStart(at("2026-04-10 16:30"), cal)).toBe(at("2026-04-13 07:30")); // Jumat sore
    expect(nextWorkingStart(at("2026-04-02 17:00"), cal)).toBe(at("2026-04-06 07:30")); // sebelum Jumat Agung
  });
});

describe("addWorkingDuration: menit and jam", () => {
  it("count within working hours on the same day", () => {
    expect(add("2026-04-06 08:00", 30, "menit")).toBe(at("2026-04-06 08:30"));
    expect(add("2026-04-06 08:30", 3, "jam")).toBe(at("2026-04-06 11:30"));
    expect(add("2026-04-06 15:30", 30, "menit")).toBe(at("2026-04-06 16:00")); // ends at closing
  });
  it("run over the weekend: 3 jam from Friday 14:00 is 2 jam Friday and 1 jam Monday", () => {
    expect(add("2026-04-10 14:00", 3, "jam")).toBe(at("2026-04-13 08:30"));
  });
  it("follow shorter Friday hours when the calendar has them: then Monday 09:30", () => {
    const shortFriday: WorkingCalendar = {
      ...cal,
      week: cal.week.map((d) => (d.weekday === 5 ? { ...d, end: "15:00" } : d)),
    };
    expect(add("2026-04-10 14:00", 3, "jam", shortFriday)).toBe(at("2026-04-13 09:30", shortFriday));
  });
  it("run over several days, skipping holidays", () => {
    // 20 jam from Thursday 2 April 10:00: 6 jam Thursday, Friday 3 April is Jumat Agung,
    // 8.5 jam Monday, 5.5 jam Tuesday.
    expect(add("2026-04-02 10:00", 20, "jam")).toBe(at("2026-04-07 13:00"));
  });
  it("start outside working time at the next opening", () => {
    expect(add("2026-04-06 17:00", 2, "jam")).toBe(at("2026-04-07 09:30")); // after 16:00
    expect(add("2026-04-04 09:00", 30, "menit")).toBe(at("2026-04-06 08:00")); // Saturday
    expect(add("2026-04-03 09:00", 1, "jam")).toBe(at("2026-04-06 08:30")); // on a holiday
  });
});

describe("addWorkingDuration: hari", () => {
  it("ends N working days later at the same clock time", () => {
    expect(add("2026-04-06 10:00", 2, "hari")).toBe(at("2026-04-08 10:00"));
    expect(add("2026-04-09 15:00", 1, "hari")).toBe(at("2026-04-10 15:00"));
    expect(add("2026-04-10 15:00", 1, "hari")).toBe(at("2026-04-13 15:00")); // over the weekend
  });
  it("a task started at opening ends at the close of its last day", () => {
    expect(add("2026-04-06 07:30", 2, "hari")).toBe(at("2026-04-07 16:00"));
    expect(add("2026-04-04 10:00", 1, "hari")).toBe(at("2026-04-06 16:00")); // started on Saturday
    expect(add("2026-04-06 16:30", 1, "hari")).toBe(at("2026-04-07 16:00")); // started after hours
    expect(add("2026-04-03 10:00", 1, "hari")).toBe(at("2026-04-06 16:00")); // started on a holiday
  });
  it("clamps to closing when the finishing day closes earlier", () => {
    const shortFriday: WorkingCalendar = {
      ...cal,
      week: cal.week.map((d) => (d.weekday === 5 ? { ...d, end: "11:00" } : d)),
    };
    expect(add("2026-04-09 14:00", 1, "hari", shortFriday)).toBe(at("2026-04-10 11:00", shortFriday));
  });
  it("15 hari over Lebaran skips Nyepi, Idulfitri, cuti bersama and Jumat Agung", () => {
    // 9 March + 15 working days: 10–13, 16–17 March (6), 25–27, 30–31 March, 1–2 April (13),
    // 6–7 April (15). 18–24 March and 3 April are libur/cuti bersama.
    expect(add("2026-03-09 10:00", 15, "hari")).toBe(at("2026-04-07 10:00"));
    expect(add("2026-03-09 10:00", 15, "hari", noHolidays)).toBe(at("2026-03-30 10:00"));
  });
  it("0 of anything is the next working start", () => {
    expect(add("2026-04-04 10:00", 0, "hari")).toBe(at("2026-04-06 07:30"));
    expect(add("2026-04-06 10:00", 0, "jam")).toBe(at("2026-04-06 10:00"));
  });
});

describe("workingMinutesBetween", () => {
  it("counts working time only, and is negative backwards", () => {
    expect(workingMinutesBetween(at("2026-04-10 15:00"), at("2026-04-13 08:30"), cal)).toBe(120);
    expect(workingMinutesBetween(at("2026-04-13 08:30"), at("2026-04-10 15:00"), cal)).toBe(-120);
    expect(workingMinutesBetween(at("2026-04-06 16:00"), at("2026-04-07 07:30"), cal)).toBe(0);
    expect(workingMinutesBetween(at("2026-04-02 16:00"), at("2026-04-06 08:00"), cal)).toBe(30); // Jumat Agung
    expect(workingMinutesBetween(at("2026-04-06 07:30"), at("2026-04-10 16:00"), cal)).toBe(5 * 510);
  });

  const starts = fc
    .integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2026-12-01T00:00:00Z") })
    .map((ms) => instantFromMs(ms - (ms % 60_000), cal));

  it("measures exactly the menit added (property)", () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 0, max: 20_000 }), (start, minutes) => {
        const end = addWorkingDuration(start, { unit: "menit", amount: minutes }, cal);
        expect(workingMinutesBetween(start, end, cal)).toBe(minutes);
        expect(instantMs(end)! >= instantMs(start)!).toBe(true);
      }),
    );
  });

  it("measures N full working days for N hari when every day has the same hours (property)", () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 1, max: 40 }), (start, days) => {
        const end = addWorkingDuration(start, { unit: "hari", amount: days }, cal);
        expect(workingMinutesBetween(start, end, cal)).toBe(days * 510);
      }),
    );
  });

  it("adding in two parts equals adding at once (property)", () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (s, a, b) => {
        const once = addWorkingDuration(s, { unit: "menit", amount: a + b }, cal);
        const mid = addWorkingDuration(s, { unit: "menit", amount: a }, cal);
        const twice = addWorkingDuration(mid, { unit: "menit", amount: b }, cal);
        // The same working moment: a closing time and the next opening are alike.
        expect(nextWorkingStart(twice, cal)).toBe(nextWorkingStart(once, cal));
      }),
    );
  });
});

describe("validateCalendar", () => {
  it("accepts the default and names each problem", () => {
    expect(validateCalendar(DEFAULT_CALENDAR)).toEqual([]);
    const bad: WorkingCalendar = {
      ...cal,
      week: [
        { weekday: 1, start: "16:00", end: "07:30" },
        { weekday: 1, start: "7.30", end: "16:00" },
      ],
      utcOffsetMinutes: 9999,
      holidays: ["2026-02-30"],
    };
    expect(validateCalendar(bad).map((i) => i.code)).toEqual([
      "sop.calendar.weekday",
      "sop.calendar.hours",
      "sop.calendar.time",
      "sop.calendar.offset",
      "sop.calendar.holiday",
    ]);
    expect(validateCalendar({ ...cal, week: [] }).map((i) => i.code)).toEqual(["sop.calendar.empty"]);
  });
  it("a calendar with no working day never hangs", () => {
    const never: WorkingCalendar = { ...cal, week: [] };
    expect(add("2026-04-06 10:00", 2, "hari", never)).toBe(at("2026-04-06 10:00"));
    expect(add("2026-04-06 10:00", 2, "jam", never)).toBe(at("2026-04-06 10:00"));
  });
});
