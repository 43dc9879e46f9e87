/**
 * The cover of the Laporan in Word: the title, the period, the instansi, the date of the draft, and
 * — while the paraf or the signature is missing or no longer holds — a line that says it is a
 * draft and why.
 */
import { AlignmentType, BorderStyle, Paragraph, TextRun } from "docx";
import type { ReportDocument } from "../../domain/report/report-model";
import { formatTanggal, isIsoDate } from "../../domain/shared/dates";
import { S } from "../../strings";
import { laporanDocx as T } from "../../strings/laporanDocx";
import { approvalGap } from "./docx-approvals";
import { LINE, SIZE } from "./docx-style";

/** The period's name for the quarterly form ("Triwulan II"); null for the annual report. */
const periodeName = (doc: ReportDocument): string | null =>
  doc.form === "tahunan" ? null : S.common.periode[doc.periode];

/** "Tahun 2026" or "Triwulan II Tahun 2026", as the footer names the period. */
export const periodeText = (doc: ReportDocument): string => T.footerPeriode(periodeName(doc), doc.tahun);

/** Why the report is still a draft; empty once a paraf and a signature hold. */
export function draftReasons(doc: ReportDocument): string[] {
  const R = T.cover.draftReason;
  const paraf = approvalGap(doc.approvals, "paraf");
  const ttd = approvalGap(doc.approvals, "ttd");
  return [
    ...(paraf === "missing" ? [R.parafMissing] : paraf === "void" ? [R.parafVoid] : []),
    ...(ttd === "missing" ? [R.ttdMissing] : ttd === "void" ? [R.ttdVoid] : []),
  ];
}

const centred = (text: string, size: number, before: number, bold = true) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before, after: 120, line: LINE.single },
    children: [new TextRun({ text, bold, size })],
  });

/** "5 Januari 2027" from "2027-01-05" or an instant; anything else as written. */
function tanggal(disusun: string): string {
  const date = disusun.slice(0, 10);
  return isIsoDate(date) ? formatTanggal(date) : disusun;
}

export function coverPage(doc: ReportDocument): Paragraph[] {
  const reasons = draftReasons(doc);
  const draft =
    reasons.length === 0
      ? []
      : [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 1200, after: 0, line: LINE.single },
            border: {
              top: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 6 },
              bottom: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 6 },
            },
            children: [
              new TextRun({ text: T.cover.draft(reasons), bold: true, color: "C00000", size: SIZE.body }),
            ],
          }),
        ];
  return [
    // Spaced by hand rather than centred on the page: LibreOffice ignores a section's vertical alignment.
    centred(doc.title, SIZE.coverTitle, 2400),
    centred(T.cover.periode(periodeName(doc), doc.tahun), SIZE.cover, 240),
    centred(doc.instansi.toUpperCase(), SIZE.cover, 4200),
    centred(T.cover.disusun(tanggal(doc.disusun)), SIZE.body, 240, false),
    ...draft,
  ];
}
