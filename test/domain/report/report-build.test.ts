/**
 * The Laporan Kinerja as data: its two forms' structure, its sentences against figures computed by
 * hand from what the Bagian typed (iku-fixture.ts), its sections without data, and determinism.
 */
import { buildReport } from "../../../src/domain/report/report-build";
import type { Kode } from "../../../src/domain/shared/types";
import type { ReportBlock, ReportDocument } from "../../../src/domain/report/report-model";
import { laporan as L } from "../../../src/strings/laporan";
import { makeSetup } from "../../support/round-fixture";
import {
  annualCase,
  laporanCase,
  quarterlyCase,
  SEKDA,
  tablesOf,
  textsOf,
  type LaporanCase,
} from "../../support/laporan-fixture";

const blocksOf = (doc: ReportDocument): ReportBlock[] => doc.chapters.flatMap((c) => c.blocks);
const headings = (doc: ReportDocument): string[] =>
  blocksOf(doc).flatMap((b) => (b.kind === "heading" ? [b.text] : []));
const empties = (doc: ReportDocument): string[] =>
  blocksOf(doc).flatMap((b) => (b.kind === "empty" ? [b.text] : []));
const table = (doc: ReportDocument, id: string) => tablesOf(doc).find((t) => t.id === id)!;
const column = (doc: ReportDocument, id: string, i: number) =>
  table(doc, id).rows.map((r) => r.cells[i]?.value);

describe("the annual report (TW IV)", () => {
  let c: LaporanCase;
  beforeAll(() => {
    c = annualCase();
  });

  test("the form of Permenpan RB 53/2014: five chapters, the comparisons, the PK in the appendix", () => {
    expect(c.doc.form).toBe("tahunan");
    expect(c.doc.title).toBe("LAPORAN KINERJA INSTANSI PEMERINTAH");
    expect(c.doc.chapters.map((ch) => ch.title)).toEqual([
      "BAB I PENDAHULUAN",
      "BAB II PERENCANAAN KINERJA",
      "BAB III AKUNTABILITAS KINERJA",
      "BAB IV PENUTUP",
      "LAMPIRAN",
    ]);
    expect(headings(c.doc)).toEqual(
      expect.arrayContaining([
        "1. Capaian per Sasaran Strategis",
        "2. Perbandingan dengan Tahun Sebelumnya",
        "3. Perbandingan dengan Target Akhir Renstra",
        "4. Perbandingan dengan Standar Nasional",
        "5. Analisis Penyebab Keberhasilan dan Kegagalan",
        "6. Analisis Efisiensi Penggunaan Sumber Daya",
        "7. Program dan Kegiatan Pendukung",
        "8. Capaian per Bagian, Program, Kegiatan dan Sub Kegiatan",
        "B. Realisasi Anggaran",
        "A. Perjanjian Kinerja",
        "D. Sumber Data",
      ]),
    );
    expect(c.doc.penandatangan).toEqual({ nama: SEKDA.nama, jabatan: SEKDA.jabatan, nip: SEKDA.nip });
    expect(c.doc.disusun).toBe("2027-01-05");
  });

  test("one table per sasaran strategis, its IKU in the PK's order, then the sasaran's capaian", () => {
    const ids = tablesOf(c.doc)
      .map((t) => t.id)
      .filter((id) => id.startsWith("bab3-sasaran-"));
    expect(ids).toEqual(["bab3-sasaran-1", "bab3-sasaran-2"]);
    expect(column(c.doc, "bab3-sasaran-1", 1)).toEqual([
      "Nilai SAKIP Sekretariat Daerah",
      "Opini BPK atas Laporan Keuangan",
      "Capaian Sasaran Strategis 1",
    ]);
    // Capaian by hand: 74 ÷ 72 × 100 = 102,78; WTP ÷ WTP on the scores 4 ÷ 4 = 100; mean 101,39.
    expect(column(c.doc, "bab3-sasaran-1", 5)).toEqual([102.78, 100, 101.39]);
    // 82 ÷ 80 = 102,5; negative kumulatif (2 × 20 − (6 + 5 + 4 + 3)) ÷ 20 = 110; mean 106,25.
    expect(column(c.doc, "bab3-sasaran-2", 5)).toEqual([102.5, 110, 106.25]);
    expect(column(c.doc, "bab3-sasaran-2", 4)).toEqual([82, 18, null]);
  });

  test("the sentences say the hand-computed figures", () => {
    const texts = textsOf(c.doc).join("\n");
    // 9 indicators: 5 Sangat Tinggi (the four IKU and 190 % on "waktu penyelesaian"), 4 Sangat Rendah.
    expect(texts).toContain(
      "Dari 9 indikator kinerja, 5 (55,56 %) berpredikat Sangat Tinggi dan 4 (44,44 %) Sangat Rendah.",
    );
    expect(texts).toContain("Dari 4 IKU, 4 (100,00 %) berpredikat Sangat Tinggi.");
    expect(texts).toContain(
      "Capaian Sasaran Strategis 1 sebesar 101,39 % dengan predikat Sangat Tinggi, yaitu rata-rata capaian 2 " +
        "dari 2 IKU-nya yang dapat dihitung (masing-masing dibatasi 120 %).",
    );
    expect(texts).toContain(
      "Capaian IKU “Nilai SAKIP Sekretariat Daerah” sebesar 102,78 % (realisasi 74 dari target 72 Nilai), " +
        "berpredikat Sangat Tinggi.",
    );
    // 74 − 66,5 = 7,5 against 2025, the last year the PK gives.
    expect(texts).toContain(
      "Realisasi IKU “Nilai SAKIP Sekretariat Daerah” Tahun 2026 sebesar 74, naik 7,5 dari 66,5 pada Tahun 2025 (membaik).",
    );
    // 74 ÷ 80 × 100 = 92,5.
    expect(texts).toContain(
      "Realisasi IKU “Nilai SAKIP Sekretariat Daerah” telah mencapai 92,50 % dari target akhir Renstra sebesar 80.",
    );
    // PEM: (102,5 + 110 + 8,33 + 120 capped) ÷ 4 = 85,21; ORG: (102,78 + 100 + 1,43 + 25 + 1) ÷ 5 = 46,04.
    expect(texts).toContain(
      "Rata-rata capaian tertinggi per Bagian dicapai Bagian Pemerintahan (85,21 %) dan terendah Bagian Organisasi (46,04 %).",
    );
    // 200.000.000 + 1.000.000.000 of 250.000.000 + 1.250.000.000.
    expect(texts).toContain(
      "Realisasi anggaran Tahun 2026 sebesar Rp 1.200.000.000 dari pagu Rp 1.500.000.000 (serapan 80,00 %).",
    );
    expect(texts).toContain("Capaian kinerja Tahun 2026 dihitung dari kertas kerja seluruh 2 Bagian.");
    expect(texts).toContain("laporan disusun pada 5 Januari 2027.");
    expect(texts).toContain(
      "Sebanyak 4 indikator berpredikat Rendah atau Sangat Rendah dan memerlukan perhatian pada periode berikutnya.",
    );
  });

  test("Bab I: the statutory tugas of a Sekretariat Daerah, the Bagian, the obstacles grouped", () => {
    expect(textsOf(c.doc).some((t) => t.startsWith("Sesuai Peraturan Pemerintah Nomor 18 Tahun 2016"))).toBe(
      true,
    );
    expect(column(c.doc, "bab1-bagian", 2)).toEqual(["Ahmad Rizani", "Siti Rahmah"]);
    // "Keterbatasan anggaran" (PEM) and "keterbatasan  anggaran " (ORG) are one issue, in Data's order.
    expect(table(c.doc, "bab1-permasalahan").rows.map((r) => r.cells.map((x) => x.value))).toEqual([
      [1, "Keterbatasan anggaran", "Bagian Pemerintahan, Bagian Organisasi"],
      [2, "Data dari Perangkat Daerah terlambat diterima", "Bagian Organisasi"],
    ]);
    expect(textsOf(c.doc)).toContain(
      "Permasalahan yang dihadapi pada Tahun 2026, sebagaimana dituliskan oleh 2 Bagian sebagai faktor penghambat " +
        "dalam kertas kerjanya, dihimpun menjadi 2 pokok permasalahan; teks yang sama dari beberapa Bagian " +
        "dicantumkan sekali.",
    );
    expect(textsOf(c.doc)).toContain(
      "Mengusulkan tambahan anggaran pada APBD Perubahan (Bagian Pemerintahan dan Bagian Organisasi)",
    );
  });

  test("the causes quote the Bagian per sasaran and per program", () => {
    const perSasaran = table(c.doc, "bab3-penyebab-sasaran").rows.map((r) => r.cells.map((x) => x.value));
    expect(perSasaran).toEqual([
      ["Sasaran Strategis 1: Meningkatnya akuntabilitas kinerja Sekretariat Daerah", null, null, null, null],
      [
        "Nilai SAKIP Sekretariat Daerah",
        "Bagian Organisasi",
        null,
        "keterbatasan  anggaran ",
        "Mengusulkan tambahan anggaran pada APBD Perubahan",
      ],
      ["Sasaran Strategis 2: Meningkatnya kualitas pelayanan pemerintahan", null, null, null, null],
      [
        "Indeks Kepuasan Layanan Pemerintahan",
        "Bagian Pemerintahan",
        "Survei kepuasan dilaksanakan tepat waktu",
        "Keterbatasan anggaran",
        "Mengusulkan tambahan anggaran pada APBD Perubahan",
      ],
    ]);
    expect(column(c.doc, "bab3-penyebab-program", 0)).toEqual([
      "4.01.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      "Jumlah Dokumen Evaluasi Kinerja",
    ]);
  });

  test("the programs' pagu from Data (the PK has no programs table), in rupiah", () => {
    expect(column(c.doc, "bab2-program", 3)).toEqual([250_000_000, 1_250_000_000]);
    expect(textsOf(c.doc)).toContain(
      "Menurut kertas kerja yang diterima, terdapat 2 program dengan pagu seluruhnya Rp 1.500.000.000.",
    );
  });

  test("with a programs table in the PK, Bab II and the appendix list it as typed", () => {
    const row = (kode: string, name: string, anggaran: number | null, sasaranNo: string, r: number) => ({
      kode: kode as Kode,
      name,
      anggaran,
      sasaranNo,
      source: { sheet: "PK", row: r },
    });
    const pk = {
      ...c.pk!,
      programs: [
        row("4.01.01", "Program Penunjang", 350_000_000, "1", 20),
        row("4.01.02", "Program Pemerintahan", 1_250_000_000, "2", 21),
        // Supporting a second sasaran: written again, its anggaran once.
        row("4.01.02", "Program Pemerintahan", null, "1", 22),
      ],
    };
    const doc = laporanCase("pk-program", c.setup, c.subs, pk).doc;
    expect(column(doc, "bab2-program", 3)).toEqual([350_000_000, 1_250_000_000, null]);
    expect(table(doc, "bab2-program").source).toEqual({
      sheet: "Perjanjian Kinerja",
      range: null,
      files: [],
    });
    // 350.000.000 + 1.250.000.000, the program written twice counted once.
    expect(textsOf(doc)).toContain(
      "Sasaran strategis tersebut didukung oleh 2 program dan kegiatan menurut Perjanjian Kinerja, dengan " +
        "anggaran seluruhnya Rp 1.600.000.000.",
    );
    expect(column(doc, "lampiran-pk-program", 2)).toEqual([
      "Program Penunjang",
      "Program Pemerintahan",
      "Program Pemerintahan",
    ]);
  });

  test("the same input gives the same document", () => {
    expect(buildReport(c.input)).toEqual(c.doc);
    expect(annualCase().doc).toEqual(c.doc);
  });

  test("the appendix lists each table's source, and the files with their SHA-256", () => {
    const sumber = table(c.doc, "lampiran-sumber");
    const listed = tablesOf(c.doc).filter((t) => !["lampiran-sumber", "lampiran-berkas"].includes(t.id));
    expect(sumber.rows.map((r) => r.cells[1]?.value)).toEqual(listed.map((t) => t.title));
    expect(sumber.rows.map((r) => r.cells[2]?.value)).toEqual(listed.map((t) => t.source.sheet));
    const berkas = table(c.doc, "lampiran-berkas").rows.map((r) => [r.cells[2]?.value, r.cells[3]?.value]);
    // In Data's order: the Bagian in the setup's order.
    const sub = (kode: string) => c.subs.find((s) => s.bagian.kode === kode)!.file;
    expect(berkas).toEqual(["PEM", "ORG"].map((k) => [sub(k).name, sub(k).sha256]));
  });
});

describe("the quarterly report (TW III)", () => {
  let c: LaporanCase;
  beforeAll(() => {
    c = quarterlyCase();
  });

  test("the short form: no comparisons, no PK appendix", () => {
    expect(c.doc.form).toBe("triwulan");
    expect(c.doc.title).toBe("LAPORAN KINERJA TRIWULAN III");
    const h = headings(c.doc);
    expect(h).not.toContain("2. Perbandingan dengan Tahun Sebelumnya");
    expect(h).toContain("2. Analisis Penyebab Keberhasilan dan Kegagalan");
    expect(h).toContain("5. Capaian per Bagian, Program, Kegiatan dan Sub Kegiatan");
    expect(h.filter((x) => x.includes("Lampiran") || /^[A-D]\. /.test(x)).slice(-3)).toEqual([
      "A. Capaian Indikator per Bagian",
      "B. Penyerahan Kertas Kerja",
      "C. Sumber Data",
    ]);
    expect(c.doc.penandatangan).toBeNull();
  });

  test("the sentences of a quarter: who reported, the IKU not yet reported, serapan against the plan", () => {
    const texts = textsOf(c.doc);
    expect(texts).toContain(
      "Capaian kinerja Triwulan III Tahun 2026 dihitung dari kertas kerja 1 dari 2 Bagian; 1 Bagian belum " +
        "menyerahkan, dan 1 Bagian menyerahkan setelah batas waktu.",
    );
    // ORG alone: 70 ÷ 72 = 97,22 and WTP Sangat Tinggi; 1 ÷ 70, 1 ÷ 3, 1 ÷ 100 Sangat Rendah.
    expect(texts).toContain(
      "Dari 5 indikator kinerja, 2 (40,00 %) berpredikat Sangat Tinggi dan 3 (60,00 %) Sangat Rendah.",
    );
    expect(texts).toContain(
      "Dari 4 IKU, 2 (50,00 %) berpredikat Sangat Tinggi dan 2 (50,00 %) belum dilaporkan.",
    );
    expect(texts.join(" ")).toContain(
      "IKU “Indeks Kepuasan Layanan Pemerintahan” belum dilaporkan realisasinya.",
    );
    // 200.000.000 of 250.000.000 = 80 %; of the 250.000.000 × 3/4 planned s.d. TW III = 106,67 %.
    expect(texts).toContain(
      "Realisasi anggaran s.d. Triwulan III sebesar Rp 200.000.000 dari pagu setahun Rp 250.000.000, atau " +
        "80,00 % dari pagu dan 106,67 % dari anggaran yang direncanakan s.d. Triwulan III.",
    );
    // Sasaran 1: 98,61 − 106,67 = −8,06: between the margins.
    expect(texts).toContain("Dari 2 sasaran strategis, 1 dapat dinilai efisiensinya: 1 Sebanding.");
    expect(texts).toContain(
      "Pada periode ini, 1 Bagian belum menyerahkan kertas kerja dan 1 Bagian menyerahkan setelah batas waktu.",
    );
  });

  test("the appendix names the Bagian that did not submit or were late", () => {
    expect(table(c.doc, "lampiran-status").rows.map((r) => r.cells.slice(1, 4).map((x) => x.value))).toEqual([
      ["Bagian Pemerintahan", "Belum menyerahkan", null],
      ["Bagian Organisasi", "Sudah menyerahkan", "Terlambat"],
    ]);
    expect(column(c.doc, "lampiran-status", 4)).toEqual([null, "10 April 2026 09.00 WITA"]);
  });

  test("the same input gives the same document", () => {
    expect(quarterlyCase().doc).toEqual(c.doc);
  });
});

describe("sections without data", () => {
  const setup = makeSetup({}, "TW2");
  const bare = laporanCase("kosong", { ...setup, instansi: "Dinas Kominfo Kabupaten Tapin" }, [], null);

  test("each says so in one line; no table is empty", () => {
    expect(empties(bare.doc)).toEqual(
      expect.arrayContaining([
        L.empty.permasalahan,
        L.empty.noPk,
        L.empty.program,
        L.empty.indikator,
        L.empty.penyebabSasaran,
        L.empty.penyebabProgram,
        L.empty.efisiensi("Bagian"),
        L.empty.efisiensi("program"),
        L.empty.capaianProgram,
        L.empty.anggaran,
        L.empty.tindakLanjut,
        L.empty.lampiranBagian,
        L.empty.berkas,
      ]),
    );
    for (const t of tablesOf(bare.doc)) expect([t.id, t.rows.length > 0]).toEqual([t.id, true]);
    expect(JSON.stringify(bare.doc)).not.toMatch(/\[isi|…\]|TODO|undefined|NaN/);
  });

  test("an instansi other than a Sekretariat Daerah gets the neutral sentence", () => {
    expect(textsOf(bare.doc)).toContain(
      "Dinas Kominfo Kabupaten Tapin melaksanakan tugas dan fungsi sebagaimana ditetapkan dalam peraturan " +
        "perundang-undangan tentang kedudukan, susunan organisasi, tugas dan fungsinya.",
    );
  });

  test("nobody submitted: both Bagian are listed as not submitted", () => {
    expect(column(bare.doc, "lampiran-status", 2)).toEqual(["Belum menyerahkan", "Belum menyerahkan"]);
  });
});
