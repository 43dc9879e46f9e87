import fc from "fast-check";
import {
  isSignatureText,
  parseSectionText,
  refersToSasaran,
  sasaranNo,
  splitNumbered,
} from "../../../src/domain/inputs/pk-columns";
import { readPerjanjianKinerja, readPerjanjianKinerjaSheets } from "../../../src/domain/inputs/pk-reader";
import { QUALITATIVE_WORDS, readTargetValue } from "../../../src/domain/inputs/pk-values";
import type { PkReadResult } from "../../../src/domain/shared/types";
import { a1, type CellValue, type SheetSnapshot } from "../../../src/sheet/plan";

const sheet = (values: CellValue[][], merges: string[] = [], name = "PK"): SheetSnapshot => ({
  name,
  visibility: "visible",
  values,
  merges: merges.map(a1),
});
const N = null;
const HEADER: CellValue[] = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"];
const read = (values: CellValue[][], merges: string[] = []): PkReadResult =>
  readPerjanjianKinerja(sheet(values, merges), "PK.xlsx");
const codes = (r: PkReadResult): string[] => r.issues.map((i) => i.code);

describe("readTargetValue", () => {
  test.each([
    ["1.250.000.000,00", 1250000000],
    ["Rp 1.250.000,00", 1250000],
    ["85,5", 85.5],
    ["85%", 85],
    [85, 85],
    ["0", 0],
  ])("%j is the number %p", (v, n) => {
    expect(readTargetValue(v)).toEqual({ kind: "value", value: n });
  });

  test.each(QUALITATIVE_WORDS.map((w) => [w]))("%s is kept as typed", (w) => {
    expect(readTargetValue(` ${w} `)).toEqual({ kind: "value", value: w });
  });

  test("a known word in another case is kept exactly as typed", () => {
    expect(readTargetValue("wtp")).toEqual({ kind: "value", value: "wtp" });
    expect(readTargetValue("baik")).toEqual({ kind: "value", value: "baik" });
  });

  test("an unknown word is kept but told apart; digits that are no number are unreadable", () => {
    expect(readTargetValue("Sangat Baik")).toEqual({ kind: "unknown-word", value: "Sangat Baik" });
    expect(readTargetValue("1,234.5")).toEqual({ kind: "unreadable", reason: "ambiguous", found: "1,234.5" });
    expect(readTargetValue("≥ 80")).toEqual({ kind: "unreadable", reason: "not-a-number", found: "≥ 80" });
    expect(readTargetValue(true)).toMatchObject({ kind: "unreadable" });
    expect(readTargetValue("-")).toEqual({ kind: "empty" });
    expect(readTargetValue(null)).toEqual({ kind: "empty" });
  });
});

describe("sasaran numbers and signature rows", () => {
  test.each([
    ["1.", "1"],
    ["(2)", "2"],
    ["S.1", "S.1"],
    [" II ", "II"],
  ])("No cell %j → %j", (v, no) => {
    expect(sasaranNo(v)).toBe(no);
  });

  test.each([
    ["1. Meningkatnya akuntabilitas", { no: "1", text: "Meningkatnya akuntabilitas" }],
    ["S1 Meningkatnya akuntabilitas", { no: "S1", text: "Meningkatnya akuntabilitas" }],
    ["S.2: Meningkatnya", { no: "S.2", text: "Meningkatnya" }],
    ["II) Meningkatnya", { no: "II", text: "Meningkatnya" }],
    ["1.2 Meningkatnya", { no: "1.2", text: "Meningkatnya" }],
    ["100 persen dokumen", null],
    ["Indeks kepuasan", null],
    ["Sekretariat Daerah", null],
  ])("number before the text of %j", (text, expected) => {
    expect(splitNumbered(text)).toEqual(expected);
  });

  test.each([
    ["Sasaran Strategis 1: Meningkatnya akuntabilitas", { no: "1", text: "Meningkatnya akuntabilitas" }],
    ["SASARAN 2 – Meningkatnya pelayanan", { no: "2", text: "Meningkatnya pelayanan" }],
    ["Sasaran Strategis: Meningkatnya pelayanan", { no: "", text: "Meningkatnya pelayanan" }],
    ["Sasaran Strategis Perangkat Daerah", null],
  ])("section row %j", (text, expected) => {
    expect(parseSectionText(text)).toEqual(expected);
  });

  test.each([
    ["PIHAK PERTAMA,", true],
    ["NIP. 19700101 199003 1 010", true],
    ["Rantau, 2 Januari 2026", true],
    ["Rantau,  Januari 2026", true],
    ["Nilai SAKIP", false],
    ["Pihak yang dilayani", false],
    ["Persentase pengaduan, Januari", false],
  ])("signature %j → %p", (text, yes) => {
    expect(isSignatureText(text)).toBe(yes);
  });

  test("a sasaran is named by number, by text, or both", () => {
    const key = "meningkatnya akuntabilitas kinerja";
    expect(refersToSasaran("Sasaran 1", key, ["1"])).toBe(true);
    expect(refersToSasaran("S1", key, ["S.1"])).toBe(true);
    expect(refersToSasaran("Meningkatnya Akuntabilitas Kinerja.", key, [""])).toBe(true);
    expect(refersToSasaran("1. Meningkatnya akuntabilitas kinerja", key, [])).toBe(true);
    expect(refersToSasaran("2", key, ["1"])).toBe(false);
    expect(refersToSasaran("", key, [""])).toBe(false);
  });
});

describe("readPerjanjianKinerja: the IKU table", () => {
  test("aliases, a year in the Target label, and a sasaran going on over blank cells", () => {
    const { pk, issues } = read([
      ["No", "Tujuan/Sasaran", "IKU", "Satuan", "Target 2027", "Polaritas", "Jenis Capaian", "PJ"],
      [
        "1",
        "Meningkatnya akuntabilitas",
        "Nilai SAKIP",
        "Predikat",
        "bb",
        "Positif",
        "Nilai Akhir",
        "Organisasi",
      ],
      [N, N, "Persentase temuan yang ditindaklanjuti", "%", "100%", "-", "kumulatif", N],
    ]);
    expect(issues).toEqual([]);
    expect(pk.tahun).toBe(2027);
    expect(pk.sasaran).toHaveLength(1);
    expect(pk.iku.map((i) => [i.sasaranNo, i.targetTahunan, i.polarity, i.aggregation, i.bagian])).toEqual([
      ["1", "bb", "positif", "nilai-akhir", "Organisasi"],
      ["1", 100, "negatif", "kumulatif", null],
    ]);
  });

  test('"Target 2026 Renstra" is the Renstra\'s target, beside the PK\'s "Target 2026"', () => {
    const { pk, issues } = read([
      [...HEADER.slice(0, 4), "Target 2026", "Target 2026 Renstra"],
      ["S.1", "Sasaran A", "Opini BPK", "Opini", "WTP", "WTP"],
      [N, N, "Indeks kepuasan", "Indeks", "85,5", 90],
    ]);
    expect(issues.map((i) => i.code)).toEqual([
      "pk.header.default-polarity",
      "pk.header.default-aggregation",
    ]);
    expect(pk.iku.map((i) => [i.sasaranNo, i.targetTahunan, i.targetRenstra])).toEqual([
      ["S.1", "WTP", "WTP"],
      ["S.1", 85.5, 90],
    ]);
  });

  test("the same indikator twice under one sasaran gets #2; under another sasaran another key", () => {
    const { pk } = read([
      HEADER,
      ["1", "Sasaran satu", "Nilai SAKIP", "Predikat", "BB"],
      [N, N, "Nilai  SAKIP.", "Predikat", "A"],
      ["2", "Sasaran dua", "Nilai SAKIP", "Predikat", "A"],
    ]);
    const keys = pk.iku.map((i) => i.key);
    expect(keys[0]).toMatch(/^IKU:1:nilai-sakip~[0-9a-f]{8}$/);
    expect(keys[1]).toBe(`${keys[0] ?? ""}#2`);
    expect(keys[2]).toBe(keys[0]?.replace("IKU:1:", "IKU:2:"));
  });

  test("a sasaran named in its own row, and numbers written before the text", () => {
    const { pk } = read([
      ["No", "Indikator Kinerja", "Satuan", "Target"],
      ["Sasaran Strategis 3: Meningkatnya pelayanan publik"],
      [1, "Indeks kepuasan masyarakat", "Indeks", "85"],
      [2, "Persentase pengaduan selesai", "%", "90"],
    ]);
    expect(pk.sasaran.map((s) => [s.no, s.text])).toEqual([["3", "Meningkatnya pelayanan publik"]]);
    expect(pk.iku.map((i) => i.sasaranNo)).toEqual(["3", "3"]);
  });

  test("a No column numbering the IKU gives the sasaran their positions, and says so", () => {
    const result = read([
      HEADER,
      [1, "Sasaran A", "IKU satu", "%", 1],
      [2, "Sasaran A", "IKU dua", "%", 2],
      [3, "Sasaran B", "IKU tiga", "%", 3],
    ]);
    expect(result.pk.sasaran.map((s) => s.no)).toEqual(["1", "2"]);
    expect(result.pk.iku.map((i) => i.sasaranNo)).toEqual(["1", "1", "2"]);
    expect(codes(result)).toContain("pk.sasaran.iku-numbering");
  });

  test("repeated sasaran numbers give way to positions", () => {
    const result = read([
      HEADER,
      ["1", "Sasaran A", "IKU satu", "%", 1],
      ["1", "Sasaran B", "IKU dua", "%", 2],
    ]);
    expect(result.pk.sasaran.map((s) => s.no)).toEqual(["1", "2"]);
    expect(codes(result)).toContain("pk.sasaran.duplicate-no");
  });

  test("a sasaran cell met again further down rejoins its sasaran; a sasaran without IKU is left out", () => {
    const result = read([
      HEADER,
      ["1", "Sasaran A", "IKU satu", "%", 1],
      ["2", "Sasaran B", N, N, N],
      ["1", "Sasaran A", "IKU dua", "%", 2],
    ]);
    expect(result.pk.sasaran.map((s) => s.text)).toEqual(["Sasaran A"]);
    expect(result.pk.iku.map((i) => i.indikator)).toEqual(["IKU satu", "IKU dua"]);
    expect(result.issues.find((i) => i.code === "pk.sasaran.without-iku")).toMatchObject({
      severity: "warning",
      row: 3,
      cell: "B3",
      found: "Sasaran B",
    });
  });

  test("a target that is empty, and a qualitative target without satuan", () => {
    const result = read([HEADER, ["1", "Sasaran A", "IKU satu", "%", N], [N, N, "Opini BPK", N, "WTP"]]);
    expect(result.pk.iku.map((i) => i.targetTahunan)).toEqual([null, "WTP"]);
    expect(codes(result)).toEqual([
      "pk.header.default-polarity",
      "pk.header.default-aggregation",
      "pk.row.target-empty",
    ]);
  });

  test("no Satuan column: one warning for the table", () => {
    const result = read([
      ["No", "Sasaran", "Indikator Kinerja", "Target"],
      ["1", "Sasaran A", "IKU satu", 1],
    ]);
    expect(codes(result)).toContain("pk.header.no-satuan");
    expect(result.pk.iku[0]?.satuan).toBe("");
  });

  test("a column named twice is told; the first is read", () => {
    const result = read([
      ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Bagian", "Unit Kerja"],
      ["1", "Sasaran A", "IKU satu", "%", 1, "Hukum", "Organisasi"],
    ]);
    expect(result.pk.iku[0]?.bagian).toBe("Hukum");
    expect(result.issues.find((i) => i.code === "pk.header.column-ignored")).toMatchObject({ cell: "G1" });
  });
});

describe("readPerjanjianKinerja: realisasi of earlier years", () => {
  const realisasi = (labels: string[], title: CellValue[][] = [["PERJANJIAN KINERJA TAHUN 2026"]]) =>
    read([
      ...title,
      [...HEADER, ...labels],
      ["1", "Sasaran A", "IKU satu", "%", 90, ...labels.map((_, i) => 80 + i)],
    ]);

  test("the year from each label, oldest first; “Tahun Lalu” is the year before the PK's", () => {
    const result = realisasi(["Realisasi 2025", "Realisasi 2023", "Realisasi Tahun Lalu"]);
    expect(result.pk.iku[0]?.realisasiLalu).toEqual([
      { tahun: 2023, realisasi: 81 },
      { tahun: 2025, realisasi: 80 },
    ]);
    expect(codes(result)).toContain("pk.header.column-ignored");
  });

  test("no year, the PK's year or later: the column is passed over and told", () => {
    const result = realisasi(["Realisasi", "Realisasi 2026", "Realisasi 2024"]);
    expect(result.pk.iku[0]?.realisasiLalu).toEqual([{ tahun: 2024, realisasi: 82 }]);
    expect(codes(result)).toEqual(
      expect.arrayContaining(["pk.header.realisasi-without-year", "pk.header.realisasi-not-earlier"]),
    );
  });

  test("at most five years: the oldest go", () => {
    const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
    const result = realisasi(years.map((y) => `Realisasi ${y}`));
    expect(result.pk.iku[0]?.realisasiLalu.map((x) => x.tahun)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(codes(result).filter((c) => c === "pk.header.realisasi-too-many")).toHaveLength(2);
  });

  test("without the PK's year, “Tahun Lalu” cannot be placed", () => {
    const result = realisasi(["Realisasi Tahun Lalu"], []);
    expect(result.pk.tahun).toBeNull();
    expect(codes(result)).toContain("pk.header.realisasi-without-year");
  });
});

describe("readPerjanjianKinerja: Rencana Aksi and programs on the same sheet", () => {
  test("a Rencana Aksi table below the IKU gives the targets per triwulan by indikator", () => {
    const result = read([
      HEADER,
      ["1", "Sasaran A", "Indeks kepuasan", "Indeks", 85],
      [],
      ["Sasaran 1: Sasaran A"],
      ["No", "Indikator Kinerja", "Target TW I", "Target TW II", "Target TW III", "Target TW IV"],
      [1, "INDEKS KEPUASAN", 80, 82, "83,5", 85],
      [2, "IKU lain", 1, 2, 3, 4],
      [3, "Indeks kepuasan", N, N, N, N],
    ]);
    expect(result.pk.iku[0]?.targetTw).toEqual([80, 82, 83.5, 85]);
    expect(codes(result)).toEqual(
      expect.arrayContaining(["pk.table.next", "pk.ra.unmatched", "pk.ra.empty"]),
    );
  });

  test("programs with a Kode column and one sasaran: they support it", () => {
    const result = read([
      HEADER,
      ["1", "Sasaran A", "IKU satu", "%", 1],
      ["No", "Kode", "Program", "Anggaran"],
      [1, "4.01.01", "4.01.01 Program Penunjang", "Rp 1.000.000,00"],
      [2, "4", "Urusan", "1.000"],
      [3, "4.01.01.2.01.01", "Penyusunan Dokumen", N],
      [4, "4.01.0x", "Salah", "1.000"],
      [5, "4.01.02", N, "2.000"],
      [N, N, N, "5.000"],
      ["Catatan saja"],
    ]);
    expect(result.pk.programs).toMatchObject([
      { kode: "4.01.01", name: "Program Penunjang", anggaran: 1000000, sasaranNo: "1" },
      { kode: "4.01.01.2.01.0001", name: "Penyusunan Dokumen", anggaran: null, sasaranNo: "1" },
      { kode: "4.01.02", name: "", anggaran: 2000, sasaranNo: "1" },
    ]);
    expect(result.pk.sasaran[0]?.programs).toEqual(["4.01.01", "4.01.01.2.01.0001", "4.01.02"]);
    expect(codes(result)).toEqual(
      expect.arrayContaining([
        "pk.program.level",
        "pk.program.anggaran-empty",
        "pk.program.bad-kode",
        "pk.program.name-empty",
        "pk.program.anggaran-without-program",
        "pk.program.text",
      ]),
    );
  });

  test("programs under a row naming their sasaran", () => {
    const result = read([
      HEADER,
      ["1", "Sasaran A", "IKU satu", "%", 1],
      ["2", "Sasaran B", "IKU dua", "%", 2],
      ["No", "Program", "Anggaran (Rp)"],
      ["Sasaran 2: Sasaran B"],
      [1, "4.01.02 Program Pemerintahan", "1.000"],
      ["Sasaran Strategis 1: Sasaran A"],
      [2, "4.01.01 Program Penunjang", "2.000"],
    ]);
    expect(result.pk.programs.map((p) => [p.kode, p.sasaranNo])).toEqual([
      ["4.01.02", "2"],
      ["4.01.01", "1"],
    ]);
  });
});

describe("readPerjanjianKinerja: a sheet without an IKU table", () => {
  test("no header at all", () => {
    const result = read([["Daftar hadir"], ["Nama", "Jabatan"]]);
    expect(codes(result)).toEqual(["pk.header-not-found"]);
    expect(result.pk.iku).toEqual([]);
    expect(result.issues[0]?.file).toBe("PK.xlsx");
  });

  test("a header without its Target", () => {
    const result = read([
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan"],
      ["1", "A", "B", "%"],
    ]);
    expect(result.issues[0]).toMatchObject({ code: "pk.header-missing", row: 1, cell: "A1" });
  });

  test("only a programs table", () => {
    const result = read([
      ["No", "Program", "Anggaran"],
      [1, "4.01.01 Program", "1.000"],
    ]);
    expect(codes(result)).toEqual(["pk.header.no-iku-table"]);
  });

  test("a header with no IKU under it", () => {
    expect(codes(read([HEADER, []]))).toContain("pk.empty");
  });
});

describe("readPerjanjianKinerjaSheets", () => {
  test("no IKU on any sheet: an error naming the sheets, then the first sheet's own", () => {
    const result = readPerjanjianKinerjaSheets([sheet([["Sampul"]], [], "Sampul"), sheet([], [], "Kosong")]);
    expect(codes(result)).toEqual(["pk.no-table", "pk.header-not-found"]);
    expect(result.issues[0]?.message).toContain("Sampul, Kosong");
    expect(result.pk).toMatchObject({ sheet: "Sampul", iku: [], sasaran: [], programs: [] });
    expect(readPerjanjianKinerjaSheets([]).pk.sheet).toBe("");
  });

  test("hidden sheets count only when no sheet is visible", () => {
    const pkSheet = {
      ...sheet([HEADER, ["1", "Sasaran A", "IKU satu", "%", 1]], [], "PK"),
      visibility: "hidden" as const,
    };
    expect(readPerjanjianKinerjaSheets([pkSheet], "PK.xlsx").pk.iku).toHaveLength(1);
  });
});

describe("readPerjanjianKinerja on any grid (property)", () => {
  const cell = fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom<CellValue>(
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "IKU",
      "Satuan",
      "Target",
      "Target 2026",
      "TW I",
      "Target TW II",
      "Realisasi 2024",
      "Realisasi",
      "Target Akhir Renstra",
      "Polaritas",
      "Jenis Capaian",
      "Bagian",
      "Program",
      "Kode",
      "Anggaran",
      "Sasaran Strategis 1: Meningkatnya",
      "1.",
      "S1",
      "II",
      "4.01.01",
      "4.01.01 Program Penunjang",
      "4.01",
      "Jumlah",
      "PIHAK PERTAMA",
      "1.234,5",
      "1,234.5",
      "85%",
      "WTP",
      "BB",
      "Sangat Baik",
      "-",
    ),
  );
  const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 });
  const merge = fc
    .tuple(fc.nat(8), fc.nat(25), fc.nat(3), fc.nat(3), fc.constantFrom("", "Z", "A0:"))
    .map(
      ([c, r, w, h, junk]) =>
        `${junk}${String.fromCharCode(65 + c)}${r + 1}:${String.fromCharCode(65 + c + w)}${r + 1 + h}`,
    );

  const wellFormed = (result: PkReadResult, file: string | undefined): void => {
    const { pk } = result;
    const keys = pk.iku.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    const nos = pk.sasaran.map((s) => s.no);
    expect(new Set(nos).size).toBe(nos.length);
    for (const iku of pk.iku) {
      expect(nos).toContain(iku.sasaranNo);
      expect(iku.realisasiLalu.length).toBeLessThanOrEqual(5);
      for (const v of [iku.targetTahunan, iku.targetRenstra, ...(iku.targetTw ?? [])]) {
        expect(v === null || typeof v === "string" || Number.isFinite(v)).toBe(true);
      }
    }
    for (const p of pk.programs) {
      expect(p.sasaranNo === null || nos.includes(p.sasaranNo)).toBe(true);
      expect(p.anggaran === null || (Number.isFinite(p.anggaran) && p.anggaran >= 0)).toBe(true);
    }
    for (const issue of result.issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.file).toBe(file);
    }
  };

  test("never throws, and everything it returns is well formed", () => {
    fc.assert(
      fc.property(grid, fc.array(merge, { maxLength: 5 }), (values, merges) => {
        const result = readPerjanjianKinerja(sheet(values, merges), "x.xlsx");
        wellFormed(result, "x.xlsx");
        expect(readPerjanjianKinerja(sheet(values, merges), "x.xlsx")).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  test("never throws on grids built around a valid header", () => {
    fc.assert(
      fc.property(grid, (rows) => {
        const result = readPerjanjianKinerja(sheet([HEADER, ...rows]));
        wellFormed(result, undefined);
        expect(codes(result)).not.toContain("pk.header-not-found");
      }),
      { numRuns: 300 },
    );
  });

  test("never throws on workbooks of random sheets", () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 4 }), (grids) => {
        const result = readPerjanjianKinerjaSheets(
          grids.map((values, i) => sheet(i % 2 === 0 ? [HEADER, ...values] : values, [], `S${i}`)),
          "wb.xlsx",
        );
        wellFormed(result, "wb.xlsx");
      }),
      { numRuns: 150 },
    );
  });
});
