/**
 * Everything the task pane may do, as one object handed to the components. The real one is built
 * in index.tsx from the Office.js gateway and the app use cases; tests pass stubs. Components
 * never reach Office (or exceljs) any other way.
 */
import type { AcceptOutcome, ConsolidationReview, ReviewOutcome } from "../app/consolidate";
import type { SavedReview } from "../app/saved-review";
import type { PaneRound, PaneState } from "../app/pane-state";
import type { PreviousRoundCopy } from "../app/pk-pane";
import type { ExportOutcome } from "../app/ports";
import type { IndicatorReview, RoundInputs, RoundPreparation, SpreadRule } from "../app/round-types";
import type { BagianInfo, RoundSetup } from "../domain/setup/setup-types";
import type {
  DpaIndicator,
  DpaNode,
  DpaReadResult,
  Issue,
  PerjanjianKinerja,
  PkReadResult,
  PriorReadResult,
  Quarterly,
} from "../domain/shared/types";
import type { ArchiveBuilt } from "./archive-view";
import type { LaporanBuilt } from "./laporan-view";
import type { SopActOutcome, SopActRequest, SopView } from "./sop-view";

/** The indicators of one Bagian, for the review step. */
export interface IndicatorGroup {
  bagian: BagianInfo;
  /** The Bagian's sub kegiatan, in DPA order (also those without indicators). */
  nodes: DpaNode[];
  /** Its indicators (of any level), in DPA order. */
  items: { node: DpaNode; indicator: DpaIndicator }[];
}

export interface IndicatorGroups {
  groups: IndicatorGroup[];
  /**
   * Nodes whose Bagian the DPA does not settle (not given, or not one of the setup's Bagian),
   * whether or not the user has assigned them since: the list of choices stays put.
   */
  unassigned: DpaNode[];
}

/** What "Buat kertas kerja di buku kerja ini" wrote besides the kertas kerja. */
export interface KertasKerjaWritten {
  /** The sheet of the request letters, "Surat". */
  suratSheet: string;
  letters: number;
  /** The deadline the letters give, ISO. */
  batasWaktu: string;
  /** The "Perjanjian Kinerja" sheet when the same write carried the round's PK; else null. */
  pkSheet: string | null;
}

/** Where the reading of picked files stands: `done` of `total` read, `current` being read now. */
export interface ReadProgress {
  done: number;
  total: number;
  /** The file being read, or null between files (before the first, and while judging). */
  current: string | null;
}

/** What the pane reads of the round when it opens (and again after each action that writes), besides the setup and the PK. */
export interface PaneRoundView extends PaneRound {
  /** The SOP as it stands (null when it cannot be read: the SOP step shows why). */
  sop: SopView | null;
}

export interface AppServices {
  loadSetup(): Promise<{ setup: RoundSetup | null; issues: Issue[] }>;
  /** The pane's saved working state, which outputs exist, and the SOP: where the round stands. */
  loadPaneRound(): Promise<PaneRoundView>;
  /** Keeps the pane's working state in the workbook (a very hidden sheet). */
  savePaneState(state: PaneState): Promise<void>;
  /**
   * The NIP the user stated ("Saya adalah"), so that setup and generation are logged under it;
   * remembered on this computer for the next opening.
   */
  identify(nip: string): void;
  /** The NIP stated last time on this computer ("" when none): the pane opens as that user. */
  rememberedMe?(): string;
  /** Validates and writes the Pengaturan sheet; returns the issues (nothing written on an error). */
  saveSetup(setup: RoundSetup): Promise<Issue[]>;
  /** Names of the visible sheets of the open workbook, in tab order. */
  listSheets(): Promise<string[]>;
  importDpaFromSheet(sheetName: string): Promise<DpaReadResult>;
  importDpaFromFile(bytes: Uint8Array, fileName: string): Promise<DpaReadResult>;
  importPriorFromSheet(sheetName: string): Promise<PriorReadResult>;
  importPriorFromFile(bytes: Uint8Array, fileName: string): Promise<PriorReadResult>;
  /**
   * "Salin dari putaran sebelumnya": from the previous round's master (a picked file), the next
   * round's setup, its realisasi as the prior report and its Perjanjian Kinerja. Writes nothing.
   */
  setupFromPreviousMaster(bytes: Uint8Array, fileName: string): Promise<PreviousRoundCopy>;
  /** The PK on the open workbook's "Perjanjian Kinerja" sheet; null when there is no such sheet. */
  loadPk(): Promise<PkReadResult | null>;
  /** Reads a PK from a picked file, from whichever of its sheets holds the IKU table. Writes nothing. */
  importPkFromFile(bytes: Uint8Array, fileName: string): Promise<PkReadResult>;
  /** Writes the visible "Perjanjian Kinerja" sheet: this PK, or (null) an empty one to type in. */
  writePkSheet(pk: PerjanjianKinerja | null, setup: RoundSetup): Promise<void>;
  defaultReview(indicator: DpaIndicator): IndicatorReview;
  applySpread(
    rule: SpreadRule,
    annual: number | null,
    given: Quarterly<number | null> | null,
  ): Quarterly<number | null>;
  groupIndicators(inputs: RoundInputs): IndicatorGroups;
  prepareRound(inputs: RoundInputs): RoundPreparation;
  /**
   * Writes every Bagian's sheets and the "Surat" sheet of step 1's request letters (dated today,
   * due at the SOP schedule's step 4, else at the setup's batas waktu) into the open workbook,
   * all or nothing; with `pk`, the "Perjanjian Kinerja" sheet too (a PK not yet written there).
   */
  writeKertasKerja(
    prep: RoundPreparation,
    setup: RoundSetup,
    pk?: PerjanjianKinerja | null,
  ): Promise<KertasKerjaWritten>;
  /** One separate workbook per Bagian in `prep` (a new Excel window, or a download). */
  exportKertasKerja(prep: RoundPreparation): Promise<ExportOutcome[]>;
  /**
   * Reads and judges returned kertas kerja (picked or dropped files, whatever their extension)
   * against this workbook, one after the other, reporting progress. Writes nothing.
   */
  reviewReturnedFiles(files: readonly File[], onProgress?: (p: ReadProgress) => void): Promise<ReviewOutcome>;
  /** A review kept in the pane's state, planned again against this workbook as it is now. Writes nothing. */
  resumeReview(saved: SavedReview): Promise<ReviewOutcome>;
  /**
   * Writes what the review proposes, with conflicts settled by `choices` (Bagian kode → SHA-256
   * of the chosen file), as the user named in `identify`, now: all or nothing.
   */
  acceptConsolidation(
    review: ConsolidationReview,
    choices: Readonly<Record<string, string>>,
  ): Promise<AcceptOutcome>;
  /** The SOP round of the open workbook at this moment, ready to show. */
  loadSop(): Promise<SopView>;
  /** Plans the round from its first day ("2026-04-06"), as the official with this NIP. */
  scheduleSop(startDate: string, nip: string): Promise<SopActOutcome>;
  /**
   * Marks a step started or done, or records the paraf (step 6) or signature (step 7), now; step 8
   * done carries the archive `buildArchive` verified.
   */
  actOnSop(request: SopActRequest): Promise<SopActOutcome>;
  /**
   * "Susun laporan" (step 5's draft): writes the master's "Laporan" sheet with its Log entry, as the
   * user named in `identify`, now, and renders the Word document to download; or the refusal
   * (nothing written), e.g. nothing consolidated yet.
   */
  susunLaporan(): Promise<LaporanBuilt>;
  /**
   * "Buat arsip (.zip)" (step 8): builds the Laporan again (as `susunLaporan`), then the round's
   * archive from this workbook's file (or `master`, the saved file the user picked where Excel does
   * not hand it over), the Laporan .docx and the picked returned files, matched to Data and Riwayat
   * by SHA-256; verified from the zip's own bytes. Writes nothing else to the workbook.
   */
  buildArchive(returned: readonly File[], master?: File): Promise<ArchiveBuilt>;
  /** ISO timestamp; injected so that tests are reproducible. */
  now(): string;
}
