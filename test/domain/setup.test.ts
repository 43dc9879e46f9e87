import {
  defaultBatasWaktu,
  nipProblem,
  parsePeriode,
  readSetupSheet,
  setupFromDpa,
  setupSheetPlan,
  validateSetup,
} from "../../src/domain/setup";
import { SOP_ROLES } from "../../src/domain/setup-types";
import { makeSetup, smallDpa } from "../support/round-fixture";
import { snapshotOfPlan } from "../support/plan-snapshot";

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

  it("refuses a sheet that is not a setup, or of an unknown version, naming the cell", () => {
    const snapshot = snapshotOfPlan(setupSheetPlan(setup));
    const other = { ...snapshot, values: [["Laporan"], ["apa saja"]] };
    expect(readSetupSheet(other)).toMatchObject({ setup: null, issues: [{ severity: "error", cell: "A2" }] });
    const future = { ...snapshot, values: snapshot.values.map((r, i) => (i === 1 ? [r[0] ?? null, 9] : r)) };
    expect(readSetupSheet(future)).toMatchObject({ setup: null, issues: [{ cell: "B2", found: "9" }] });
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
