/**
 * The sample DPA's first program, 4.01.01 Penunjang Urusan Pemerintahan Daerah: its kegiatan and sub
 * kegiatan with pagu, Bagian and indicators (see sample-dpa-data.ts for the whole table).
 */
import { AKHIR, NEG, type ProgDef, sub } from "./sample-dpa-authoring";

export const PROGRAM_PENUNJANG: ProgDef = {
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
          ["Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan", 1, "Paket"],
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
};
