/**
 * The master's "Riwayat" sheet: every earlier submission a re-submission replaced, kept row for
 * row as Data holds it, plus when and by whom it was replaced. Nothing a Bagian sent is lost.
 */
import type { SheetPlan, SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { RIWAYAT_EXTRA_COLUMNS, RIWAYAT_SHEET } from "./data-layout";
import { ledgerSheetPlan } from "./data-sheet";
import { readLedgerSheet } from "./data-sheet-reader";
import type { RoundSetup } from "../setup/setup-types";
import type { ConsolidatedSubmission } from "../returned/submission";
import type { Issue } from "../shared/types";

export { RIWAYAT_SHEET };

export interface RiwayatEntry {
  /** When the later submission replaced this one (ISO instant). */
  replacedAt: string;
  /** Who accepted the replacement, as the Log names them. */
  replacedBy: string;
  submission: ConsolidatedSubmission;
}

/**
 * The Riwayat sheet, entries in the order given (the consolidation appends, oldest first): the
 * Data columns, then "Diganti Pada" and "Diganti Oleh".
 */
export function riwayatSheetPlan(setup: RoundSetup, entries: readonly RiwayatEntry[]): SheetPlan {
  return ledgerSheetPlan(
    setup,
    {
      name: RIWAYAT_SHEET,
      title: S.analysis.data.riwayatTitle,
      extraColumns: RIWAYAT_EXTRA_COLUMNS,
      tabColor: "#A5A5A5",
    },
    entries.map((e) => ({
      submission: e.submission,
      extra: { digantiPada: e.replacedAt, digantiOleh: e.replacedBy },
    })),
  );
}

/** Reads the Riwayat sheet back (the exact inverse of `riwayatSheetPlan`); never throws. */
export function readRiwayatSheet(
  snapshot: SheetSnapshot,
  file?: string,
): { entries: RiwayatEntry[]; issues: Issue[] } {
  const read = readLedgerSheet(snapshot, RIWAYAT_EXTRA_COLUMNS, file);
  return {
    entries: read.records.map((r) => ({
      replacedAt: r.extra.digantiPada ?? "",
      replacedBy: r.extra.digantiOleh ?? "",
      submission: r.submission,
    })),
    issues: read.issues,
  };
}
