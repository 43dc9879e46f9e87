import fc from "fast-check";
import { parsePeriode, parseTahun, readPriorReport } from "../../../src/domain/inputs/prior-reader";
import { a1, type CellValue, type SheetSnapshot } from "../../../src/sheet/plan";

const sheet = (values: CellValue[][], merges: string[] = []): SheetSnapshot => ({
  name: "Realisasi",
  visibility: "visible",
  values,
  merges: merges.map(a1),
});
const N = null;
const brief = (s: SheetSnapshot) => {
  const result = readPriorReport(s, "lalu.xlsx");
  return {
    values: result.values.map((v) => [
      v.kode,
      v.indicatorText,
      v.tahun,
      v.periode,
      v.realisasi,
      v.target,
      v.source.cell,
    ]),
    issues: result.issues.map((i) => [i.severity, i.code, i.row]),
  };
};

describe("parsePeriode and parseTahun", () => {
  test.each([
    ["TW I", "TW1", null],
    ["Triwulan II", "TW2", null],
    ["TW3", "TW3", null],
    ["tw 4", "TW4", null],
    ["Trw IV", "TW4", null],
    ["Q2", "TW2", null],
    [3, "TW3", null],
    ["Tahunan", "TAHUNAN", null],
    ["2025", "TAHUNAN", 2025],
    [2025, "TAHUNAN", 2025],
    ["Tahun 2025", "TAHUNAN", 2025],
    ["TW I 2026", "TW1", 2026],
    ["Triwulan II Tahun 2026", "TW2", 2026],
  ])("%j → %s %p", (v, periode, tahun) => {
    expect(parsePeriode(v)).toEqual({ periode, tahun });
  });
  test.each(["Semester I", "", "TW V", "2025/2026", 5])("%j is not a periode", (v) => {
    expect(parsePeriode(v)).toBeUndefined();
  });
  test("tahun", () => {
    expect(parseTahun(2025)).toBe(2025);
    expect(parseTahun("TA 2025")).toBe(2025);
    expect(parseTahun(null)).toBeNull();
    expect(parseTahun("20x5")).toBeUndefined();
    expect(parseTahun(2025.5)).toBeUndefined();
  });
});

describe("readPriorReport, long form", () => {
  const rows: CellValue[][] = [
    ["REALISASI KINERJA SEKRETARIAT DAERAH — TRIWULAN I 2026 DAN TAHUN 2025", N, N, N, N, N, N],
    [],
    ["No", "Kode", "Indikator", "Realisasi", "Target", "Tahun", "Periode"],
    [N, "4.01.01", N, N, N, N, N],
    [N, "4.01.01.2.01", N, N, N, N, N],
    [1, "4.01.01.2.01.01", "Jumlah Dokumen Perencanaan Perangkat Daerah", 1, 1, 2026, "TW I"],
    [2, N, "Persentase dokumen tepat waktu", "85,5", "100", "2026", "Triwulan I"],
    [3, "4.01.01.2.01.0001", "Jumlah Dokumen Perencanaan Perangkat Daerah", 4, 4, 2025, "Tahunan"],
    [4, "4.01.01.2.01.0006", "Opini BPK", "WTP", N, 2025, "Tahunan"],
    [5, "4.01.01.2.01.0006", "Jumlah Laporan", 2, N, 2026, "Semester I"],
    [6, "4.01.01.2.01.0006", "Jumlah Laporan", 2, N, "20x5", "TW I"],
    [7, "4.01.01.2.01.0006", "Jumlah Laporan", N, N, 2026, "TW I"],
    [8, "4.01.01.2.01.00X6", "Jumlah Laporan", 2, N, 2026, "TW I"],
    [N, N, "Lanjutan", 2, N, 2026, "TW I"],
    [N, "Jumlah", N, 10, N, N, N],
  ];

  test("reads values, passes over program rows, reports what it cannot use", () => {
    expect(brief(sheet(rows))).toEqual({
      values: [
        ["4.01.01.2.01.0001", "Jumlah Dokumen Perencanaan Perangkat Daerah", 2026, "TW1", 1, 1, "D6"],
        ["4.01.01.2.01.0001", "Persentase dokumen tepat waktu", 2026, "TW1", 85.5, 100, "D7"],
        ["4.01.01.2.01.0001", "Jumlah Dokumen Perencanaan Perangkat Daerah", 2025, "TAHUNAN", 4, 4, "D8"],
        ["4.01.01.2.01.0006", "Jumlah Laporan", null, "TW1", 2, null, "D11"],
      ],
      issues: [
        ["warning", "prior.row.realisasi-unreadable", 9],
        ["warning", "prior.row.periode-unknown", 10],
        ["warning", "prior.row.tahun-unknown", 11],
        ["info", "prior.row.no-realisasi", 12],
        ["warning", "prior.row.bad-kode", 13],
        ["warning", "prior.row.after-bad-kode", 14],
        ["info", "prior.row.footer", 15],
      ],
    });
  });

  test("without Tahun and Periode columns: annual values of the one year in the title", () => {
    const result = brief(
      sheet([
        ["LAPORAN KINERJA SEKRETARIAT DAERAH TAHUN 2025"],
        ["Kode", "Tolok Ukur", "Realisasi"],
        ["4.01.02.2.01.0001", "Jumlah dokumen administrasi pemerintahan", "12"],
      ]),
    );
    expect(result.values).toEqual([
      ["4.01.02.2.01.0001", "Jumlah dokumen administrasi pemerintahan", 2025, "TAHUNAN", 12, null, "C3"],
    ]);
    expect(result.issues).toEqual([["info", "prior.tahun-from-title", 1]]);
  });

  test("two years in the title: no year is guessed", () => {
    const result = brief(
      sheet([
        ["Realisasi TW I 2026 dan Tahun 2025"],
        ["Kode", "Indikator", "Realisasi", "Periode"],
        ["4.01.02.2.01.0001", "Jumlah dokumen", 3, "TW I"],
      ]),
    );
    expect(result.values).toEqual([["4.01.02.2.01.0001", "Jumlah dokumen", null, "TW1", 3, null, "C3"]]);
    expect(result.issues).toEqual([]);
  });

  test("an orphan continuation and a missing header", () => {
    expect(
      brief(
        sheet([
          ["Kode", "Indikator", "Realisasi"],
          [N, "Tanpa kode", 1],
        ]),
      ).issues,
    ).toEqual([["warning", "prior.row.orphan", 2]]);
    const missing = readPriorReport(sheet([["Kode", "Indikator", "Target"]]));
    expect(missing.issues.map((i) => i.code)).toEqual(["prior.header-missing"]);
    expect(missing.issues[0]?.message).toContain("Realisasi");
  });
});

describe("readPriorReport, wide form", () => {
  test("this product's kertas kerja: Realisasi TW I … TW IV under a group row, Realisasi Tahun 2025", () => {
    const result = brief(
      sheet(
        [
          ["KERTAS KERJA PENGUMPULAN DATA KINERJA"],
          ["Tahun Anggaran", 2026],
          ["Periode", "Triwulan II"],
          [N, N, N, N, "Target", N, N, N, N, "Realisasi", N, N, N, N, "Capaian s.d. TW II"],
          [
            "Kode",
            "Uraian Program / Kegiatan / Sub Kegiatan",
            "Indikator Kinerja",
            "Satuan",
            "Target Tahunan",
            "Target TW I",
            "Target TW II",
            "Target TW III",
            "Target TW IV",
            "Realisasi Tahun 2025",
            "Realisasi TW I",
            "Realisasi TW II",
            "Realisasi TW III",
            "Realisasi TW IV",
            "Capaian (%)",
          ],
          ["4.01.01", "Program Penunjang", N, N, N, N, N, N, N, N, N, N, N, N, N],
          [
            "4.01.01.2.01.0001",
            "Penyusunan Dokumen",
            "Jumlah Dokumen",
            "Dokumen",
            4,
            1,
            2,
            3,
            4,
            3,
            1,
            2,
            N,
            N,
            100,
          ],
          [N, N, "Persentase tepat waktu", "Persen", 100, 100, 100, 100, 100, N, "90,5", N, N, N, N],
          [N, N, "Belum dilaporkan", "Persen", 100, N, N, N, N, N, N, N, N, N, N],
        ],
        ["E4:I4", "J4:N4"],
      ),
    );
    expect(result.values).toEqual([
      ["4.01.01.2.01.0001", "Jumlah Dokumen", 2026, "TW1", 1, 1, "K7"],
      ["4.01.01.2.01.0001", "Jumlah Dokumen", 2026, "TW2", 2, 2, "L7"],
      ["4.01.01.2.01.0001", "Jumlah Dokumen", 2025, "TAHUNAN", 3, null, "J7"],
      ["4.01.01.2.01.0001", "Persentase tepat waktu", 2026, "TW1", 90.5, 100, "K8"],
    ]);
    expect(result.issues).toEqual([
      ["info", "prior.row.no-realisasi", 9],
      ["info", "prior.tahun-from-title", 2],
    ]);
  });

  test('"Realisasi" merged over "TW I" … "TW IV" and "Tahunan", with a Tahun column', () => {
    const result = brief(
      sheet(
        [
          ["Kode", "Indikator", "Tahun", "Realisasi", N, N, N, N],
          [N, N, N, "TW I", "TW II", "TW III", "TW IV", "Tahunan"],
          ["4.01.03.2.02.02", "Jumlah laporan", 2025, 3, 6, 9, 12, 12],
        ],
        ["A1:A2", "B1:B2", "C1:C2", "D1:H1"],
      ),
    );
    expect(result.values.map((v) => [v[0], v[2], v[3], v[4]])).toEqual([
      ["4.01.03.2.02.0002", 2025, "TW1", 3],
      ["4.01.03.2.02.0002", 2025, "TW2", 6],
      ["4.01.03.2.02.0002", 2025, "TW3", 9],
      ["4.01.03.2.02.0002", 2025, "TW4", 12],
      ["4.01.03.2.02.0002", 2025, "TAHUNAN", 12],
    ]);
    expect(result.issues).toEqual([]);
  });
});

test("readPriorReport never throws (property)", () => {
  const cell = fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.constant(null),
    fc.constantFrom(
      "Kode",
      "Indikator",
      "Realisasi",
      "Realisasi TW I",
      "Tahun",
      "Periode",
      "TW II",
      "2025",
      "4.01.01.2.01.01",
    ),
  );
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 }), (values) => {
      const result = readPriorReport(sheet(values));
      for (const v of result.values) expect(Number.isFinite(v.realisasi)).toBe(true);
    }),
    { numRuns: 300 },
  );
});
