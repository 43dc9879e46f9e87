import fc from "fast-check";
import {
  perjanjianKinerjaSheetPlan,
  PK_SHEET,
  readPerjanjianKinerjaFromWorkbook,
} from "../../../src/domain/inputs/pk-sheet";
import { readPerjanjianKinerja } from "../../../src/domain/inputs/pk-reader";
import { wordsOf } from "../../../src/domain/setup/scales";
import { DEFAULT_SCALES } from "../../../src/domain/setup/setup-types";
import { makeIndicatorKeys } from "../../../src/domain/shared/kode";
import type {
  Aggregation,
  IndicatorKey,
  Iku,
  Kode,
  PerjanjianKinerja,
  PkReadResult,
  Polarity,
  Quarterly,
  SourceRef,
  TargetValue,
} from "../../../src/domain/shared/types";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import { parseRange } from "../../../src/sheet/address";
import { planProblems } from "../../../src/sheet/limits";
import type { CellValue, SheetPlan, SheetSnapshot } from "../../../src/sheet/plan";
import { snapshotOfPlan } from "../../support/plan-snapshot";

const ROUND = { instansi: "Sekretariat Daerah Kabupaten Tapin", tahun: 2026 };
const SRC: SourceRef = { sheet: "asal", row: 1 };

/**
 * The key of an IKU as the reader documents it: `IKU:<sasaran no>:<slug>~<hash>`, the slug and
 * hash as `makeIndicatorKeys` makes them for the IKU texts of one sasaran, in order.
 */
function ikuKeys(no: string, indikators: readonly string[]): IndicatorKey[] {
  return makeIndicatorKeys(no as Kode, indikators).map(
    (k) => `IKU:${no}:${k.slice(k.indexOf("|") + 1)}` as IndicatorKey,
  );
}

/** A value without any `source` (and its file and sheet), to compare what was read with what was written. */
function withoutSources<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === "source" ? undefined : v)));
}

interface IkuSpec {
  indikator: string;
  satuan: string;
  polarity: Polarity;
  aggregation: Aggregation;
  target: TargetValue | null;
  tw?: Quarterly<TargetValue | null> | null;
  renstra?: TargetValue | null;
  realisasi?: { tahun: number; realisasi: TargetValue }[];
  bagian?: string | null;
}

interface PkSpec {
  tahun: number;
  sasaran: { no: string; text: string; ikus: IkuSpec[] }[];
  /** `links`: indexes of the sasaran it supports, the first one named by the program itself. */
  programs: { kode: string; name: string; anggaran: number | null; links: number[] }[];
}

/** The PerjanjianKinerja a spec describes, with keys as the reader makes them and every program linked both ways. */
function pkOf(spec: PkSpec): PerjanjianKinerja {
  const iku: Iku[] = spec.sasaran.flatMap((s) => {
    const keys = ikuKeys(
      s.no,
      s.ikus.map((i) => i.indikator),
    );
    return s.ikus.map((i, j) => ({
      key: keys[j]!,
      sasaranNo: s.no,
      indikator: i.indikator,
      satuan: i.satuan,
      polarity: i.polarity,
      aggregation: i.aggregation,
      targetTahunan: i.target,
      targetTw: i.tw ?? null,
      targetRenstra: i.renstra ?? null,
      realisasiLalu: i.realisasi ?? [],
      bagian: i.bagian ?? null,
      source: SRC,
    }));
  });
  const sasaran = spec.sasaran.map((s, i) => ({
    no: s.no,
    text: s.text,
    programs: spec.programs.filter((p) => p.links.includes(i)).map((p) => p.kode as Kode),
    source: SRC,
  }));
  const programs = spec.programs.map((p) => ({
    kode: p.kode as Kode,
    name: p.name,
    anggaran: p.anggaran,
    sasaranNo: p.links[0] === undefined ? null : (spec.sasaran[p.links[0]]?.no ?? null),
    source: SRC,
  }));
  const pk: PerjanjianKinerja = {
    type: "kertas-kerja-sakip/perjanjian-kinerja",
    version: 1,
    tahun: spec.tahun,
    sasaran,
    iku,
    programs,
    sheet: "asal",
  };
  return pk;
}

/** What the reader makes of the sheet of `pk`, through a snapshot of the plan (as a host reads it). */
function readBack(plan: SheetPlan, file = "PK.xlsx"): PkReadResult {
  const result = readPerjanjianKinerjaFromWorkbook([snapshotOfPlan(plan)], file);
  if (!result) throw new Error("the sheet was not found");
  return result;
}

/**
 * Page breaks where a reader on paper wants them: each begins a sasaran, a program or the
 * programs table (column A holds its number or the table's title), never inside a merged cell.
 */
function expectBreaksBetweenRuns(plan: SheetPlan): void {
  const breaks = plan.pageBreaks ?? [];
  const boxes = plan.merges.map((m) => parseRange(m)!);
  breaks.forEach((b, i) => {
    expect(b).toBeGreaterThan(i === 0 ? 0 : breaks[i - 1]!);
    expect(plan.rows[b]?.[0]?.value ?? null).not.toBeNull();
    expect(boxes.filter((x) => x.row1 < b && b <= x.row2)).toEqual([]);
  });
}

const bySeverity = (r: PkReadResult, severity: "error" | "warning" | "info"): string[] =>
  r.issues.filter((i) => i.severity === severity).map((i) => i.code);

/** The 0-based row of the IKU table's (first) header row: the row whose column A says "No". */
const headerRow = (plan: SheetPlan): number => plan.rows.findIndex((r) => r[0]?.value === "No");
/** The 0-based row of the programs table's header: the row with "Kode" in column B. */
const programHeaderRow = (plan: SheetPlan): number => plan.rows.findIndex((r) => r[1]?.value === "Kode");

const EXAMPLE: PkSpec = {
  tahun: 2026,
  sasaran: [
    {
      no: "1",
      text: "Meningkatnya akuntabilitas kinerja dan keuangan",
      ikus: [
        {
          indikator: "Nilai SAKIP Sekretariat Daerah",
          satuan: "Predikat",
          polarity: "positif",
          aggregation: "nilai-akhir",
          target: "BB",
          tw: [null, null, null, "BB"],
          renstra: "A",
          realisasi: [
            { tahun: 2024, realisasi: "B" },
            { tahun: 2025, realisasi: "BB" },
          ],
          bagian: "Organisasi",
        },
        {
          indikator: "Opini BPK atas laporan keuangan",
          satuan: "Opini",
          polarity: "positif",
          aggregation: "nilai-akhir",
          target: "WTP",
          renstra: "WTP",
          realisasi: [{ tahun: 2025, realisasi: "WDP" }],
          bagian: "Umum dan Keuangan",
        },
      ],
    },
    {
      no: "2",
      text: "Meningkatnya kualitas pelayanan publik",
      ikus: [
        {
          indikator: "Indeks kepuasan masyarakat",
          satuan: "Indeks",
          polarity: "positif",
          aggregation: "nilai-akhir",
          target: 85.5,
          tw: [80, 82, 84, 85.5],
          renstra: 90,
          realisasi: [
            { tahun: 2021, realisasi: 78.25 },
            { tahun: 2025, realisasi: 83 },
          ],
          bagian: "Protokol dan Komunikasi Pimpinan",
        },
        {
          indikator: "Persentase produk hukum daerah yang dibatalkan (%)",
          satuan: "%",
          polarity: "negatif",
          aggregation: "persentase",
          target: 0,
          bagian: "Hukum",
        },
        {
          indikator: "Jumlah rekomendasi kebijakan",
          satuan: "Rekomendasi",
          polarity: "positif",
          aggregation: "kumulatif",
          target: 12,
          tw: [3, 6, 9, 12],
        },
      ],
    },
  ],
  programs: [
    {
      kode: "4.01.01",
      name: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      anggaran: 12_500_000_000,
      links: [0, 1],
    },
    {
      kode: "4.01.02.2.01",
      name: "Pelaksanaan Kebijakan Kesejahteraan Rakyat",
      anggaran: 850_000_000,
      links: [1],
    },
    { kode: "4.01.03", name: "Program Perekonomian dan Pembangunan", anggaran: 2_000_000_000, links: [0] },
  ],
};

describe("perjanjianKinerjaSheetPlan: a hand-written PK", () => {
  const plan = perjanjianKinerjaSheetPlan(pkOf(EXAMPLE), ROUND);

  test("reads back as written out here, without an error or a warning", () => {
    const result = readBack(plan);
    const [k1, k2] = ikuKeys("1", ["Nilai SAKIP Sekretariat Daerah", "Opini BPK atas laporan keuangan"]);
    const [k3, k4, k5] = ikuKeys("2", [
      "Indeks kepuasan masyarakat",
      "Persentase produk hukum daerah yang dibatalkan (%)",
      "Jumlah rekomendasi kebijakan",
    ]);
    expect(withoutSources(result.pk)).toEqual({
      type: "kertas-kerja-sakip/perjanjian-kinerja",
      version: 1,
      tahun: 2026,
      file: "PK.xlsx",
      sheet: "Perjanjian Kinerja",
      sasaran: [
        {
          no: "1",
          text: "Meningkatnya akuntabilitas kinerja dan keuangan",
          programs: ["4.01.01", "4.01.03"],
        },
        { no: "2", text: "Meningkatnya kualitas pelayanan publik", programs: ["4.01.01", "4.01.02.2.01"] },
      ],
      iku: [
        {
          key: k1,
          sasaranNo: "1",
          indikator: "Nilai SAKIP Sekretariat Daerah",
          satuan: "Predikat",
          polarity: "positif",
          aggregation: "nilai-akhir",
          targetTahunan: "BB",
          targetTw: [null, null, null, "BB"],
          targetRenstra: "A",
          realisasiLalu: [
            { tahun: 2024, realisasi: "B" },
            { tahun: 2025, realisasi: "BB" },
          ],
          bagian: "Organisasi",
        },
        {
          key: k2,
          sasaranNo: "1",
          indikator: "Opini BPK atas laporan keuangan",
          satuan: "Opini",
          polarity: "positif",
          aggregation: "nilai-akhir",
          targetTahunan: "WTP",
          targetTw: null,
          targetRenstra: "WTP",
          realisasiLalu: [{ tahun: 2025, realisasi: "WDP" }],
          bagian: "Umum dan Keuangan",
        },
        {
          key: k3,
          sasaranNo: "2",
          indikator: "Indeks kepuasan masyarakat",
          satuan: "Indeks",
          polarity: "positif",
          aggregation: "nilai-akhir",
          targetTahunan: 85.5,
          targetTw: [80, 82, 84, 85.5],
          targetRenstra: 90,
          realisasiLalu: [
            { tahun: 2021, realisasi: 78.25 },
            { tahun: 2025, realisasi: 83 },
          ],
          bagian: "Protokol dan Komunikasi Pimpinan",
        },
        {
          key: k4,
          sasaranNo: "2",
          indikator: "Persentase produk hukum daerah yang dibatalkan (%)",
          satuan: "%",
          polarity: "negatif",
          aggregation: "persentase",
          targetTahunan: 0,
          targetTw: null,
          targetRenstra: null,
          realisasiLalu: [],
          bagian: "Hukum",
        },
        {
          key: k5,
          sasaranNo: "2",
          indikator: "Jumlah rekomendasi kebijakan",
          satuan: "Rekomendasi",
          polarity: "positif",
          aggregation: "kumulatif",
          targetTahunan: 12,
          targetTw: [3, 6, 9, 12],
          targetRenstra: null,
          realisasiLalu: [],
          bagian: null,
        },
      ],
      programs: [
        {
          kode: "4.01.01",
          name: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          anggaran: 12_500_000_000,
          sasaranNo: "1",
        },
        {
          kode: "4.01.02.2.01",
          name: "Pelaksanaan Kebijakan Kesejahteraan Rakyat",
          anggaran: 850_000_000,
          sasaranNo: "2",
        },
        {
          kode: "4.01.03",
          name: "Program Perekonomian dan Pembangunan",
          anggaran: 2_000_000_000,
          sasaranNo: "1",
        },
      ],
    });
    expect(bySeverity(result, "error")).toEqual([]);
    expect(bySeverity(result, "warning")).toEqual([]);
    expect(result.pk.iku[0]?.source).toEqual({
      file: "PK.xlsx",
      sheet: PK_SHEET,
      row: headerRow(plan) + 3,
      cell: `C${headerRow(plan) + 3}`,
    });
  });

  test("is a visible, unprotected A4 landscape sheet whose header rows repeat on every page", () => {
    const h = headerRow(plan);
    expect(plan.name).toBe("Perjanjian Kinerja");
    expect(plan.visibility).toBe("visible");
    expect(plan.protection).toBeUndefined();
    expect(plan.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true });
    expect(plan.print?.printTitleRows).toBe(`${h + 1}:${h + 2}`);
    expect(plan.rows[0]?.[0]?.value).toBe("PERJANJIAN KINERJA TAHUN 2026");
    expect(plan.rows[1]?.[0]?.value).toBe(ROUND.instansi);
    expect(plan.pageBreaks).toBeUndefined();
    expect(planProblems(plan)).toEqual([]);
  });

  test("a PK longer than a page turns its pages between sasaran, and keeps the programs table whole", () => {
    const long: PkSpec = {
      tahun: 2026,
      sasaran: Array.from({ length: 12 }, (_, i) => ({
        no: String(i + 1),
        text: `${EXAMPLE.sasaran[i % 2]!.text} ${i + 1}`,
        ikus: EXAMPLE.sasaran[i % 2]!.ikus,
      })),
      programs: Array.from({ length: 10 }, (_, i) => ({
        kode: `4.01.${String(i + 1).padStart(2, "0")}`,
        name: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        anggaran: 1_000_000 * (i + 1),
        links: [i % 12],
      })),
    };
    const big = perjanjianKinerjaSheetPlan(pkOf(long), ROUND);
    expect(big.pageBreaks?.length).toBeGreaterThanOrEqual(2);
    expectBreaksBetweenRuns(big);
    const title = big.rows.findIndex((r) => r[0]?.value === "PROGRAM DAN KEGIATAN PENDUKUNG");
    expect(big.pageBreaks?.some((b) => b > title)).toBe(false);
    expect(planProblems(big)).toEqual([]);
    // Six sasaran of two IKU and six of three.
    expect(readBack(big).pk.iku).toHaveLength(6 * 2 + 6 * 3);
  });

  test("writes the header the reader knows, with the five years before the PK's under Realisasi", () => {
    const h = headerRow(plan);
    const top = plan.rows[h]!.map((c) => c?.value ?? null);
    const bottom = plan.rows[h + 1]!.map((c) => c?.value ?? null);
    expect(top.filter((v) => v !== null)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Satuan",
      "Polaritas",
      "Jenis Capaian",
      "Target 2026",
      "Target Rencana Aksi",
      "Target Akhir Renstra",
      "Realisasi",
      "Bagian Penanggung Jawab",
    ]);
    expect(bottom.filter((v) => v !== null)).toEqual([
      "TW I",
      "TW II",
      "TW III",
      "TW IV",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
    ]);
  });

  test("numbers are numbers, words and kode are text, the sasaran is merged over its IKU rows", () => {
    const h = headerRow(plan);
    const first = plan.rows[h + 2]!.map((c) => c?.value ?? null);
    expect(first.slice(0, 7)).toEqual([
      1,
      "Meningkatnya akuntabilitas kinerja dan keuangan",
      "Nilai SAKIP Sekretariat Daerah",
      "Predikat",
      "Positif",
      "Nilai Akhir",
      "BB",
    ]);
    const ikm = plan.rows[h + 4]!.map((c) => c?.value ?? null);
    expect(ikm.slice(6, 12)).toEqual([85.5, 80, 82, 84, 85.5, 90]);
    expect(ikm.slice(12, 17)).toEqual([78.25, null, null, null, 83]);
    expect(plan.merges).toEqual(
      expect.arrayContaining([`A${h + 3}:A${h + 4}`, `B${h + 3}:B${h + 4}`, `A${h + 5}:A${h + 7}`]),
    );
    const p = programHeaderRow(plan);
    const kode = plan.rows[p + 1]![1]!;
    expect(kode.value).toBe("4.01.01");
    expect(plan.styles[kode.style!]?.numberFormat).toBe("@");
    expect(plan.rows[p + 1]![6]?.value).toBe(12_500_000_000);
    for (const row of plan.rows)
      for (const c of row) {
        const v = c?.value ?? null;
        expect(v === null || typeof v === "string" || Number.isFinite(v)).toBe(true);
        if (c?.formula !== undefined) expect(c.formula).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
      }
  });

  test("a program for two sasaran takes two rows, its anggaran once, merged down over both", () => {
    const p = programHeaderRow(plan);
    const rows = plan.rows.slice(p + 1, p + 6).map((r) => [0, 1, 2, 6, 9].map((c) => r[c]?.value ?? null));
    expect(rows).toEqual([
      [1, "4.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 12_500_000_000, 1],
      [null, "4.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", null, 2],
      [2, "4.01.02.2.01", "Pelaksanaan Kebijakan Kesejahteraan Rakyat", 850_000_000, 2],
      [3, "4.01.03", "Program Perekonomian dan Pembangunan", 2_000_000_000, 1],
      ["Jumlah", null, null, null, null],
    ]);
    expect(plan.merges).toEqual(expect.arrayContaining([`A${p + 2}:A${p + 3}`, `G${p + 2}:I${p + 3}`]));
    expect(plan.rows[p + 5]![6]?.formula).toBe(`SUM(G${p + 2}:G${p + 5})`);
  });

  test("Polaritas and Jenis Capaian are lists of the words the reader takes", () => {
    const h = headerRow(plan);
    expect(plan.validations.map((v) => [v.range, v.rule])).toEqual([
      [`E${h + 3}:E${h + 7}`, { type: "list", values: ["Positif", "Negatif"] }],
      [`F${h + 3}:F${h + 7}`, { type: "list", values: ["Kumulatif", "Nilai Akhir", "Persentase"] }],
    ]);
  });

  test("reads back the same from a real .xlsx file", async () => {
    const book = await readXlsx(await plansToXlsx([plan]));
    const fromFile = readPerjanjianKinerjaFromWorkbook(book.sheets, "PK.xlsx");
    expect(fromFile).not.toBeNull();
    expect(withoutSources(fromFile!.pk)).toEqual(withoutSources(readBack(plan).pk));
    expect(bySeverity(fromFile!, "error")).toEqual([]);
    expect(bySeverity(fromFile!, "warning")).toEqual([]);
  });
});

describe("perjanjianKinerjaSheetPlan: round trip of any PK (property)", () => {
  const WORDS = DEFAULT_SCALES.flatMap(wordsOf);
  const SUBJECTS = [
    "akuntabilitas",
    "kinerja",
    "keuangan",
    "kualitas",
    "pelayanan",
    "publik",
    "tata kelola",
    "pemerintahan",
    "kebijakan",
    "daerah",
    "reformasi birokrasi",
    "koordinasi",
    "perencanaan",
    "kesejahteraan rakyat",
    "perekonomian",
  ];
  const phrase = fc
    .array(fc.constantFrom(...SUBJECTS), { minLength: 1, maxLength: 5 })
    .map((w) => w.join(" "));
  const value: fc.Arbitrary<TargetValue> = fc.oneof(
    fc.integer({ min: 0, max: 1000 }),
    fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    fc.constantFrom(...WORDS),
  );
  const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null });
  const iku = (tahun: number): fc.Arbitrary<IkuSpec> =>
    fc.record({
      indikator: fc
        .tuple(
          fc.constantFrom("Nilai", "Indeks", "Persentase", "Jumlah", "Opini BPK atas", "Tingkat"),
          phrase,
        )
        .map(([a, b]) => `${a} ${b}`),
      satuan: fc.constantFrom("%", "Indeks", "Predikat", "Opini", "Dokumen", "Nilai", "Rekomendasi"),
      polarity: fc.constantFrom<Polarity>("positif", "negatif"),
      aggregation: fc.constantFrom<Aggregation>("kumulatif", "nilai-akhir", "persentase"),
      target: value,
      tw: maybe(
        fc
          .tuple(maybe(value), maybe(value), maybe(value), maybe(value))
          .filter((tw) => tw.some((v) => v !== null)),
      ),
      renstra: maybe(value),
      realisasi: fc
        .subarray([5, 4, 3, 2, 1])
        .chain((ago) =>
          fc.tuple(...ago.map((n) => value.map((realisasi) => ({ tahun: tahun - n, realisasi })))),
        )
        .map((list) => [...list].sort((a, b) => a.tahun - b.tahun)),
      bagian: maybe(fc.constantFrom("Organisasi", "Umum dan Keuangan", "Hukum", "Protokol", "Pemerintahan")),
    });
  const numbering: Record<string, (i: number) => string> = {
    arabic: (i) => String(i + 1),
    s: (i) => `S${i + 1}`,
    sDot: (i) => `S.${i + 1}`,
    roman: (i) => ["I", "II", "III", "IV"][i]!,
  };
  const KODES = ["4.01.01", "4.01.02", "4.01.03", "4.01.01.2.01", "4.01.02.2.02", "4.01.03.2.01.0003"];
  const spec: fc.Arbitrary<PkSpec> = fc
    .record({
      tahun: fc.integer({ min: 2020, max: 2035 }),
      numbering: fc.constantFrom(...Object.keys(numbering)),
      texts: fc.uniqueArray(phrase, { minLength: 1, maxLength: 4 }),
    })
    .chain(({ tahun, numbering: style, texts }) =>
      fc.record({
        tahun: fc.constant(tahun),
        sasaran: fc.tuple(
          ...texts.map((text, i) =>
            fc.record({
              no: fc.constant(numbering[style]!(i)),
              text: fc.constant(`Meningkatnya ${text}`),
              ikus: fc.array(iku(tahun), { minLength: 1, maxLength: 4 }),
            }),
          ),
        ),
        programs: fc.uniqueArray(fc.constantFrom(...KODES), { maxLength: 5 }).chain((kodes) =>
          fc.tuple(
            ...kodes.map((kode) =>
              fc.record({
                kode: fc.constant(kode),
                name: phrase.map((p) => `Program ${p}`),
                anggaran: maybe(fc.integer({ min: 0, max: 50_000_000_000 })),
                links: fc.uniqueArray(fc.nat(texts.length - 1), { minLength: 1, maxLength: 2 }),
              }),
            ),
          ),
        ),
      }),
    )
    .map((s) => ({ tahun: s.tahun, sasaran: [...s.sasaran], programs: [...s.programs] }));

  /** The read-back of `s`'s PK must be that PK: every field but the sources; warnings only for missing anggaran. */
  const check = (s: PkSpec, result: PkReadResult): void => {
    const pk = pkOf(s);
    expect(withoutSources(result.pk)).toEqual({
      ...(withoutSources(pk) as object),
      file: "PK.xlsx",
      sheet: PK_SHEET,
    });
    expect(bySeverity(result, "error")).toEqual([]);
    expect(bySeverity(result, "warning")).toEqual(
      s.programs.filter((p) => p.anggaran === null).map(() => "pk.program.anggaran-empty"),
    );
  };

  test("plan → snapshot → reader gives the same sasaran, IKU and programs", () => {
    fc.assert(
      fc.property(spec, (s) => {
        const plan = perjanjianKinerjaSheetPlan(pkOf(s), { instansi: ROUND.instansi, tahun: s.tahun });
        expect(planProblems(plan)).toEqual([]);
        expectBreaksBetweenRuns(plan);
        check(s, readBack(plan));
      }),
      { numRuns: 300 },
    );
  });

  test("and the same through a real .xlsx file", async () => {
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const plan = perjanjianKinerjaSheetPlan(pkOf(s), { instansi: ROUND.instansi, tahun: s.tahun });
        const book = await readXlsx(await plansToXlsx([plan]));
        check(s, readPerjanjianKinerjaFromWorkbook(book.sheets, "PK.xlsx")!);
      }),
      { numRuns: 25 },
    );
  });
});

describe("perjanjianKinerjaSheetPlan: the blank template", () => {
  const plan = perjanjianKinerjaSheetPlan(null, ROUND);
  const h = headerRow(plan);

  test("has the same header over ten empty rows shaded for input", () => {
    const full = perjanjianKinerjaSheetPlan(pkOf(EXAMPLE), ROUND);
    expect(plan.rows[h]).toEqual(full.rows[h]);
    expect(plan.rows[h + 1]).toEqual(full.rows[h + 1]);
    const rows = plan.rows.slice(h + 2, h + 12);
    for (const row of rows) {
      expect(row).toHaveLength(18);
      for (const c of row) {
        expect(c?.value).toBeNull();
        expect(c?.style).toMatch(/Input$/);
        expect(plan.styles[c!.style!]?.fill).toBe("#FFF2CC");
      }
    }
    expect(plan.rows[h + 12]).toEqual([]);
    expect(plan.validations.map((v) => v.range)).toEqual([`E${h + 3}:E${h + 12}`, `F${h + 3}:F${h + 12}`]);
    expect(planProblems(plan)).toEqual([]);
  });

  test("reads back as a PK without IKU and a warning that says so, not a crash", () => {
    const result = readBack(plan);
    expect(withoutSources(result.pk)).toEqual({
      type: "kertas-kerja-sakip/perjanjian-kinerja",
      version: 1,
      tahun: 2026,
      file: "PK.xlsx",
      sheet: PK_SHEET,
      sasaran: [],
      iku: [],
      programs: [],
    });
    expect(bySeverity(result, "error")).toEqual([]);
    const empty = result.issues.find((i) => i.code === "pk.empty");
    expect(empty?.severity).toBe("warning");
    expect(empty?.message).toContain("Perjanjian Kinerja");
  });

  test("a PK without IKU is the template too, its programs kept", () => {
    const pk = { ...pkOf(EXAMPLE), iku: [] };
    const template = perjanjianKinerjaSheetPlan(pk, ROUND);
    expect(template.rows.slice(h + 2, h + 12).every((r) => r.every((c) => c?.value === null))).toBe(true);
    expect(template.rows[programHeaderRow(template) + 1]![1]?.value).toBe("4.01.01");
  });

  test("two IKU and a program typed into the empty rows read back", () => {
    const snapshot: SheetSnapshot = snapshotOfPlan(plan);
    const values: CellValue[][] = snapshot.values.map((r) => [...r]);
    const type = (r: number, cells: CellValue[]): void => {
      cells.forEach((v, c) => {
        if (v !== null) values[r]![c] = v;
      });
    };
    const sasaran = "Meningkatnya akuntabilitas kinerja";
    type(h + 2, ["1", sasaran, "Nilai SAKIP", "Predikat", "Positif", "Nilai Akhir", "BB"]);
    type(h + 3, ["1", sasaran, "Persentase dokumen tepat waktu", "%", "positif", "kumulatif", "85,5"]);
    type(h + 3, [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "20",
      "40",
      "60",
      "85,5",
      "100",
      null,
      null,
      null,
      null,
      "80",
    ]);
    type(h + 3, [...Array<CellValue>(17).fill(null), "Umum"]);
    const p = programHeaderRow(plan);
    type(p + 1, [
      null,
      "4.01.01",
      "Program Penunjang Urusan",
      null,
      null,
      null,
      "Rp 1.250.000.000",
      null,
      null,
      "1",
    ]);
    const result = readPerjanjianKinerja({ ...snapshot, values }, "PK.xlsx");
    expect(bySeverity(result, "error")).toEqual([]);
    expect(bySeverity(result, "warning")).toEqual([]);
    expect(result.pk.sasaran.map((s) => [s.no, s.text, s.programs])).toEqual([["1", sasaran, ["4.01.01"]]]);
    expect(
      result.pk.iku.map((i) => [i.indikator, i.satuan, i.polarity, i.aggregation, i.targetTahunan]),
    ).toEqual([
      ["Nilai SAKIP", "Predikat", "positif", "nilai-akhir", "BB"],
      ["Persentase dokumen tepat waktu", "%", "positif", "kumulatif", 85.5],
    ]);
    expect(result.pk.iku[1]).toMatchObject({
      targetTw: [20, 40, 60, 85.5],
      targetRenstra: 100,
      realisasiLalu: [{ tahun: 2025, realisasi: 80 }],
      bagian: "Umum",
    });
    expect(result.pk.programs.map((x) => [x.kode, x.name, x.anggaran, x.sasaranNo])).toEqual([
      ["4.01.01", "Program Penunjang Urusan", 1_250_000_000, "1"],
    ]);
  });
});

describe("perjanjianKinerjaSheetPlan: what a PK of another shape becomes", () => {
  test("a program that supports no sasaran is written first, so that it takes no sasaran from above", () => {
    const spec: PkSpec = {
      ...EXAMPLE,
      programs: [
        { kode: "4.01.01", name: "Program Penunjang", anggaran: 1000, links: [1] },
        { kode: "4.01.02", name: "Program Pemerintahan", anggaran: 2000, links: [] },
      ],
    };
    const result = readBack(perjanjianKinerjaSheetPlan(pkOf(spec), ROUND));
    expect(result.pk.programs.map((p) => [p.kode, p.sasaranNo])).toEqual([
      ["4.01.02", null],
      ["4.01.01", "2"],
    ]);
    expect(result.pk.sasaran.map((s) => s.programs)).toEqual([[], ["4.01.01"]]);
  });
});

describe("readPerjanjianKinerjaFromWorkbook", () => {
  const plan = perjanjianKinerjaSheetPlan(pkOf(EXAMPLE), ROUND);
  const other: SheetSnapshot = {
    name: "IKU lain",
    visibility: "visible",
    values: [
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
      ["1", "Sasaran lain", "IKU lain", "%", 1],
    ],
  };

  test("is null when no sheet is named Perjanjian Kinerja", () => {
    expect(readPerjanjianKinerjaFromWorkbook([other], "PK.xlsx")).toBeNull();
    expect(readPerjanjianKinerjaFromWorkbook([])).toBeNull();
  });

  test.each(["Perjanjian Kinerja", "PERJANJIAN KINERJA", "perjanjian  kinerja", " Perjanjian Kinerja "])(
    "finds the sheet named %j among others and reads only it",
    (name) => {
      const sheet = { ...snapshotOfPlan(plan), name };
      const result = readPerjanjianKinerjaFromWorkbook([other, sheet], "PK.xlsx");
      expect(result?.pk.sheet).toBe(name);
      expect(result?.pk.file).toBe("PK.xlsx");
      expect(result?.pk.iku.map((i) => i.indikator)).toHaveLength(5);
      expect(result?.issues.every((i) => i.sheet === name)).toBe(true);
    },
  );
});
