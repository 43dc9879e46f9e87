/** The columns of a prior report: the header labels accepted, and the fields read per quarter. */
import type { CellValue } from "../../sheet/plan";
import { INDIKATOR_LABELS, KODE_LABELS, TOLOK_UKUR_LABELS, triwulanLabels } from "./dpa-columns";
import type { SheetIssues } from "./reader-support";

/** A column the prior-report reader knows. */
export type PriorField =
  | "kode"
  | "indikator"
  | "tolokUkur"
  | "realisasi"
  | "target"
  | "capaian"
  | "tahun"
  | "periode"
  | "realisasiTw1"
  | "realisasiTw2"
  | "realisasiTw3"
  | "realisasiTw4"
  | "realisasiTahunan"
  | "targetTw1"
  | "targetTw2"
  | "targetTw3"
  | "targetTw4";

/** Header labels the prior-report reader accepts, compared after `normalizeLabel` (a year is ignored). */
export const PRIOR_LABELS: Record<PriorField, readonly string[]> = {
  kode: KODE_LABELS,
  indikator: INDIKATOR_LABELS,
  tolokUkur: TOLOK_UKUR_LABELS,
  realisasi: ["Realisasi", "Realisasi Kinerja"],
  target: ["Target", "Target Kinerja", "Target Tahunan"],
  capaian: ["Capaian", "Capaian (%)", "Capaian Kinerja"],
  tahun: ["Tahun"],
  periode: ["Periode", "Periode Laporan", "Triwulan"],
  realisasiTw1: triwulanLabels(1, "Realisasi"),
  realisasiTw2: triwulanLabels(2, "Realisasi"),
  realisasiTw3: triwulanLabels(3, "Realisasi"),
  realisasiTw4: triwulanLabels(4, "Realisasi"),
  realisasiTahunan: ["Realisasi Tahunan", "Realisasi Akhir Tahun"],
  targetTw1: triwulanLabels(1, "Target"),
  targetTw2: triwulanLabels(2, "Target"),
  targetTw3: triwulanLabels(3, "Target"),
  targetTw4: triwulanLabels(4, "Target"),
};

/** The realisasi and target columns of the wide form and the periods they give, TW I → TW IV. */
export const REALISASI_TW = ["realisasiTw1", "realisasiTw2", "realisasiTw3", "realisasiTw4"] as const;
export const TARGET_TW = ["targetTw1", "targetTw2", "targetTw3", "targetTw4"] as const;
export const QUARTERS = ["TW1", "TW2", "TW3", "TW4"] as const;

/** A prior report being read: its cells, the column of each field found, its form, and where issues go. */
export interface PriorTable {
  grid: readonly (readonly CellValue[] | undefined)[];
  cols: Partial<Record<PriorField, number>>;
  /** The column whose text is an indicator: Tolok Ukur when there is one, else Indikator. */
  indicatorCol: number;
  /** One row per indicator with a column per quarter (else one row per value, with its Periode). */
  wide: boolean;
  sink: SheetIssues;
}
