/** Texts of the DPA reader, the prior-report reader and the matching of prior realisasi. */

const LEVEL = {
  urusan: "urusan",
  bidang: "bidang",
  program: "program",
  kegiatan: "kegiatan",
  subkegiatan: "sub kegiatan",
} as const;
type LevelName = keyof typeof LEVEL;

const quote = (s: string): string => `"${s.length > 80 ? `${s.slice(0, 77)}…` : s}"`;

/** Why a text is not a number, as the end of a sentence. */
const NUMBER_REASON = {
  empty: "kosong",
  ambiguous: "penulisannya tidak jelas (format Inggris?); tulis dengan koma desimal, misalnya 1.234,5",
  "not-a-number": "bukan angka",
  percent: "berupa persen, padahal pagu adalah rupiah",
  negative: "bernilai negatif",
} as const;
export type NumberReason = keyof typeof NUMBER_REASON;

export const dpa = {
  level: LEVEL,
  /** Names of the columns, for messages about the header. */
  column: {
    kode: "Kode",
    uraian: "Uraian",
    indikator: "Indikator",
    tolokUkur: "Indikator / Tolok Ukur",
    target: "Target",
    satuan: "Satuan",
    pagu: "Pagu",
    bagian: "Bagian",
    realisasi: "Realisasi",
  } as Record<string, string>,
  expected: {
    kode: "kode seperti 4.01.01 (program), 4.01.01.2.01 (kegiatan) atau 4.01.01.2.01.0001 (sub kegiatan)",
    kodeText: "kode sebagai teks (di Excel diawali tanda '), misalnya 4.01.01",
    number: "angka, misalnya 1.250.000,00 atau 85,5",
    rupiah: "jumlah rupiah, misalnya Rp 1.250.000.000,00",
    notEmpty: "isian tidak kosong",
    polarity: "Positif atau Negatif",
    aggregation: "Kumulatif, Nilai Akhir atau Persentase",
    periode: "TW I, TW II, TW III, TW IV atau Tahunan",
    tahun: "tahun empat angka, misalnya 2025",
    uniqueKode: "kode sub kegiatan yang belum dipakai",
    indicatorAbove: "baris berkode di atasnya",
    tolokUkur: "tolok ukur indikator",
    labels: (labels: readonly string[]) => labels.map(quote).join(", "),
  },

  headerNotFound: (sheet: string, rows: number, needed: string) =>
    `Tabel tidak ditemukan pada sheet "${sheet}": tidak ada baris judul kolom yang dikenali pada ${rows} baris pertama. Kolom yang diperlukan: ${needed}.`,
  headerMissing: (row: number, missing: string) =>
    `Baris judul tabel (baris ${row}) tidak memuat kolom ${missing}.`,
  columnWithLabels: (name: string, labels: readonly string[]) =>
    `${name} (${labels.slice(0, 4).map(quote).join(", ")}${labels.length > 4 ? ", …" : ""})`,
  columnIgnored: (cell: string, label: string, usedCell: string) =>
    `Kolom ${cell} ${quote(label)} diabaikan karena kolom ${usedCell} sudah dibaca untuk isian yang sama.`,
  columnNumbers: (row: number) => `Baris ${row} berisi nomor kolom dan dilewati.`,
  headerRepeated: (row: number) => `Baris ${row} mengulang judul kolom dan dilewati.`,
  footer: (row: number, text: string) => `Baris ${row} (${quote(text)}) adalah baris jumlah dan dilewati.`,
  noNodes: (sheet: string) =>
    `Tidak ada program, kegiatan atau sub kegiatan yang terbaca dari sheet "${sheet}".`,

  badKode: (row: number, found: string) =>
    `Kode ${quote(found)} pada baris ${row} tidak dapat dibaca; baris ini dan indikator lanjutannya dilewati.`,
  numericKode: (row: number, found: string) =>
    `Kode pada baris ${row} tersimpan sebagai angka (${found}), sehingga angka nol di belakangnya bisa hilang; baris ini dilewati. Ubah sel menjadi teks.`,
  levelIndicatorIgnored: (row: number, level: LevelName, kode: string, text: string) =>
    `Baris ${row} adalah baris ${LEVEL[level]} ${kode}; indikator ${quote(text)} pada baris ini tidak dibaca.`,
  duplicateKode: (row: number, kode: string, firstRow: number) =>
    `Sub kegiatan ${kode} sudah tercantum pada baris ${firstRow}; baris ${row} dan indikator lanjutannya dilewati.`,
  repeatedNode: (row: number, level: LevelName, kode: string, firstRow: number) =>
    `Baris ${row} mengulang ${LEVEL[level]} ${kode} dari baris ${firstRow}; indikator barunya digabung ke sana.`,
  repeatedPagu: (row: number, kode: string, found: string, kept: string) =>
    `Pagu ${kode} pada baris ${row} (${found}) berbeda dengan pagu yang sudah terbaca (${kept}); pagu pertama yang dipakai.`,
  nameEmpty: (row: number, level: LevelName, kode: string) =>
    `Uraian ${LEVEL[level]} ${kode} pada baris ${row} kosong.`,
  paguUnreadable: (row: number, kode: string, found: string, reason: NumberReason) =>
    `Pagu ${kode} pada baris ${row} (${quote(found)}) ${NUMBER_REASON[reason]}; pagu dikosongkan.`,
  targetQualitative: (row: number, found: string) =>
    `Target ${quote(found)} pada baris ${row} bukan angka; disimpan sebagai target kualitatif (nilainya dipetakan lewat tabel konversi).`,
  targetAmbiguous: (row: number, found: string) =>
    `Target ${quote(found)} pada baris ${row} ${NUMBER_REASON.ambiguous}; target dikosongkan.`,
  targetEmpty: (row: number, text: string) => `Target indikator ${quote(text)} pada baris ${row} kosong.`,
  targetTwUnreadable: (row: number, tw: string, found: string, reason: NumberReason) =>
    `Target ${tw} pada baris ${row} (${quote(found)}) ${NUMBER_REASON[reason]}; target triwulan ini dikosongkan.`,
  satuanEmpty: (row: number, text: string) => `Satuan indikator ${quote(text)} pada baris ${row} kosong.`,
  polarityUnknown: (row: number, found: string) =>
    `Polaritas ${quote(found)} pada baris ${row} tidak dikenali; ditentukan saat peninjauan.`,
  aggregationUnknown: (row: number, found: string) =>
    `Jenis capaian ${quote(found)} pada baris ${row} tidak dikenali; ditentukan saat peninjauan.`,
  masukan: (row: number, text: string) =>
    `Baris ${row} (${quote(text)}) adalah indikator Masukan (dana), bukan indikator kinerja; dilewati.`,
  orphanIndicator: (row: number, text: string) =>
    `Indikator ${quote(text)} pada baris ${row} tidak berkode dan tidak ada program, kegiatan atau sub kegiatan di atasnya; dilewati.`,
  underRejected: (row: number, text: string, rejectedRow: number) =>
    `Indikator ${quote(text)} pada baris ${row} adalah lanjutan baris ${rejectedRow} yang tidak terbaca; dilewati.`,
  dataWithoutIndicator: (row: number) =>
    `Baris ${row} berisi target, satuan atau pagu tetapi tanpa kode dan tanpa tolok ukur; dilewati.`,
  targetWithoutIndicator: (row: number, kode: string) =>
    `Baris ${row} (${kode}) berisi target atau satuan tetapi tanpa tolok ukur; target itu tidak dibaca.`,
  textWithoutKode: (row: number, text: string) =>
    `Baris ${row} (${quote(text)}) tidak berkode dan tanpa indikator; dilewati.`,
  nameWithoutKode: (row: number, name: string, kode: string) =>
    `Baris ${row} berisi uraian ${quote(name)} tanpa kode; indikatornya dibaca sebagai indikator lanjutan ${kode}.`,
  bagianDiffers: (row: number, found: string, kode: string, kept: string) =>
    `Bagian ${quote(found)} pada baris ${row} berbeda dengan Bagian ${kode} (${quote(kept)}); Bagian yang pertama dipakai.`,

  prior: {
    badKode: (row: number, found: string) =>
      `Kode ${quote(found)} pada baris ${row} laporan sebelumnya tidak dapat dibaca; baris ini dilewati.`,
    orphan: (row: number, text: string) =>
      `Indikator ${quote(text)} pada baris ${row} laporan sebelumnya tidak berkode dan tidak ada kode di atasnya; dilewati.`,
    afterBadKode: (row: number, text: string, badRow: number) =>
      `Indikator ${quote(text)} pada baris ${row} adalah lanjutan baris ${badRow} yang kodenya tidak terbaca; dilewati.`,
    realisasiUnreadable: (row: number, periode: string, found: string, reason: NumberReason) =>
      `Realisasi ${periode} pada baris ${row} (${quote(found)}) ${NUMBER_REASON[reason]}; tidak dibawa sebagai realisasi sebelumnya.`,
    noRealisasi: (row: number, text: string) =>
      `Indikator ${quote(text)} pada baris ${row} laporan sebelumnya tidak memiliki realisasi.`,
    realisasiWithoutIndicator: (row: number, kode: string) =>
      `Baris ${row} (${kode}) memiliki realisasi tetapi tanpa indikator; dilewati.`,
    periodeUnknown: (row: number, found: string) =>
      `Periode ${quote(found)} pada baris ${row} tidak dikenali; baris ini dilewati.`,
    tahunUnknown: (row: number, found: string) =>
      `Tahun ${quote(found)} pada baris ${row} tidak dikenali; tahun dikosongkan.`,
    tahunFromTitle: (tahun: number, row: number) =>
      `Tahun ${tahun} diambil dari judul laporan (baris ${row}) untuk baris yang tidak menyebut tahun.`,
    plainRealisasiIgnored: (cell: string) =>
      `Kolom Realisasi ${cell} diabaikan karena tabel ini memakai kolom realisasi per triwulan.`,
    targetUnreadable: (row: number, found: string) =>
      `Target ${quote(found)} pada baris ${row} laporan sebelumnya bukan angka; target dikosongkan.`,
  },

  match: {
    kodeNotInDpa: (kode: string, text: string, periode: string) =>
      `Realisasi ${periode} untuk ${kode} ${quote(text)} di laporan sebelumnya tidak cocok: kode ini tidak ada di DPA.`,
    textNotInDpa: (kode: string, text: string, periode: string) =>
      `Realisasi ${periode} untuk ${kode} ${quote(text)} di laporan sebelumnya tidak cocok dengan tolok ukur mana pun dari ${kode} di DPA.`,
    surplus: (kode: string, text: string, periode: string) =>
      `Realisasi ${periode} untuk ${kode} ${quote(text)} tercantum lebih sering di laporan sebelumnya daripada di DPA; baris tambahan tidak dicocokkan.`,
    fallback: (kode: string, priorText: string, dpaText: string) =>
      `Tolok ukur ${quote(priorText)} di laporan sebelumnya dicocokkan dengan ${quote(dpaText)} di DPA karena keduanya satu-satunya indikator ${kode}. Periksa: nilainya akan diisikan dan dikunci di kertas kerja.`,
    withoutPrior: (kode: string, text: string) =>
      `Indikator ${quote(text)} (${kode}) tidak memiliki realisasi di laporan sebelumnya.`,
    noPrior: () =>
      `Tidak ada realisasi dari laporan sebelumnya; kertas kerja tidak terisi realisasi sebelumnya.`,
    conflict: (kode: string, text: string, periode: string, values: string) =>
      `Realisasi ${periode} untuk ${kode} ${quote(text)} tercantum lebih dari sekali dengan nilai berbeda (${values}); periksa laporan sebelumnya.`,
    otherYear: (count: number, year: number, tahun: number) =>
      `${count} realisasi tahun ${year} bukan untuk tahun ${tahun} atau ${tahun - 1}; disimpan tetapi mungkin tidak dipakai.`,
    valuesAt: (values: readonly { value: string; row: number }[]) =>
      values.map((v) => `${v.value} (baris ${v.row})`).join(", "),
    periodeLabel: (periode: string, tahun: number | null) =>
      tahun === null ? periode : `${periode} ${tahun}`,
  },
} as const;
