/**
 * The tables of the hand-built Laporan (docx-fixture.ts): Sekretariat Daerah Kabupaten Tapin, 2026,
 * its real programs and sub kegiatan (DOMAIN.md), budget figures that add up, capaian as the
 * analysis would compute them (unrounded: the renderer rounds).
 */
import type {
  ReportCell,
  ReportColumn,
  ReportRow,
  ReportTable,
  ReportValueKind,
} from "../../src/domain/report/report-model";

const col = (header: string, kind: ReportValueKind, width: number): ReportColumn => ({ header, kind, width });
/** A cell; with `cell`, the Analisis cell it stands in. */
const v = (value: ReportCell["value"], cell?: string, sheet = "Analisis"): ReportCell =>
  cell === undefined ? { value } : { value, ref: { sheet, cell } };
const row = (cells: ReportCell[], emphasis = false): ReportRow =>
  emphasis ? { cells, emphasis } : { cells };

/** Returned kertas kerja the Data sheet was consolidated from. */
export const FILES = [
  {
    name: "Kertas-Kerja-PEM-2026-Tahunan.xlsx",
    sha256: "3f9a0c6e1b7d2f48a5c3e9b1d7f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8",
  },
  {
    name: "Kertas-Kerja-HUK-2026-Tahunan.xlsx",
    sha256: "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90",
  },
  {
    name: "Kertas-Kerja-UMUM-2026-Tahunan.xlsx",
    sha256: "0e4d8c2b6a9f1e3d5c7b9a0f2e4d6c8b0a2f4e6d8c0b2a4f6e8d0c2b4a6f8e0d",
  },
];

export function bagianTable(): ReportTable {
  const bagian: [string, string, string][] = [
    ["Pemerintahan", "Ahmad Fauzi, S.STP., M.Si.", "198001122003121002"],
    ["Kesejahteraan Rakyat", "Dra. Hj. Noorhayati", "197106081994032006"],
    ["Hukum", "Muhammad Rizal, S.H., M.H.", "198205172006041003"],
    ["Perekonomian dan Sumber Daya Alam", "Ir. Bambang Sutrisno", "196912301998031004"],
    ["Administrasi Pembangunan", "Rina Marlina, S.T., M.T.", "198309262009022005"],
    ["Pengadaan Barang dan Jasa", "Yusuf Hidayat, S.Kom.", "198711142010011007"],
    ["Organisasi", "Nurul Aini, S.Sos., M.AP.", "198502032008012003"],
    ["Umum dan Keuangan", "Hj. Siti Rahmah, S.E., M.M.", "197803152005012004"],
    ["Protokol dan Komunikasi Pimpinan", "Fajar Ramadhan, S.I.Kom.", "199001212014031001"],
  ];
  return {
    kind: "table",
    id: "bab1-bagian",
    title: "Tabel 1.1 Bagian dan Kepala Bagian",
    columns: [
      col("No", "count", 6),
      col("Bagian", "text", 38),
      col("Kepala Bagian", "text", 34),
      col("NIP", "text", 22),
    ],
    rows: bagian.map(([b, k, nip], i) => row([v(i + 1), v(b), v(k), v(nip)])),
    source: { sheet: "Pengaturan", range: "A12:D20", files: [] },
  };
}

export function pkTable(title: string): ReportTable {
  const s1 = "Meningkatnya akuntabilitas kinerja Pemerintah Daerah";
  const s2 = "Meningkatnya kualitas pelayanan administrasi pemerintahan";
  return {
    kind: "table",
    id: title.startsWith("Tabel L") ? "lampiran-pk" : "bab2-pk",
    title,
    columns: [
      col("No", "count", 6),
      col("Sasaran Strategis", "text", 30),
      col("Indikator Kinerja Utama", "text", 36),
      col("Satuan", "text", 14),
      col("Target", "number", 14),
    ],
    rows: [
      row([v(1), v(s1), v("Nilai SAKIP Pemerintah Kabupaten"), v("Nilai"), v(80)]),
      row([v(2), v(s1), v("Predikat SAKIP"), v("Predikat"), v("BB")]),
      row([v(3), v(s2), v("Indeks Kepuasan Layanan Sekretariat Daerah"), v("Indeks"), v(85.5)]),
      row([v(4), v(s2), v("Persentase produk hukum daerah yang tidak dibatalkan"), v("%"), v(100)]),
    ],
    source: { sheet: "Perjanjian Kinerja", range: null, files: [] },
  };
}

/** Program, kode, pagu and realisasi; sub kegiatan under each. */
export const PROGRAMS: {
  kode: string;
  nama: string;
  subs: { kode: string; nama: string; pagu: number; realisasi: number }[];
}[] = [
  {
    kode: "4.01.01",
    nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    subs: [
      {
        kode: "4.01.01.2.01.0001",
        nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        pagu: 125_000_000,
        realisasi: 118_750_000,
      },
      {
        kode: "4.01.01.2.01.0006",
        nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
        pagu: 95_500_000,
        realisasi: 87_860_000,
      },
      {
        kode: "4.01.01.2.13.0003",
        nama: "Peningkatan Kinerja dan Reformasi Birokrasi",
        pagu: 1_405_000_000,
        realisasi: 1_312_702_500,
      },
      {
        kode: "4.01.01.2.14.0001",
        nama: "Fasilitasi Keprotokolan",
        pagu: 1_250_000_000,
        realisasi: 1_170_000_000,
      },
    ],
  },
  {
    kode: "4.01.02",
    nama: "Program Pemerintahan dan Kesejahteraan Rakyat",
    subs: [
      {
        kode: "4.01.02.2.01.0001",
        nama: "Penataan Administrasi Pemerintahan",
        pagu: 450_000_000,
        realisasi: 405_000_000,
      },
      {
        kode: "4.01.02.2.02.0001",
        nama: "Fasilitasi Pengelolaan Bina Mental Spiritual",
        pagu: 500_000_000,
        realisasi: 448_472_750,
      },
      {
        kode: "4.01.02.2.03.0001",
        nama: "Fasilitasi Penyusunan Produk Hukum Daerah",
        pagu: 300_000_000,
        realisasi: 265_000_000,
      },
    ],
  },
  {
    kode: "4.01.03",
    nama: "Program Perekonomian dan Pembangunan",
    subs: [
      {
        kode: "4.01.03.2.02.0002",
        nama: "Pengendalian dan Evaluasi Program Pembangunan",
        pagu: 150_000_000,
        realisasi: 135_000_000,
      },
      {
        kode: "4.01.03.2.03.0002",
        nama: "Pengelolaan Layanan Pengadaan Secara Elektronik",
        pagu: 100_000_000,
        realisasi: 90_000_000,
      },
    ],
  },
];

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
const paguOf = (p: (typeof PROGRAMS)[number]) => sum(p.subs.map((s) => s.pagu));
const realisasiOf = (p: (typeof PROGRAMS)[number]) => sum(p.subs.map((s) => s.realisasi));

export function programTable(): ReportTable {
  const total = sum(PROGRAMS.map(paguOf));
  return {
    kind: "table",
    id: "bab2-program",
    title: "Tabel 2.2 Program dan Pagu Anggaran Tahun 2026",
    columns: [
      col("No", "count", 6),
      col("Kode", "text", 12),
      col("Program", "text", 58),
      col("Pagu (Rp)", "money", 24),
    ],
    rows: [
      ...PROGRAMS.map((p, i) => row([v(i + 1), v(p.kode), v(p.nama), v(paguOf(p), `D${61 + i}`)])),
      row([v(null), v(null), v("Jumlah"), v(total, "D64")], true),
    ],
    source: { sheet: "Analisis", range: "A60:D64", files: [] },
  };
}

export function sasaranTable(): ReportTable {
  return {
    kind: "table",
    id: "bab3-sasaran-1",
    title: "Tabel 3.1 Capaian IKU Sasaran Strategis 1: Meningkatnya akuntabilitas kinerja Pemerintah Daerah",
    columns: [
      col("No", "count", 6),
      col("Indikator Kinerja Utama", "text", 32),
      col("Satuan", "text", 11),
      col("Target", "number", 11),
      col("Realisasi", "number", 12),
      col("Capaian", "percent", 13),
      col("Predikat", "text", 15),
    ],
    rows: [
      row([
        v(1),
        v("Nilai SAKIP Pemerintah Kabupaten"),
        v("Nilai"),
        v(80, "E45"),
        v(74, "F45"),
        v(92.5, "G45"),
        v("Sangat Tinggi", "H45"),
      ]),
      row([
        v(2),
        v("Predikat SAKIP"),
        v("Predikat"),
        v("BB", "E46"),
        v("BB", "F46"),
        v(100, "G46"),
        v("Sangat Tinggi", "H46"),
      ]),
      row(
        [
          v(null),
          v("Rata-rata capaian sasaran"),
          v(null),
          v(null),
          v(null),
          v(96.25, "G47"),
          v("Sangat Tinggi", "H47"),
        ],
        true,
      ),
    ],
    source: { sheet: "Analisis", range: "A44:H47", files: FILES.slice(0, 2) },
  };
}

/** Eight columns: three years of realisasi against the Renstra's final target. */
export function trendTable(): ReportTable {
  const r = (n: number, ...vals: [string, string, number, number, number, number, number]) =>
    row([v(n), v(vals[0]), v(vals[1]), ...vals.slice(2).map((x, i) => v(x, `${"IJKLM"[i]}${49 + n}`))]);
  return {
    kind: "table",
    id: "bab3-tren",
    title: "Tabel 3.2 Realisasi IKU Tahun 2024–2026 dan Capaian terhadap Target Akhir Renstra",
    columns: [
      col("No", "count", 5),
      col("Indikator Kinerja Utama", "text", 25),
      col("Satuan", "text", 10),
      col("Realisasi 2024", "number", 11),
      col("Realisasi 2025", "number", 11),
      col("Realisasi 2026", "number", 11),
      col("Target Akhir Renstra", "number", 12),
      col("Capaian thd Renstra", "percent", 15),
    ],
    rows: [
      r(1, "Nilai SAKIP Pemerintah Kabupaten", "Nilai", 68.12, 70.5, 74, 78, (74 / 78) * 100),
      r(
        2,
        "Indeks Kepuasan Layanan Sekretariat Daerah",
        "Indeks",
        80.25,
        82.4,
        86.75,
        88,
        (86.75 / 88) * 100,
      ),
      r(3, "Persentase produk hukum daerah yang tidak dibatalkan", "%", 97.5, 100, 100, 100, 100),
    ],
    source: { sheet: "Analisis", range: "A49:M52", files: FILES },
  };
}

export function faktorTable(): ReportTable {
  return {
    kind: "table",
    id: "bab3-faktor",
    title: "Tabel 3.3 Faktor Pendorong, Faktor Penghambat dan Tindak Lanjut",
    columns: [
      col("Sasaran / Program", "text", 22),
      col("Faktor Pendorong", "text", 26),
      col("Faktor Penghambat", "text", 26),
      col("Tindak Lanjut", "text", 26),
    ],
    rows: [
      row([
        v("Sasaran 1"),
        v("Komitmen pimpinan dan pendampingan evaluasi SAKIP oleh Inspektorat.", "R12", "Data"),
        v("Data dukung beberapa Bagian terlambat diunggah.", "S12", "Data"),
        v("Jadwal pengumpulan data kinerja ditetapkan sejak Januari.", "T12", "Data"),
      ]),
      row([
        v("4.01.02 Program Pemerintahan dan Kesejahteraan Rakyat"),
        v("Koordinasi lintas Bagian berjalan baik."),
        v("Pergeseran anggaran pada Perubahan APBD."),
        v("Rencana aksi per triwulan untuk sub kegiatan yang tertinggal."),
      ]),
    ],
    source: { sheet: "Data", range: "R5:T40", files: FILES },
  };
}

/** Eight columns of the efficiency analysis, money in three of them. */
export function efisiensiTable(): ReportTable {
  const rows = PROGRAMS.flatMap((p, i) => {
    const pagu = paguOf(p);
    const real = realisasiOf(p);
    const capaian = [97.25, 91.4, 88.6][i]!;
    return [
      row(
        [
          v(i + 1),
          v(`${p.kode} ${p.nama}`),
          v(pagu),
          v(pagu),
          v(real),
          v((real / pagu) * 100),
          v(capaian),
          v(capaian >= (real / pagu) * 100 ? "Efisien" : "Perlu perhatian"),
        ],
        true,
      ),
      ...p.subs.map((s) =>
        row([
          v(null),
          v(s.nama),
          v(s.pagu),
          v(s.pagu),
          v(s.realisasi),
          v((s.realisasi / s.pagu) * 100),
          v(null),
          v(null),
        ]),
      ),
    ];
  });
  return {
    kind: "table",
    id: "bab3-efisiensi",
    title: "Tabel 3.4 Capaian Kinerja dan Serapan Anggaran s.d. Periode",
    columns: [
      col("No", "count", 5),
      col("Program / Sub Kegiatan", "text", 25),
      col("Pagu (Rp)", "money", 14),
      col("Anggaran s.d. Periode (Rp)", "money", 14),
      col("Realisasi (Rp)", "money", 14),
      col("Serapan (%)", "percent", 9),
      col("Capaian Kinerja (%)", "percent", 9),
      col("Kategori", "text", 10),
    ],
    rows,
    source: { sheet: "Analisis", range: "A70:M84", files: FILES },
  };
}

export function anggaranTable(): ReportTable {
  const pagu = sum(PROGRAMS.map(paguOf));
  const real = sum(PROGRAMS.map(realisasiOf));
  return {
    kind: "table",
    id: "bab3-anggaran",
    title: "Tabel 3.5 Realisasi Anggaran per Program dan Sub Kegiatan Tahun 2026",
    columns: [
      col("Kode", "text", 19),
      col("Program / Sub Kegiatan", "text", 35),
      col("Pagu (Rp)", "money", 17),
      col("Realisasi (Rp)", "money", 17),
      col("Serapan (%)", "percent", 12),
    ],
    rows: [
      ...PROGRAMS.flatMap((p) => [
        row(
          [v(p.kode), v(p.nama), v(paguOf(p)), v(realisasiOf(p)), v((realisasiOf(p) / paguOf(p)) * 100)],
          true,
        ),
        ...p.subs.map((s) =>
          row([v(s.kode), v(s.nama), v(s.pagu), v(s.realisasi), v((s.realisasi / s.pagu) * 100)]),
        ),
      ]),
      row([v(null), v("Jumlah"), v(pagu, "C95"), v(real, "D95"), v((real / pagu) * 100, "E95")], true),
    ],
    source: { sheet: "Analisis", range: "A80:E95", files: FILES },
  };
}

export function sumberDataTable(): ReportTable {
  return {
    kind: "table",
    id: "lampiran-sumber",
    title: "Tabel L.2 Sumber Data",
    columns: [col("No", "count", 6), col("Kertas Kerja", "text", 40), col("SHA-256", "text", 54)],
    rows: FILES.map((f, i) => row([v(i + 1), v(f.name), v(f.sha256)])),
    source: { sheet: "Data", range: "A5:B40", files: FILES },
  };
}
