/**
 * The sample DPA as authored: programs, their kegiatan and sub kegiatan with pagu, Bagian and
 * indicators, written compactly so the table reads like the DPA itself. sample-dpa.ts shapes it into
 * rows (defaults filled in, pagu summed up). Codes and names follow Kepmendagri 050-5889/2021 (the
 * real ones listed in DOMAIN.md, others invented in the same pattern); pagu are realistic for a
 * kabupaten Setda.
 */
import type { SAMPLE_BAGIAN, SampleIndicator } from "./sample-dpa";

type B = keyof typeof SAMPLE_BAGIAN;

// Compact authoring helpers: the data below reads like the DPA itself.

/** One indicator: tolok ukur, target, satuan, and what differs from the defaults (see sample-dpa.ts). */
export type Ind = [tolokUkur: string, target: number, satuan: string, opts?: Partial<SampleIndicator>];
const NEG: Partial<SampleIndicator> = { polarity: "negatif", aggregation: "nilai-akhir" };
const AKHIR: Partial<SampleIndicator> = { aggregation: "nilai-akhir" };

export interface SubDef {
  kode: string;
  uraian: string;
  pagu: number;
  bagian: B;
  keluaran: Ind[];
}
export interface KegDef {
  kode: string;
  uraian: string;
  hasil: Ind[];
  subs: SubDef[];
}
export interface ProgDef {
  kode: string;
  uraian: string;
  capaian: Ind[];
  kegiatan: KegDef[];
}

const sub = (kode: string, uraian: string, pagu: number, bagian: B, ...keluaran: Ind[]): SubDef => ({
  kode,
  uraian,
  pagu,
  bagian,
  keluaran,
});

export const SAMPLE_PROGRAMS: ProgDef[] = [
  {
    kode: "4.01.01",
    uraian: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    capaian: [
      [
        "Persentase dokumen perencanaan, penganggaran dan pelaporan kinerja yang tersusun tepat waktu",
        100,
        "Persen",
      ],
      ["Nilai evaluasi SAKIP Sekretariat Daerah", 72.5, "Nilai", AKHIR],
    ],
    kegiatan: [
      {
        kode: "4.01.01.2.01",
        uraian: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        hasil: [
          ["Persentase dokumen perencanaan dan evaluasi kinerja yang tersusun tepat waktu", 100, "Persen"],
        ],
        subs: [
          sub("4.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 185_000_000, "UMUM", [
            "Jumlah Dokumen Perencanaan Perangkat Daerah",
            3,
            "Dokumen",
          ]),
          sub("4.01.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", 96_500_000, "UMUM", [
            "Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD",
            2,
            "Dokumen",
          ]),
          sub(
            "4.01.01.2.01.0006",
            "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
            142_750_000,
            "UMUM",
            ["Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", 5, "Laporan"],
            ["Persentase data kinerja Bagian yang terkumpul tepat waktu", 100, "Persen"],
          ),
          sub("4.01.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", 78_000_000, "UMUM", [
            "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah",
            4,
            "Laporan",
          ]),
        ],
      },
      {
        kode: "4.01.01.2.02",
        uraian: "Administrasi Keuangan Perangkat Daerah",
        hasil: [["Persentase laporan keuangan yang tersusun tepat waktu", 100, "Persen"]],
        subs: [
          sub(
            "4.01.01.2.02.0001",
            "Penyediaan Gaji dan Tunjangan ASN",
            8_925_400_000,
            "UMUM",
            ["Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", 186, "Orang", AKHIR],
            ["Jumlah Bulan Pembayaran Gaji dan Tunjangan ASN", 14, "Bulan"],
          ),
          sub(
            "4.01.01.2.02.0003",
            "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
            215_000_000,
            "UMUM",
            ["Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", 12, "Dokumen"],
            ["Rata-rata waktu verifikasi SPP-SPM", 3, "Hari", NEG],
          ),
          sub(
            "4.01.01.2.02.0005",
            "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
            64_200_000,
            "UMUM",
            ["Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi", 1, "Laporan"],
          ),
        ],
      },
      {
        kode: "4.01.01.2.05",
        uraian: "Administrasi Kepegawaian Perangkat Daerah",
        hasil: [],
        subs: [
          sub(
            "4.01.01.2.05.0009",
            "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi",
            320_000_000,
            "UMUM",
            [
              "Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan",
              40,
              "Orang",
            ],
          ),
          sub(
            "4.01.01.2.05.0011",
            "Bimbingan Teknis Implementasi Peraturan Perundang-Undangan",
            245_800_000,
            "UMUM",
            [
              "Jumlah Orang yang Mengikuti Bimbingan Teknis Implementasi Peraturan Perundang-Undangan",
              60,
              "Orang",
            ],
          ),
        ],
      },
      {
        kode: "4.01.01.2.06",
        uraian: "Administrasi Umum Perangkat Daerah",
        hasil: [["Persentase terpenuhinya kebutuhan administrasi umum perkantoran", 100, "Persen"]],
        subs: [
          sub(
            "4.01.01.2.06.0001",
            "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
            45_000_000,
            "UMUM",
            [
              "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan",
              1,
              "Paket",
            ],
          ),
          sub("4.01.01.2.06.0002", "Penyediaan Peralatan dan Perlengkapan Kantor", 410_000_000, "UMUM", [
            "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan",
            2,
            "Paket",
          ]),
          sub("4.01.01.2.06.0004", "Penyediaan Bahan Logistik Kantor", 368_900_000, "UMUM", [
            "Jumlah Paket Bahan Logistik Kantor yang Disediakan",
            12,
            "Paket",
          ]),
          sub("4.01.01.2.06.0005", "Penyediaan Barang Cetakan dan Penggandaan", 156_000_000, "UMUM", [
            "Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan",
            12,
            "Paket",
          ]),
          sub(
            "4.01.01.2.06.0009",
            "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
            1_875_000_000,
            "UMUM",
            ["Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 12, "Laporan"],
          ),
        ],
      },
      {
        kode: "4.01.01.2.07",
        uraian: "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
        hasil: [],
        subs: [
          sub(
            "4.01.01.2.07.0002",
            "Pengadaan Kendaraan Dinas Operasional atau Lapangan",
            1_250_000_000,
            "UMUM",
            ["Jumlah Unit Kendaraan Dinas Operasional atau Lapangan yang Disediakan", 2, "Unit"],
          ),
        ],
      },
      {
        kode: "4.01.01.2.08",
        uraian: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        hasil: [["Persentase layanan jasa penunjang perkantoran yang terpenuhi", 100, "Persen"]],
        subs: [
          sub("4.01.01.2.08.0001", "Penyediaan Jasa Surat Menyurat", 36_000_000, "UMUM", [
            "Jumlah Laporan Penyediaan Jasa Surat Menyurat",
            12,
            "Laporan",
          ]),
          sub(
            "4.01.01.2.08.0002",
            "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
            684_000_000,
            "UMUM",
            ["Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 12, "Laporan"],
          ),
          sub("4.01.01.2.08.0004", "Penyediaan Jasa Pelayanan Umum Kantor", 1_126_500_000, "UMUM", [
            "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor",
            12,
            "Laporan",
          ]),
        ],
      },
      {
        kode: "4.01.01.2.09",
        uraian: "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        hasil: [],
        subs: [
          sub(
            "4.01.01.2.09.0002",
            "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
            742_600_000,
            "UMUM",
            [
              "Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan Dibayarkan Pajaknya",
              38,
              "Unit",
              AKHIR,
            ],
          ),
          sub(
            "4.01.01.2.09.0009",
            "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
            1_480_000_000,
            "UMUM",
            ["Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi", 3, "Unit"],
          ),
        ],
      },
      {
        kode: "4.01.01.2.13",
        uraian: "Penataan Organisasi",
        hasil: [["Nilai Indeks Reformasi Birokrasi Kabupaten", 68.5, "Nilai", AKHIR]],
        subs: [
          sub("4.01.01.2.13.0001", "Pengelolaan Kelembagaan dan Analisis Jabatan", 168_000_000, "ORG", [
            "Jumlah Dokumen Hasil Pengelolaan Kelembagaan dan Analisis Jabatan",
            4,
            "Dokumen",
          ]),
          sub(
            "4.01.01.2.13.0003",
            "Peningkatan Kinerja dan Reformasi Birokrasi",
            236_400_000,
            "ORG",
            ["Jumlah Dokumen Hasil Peningkatan Kinerja dan Reformasi Birokrasi", 6, "Dokumen"],
            ["Persentase Perangkat Daerah dengan Predikat SAKIP Minimal B", 85, "Persen"],
          ),
          sub(
            "4.01.01.2.13.0004",
            "Monitoring, Evaluasi, dan Pengendalian Kualitas Pelayanan Publik dan Tata Laksana",
            119_750_000,
            "ORG",
            ["Jumlah Laporan Monitoring, Evaluasi, dan Pengendalian Kualitas Pelayanan Publik", 4, "Laporan"],
            ["Indeks Kepuasan Masyarakat", 82, "Nilai", AKHIR],
          ),
        ],
      },
      {
        kode: "4.01.01.2.14",
        uraian: "Fasilitasi Kerumahtanggaan Sekretariat Daerah",
        hasil: [["Persentase kegiatan pimpinan yang terfasilitasi", 100, "Persen"]],
        subs: [
          sub(
            "4.01.01.2.14.0001",
            "Fasilitasi Keprotokolan",
            2_350_000_000,
            "PROKOPIM",
            ["Jumlah Laporan Fasilitasi Keprotokolan", 12, "Laporan"],
            ["Jumlah Kegiatan Pimpinan yang Difasilitasi Keprotokolan", 240, "Kegiatan"],
          ),
          sub("4.01.01.2.14.0002", "Fasilitasi Komunikasi Pimpinan", 985_000_000, "PROKOPIM", [
            "Jumlah Laporan Fasilitasi Komunikasi Pimpinan",
            12,
            "Laporan",
          ]),
          sub("4.01.01.2.14.0003", "Pendokumentasian Tugas Pimpinan", 214_500_000, "PROKOPIM", [
            "Jumlah Laporan Pendokumentasian Tugas Pimpinan",
            12,
            "Laporan",
          ]),
        ],
      },
    ],
  },
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
