/**
 * Sample data: the DPA of a Sekretariat Daerah Kabupaten, as a plain data model, shaped from the
 * table in sample-dpa-data.ts. Pure data: no Node, no hosts.
 */
import type { Aggregation, Polarity } from "../domain/shared/types";
import { SAMPLE_PROGRAMS, type Ind, type KegDef, type ProgDef, type SubDef } from "./sample-dpa-data";

export const SAMPLE_INSTANSI = "Sekretariat Daerah Kabupaten Tapin";
export const SAMPLE_PEMDA = "Pemerintah Kabupaten Tapin";
export const SAMPLE_TAHUN = 2026;

export type SampleJenis = "Capaian Program" | "Hasil" | "Keluaran";

export interface SampleIndicator {
  jenis: SampleJenis;
  tolokUkur: string;
  target: number;
  satuan: string;
  polarity: Polarity;
  aggregation: Aggregation;
}

export interface SampleDpaRow {
  level: "program" | "kegiatan" | "subkegiatan";
  /** Normalised code, sub kegiatan in 4-digit form. */
  kode: string;
  uraian: string;
  /** Rupiah; program and kegiatan carry the sum of their sub kegiatan. */
  pagu: number;
  /** "Bagian Pemerintahan"; null on program and kegiatan rows. */
  bagian: string | null;
  indicators: SampleIndicator[];
}

/** The Bagian of the sample, as the DPA's "Bagian Pelaksana" column names them. */
export const SAMPLE_BAGIAN = {
  PEM: "Bagian Pemerintahan",
  KESRA: "Bagian Kesejahteraan Rakyat",
  HUKUM: "Bagian Hukum",
  EKON: "Bagian Perekonomian dan Sumber Daya Alam",
  ADPEM: "Bagian Administrasi Pembangunan",
  PBJ: "Bagian Pengadaan Barang dan Jasa",
  ORG: "Bagian Organisasi",
  UMUM: "Bagian Umum dan Keuangan",
  PROKOPIM: "Bagian Protokol dan Komunikasi Pimpinan",
} as const;

/**
 * An authored indicator with its defaults filled in: positive polarity, and a "Persen" satuan
 * aggregated as a percentage, any other as a running total.
 */
const ind = (jenis: SampleJenis, [tolokUkur, target, satuan, opts]: Ind): SampleIndicator => ({
  jenis,
  tolokUkur,
  target,
  satuan,
  polarity: "positif",
  aggregation: satuan === "Persen" ? "persentase" : "kumulatif",
  ...opts,
});

/** The sample DPA in document order: program, its kegiatan, each kegiatan's sub kegiatan. */
export function sampleDpaRows(): SampleDpaRow[] {
  const rows: SampleDpaRow[] = [];
  for (const p of SAMPLE_PROGRAMS) {
    const programRow = programRowOf(p);
    rows.push(programRow);
    for (const k of p.kegiatan) {
      const kegiatanRow = kegiatanRowOf(k);
      programRow.pagu += kegiatanRow.pagu;
      rows.push(kegiatanRow, ...k.subs.map(subRowOf));
    }
  }
  return rows;
}

/** A program row; its pagu is added up from its kegiatan as they are shaped. */
function programRowOf(p: ProgDef): SampleDpaRow {
  return {
    level: "program",
    kode: p.kode,
    uraian: p.uraian,
    pagu: 0,
    bagian: null,
    indicators: p.capaian.map((i) => ind("Capaian Program", i)),
  };
}

/** A kegiatan row, carrying the sum of its sub kegiatan's pagu. */
function kegiatanRowOf(k: KegDef): SampleDpaRow {
  return {
    level: "kegiatan",
    kode: k.kode,
    uraian: k.uraian,
    pagu: k.subs.reduce((sum, s) => sum + s.pagu, 0),
    bagian: null,
    indicators: k.hasil.map((i) => ind("Hasil", i)),
  };
}

function subRowOf(s: SubDef): SampleDpaRow {
  return {
    level: "subkegiatan",
    kode: s.kode,
    uraian: s.uraian,
    pagu: s.pagu,
    bagian: SAMPLE_BAGIAN[s.bagian],
    indicators: s.keluaran.map((i) => ind("Keluaran", i)),
  };
}
