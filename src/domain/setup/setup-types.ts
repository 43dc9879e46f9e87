import type { PaperSize } from "../../sheet/plan";
import type { BagianCode, NegativeFormula, Periode } from "../shared/types";
import type { WorkingCalendar } from "./working-time";

/** Roles of the SOP "Pengumpulan Data Kinerja" (DOMAIN.md). */
export type SopRole = "kasubag-perencanaan" | "tim-sakip" | "kabag-umum-keuangan" | "sekretaris-daerah";
export const SOP_ROLES: readonly SopRole[] = [
  "kasubag-perencanaan",
  "tim-sakip",
  "kabag-umum-keuangan",
  "sekretaris-daerah",
];

export interface Person {
  nama: string;
  /** 18 digits: birth date YYYYMMDD, appointment YYYYMM, sex digit, 3-digit sequence. */
  nip: string;
}

export interface Official extends Person {
  peran: SopRole;
  jabatan: string;
}

export interface BagianInfo {
  kode: BagianCode;
  nama: string;
  kepala: Person;
}

/** A rating band: capaian ≥ min gets this predikat. Ordered from the highest band down. */
export interface PredikatBand {
  min: number;
  label: string;
}

/** One word of a qualitative scale and its score: { label: "WTP", score: 4 }. */
export interface QualitativeLevel {
  label: string;
  score: number;
}

/**
 * A qualitative scale (opini BPK, predikat SAKIP, Baik/Cukup/Kurang): its words, best first, each
 * with the score capaian is computed on. Words are compared without regard to case and spaces.
 */
export interface QualitativeScale {
  name: string;
  levels: QualitativeLevel[];
}

export interface RoundRules {
  /** Bands from the highest; the last band applies below every other. */
  predikat: PredikatBand[];
  /** Capaian above this is capped for rating only (the shown capaian is not capped). */
  capaianCap: number;
  negativeFormula: NegativeFormula;
  /** The scales qualitative targets and realisasi are scored on (Pengaturan "SKALA NILAI KUALITATIF"). */
  scales: QualitativeScale[];
  /**
   * The paper the round's sheets print on (kertas kerja, surat, Data). Optional: a setup stored
   * before it existed (a kertas kerja's metadata) has none and prints on DEFAULT_PAPER.
   */
  paperSize?: PaperSize;
}

/**
 * F4 (215 × 330 mm), the folio Indonesian government offices keep in their printers and name in
 * their tata naskah dinas; A4 is the setting's other choice.
 */
export const DEFAULT_PAPER: PaperSize = "F4";

/** The paper a round prints on. */
export const paperOf = (rules: Pick<RoundRules, "paperSize">): PaperSize => rules.paperSize ?? DEFAULT_PAPER;

/** DOMAIN.md: opini BPK, predikat SAKIP, and Baik/Cukup/Kurang, scored from the best down. */
export const DEFAULT_SCALES: QualitativeScale[] = [
  {
    name: "Opini BPK",
    levels: [
      { label: "WTP", score: 4 },
      { label: "WDP", score: 3 },
      { label: "TW", score: 2 },
      { label: "TMP", score: 1 },
    ],
  },
  {
    name: "Predikat SAKIP",
    levels: [
      { label: "AA", score: 7 },
      { label: "A", score: 6 },
      { label: "BB", score: 5 },
      { label: "B", score: 4 },
      { label: "CC", score: 3 },
      { label: "C", score: 2 },
      { label: "D", score: 1 },
    ],
  },
  {
    name: "Baik/Cukup/Kurang",
    levels: [
      { label: "Baik", score: 3 },
      { label: "Cukup", score: 2 },
      { label: "Kurang", score: 1 },
    ],
  },
];

/** The setup of one round, stored on the "Pengaturan" sheet. Versioned. */
export interface RoundSetup {
  type: "kertas-kerja-sakip/pengaturan";
  version: 1;
  instansi: string;
  tahun: number;
  periode: Periode;
  /** Deadline for the Bagian, ISO date "2026-04-15". */
  batasWaktu: string;
  bagian: BagianInfo[];
  pejabat: Official[];
  rules: RoundRules;
  /**
   * Working days, hours, zone and the holidays (libur nasional, cuti bersama) the SOP schedule
   * counts in: the sections "HARI KERJA" and "HARI LIBUR NASIONAL DAN CUTI BERSAMA". A sheet
   * written without them reads as DEFAULT_CALENDAR.
   */
  calendar: WorkingCalendar;
}

export const DEFAULT_RULES: RoundRules = {
  predikat: [
    { min: 91, label: "Sangat Tinggi" },
    { min: 76, label: "Tinggi" },
    { min: 66, label: "Sedang" },
    { min: 51, label: "Rendah" },
    { min: Number.NEGATIVE_INFINITY, label: "Sangat Rendah" },
  ],
  capaianCap: 120,
  negativeFormula: "selisih",
  scales: DEFAULT_SCALES,
  paperSize: DEFAULT_PAPER,
};
