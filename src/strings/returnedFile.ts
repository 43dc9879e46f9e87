/**
 * Messages about a returned kertas kerja that cannot be read safely: checked on the file itself,
 * before anything in it is opened. Each names the file, says what was found and what is expected,
 * and what the user (or the Bagian) should do.
 */
import { formatNumber } from "../domain/shared/numbers";

/** A size for people, at most one decimal: "850 bita", "4 KB", "12,5 KB", "20 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} bita`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${formatNumber(kb, 1)} KB`;
  return `${formatNumber(kb / 1024, 1)} MB`;
}

const resend =
  "Minta Bagian pengirim menyimpan ulang kertas kerjanya di Excel sebagai .xlsx lalu mengirimnya kembali.";

/** What a non-.xlsx file most likely is (see src/hosts/xlsx/sniff.ts). */
const foreign = {
  pdf: "berkas PDF",
  html: "halaman web (HTML)",
  spreadsheetml: "Lembar Kerja XML 2003",
  xml: "berkas XML",
  rtf: "dokumen RTF",
  image: "berkas gambar",
  archive: "arsip terkompresi (RAR, 7z, atau gzip)",
  csv: "berkas teks CSV",
  text: "berkas teks",
  unknown: "berkas dengan format yang tidak dikenali",
} as const;

/** What to do about each kind of foreign file. */
const foreignAdvice: Record<keyof typeof foreign, string> = {
  pdf: "Hasil cetak atau ekspor PDF tidak dapat dihimpun; minta Bagian mengirim berkas .xlsx kertas kerjanya.",
  html: "Berkas ini mungkin halaman galat dari unduhan atau disimpan sebagai halaman web. " + resend,
  spreadsheetml: resend,
  xml: resend,
  rtf: "Minta Bagian mengirim berkas .xlsx kertas kerjanya, bukan dokumen.",
  image: "Foto atau pindaian tidak dapat dihimpun; minta Bagian mengirim berkas .xlsx kertas kerjanya.",
  archive: "Ekstrak dulu arsipnya, lalu pilih berkas .xlsx yang ada di dalamnya.",
  csv: "Ekspor CSV kehilangan data pengenal kertas kerja; minta Bagian mengirim berkas .xlsx aslinya.",
  text: "Minta Bagian mengirim berkas .xlsx kertas kerjanya.",
  unknown: "Minta Bagian mengirim ulang berkas .xlsx kertas kerjanya.",
};

/** What a zip that is not a workbook most likely is. */
const otherZip = {
  docx: "dokumen Word (.docx)",
  pptx: "presentasi PowerPoint (.pptx)",
  ods: "berkas OpenDocument (misalnya .ods dari LibreOffice)",
  xlsb: "buku kerja biner Excel (.xlsb)",
  zip: "arsip zip biasa",
} as const;

export const returnedFile = {
  fileSize,
  expected: "buku kerja Excel .xlsx",
  expectedKertasKerja: "berkas kertas kerja .xlsx",
  foreign,
  otherZip,

  empty: (file: string) =>
    `Berkas ${file} kosong (0 bita), padahal yang diharapkan buku kerja Excel .xlsx berisi kertas kerja. ` +
    `Berkas mungkin gagal terunduh atau tersalin; minta Bagian mengirim ulang.`,
  foundEmpty: "berkas kosong (0 bita)",

  tooLarge: (file: string, size: number, max: number) =>
    `Berkas ${file} berukuran ${fileSize(size)}, melebihi batas ${fileSize(max)} untuk kertas kerja. ` +
    `Kertas kerja biasanya jauh lebih kecil: minta Bagian menghapus gambar atau lembar tambahan, ` +
    `menyimpannya lagi sebagai .xlsx, lalu mengirim ulang.`,
  foundSize: (size: number) => `berkas ${fileSize(size)}`,
  expectedSize: (max: number) => `berkas .xlsx paling besar ${fileSize(max)}`,

  encrypted: (file: string) =>
    `Berkas ${file} dilindungi kata sandi pembuka, sehingga isinya tidak dapat dibaca. Diharapkan ` +
    `buku kerja .xlsx tanpa kata sandi pembuka. Minta Bagian membukanya di Excel, menghapus kata ` +
    `sandi pembuka (menu File > Info), menyimpan, lalu mengirim ulang. Proteksi lembar tidak perlu dihapus.`,
  foundEncrypted: "buku kerja terenkripsi dengan kata sandi pembuka",
  expectedUnencrypted: "buku kerja Excel .xlsx tanpa kata sandi pembuka",

  xls: (file: string, found: string) =>
    `Berkas ${file} adalah ${found}, bukan buku kerja Excel .xlsx. Minta Bagian membukanya di Excel, ` +
    `menyimpannya sebagai "Buku Kerja Excel (*.xlsx)", lalu mengirim ulang.`,
  foundXls: "buku kerja Excel 97–2003 (.xls)",
  foundOle: "berkas Office format lama (misalnya .xls atau .doc)",

  notXlsx: (file: string, kind: keyof typeof foreign) =>
    `Berkas ${file} bukan buku kerja Excel .xlsx, melainkan ${foreign[kind]}. ${foreignAdvice[kind]}`,

  tooManyEntries: (file: string, count: number, max: number) =>
    `Berkas ${file} memuat ${formatNumber(count)} bagian di dalamnya, melebihi batas ` +
    `${formatNumber(max)} bagian untuk sebuah buku kerja; berkas ini tidak dibuka demi keamanan. ` +
    resend,
  foundEntries: (count: number) => `${formatNumber(count)} bagian di dalam berkas`,
  expectedEntries: (max: number) => `paling banyak ${formatNumber(max)} bagian`,

  zipBomb: (file: string, what: string) =>
    `Berkas ${file} tidak dibuka demi keamanan: ${what}. Kertas kerja yang wajar jauh di bawah batas ini. ` +
    resend,
  bombTotal: (size: number, max: number) =>
    `isinya mengembang menjadi ${fileSize(size)} bila diurai, melebihi batas ${fileSize(max)}`,
  foundUnzipped: (size: number) => `${fileSize(size)} setelah diurai`,
  expectedUnzipped: (max: number) => `paling banyak ${fileSize(max)} setelah diurai`,
  bombRatio: (entry: string, ratio: number, max: number) =>
    `bagian "${entry}" mengembang ${formatNumber(Math.round(ratio))} kali lipat bila diurai, ` +
    `melebihi batas ${formatNumber(max)} kali`,
  foundRatio: (entry: string, ratio: number) =>
    `"${entry}" mengembang ${formatNumber(Math.round(ratio))} kali lipat`,
  expectedRatio: (max: number) => `paling banyak ${formatNumber(max)} kali lipat per bagian`,
  bombLie: (entry: string, declared: number) =>
    `bagian "${entry}" mengembang melebihi ukuran ${fileSize(declared)} yang dinyatakan di daftar isi berkas`,
  foundLie: (entry: string, declared: number) =>
    `"${entry}" lebih besar daripada ${fileSize(declared)} yang dinyatakan`,
  expectedLie: "setiap bagian sebesar ukuran yang dinyatakan di daftar isi berkas",

  macro: (file: string, found: string) =>
    `Berkas ${file} adalah ${found}. Makro tidak pernah dijalankan oleh aplikasi ini, dan buku kerja ` +
    `bermakro tidak diterima. Minta Bagian menyimpannya di Excel sebagai "Buku Kerja Excel (*.xlsx)" ` +
    `(makronya akan dibuang), lalu mengirim ulang.`,
  foundMacro: "buku kerja bermakro (.xlsm)",
  foundMacroName: "berkas bernama .xlsm (buku kerja bermakro)",
  expectedNoMacro: "buku kerja Excel .xlsx tanpa makro",

  notWorkbook: (file: string, kind: keyof typeof otherZip) =>
    `Berkas ${file} adalah ${otherZip[kind]}, bukan buku kerja Excel .xlsx. ` +
    (kind === "docx" || kind === "pptx" || kind === "zip"
      ? "Minta Bagian mengirim berkas .xlsx kertas kerjanya."
      : resend),

  corrupt: (file: string) =>
    `Berkas ${file} rusak (mungkin terpotong saat diunduh atau dikirim) sehingga tidak dapat dibaca ` +
    `sebagai buku kerja .xlsx. Coba unduh ulang; bila tetap gagal, minta Bagian mengirim ulang berkasnya.`,
  foundCorrupt: "berkas .xlsx yang rusak atau terpotong",

  notFound: (file: string) => `Berkas ${file} tidak ditemukan. Periksa nama dan folder berkasnya.`,
  foundMissing: "berkas tidak ada",
  expectedExisting: "berkas .xlsx yang ada dan dapat dibaca",
  unreadable: (file: string, reason: string) =>
    `Berkas ${file} tidak dapat dibaca: ${reason}. Tutup berkas itu di program lain atau periksa ` +
    `izin aksesnya, lalu coba lagi.`,
  foundUnreadable: (reason: string) => `berkas tidak dapat dibaca (${reason})`,
} as const;
