/** Texts of the Excel (Office.js) host: what a user reads when a read, a write or an export fails. */
export const excel = {
  errors: {
    workbookProtected:
      "Struktur buku kerja ini diproteksi, sehingga sheet tidak dapat ditambah atau diganti. Buka proteksi buku kerja (Tinjau › Proteksi Buku Kerja), lalu coba lagi.",
    apiTooOld: (version: string) =>
      `Versi Excel ini belum mendukung ExcelApi ${version} yang diperlukan. Perbarui Excel, atau gunakan Excel di web.`,
    invalidSheetName: (name: string) =>
      `Nama sheet "${name}" tidak dapat dipakai: 1–31 karakter, tanpa : \\ / ? * [ ], tidak diawali atau diakhiri tanda petik, dan bukan "History".`,
    duplicateSheetName: (name: string) => `Nama sheet "${name}" muncul lebih dari sekali.`,
    noVisibleSheet:
      "Setelah penulisan, tidak ada sheet yang terlihat. Paling sedikit satu sheet harus terlihat.",
    invalidDefinedName: (name: string) => `Nama rentang "${name}" tidak valid di Excel.`,
    invalidNumber: (sheet: string, cell: string) =>
      `Nilai di ${sheet}!${cell} bukan angka yang dapat disimpan Excel.`,
    validationTextTooLong: (sheet: string, range: string) =>
      `Judul (maks. 32 karakter) atau pesan (maks. 255 karakter) validasi di ${sheet}!${range} terlalu panjang.`,
    listTooLong: (sheet: string, range: string) =>
      `Daftar pilihan validasi di ${sheet}!${range} melebihi 255 karakter atau memuat koma di dalam pilihan.`,
    writeFailed:
      "Penulisan ke buku kerja gagal. Buku kerja telah dikembalikan seperti sebelumnya; tidak ada sheet yang berubah.",
    writeFailedNotRestored:
      "Penulisan ke buku kerja gagal dan pengembalian ke keadaan semula tidak tuntas. Jangan simpan buku kerja ini; tutup tanpa menyimpan, lalu buka kembali.",
    listFailed: "Daftar sheet tidak dapat dibaca dari Excel.",
    readFailed: (name: string) => `Sheet "${name}" tidak dapat dibaca dari Excel.`,
    readSheetsFailed: (names: readonly string[]) =>
      `Sheet ${names.map((n) => `"${n}"`).join(", ")} tidak dapat dibaca dari Excel.`,
    exportUnavailable:
      "Excel ini tidak dapat membuka buku kerja baru, dan unduhan berkas tidak tersedia di sini.",
    exportFailed: (fileName: string) => `Berkas "${fileName}" tidak dapat dibuat.`,
  },
  destinations: {
    newWindow: "jendela Excel baru",
    download: "unduhan",
  },
} as const;
