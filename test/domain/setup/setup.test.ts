import fc from "fast-check";
import {
  defaultBatasWaktu,
  nipProblem,
  parsePeriode,
  readSetupSheet,
  setupFromDpa,
  setupSheetPlan,
  validateSetup,
} from "../../../src/domain/setup/setup";
import { SOP_ROLES } from "../../../src/domain/setup/setup-types";
import { createSopState } from "../../../src/domain/sop/sop";
import { restoreSopState } from "../../../src/domain/sop/sop-restore";
import { DEFAULT_CALENDAR, type Instant, type WorkingCalendar } from "../../../src/domain/setup/working-time";
import type { BagianCode } from "../../../src/domain/shared/types";
import { makeDpa, makeSetup, smallDpa } from "../../support/round-fixture";
import { snapshotOfPlan } from "../../support/plan-snapshot";

describe("the Pengaturan sheet", () => {
  const setup = makeSetup({
    pejabat: [
      {
        peran: "kasubag-perencanaan",
        nama: "Rina Marlina",
        jabatan: "Kasubag Perencanaan dan Pelaporan",
        nip: "198706122010012015",
      },
      {
        peran: "sekretaris-daerah",
        nama: "H. Masyraniansyah, SP, M.MA, MP",
        jabatan: "Sekretaris Daerah",
        nip: "196504221988031008",
      },
    ],
  });

  it("reads back exactly the setup it was written from", () => {
    const read = readSetupSheet(snapshotOfPlan(setupSheetPlan(setup)));
    expect(read.issues).toEqual([]);
    expect(read.setup).toEqual(setup);
  });

  it("is visible, protected, and lists every SOP role even when nobody is named yet", () => {
    const plan = setupSheetPlan(setup);
    expect(plan.visibility).toBe("visible");
    expect(plan.protection).toBeDefined();
    const texts = plan.rows.flat().map((c) => c?.value);
    for (const role of [
      "Kasubag Perencanaan dan Pelaporan",
      "Tim SAKIP Setda",
      "Kepala Bagian Umum dan Keuangan",
      "Sekretaris Daerah",
    ]) {
      expect(texts).toContain(role);
    }
    expect(SOP_ROLES).toHaveLength(4);
  });

  it("reports a Batas waktu or holiday that is a number but no date, instead of throwing", () => {
    const snapshot = snapshotOfPlan(setupSheetPlan(setup));
    const batasRow = snapshot.values.findIndex((r) => r[0] === "Batas Waktu Bagian");
    expect(batasRow).toBeGreaterThan(0);
    for (const bad of [1e12, -5, Number.NaN]) {
      const values = snapshot.values.map((r, i) => (i === batasRow ? [r[0] ?? null, bad] : r));
      const read = readSetupSheet({ ...snapshot, values });
      expect(read.setup).toBeNull();
      expect(read.issues.map((i) => i.code)).toContain("setup.batas-waktu");
    }
  });

  it("refuses a sheet that is not a setup, or of an unknown version, naming the cell", () => {
    const snapshot = snapshotOfPlan(setupSheetPlan(setup));
    const other = { ...snapshot, values: [["Laporan"], ["apa saja"]] };
    expect(readSetupSheet(other)).toMatchObject({ setup: null, issues: [{ severity: "error", cell: "A2" }] });
    const future = { ...snapshot, values: snapshot.values.map((r, i) => (i === 1 ? [r[0] ?? null, 9] : r)) };
    expect(readSetupSheet(future)).toMatchObject({ setup: null, issues: [{ cell: "B2", found: "9" }] });
  });
});

describe("the working calendar on the Pengaturan sheet", () => {
  const calendar: WorkingCalendar = {
    ...DEFAULT_CALENDAR,
    week: [
      { weekday: 1, start: "07:30", end: "16:00" },
      { weekday: 2, start: "07:30", end: "16:00" },
      { weekday: 5, start: "07:30", end: "11:00" },
    ],
    holidays: ["2026-04-03", "2026-04-20", "2026-04-21"],
    holidayNames: { "2026-04-03": "Wafat Yesus Kristus", "2026-04-20": "Hari jadi Kabupaten" },
  };
  const setup = makeSetup({ calendar });

  it("writes HARI KERJA and the holidays, dates as real dates, and reads them back", () => {
    const plan = setupSheetPlan(setup);
    const texts = plan.rows.map((r) => r.map((c) => c?.value));
    expect(texts).toContainEqual(["HARI KERJA"]);
    expect(texts).toContainEqual(["Zona Waktu", "WITA (UTC+08:00)"]);
    expect(texts).toContainEqual(["Jumat", "07:30", "11:00"]);
    expect(texts).toContainEqual(["HARI LIBUR NASIONAL DAN CUTI BERSAMA"]);
    const holidayRow = plan.rows.find((r) => r[1]?.value === "Hari jadi Kabupaten");
    expect(holidayRow?.[0]).toMatchObject({ value: 46132, style: "boxedDate" });
    expect(plan.styles.boxedDate?.numberFormat).toBe("dd mmmm yyyy");

    const read = readSetupSheet(snapshotOfPlan(plan));
    expect(read.issues).toEqual([]);
    expect(read.setup?.calendar).toEqual(calendar);
  });

  it("writes the default calendar with the 2026 holidays and their Keterangan", () => {
    const read = readSetupSheet(snapshotOfPlan(setupSheetPlan(makeSetup())));
    expect(read.setup?.calendar).toEqual(DEFAULT_CALENDAR);
  });

  it("reads a sheet written before the calendar sections existed with the default calendar", () => {
    const plan = setupSheetPlan(makeSetup());
    const cut = plan.rows.findIndex((r) => r[0]?.value === "HARI KERJA") - 1;
    const old = { ...plan, rows: plan.rows.slice(0, cut) };
    expect(old.rows.flat().map((c) => c?.value)).not.toContain("Zona Waktu");
    const read = readSetupSheet(snapshotOfPlan(old));
    expect(read.issues).toEqual([]);
    expect(read.setup?.calendar).toBe(DEFAULT_CALENDAR);
  });

  it("refuses hours that end before they start, and a holiday that is no date", () => {
    const bad = makeSetup({
      calendar: {
        ...calendar,
        week: [{ weekday: 1, start: "16:00", end: "07:30" }],
        holidays: ["2026-02-30"],
      },
    });
    expect(validateSetup(bad).map((i) => i.code)).toEqual(["sop.calendar.hours", "sop.calendar.holiday"]);
    expect(validateSetup(bad).every((i) => i.sheet === "Pengaturan")).toBe(true);
  });

  it("keeps the SOP state readable with or without the holidays' Keterangan", () => {
    const state = createSopState({
      startDate: "2026-04-06T07:30:00+08:00" as Instant,
      now: "2026-04-02T09:00:00+08:00" as Instant,
      calendar,
    });
    const json = JSON.parse(JSON.stringify(state)) as { calendar: Record<string, unknown> };
    expect(restoreSopState(json, "_sop_state").state?.calendar).toEqual(calendar);
    delete json.calendar.holidayNames;
    const old = restoreSopState(json, "_sop_state");
    expect(old.issues).toEqual([]);
    expect(old.state?.calendar.holidays).toEqual(calendar.holidays);
    expect(old.state?.calendar.holidayNames).toBeUndefined();
  });
});

describe("validateSetup", () => {
  it("accepts a complete setup", () => {
    expect(validateSetup(makeSetup())).toEqual([]);
  });
  it("names each problem with what was found and what was expected", () => {
    const bad = makeSetup({
      instansi: " ",
      tahun: 26,
      batasWaktu: "2026-02-30",
      bagian: [
        {
          kode: "PEM" as never,
          nama: "Bagian Pemerintahan",
          kepala: { nama: "A", nip: "19780315200501100" },
        },
        { kode: "PEM" as never, nama: "Bagian Hukum", kepala: { nama: "B", nip: "197813452005011003" } },
      ],
    });
    const issues = validateSetup(bad);
    expect(issues.map((i) => i.code)).toEqual([
      "setup.instansi",
      "setup.tahun",
      "setup.batas-waktu",
      "setup.nip",
      "setup.bagian.duplicate",
      "setup.nip-date",
    ]);
    expect(issues.find((i) => i.code === "setup.nip")).toMatchObject({ found: "19780315200501100" });
    for (const i of issues) expect(i.expected).toBeTruthy();
  });
});

describe("small parsers", () => {
  it("parsePeriode accepts the usual ways of writing a period", () => {
    expect(["TW1", "TW I", "Triwulan II", "tw 3", "TW IV", "Tahunan", "X"].map(parsePeriode)).toEqual([
      "TW1",
      "TW1",
      "TW2",
      "TW3",
      "TW4",
      "TAHUNAN",
      undefined,
    ]);
  });
  it("nipProblem checks the 18 digits and the birth date", () => {
    expect(nipProblem("196504221988031008")).toBeNull();
    expect(nipProblem("1965042219880310")).toBe("format");
    expect(nipProblem("196513221988031008")).toBe("date");
  });
  it("defaultBatasWaktu follows the months of the SOP letters", () => {
    expect(defaultBatasWaktu(2026, "TW1")).toBe("2026-04-15");
    expect(defaultBatasWaktu(2026, "TW4")).toBe("2027-01-15");
  });
});

describe("setupFromDpa", () => {
  it("makes one Bagian per distinct Bagian named in the DPA", () => {
    const setup = setupFromDpa(smallDpa(), { tahun: 2026, periode: "TW1" });
    expect(setup.bagian.map((b) => [b.kode, b.nama])).toEqual([
      ["ORGA", "Bagian Organisasi"],
      ["PEM", "Bagian PEM"],
    ]);
    expect(setup.batasWaktu).toBe("2026-04-15");
  });
});

describe("the one set of setup rules", () => {
  const withKode = (kode: string) =>
    makeSetup({ bagian: [{ kode: kode as BagianCode, nama: "Bagian X", kepala: { nama: "", nip: "" } }] });

  it.each([
    ["196504221988031008", null],
    ["19650422 198803 1 008", null],
    ["196504221988032008", null],
    ["", "format"],
    ["1965042219880310", "format"],
    ["1965042219880310A8", "format"],
    ["196502301988031008", "date"],
    ["189912311988031008", "date"],
    ["196504221899031008", "appointment"],
    ["196504221988001008", "appointment"],
    ["196504221988131008", "appointment"],
    ["196504221988033008", "sex"],
    ["196504221988030008", "sex"],
  ])("nipProblem(%j) is %j", (nip, problem) => {
    expect(nipProblem(nip)).toBe(problem);
  });

  it("gives each NIP problem its own code, message and expectation, on the field of the NIP", () => {
    const nips = ["1965042219880310", "196502301988031008", "196504221988131008", "196504221988033008"];
    const setup = makeSetup({
      pejabat: nips.map((nip) => ({ peran: "tim-sakip" as const, nama: "X", jabatan: "Y", nip })),
    });
    const issues = validateSetup(setup);
    expect(issues.map((i) => [i.code, i.field, i.found])).toEqual([
      ["setup.nip", "pejabat.0.nip", nips[0]],
      ["setup.nip-date", "pejabat.1.nip", nips[1]],
      ["setup.nip-appointment", "pejabat.2.nip", nips[2]],
      ["setup.nip-sex", "pejabat.3.nip", nips[3]],
    ]);
    expect(new Set(issues.map((i) => i.message)).size).toBe(4);
    expect(new Set(issues.map((i) => i.expected)).size).toBe(4);
    expect(issues[2]?.message).toBe(
      "NIP Tim SAKIP Setda tidak memuat tahun dan bulan pengangkatan yang sah (digit ke-9 sampai ke-14).",
    );
  });

  it.each(["PEM", "PEM2", "ORGA", "PEMERINTAHAN1", "PEM-HKM", "ORG_A", "1A", "ABCDEFGHIJKLMNOP"])(
    "accepts the Bagian kode %j",
    (kode) => {
      expect(validateSetup(withKode(kode))).toEqual([]);
    },
  );

  it.each(["", "pem", "Pem", "PEM 2", "-PEM", "_PEM", "PEM.2", "ABCDEFGHIJKLMNOPQ", "PÉM"])(
    "refuses the Bagian kode %j, saying what a kode is",
    (kode) => {
      const issues = validateSetup(withKode(kode));
      expect(issues).toMatchObject([{ code: "setup.bagian.kode", field: "bagian.0.kode", found: kode }]);
      expect(issues[0]?.expected).toMatch(/1–16 huruf kapital/);
    },
  );

  it("passes every kode it makes for the Bagian of a DPA (names of up to 15 words)", () => {
    const word = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9]{1,10}$/),
      fc.constantFrom("dan", "Bagian", "Ékonomi", "SDA", "&", "Umum", "Perekonomian", "2"),
    );
    const name = fc.array(word, { minLength: 1, maxLength: 15 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 8 }), (names) => {
        const dpa = makeDpa(
          names.map((bagian, i) => ({
            kode: `4.01.01.2.01.${String(i + 1).padStart(4, "0")}`,
            name: `Sub kegiatan ${i + 1}`,
            bagian,
          })),
        );
        const setup = setupFromDpa(dpa, { tahun: 2026, periode: "TW1" });
        expect(validateSetup(setup).filter((i) => i.code.startsWith("setup.bagian"))).toEqual([]);
      }),
    );
  });

  it("keeps the kode of a Bagian with a very long name within the kode rule", () => {
    const words = Array.from({ length: 30 }, (_, i) => `Urusan${i}`).join(" ");
    const dpa = makeDpa([
      { kode: "4.01.01.2.01.0001", name: "Sub kegiatan 1", bagian: `Bagian ${words}` },
      { kode: "4.01.01.2.01.0002", name: "Sub kegiatan 2", bagian: `Bagian ${words} Lain` },
      { kode: "4.01.01.2.01.0003", name: "Sub kegiatan 3", bagian: "Bagian Éksternal & Hubungan" },
    ]);
    const setup = setupFromDpa(dpa, { tahun: 2026, periode: "TW1" });
    expect(setup.bagian.map((b) => b.kode.length <= 16)).toEqual([true, true, true]);
    expect(new Set(setup.bagian.map((b) => b.kode)).size).toBe(3);
    expect(validateSetup(setup).filter((i) => i.code.startsWith("setup.bagian"))).toEqual([]);
  });

  it("names the form field of every problem", () => {
    const bad = makeSetup({
      instansi: "",
      tahun: Number.NaN,
      periode: "TW5" as never,
      batasWaktu: "2026-02-30",
      bagian: [
        { kode: "PEM" as BagianCode, nama: "", kepala: { nama: "", nip: "1" } },
        { kode: "PEM" as BagianCode, nama: "Bagian Hukum", kepala: { nama: "", nip: "" } },
      ],
      rules: { ...makeSetup().rules, capaianCap: 90 },
      calendar: {
        ...DEFAULT_CALENDAR,
        week: [
          { weekday: 1, start: "07:30", end: "16:00" },
          { weekday: 2, start: "16:00", end: "07:30" },
          { weekday: 3, start: "7:30", end: "16:00" },
        ],
        utcOffsetMinutes: 9999,
        holidays: ["2026-04-03", "2026-02-30", "2026-04-03"],
      },
    });
    expect(validateSetup(bad).map((i) => [i.field, i.code])).toEqual([
      ["instansi", "setup.instansi"],
      ["tahun", "setup.tahun"],
      ["periode", "setup.periode"],
      ["batasWaktu", "setup.batas-waktu"],
      ["bagian.0.nama", "setup.bagian.nama"],
      ["bagian.0.kepalaNip", "setup.nip"],
      ["bagian.1.kode", "setup.bagian.duplicate"],
      ["rules", "setup.cap"],
      ["jamKerja.1", "sop.calendar.hours"],
      ["jamKerja.2", "sop.calendar.time"],
      ["kalender", "sop.calendar.offset"],
      ["libur.1.date", "sop.calendar.holiday"],
      ["libur.2.date", "setup.libur.duplicate"],
    ]);
    expect(validateSetup(makeSetup({ bagian: [] }))).toMatchObject([
      { field: "bagian", code: "setup.bagian.none" },
    ]);
  });

  it("refuses a Batas waktu that is shaped like a date but is none", () => {
    expect(validateSetup(makeSetup({ batasWaktu: "2026-02-30" }))).toMatchObject([
      { code: "setup.batas-waktu", field: "batasWaktu", found: "2026-02-30" },
    ]);
  });
});
