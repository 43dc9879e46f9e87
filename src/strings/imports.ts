/** Messages of importing a DPA or a prior report from a workbook or a file. */
export const imports = {
  noDpaTable: (file: string) => `Tidak ada tabel DPA yang dikenali di ${file}.`,
  noDpaExpected:
    "tabel dengan judul kolom Kode, Uraian, Indikator/Tolok Ukur, Target, Satuan, dan Pagu (boleh di bawah baris judul)",
  noPriorTable: (file: string) => `Tidak ada tabel laporan kinerja sebelumnya yang dikenali di ${file}.`,
  noPriorExpected: "tabel dengan judul kolom Kode, Indikator, dan Realisasi",
  noSheet: (sheet: string) => `Lembar "${sheet}" tidak ada di buku kerja ini.`,
  noSheetExpected: "nama lembar yang ada",
  sheets: (names: string) => `lembar yang diperiksa: ${names}`,
} as const;
