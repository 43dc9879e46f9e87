import fc from "fast-check";
import {
  computeCapaian,
  computeSerapan,
  periodBasis,
  predikatOf,
  type CapaianInput,
} from "../../../src/domain/kertas-kerja/capaian";
import { roundExcel } from "../../../src/domain/shared/rounding";
import { DEFAULT_RULES } from "../../../src/domain/setup/setup-types";
import type { Quarterly } from "../../../src/domain/shared/types";

const base: CapaianInput = {
  polarity: "positif",
  aggregation: "kumulatif",
  periode: "TW2",
  targetTahunan: 100,
  targetTw: [25, 25, 25, 25],
  realisasiTw: [20, 30, null, null],
};
const rules = DEFAULT_RULES;

describe("roundExcel", () => {
  it.each([
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [85.5, 0, 86],
    [-0.5, 0, -1],
    [0.1 + 0.2, 2, 0.3],
    [123.456, 2, 123.46],
    [0, 2, 0],
  ])("ROUND(%p, %p) = %p as in Excel", (x, d, expected) => {
    expect(roundExcel(x, d)).toBe(expected);
  });

  it("never moves a value by more than half a unit of the last digit", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        expect(Math.abs(roundExcel(x, 2) - x)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});

describe("periodBasis", () => {
  it("kumulatif sums the reported quarters up to the period against the sum of their targets", () => {
    expect(periodBasis(base)).toEqual({ realisasi: 50, target: 50 });
  });
  it("kumulatif ignores quarters after the period", () => {
    expect(periodBasis({ ...base, periode: "TW1", realisasiTw: [20, 30, 40, null] })).toEqual({
      realisasi: 20,
      target: 25,
    });
  });
  it("kumulatif TAHUNAN is judged against the annual target", () => {
    expect(
      periodBasis({ ...base, periode: "TAHUNAN", targetTahunan: 90, realisasiTw: [20, 30, 20, 20] }),
    ).toEqual({
      realisasi: 90,
      target: 90,
    });
  });
  it("nilai akhir takes the latest reported quarter and that quarter's target", () => {
    const input: CapaianInput = {
      ...base,
      aggregation: "nilai-akhir",
      periode: "TW3",
      targetTw: [60, 70, 80, 90],
      realisasiTw: [55, 72, null, null],
    };
    expect(periodBasis(input)).toEqual({ realisasi: 72, target: 70 });
  });
  it("persentase behaves like nilai akhir for the capaian", () => {
    const input: CapaianInput = { ...base, aggregation: "persentase", realisasiTw: [40, null, null, null] };
    expect(periodBasis(input)).toEqual({ realisasi: 40, target: 25 });
  });
  it("no realisasi reported means no basis", () => {
    expect(periodBasis({ ...base, realisasiTw: [null, null, null, null] })).toEqual({
      realisasi: null,
      target: 50,
    });
  });
});

describe("computeCapaian", () => {
  it("positive polarity: realisasi / target × 100", () => {
    expect(computeCapaian({ ...base, realisasiTw: [20, 22.75, null, null] }, rules)).toMatchObject({
      status: "ok",
      capaian: 85.5,
    });
  });
  it("negative polarity, selisih: (2T − R) / T × 100", () => {
    const input: CapaianInput = {
      ...base,
      polarity: "negatif",
      targetTw: [5, 5, 5, 5],
      realisasiTw: [6, 6, null, null],
    };
    expect(computeCapaian(input, rules).capaian).toBe(80);
  });
  it("negative polarity, rasio: T / R × 100, undefined when R is 0", () => {
    const input: CapaianInput = {
      ...base,
      polarity: "negatif",
      targetTw: [5, 5, 5, 5],
      realisasiTw: [6, 6, null, null],
    };
    expect(computeCapaian(input, { negativeFormula: "rasio" }).capaian).toBe(83.33);
    expect(
      computeCapaian({ ...input, realisasiTw: [0, 0, null, null] }, { negativeFormula: "rasio" }).status,
    ).toBe("tidak-terdefinisi");
  });
  it("a blank realisasi is not reported, never zero", () => {
    expect(computeCapaian({ ...base, realisasiTw: [null, null, null, null] }, rules)).toMatchObject({
      status: "belum-dilaporkan",
      capaian: null,
    });
  });
  it("a zero realisasi is a value", () => {
    expect(computeCapaian({ ...base, realisasiTw: [0, null, null, null] }, rules)).toMatchObject({
      status: "ok",
      capaian: 0,
    });
  });
  it("a zero or blank target leaves capaian undefined, never a division error", () => {
    const zero: Quarterly<number | null> = [0, 0, 0, 0];
    expect(computeCapaian({ ...base, targetTw: zero }, rules).status).toBe("tidak-terdefinisi");
    expect(computeCapaian({ ...base, targetTw: [null, null, null, null] }, rules).status).toBe(
      "tidak-terdefinisi",
    );
  });
  it("capaian is finite whenever it is defined", () => {
    // Real targets and realisasi: zero, or between a thousandth and a billion.
    const value = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e9, noNaN: true }));
    const q = fc.option(value, { nil: null });
    const quarters = fc.tuple(q, q, q, q);
    fc.assert(
      fc.property(
        quarters,
        quarters,
        fc.constantFrom("positif" as const, "negatif" as const),
        fc.constantFrom("kumulatif" as const, "nilai-akhir" as const, "persentase" as const),
        fc.constantFrom("TW1" as const, "TW2" as const, "TW3" as const, "TW4" as const, "TAHUNAN" as const),
        fc.constantFrom("selisih" as const, "rasio" as const),
        (targetTw, realisasiTw, polarity, aggregation, periode, negativeFormula) => {
          const r = computeCapaian(
            { polarity, aggregation, periode, targetTahunan: targetTw[3], targetTw, realisasiTw },
            { negativeFormula },
          );
          if (r.status === "ok") expect(Number.isFinite(r.capaian)).toBe(true);
          else expect(r.capaian).toBeNull();
        },
      ),
    );
  });
});

describe("predikatOf", () => {
  it.each([
    [91, "Sangat Tinggi"],
    [90.99, "Tinggi"],
    [76, "Tinggi"],
    [75.99, "Sedang"],
    [66, "Sedang"],
    [65.99, "Rendah"],
    [51, "Rendah"],
    [50.99, "Sangat Rendah"],
    [-20, "Sangat Rendah"],
    [250, "Sangat Tinggi"],
  ])("%p %% → %p on the Permendagri 86/2017 scale", (capaian, label) => {
    expect(predikatOf(capaian, rules)).toBe(label);
  });
  it("rates a capped capaian: with a cap of 60, 150 % counts as 60", () => {
    expect(predikatOf(150, { ...rules, capaianCap: 60 })).toBe("Rendah");
  });
});

describe("computeSerapan", () => {
  it("realisasi / pagu × 100, two decimals", () => {
    expect(computeSerapan(1_250_000_000, 312_500_000)).toBe(25);
    expect(computeSerapan(300, 100)).toBe(33.33);
  });
  it("undefined without pagu or realisasi", () => {
    expect(computeSerapan(0, 5)).toBeNull();
    expect(computeSerapan(null, 5)).toBeNull();
    expect(computeSerapan(100, null)).toBeNull();
  });
});
