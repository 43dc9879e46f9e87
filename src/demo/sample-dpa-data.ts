/**
 * The sample DPA as authored: programs, their kegiatan and sub kegiatan with pagu, Bagian and
 * indicators, written compactly so the table reads like the DPA itself. sample-dpa.ts shapes it into
 * rows (defaults filled in, pagu summed up). Codes and names follow Kepmendagri 050-5889/2021 (the
 * real ones listed in DOMAIN.md, others invented in the same pattern); pagu are realistic for a
 * kabupaten Setda.
 */
import { NEG, type ProgDef, sub } from "./sample-dpa-authoring";
import { PROGRAM_PENUNJANG } from "./sample-dpa-penunjang";

export type { Ind, KegDef, ProgDef, SubDef } from "./sample-dpa-authoring";

export const SAMPLE_PROGRAMS: ProgDef[] = [
  PROGRAM_PENUNJANG,
  {
    kode: "4.01.02",
    uraian: "Program Pemerintahan dan Kesejahteraan Rakyat",
    capaian: [
      ["Persentase kebijakan pemerintahan dan kesejahteraan rakyat yang terlaksana", 100, "Persen"],
      ["Persentase produk hukum daerah yang ditetapkan tepat waktu", 90, "Persen"],
    ],
    kegiatan: [
      {
        kode: "4.01.02.2.01",
        uraian: "Pelaksanaan Kebijakan Pemerintahan",
        hasil: [["Persentase urusan pemerintahan umum yang terfasilitasi", 100, "Persen"]],
        subs: [
          sub("4.01.02.2.01.0001", "Penataan Administrasi Pemerintahan", 186_000_000, "PEM", [
            "Jumlah Dokumen Hasil Penataan Administrasi Pemerintahan",
            4,
            "Dokumen",
          ]),
          sub("4.01.02.2.01.0002", "Pelaksanaan Tugas Pemerintahan Umum", 274_300_000, "PEM", [
            "Jumlah Laporan Pelaksanaan Tugas Pemerintahan Umum",
            4,
            "Laporan",
          ]),
          sub("4.01.02.2.01.0003", "Fasilitasi Kerja Sama Daerah", 132_000_000, "PEM", [
            "Jumlah Dokumen Kerja Sama Daerah yang Difasilitasi",
            6,
            "Dokumen",
          ]),
          sub("4.01.02.2.01.0004", "Fasilitasi Penegasan Batas Daerah", 158_250_000, "PEM", [
            "Jumlah Dokumen Penegasan Batas Daerah",
            3,
            "Dokumen",
          ]),
        ],
      },
      {
        kode: "4.01.02.2.02",
        uraian: "Pelaksanaan Kebijakan Kesejahteraan Rakyat",
        hasil: [["Persentase kegiatan kesejahteraan rakyat yang terfasilitasi", 100, "Persen"]],
        subs: [
          sub(
            "4.01.02.2.02.0001",
            "Fasilitasi Pengelolaan Bina Mental Spiritual",
            1_645_000_000,
            "KESRA",
            ["Jumlah Laporan Fasilitasi Pengelolaan Bina Mental Spiritual", 4, "Laporan"],
            ["Jumlah Kegiatan Keagamaan yang Difasilitasi", 24, "Kegiatan"],
          ),
          sub(
            "4.01.02.2.02.0003",
            "Fasilitasi Pengelolaan Kesejahteraan Masyarakat",
            412_000_000,
            "KESRA",
            ["Jumlah Laporan Fasilitasi Pengelolaan Kesejahteraan Masyarakat", 4, "Laporan"],
            ["Angka prevalensi stunting", 14.5, "Persen", NEG],
          ),
        ],
      },
      {
        kode: "4.01.02.2.03",
        uraian: "Fasilitasi dan Koordinasi Hukum",
        hasil: [["Persentase rancangan produk hukum daerah yang ditetapkan", 100, "Persen"]],
        subs: [
          sub(
            "4.01.02.2.03.0001",
            "Fasilitasi Penyusunan Produk Hukum Daerah",
            385_000_000,
            "HUKUM",
            ["Jumlah Dokumen Produk Hukum Daerah yang Difasilitasi", 45, "Dokumen"],
            ["Rata-rata waktu harmonisasi rancangan peraturan kepala daerah", 10, "Hari", NEG],
          ),
          sub("4.01.02.2.03.0002", "Pelaksanaan Dokumentasi dan Informasi Hukum", 96_000_000, "HUKUM", [
            "Jumlah Dokumen Hasil Pelaksanaan Dokumentasi dan Informasi Hukum",
            12,
            "Dokumen",
          ]),
          sub("4.01.02.2.03.0003", "Fasilitasi Bantuan Hukum", 175_000_000, "HUKUM", [
            "Jumlah Perkara yang Difasilitasi Bantuan Hukum",
            8,
            "Perkara",
          ]),
        ],
      },
    ],
  },
  {
    kode: "4.01.03",
    uraian: "Program Perekonomian dan Pembangunan",
    capaian: [
      ["Persentase realisasi fisik dan keuangan kegiatan pembangunan daerah", 95, "Persen"],
      ["Persentase paket pengadaan yang selesai tepat waktu", 90, "Persen"],
    ],
    kegiatan: [
      {
        kode: "4.01.03.2.01",
        uraian: "Pelaksanaan Kebijakan Perekonomian",
        hasil: [["Persentase rekomendasi kebijakan perekonomian yang ditindaklanjuti", 80, "Persen"]],
        subs: [
          sub(
            "4.01.03.2.01.0001",
            "Koordinasi, Sinkronisasi, Monitoring dan Evaluasi Kebijakan Pengelolaan BUMD dan BLUD",
            128_000_000,
            "EKON",
            ["Jumlah Laporan Monitoring dan Evaluasi Kebijakan Pengelolaan BUMD dan BLUD", 4, "Laporan"],
          ),
          sub(
            "4.01.03.2.01.0002",
            "Pelaksanaan Kebijakan Perekonomian dan Pengendalian Inflasi Daerah",
            265_000_000,
            "EKON",
            ["Jumlah Laporan Koordinasi Tim Pengendalian Inflasi Daerah", 12, "Laporan"],
            ["Laju inflasi daerah", 3.5, "Persen", NEG],
          ),
          sub(
            "4.01.03.2.01.0004",
            "Koordinasi, Sinkronisasi, Monitoring dan Evaluasi Kebijakan Sumber Daya Alam",
            142_000_000,
            "EKON",
            ["Jumlah Laporan Monitoring dan Evaluasi Kebijakan Sumber Daya Alam", 4, "Laporan"],
          ),
        ],
      },
      {
        kode: "4.01.03.2.02",
        uraian: "Pelaksanaan Administrasi Pembangunan",
        hasil: [["Persentase kegiatan pembangunan yang terpantau realisasinya", 100, "Persen"]],
        subs: [
          sub("4.01.03.2.02.0001", "Penyusunan Program Pembangunan", 118_000_000, "ADPEM", [
            "Jumlah Dokumen Program Pembangunan",
            2,
            "Dokumen",
          ]),
          sub(
            "4.01.03.2.02.0002",
            "Pengendalian dan Evaluasi Program Pembangunan",
            356_800_000,
            "ADPEM",
            ["Jumlah Laporan Pengendalian dan Evaluasi Program Pembangunan", 12, "Laporan"],
            ["Persentase realisasi fisik kegiatan pembangunan", 95, "Persen"],
          ),
          sub("4.01.03.2.02.0003", "Pembinaan dan Advokasi Pelaksanaan Pembangunan", 88_000_000, "ADPEM", [
            "Jumlah Laporan Pembinaan dan Advokasi Pelaksanaan Pembangunan",
            4,
            "Laporan",
          ]),
        ],
      },
      {
        kode: "4.01.03.2.03",
        uraian: "Pengelolaan Pengadaan Barang dan Jasa",
        hasil: [["Persentase paket pengadaan yang selesai tepat waktu", 90, "Persen"]],
        subs: [
          sub(
            "4.01.03.2.03.0001",
            "Pengelolaan Pengadaan Barang dan Jasa",
            475_000_000,
            "PBJ",
            ["Jumlah Paket Pengadaan Barang dan Jasa yang Dikelola", 120, "Paket"],
            ["Rata-rata waktu penyelesaian layanan pengadaan", 14, "Hari", NEG],
          ),
          sub(
            "4.01.03.2.03.0002",
            "Pengelolaan Layanan Pengadaan Secara Elektronik",
            215_000_000,
            "PBJ",
            ["Jumlah Laporan Pengelolaan Layanan Pengadaan Secara Elektronik", 12, "Laporan"],
            ["Persentase paket tender yang diproses melalui SPSE", 100, "Persen"],
          ),
          sub("4.01.03.2.03.0003", "Pembinaan dan Advokasi Pengadaan Barang dan Jasa", 134_600_000, "PBJ", [
            "Jumlah Orang yang Mengikuti Pembinaan Pengadaan Barang dan Jasa",
            80,
            "Orang",
          ]),
        ],
      },
    ],
  },
];
