/**
 * Where the values pre-filled on a kertas kerja came from: an earlier quarter's realisasi and last
 * year's, each locked in its cell. Recorded in the kertas kerja's metadata (`prefilled`) and in
 * the round's preparation, so that the task pane, the CLI or a reviewer can say, per cell, which
 * prior report (for a master: which Data row, which Bagian's file) supplied it.
 */
import {
  currentTriwulan,
  type PriorProvenance,
  type PriorValue,
  type Quarterly,
  type SourceRef,
} from "../shared/types";

/** The prior values behind an indicator's pre-filled cells (null where nothing was pre-filled). */
export interface KkPrefillSources {
  tw: Quarterly<PriorValue | null>;
  lalu: PriorValue | null;
}

export type KkPrefillColumn =
  "realisasiTw1" | "realisasiTw2" | "realisasiTw3" | "realisasiTw4" | "realisasiLalu";

/** One pre-filled, locked cell of a kertas kerja and where its value came from. */
export interface KkPrefill {
  /** The indicator's key. */
  key: string;
  column: KkPrefillColumn;
  /** The cell on the kertas kerja, e.g. "M14" (where it was generated). */
  cell: string;
  /** The number, or a qualitative realisasi's word. */
  value: number | string;
  /** The year and period the value belongs to. */
  tahun: number | null;
  periode: PriorValue["periode"];
  /** The prior report's file, sheet, row and cell (a master: its "Data" sheet). */
  source: SourceRef;
  /** For a master: its round, the Bagian, and the returned file it was consolidated from. */
  provenance?: PriorProvenance;
}

/** The record of a cell pre-filled from `from`. */
export function prefillOf(key: string, column: KkPrefillColumn, cell: string, from: PriorValue): KkPrefill {
  const out: KkPrefill = {
    key,
    column,
    cell,
    value: from.realisasiWord ?? from.realisasi,
    tahun: from.tahun,
    periode: from.periode,
    source: from.source,
  };
  if (from.provenance) out.provenance = from.provenance;
  return out;
}

/** What prior values give one indicator: earlier quarters of this year (numbers or words) and last year's annual realisasi. */
export interface PriorFill {
  prefill: Quarterly<number | null>;
  prefillWords: Quarterly<string | null>;
  lalu: number | null;
  from: KkPrefillSources;
}

/**
 * The prior values of one indicator as a round of `tahun` up to quarter `q` uses them: this year's
 * quarters before q (a word where the value is one), and last year's annual realisasi.
 */
export function priorFill(values: readonly PriorValue[] | undefined, tahun: number, q: number): PriorFill {
  const prefill: Quarterly<number | null> = [null, null, null, null];
  const prefillWords: Quarterly<string | null> = [null, null, null, null];
  const from: KkPrefillSources = { tw: [null, null, null, null], lalu: null };
  let lalu: number | null = null;
  for (const v of values ?? []) {
    if (v.periode === "TAHUNAN" && v.tahun === tahun - 1) {
      if (v.realisasiWord !== undefined) continue;
      lalu = v.realisasi;
      from.lalu = v;
    } else if (v.periode !== "TAHUNAN" && (v.tahun === tahun || v.tahun === null)) {
      const k = currentTriwulan(v.periode);
      if (k >= q) continue;
      if (v.realisasiWord !== undefined) prefillWords[k - 1] = v.realisasiWord;
      else prefill[k - 1] = v.realisasi;
      from.tw[k - 1] = v;
    }
  }
  return { prefill, prefillWords, lalu, from };
}
