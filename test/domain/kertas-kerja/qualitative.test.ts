import {
  computeQualitativeCapaian,
  qualitativeAggregation,
  qualitativeScaleOf,
  type QualitativeInput,
} from "../../../src/domain/kertas-kerja/qualitative";
import { DEFAULT_RULES, DEFAULT_SCALES, type RoundRules } from "../../../src/domain/setup/setup-types";
import type { TargetValue } from "../../../src/domain/shared/types";

const input = (
  target: TargetValue | null,
  tw2: TargetValue | null,
  over: Partial<QualitativeInput> = {},
) => ({
  polarity: "positif" as const,
  periode: "TW2" as const,
  targetTahunan: target,
  realisasiTw: [null, tw2, null, null] as QualitativeInput["realisasiTw"],
  ...over,
});
const rasio: RoundRules = { ...DEFAULT_RULES, negativeFormula: "rasio" };
const capaian = (i: QualitativeInput, rules: RoundRules = DEFAULT_RULES) =>
  computeQualitativeCapaian(i, rules);

describe("capaian of a qualitative indicator", () => {
  it("positive polarity: score(R) / score(T) × 100", () => {
    expect(capaian(input("WDP", "WDP")).capaian).toBe(100);
    expect(capaian(input("WDP", "TW")).capaian).toBe(66.67); // 2/3
    expect(capaian(input("WDP", "WTP")).capaian).toBe(133.33); // 4/3
    expect(capaian(input("BB", "AA")).capaian).toBe(140); // 7/5
    expect(capaian(input("Cukup", "Kurang")).capaian).toBe(50);
  });

  it("negative polarity: selisih (2T − R)/T and rasio T/R on the scores", () => {
    const neg = (t: string, r: string) => input(t, r, { polarity: "negatif" });
    expect(capaian(neg("WDP", "TW")).capaian).toBe(133.33); // (6 − 2)/3
    expect(capaian(neg("WDP", "WTP")).capaian).toBe(66.67); // (6 − 4)/3
    expect(capaian(neg("WDP", "TW"), rasio).capaian).toBe(150); // 3/2
    expect(capaian(neg("WDP", "WTP"), rasio).capaian).toBe(75);
  });

  it("case and spaces do not count; the words are given back as written", () => {
    const r = capaian(input("  wdp", " wTp  "));
    expect(r).toMatchObject({ status: "ok", capaian: 133.33, targetWord: "wdp", realisasiWord: "wTp" });
    expect(r.scale?.name).toBe("Opini BPK");
  });

  it("unknown word, a word of another scale, a number: not computable", () => {
    expect(capaian(input("WDP", "Wajar")).status).toBe("tidak-terdefinisi");
    expect(capaian(input("WDP", "Baik")).status).toBe("tidak-terdefinisi");
    expect(capaian(input("WDP", 3)).status).toBe("tidak-terdefinisi");
    expect(capaian(input("Memuaskan", "Memuaskan")).status).toBe("tidak-terdefinisi");
  });

  it("blank is not reported; the latest reported quarter counts (nilai akhir)", () => {
    expect(capaian(input("WDP", null))).toMatchObject({
      status: "belum-dilaporkan",
      capaian: null,
      targetWord: null,
    });
    expect(capaian(input("WDP", "   ")).status).toBe("belum-dilaporkan");
    const tw1 = input("WDP", null, { realisasiTw: ["WTP", "  ", null, "TMP"] });
    expect(capaian(tw1)).toMatchObject({ status: "ok", capaian: 133.33, realisasiWord: "WTP" });
    // TW IV is not yet counted at TW II; TAHUNAN takes it.
    expect(capaian({ ...tw1, periode: "TAHUNAN" })).toMatchObject({ capaian: 33.33, realisasiWord: "TMP" });
    // A quarter's own target (Rencana Aksi) wins over the annual one.
    expect(capaian(input("WTP", "WDP", { targetTw: [null, "WDP", null, null] })).capaian).toBe(100);
  });

  it("a score 0: undefined where it would divide, a value elsewhere", () => {
    const zero: RoundRules = {
      ...rasio,
      scales: [
        {
          name: "Nol",
          levels: [
            { label: "Ada", score: 2 },
            { label: "Tidak", score: 0 },
          ],
        },
      ],
    };
    expect(capaian(input("Tidak", "Ada"), zero).status).toBe("tidak-terdefinisi");
    expect(capaian(input("Ada", "Tidak"), zero).capaian).toBe(0);
    expect(capaian(input("Ada", "Tidak", { polarity: "negatif" }), zero).status).toBe("tidak-terdefinisi");
  });

  it("only a word of a scale makes an indicator qualitative; it is judged as nilai akhir", () => {
    expect(qualitativeScaleOf(null, " wtp", DEFAULT_SCALES)?.name).toBe("Opini BPK");
    expect(qualitativeScaleOf("cc", null, DEFAULT_SCALES)?.name).toBe("Predikat SAKIP");
    expect(qualitativeScaleOf(100, "WTP", DEFAULT_SCALES)).toBeNull();
    expect(qualitativeScaleOf(null, "Memuaskan", DEFAULT_SCALES)).toBeNull();
    const ind = {
      text: "Opini BPK",
      targetTahunan: null,
      targetText: "WTP",
      source: { sheet: "DPA", row: 9 },
    };
    const judged = qualitativeAggregation(ind, "kumulatif", DEFAULT_SCALES);
    expect(judged.aggregation).toBe("nilai-akhir");
    expect(judged.issue).toMatchObject({ severity: "warning", code: "round.qualitative.kumulatif", row: 9 });
    expect(qualitativeAggregation(ind, "persentase", DEFAULT_SCALES)).toEqual({
      aggregation: "nilai-akhir",
      issue: null,
    });
    expect(
      qualitativeAggregation({ ...ind, targetText: "Memuaskan" }, "kumulatif", DEFAULT_SCALES).issue,
    ).toBeNull();
  });
});
