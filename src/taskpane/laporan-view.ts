/**
 * What the pane shows of a built Laporan Kinerja, in the words and times a person reads: the
 * report model reduced to its form, chapters and tables, and the paraf and signature the Word
 * document carries (`toLaporanView`, pure). Component tests need only this shape.
 */
import type { ReportDocument } from "../domain/report/report-model";
import { formatInstant, parseInstant, type WorkingCalendar } from "../domain/setup/working-time";
import type { Issue } from "../domain/shared/types";
import { S } from "../strings";

/** One approval the document's signature block names, or says is missing (`record` null). */
export interface ApprovalLine {
  kind: "paraf" | "ttd";
  record: { nama: string; jabatan: string; at: string; valid: boolean } | null;
}

export interface LaporanView {
  /** "Triwulan II" */
  periode: string;
  tahun: number;
  instansi: string;
  form: ReportDocument["form"];
  chapters: { title: string; tables: number }[];
  tables: number;
  /** The paraf (step 6), then the signature (step 7). */
  approvals: ApprovalLine[];
}

/** "Susun laporan": the sheet written and the Word document to download, or why not (nothing written). */
export type LaporanBuilt =
  | { ok: true; fileName: string; bytes: Uint8Array; view: LaporanView; issues: Issue[] }
  | { ok: false; issues: Issue[] };

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The pane's view of a built report (pure); times in the round's calendar zone. */
export function toLaporanView(doc: ReportDocument, cal: WorkingCalendar): LaporanView {
  const chapters = doc.chapters.map((c) => ({
    title: c.title,
    tables: c.blocks.filter((b) => b.kind === "table").length,
  }));
  const approvals = (["paraf", "ttd"] as const).map((kind): ApprovalLine => {
    const latest = doc.approvals.filter((a) => a.kind === kind).at(-1);
    if (!latest) return { kind, record: null };
    const at = parseInstant(latest.at);
    return {
      kind,
      record: {
        nama: latest.nama,
        jabatan: latest.jabatan,
        at: at ? formatInstant(at, cal) : latest.at,
        valid: latest.valid,
      },
    };
  });
  return {
    periode: S.common.periode[doc.periode],
    tahun: doc.tahun,
    instansi: doc.instansi,
    form: doc.form,
    chapters,
    tables: chapters.reduce((n, c) => n + c.tables, 0),
    approvals,
  };
}
