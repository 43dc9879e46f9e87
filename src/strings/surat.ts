/** The "Surat" sheet: step 1's letters asking every Bagian for its performance data. */
export const surat = {
  sheetName: "Surat",
  kop: {
    /** "KABUPATEN TAPIN" → "PEMERINTAH KABUPATEN TAPIN". */
    pemerintah: (daerah: string) => `PEMERINTAH ${daerah.toUpperCase()}`,
    /** When the instansi names no kabupaten, kota or provinsi. */
    pemerintahKosong: "PEMERINTAH KABUPATEN …………",
    unitDefault: "SEKRETARIAT DAERAH",
    alamatKosong: "Jalan ………………………… Telepon (……) ………………  Kode Pos ………",
  },
  /** Place of writing when none is given: left for the pen. */
  tempatKosong: "……………",
  tempatTanggal: (tempat: string, tanggal: string) => `${tempat}, ${tanggal}`,
  /** The blank in a letter number that the agenda book fills. */
  nomorKosong: "___",
  nomor: (klasifikasi: string, agenda: string, unit: string, tahun: number) =>
    `${klasifikasi}/${agenda}/${unit}/${tahun}`,
  nomorKlasifikasi: "000",
  nomorUnit: "Perenc",
  labels: { nomor: "Nomor", sifat: "Sifat", lampiran: "Lampiran", perihal: "Perihal" },
  colon: ":",
  sifat: "Penting",
  lampiran: "1 (satu) berkas",
  perihal: (periode: string) => `Permintaan Data Capaian Kinerja ${periode}`,
  /** "Triwulan I Tahun 2026"; the annual round: "Tahun 2025". */
  periodeTahun: (periode: string | null, tahun: number) =>
    periode === null ? `Tahun ${tahun}` : `${periode} Tahun ${tahun}`,
  yth: "Yth.",
  /** "Bagian Pemerintahan" or "Pemerintahan" → "Kepala Bagian Pemerintahan". */
  kepalaBagian: (bagian: string) => `Kepala Bagian ${bagian.replace(/^bagian\s+/i, "")}`,
  di: "di",
  tempat: "Tempat",
  /** First-line indent of a paragraph (cells know no indent of their own). */
  indent: "          ",
  body: {
    laporanTriwulan: "laporan capaian kinerja",
    laporanTahunan: "Laporan Kinerja Instansi Pemerintah (LKjIP)",
    pembuka: (laporan: string, instansi: string, periode: string, bagian: string) =>
      `Dalam rangka penyusunan ${laporan} ${instansi} ${periode}, sesuai Standar Operasional ` +
      `Prosedur Pengumpulan Data Kinerja, bersama ini kami minta Saudara untuk menyampaikan data ` +
      `realisasi kinerja dan realisasi anggaran ${bagian} ${periode}.`,
    permintaan: (hari: string, tanggal: string) =>
      `Data tersebut agar diisikan pada kertas kerja terlampir, ditandatangani oleh Kepala Bagian, ` +
      `dilengkapi dengan bukti dukung capaian kinerja, dan disampaikan kepada Subbagian Perencanaan ` +
      `dan Pelaporan paling lambat hari ${hari}, tanggal ${tanggal}.`,
    pengantarTabel: "Adapun indikator kinerja yang dimintakan datanya adalah sebagai berikut:",
    penutup: "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
  },
  table: { no: "No", kode: "Kode", indikator: "Indikator Kinerja", satuan: "Satuan" },
  tanpaIndikator: "Belum ada indikator kinerja yang ditetapkan untuk Bagian ini.",
  hari: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
  ttd: {
    /** Signed on behalf of the Sekretaris Daerah. */
    atasNama: (jabatan: string) => `a.n. ${jabatan}`,
    sekretarisDaerah: "Sekretaris Daerah",
    jabatan: (jabatan: string) => `${jabatan},`,
    namaKosong: "(…………………………………………)",
    nip: (nip: string) => `NIP. ${nip}`,
    nipKosong: "NIP. ……………………………………",
  },
} as const;
