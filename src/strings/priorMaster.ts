/** Messages of reading a master workbook as the prior report of a later round, and of the next round's setup. */
import { common } from "./common";

type P = keyof typeof common.periode;
/** "Triwulan I 2026". */
const round = (tahun: number, periode: P): string => `${common.periode[periode]} ${tahun}`;

export const priorMaster = {
  round,
  noData: (file: string) =>
    `${file} adalah buku kerja induk, tetapi belum berisi lembar "Data" hasil konsolidasi: tidak ada ` +
    "realisasi yang dapat dibawa. Konsolidasikan dahulu kertas kerja yang kembali, lalu pakai induk itu.",
  noDataFound: "lembar Pengaturan tanpa lembar Data",
  noDataExpected: 'lembar "Data" yang ditulis saat konsolidasi',
  empty: (file: string, sheet: string) =>
    `Lembar "${sheet}" induk ${file} tidak berisi realisasi yang dikonsolidasi: tidak ada yang dapat dibawa.`,
  emptyFound: "tidak ada realisasi",
  emptyExpected: "baris indikator dengan realisasi per triwulan",
  unreadableData: (file: string, sheet: string) =>
    `Lembar "${sheet}" induk ${file} tidak dapat dibaca sebagai data konsolidasi.`,
  setupFromData: (file: string) =>
    `Lembar Pengaturan induk ${file} tidak ada atau tidak terbaca; instansi, tahun, dan periode induk ` +
    'diambil dari lembar "Data".',
  instansi: (file: string, found: string, expected: string) =>
    `Buku kerja induk ${file} milik instansi lain ("${found}"), bukan "${expected}" yang putarannya sedang ` +
    "disiapkan; realisasinya tidak dibawa.",
  instansiExpected: (expected: string) => `instansi putaran ini: "${expected}"`,
  notEarlier: (file: string, found: string, expected: string) =>
    `Buku kerja induk ${file} adalah putaran ${found}, bukan putaran sebelum ${expected} yang sedang disiapkan; ` +
    "realisasinya tidak dapat dibawa sebagai laporan sebelumnya.",
  notEarlierExpected: (expected: string) => `induk putaran sebelum ${expected}`,
  tooOld: (file: string, found: string, expected: string) =>
    `Buku kerja induk ${file} adalah putaran ${found}: lebih dari setahun sebelum ${expected}, sehingga tidak ada ` +
    "realisasi yang dapat dibawa.",
  notYearEnd: (file: string, found: string, expected: string) =>
    `Buku kerja induk ${file} adalah putaran ${found}: realisasi tahun lalu untuk ${expected} diambil dari induk ` +
    "Triwulan IV atau Tahunan, dan realisasi triwulan tahun lalu tidak dipakai; tidak ada yang dapat dibawa.",
  olderExpected: (tahun: number, periode: P) =>
    periode === "TW1"
      ? `induk Triwulan IV atau Tahunan ${tahun - 1}`
      : `induk putaran sebelum ${round(tahun, periode)}, atau induk Triwulan IV atau Tahunan ${tahun - 1}`,
  rowOfOtherRound: (row: number, found: string, expected: string) =>
    `Baris ${row} lembar "Data" berasal dari ${found}, bukan ${expected} seperti induknya; realisasinya tidak dibawa.`,
  withoutKode: (count: number) =>
    `${count} baris indikator lembar "Data" tanpa kode DPA tidak dibawa sebagai realisasi sebelumnya.`,
  carried: (count: number, file: string, found: string, bagian: number) =>
    `${count} realisasi dibawa dari induk ${file} (${found}) dari ${bagian} Bagian; nilainya diisikan dan ` +
    "dikunci di kertas kerja, dengan asal tiap nilai tercatat di metadata kertas kerja.",
  cli: {
    refused: (path: string) => `Laporan sebelumnya ${path} ditolak:`,
    previousMaster: (path: string, found: string, expected: string) =>
      `Pengaturan diambil dari induk putaran sebelumnya ${path} (${found}) untuk putaran ${expected}; ` +
      "induk itu tidak diubah. Induk putaran baru dibuat oleh consolidate dari kertas kerja yang kembali.",
  },
  setup: {
    notAMaster: (file: string) =>
      `${file} tidak memiliki lembar "Pengaturan" yang dapat dibaca, sehingga putaran berikutnya tidak dapat disalin darinya.`,
    notAMasterExpected: 'buku kerja induk dengan lembar "Pengaturan"',
  },
} as const;
