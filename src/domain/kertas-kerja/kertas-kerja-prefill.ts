/**
 * Where the values pre-filled on a kertas kerja came from: an earlier quarter's realisasi and last
 * year's, each locked in its cell. Recorded in the kertas kerja's metadata (`prefilled`) and in
 * the round's preparation, so that the task pane, the CLI or a reviewer can say, per cell, which
 * prior report (for a master: which Data row, which Bagian's file) supplied it.
 */
import type { PriorProvenance, PriorValue, Quarterly, SourceRef } from "../shared/types";

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
  value: number;
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
    value: from.realisasi,
    tahun: from.tahun,
    periode: from.periode,
    source: from.source,
  };
  if (from.provenance) out.provenance = from.provenance;
  return out;
}
