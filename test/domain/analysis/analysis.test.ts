/**
 * analyse(): every expected number below is computed by hand in the comment beside it.
 */
import {
  analyse,
  efficiencyOf,
  ketepatanOf,
  summaryBagian,
  trendOf,
  type GroupSummary,
} from "../../../src/domain/analysis/analysis";
import { plannedShare, serapanRencana } from "../../../src/domain/analysis/analysis-serapan";
import { computeSerapan } from "../../../src/domain/kertas-kerja/capaian";
import { instantSerial } from "../../../src/domain/ledger/data-layout";
import { DEFAULT_RULES } from "../../../src/domain/setup/setup-types";
import type { Kode } from "../../../src/domain/shared/types";
import { anggaranRow, indicatorRow, setupWith, submission } from "../../support/submission-fixture";

const K = (s: string) => s as Kode;
const SUB1 = K("4.01.01.2.01.0001");
const SUB2 = K("4.01.02.2.01.0001");
const SUB3 = K("4.01.01.2.13.0003");
const PROG2 = { programKode: K("4.01.02"), programNama: "Program Pemerintahan dan Kesejahteraan Rakyat" };
const IN_SUB2 = {
  ...PROG2,
  kegiatanKode: K("4.01.02.2.01"),
  kegiatanNama: "Kegiatan 2",
  subKegiatanKode: SUB2,
  subKegiatanNama: "Sub 2",
};
const IN_SUB3 = {
  kegiatanKode: K("4.01.01.2.13"),
  kegiatanNama: "Kegiatan 3",
  subKegiatanKode: SUB3,
  subKegiatanNama: "Sub 3",
};
const Q = (a: number | null, b: number | null, c: number | null = null, d: number | null = null) =>
  [a, b, c, d] as [number | null, number | null, number | null, number | null];

const setup = setupWith(["PEM", "ORG", "HUK"], "TW2", { batasWaktu: "2026-07-15" });

const pem = submission(
  "PEM",
  [
    // Kumulatif: R = 20 + 30 = 50 against T = 25 + 25 = 50 → 100.
    indicatorRow({ key: "p1", targetTw: Q(25, 25, 25, 25), realisasiTw: Q(20, 30), realisasiLalu: 90 }),
    // Negatif, nilai akhir: TW II R = 8 against T = 10 → (2·10 − 8)/10·100 = 120.
    indicatorRow({
      key: "p2",
      polarity: "negatif",
      aggregation: "nilai-akhir",
      targetTw: Q(10, 10, 10, 10),
      realisasiTw: Q(12, 8),
      realisasiLalu: 9,
    }),
    // Persentase: latest reported is TW I (70) whose target is blank → not computable.
    indicatorRow({
      key: "p3",
      aggregation: "persentase",
      targetTw: Q(null, 80),
      realisasiTw: Q(70, null),
      realisasiLalu: 60,
    }),
    // Target 0, realisasi 0 (reported, a value) → not computable.
    indicatorRow({ key: "p4", targetTw: Q(0, 0, 0, 0), realisasiTw: Q(0, 0) }),
    // Blank realisasi → not reported.
    indicatorRow({
      key: "p5",
      aggregation: "nilai-akhir",
      targetTw: Q(4, 4, 4, 4),
      realisasiTw: Q(null, null),
      realisasiLalu: 5,
    }),
    anggaranRow({ subKegiatanKode: SUB1, pagu: 1_000_000, realisasiAnggaran: 450_000 }),
    // Kumulatif: 150/100 → 150, rated as 120.
    indicatorRow({ key: "p6", ...IN_SUB2, targetTw: Q(50, 50, 50, 50), realisasiTw: Q(100, 50) }),
    // Negatif kumulatif, zeros: R = 0 against T = 20 → (40 − 0)/20·100 = 200, rated as 120.
    indicatorRow({
      key: "p7",
      ...IN_SUB2,
      polarity: "negatif",
      targetTw: Q(10, 10, 10, 10),
      realisasiTw: Q(0, 0),
    }),
    anggaranRow({ ...IN_SUB2, pagu: 200, realisasiAnggaran: null }),
    // A program-level indicator: 63/70 → 90; its scope's budget is PEM's sub kegiatan 0001.
    indicatorRow({
      key: "p8",
      kegiatanKode: null,
      kegiatanNama: null,
      subKegiatanKode: null,
      subKegiatanNama: null,
      aggregation: "nilai-akhir",
      targetTw: Q(70, 70, 70, 70),
      realisasiTw: Q(null, 63),
    }),
  ],
  // One second before the end of the deadline's day in WITA: on time.
  { file: { name: "pem.xlsx", sha256: "a".repeat(64), size: 1, savedAt: "2026-07-15T23:59:59+08:00" } },
);

const org = submission(
  "ORG",
  [
    // Kumulatif: 7/20 → 35.
    indicatorRow({ key: "o1", ...IN_SUB3, targetTw: Q(10, 10, 10, 10), realisasiTw: Q(5, 2) }),
    // Qualitative target, a number reported for it → not computable (a word was expected).
    indicatorRow({
      key: "o2",
      ...IN_SUB3,
      aggregation: "nilai-akhir",
      targetText: "WTP",
      realisasiTw: Q(null, 1),
    }),
    anggaranRow({ ...IN_SUB3, pagu: 300, realisasiAnggaran: 100 }),
  ],
  // 16 July 00:00 WITA: the first instant after the deadline's day.
  { file: { name: "org.xlsx", sha256: "b".repeat(64), size: 1, savedAt: "2026-07-16T00:00:00+08:00" } },
);

const result = analyse(setup, [org, pem]);

const summary = (s: Partial<GroupSummary>): GroupSummary => ({
  kode: "",
  nama: "",
  indikator: 0,
  dilaporkan: 0,
  dinilai: 0,
  rataCapaian: null,
  predikat: "Belum dilaporkan",
  pagu: null,
  realisasiAnggaran: null,
  serapan: null,
  selisih: null,
  efisiensi: null,
  ...s,
});

describe("analyse", () => {
  test("per indicator: capaian, status, predikat, serapan of its scope, trend", () => {
    expect(
      result.indicators.map((i) => [
        i.key,
        i.targetSd,
        i.realisasiSd,
        i.capaian,
        i.predikat,
        i.serapan,
        i.perubahan,
        i.tren,
      ]),
    ).toEqual([
      // Serapan against the budget planned s.d. TW II (pagu × 0,5): 450 000 / (1 000 000 × 0,5) × 100 = 90.
      ["p1", 50, 50, 100, "Sangat Tinggi", 90, null, null], // kumulatif at TW II: no trend
      ["p2", 10, 8, 120, "Sangat Tinggi", 90, -1, "membaik"], // 8 − 9 = −1, lower is better
      ["p3", null, 70, null, "Tidak dapat dihitung", 90, 10, "membaik"], // 70 − 60
      ["p4", 0, 0, null, "Tidak dapat dihitung", 90, null, null],
      ["p5", null, null, null, "Belum dilaporkan", 90, null, null],
      ["p6", 100, 150, 150, "Sangat Tinggi", null, null, null], // its budget has no realisasi
      ["p7", 20, 0, 200, "Sangat Tinggi", null, null, null],
      ["p8", 70, 63, 90, "Tinggi", 90, null, null],
      ["o1", 20, 7, 35, "Sangat Rendah", 66.67, null, null], // 100 / (300 × 0,5) × 100 = 66.666…
      ["o2", null, null, null, "Tidak dapat dihitung", 66.67, null, null],
    ]);
    expect(result.indicators.map((i) => i.status)).toEqual([
      "ok",
      "ok",
      "tidak-terdefinisi",
      "tidak-terdefinisi",
      "belum-dilaporkan",
      "ok",
      "ok",
      "ok",
      "ok",
      "tidak-terdefinisi",
    ]);
    expect(result.indicators.map((i) => i.kode)).toEqual([
      SUB1,
      SUB1,
      SUB1,
      SUB1,
      SUB1,
      SUB2,
      SUB2,
      "4.01.01",
      SUB3,
      SUB3,
    ]);
  });

  test("per Bagian: capped mean over computable indicators, budget of budget rows, efficiency", () => {
    expect(result.perBagian).toEqual([
      summary({
        kode: "PEM",
        nama: "Bagian PEM",
        indikator: 8,
        dilaporkan: 7, // all but p5
        dinilai: 5, // p1, p2, p6, p7, p8
        rataCapaian: 110, // (100 + 120 + 120 + 120 + 90) / 5
        predikat: "Sangat Tinggi",
        pagu: 1_000_200,
        realisasiAnggaran: 450_000, // p7's budget row has no realisasi: not a zero
        serapan: 89.98, // 450 000 / (1 000 200 × 0,5) × 100 = 450 000 / 500 100 × 100 = 89.982…
        selisih: 20.02, // 110 − 89.98
        efisiensi: "efisien", // ≥ +10
      }),
      summary({
        kode: "ORG",
        nama: "Bagian ORG",
        indikator: 2,
        dilaporkan: 2,
        dinilai: 1,
        rataCapaian: 35,
        predikat: "Sangat Rendah",
        pagu: 300,
        realisasiAnggaran: 100,
        serapan: 66.67, // 100 / (300 × 0,5) × 100 = 66.666…
        selisih: -31.67, // 35 − 66.67
        efisiensi: "perlu-perhatian", // ≤ −10 (against the annual pagu, 33.33, it was "sebanding")
      }),
      summary({ kode: "HUK", nama: "Bagian HUK" }), // never submitted
    ]);
  });

  test("per program and per sub kegiatan, across Bagian, sorted by kode", () => {
    expect(result.perProgram).toEqual([
      summary({
        kode: "4.01.01",
        nama: pem.rows[0]!.programNama,
        indikator: 8, // p1–p5, p8, o1, o2
        dilaporkan: 7,
        dinilai: 4, // p1 100, p2 120, p8 90, o1 35
        rataCapaian: 86.25, // 345 / 4
        predikat: "Tinggi",
        pagu: 1_000_300,
        realisasiAnggaran: 450_100,
        serapan: 89.99, // 450 100 / (1 000 300 × 0,5) × 100 = 450 100 / 500 150 × 100 = 89.993…
        selisih: -3.74, // 86.25 − 89.99
        efisiensi: "sebanding",
      }),
      summary({
        kode: "4.01.02",
        nama: PROG2.programNama,
        indikator: 2,
        dilaporkan: 2,
        dinilai: 2,
        rataCapaian: 120, // 150 and 200, each capped at 120
        predikat: "Sangat Tinggi",
        pagu: 200,
      }),
    ]);
    expect(
      result.perSubKegiatan.map((s) => [
        s.kode,
        s.indikator,
        s.dilaporkan,
        s.dinilai,
        s.rataCapaian,
        s.serapan,
        s.selisih,
        s.efisiensi,
      ]),
    ).toEqual([
      [SUB1, 5, 4, 2, 110, 90, 20, "efisien"], // 450 000 / 500 000 × 100 = 90; 110 − 90
      [SUB3, 2, 2, 1, 35, 66.67, -31.67, "perlu-perhatian"], // 100 / 150 × 100; 35 − 66.67
      [SUB2, 2, 2, 2, 120, null, null, null],
    ]);
  });

  test("submission status: on time at 23:59:59 WITA, late at 00:00, a Bagian that never submitted", () => {
    expect(result.status.map((s) => [s.kode, s.submitted, s.ketepatan, s.berkas])).toEqual([
      ["PEM", true, "tepat-waktu", "pem.xlsx"],
      ["ORG", true, "terlambat", "org.xlsx"],
      ["HUK", false, null, null],
    ]);
    expect(result.counts).toEqual({ bagian: 3, sudah: 2, belum: 1, terlambat: 1 });
    // 2026-07-16 is serial 46219; 00:00 WITA of that day is exactly it.
    expect(result.status[1]!.dikirimSerial).toBe(46219);
    expect(result.status[1]!.diimporSerial).toBeCloseTo(46219 + 8 / 24, 10);
    // The same instant in UTC is just as late; 15:59:59Z is 23:59:59 WITA, on time.
    expect(ketepatanOf(instantSerial("2026-07-15T16:00:00Z", 480), "2026-07-15")).toBe("terlambat");
    expect(ketepatanOf(instantSerial("2026-07-15T15:59:59Z", 480), "2026-07-15")).toBe("tepat-waktu");
    expect(ketepatanOf(instantSerial("2026-07-15T15:59:59.999Z", 480), "2026-07-15")).toBe("tepat-waktu");
    expect(ketepatanOf(null, "2026-07-15")).toBe("tidak-diketahui");
    const unknown = analyse(setup, [{ ...pem, file: { ...pem.file, savedAt: null } }]);
    expect(unknown.status[0]!.ketepatan).toBe("tidak-diketahui");
    expect(unknown.counts.terlambat).toBe(0);
  });

  test("the cap is a setting: capped at 100, PEM's mean is (100 + 100 + 100 + 100 + 90) / 5 = 98", () => {
    const capped = analyse({ ...setup, rules: { ...DEFAULT_RULES, capaianCap: 100 } }, [pem]);
    expect(capped.perBagian[0]!.rataCapaian).toBe(98);
    expect(capped.indicators.find((i) => i.key === "p7")!.capaian).toBe(200); // shown uncapped
  });

  test("the rasio negative formula: T/R·100", () => {
    const rasio = analyse({ ...setup, rules: { ...DEFAULT_RULES, negativeFormula: "rasio" } }, [pem]);
    const byKey = new Map(rasio.indicators.map((i) => [i.key, i]));
    expect(byKey.get("p2")!.capaian).toBe(125); // 10/8
    expect(byKey.get("p7")!.capaian).toBeNull(); // R = 0
    expect(byKey.get("p7")!.predikat).toBe("Tidak dapat dihitung");
  });

  test("trend of a kumulatif indicator once the year is complete, by polarity", () => {
    const tw4 = setupWith(["PEM"], "TW4");
    const sub = submission("PEM", [
      // 25·4 = 100 against 100 last year: unchanged.
      indicatorRow({
        key: "a",
        targetTw: Q(25, 25, 25, 25),
        realisasiTw: Q(25, 25, 25, 25),
        realisasiLalu: 100,
      }),
      // Negatif: 12 against 10 last year: +2 is worse.
      indicatorRow({
        key: "b",
        polarity: "negatif",
        targetTw: Q(3, 3, 3, 3),
        realisasiTw: Q(3, 3, 3, 3),
        realisasiLalu: 10,
      }),
      // Positif: 0.3 against 0.1: +0.2 (rounded, not 0.19999999999999998).
      indicatorRow({
        key: "c",
        targetTw: Q(1, 1, 1, 1),
        realisasiTw: Q(0.1, 0.1, 0.1, 0),
        realisasiLalu: 0.1,
      }),
    ]);
    expect(analyse(tw4, [sub]).indicators.map((i) => [i.perubahan, i.tren])).toEqual([
      [0, "tetap"],
      [2, "memburuk"],
      [0.2, "membaik"],
    ]);
    expect(trendOf(-1, "positif")).toBe("memburuk");
    expect(trendOf(-1, "negatif")).toBe("membaik");
  });

  test("efficiency categories at their boundaries", () => {
    expect([10, 9.99, 0, -9.99, -10].map(efficiencyOf)).toEqual([
      "efisien",
      "sebanding",
      "sebanding",
      "sebanding",
      "perlu-perhatian",
    ]);
  });

  test("no submission: everyone not submitted, no groups, no indicators", () => {
    const none = analyse(setup, []);
    expect(none.counts).toEqual({ bagian: 3, sudah: 0, belum: 3, terlambat: 0 });
    expect(none.perBagian.map((b) => [b.kode, b.indikator, b.predikat])).toEqual([
      ["PEM", 0, "Belum dilaporkan"],
      ["ORG", 0, "Belum dilaporkan"],
      ["HUK", 0, "Belum dilaporkan"],
    ]);
    expect([none.perProgram, none.perSubKegiatan, none.indicators]).toEqual([[], [], []]);
  });

  test("a Bagian outside the setup is summarised after the setup's, and the result ignores file order", () => {
    const extra = submission("XTRA", [indicatorRow({ key: "x" })]);
    expect(summaryBagian(setup, [extra, pem]).map((b) => b.kode)).toEqual(["PEM", "ORG", "HUK", "XTRA"]);
    expect(analyse(setup, [pem, extra, org])).toEqual(analyse(setup, [extra, org, pem]));
  });
});

describe("serapan against the budget planned s.d. periode", () => {
  test("the share of the year elapsed, and the serapan it gives", () => {
    expect((["TW1", "TW2", "TW3", "TW4", "TAHUNAN"] as const).map(plannedShare)).toEqual([
      0.25, 0.5, 0.75, 1, 1,
    ]);
    expect(serapanRencana(1_000, 200, "TW1")).toBe(80); // 200 / (1 000 × 0,25) × 100 = 200 / 250 × 100
    expect(serapanRencana(1_000, 600, "TW3")).toBe(80); // 600 / 750 × 100
    expect(serapanRencana(300, 100, "TW3")).toBe(44.44); // 100 / 225 × 100 = 44.444…
    expect(serapanRencana(1_000, 800, "TAHUNAN")).toBe(80); // 800 / 1 000 × 100
    expect(serapanRencana(0, 5, "TW2")).toBeNull(); // pagu 0: undefined, never a division error
    expect(serapanRencana(null, 5, "TW2")).toBeNull();
    expect(serapanRencana(1_000, null, "TW2")).toBeNull(); // not reported, not zero
  });

  /** One Bagian: one kumulatif indicator fully on target s.d. the periode, half its pagu spent. */
  const halfSpent = (periode: "TW2" | "TW4") => {
    const sub = submission("PEM", [
      // TW II: 25 + 25 against 25 + 25 → 100; TW IV: 25·4 against 25·4 → 100.
      indicatorRow({ key: "a", targetTw: Q(25, 25, 25, 25), realisasiTw: Q(25, 25, 25, 25) }),
      anggaranRow({ subKegiatanKode: SUB1, pagu: 1_000_000, realisasiAnggaran: 500_000 }),
    ]);
    return analyse(setupWith(["PEM"], periode), [sub]).perBagian[0]!;
  };

  test("TW II, capaian 100 and half the pagu spent: sebanding, where the annual pagu said efisien", () => {
    const pem = halfSpent("TW2");
    // Planned s.d. TW II: 1 000 000 × 0,5 = 500 000; 500 000 / 500 000 × 100 = 100; 100 − 100 = 0.
    expect([pem.rataCapaian, pem.pagu, pem.realisasiAnggaran]).toEqual([100, 1_000_000, 500_000]);
    expect([pem.serapan, pem.selisih, pem.efisiensi]).toEqual([100, 0, "sebanding"]);
    // The old rule, against the annual pagu: 500 000 / 1 000 000 × 100 = 50; 100 − 50 = 50 → efisien.
    const annual = computeSerapan(1_000_000, 500_000)!;
    expect(annual).toBe(50);
    expect(efficiencyOf(100 - annual)).toBe("efisien");
  });

  test("TW IV: the budget planned is the whole pagu, and the two rules agree", () => {
    const pem = halfSpent("TW4");
    // 500 000 / (1 000 000 × 1) × 100 = 50 = 500 000 / 1 000 000 × 100; 100 − 50 = 50 → efisien.
    expect([pem.rataCapaian, pem.serapan, pem.selisih, pem.efisiensi]).toEqual([100, 50, 50, "efisien"]);
    expect(pem.serapan).toBe(computeSerapan(1_000_000, 500_000));
  });
});
