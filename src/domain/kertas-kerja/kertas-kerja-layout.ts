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

/** Column widths in character units, by column. */
export const KK_WIDTHS: Record<KkColumn, number> = {
  kode: 22,
  uraian: 34,
  indikator: 38,
  satuan: 11,
  polaritas: 10,
  jenisCapaian: 12,
  targetTahunan: 11,
  targetTw1: 9,
  targetTw2: 9,
  targetTw3: 9,
  targetTw4: 9,
  realisasiLalu: 11,
  realisasiTw1: 11,
  realisasiTw2: 11,
  realisasiTw3: 11,
  realisasiTw4: 11,
  targetSd: 10,
  realisasiSd: 11,
  capaian: 10,
  predikat: 14,
  pagu: 17,
  realisasiAnggaran: 17,
  serapan: 10,
  pendorong: 28,
  penghambat: 28,
  tindakLanjut: 28,
  buktiDukung: 28,
  kunci: 12,
};
