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
    invalid: (sheet: string, problems: string[]) =>
      `Lembar "${sheet}" tidak dapat ditulis: ${problems.join("; ")}`,
    sheetNameEmpty: "nama lembar kosong",
    sheetNameTooLong: (max: number) => `nama lembar lebih dari ${max} karakter`,
    sheetNameChars:
      "nama lembar memuat karakter terlarang (: \\ / ? * [ ]) atau diawali/diakhiri tanda petik",
    sheetNameDuplicate: "nama lembar dipakai lebih dari sekali",
    address: (address: string) => `alamat sel atau rentang tidak sah: "${address}"`,
    mergeOverlap: (a: string, b: string) => `rentang gabungan ${a} dan ${b} bertumpang tindih`,
    number: (address: string) => `angka di ${address} tidak terhingga atau bukan angka`,
    valueType: (address: string) => `isi ${address} bukan teks, angka, atau benar/salah`,
    textTooLong: (address: string, max: number) => `teks di ${address} lebih dari ${max} karakter`,
    style: (address: string, key: string) => `gaya "${key}" di ${address} tidak didefinisikan`,
    color: (value: string) => `warna tidak sah: "${value}" (harus #RRGGBB)`,
    listValue: (value: string) => `pilihan daftar tidak boleh memuat koma: "${value}"`,
    listTooLong: (max: number) => `daftar pilihan lebih dari ${max} karakter`,
    validationText: (text: string, max: number) => `teks validasi lebih dari ${max} karakter: "${text}"`,
    freeze: "jumlah baris/kolom yang dibekukan harus bilangan bulat tidak negatif",
    columnWidth: (width: number) => `lebar kolom tidak sah: ${width} (0–255)`,
    rowHeight: (height: number) => `tinggi baris tidak sah: ${height} (0–409 poin)`,
    pageBreak: (row: number) =>
      `pemisah halaman tidak sah: ${row} (indeks baris 0-based, sedikitnya 1, tempat halaman baru dimulai)`,
    pageBreakCount: (max: number) => `pemisah halaman lebih dari ${max} dalam satu lembar`,
    printTitleRows: (value: string) => `baris judul cetak tidak sah: "${value}" (contoh: "6:7")`,
    definedName: (name: string) => `nama rentang tidak sah: "${name}"`,
    noVisibleSheet: "buku kerja harus memiliki sedikitnya satu lembar yang tampak",
  },
} as const;
