/**
 * The Pengaturan form and the domain judge a setup by the same rules: whatever the user types,
 * the form's verdict (error or not, and on which fields) is `validateSetup`'s on the setup built
 * from the same draft, and what the form accepts is what the sheet reader (the CLI's `--setup`)
 * accepts.
 */
import fc from "fast-check";
import {
  nipProblem,
  normaliseNip,
  readSetupSheet,
  setupSheetPlan,
  validateSetup,
} from "../../src/domain/setup/setup";
import { DEFAULT_RULES, SOP_ROLES } from "../../src/domain/setup/setup-types";
import { PERIODES, type Issue } from "../../src/domain/shared/types";
import { DEFAULT_CALENDAR, type IsoWeekday } from "../../src/domain/setup/working-time";
import {
  checkDraft,
  defaultDraft,
  setupFromDraft,
  type BagianDraft,
  type SetupDraft,
} from "../../src/taskpane/setup-form";
import { snapshotOfPlan } from "../support/plan-snapshot";

/** A complete, valid draft with one Bagian: each test breaks one thing. */
function validDraft(bagian: Partial<BagianDraft> = {}): SetupDraft {
  return {
    ...defaultDraft(new Date("2026-01-05")),
    instansi: "Sekretariat Daerah Kabupaten Tapin",
    batasWaktu: "2026-04-15",
    bagian: [
      { id: "b0", kode: "PEM", nama: "Bagian Pemerintahan", kepalaNama: "", kepalaNip: "", ...bagian },
    ],
  };
}

const errorsOf = (draft: SetupDraft): Issue[] =>
  validateSetup(setupFromDraft(draft)).filter((i) => i.severity === "error");

describe("the form and the domain agree on the cases where they used to disagree", () => {
  it("accepts the Bagian kode PEMERINTAHAN1 in the form, in validateSetup and in saveSetup's check", () => {
    const draft = validDraft({ kode: "PEMERINTAHAN1" });
    const checked = checkDraft(draft);
    expect(checked.errors).toEqual({});
    expect(checked.setup?.bagian[0]?.kode).toBe("PEMERINTAHAN1");
    expect(validateSetup(checked.setup!)).toEqual([]);
    expect(errorsOf(validDraft({ kode: "PEMERINTAHANDAERAH" })).map((i) => i.code)).toEqual([
      "setup.bagian.kode",
    ]);
    expect(checkDraft(validDraft({ kode: "PEMERINTAHANDAERAH" })).errors).toEqual({
      "bagian.0.kode": "Kode 1–16 huruf/angka tanpa spasi, misalnya PEM.",
    });
  });

  it("refuses the NIP 196504221988131008 (appointed in month 13) in the form and in the domain", () => {
    const nip = "196504221988131008";
    expect(checkDraft(validDraft({ kepalaNip: nip })).errors).toEqual({
      "bagian.0.kepalaNip": "Angka ke-9 sampai ke-14 NIP harus tahun dan bulan pengangkatan (TTTTBB).",
    });
    expect(errorsOf(validDraft({ kepalaNip: nip }))).toMatchObject([
      { code: "setup.nip-appointment", field: "bagian.0.kepalaNip", found: nip },
    ]);
    // The CLI's --setup reads the Pengaturan sheet: the same NIP there is refused too.
    const setup = { ...setupFromDraft(validDraft()), pejabat: [] };
    const written = setupSheetPlan({
      ...setup,
      bagian: [{ ...setup.bagian[0]!, kepala: { nama: "A", nip } }],
    });
    expect(readSetupSheet(snapshotOfPlan(written))).toMatchObject({
      setup: null,
      issues: [{ code: "setup.nip-appointment" }],
    });
  });

  it("refuses a Batas waktu of 2026-02-30 in the form, not only its shape", () => {
    const draft = { ...validDraft(), batasWaktu: "2026-02-30" };
    expect(checkDraft(draft)).toEqual({ setup: null, errors: { batasWaktu: "Pilih tanggal batas waktu." } });
    expect(errorsOf(draft)).toMatchObject([{ code: "setup.batas-waktu", field: "batasWaktu" }]);
  });

  it("turns a tahun that is no number into one the domain refuses", () => {
    for (const tahun of ["abc", "", "  "]) {
      const draft = { ...validDraft(), tahun };
      expect(setupFromDraft(draft).tahun).toBeNaN();
      expect(checkDraft(draft).errors).toEqual({
        tahun: "Tahun harus angka empat digit antara 2000 dan 2100.",
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Random drafts, weighted towards the values that once split the two checks.

const NIPS = [
  "",
  "196504221988031008",
  "19650422 198803 1 008",
  " 197803152005011003 ",
  "196504221988131008",
  "196504221988001008",
  "196504221988033008",
  "196502301988031008",
  "189912311988031008",
  "196504221899031008",
  "19650422198803100",
  "1965042219880310A8",
];
const nip = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NIPS) },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{18}$/) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.date({ min: new Date("1890-01-01"), max: new Date("2005-12-31"), noInvalidDate: true }),
        fc.integer({ min: 1890, max: 2030 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(([birth, year, month, sex, seq]) =>
        [
          birth.toISOString().slice(0, 10).replace(/-/g, ""),
          `${year}${String(month).padStart(2, "0")}`,
          String(sex),
          String(seq).padStart(3, "0"),
        ].join(" "),
      ),
  },
);
const kode = fc.oneof(
  fc.constantFrom("PEM", "pem", " Pem ", "ORG", "PEMERINTAHAN1", "PEMERINTAHANDAERAH", "PEM 2", "-PEM", ""),
  fc.stringMatching(/^[A-Za-z0-9 _.-]{0,18}$/),
);
const text = fc.oneof(
  fc.constantFrom("", "  ", "Bagian Hukum", "Ahmad Rizani"),
  fc.string({ maxLength: 20 }),
);
const realDate = fc
  .date({ min: new Date("2000-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoDate = fc.oneof(
  fc.constantFrom("2026-04-15", "2026-02-30", "2024-02-29", "2025-02-29", "2026-4-15", "", "2026-13-01"),
  realDate,
);
const clock = fc.constantFrom("07:30", "16:00", "12:00", "7:30", "24:00", "");
const id = fc.string({ maxLength: 4 });

const draftArb: fc.Arbitrary<SetupDraft> = fc.record({
  instansi: text,
  tahun: fc.oneof(
    fc.constantFrom("2026", "abc", "", "1999", "2101", "2026.5", " 2030 "),
    fc.integer({ min: 1990, max: 2110 }).map(String),
  ),
  periode: fc.constantFrom(...PERIODES),
  batasWaktu: isoDate,
  bagian: fc.array(fc.record({ id, kode, nama: text, kepalaNama: text, kepalaNip: nip }), { maxLength: 4 }),
  pejabat: fc.array(fc.record({ id, peran: fc.constantFrom(...SOP_ROLES), nama: text, jabatan: text, nip }), {
    maxLength: 5,
  }),
  rules: fc.constantFrom(DEFAULT_RULES, { ...DEFAULT_RULES, capaianCap: 90 }),
  jamKerja: fc
    .uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 })
    .chain((days) =>
      fc.tuple(
        ...days.map((weekday) =>
          fc.record({ weekday: fc.constant(weekday as IsoWeekday), start: clock, end: clock }),
        ),
      ),
    ),
  libur: fc.array(fc.record({ id, date: isoDate, keterangan: text }), { maxLength: 5 }),
  calendar: fc.constantFrom(DEFAULT_CALENDAR, { ...DEFAULT_CALENDAR, utcOffsetMinutes: 9999 }),
});

/** A draft the rules accept, typed the untidy ways people type: the form must tidy, not refuse. */
const validNip = fc
  .tuple(
    fc.date({ min: new Date("1900-01-01"), max: new Date("2005-12-31"), noInvalidDate: true }),
    fc.integer({ min: 1900, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.constantFrom("1", "2"),
    fc.integer({ min: 0, max: 999 }),
    fc.constantFrom("", " ", "  "),
  )
  .map(([birth, year, month, sex, seq, gap]) =>
    [
      birth.toISOString().slice(0, 10).replace(/-/g, ""),
      `${year}${String(month).padStart(2, "0")}`,
      sex,
      String(seq).padStart(3, "0"),
    ].join(gap),
  );
const validKode = fc.oneof(
  fc.constantFrom("PEM", "pem", " Org ", "PEMERINTAHAN1", "PEM-HKM", "org_a", "ABCDEFGHIJKLMNOP"),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$/),
);
const acceptedDraftArb: fc.Arbitrary<SetupDraft> = fc.record({
  instansi: fc.constantFrom("Sekretariat Daerah", "  Setda Kabupaten Tapin "),
  tahun: fc.integer({ min: 2000, max: 2100 }).map((y) => ` ${y}`),
  periode: fc.constantFrom(...PERIODES),
  batasWaktu: realDate,
  bagian: fc.uniqueArray(
    fc.record({
      id,
      kode: validKode,
      nama: fc.constantFrom("Bagian Hukum", " Bagian Umum "),
      kepalaNama: text,
      kepalaNip: fc.oneof(fc.constant(""), validNip),
    }),
    { minLength: 1, maxLength: 4, selector: (b) => b.kode.trim().toUpperCase() },
  ),
  pejabat: fc.array(
    fc.record({
      id,
      peran: fc.constantFrom(...SOP_ROLES),
      nama: text,
      jabatan: text,
      nip: fc.oneof(fc.constant(""), validNip),
    }),
    { maxLength: 5 },
  ),
  rules: fc.constant(DEFAULT_RULES),
  jamKerja: fc
    .uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 })
    .map((days) => days.map((weekday) => ({ weekday: weekday as IsoWeekday, start: "07:30", end: "16:00" }))),
  libur: fc.uniqueArray(
    fc.record({
      id,
      date: fc
        .date({ min: new Date("2026-01-01"), max: new Date("2026-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      keterangan: text,
    }),
    { maxLength: 5, selector: (l) => l.date },
  ),
  calendar: fc.constant(DEFAULT_CALENDAR),
});
const anyDraft = fc.oneof(draftArb, acceptedDraftArb);

/** The row a field path names exists in the draft, and it is a key the form shows. */
function fieldExists(field: string, draft: SetupDraft): boolean {
  if (/^(instansi|tahun|periode|batasWaktu|bagian|kalender|rules)$/.test(field)) return true;
  const row = (list: readonly unknown[], re: RegExp) => {
    const m = re.exec(field);
    return m !== null && Number(m[1]) < list.length;
  };
  return (
    row(draft.bagian, /^bagian\.(\d+)\.(?:kode|nama|kepalaNip)$/) ||
    row(draft.pejabat, /^pejabat\.(\d+)\.nip$/) ||
    row(draft.jamKerja, /^jamKerja\.(\d+)$/) ||
    row(draft.libur, /^libur\.(\d+)\.date$/)
  );
}

describe("the form's verdict on any draft", () => {
  it("is validateSetup's on the setup built from the same draft, field by field", () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        const checked = checkDraft(draft);
        const issues = errorsOf(draft);
        const fields = issues.map((i) => i.field);
        expect(fields.every((f) => f !== undefined && fieldExists(f, draft))).toBe(true);
        expect(checked.setup === null).toBe(issues.length > 0);
        expect(Object.keys(checked.errors).sort()).toEqual([...new Set(fields)].sort());

        // Each NIP is flagged beside its own field exactly when the domain's NIP rule refuses it.
        draft.bagian.forEach((b, i) => {
          const wrong = normaliseNip(b.kepalaNip) !== "" && nipProblem(b.kepalaNip) !== null;
          expect(checked.errors[`bagian.${i}.kepalaNip`] !== undefined).toBe(wrong);
        });
        draft.pejabat.forEach((p, i) => {
          const wrong = normaliseNip(p.nip) !== "" && nipProblem(p.nip) !== null;
          expect(checked.errors[`pejabat.${i}.nip`] !== undefined).toBe(wrong);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("accepts tidy-able drafts, and what it accepts saveSetup and the Pengaturan sheet reader accept", () => {
    fc.assert(
      fc.property(acceptedDraftArb, (draft) => {
        const { setup, errors } = checkDraft(draft);
        expect(errors).toEqual({});
        expect(setup).not.toBeNull();
        if (setup === null) return;
        expect(validateSetup(setup)).toEqual([]);
        expect(readSetupSheet(snapshotOfPlan(setupSheetPlan(setup))).issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
