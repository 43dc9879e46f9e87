/**
 * Capaian per sasaran strategis: every expected number below is computed by hand in the comment
 * beside it, from the Perjanjian Kinerja and the submissions written here.
 */
import { analyse, dataRowsOf } from "../../../src/domain/analysis/analysis";
import {
  analyseSasaran,
  comparisonYear,
  progresRenstra,
  type IkuAnalysis,
  type SasaranAnalysis,
} from "../../../src/domain/analysis/analysis-sasaran";
import { analysisSheetPlan } from "../../../src/domain/analysis/analysis-sheet";
import { DEFAULT_RULES, DEFAULT_SCALES } from "../../../src/domain/setup/setup-types";
import type { Kode } from "../../../src/domain/shared/types";
import { planProblems } from "../../../src/sheet/limits";
import type { SheetPlan } from "../../../src/sheet/plan";
import { S } from "../../../src/strings";
import { ikuKey, ikuRow, pkIku, pkOf, pkSasaran } from "../../support/sasaran-fixture";
import { anggaranRow, indicatorRow, setupWith, submission } from "../../support/submission-fixture";

const K = (s: string) => s as Kode;
const T = S.analysis.sheet;
const ST = S.kertasKerja.status;

const setup = setupWith(["PEM", "HUK", "UMUM", "ORG"], "TW2");

const OPINI = pkIku({
  key: ikuKey("1", "opini-bpk"),
  sasaranNo: "1",
  indikator: "Opini BPK atas Laporan Keuangan",
  satuan: "Opini",
  targetTahunan: "WTP",
  targetRenstra: "WTP",
  realisasiLalu: [
    { tahun: 2024, realisasi: "WDP" },
    { tahun: 2025, realisasi: "WTP" },
  ],
  bagian: "UMUM",
});
const DIBATALKAN = pkIku({
  key: ikuKey("1", "produk-hukum-dibatalkan"),
  sasaranNo: "1",
  indikator: "Persentase produk hukum daerah yang dibatalkan",
  polarity: "negatif",
  targetTahunan: 10,
  targetRenstra: 5,
  realisasiLalu: [
    { tahun: 2024, realisasi: 11 },
    { tahun: 2025, realisasi: 8 },
  ],
  bagian: "HUK",
});
const IKM = pkIku({
  key: ikuKey("2", "indeks-kepuasan"),
  sasaranNo: "2",
  indikator: "Indeks kepuasan masyarakat",
  satuan: "Indeks",
  targetTahunan: 80,
  targetRenstra: 85,
  realisasiLalu: [
    { tahun: 2024, realisasi: 75 },
    { tahun: 2025, realisasi: 78 },
  ],
  bagian: "ORG",
});

const pk = pkOf(
  [
    pkSasaran("1", "Meningkatnya akuntabilitas kinerja dan keuangan", ["4.01.01"]),
    // Supported by a kegiatan, not a whole program.
    pkSasaran("2", "Meningkatnya kualitas pelayanan publik", ["4.01.02.2.03"]),
    pkSasaran("3", "Meningkatnya kapasitas aparatur", ["4.01.03"]),
  ],
  [OPINI, DIBATALKAN, IKM],
);

const PROG1 = { programKode: K("4.01.01"), programNama: "Program Penunjang" };
const PROG2 = { programKode: K("4.01.02"), programNama: "Program Pemerintahan dan Kesra" };

const subs = [
  submission("PEM", [
    // A DPA indicator carrying its sub kegiatan's budget: pagu 100 jt, no realisasi yet.
    indicatorRow({
      key: "pem-1",
      ...PROG1,
      kegiatanKode: K("4.01.01.2.01"),
      subKegiatanKode: K("4.01.01.2.01.0006"),
      targetTw: [1, 1, 1, 1],
      realisasiTw: [1, 1, null, null],
      budgetRow: true,
      pagu: 100_000_000,
      realisasiAnggaran: null,
    }),
    anggaranRow({
      ...PROG1,
      kegiatanKode: K("4.01.01.2.13"),
      subKegiatanKode: K("4.01.01.2.13.0003"),
      pagu: 100_000_000,
      realisasiAnggaran: 30_000_000,
    }),
  ]),
  submission("HUK", [
    // Negatif, nilai akhir: TW II realisasi 7 against target 10 → (2·10 − 7)/10·100 = 130.
    ikuRow(DIBATALKAN, { targetTw: [10, 10, 10, 10], realisasiTw: [9, 7, null, null] }),
    anggaranRow({
      ...PROG2,
      kegiatanKode: K("4.01.02.2.03"),
      subKegiatanKode: K("4.01.02.2.03.0001"),
      pagu: 50_000_000,
      realisasiAnggaran: 45_000_000,
    }),
    // Kegiatan 4.01.02.2.01 supports no sasaran.
    anggaranRow({
      ...PROG2,
      kegiatanKode: K("4.01.02.2.01"),
      subKegiatanKode: K("4.01.02.2.01.0001"),
      pagu: 10_000_000,
      realisasiAnggaran: 1_000_000,
    }),
  ]),
  submission("UMUM", [
    // Opini BPK: TW II "WDP" (3) against "WTP" (4) → 3/4·100 = 75.
    ikuRow(OPINI, { realisasiWords: [null, "WDP", null, null] }),
    anggaranRow({
      ...PROG1,
      kegiatanKode: K("4.01.01.2.01"),
      subKegiatanKode: K("4.01.01.2.01.0001"),
      pagu: 200_000_000,
      realisasiAnggaran: 90_000_000,
    }),
  ]),
  // ORG, responsible for the IKM, has not submitted.
];

const result = analyse(setup, subs, pk);

describe("analyseSasaran", () => {
  test("per IKU: its Data row's numbers, the earlier years of the PK, progress toward the Renstra", () => {
    const [s1, s2] = result.perSasaran;
    expect(s1!.iku).toEqual<IkuAnalysis[]>([
      {
        key: OPINI.key,
        indikator: "Opini BPK atas Laporan Keuangan",
        satuan: "Opini",
        bagianKode: "UMUM" as IkuAnalysis["bagianKode"],
        // Data: PEM rows 6–7, HUK rows 8–10, UMUM rows 11–12.
        dataRow: 11,
        polarity: "positif",
        aggregation: "nilai-akhir",
        qualitative: true,
        targetSd: null,
        realisasiSd: null,
        targetWord: "WTP",
        realisasiWord: "WDP",
        capaian: 75,
        status: "ok",
        predikat: "Sedang", // 66 ≤ 75 < 76
        realisasiLalu: OPINI.realisasiLalu,
        lalu: "WTP",
        // Words: no change is computed.
        perubahan: null,
        tren: null,
        targetRenstra: "WTP",
        progresRenstra: 75, // score WDP 3 ÷ score WTP 4 × 100
      },
      {
        key: DIBATALKAN.key,
        indikator: "Persentase produk hukum daerah yang dibatalkan",
        satuan: "Persen",
        bagianKode: "HUK" as IkuAnalysis["bagianKode"],
        dataRow: 8,
        polarity: "negatif",
        aggregation: "nilai-akhir",
        qualitative: false,
        targetSd: 10,
        realisasiSd: 7,
        targetWord: null,
        realisasiWord: null,
        capaian: 130,
        status: "ok",
        predikat: "Sangat Tinggi", // rated at the cap 120 ≥ 91
        realisasiLalu: DIBATALKAN.realisasiLalu,
        lalu: 8, // 2025, the latest earlier year
        perubahan: -1, // 7 − 8
        tren: "membaik", // down, and lower is better
        targetRenstra: 5,
        progresRenstra: 71.43, // negatif: 5 ÷ 7 × 100 = 71.428…
      },
    ]);
    expect(s2!.iku).toEqual<IkuAnalysis[]>([
      {
        key: IKM.key,
        indikator: "Indeks kepuasan masyarakat",
        satuan: "Indeks",
        bagianKode: null,
        dataRow: null,
        polarity: "positif",
        aggregation: "nilai-akhir",
        qualitative: false,
        targetSd: null,
        realisasiSd: null,
        targetWord: null,
        realisasiWord: null,
        capaian: null,
        status: "belum-dilaporkan",
        predikat: ST.belumDilaporkan,
        realisasiLalu: IKM.realisasiLalu,
        lalu: 78,
        perubahan: null,
        tren: null,
        targetRenstra: 85,
        progresRenstra: null,
      },
    ]);
  });

  test("per sasaran: capped mean capaian, serapan of its programs, efficiency", () => {
    const brief = (s: SasaranAnalysis) => {
      const { iku: _iku, ...rest } = s;
      return rest;
    };
    expect(result.perSasaran.map(brief)).toEqual([
      {
        no: "1",
        text: "Meningkatnya akuntabilitas kinerja dan keuangan",
        programs: ["4.01.01"],
        dilaporkan: 2,
        dinilai: 2,
        capaian: 97.5, // (75 + min(130, 120)) / 2 = 195 / 2
        predikat: "Sangat Tinggi",
        // Program 4.01.01 in every Bagian: PEM 100 jt (no realisasi) + 100 jt, UMUM 200 jt.
        pagu: 400_000_000,
        realisasiAnggaran: 120_000_000, // 30 jt + 90 jt
        serapan: 60, // against the budget planned s.d. TW II: 120 / (400 × 0,5) × 100 = 120 / 200 × 100
        selisih: 37.5, // 97.5 − 60
        efisiensi: "efisien", // ≥ +10
      },
      {
        no: "2",
        text: "Meningkatnya kualitas pelayanan publik",
        programs: ["4.01.02.2.03"],
        dilaporkan: 0,
        dinilai: 0,
        capaian: null,
        predikat: ST.belumDilaporkan,
        // Kegiatan 4.01.02.2.03 only: 45 jt of 50 jt; 4.01.02.2.01 does not count.
        pagu: 50_000_000,
        realisasiAnggaran: 45_000_000,
        serapan: 180, // 45 / (50 × 0,5) × 100: more than planned s.d. TW II
        selisih: null,
        efisiensi: null,
      },
      {
        no: "3",
        text: "Meningkatnya kapasitas aparatur",
        programs: ["4.01.03"],
        dilaporkan: 0,
        dinilai: 0,
        capaian: null,
        predikat: null, // no IKU at all
        pagu: null, // nobody has a budget row of 4.01.03
        realisasiAnggaran: null,
        serapan: null,
        selisih: null,
        efisiensi: null,
      },
    ]);
  });

  test("an IKU's capaian is its Data row's, under the round's rules", () => {
    // Cap 150, negatif as T/R: 10/7·100 = 142.857… → 142.86; sasaran (75 + 142.86)/2 = 108.93.
    const rasio = {
      ...setup,
      rules: { ...DEFAULT_RULES, negativeFormula: "rasio" as const, capaianCap: 150 },
    };
    const a = analyse(rasio, subs, pk);
    const s1 = a.perSasaran[0]!;
    expect(s1.iku.map((i) => i.capaian)).toEqual([75, 142.86]);
    expect(s1.capaian).toBe(108.93);
    expect(s1.selisih).toBe(48.93); // 108.93 − 60
    for (const iku of s1.iku) {
      const row = a.indicators.find((i) => i.dataRow === iku.dataRow)!;
      expect([iku.capaian, iku.predikat, iku.status]).toEqual([row.capaian, row.predikat, row.status]);
    }
  });

  test("a kumulatif IKU is compared with last year only once the year is complete", () => {
    const kum = pkIku({
      key: ikuKey("1", "dokumen"),
      sasaranNo: "1",
      indikator: "Dokumen",
      aggregation: "kumulatif",
      realisasiLalu: [{ tahun: 2025, realisasi: 10 }],
    });
    const one = pkOf([pkSasaran("1", "S", [])], [kum]);
    const row = ikuRow(kum, { targetTw: [3, 3, 3, 3], realisasiTw: [2, 3, 4, 3] });
    const at = (periode: "TW2" | "TW4") => {
      const su = setupWith(["PEM"], periode);
      return analyse(su, [submission("PEM", [row])], one).perSasaran[0]!.iku[0]!;
    };
    // TW II: 2 + 3 = 5 of a half year: no comparison.
    expect([at("TW2").realisasiSd, at("TW2").perubahan, at("TW2").tren]).toEqual([5, null, null]);
    // TW IV: 2 + 3 + 4 + 3 = 12 against 10 → +2, membaik.
    expect([at("TW4").realisasiSd, at("TW4").perubahan, at("TW4").tren]).toEqual([12, 2, "membaik"]);
  });

  test("without a PK: no sasaran; analyseSasaran over the same rows gives analyse()'s", () => {
    expect(analyse(setup, subs).perSasaran).toEqual([]);
    expect(analyse(setup, subs, null).perSasaran).toEqual([]);
    const refs = dataRowsOf(setup, subs);
    expect(analyseSasaran(setup, refs, result.indicators, pk)).toEqual(result.perSasaran);
  });

  test("the comparison year: the latest before the round's", () => {
    expect(comparisonYear(pk, 2026)).toBe(2025);
    expect(comparisonYear(pk, 2025)).toBe(2024);
    expect(comparisonYear(pkOf([], []), 2026)).toBeNull();
  });

  test("progress toward the Renstra's final target", () => {
    const opini = DEFAULT_SCALES[0]!;
    expect(progresRenstra(80, 100, "positif", null)).toBe(80);
    expect(progresRenstra(120, 100, "positif", null)).toBe(120);
    expect(progresRenstra(5, 0, "positif", null)).toBeNull(); // target 0
    expect(progresRenstra(8, 6, "negatif", null)).toBe(75); // 6 ÷ 8 × 100
    expect(progresRenstra(0, 6, "negatif", null)).toBeNull(); // realisasi 0
    expect(progresRenstra(4, 6, "negatif", null)).toBe(150); // better than the target
    expect(progresRenstra(null, 6, "positif", null)).toBeNull();
    expect(progresRenstra(6, null, "positif", null)).toBeNull();
    expect(progresRenstra(6, "WTP", "positif", null)).toBeNull(); // a word for a numeric IKU
    expect(progresRenstra("wdp", " WTP ", "positif", opini)).toBe(75); // 3 ÷ 4
    expect(progresRenstra("WTP", "WDP", "negatif", opini)).toBe(75); // 3 ÷ 4
    expect(progresRenstra("TMP", "WTP", "positif", opini)).toBe(25); // 1 ÷ 4
    expect(progresRenstra("Wajar", "WTP", "positif", opini)).toBeNull(); // not of the scale
    expect(progresRenstra("WTP", 4, "positif", opini)).toBeNull(); // a number for a word
  });
});

const rowOf = (plan: SheetPlan, title: string): number => plan.rows.findIndex((r) => r[0]?.value === title);
const formulas = (plan: SheetPlan): string[] =>
  plan.rows.flatMap((r) => r.flatMap((c) => (c?.formula === undefined ? [] : [c.formula])));

describe("the section on the Analisis sheet", () => {
  const plan = analysisSheetPlan(setup, subs, pk);
  const top = rowOf(plan, T.sections.perSasaran);

  test("between the sub kegiatan and the indicators, on a page of its own", () => {
    expect(planProblems(plan)).toEqual([]);
    const order = [T.sections.perSubKegiatan, T.sections.perSasaran, T.sections.perIndikator].map((t) =>
      rowOf(plan, t),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(plan.pageBreaks).toEqual([rowOf(plan, T.sections.perProgram), order[1], order[2]]);
  });

  test("the headers name the comparison year; each sasaran line above its IKU rows", () => {
    const values = (r: number) => Array.from({ length: 13 }, (_, c) => plan.rows[r]?.[c]?.value ?? null);
    expect(values(top + 1).filter((v) => v !== null)).toEqual([...T.sasaran.header]);
    expect(values(top + 2).filter((v) => v !== null)).toEqual(T.sasaran.ikuHeader(2025));
    expect(values(top + 2)[8]).toBe("Realisasi Tahun 2025");
    const lines = [3, 4, 5, 6, 7, 8, 9].map((k) => [values(top + k)[0], values(top + k)[1]]);
    expect(lines).toEqual([
      ["1", "Meningkatnya akuntabilitas kinerja dan keuangan"],
      [1, "Opini BPK atas Laporan Keuangan"],
      [2, "Persentase produk hukum daerah yang dibatalkan"],
      ["2", "Meningkatnya kualitas pelayanan publik"],
      [1, "Indeks kepuasan masyarakat"],
      ["3", "Meningkatnya kapasitas aparatur"],
      [T.sasaran.noIku, null],
    ]);
    // The PK's values: the opini's 2025 word and Renstra word, the IKM's 78 and 85.
    expect([values(top + 4)[8], values(top + 4)[11]]).toEqual(["WTP", "WTP"]);
    expect([values(top + 7)[8], values(top + 7)[11]]).toEqual([78, 85]);
    // Not reported: the predikat says so, no formula reads a Data row it does not have.
    expect(values(top + 7)[7]).toBe(ST.belumDilaporkan);
    expect(plan.rows[top + 7]!.some((c) => c?.formula !== undefined)).toBe(false);
  });

  test("the IKU rows read their Data rows; the sasaran line averages them with the cap", () => {
    const f = (r: number, c: number) => plan.rows[r]?.[c]?.formula ?? "";
    expect(f(top + 5, 6)).toBe('IF(ISNUMBER(Data!$AK$8),Data!$AK$8,"")');
    expect(f(top + 4, 5)).toBe('Data!$AJ$11&""');
    const sasaranRow = top + 4; // 1-based number of the line at index top + 3
    expect(f(top + 3, 6)).toBe(
      `IF(COUNT($G$${sasaranRow + 1}:$G$${sasaranRow + 2})=0,"",ROUND((` +
        `IF(ISNUMBER($G$${sasaranRow + 1}),MIN($G$${sasaranRow + 1},120),0)+` +
        `IF(ISNUMBER($G$${sasaranRow + 2}),MIN($G$${sasaranRow + 2},120),0))/COUNT($G$${sasaranRow + 1}:$G$${sasaranRow + 2}),2))`,
    );
    // The serapan of the supporting programs: program or kegiatan kode, budget rows only.
    expect(f(top + 6, 8)).toContain('(Data!$D$6:$D$12="4.01.02.2.03")+(Data!$F$6:$F$12="4.01.02.2.03")>0');
  });

  test("only Excel 2016's and LibreOffice's shared functions, and only the Data sheet", () => {
    const own = plan.rows
      .slice(top, rowOf(plan, T.sections.perIndikator))
      .flatMap((r) => r.flatMap((c) => (c?.formula === undefined ? [] : [c.formula])));
    expect(own.length).toBeGreaterThan(15);
    const used = new Set(
      own.flatMap((f) => [...f.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!)),
    );
    expect([...used].sort()).toEqual(
      ["AND", "COUNT", "IF", "INDEX", "ISNUMBER", "MATCH", "MIN", "OR", "ROUND", "SUMPRODUCT"].sort(),
    );
    expect(
      formulas(plan).every((f) => !/[A-Za-z]+!/.test(f.replace(/"[^"]*"/g, "").replace(/Data!/g, ""))),
    ).toBe(true);
  });

  test("texts of the PK are values, never formulas", () => {
    const nasty = pkOf(
      [pkSasaran("1", "=1+1", [])],
      [pkIku({ key: ikuKey("1", "x"), sasaranNo: "1", indikator: "@SUM(A1)", targetRenstra: "=2" })],
    );
    const cells = analysisSheetPlan(setup, subs, nasty).rows.flat();
    for (const v of ["=1+1", "@SUM(A1)", "=2"]) {
      const cell = cells.find((c) => c?.value === v);
      expect(cell).toBeDefined();
      expect(cell?.formula).toBeUndefined();
    }
  });

  test("no PK, or a PK without sasaran: one line says so", () => {
    for (const [p, line] of [
      [undefined, T.sasaran.noPk],
      [pkOf([], []), T.sasaran.noSasaran],
    ] as const) {
      const sheet = analysisSheetPlan(setup, subs, p);
      const at = rowOf(sheet, T.sections.perSasaran);
      expect(sheet.rows[at + 1]?.[0]?.value).toBe(line);
      expect(sheet.rows[at + 3]?.[0]?.value).toBe(T.sections.perIndikator);
      expect(planProblems(sheet)).toEqual([]);
    }
    // Without a PK the page breaks stay as they were: before D and before G.
    const none = analysisSheetPlan(setup, subs);
    expect(none.pageBreaks).toEqual([
      rowOf(none, T.sections.perProgram),
      rowOf(none, T.sections.perIndikator),
    ]);
  });

  test("the method states the new numbers", () => {
    const text = plan.rows
      .slice(rowOf(plan, T.sections.metode))
      .flatMap((r) => r.map((c) => c?.value))
      .join("\n");
    expect(text).toContain(T.metode.capaianSasaran(120));
    expect(text).toContain(T.metode.serapanSasaran);
    expect(text).toContain(T.metode.perubahanSasaran);
    expect(text).toContain(T.metode.progresRenstra);
  });
});
