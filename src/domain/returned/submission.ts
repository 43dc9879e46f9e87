/**
 * What a Bagian sends back, as the consolidation sees it: a returned file (read by a host into
 * plain snapshots), the verdict on it, and the submission it yields when accepted. Shared by the
 * validator (returned.ts), the consolidation (consolidate.ts) and the Data/Analisis sheets.
 */
import type { SheetSnapshot } from "../../sheet/plan";
import type { Aggregation, BagianCode, Issue, Kode, Periode, Polarity, Quarterly } from "../shared/types";

/** A returned workbook after the host's safety checks, as plain data. */
export interface ReturnedFile {
  /** The file name as picked or given on the command line (no folder). */
  name: string;
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: string;
  /** Size in bytes. */
  size: number;
  /**
   * When the Bagian last saved it (ISO timestamp): the workbook's own "modified" property,
   * else the file's date; null when neither is known.
   */
  savedAt: string | null;
  /** Every sheet, very hidden ones included, in tab order, with number formats and hyperlinks. */
  sheets: SheetSnapshot[];
}

/** One row of a submission: an indicator, or the budget of a sub kegiatan that has no indicator. */
export interface SubmittedRow {
  /** The indicator key, or the sub kegiatan kode of a budget-only row. */
  key: string;
  kind: "indicator" | "anggaran";
  programKode: Kode;
  programNama: string;
  kegiatanKode: Kode | null;
  kegiatanNama: string | null;
  subKegiatanKode: Kode | null;
  subKegiatanNama: string | null;
  /** Indicator facts, as generated (verified against the metadata); null on a budget-only row. */
  indikator: string | null;
  satuan: string | null;
  polarity: Polarity | null;
  aggregation: Aggregation | null;
  targetTahunan: number | null;
  /** A qualitative target as written ("WTP") when there is no numeric one. */
  targetText: string | null;
  targetTw: Quarterly<number | null>;
  /**
   * A qualitative indicator's quarterly targets as words (its Rencana Aksi: "WDP", "WTP"), present
   * only when at least one quarter holds a word (then `targetTw` is null there).
   */
  targetTwWords?: Quarterly<string | null>;
  realisasiLalu: number | null;
  /** Realisasi per quarter: earlier quarters pre-filled, the current one as reported; null = blank. */
  realisasiTw: Quarterly<number | null>;
  /**
   * A qualitative indicator's realisasi words per quarter, in their scale's spelling ("WTP");
   * present only when at least one quarter holds a word (then `realisasiTw` is null there).
   */
  realisasiWords?: Quarterly<string | null>;
  /**
   * Budget of the sub kegiatan, on the first row of that sub kegiatan only (`budgetRow`), null on
   * the others, so that sums never count a sub kegiatan twice.
   */
  budgetRow: boolean;
  pagu: number | null;
  realisasiAnggaran: number | null;
  pendorong: string | null;
  penghambat: string | null;
  tindakLanjut: string | null;
  buktiDukung: string | null;
  /** The bukti dukung link when the cell held an http(s) hyperlink or an http(s) URL as text. */
  buktiDukungUrl: string | null;
  /** The sheet and the cell range its inputs came from, e.g. "M14:AA14" (with the budget cell). */
  sheet: string;
  cells: string;
}

export interface SubmittedFile {
  name: string;
  sha256: string;
  size: number;
  savedAt: string | null;
}

/** An accepted kertas kerja: everything consolidation needs, already validated. */
export interface Submission {
  bagian: { kode: BagianCode; nama: string };
  instansi: string;
  tahun: number;
  periode: Periode;
  templateVersion: number;
  /** The metadata fingerprint of the generated kertas kerja. */
  fingerprint: string;
  file: SubmittedFile;
  /** The Kepala Bagian's signature block as filled in (tanggal as ISO date). */
  signature: { tanggal: string | null; nama: string | null; nip: string | null };
  /** In sheet order of the generated kertas kerja. */
  rows: SubmittedRow[];
}

/** A submission as it stands in the master, with who brought it in and when. */
export interface ConsolidatedSubmission extends Submission {
  importedAt: string;
  importedBy: string;
}

export type Verdict = "accepted" | "warnings" | "rejected";

/** The judgement on one returned file: rejected on any error, "warnings" when only warnings. */
export interface FileAssessment {
  file: SubmittedFile;
  verdict: Verdict;
  issues: Issue[];
  /** The submission when not rejected. */
  submission: Submission | null;
  /** The Bagian the file says it is from, when its metadata could be read (a rejected file too). */
  claimedBagian?: { kode: BagianCode; nama: string } | null;
}

/** Verdict from a list of issues: any error rejects. */
export function verdictOf(issues: readonly Issue[]): Verdict {
  if (issues.some((i) => i.severity === "error")) return "rejected";
  return issues.some((i) => i.severity === "warning") ? "warnings" : "accepted";
}

/** A returned file as a host read it: ready to judge, or refused before judging (not a workbook, …). */
export type ReturnedRead =
  { ok: true; file: ReturnedFile } | { ok: false; file: SubmittedFile; issues: Issue[] };
