/** Texts of the Perjanjian Kinerja reader: its IKU table, Rencana Aksi and programs table. */

const quote = (s: string): string => `"${s.length > 80 ? `${s.slice(0, 77)}…` : s}"`;

/** Why a cell is not a value, as the end of a sentence. */
const REASON = {
  ambiguous: "penulisannya tidak jelas (format Inggris?); tulis dengan koma desimal, misalnya 1.234,5",
  "not-a-number": "bukan angka dan bukan nilai kualitatif",
  percent: "berupa persen, padahal anggaran adalah rupiah",
  negative: "bernilai negatif",
} as const;
export type PkReason = keyof typeof REASON;

const TABLE = { iku: "IKU", ra: "Rencana Aksi", programs: "program dan anggaran" } as const;
export type PkTableKind = keyof typeof TABLE;

export const pk = {
  /** Names of the columns, for messages about a header. */
  column: {
    indikator: "Indikator Kinerja",
    target: "Target",
    program: "Program",
    anggaran: "Anggaran",
  } as Record<string, string>,
  /** What a value is, at the start of a message. */
  what: {
    target: "Target",
    tw: (roman: string) => `Target TW ${roman}`,
    renstra: "Target akhir Renstra",
    realisasi: (tahun: number) => `Realisasi ${tahun}`,
  },
  expected: {
    number: "angka, misalnya 85,5 atau 1.250.000,00",
    value: (words: readonly string[]) =>
      `angka (misalnya 85,5 atau 1.250.000,00) atau nilai kualitatif: ${words.join(", ")}`,
    rupiah: "jumlah rupiah, misalnya Rp 1.250.000.000,00",
    notEmpty: "isian tidak kosong",
    indikator: "indikator kinerja",
    sasaranAbove: "sasaran strategis pada baris ini atau di atasnya",
    polarity: "Positif atau Negatif",
    aggregation: "Kumulatif, Nilai Akhir atau Persentase",
    kode: "kode program atau kegiatan, misalnya 4.01.01 atau 4.01.01.2.01, di kolom Kode atau di awal nama program",
    kodeText: "kode sebagai teks (di Excel diawali tanda '), misalnya 4.01.01",
    programLevel: "kode program (4.01.01), kegiatan (4.01.01.2.01) atau sub kegiatan (4.01.01.2.01.0001)",
    tahun: 'judul kolom yang menyebut tahunnya, misalnya "Realisasi 2024"',
    sasaran: (known: readonly string[]) => `nomor atau uraian sasaran strategis: ${known.join("; ")}`,
    ikuOf: (texts: readonly string[]) => `indikator dari tabel IKU: ${texts.map(quote).join(", ")}`,
    labels: (labels: readonly string[]) => labels.map(quote).join(", "),
    ikuTable:
      "tabel dengan judul kolom Indikator Kinerja dan Target (boleh di bawah baris judul), misalnya No | Sasaran Strategis | Indikator Kinerja | Satuan | Target",
  },

  headerNotFound: (sheet: string, rows: number, needed: string) =>
    `Tabel IKU Perjanjian Kinerja tidak ditemukan pada sheet "${sheet}": tidak ada baris judul kolom yang dikenali pada ${rows} baris pertama. Kolom yang diperlukan: ${needed}.`,
  headerMissing: (row: number, missing: string) =>
    `Baris judul tabel (baris ${row}) tidak memuat kolom ${missing}.`,
  noIkuTable: (sheet: string, kinds: string) =>
    `Sheet "${sheet}" hanya memuat tabel ${kinds}; tabel IKU (kolom Indikator Kinerja dan Target) tidak ditemukan.`,
  columnWithLabels: (name: string, labels: readonly string[]) =>
    `${name} (${labels.slice(0, 4).map(quote).join(", ")}${labels.length > 4 ? ", …" : ""})`,
  tableKind: (kind: PkTableKind) => TABLE[kind],
  noTable: (file: string | undefined, sheets: string) =>
    `Tidak ada tabel IKU Perjanjian Kinerja yang dikenali di ${file ?? "buku kerja ini"} (lembar yang diperiksa: ${sheets}).`,
  noIku: (sheet: string) => `Tidak ada IKU yang terbaca dari sheet "${sheet}".`,
  fromSheet: (kind: PkTableKind, sheet: string) =>
    `Tabel ${TABLE[kind]} dibaca dari sheet "${sheet}" karena sheet tabel IKU tidak memuatnya.`,

  columnIgnored: (cell: string, label: string, usedCell: string) =>
    `Kolom ${cell} ${quote(label)} diabaikan karena kolom ${usedCell} sudah dibaca untuk isian yang sama.`,
  realisasiWithoutYear: (cell: string, label: string) =>
    `Kolom ${cell} ${quote(label)} tidak menyebut tahun realisasinya; kolom ini tidak dibaca.`,
  realisasiNotEarlier: (cell: string, label: string, tahun: number) =>
    `Kolom ${cell} ${quote(label)} bukan realisasi tahun sebelum ${tahun}; kolom ini tidak dibaca.`,
  realisasiSameYear: (cell: string, label: string, usedCell: string) =>
    `Kolom ${cell} ${quote(label)} diabaikan karena kolom ${usedCell} sudah memuat realisasi tahun yang sama.`,
  realisasiTooMany: (cell: string, label: string) =>
    `Kolom ${cell} ${quote(label)} diabaikan: hanya lima tahun realisasi terakhir yang dibaca.`,
  defaultPolarity: (row: number) =>
    `Tabel IKU (judul kolom baris ${row}) tidak memuat kolom Polaritas; IKU dianggap berpolaritas positif (makin tinggi makin baik).`,
  defaultAggregation: (row: number) =>
    `Tabel IKU (judul kolom baris ${row}) tidak memuat kolom Jenis Capaian; capaian IKU dihitung dari nilai akhir.`,
  noSatuanColumn: (row: number) =>
    `Tabel IKU (judul kolom baris ${row}) tidak memuat kolom Satuan; satuan IKU dikosongkan.`,
  nextTable: (row: number, kind: PkTableKind) =>
    `Baris ${row} memuat judul kolom tabel ${TABLE[kind]}; baris di bawahnya dibaca dengan judul kolom ini.`,

  columnNumbers: (row: number) => `Baris ${row} berisi nomor kolom dan dilewati.`,
  footer: (row: number, text: string) => `Baris ${row} (${quote(text)}) adalah baris jumlah dan dilewati.`,
  signature: (row: number) =>
    `Baris ${row} memuat tanda tangan; baris di bawahnya tidak dibaca kecuali di bawah judul kolom tabel berikutnya.`,
  orphanIku: (row: number, text: string) =>
    `IKU ${quote(text)} pada baris ${row} tidak memiliki sasaran strategis (pada baris ini atau di atasnya); dilewati.`,
  dataWithoutIndikator: (row: number) =>
    `Baris ${row} berisi target atau satuan tetapi tanpa indikator kinerja; dilewati.`,
  textWithoutIndikator: (row: number, text: string) =>
    `Baris ${row} (${quote(text)}) tidak memuat indikator kinerja; dilewati.`,
  targetEmpty: (row: number, text: string) => `Target IKU ${quote(text)} pada baris ${row} kosong.`,
  unreadable: (row: number, what: string, found: string, reason: PkReason) =>
    `${what} pada baris ${row} (${quote(found)}) ${REASON[reason]}; dikosongkan.`,
  unknownWord: (row: number, what: string, found: string) =>
    `${what} pada baris ${row} (${quote(found)}) bukan angka dan bukan nilai kualitatif yang dikenal; disimpan apa adanya. Tambahkan nilainya ke tabel konversi di Pengaturan, atau perbaiki isiannya.`,
  satuanEmpty: (row: number, text: string) => `Satuan IKU ${quote(text)} pada baris ${row} kosong.`,
  polarityUnknown: (row: number, found: string) =>
    `Polaritas ${quote(found)} pada baris ${row} tidak dikenali; IKU dianggap berpolaritas positif.`,
  aggregationUnknown: (row: number, found: string) =>
    `Jenis capaian ${quote(found)} pada baris ${row} tidak dikenali; capaian dihitung dari nilai akhir.`,

  sasaranWithoutIku: (row: number, text: string) =>
    `Sasaran strategis ${quote(text)} pada baris ${row} tidak memiliki IKU; dilewati.`,
  ikuNumbering: () =>
    `Kolom No menomori IKU, bukan sasaran strategis; sasaran dinomori menurut urutannya (1, 2, …).`,
  duplicateSasaranNo: (no: string) =>
    `Nomor sasaran strategis ${quote(no)} dipakai lebih dari satu sasaran; sasaran dinomori menurut urutannya (1, 2, …).`,

  raUnmatched: (row: number, text: string) =>
    `Rencana Aksi untuk indikator ${quote(text)} pada baris ${row} tidak cocok dengan IKU mana pun; dilewati.`,
  raConflict: (row: number, text: string, firstRow: number) =>
    `Target triwulan IKU ${quote(text)} pada baris ${row} berbeda dengan yang sudah terbaca dari baris ${firstRow}; yang pertama dipakai.`,
  raEmpty: (row: number, text: string) =>
    `Rencana Aksi untuk indikator ${quote(text)} pada baris ${row} tidak memuat target triwulan.`,

  programBadKode: (row: number, found: string) =>
    `Kode program ${quote(found)} pada baris ${row} tidak dapat dibaca; baris ini dilewati.`,
  programNumericKode: (row: number, found: string) =>
    `Kode program pada baris ${row} tersimpan sebagai angka (${found}), sehingga angka nol di belakangnya bisa hilang; baris ini dilewati. Ubah sel menjadi teks.`,
  programWithoutKode: (row: number, name: string) =>
    `Program ${quote(name)} pada baris ${row} tidak berkode; dilewati. Tulis kodenya di kolom Kode atau di awal nama.`,
  programLevel: (row: number, kode: string) =>
    `Kode ${kode} pada baris ${row} adalah urusan atau bidang, bukan program atau kegiatan; dilewati.`,
  programNameEmpty: (row: number, kode: string) => `Nama program ${kode} pada baris ${row} kosong.`,
  anggaranUnreadable: (row: number, kode: string, found: string, reason: PkReason) =>
    `Anggaran ${kode} pada baris ${row} (${quote(found)}) ${REASON[reason]}; anggaran dikosongkan.`,
  anggaranEmpty: (row: number, kode: string) => `Anggaran ${kode} pada baris ${row} kosong.`,
  programDuplicate: (row: number, kode: string, firstRow: number) =>
    `Program ${kode} sudah tercantum pada baris ${firstRow}; baris ${row} dilewati.`,
  programAnotherSasaran: (row: number, kode: string, firstRow: number) =>
    `Program ${kode} pada baris ${row} (sudah tercantum pada baris ${firstRow}) juga mendukung sasaran lain; anggarannya dihitung sekali.`,
  anggaranWithoutProgram: (row: number) => `Baris ${row} berisi anggaran tetapi tanpa program; dilewati.`,
  programText: (row: number, text: string) =>
    `Baris ${row} (${quote(text)}) tidak memuat program atau kegiatan; dilewati.`,
  sasaranUnknown: (row: number, found: string) =>
    `Sasaran ${quote(found)} pada baris ${row} tidak cocok dengan sasaran strategis mana pun di tabel IKU; program ini tidak dikaitkan ke sasaran.`,
  programsUnassigned: (count: number) =>
    `${count} program tidak menyebut sasaran strategis yang didukungnya, dan Perjanjian Kinerja memuat lebih dari satu sasaran; program itu belum dikaitkan ke sasaran mana pun.`,
} as const;
