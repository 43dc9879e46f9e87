/** The .xlsx host: reading and writing workbook files, rejecting sheet plans it cannot write. */
export const xlsx = {
  fileNotFound: (path: string) => `Berkas tidak ditemukan: ${path}`,
  notXlsx: (path: string) =>
    `Berkas ${path} bukan berkas Excel .xlsx. Buka di Excel lalu simpan sebagai "Buku Kerja Excel (*.xlsx)".`,
  legacyOrEncrypted: (path: string) =>
    `Berkas ${path} berformat .xls lama atau dilindungi kata sandi pembuka. ` +
    `Buka di Excel, hapus kata sandi pembuka bila ada, lalu simpan sebagai .xlsx.`,
  corrupt: (path: string) =>
    `Berkas ${path} rusak atau bukan berkas .xlsx yang sah, sehingga tidak dapat dibaca.`,
  readFailed: (path: string, reason: string) => `Berkas ${path} tidak dapat dibaca: ${reason}`,
  writeFailed: (path: string, reason: string) => `Berkas ${path} tidak dapat disimpan: ${reason}`,
  reasons: {
    missingFolder: "folder tujuan tidak ada",
    noPermission: "tidak ada izin (berkas mungkin sedang dibuka di Excel atau hanya-baca)",
    busy: "berkas sedang dipakai program lain (tutup dulu di Excel)",
    isFolder: "yang dituju adalah folder, bukan berkas",
    diskFull: "ruang penyimpanan penuh",
  },
  /** Where no file name is known (bytes from the task pane's file picker). */
  unnamedFile: "berkas yang dipilih",
  plan: {
    noVisibleSheet: "buku kerja harus memiliki sedikitnya satu lembar yang tampak",
  },
} as const;
