/**
 * The approval block of the Laporan in Word (issue 11, point 5): every paraf and signature the SOP
 * recorded — name, jabatan, NIP, time in the record's own zone, the fingerprint it was bound to,
 * and whether it still holds — a line for each that is missing or no longer holds, and the
 * signature block of the official who signs.
 */
import {
  AlignmentType,
  HeadingLevel,
  LineRuleType,
  Paragraph,
  type Table,
  TextRun,
  UnderlineType,
} from "docx";
import type { ReportApproval, ReportDocument, ReportTable } from "../../domain/report/report-model";
import { formatInstant, parseInstant, type WorkingCalendar } from "../../domain/setup/working-time";
import { laporanDocx as T } from "../../strings/laporanDocx";
import { tableOf } from "./docx-table";
import { CAPTION_STYLE, FIRST_LINE, LINE, NOTE_STYLE, SIZE, TEXT_WIDTH } from "./docx-style";

/** Characters of a fingerprint shown, as the SOP sheet shows them. */
export const FINGERPRINT_CHARS = 12;

/** The zone of an ISO instant's offset: "+08:00" → 480, "WITA"; "Z" → 0, "UTC"; "+05:30" → 330, "UTC+05:30". */
export function zoneOf(iso: string): { minutes: number; name: string } | undefined {
  const m = /(?:Z|([+-])(\d{2}):(\d{2}))$/.exec(iso);
  if (!m) return undefined;
  const [, sign = "+", hh = "00", mm = "00"] = m;
  const minutes = (sign === "-" ? -1 : 1) * (Number(hh) * 60 + Number(mm));
  return { minutes, name: T.zones[minutes] ?? T.zoneOffset(sign, hh, mm) };
}

/**
 * An approval's time as a person reads it, in the zone its ISO names:
 * "2027-01-05T10:30:00+08:00" → "Selasa, 5 Januari 2027 10.30 WITA". A string that is no instant is shown as written.
 */
export function formatApprovalTime(iso: string): string {
  const instant = parseInstant(iso);
  const zone = zoneOf(iso);
  if (instant === undefined || zone === undefined) return iso;
  const cal: WorkingCalendar = {
    type: "kertas-kerja-sakip/kalender-kerja",
    version: 1,
    week: [],
    utcOffsetMinutes: zone.minutes,
    zoneName: zone.name,
    holidays: [],
  };
  return formatInstant(instant, cal);
}

/** What a kind of approval lacks: nothing, no record at all, or no record that still holds. */
export function approvalGap(
  approvals: readonly ReportApproval[],
  kind: ReportApproval["kind"],
): "ok" | "missing" | "void" {
  const records = approvals.filter((a) => a.kind === kind);
  if (records.length === 0) return "missing";
  return records.some((a) => a.valid) ? "ok" : "void";
}

const note = (text: string, bold = false) =>
  new Paragraph({
    style: NOTE_STYLE,
    keepNext: true,
    children: [new TextRun({ text, bold, italics: !bold })],
  });

/** The lines that say which approvals are missing or void. */
function gapLines(approvals: readonly ReportApproval[]): Paragraph[] {
  return (["paraf", "ttd"] as const).flatMap((kind) => {
    const gap = approvalGap(approvals, kind);
    if (gap === "ok") return [];
    return [note(gap === "missing" ? T.approvals.missing[kind] : T.approvals.noneValid[kind], true)];
  });
}

/** The signature of the official who signs, in the right half of the page. */
function signatureBlock(doc: ReportDocument): Paragraph[] {
  const who = doc.penandatangan;
  // The latest signature that still holds, else the latest (as approvalGap judges them).
  const signatures = doc.approvals.filter((a) => a.kind === "ttd");
  const ttd = signatures.filter((a) => a.valid).at(-1) ?? signatures.at(-1);
  const status =
    ttd === undefined
      ? T.approvals.ttdNone
      : ttd.valid
        ? T.approvals.ttdOn(formatApprovalTime(ttd.at))
        : T.approvals.ttdVoid;
  const line = (children: TextRun[], spacing: { before?: number; after?: number } = {}, keepNext = true) =>
    new Paragraph({
      keepNext,
      keepLines: true,
      alignment: AlignmentType.LEFT,
      indent: { left: Math.round(TEXT_WIDTH / 2) },
      spacing: { before: 0, after: 0, line: LINE.single, lineRule: LineRuleType.AUTO, ...spacing },
      children,
    });
  return [
    line([new TextRun(who ? T.approvals.ttdJabatan(who.jabatan) : T.approvals.ttdJabatanKosong)], {
      before: 480,
    }),
    line([new TextRun({ text: status, italics: true, size: SIZE.note })], { before: 360, after: 360 }),
    line([
      new TextRun({
        text: who ? who.nama : T.approvals.ttdNamaKosong,
        bold: true,
        ...(who ? { underline: { type: UnderlineType.SINGLE } } : {}),
      }),
    ]),
    line([new TextRun(who ? T.approvals.nip(who.nip) : T.approvals.ttdNipKosong)], { after: 240 }, false),
  ];
}

/** The records as a table of the report's own kind (all text), so it looks like the others. */
function recordsTable(approvals: readonly ReportApproval[]): ReportTable {
  const C = T.approvals.columns;
  const text = (header: string, width: number) => ({ header, kind: "text" as const, width });
  return {
    kind: "table",
    id: "pengesahan",
    title: T.approvals.caption,
    columns: [
      text(C.jenis, 13),
      text(C.pejabat, 37),
      text(C.waktu, 22),
      text(C.sidikJari, 16),
      text(C.status, 12),
    ],
    rows: approvals.map((a) => ({
      cells: [
        T.approvals.kind[a.kind],
        [a.nama, a.jabatan, T.approvals.nip(a.nip)].join("\n"),
        formatApprovalTime(a.at),
        T.approvals.fingerprint(a.fingerprint.slice(0, FINGERPRINT_CHARS)),
        a.valid ? T.approvals.valid : T.approvals.void,
      ].map((value) => ({ value })),
    })),
    source: { sheet: "", range: null, files: [] },
  };
}

/** The whole block: heading, what it binds, the signature, the records, the gaps, the note. */
export function approvalBlock(doc: ReportDocument): (Paragraph | Table)[] {
  const records =
    doc.approvals.length === 0
      ? []
      : [
          new Paragraph({ style: CAPTION_STYLE, text: T.approvals.caption }),
          tableOf(recordsTable(doc.approvals)),
        ];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: T.approvals.heading }),
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE },
      keepNext: true,
      keepLines: true,
      text: T.approvals.intro,
    }),
    // The signature where a report closes, right after the text; the records and notes below it.
    ...signatureBlock(doc),
    ...records,
    ...gapLines(doc.approvals),
    note(T.approvals.disclaimer),
  ];
}
