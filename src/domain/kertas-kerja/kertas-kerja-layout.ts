import { columnLetters } from "../../sheet/address";

/**
 * Where everything stands on a kertas kerja. One table of columns, so that the template, its
 * formulas, its metadata and (later) the reader of returned files agree by construction.
 */
export const KK_TEMPLATE_VERSION = 1;

/** The quarterly target and realisasi columns, quarter 1 first (the master's Data sheet repeats them). */
export const TARGET_TW = ["targetTw1", "targetTw2", "targetTw3", "targetTw4"] as const;
export const REALISASI_TW = ["realisasiTw1", "realisasiTw2", "realisasiTw3", "realisasiTw4"] as const;

export const KK_COLUMNS = [
  "kode",
  "uraian",
  "indikator",
  "satuan",
  "polaritas",
  "jenisCapaian",
  "targetTahunan",
  ...TARGET_TW,
  "realisasiLalu",
  ...REALISASI_TW,
  "targetSd",
  "realisasiSd",
  "capaian",
  "predikat",
  "pagu",
  "realisasiAnggaran",
  "serapan",
  "pendorong",
  "penghambat",
  "tindakLanjut",
  "buktiDukung",
  "kunci",
] as const;
export type KkColumn = (typeof KK_COLUMNS)[number];

/** 0-based column index of a kertas kerja column. */
export const colIndex = Object.fromEntries(KK_COLUMNS.map((c, i) => [c, i])) as Record<KkColumn, number>;
/** Column letter of a kertas kerja column: col.capaian === "S". */
export const col = Object.fromEntries(KK_COLUMNS.map((c, i) => [c, columnLetters(i)])) as Record<
  KkColumn,
  string
>;

/** 1-based rows of the fixed parts. */
export const KK_ROWS = {
  title: 1,
  instansi: 2,
  bagian: 3,
  tahun: 4,
  periode: 5,
  batasWaktu: 6,
  petunjuk: 7,
  headerGroup: 9,
  header: 10,
  firstData: 11,
} as const;

/**
 * Column widths in character units, by column: narrow enough that the kode, uraian, indikator and
 * satuan plus everything the Bagian fills print on one landscape page width with body text of at
 * least 7 pt (kertas-kerja-print.ts), wide enough for a bold header word such as "Realisasi".
 * The uraian column is narrow: a program's, kegiatan's or sub kegiatan's name is merged across it,
 * the indikator and the satuan (empty on its row), while an indicator's row leaves it empty.
 * Never 9: exceljs takes 9 for its default width and writes no width at all (Excel then uses 8.43).
 */
export const KK_WIDTHS: Record<KkColumn, number> = {
  kode: 17,
  uraian: 7.5,
  indikator: 24,
  satuan: 8.5,
  polaritas: 8.5,
  jenisCapaian: 11,
  targetTahunan: 8.5,
  targetTw1: 8,
  targetTw2: 8,
  targetTw3: 8,
  targetTw4: 8,
  realisasiLalu: 10,
  realisasiTw1: 8.5,
  realisasiTw2: 8.5,
  realisasiTw3: 8.5,
  realisasiTw4: 8.5,
  targetSd: 8.5,
  realisasiSd: 8.5,
  capaian: 8.5,
  predikat: 10,
  pagu: 14,
  realisasiAnggaran: 14,
  serapan: 8.5,
  pendorong: 12,
  penghambat: 12,
  tindakLanjut: 12,
  buktiDukung: 12,
  kunci: 12,
};
