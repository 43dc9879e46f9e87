import type { SheetPlan } from "../sheet/plan";
import type { RoundSetup, BagianInfo } from "../domain/setup/setup-types";
import type {
  Aggregation,
  BagianCode,
  Dpa,
  IndicatorKey,
  Issue,
  Kode,
  PerjanjianKinerja,
  Polarity,
  PriorValue,
  Quarterly,
} from "../domain/shared/types";

import type { SpreadRule } from "../domain/kertas-kerja/targets";
import type { SuratIndicator } from "../domain/surat/surat";
import type { KkPrefill } from "../domain/kertas-kerja/kertas-kerja-prefill";
export type { SpreadRule };

/** What the user settled for one indicator in the review step. */
export interface IndicatorReview {
  polarity: Polarity;
  aggregation: Aggregation;
  spread: SpreadRule;
  /** The quarterly targets that will be written (after applying `spread`). */
  targetTw: Quarterly<number | null>;
}

/** Everything a round's generation needs; the task pane and the CLI both build this. */
export interface RoundInputs {
  setup: RoundSetup;
  dpa: Dpa;
  prior: PriorValue[];
  /** The Perjanjian Kinerja: its IKU are collected at the top of their Bagian's kertas kerja. */
  pk?: PerjanjianKinerja | null;
  /** Per indicator; missing entries take the defaults (positif, kumulatif, spread by rule). */
  reviews: Partial<Record<IndicatorKey, IndicatorReview>>;
  /** Sub kegiatan → Bagian chosen by the user where the DPA gave none (or overriding it). */
  assignments: Partial<Record<Kode, BagianCode>>;
  /** ISO timestamp of generation (injected so that output is reproducible in tests). */
  generatedAt: string;
}

/** One Bagian's generated kertas kerja. */
export interface BagianKertasKerja {
  bagian: BagianInfo;
  /** The kertas kerja sheet name inside the master workbook, e.g. "KK Pemerintahan". */
  sheetName: string;
  /** Suggested file name of the separate workbook, e.g. "KK-2026-TW1-Pemerintahan.xlsx". */
  fileName: string;
  /** Sheets of the separate workbook: the kertas kerja, then its hidden metadata sheet. */
  plans: SheetPlan[];
  indicatorCount: number;
  /** The metadata fingerprint of its locked content (see kertas-kerja-meta.ts). */
  fingerprint: string;
  /** Its indicators in sheet order (kode of the program/kegiatan/sub kegiatan): what step 1's letter lists. */
  indicators: SuratIndicator[];
  subKegiatanCount: number;
  pagu: number;
  /**
   * The cells pre-filled (and locked) from the prior report, each with where its value came from:
   * the same list as the metadata's `prefilled`, for the pane and the CLI to show.
   */
  prefilled: KkPrefill[];
}

export interface RoundPreparation {
  kertasKerja: BagianKertasKerja[];
  /** Everything worth telling: unassigned sub kegiatan, prior mismatches, … */
  issues: Issue[];
}
