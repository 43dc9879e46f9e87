/** Texts of the judgement of a returned kertas kerja (see domain/returned.ts). */
import { formatNumber } from "../domain/shared/numbers";

const quote = (s: string): string => `"${s.length > 80 ? `${s.slice(0, 77)}…` : s}"`;

export const returned = {
  empty: "(kosong)",
  none: "tidak ada",
  quote,
  /** A long text found in a cell, shortened for a message: its beginning and its length. */
  longFound: (start: string, length: number) => `${start}… (${formatNumber(length)} karakter)`,
  file: {
    noKertasKerja: (file: string) => `Berkas ${file} tidak memuat kertas kerja SAKIP.`,
    noKertasKerjaFound: (sheets: string) => `lembar: ${sheets}`,
    noKertasKerjaExpected: "kertas kerja yang dibuat aplikasi dan dikirim ke Bagian",
    unexpected: (file: string, what: string) =>
      `Berkas ${file} tidak dapat diperiksa karena isinya tidak terduga (${what}). Kirim berkas asli yang dibuat aplikasi.`,
  },
  meta: {
    missing: (file: string, sheet: string) =>
      `Lembar ${sheet} di berkas ${file} tampak seperti kertas kerja, tetapi metadatanya hilang. ` +
      "Kirim berkas asli yang dibuat aplikasi, bukan salinan lembarnya.",
    missingFound: "lembar metadata tidak ada",
    missingExpected: "lembar tersembunyi metadata kertas kerja dari berkas asli",
    several: (file: string, count: number) =>
      `Berkas ${file} memuat ${count} kertas kerja; satu berkas hanya boleh berisi kertas kerja satu Bagian.`,
    severalExpected: "satu kertas kerja per berkas",
    unreadable: (message: string) => `${message} Kirim berkas asli yang dibuat aplikasi.`,
    malformed: (what: string) =>
      `Metadata kertas kerja tidak lengkap atau rusak (${what}). Kirim berkas asli yang dibuat aplikasi.`,
    malformedExpected: "metadata kertas kerja yang utuh",
    edited:
      "Metadata kertas kerja telah diubah: sidik jarinya tidak cocok dengan isinya. Kirim berkas asli yang dibuat aplikasi.",
    editedFound: (fingerprint: string) => `sidik jari ${fingerprint.slice(0, 12)}…`,
    editedExpected: (fingerprint: string) => `sidik jari ${fingerprint.slice(0, 12)}…`,
    templateVersion: (version: string) =>
      `Kertas kerja dibuat dengan templat versi ${version} yang tidak dikenal aplikasi ini.`,
    templateVersionExpected: (versions: string) => `templat versi ${versions}`,
    instansi: "Kertas kerja ini milik instansi lain.",
    tahun: "Kertas kerja ini untuk tahun anggaran lain.",
    periode: "Kertas kerja ini untuk periode lain.",
    bagianUnknown: (nama: string, kode: string) =>
      `${nama} (${kode}) tidak terdaftar dalam pengaturan putaran ini: kertas kerjanya tidak dapat dihimpun.`,
    bagianExpected: (list: string) => `salah satu Bagian: ${list}`,
    otherGeneration: (bagian: string) =>
      `Kertas kerja ${bagian} ini berasal dari pembuatan lain pada putaran ini (isinya berbeda dengan yang ` +
      "terakhir dibuat master). Minta Bagian mengisi kertas kerja terbaru.",
    notGenerated: (bagian: string) =>
      `Master ini tidak mencatat pernah membuat kertas kerja untuk ${bagian}; berkas diperiksa dengan metadatanya sendiri.`,
  },
  sheet: {
    renamed: (from: string, to: string) =>
      `Lembar kertas kerja berganti nama dari ${quote(from)} menjadi ${quote(to)}; baris dikenali dari kuncinya.`,
    missing: (sheet: string) => `Lembar kertas kerja ${quote(sheet)} tidak ditemukan di berkas.`,
    missingExpected: (sheet: string) => `lembar ${quote(sheet)} dengan kolom kunci berisi kunci baris`,
    columnsMoved: (column: string, expected: string) =>
      `Kolom kertas kerja telah digeser: kunci baris ada di kolom ${column}, seharusnya di kolom ${expected}. ` +
      "Kirim berkas asli tanpa menyisipkan atau menghapus kolom.",
  },
  rows: {
    missing: (what: string) =>
      `Baris ${what} tidak ditemukan (terhapus?). Kembalikan baris itu dari berkas asli.`,
    missingFound: "baris tidak ada",
    missingExpected: (key: string) => `baris dengan kunci ${quote(key)}`,
    duplicate: (row: number, first: number) =>
      `Baris ${row} adalah salinan baris ${first} (kuncinya sama). Hapus salinannya.`,
    duplicateExpected: "setiap kunci satu kali",
    inserted: (row: number) =>
      `Baris ${row} disisipkan dan berisi data; isinya tidak ikut dihimpun. Isi data hanya pada baris yang disediakan.`,
    insertedExpected: "data hanya pada baris kertas kerja asli",
    level: {
      sasaran: "sasaran strategis",
      program: "program",
      kegiatan: "kegiatan",
      subkegiatan: "sub kegiatan",
      indicator: "indikator",
    } as Record<string, string>,
    what: (level: string, label: string) => `${level} ${quote(label)}`,
  },
  locked: {
    changed: (cell: string, column: string) =>
      `Sel ${cell} (${column}) terkunci dan telah diubah. Kembalikan isinya seperti semula.`,
    formulaOverwritten: (cell: string, column: string) =>
      `Rumus terkunci di sel ${cell} (${column}) telah ditimpa dengan nilai ketikan, sehingga lembar ` +
      "yang ditandatangani tidak menampilkan hasil hitungan dari isian. Kembalikan rumusnya seperti berkas asli.",
    formulaChanged: (cell: string, column: string) =>
      `Rumus terkunci di sel ${cell} (${column}) telah diubah. Kembalikan rumusnya seperti berkas asli.`,
    formulaExpected: "rumus bawaan kertas kerja",
    rowChanged: (range: string) =>
      `Isi terkunci baris ${range} telah diubah. Kembalikan isinya seperti berkas asli.`,
    rowChangedFound: "isi terkunci berubah",
    rowChangedExpected: "isi terkunci seperti berkas asli",
  },
  value: {
    expectedNumber: "angka 0 atau lebih, misalnya 85 atau 85,5 (kosong = belum dilaporkan)",
    expectedMoney: "jumlah rupiah 0 atau lebih, misalnya 1250000 atau 1.250.000",
    ambiguous: (cell: string) =>
      `Angka di sel ${cell} ditulis tidak jelas (format Inggris?). Tulis dengan koma desimal, misalnya 1.234,5.`,
    notANumber: (cell: string) => `Sel ${cell} berisi teks, bukan angka.`,
    date: (cell: string, shown: string, kind: "date" | "time" | "datetime") =>
      `Sel ${cell} berisi ${{ date: "tanggal", time: "jam", datetime: "tanggal dan jam" }[kind]} (${shown}), ` +
      "bukan angka. Excel mengubah ketikan seperti 3/12 menjadi tanggal: ubah format selnya menjadi Angka, " +
      "lalu ketik ulang realisasinya.",
    boolean: (cell: string) => `Sel ${cell} berisi nilai logika (BENAR/SALAH), bukan angka.`,
    excelError: (cell: string) => `Sel ${cell} berisi galat Excel, bukan angka.`,
    negative: (cell: string) => `Sel ${cell} bernilai negatif; realisasi tidak boleh kurang dari 0.`,
    percentMoney: (cell: string) =>
      `Realisasi anggaran di sel ${cell} ditulis sebagai persen, padahal harus rupiah.`,
    formula: (cell: string) =>
      `Sel isian ${cell} berisi rumus; hasil terakhirnya dipakai. Sebaiknya tulis angkanya langsung.`,
    formulaNoResult: (cell: string) =>
      `Sel isian ${cell} berisi rumus tanpa hasil tersimpan. Tulis angkanya langsung.`,
  },
  text: {
    formula: (cell: string) => `Sel ${cell} berisi rumus; hasilnya diambil sebagai teks.`,
    formulaExpected: "teks",
    tooLong: (cell: string, column: string, length: number, max: number) =>
      `Teks di sel ${cell} (${column}) panjangnya ${formatNumber(length)} karakter, melebihi batas ` +
      `${formatNumber(max)} karakter per sel Excel. Di master teks ini dipotong, dengan tanda ` +
      `"[teks dipotong: aslinya ${formatNumber(length)} karakter]" di ujungnya; teks lengkapnya tetap ada ` +
      "di berkas kiriman ini, yang sidik jari SHA-256-nya tercatat di lembar Data.",
    tooLongFound: (length: number) => `teks ${formatNumber(length)} karakter`,
    tooLongExpected: (max: number) => `paling banyak ${formatNumber(max)} karakter`,
    signatureNama: "nama penanda tangan",
    signatureNip: "NIP penanda tangan",
  },
  link: {
    notHttp: (cell: string) =>
      `Tautan bukti dukung di sel ${cell} bukan alamat http(s); tautannya tidak diikuti, hanya teksnya yang dicatat.`,
    notHttpExpected: "tautan http:// atau https://",
    tooLong: (cell: string, length: number, max: number) =>
      `Tautan bukti dukung di sel ${cell} panjangnya ${formatNumber(length)} karakter, melebihi ` +
      `${formatNumber(max)} karakter; tautannya tidak diikuti, hanya teksnya yang dicatat.`,
    tooLongExpected: (max: number) => `tautan http(s) paling panjang ${formatNumber(max)} karakter`,
  },
  check: {
    farAboveTarget: (cell: string, factor: number) =>
      `Realisasi di sel ${cell} lebih dari ${factor} kali targetnya. Periksa kembali angkanya.`,
    farAboveTargetExpected: (factor: number, target: string) => `paling banyak ${factor} × target ${target}`,
    persentaseDecreased: (cell: string, earlier: string) =>
      `Indikator persentase di sel ${cell} turun dari ${earlier} triwulan sebelumnya; persentase biasanya tidak menurun.`,
    persentaseExpected: (value: string) => `${value} atau lebih`,
    anggaranAbovePagu: (cell: string) => `Realisasi anggaran di sel ${cell} melebihi pagu.`,
    anggaranExpected: (pagu: string) => `paling banyak pagu Rp ${pagu}`,
    noBukti: (cell: string) => `Realisasi dilaporkan tanpa bukti dukung (sel ${cell} kosong).`,
    noBuktiExpected: "nomor dokumen, nama berkas, atau tautan bukti dukung",
    notReported: (cell: string, indikator: string) =>
      `Realisasi triwulan ini di sel ${cell} kosong: indikator ${quote(indikator)} belum dilaporkan.`,
    notReportedExpected: "angka realisasi (0 bila memang nol)",
  },
  signature: {
    tanggalMissing: (cell: string) => `Tanggal tanda tangan Kepala Bagian (sel ${cell}) belum diisi.`,
    tanggalInvalid: (cell: string) => `Tanggal tanda tangan di sel ${cell} bukan tanggal yang sah.`,
    tanggalExpected: "tanggal, misalnya 10/07/2026",
    namaMissing: (cell: string) => `Nama Kepala Bagian (sel ${cell}) belum diisi.`,
    namaExpected: "nama Kepala Bagian yang menandatangani",
    nipMissing: (cell: string) => `NIP Kepala Bagian (sel ${cell}) belum diisi.`,
    nipInvalid: (cell: string) => `NIP di sel ${cell} harus 18 digit angka.`,
    nipExpected: "18 digit angka, misalnya 196504221988031008",
    nipNumber: (cell: string) =>
      `NIP di sel ${cell} tersimpan sebagai angka sehingga digit terakhirnya hilang. Tulis NIP sebagai teks.`,
    nipNumberExpected: "NIP 18 digit sebagai teks, misalnya '196504221988031008",
    nipDate: (cell: string) => `NIP di sel ${cell} tidak memuat tanggal lahir yang sah (8 digit pertama).`,
    nipDateExpected: "8 digit pertama berupa tanggal lahir TTTTBBHH",
    nipAppointment: (cell: string) =>
      `NIP di sel ${cell} tidak memuat TMT pengangkatan yang sah (digit ke-9 sampai ke-14).`,
    nipAppointmentExpected: "digit ke-9 sampai ke-14 berupa TTTTBB: tahun 1900 atau sesudahnya, bulan 01–12",
    nipSex: (cell: string) => `NIP di sel ${cell}: digit ke-15 harus 1 (laki-laki) atau 2 (perempuan).`,
    nipSexExpected: "digit ke-15 berupa 1 atau 2",
  },
} as const;
