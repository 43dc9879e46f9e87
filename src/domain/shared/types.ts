/** Core vocabulary of the domain. Pure data; no behaviour beyond tiny constructors. */

export type Periode = "TW1" | "TW2" | "TW3" | "TW4" | "TAHUNAN";
export const PERIODES: readonly Periode[] = ["TW1", "TW2", "TW3", "TW4", "TAHUNAN"];
export type Triwulan = 1 | 2 | 3 | 4;

/** The last quarter a period reports: TW2 → 2, TAHUNAN → 4. */
export function currentTriwulan(periode: Periode): Triwulan {
  return periode === "TAHUNAN" ? 4 : (Number(periode.slice(2)) as Triwulan);
}

export type Polarity = "positif" | "negatif";
export type Aggregation = "kumulatif" | "nilai-akhir" | "persentase";
/** How a negative-polarity capaian is computed: (2T − R)/T (Permenpan RB 8/2021) or T/R. */
export type NegativeFormula = "selisih" | "rasio";

/** Four quarterly values, TW I … TW IV; null = none. */
export type Quarterly<T> = [T, T, T, T];

/** A normalised DPA code, sub kegiatan always in 4-digit form: "4.01.01.2.01.0001". */
export type Kode = string & { readonly __brand: "Kode" };
/** A short, stable identifier of a Bagian within a round: "PEM", "UMUM". */
export type BagianCode = string & { readonly __brand: "BagianCode" };
/** Stable key of one indicator row: survives sorting, re-generation and re-import. */
export type IndicatorKey = string & { readonly __brand: "IndicatorKey" };

export type Level = "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan";

/** 1-based row and column in the source sheet, plus the A1 address, for messages. */
export interface SourceRef {
  file?: string;
  sheet: string;
  /** 1-based row number as Excel shows it. */
  row: number;
  /** A1 address of the cell concerned, when one cell is to blame. */
  cell?: string;
}

export type Severity = "error" | "warning" | "info";

/**
 * A problem found in user input. Never thrown: returned beside whatever could be read.
 * `found` and `expected` are shown to the user in Bahasa Indonesia.
 */
export interface Issue {
  severity: Severity;
  /** Stable machine code, e.g. "dpa.row.unreadable-code". */
  code: string;
  /** Full Indonesian sentence for the user. */
  message: string;
  file?: string;
  sheet?: string;
  cell?: string;
  row?: number;
  found?: string;
  expected?: string;
  /**
   * The input the issue is about, as a path into the setup form: "instansi", "bagian.3.kode",
   * "pejabat.1.nip", "jamKerja.2", "libur.4.date", "kalender". Lets a form put the message beside
   * the field; readers of files use `cell` instead.
   */
  field?: string;
}

export interface DpaIndicator {
  key: IndicatorKey;
  /** Tolok ukur as written. */
  text: string;
  /** "Capaian Program", "Hasil", "Keluaran" when the DPA says so. */
  jenis: string | null;
  satuan: string;
  /** Annual target when numeric. */
  targetTahunan: number | null;
  /** The target as written when it is not a number (qualitative: "WTP", "A"). */
  targetText: string | null;
  /** Quarterly targets when the DPA gives them (`Target TW I` … `Target TW IV`). */
  targetTw: Quarterly<number | null> | null;
  polarity: Polarity | null;
  aggregation: Aggregation | null;
  source: SourceRef;
}

export interface DpaNode {
  level: "program" | "kegiatan" | "subkegiatan";
  kode: Kode;
  name: string;
  pagu: number | null;
  /** The Bagian as written in the DPA (name or code); null when not given. */
  bagian: string | null;
  indicators: DpaIndicator[];
  source: SourceRef;
}

/** A DPA as read: its program, kegiatan and sub kegiatan in document order. */
export interface Dpa {
  file?: string;
  sheet: string;
  nodes: DpaNode[];
}

export interface DpaReadResult {
  dpa: Dpa;
  issues: Issue[];
}

/** A realisasi already reported in an earlier period. */
export interface PriorValue {
  kode: Kode;
  indicatorText: string;
  /** Year the value belongs to; null when the table does not say. */
  tahun: number | null;
  /** Quarter, or "TAHUNAN" for an annual figure. */
  periode: Periode;
  /** The realisasi; 0 for a qualitative one, whose word is `realisasiWord`. */
  realisasi: number;
  /** A qualitative realisasi as written, in its scale's spelling ("WTP"); read only from a master. */
  realisasiWord?: string;
  target: number | null;
  /** The IKU of the Perjanjian Kinerja the value belongs to (`Iku.key`), when it is one: matched by key, not by kode. */
  ikuKey?: IndicatorKey;
  /** Where it was read: the prior report's file, sheet, row and cell (a master: its Data sheet). */
  source: SourceRef;
  /** When the prior report is a master this product wrote: its round and where the value was consolidated from. */
  provenance?: PriorProvenance;
}

/** The round of a master workbook, or of the round that reads one. */
export interface RoundIdentity {
  instansi: string;
  tahun: number;
  periode: Periode;
}

/**
 * Where a value read from a master came from, beyond its Data cell (`PriorValue.source`): the
 * master's round, the Bagian, and the kertas kerja file the Bagian returned (name, SHA-256, sheet
 * and cells), as the master's Data sheet records them.
 */
export interface PriorProvenance {
  master: RoundIdentity & { file: string | null };
  bagian: { kode: BagianCode; nama: string };
  berkas: string;
  sha256: string;
  /** The sheet and cells of the returned kertas kerja the row came from ("KK Organisasi", "M14:AA14"). */
  lembar: string;
  sel: string;
  /** When the master imported it (ISO). */
  diimporPada: string;
}

export interface PriorReadResult {
  values: PriorValue[];
  issues: Issue[];
  /** The master's round, when the prior report is a master this product wrote. */
  master?: RoundIdentity & { file: string | null };
}

/** Every IKU key starts so (`Iku.key`): how a row of a kertas kerja or of Data is known as an IKU. */
export const IKU_KEY_PREFIX = "IKU:";

/**
 * The kode an IKU's sasaran stands under on a kertas kerja and on Data, where a program's kode
 * would: "SS." and the sasaran's number without spaces ("SS.1", "SS.S.2").
 */
export function sasaranKode(no: string): Kode {
  return `SS.${no.replace(/\s+/g, "")}` as Kode;
}

/** Whether a kode is an IKU's sasaran (`sasaranKode`), not a DPA kode. */
export function isSasaranKode(kode: string): boolean {
  return kode.startsWith("SS.");
}

/** A qualitative value as typed ("WTP", "BB", "Baik"), or a number. */
export type TargetValue = number | string;

/**
 * One Indikator Kinerja Utama of the Perjanjian Kinerja, under its sasaran strategis. Targets are
 * numbers, or words of a qualitative scale (opini BPK, predikat SAKIP, Baik/Cukup/Kurang).
 */
export interface Iku {
  /** Stable across rounds: "IKU:" + sasaran number + the indicator's normalised text. */
  key: IndicatorKey;
  /** The sasaran's number as written ("1", "S.1"), or its position when none is written. */
  sasaranNo: string;
  indikator: string;
  satuan: string;
  polarity: Polarity;
  aggregation: Aggregation;
  targetTahunan: TargetValue | null;
  /** Rencana Aksi: the target per triwulan, when the PK gives it. */
  targetTw: Quarterly<TargetValue | null> | null;
  /** The Renstra's target for its final year, when given. */
  targetRenstra: TargetValue | null;
  /** Realisasi of earlier years, oldest first, at most five. */
  realisasiLalu: { tahun: number; realisasi: TargetValue }[];
  /** The Bagian responsible, as written (name or kode); null when the PK does not say. */
  bagian: string | null;
  source: SourceRef;
}

export interface PkSasaran {
  no: string;
  /** The sasaran strategis as written. */
  text: string;
  /** Programs or kegiatan (by kode) that support it. */
  programs: Kode[];
  source: SourceRef;
}

/** A program (or kegiatan) of the PK's second table, with its anggaran. */
export interface PkProgram {
  kode: Kode;
  name: string;
  anggaran: number | null;
  /** The sasaran it supports, when the table says. */
  sasaranNo: string | null;
  source: SourceRef;
}

/** A Perjanjian Kinerja as read from a file or the "Perjanjian Kinerja" sheet. */
export interface PerjanjianKinerja {
  type: "kertas-kerja-sakip/perjanjian-kinerja";
  version: 1;
  tahun: number | null;
  sasaran: PkSasaran[];
  iku: Iku[];
  programs: PkProgram[];
  file?: string;
  sheet: string;
}

export interface PkReadResult {
  pk: PerjanjianKinerja;
  issues: Issue[];
}
