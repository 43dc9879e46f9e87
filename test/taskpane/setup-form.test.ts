import { checkDraft, defaultDraft } from "../../src/taskpane/setup-form";

/** The message the form shows beside a Kepala Bagian's NIP, or null. */
function nipProblem(nip: string): string | null {
  const draft = defaultDraft(new Date("2026-01-05"));
  const bagian = [{ id: "x", kode: "PEM", nama: "A", kepalaNama: "", kepalaNip: nip }];
  return checkDraft({ ...draft, bagian }).errors["bagian.0.kepalaNip"] ?? null;
}

describe("the NIP beside its field", () => {
  it.each([
    ["", null],
    ["196504221988031008", null],
    ["19650422 198803 1 008", null],
    ["19650422198803100", "NIP harus 18 angka."],
    ["1965042219880310A8", "NIP harus 18 angka."],
    ["196502301988031008", "8 angka pertama NIP harus tanggal lahir yang sah (TTTTBBHH)."],
    ["196504221988131008", "Angka ke-9 sampai ke-14 NIP harus tahun dan bulan pengangkatan (TTTTBB)."],
    ["196504221988033008", "Angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan)."],
  ])("%s → %s", (nip, expected) => {
    expect(nipProblem(nip)).toBe(expected);
  });
});

describe("checkDraft", () => {
  it("names every missing field of a fresh form and gives no setup", () => {
    const { setup, errors } = checkDraft(defaultDraft(new Date("2026-01-05")));
    expect(setup).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(["bagian.0.kode", "bagian.0.nama", "batasWaktu", "instansi"]);
  });

  it("refuses two Bagian with the same code, whatever the case", () => {
    const draft = defaultDraft(new Date("2026-01-05"));
    const b = { id: "x", kode: "pem", nama: "A", kepalaNama: "", kepalaNip: "" };
    const { errors } = checkDraft({ ...draft, bagian: [b, { ...b, id: "y", kode: "PEM", nama: "B" }] });
    expect(errors["bagian.1.kode"]).toBe("Kode ini sudah dipakai Bagian lain.");
    expect(errors["bagian.0.kode"]).toBeUndefined();
  });
});
