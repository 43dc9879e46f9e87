/**
 * How the sample DPA is authored: the shapes of programs, kegiatan and sub kegiatan, and the compact
 * helpers that let the tables (sample-dpa-data.ts, sample-dpa-penunjang.ts) read like the DPA itself.
 */
import type { SAMPLE_BAGIAN, SampleIndicator } from "./sample-dpa";

export type B = keyof typeof SAMPLE_BAGIAN;

// Compact authoring helpers: the data below reads like the DPA itself.

/** One indicator: tolok ukur, target, satuan, and what differs from the defaults (see sample-dpa.ts). */
export type Ind = [tolokUkur: string, target: number, satuan: string, opts?: Partial<SampleIndicator>];
export const NEG: Partial<SampleIndicator> = { polarity: "negatif", aggregation: "nilai-akhir" };
export const AKHIR: Partial<SampleIndicator> = { aggregation: "nilai-akhir" };

export interface SubDef {
  kode: string;
  uraian: string;
  pagu: number;
  bagian: B;
  keluaran: Ind[];
}
export interface KegDef {
  kode: string;
  uraian: string;
  hasil: Ind[];
  subs: SubDef[];
}
export interface ProgDef {
  kode: string;
  uraian: string;
  capaian: Ind[];
  kegiatan: KegDef[];
}

export const sub = (kode: string, uraian: string, pagu: number, bagian: B, ...keluaran: Ind[]): SubDef => ({
  kode,
  uraian,
  pagu,
  bagian,
  keluaran,
});
