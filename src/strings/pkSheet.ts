/**
 * Texts of the visible "Perjanjian Kinerja" sheet: its title, the note on how to fill it in, the
 * column labels (each one the PK reader knows) and the messages of its drop-down lists.
 */
export const pkSheet = {
  sheetName: "Perjanjian Kinerja",
  title: (tahun: number) => `PERJANJIAN KINERJA TAHUN ${tahun}`,
  /**
   * The note under the title, one paragraph per row. No paragraph may begin with "Sasaran" (the
   * reader would take it for a sasaran) or name another year (the PK's year is read from the title).
   */
  note: [
    "Petunjuk pengisian: tulis satu baris untuk setiap Indikator Kinerja Utama (IKU). Nomor dan uraian " +
      "sasaran strategis ditulis pada baris IKU pertamanya; pada baris IKU berikutnya dari sasaran yang sama, " +
      "sel No dan Sasaran Strategis boleh diulang atau digabung (merge) ke bawah. Baris boleh ditambah di " +
      "dalam tabel; judul kolom jangan diubah.",
    "Target berupa angka ditulis sebagai angka, misalnya 85 atau 85,5; target kualitatif ditulis dengan kata " +
      "skalanya, misalnya WTP, BB atau Baik. Polaritas dan Jenis Capaian dipilih dari daftar pada selnya. " +
      "Target per triwulan (Rencana Aksi), Target Akhir Renstra, Realisasi tahun-tahun sebelumnya dan Bagian " +
      "Penanggung Jawab dikosongkan bila tidak ada.",
    "Program dan kegiatan pendukung ditulis pada tabel kedua di bawah: kodenya (misalnya 4.01.01 atau " +
      "4.01.01.2.01), namanya, anggarannya dalam rupiah, dan nomor sasaran yang didukungnya (seperti pada kolom " +
      "No tabel IKU). Program yang mendukung lebih dari satu sasaran ditulis lagi pada baris di bawahnya dengan " +
      "kode yang sama dan nomor sasaran lainnya; anggarannya cukup ditulis sekali.",
  ],
  /** The IKU table's header: its first row, and beneath the groups, the second. */
  header: {
    no: "No",
    sasaran: "Sasaran Strategis",
    indikator: "Indikator Kinerja Utama",
    satuan: "Satuan",
    polaritas: "Polaritas",
    jenisCapaian: "Jenis Capaian",
    target: (tahun: number) => `Target ${tahun}`,
    rencanaAksi: "Target Rencana Aksi",
    tw: ["TW I", "TW II", "TW III", "TW IV"],
    renstra: "Target Akhir Renstra",
    realisasi: "Realisasi",
    bagian: "Bagian Penanggung Jawab",
  },
  programsTitle: "PROGRAM DAN KEGIATAN PENDUKUNG",
  programHeader: {
    no: "No",
    kode: "Kode",
    program: "Program/Kegiatan",
    anggaran: "Anggaran (Rp)",
    sasaran: "Sasaran yang Didukung",
  },
  jumlah: "Jumlah",
  validation: {
    polarityTitle: "Polaritas",
    polarityPrompt: "Positif: makin tinggi makin baik. Negatif: makin rendah makin baik.",
    polarityError: "Pilih Positif atau Negatif.",
    aggregationTitle: "Jenis Capaian",
    aggregationPrompt:
      "Kumulatif: realisasi triwulan dijumlahkan. Nilai Akhir: realisasi triwulan terakhir " +
      "terhadap targetnya. Persentase: nilai terakhir, yang biasanya tidak menurun.",
    aggregationError: "Pilih Kumulatif, Nilai Akhir atau Persentase.",
  },
} as const;
