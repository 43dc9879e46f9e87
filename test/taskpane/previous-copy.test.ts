/** What "Salin dari putaran sebelumnya" takes from a master, and how the pane words it. */
import type { PreviousRoundCopy } from "../../src/app/pk-pane";
import { takeCopy } from "../../src/taskpane/previous-copy";
import { samplePk } from "../support/iku-fixture";
import { makeSetup } from "../support/round-fixture";

const copy = (over: Partial<PreviousRoundCopy> = {}): PreviousRoundCopy => ({
  setup: makeSetup({}, "TW1"),
  previous: { instansi: "Setda", tahun: 2025, periode: "TW4" },
  issues: [],
  prior: {
    values: [],
    issues: [{ severity: "error", code: "prior.master.no-data", message: "Belum ada Data." }],
  },
  pk: { pk: { ...samplePk(), tahun: 2025 }, issues: [] },
  ...over,
});

describe("takeCopy", () => {
  it("takes the setup but not a PK of another year nor a prior report without realisasi", () => {
    const taken = takeCopy(copy(), "Induk-2025-TW4.xlsx");
    expect(taken.setup?.tahun).toBe(2026);
    expect(taken.prior).toBeNull();
    expect(taken.pk).toBeNull();
    expect(taken.title).toBe("Disalin dari putaran Triwulan IV 2025 (Induk-2025-TW4.xlsx).");
    expect(taken.taken).toEqual([
      expect.stringMatching(/^Pengaturan Triwulan I 2026: /),
      "Laporan sebelumnya: tidak ada realisasi yang dapat dibawa (lihat catatan).",
      "Perjanjian Kinerja: tidak diambil, karena PK induk untuk tahun 2025 sedangkan putaran baru tahun 2026.",
    ]);
    // The prior report's refusal is among the issues shown.
    expect(taken.issues.map((i) => i.code)).toEqual(["prior.master.no-data"]);
  });

  it("takes a PK of the same year, or of no stated year", () => {
    expect(
      takeCopy(copy({ pk: { pk: { ...samplePk(), tahun: null }, issues: [] } }), "x.xlsx").pk,
    ).not.toBeNull();
    const same = takeCopy(copy({ pk: { pk: samplePk(), issues: [] } }), "x.xlsx");
    expect(same.pk?.pk.iku).toHaveLength(4);
    expect(same.taken[2]).toBe("Perjanjian Kinerja: 4 IKU (langkah 2).");
  });

  it("takes nothing from a file without a setup", () => {
    const taken = takeCopy(copy({ setup: null, previous: null }), "x.xlsx");
    expect(taken).toMatchObject({ setup: null, prior: null, pk: null, unsaved: null, taken: [] });
    expect(taken.title).toBe("Tidak ada yang disalin:");
  });
});
