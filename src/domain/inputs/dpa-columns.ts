/** The columns of a DPA table: the header labels accepted and how the optional cells read. */
import type { CellValue } from "../../sheet/plan";
import { cellText, normalizeLabel } from "../shared/text";
import type { Aggregation, Polarity } from "../shared/types";

export type DpaField =
  | "kode"
  | "uraian"
  | "indikator"
  | "tolokUkur"
  | "target"
  | "satuan"
  | "pagu"
  | "bagian"
  | "polaritas"
  | "jenisCapaian"
  | "jenis"
  | "targetTw1"
  | "targetTw2"
  | "targetTw3"
  | "targetTw4";

export const ROMAN = ["I", "II", "III", "IV"] as const;

/** Ways a quarter is written in a header: "TW I", "TW 1", "TW1", "Triwulan I", "Triwulan 1". */
export function triwulanLabels(q: 1 | 2 | 3 | 4, prefix: string): string[] {
  const r = ROMAN[q - 1] ?? "";
  return [`TW ${r}`, `TW ${q}`, `TW${q}`, `Triwulan ${r}`, `Triwulan ${q}`, `Trw ${r}`].map((l) =>
    `${prefix} ${l}`.trim(),
  );
}

export const KODE_LABELS = ["Kode", "Kode Rekening"];
export const INDIKATOR_LABELS = ["Indikator", "Indikator Kinerja"];
export const TOLOK_UKUR_LABELS = ["Tolok Ukur", "Tolok Ukur Kinerja", "Tolak Ukur"];

/** Header labels the DPA reader accepts, compared after `normalizeLabel` (a year is ignored). */
export const DPA_LABELS: Record<DpaField, readonly string[]> = {
  kode: KODE_LABELS,
  uraian: [
    "Uraian",
    "Program / Kegiatan / Sub Kegiatan",
    "Nama Program/Kegiatan/Sub Kegiatan",
    "Uraian Program/Kegiatan/Sub Kegiatan",
  ],
  indikator: INDIKATOR_LABELS,
  tolokUkur: TOLOK_UKUR_LABELS,
  target: ["Target", "Target Kinerja", "Target Tahunan", "Volume"],
  satuan: ["Satuan"],
  pagu: ["Pagu", "Pagu Anggaran", "Pagu Anggaran (Rp)", "Anggaran", "Jumlah (Rp)", "Pagu (Rp)"],
  bagian: ["Bagian", "Bagian Pelaksana", "Unit Kerja", "Penanggung Jawab"],
  polaritas: ["Polaritas", "Sifat Indikator", "Polaritas Indikator"],
  jenisCapaian: ["Jenis Capaian", "Cara Perhitungan Capaian"],
  jenis: ["Jenis Indikator", "Jenis"],
  targetTw1: [...triwulanLabels(1, "Target"), ...triwulanLabels(1, "")],
  targetTw2: [...triwulanLabels(2, "Target"), ...triwulanLabels(2, "")],
  targetTw3: [...triwulanLabels(3, "Target"), ...triwulanLabels(3, "")],
  targetTw4: [...triwulanLabels(4, "Target"), ...triwulanLabels(4, "")],
};

const POLARITY: Record<string, Polarity> = {
  positif: "positif",
  positive: "positif",
  "+": "positif",
  naik: "positif",
  maksimal: "positif",
  maksimalisasi: "positif",
  maximize: "positif",
  negatif: "negatif",
  negative: "negatif",
  "-": "negatif",
  "−": "negatif",
  turun: "negatif",
  minimal: "negatif",
  minimalisasi: "negatif",
  minimize: "negatif",
};

/**
 * Reads a polarity cell: positif/negatif, "+"/"-", naik/turun, maksimalisasi/minimalisasi.
 * In a polarity column "-" is the minus sign, not "no value".
 */
export function parsePolarity(v: CellValue): Polarity | null | undefined {
  const text = cellText(v);
  if (text === "") return null;
  return POLARITY[text.trim()] ?? POLARITY[normalizeLabel(text)];
}

const AGGREGATION: Record<string, Aggregation> = {
  kumulatif: "kumulatif",
  akumulatif: "kumulatif",
  akumulasi: "kumulatif",
  "nilai akhir": "nilai-akhir",
  akhir: "nilai-akhir",
  "posisi akhir": "nilai-akhir",
  persentase: "persentase",
  prosentase: "persentase",
  persen: "persentase",
};

/** Reads a "Jenis Capaian" cell: kumulatif, nilai akhir, persentase (null when empty, undefined when unknown). */
export function parseAggregation(v: CellValue): Aggregation | null | undefined {
  const text = cellText(v);
  if (text === "") return null;
  return AGGREGATION[normalizeLabel(text)];
}

/** Known kinds of indicator, by normalised label. */
export const JENIS: Record<string, string> = {
  "capaian program": "Capaian Program",
  hasil: "Hasil",
  keluaran: "Keluaran",
  masukan: "Masukan",
  outcome: "Hasil",
  output: "Keluaran",
  input: "Masukan",
};
