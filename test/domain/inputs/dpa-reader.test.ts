import fc from "fast-check";
import { parseAggregation, parsePolarity } from "../../../src/domain/inputs/dpa-columns";
import { readDpa } from "../../../src/domain/inputs/dpa-reader";
import { parseKode } from "../../../src/domain/shared/kode";
import { a1, type CellValue, type SheetSnapshot } from "../../../src/sheet/plan";

const sheet = (values: CellValue[][], merges: string[] = []): SheetSnapshot => ({
  name: "DPA",
  visibility: "visible",
  values,
  merges: merges.map(a1),
});
const N = null;
const codes = (s: SheetSnapshot): string[] => readDpa(s).issues.map((i) => i.code);

describe("readDpa header", () => {
  test("a two-row header without merge information still reads (children name the columns)", () => {
    const { dpa, issues } = readDpa(
      sheet([
        ["Kode", "Uraian", "Indikator Kinerja", N, N, "Pagu"],
        [N, N, "Tolok Ukur", "Target", "Satuan", N],
        [
          "4.01.01.2.01.0001",
          "Penyusunan Dokumen Perencanaan Perangkat Daerah",
          "Jumlah Dokumen",
          4,
          "Dokumen",
          1000,
        ],
      ]),
    );
    expect(issues).toEqual([]);
    expect(dpa.nodes).toHaveLength(1);
    expect(dpa.nodes[0]?.indicators[0]).toMatchObject({
      text: "Jumlah Dokumen",
      targetTahunan: 4,
      satuan: "Dokumen",
    });
    expect(dpa.nodes[0]?.source.row).toBe(3);
  });

  test('"Target" merged over "Tahunan" and "TW I" … "TW IV" gives the quarterly targets', () => {
    const { dpa, issues } = readDpa(
      sheet(
        [
          ["Kode", "Uraian", "Indikator", "Satuan", "Target", N, N, N, N, "Pagu Anggaran 2026 (Rp)"],
          [N, N, N, N, "Tahunan", "TW I", "TW II", "TW III", "TW IV", N],
          [
            "4.01.01.2.14.0001",
            "Fasilitasi Keprotokolan",
            "Jumlah kegiatan",
            "Kegiatan",
            40,
            10,
            20,
            30,
            40,
            "350.000.000",
          ],
        ],
        ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:I1", "J1:J2"],
      ),
    );
    expect(issues).toEqual([]);
    expect(dpa.nodes[0]).toMatchObject({ pagu: 350000000 });
    expect(dpa.nodes[0]?.indicators[0]).toMatchObject({ targetTahunan: 40, targetTw: [10, 20, 30, 40] });
  });

  test("SIPD layout: the kind under Indikator, the text under Tolok Ukur Kinerja", () => {
    const { dpa, issues } = readDpa(
      sheet([
        ["Kode", "Uraian", "Indikator", "Tolok Ukur Kinerja", "Target Kinerja", "Satuan", "Jumlah (Rp)"],
        [
          "4.01.01.2.01.0006",
          "Koordinasi dan Penyusunan Laporan",
          "Keluaran",
          "Jumlah Laporan",
          5,
          "Laporan",
          10,
        ],
        [N, N, "Masukan", "Dana", "Rp 10", "Rupiah", N],
        [N, N, "Hasil", "Persentase laporan tepat waktu", "100", "%", N],
      ]),
    );
    expect(dpa.nodes[0]?.indicators.map((i) => [i.jenis, i.text])).toEqual([
      ["Keluaran", "Jumlah Laporan"],
      ["Hasil", "Persentase laporan tepat waktu"],
    ]);
    expect(issues.map((i) => i.code)).toEqual(["dpa.row.masukan"]);
  });

  test("a missing header is one error naming the labels that would do", () => {
    const result = readDpa(sheet([["Laporan"], ["Tidak ada tabel di sini"], [1, 2, 3]]));
    expect(result.dpa.nodes).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ severity: "error", code: "dpa.header-not-found", sheet: "DPA" });
    expect(result.issues[0]?.message).toContain("Pagu Anggaran (Rp)");
    expect(result.issues[0]?.expected).toContain('"Tolok Ukur"');
  });

  test("the header is looked for in the first 30 rows only", () => {
    const rows: CellValue[][] = Array.from({ length: 30 }, () => ["judul"]);
    rows.push(["Kode", "Uraian", "Indikator", "Target", "Satuan", "Pagu"]);
    expect(codes(sheet(rows))).toEqual(["dpa.header-not-found"]);
    expect(codes(sheet(rows.slice(1)))).toEqual(["dpa.empty"]);
  });

  test("a second column of the same kind is ignored with an info", () => {
    const result = readDpa(
      sheet([
        ["Kode", "Uraian", "Indikator", "Target", "Satuan", "Pagu", "Anggaran"],
        ["4.01.01", "Program", "Nilai", 1, "Nilai", 5, 6],
      ]),
    );
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([["dpa.header.column-ignored", "G1"]]);
    expect(result.dpa.nodes[0]?.pagu).toBe(5);
  });

  test("a header repeated on a later page is skipped", () => {
    const header = ["Kode", "Uraian", "Indikator", "Target", "Satuan", "Pagu"];
    const rows: CellValue[][] = [header, ["4.01.01", "Program", "Nilai", 1, "Nilai", 5], header];
    expect(codes(sheet(rows))).toEqual(["dpa.row.header-repeated"]);
  });
});

describe("polarity and aggregation cells", () => {
  test.each([
    ["Positif", "positif"],
    ["+", "positif"],
    ["Naik", "positif"],
    ["Maksimalisasi", "positif"],
    ["negatif", "negatif"],
    ["-", "negatif"],
    ["turun", "negatif"],
    [null, null],
    ["?", undefined],
  ])("polarity %j → %p", (v, p) => {
    expect(parsePolarity(v)).toBe(p);
  });
  test.each([
    ["Kumulatif", "kumulatif"],
    ["nilai akhir", "nilai-akhir"],
    ["Nilai-Akhir", "nilai-akhir"],
    ["Persentase", "persentase"],
    ["", null],
    ["rata-rata", undefined],
  ])("aggregation %j → %p", (v, a) => {
    expect(parseAggregation(v)).toBe(a);
  });
});

describe("readDpa on any grid (property)", () => {
  const cell = fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(
      "Kode",
      "Uraian",
      "Indikator Kinerja",
      "Tolok Ukur",
      "Target",
      "Satuan",
      "Pagu",
      "Bagian",
      "Target TW I",
      "Polaritas",
      "Jenis",
      "4",
      "4.01",
      "4.01.01",
      "4.01.01.2.01",
      "4.01.01.2.01.0001",
      "4.01.01.2.01.01",
      "Jumlah",
      "1.234,5",
      "1,234.5",
      "WTP",
      "Masukan",
      "-",
    ),
  );
  const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 });
  const merge = fc
    .tuple(fc.nat(8), fc.nat(25), fc.nat(3), fc.nat(2), fc.constantFrom("", "Z", "A0:"))
    .map(
      ([c, r, w, h, junk]) =>
        `${junk}${String.fromCharCode(65 + c)}${r + 1}:${String.fromCharCode(65 + c + w)}${r + 1 + h}`,
    );

  test("never throws, and everything it returns is well formed", () => {
    fc.assert(
      fc.property(grid, fc.array(merge, { maxLength: 5 }), (values, merges) => {
        const result = readDpa(sheet(values, merges), "x.xlsx");
        const keys = result.dpa.nodes.flatMap((n) => n.indicators.map((i) => i.key));
        expect(new Set(keys).size).toBe(keys.length);
        for (const node of result.dpa.nodes) {
          const parsed = parseKode(node.kode);
          expect(parsed.ok && parsed.level === node.level).toBe(true);
          expect(node.pagu === null || Number.isFinite(node.pagu)).toBe(true);
        }
        for (const issue of result.issues) {
          expect(issue.message.length).toBeGreaterThan(0);
          expect(issue.file).toBe("x.xlsx");
          expect(["error", "warning", "info"]).toContain(issue.severity);
        }
        expect(readDpa(sheet(values, merges), "x.xlsx")).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  test("never throws on grids built around a valid header", () => {
    const header: CellValue[] = [
      "Kode",
      "Uraian",
      "Indikator",
      "Target",
      "Satuan",
      "Pagu",
      "Bagian",
      "Target TW I",
    ];
    fc.assert(
      fc.property(grid, (rows) => {
        const result = readDpa(sheet([header, ...rows]));
        expect(result.issues.every((i) => i.code !== "dpa.header-not-found")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
