import fc from "fast-check";
import { matchBagian } from "../../../src/domain/setup/bagian-match";
import { dpaShares, proposeBagian, type KnownBagian } from "../../../src/domain/setup/propose-bagian";
import { setupFromDpa, validateSetup } from "../../../src/domain/setup/setup";
import type { BagianInfo } from "../../../src/domain/setup/setup-types";
import type { BagianCode, Dpa } from "../../../src/domain/shared/types";
import { makeDpa, makeSetup, smallDpa } from "../../support/round-fixture";

/** A DPA whose sub kegiatan name these Bagian, one row each, with `indicators` indicators each. */
function dpaNaming(bagian: (string | null)[], indicators = 1): Dpa {
  return makeDpa(
    bagian.map((b, i) => ({
      kode: `4.01.01.2.01.${String(i + 1).padStart(4, "0")}`,
      name: `Sub kegiatan ${i + 1}`,
      bagian: b ?? undefined,
      indicators: Array.from({ length: indicators }, (_, k) => ({
        text: `Indikator ${i + 1}.${k + 1}`,
        target: 1,
      })),
    })),
  );
}

const info = (b: KnownBagian): BagianInfo => ({
  kode: b.kode.toUpperCase() as BagianCode,
  nama: b.nama,
  kepala: { nama: "", nip: "" },
});

describe("proposeBagian", () => {
  it("proposes each Bagian of the DPA once, in DPA order, a code as the kode, a name with 'Bagian'", () => {
    // smallDpa: the program names "Organisasi" (1 indicator), its sub kegiatan "Bagian Organisasi"
    // (2 indicators), another sub kegiatan the code "PEM" (2 indicators), the last one no Bagian.
    expect(proposeBagian(smallDpa(), [])).toEqual([
      {
        kode: "ORGA",
        nama: "Bagian Organisasi",
        written: ["Organisasi", "Bagian Organisasi"],
        subKegiatan: 1,
        indicators: 3,
      },
      { kode: "PEM", nama: "", written: ["PEM"], subKegiatan: 1, indicators: 2 },
    ]);
  });

  it("proposes nothing the form already has, by kode or by name, whatever the case", () => {
    expect(proposeBagian(smallDpa(), makeSetup().bagian)).toEqual([]);
    const typed = [
      { kode: "pem", nama: "" },
      { kode: "X1", nama: "organisasi" },
    ];
    expect(proposeBagian(smallDpa(), typed)).toEqual([]);
  });

  it("collapses spaces and the 'Bag.' prefix, and counts every row of one Bagian", () => {
    const dpa = dpaNaming(["  Bagian   Hukum ", "hukum", "Bag. Hukum", null, "Bagian"], 2);
    expect(proposeBagian(dpa, [])).toEqual([
      {
        kode: "HUKU",
        nama: "Bagian Hukum",
        written: ["Bagian Hukum", "hukum", "Bag. Hukum"],
        subKegiatan: 3,
        indicators: 6,
      },
    ]);
  });

  it("makes a kode unique in the form and unlike any code the DPA writes", () => {
    // "Hukum" would be HUKU (its first four letters), which the form has; "Perekonomian dan SDA"
    // would be PS (the initials but "dan"), a code the DPA writes for a Bagian the form has by name.
    const known = [
      { kode: "HUKU", nama: "Bagian Humas" },
      { kode: "EKON", nama: "Bagian PS" },
    ];
    const dpa = dpaNaming(["Hukum", "PS", "Perekonomian dan SDA"]);
    const proposed = proposeBagian(dpa, known);
    expect(proposed.map((p) => p.kode)).toEqual(["HUKU2", "PS2"]);
    const all = [...known.map(info), ...proposed.map(info)];
    expect(matchBagian("PS", all)?.kode).toBe("EKON");
    expect(matchBagian("Perekonomian dan SDA", all)?.kode).toBe("PS2");
  });

  it("names the Bagian as setupFromDpa does for a DPA that writes names", () => {
    const dpa = dpaNaming(["Pemerintahan", "Bagian Organisasi", "Perekonomian dan Sumber Daya Alam"]);
    const fromDpa = setupFromDpa(dpa, { tahun: 2026, periode: "TW1" }).bagian;
    expect(proposeBagian(dpa, []).map((p) => [p.kode, p.nama])).toEqual(fromDpa.map((b) => [b.kode, b.nama]));
  });

  it("gives kodes the domain accepts", () => {
    const dpa = dpaNaming(["PROKOPIM", "Kesejahteraan Rakyat", "Pengadaan Barang dan Jasa", "KESRA"]);
    const proposed = proposeBagian(dpa, []);
    expect(proposed.map((p) => p.kode)).toEqual(["PROKOPIM", "KR", "PBJ", "KESRA"]);
    const bagian = proposed.map((p) => ({ ...info(p), nama: p.nama || p.kode }));
    expect(validateSetup(makeSetup({ bagian }))).toEqual([]);
  });
});

describe("the form and the DPA agree once the proposals are added", () => {
  // Spellings a DPA uses: names with and without "Bagian", any case and spacing, and codes.
  const word = fc.constantFrom("Hukum", "Umum", "Organisasi", "Perekonomian", "SDA");
  const name = fc
    .tuple(
      fc.constantFrom("", "Bagian ", "bagian  ", "Bag. "),
      fc.array(word, { minLength: 1, maxLength: 3 }),
    )
    .map(([prefix, words]) => `${prefix}${words.join(" dan ")}`);
  const code = fc.constantFrom("PEM", "ORGA", "HUKU", "PS", "HU", "UMUM", "SDA");
  const written = fc.oneof(name, code, fc.constant(null));
  const known = fc.array(
    fc.record({
      kode: fc.oneof(code, fc.constant("")),
      nama: fc.oneof(
        name,
        code.map((c) => `Bagian ${c}`),
        fc.constant(""),
      ),
    }),
    { maxLength: 4 },
  );

  it("every spelling no form Bagian stands for finds its proposal; the others keep their Bagian", () => {
    fc.assert(
      fc.property(fc.array(written, { maxLength: 10 }), known, (spellings, form) => {
        const dpa = dpaNaming(spellings);
        const existing = form.filter((b) => b.kode !== "" || b.nama !== "").map(info);
        const proposed = proposeBagian(dpa, form);
        const all = [...existing, ...proposed.map(info)];
        expect(new Set(all.map((b) => b.kode)).size).toBe(all.length - countDuplicateKodes(existing));
        for (const w of spellings) {
          const text = w?.replace(/\s+/g, " ").trim();
          if (!text || text.toLowerCase() === "bagian" || text.toLowerCase() === "bag.") continue;
          const before = matchBagian(text, existing);
          const fitsAlone = existing.some((b) => matchBagian(text, [b]));
          const after = matchBagian(text, all);
          if (before) expect(after).toBe(before);
          else if (!fitsAlone) {
            expect(after).toBeDefined();
            expect(proposed.some((p) => p.kode === after?.kode && p.written.includes(text))).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/** Kodes the form itself already repeats (the domain refuses them; not the proposal's doing). */
function countDuplicateKodes(bagian: BagianInfo[]): number {
  return bagian.length - new Set(bagian.map((b) => b.kode)).size;
}

describe("dpaShares", () => {
  it("gives each Bagian of the form what the DPA's rows naming it carry, by the round's rule", () => {
    // smallDpa: "Organisasi" (program, 1 indicator) and "Bagian Organisasi" (sub kegiatan, 2
    // indicators) are one Bagian; "PEM" (sub kegiatan, 2 indicators); one sub kegiatan names none.
    const form = [
      { kode: "pem", nama: "" },
      { kode: "ORG", nama: "Bagian Organisasi" },
      { kode: "HKM", nama: "Bagian Hukum" },
      { kode: "", nama: "" },
    ];
    expect(dpaShares(smallDpa(), form)).toEqual([
      { subKegiatan: 1, indicators: 2 },
      { subKegiatan: 1, indicators: 3 },
      { subKegiatan: 0, indicators: 0 },
      { subKegiatan: 0, indicators: 0 },
    ]);
  });

  it("gives a spelling two Bagian could take to neither", () => {
    const form = [
      { kode: "A", nama: "Bagian Organisasi" },
      { kode: "B", nama: "Organisasi" },
    ];
    expect(dpaShares(smallDpa(), form)).toEqual([
      { subKegiatan: 0, indicators: 0 },
      { subKegiatan: 0, indicators: 0 },
    ]);
  });
});
