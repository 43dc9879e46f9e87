/**
 * Laporan Kinerja documents built by hand, as the report builder would make them from a master of
 * Sekretariat Daerah Kabupaten Tapin, 2026: a cover, four bab and the Lampiran (with "Sumber data"),
 * tables of every value kind — one of eight columns, group and total rows, cells naming their
 * master cell — a long paragraph, bullets, a section with no data, and the approvals in several
 * states. The figures are plain numbers; the renderer formats them.
 */
import type {
  ReportApproval,
  ReportBlock,
  ReportDocument,
  ReportTable,
} from "../../src/domain/report/report-model";
import {
  anggaranTable,
  bagianTable,
  efisiensiTable,
  faktorTable,
  pkTable,
  programTable,
  sasaranTable,
  sumberDataTable,
  trendTable,
} from "./docx-fixture-tables";

const heading = (level: 1 | 2 | 3, text: string): ReportBlock => ({ kind: "heading", level, text });
const para = (text: string): ReportBlock => ({ kind: "paragraph", text });

/** A paragraph long enough to run over several lines, as the narrative of Bab I does. */
export const LONG_PARAGRAPH =
  "Laporan Kinerja Instansi Pemerintah (LKjIP) Sekretariat Daerah Kabupaten Tapin Tahun 2026 " +
  "disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi dalam " +
  "mencapai sasaran strategis yang ditetapkan dalam Perjanjian Kinerja Tahun 2026, sesuai " +
  "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi " +
  "Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi " +
  "Nomor 53 Tahun 2014. Laporan ini memuat capaian setiap Indikator Kinerja Utama terhadap " +
  "targetnya, perbandingannya dengan tahun-tahun sebelumnya dan dengan target akhir Rencana " +
  "Strategis, analisis penyebab keberhasilan dan kegagalan beserta upaya yang telah dilakukan, " +
  "efisiensi penggunaan sumber daya, serta realisasi anggaran per program, kegiatan dan sub " +
  "kegiatan. Seluruh angka dalam laporan ini dihimpun dari kertas kerja yang disampaikan oleh " +
  "setiap Bagian dan ditelusuri sampai ke sel buku kerja induk yang memuatnya.";

/** The line of a section with no data. */
export const EMPTY_LINE =
  "Tidak ada standar nasional yang ditetapkan untuk indikator kinerja utama Sekretariat Daerah; perbandingan dengan standar nasional tidak dapat disajikan.";

export const PARAF_VOID: ReportApproval = {
  kind: "paraf",
  role: "Kepala Bagian Umum dan Keuangan",
  nama: "Hj. Siti Rahmah, S.E., M.M.",
  jabatan: "Kepala Bagian Umum dan Keuangan",
  nip: "197803152005012004",
  at: "2027-01-04T14:20:00+08:00",
  fingerprint: "4b7d1e0a9c3f55e2810b6d4a7f9e2c1d3b5a6978e0f1d2c3b4a5968778695a4b",
  valid: false,
};
export const PARAF_VALID: ReportApproval = {
  ...PARAF_VOID,
  at: "2027-01-05T09:05:00+08:00",
  fingerprint: "c1a9e37f02d4b6a8e1f3c5d7b9a0e2f4c6d8b0a1e3f5c7d9b1a3e5f7c9d1b3a5",
  valid: true,
};
export const TTD_VALID: ReportApproval = {
  kind: "ttd",
  role: "Sekretaris Daerah",
  nama: "Drs. H. Sofyan, M.Si.",
  jabatan: "Sekretaris Daerah Kabupaten Tapin",
  nip: "196504221988031008",
  at: "2027-01-05T10:30:00+08:00",
  fingerprint: PARAF_VALID.fingerprint,
  valid: true,
};
export const TTD_VOID: ReportApproval = { ...TTD_VALID, at: "2027-01-04T15:45:00+08:00", valid: false };

export const PENANDATANGAN = { nama: TTD_VALID.nama, jabatan: TTD_VALID.jabatan, nip: TTD_VALID.nip };

function bab1(): ReportBlock[] {
  return [
    heading(1, "A. Latar Belakang"),
    para(LONG_PARAGRAPH),
    heading(1, "B. Tugas dan Fungsi"),
    para(
      "Sekretariat Daerah mempunyai tugas membantu Bupati dalam penyusunan kebijakan dan " +
        "pengoordinasian administratif terhadap pelaksanaan tugas Perangkat Daerah serta " +
        "pelayanan administratif. Dalam melaksanakan tugas tersebut Sekretariat Daerah " +
        "menyelenggarakan fungsi:",
    ),
    {
      kind: "bullets",
      items: [
        "pengoordinasian penyusunan kebijakan daerah;",
        "pengoordinasian pelaksanaan tugas Perangkat Daerah;",
        "pemantauan dan evaluasi pelaksanaan kebijakan daerah;",
        "pembinaan administrasi dan aparatur sipil negara pada instansi daerah.",
      ],
    },
    heading(1, "C. Struktur Organisasi"),
    para(
      "Sekretariat Daerah terdiri atas sembilan Bagian, masing-masing dipimpin oleh seorang Kepala Bagian:",
    ),
    bagianTable(),
    heading(1, "D. Permasalahan yang Dihadapi"),
    para(
      "Faktor penghambat yang disampaikan Bagian pada periode ini, setelah dikelompokkan, adalah sebagai berikut:",
    ),
    {
      kind: "bullets",
      items: [
        "keterlambatan penyampaian data kinerja oleh sebagian Bagian (3 Bagian);",
        "pergantian pejabat pengelola kegiatan pada pertengahan tahun (2 Bagian);",
        "penyesuaian anggaran pada Perubahan APBD yang menggeser jadwal kegiatan (4 Bagian).",
      ],
    },
  ];
}

function bab2(): ReportBlock[] {
  return [
    heading(1, "A. Perjanjian Kinerja"),
    para(
      "Perjanjian Kinerja Sekretaris Daerah Tahun 2026 memuat 2 sasaran strategis dengan 4 indikator kinerja utama:",
    ),
    pkTable("Tabel 2.1 Perjanjian Kinerja Tahun 2026"),
    heading(1, "B. Program dan Anggaran"),
    para("Sasaran strategis tersebut didukung oleh 3 program dengan pagu seluruhnya Rp 4.375.500.000."),
    programTable(),
  ];
}

function bab3(): ReportBlock[] {
  return [
    heading(1, "A. Capaian Kinerja Organisasi"),
    para(
      "Dari 4 indikator kinerja utama, 3 (75,00 %) berpredikat Sangat Tinggi dan 1 (25,00 %) berpredikat Tinggi.",
    ),
    heading(2, "1. Sasaran Strategis 1: Meningkatnya akuntabilitas kinerja Pemerintah Daerah"),
    para("Capaian IKU Nilai SAKIP sebesar 92,50 %, naik dari 85,00 % pada tahun 2025."),
    sasaranTable(),
    trendTable(),
    heading(3, "a. Perbandingan dengan Standar Nasional"),
    { kind: "empty", text: EMPTY_LINE },
    heading(3, "b. Analisis Penyebab Keberhasilan dan Kegagalan"),
    faktorTable(),
    heading(3, "c. Efisiensi Penggunaan Sumber Daya"),
    para(
      "Efisiensi dinilai dengan membandingkan capaian kinerja s.d. periode dengan serapan anggaran " +
        "terhadap anggaran yang direncanakan s.d. periode (anggaran kas).",
    ),
    efisiensiTable(),
    heading(1, "B. Realisasi Anggaran"),
    para("Realisasi anggaran Tahun 2026 sebesar Rp 4.032.785.250 atau 92,17 % dari pagu Rp 4.375.500.000."),
    anggaranTable(),
  ];
}

function bab4(): ReportBlock[] {
  return [
    heading(1, "A. Kesimpulan"),
    para(
      "Secara umum kinerja Sekretariat Daerah Kabupaten Tapin Tahun 2026 berpredikat Sangat Tinggi, " +
        "dengan rata-rata capaian indikator kinerja utama 98,11 % dan serapan anggaran 92,17 %.",
    ),
    heading(1, "B. Tindak Lanjut"),
    {
      kind: "bullets",
      items: [
        "mempercepat penyampaian data kinerja melalui jadwal pengumpulan yang ditetapkan sejak Januari;",
        "menyusun rencana aksi per triwulan untuk indikator yang capaiannya di bawah target.",
      ],
    },
  ];
}

/** The tables of the document, in order (for tests that walk every figure). */
export function tablesOf(doc: ReportDocument): ReportTable[] {
  return doc.chapters.flatMap((c) => c.blocks.filter((b): b is ReportTable => b.kind === "table"));
}

export interface LaporanFixtureOptions {
  approvals?: ReportApproval[];
  penandatangan?: ReportDocument["penandatangan"];
  form?: ReportDocument["form"];
  periode?: ReportDocument["periode"];
}

/** The annual LKjIP 2026, by default paraf voided then given again, the signature not yet given. */
export function laporanFixture(options: LaporanFixtureOptions = {}): ReportDocument {
  const form = options.form ?? "tahunan";
  const doc: ReportDocument = {
    title: form === "tahunan" ? "LAPORAN KINERJA INSTANSI PEMERINTAH" : "LAPORAN KINERJA TRIWULAN II",
    instansi: "Sekretariat Daerah Kabupaten Tapin",
    tahun: 2026,
    periode: options.periode ?? (form === "tahunan" ? "TAHUNAN" : "TW2"),
    form,
    disusun: "2027-01-05",
    chapters: [
      { title: "BAB I PENDAHULUAN", blocks: bab1() },
      { title: "BAB II PERENCANAAN KINERJA", blocks: bab2() },
      { title: "BAB III AKUNTABILITAS KINERJA", blocks: bab3() },
      { title: "BAB IV PENUTUP", blocks: bab4() },
      {
        title: "LAMPIRAN",
        blocks: [
          heading(1, "Lampiran 1 Perjanjian Kinerja"),
          pkTable("Tabel L.1 Perjanjian Kinerja Tahun 2026"),
          heading(1, "Lampiran 2 Sumber Data"),
          para("Setiap tabel laporan ini dibaca dari sel buku kerja induk dan kertas kerja berikut."),
          sumberDataTable(),
        ],
      },
    ],
    approvals: options.approvals ?? [PARAF_VOID, PARAF_VALID],
    penandatangan: options.penandatangan === undefined ? PENANDATANGAN : options.penandatangan,
  };
  return doc;
}
