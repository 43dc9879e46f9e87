/**
 * Why a sheet plan cannot be written, for either host: one sheet's problems, each a short phrase,
 * joined by `invalid`. (Charts and hyperlinks have theirs in `charts.ts`.)
 */
import { formatNumber } from "../domain/shared/numbers";

export const sheetPlan = {
  invalid: (sheet: string, problems: string[]) =>
    `Lembar "${sheet}" tidak dapat ditulis: ${problems.join("; ")}`,
  sheetNameEmpty: "nama lembar kosong",
  sheetNameTooLong: (max: number) => `nama lembar lebih dari ${max} karakter`,
  sheetNameChars: "nama lembar memuat karakter terlarang (: \\ / ? * [ ]) atau diawali/diakhiri tanda petik",
  sheetNameReserved: 'nama lembar "History" (dalam huruf besar atau kecil apa pun) dicadangkan oleh Excel',
  sheetNameDuplicate: "nama lembar dipakai lebih dari sekali",
  address: (address: string) => `alamat sel atau rentang tidak sah: "${address}"`,
  mergeOverlap: (a: string, b: string) => `rentang gabungan ${a} dan ${b} bertumpang tindih`,
  number: (address: string) => `angka di ${address} tidak terhingga atau bukan angka`,
  valueType: (address: string) => `isi ${address} bukan teks, angka, atau benar/salah`,
  textTooLong: (address: string, max: number) => `teks di ${address} lebih dari ${max} karakter`,
  /** The mark at the end of a text cut to fit a cell (see src/sheet/cell-text.ts). */
  textCut: (length: number) => ` … [teks dipotong: aslinya ${formatNumber(length)} karakter]`,
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
  definedNameDuplicate: (name: string) => `nama rentang dipakai lebih dari sekali: "${name}"`,
} as const;
