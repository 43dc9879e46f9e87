/**
 * The texts the Bagian wrote on their kertas kerja (faktor pendorong, penghambat, tindak lanjut), as
 * the report quotes them: grouped (the same text from several Bagian once, with every Bagian that
 * wrote it), or per IKU and per program for the analysis of causes, each naming its Data cell.
 */
import { laporan as L } from "../../strings/laporan";
import type { DataRowRef } from "../analysis/analysis";
import type { ConsolidatedSubmission, SubmittedRow } from "../returned/submission";
import { isSasaranKode } from "../shared/types";
import {
  column,
  empty,
  filesOf,
  hasText,
  onData,
  paragraph,
  plain,
  sameText,
  table,
  type Ctx,
} from "./report-kit";
import type { ReportBlock, ReportRow } from "./report-model";

type FaktorColumn = "pendorong" | "penghambat" | "tindakLanjut";

/** One text as several Bagian may have written it: the first occurrence names the Data cell. */
export interface TextGroup {
  text: string;
  dataRow: number;
  bagian: string[];
  subs: Set<ConsolidatedSubmission>;
}

/** The texts of a column over every Data row, in Data's order, the same text once. */
export function groupTexts(ctx: Ctx, c: FaktorColumn): TextGroup[] {
  const groups = new Map<string, TextGroup>();
  for (const ref of ctx.refs) {
    const text = ref.row?.[c] ?? null;
    if (!hasText(text)) continue;
    const key = sameText(text);
    const g = groups.get(key) ?? { text, dataRow: ref.dataRow, bagian: [], subs: new Set() };
    if (!g.bagian.includes(ref.sub.bagian.nama)) g.bagian.push(ref.sub.bagian.nama);
    g.subs.add(ref.sub);
    groups.set(key, g);
  }
  return [...groups.values()];
}

const anyFaktor = (row: SubmittedRow | null): boolean =>
  row !== null && (hasText(row.pendorong) || hasText(row.penghambat) || hasText(row.tindakLanjut));

/** The three texts of a Data row, each naming its cell. */
const faktorCells = (ref: DataRowRef) => {
  const row = ref.row as SubmittedRow;
  return [
    onData(row.pendorong, "pendorong", ref.dataRow),
    onData(row.penghambat, "penghambat", ref.dataRow),
    onData(row.tindakLanjut, "tindakLanjut", ref.dataRow),
  ];
};

const FAKTOR_COLUMNS = () => [
  column(L.columns.indikator, "text", 5),
  column(L.columns.bagian, "text", 3),
  column(L.columns.pendorong, "text", 4),
  column(L.columns.penghambat, "text", 4),
  column(L.columns.tindakLanjut, "text", 4),
];

/** A group line of a causes table: its label over the first cell, the rest blank. */
const groupRow = (label: string): ReportRow => ({
  cells: [plain(label), plain(null), plain(null), plain(null), plain(null)],
  emphasis: true,
});

const indicatorRow = (ref: DataRowRef): ReportRow => ({
  cells: [
    onData(ref.row?.indikator ?? null, "indikator", ref.dataRow),
    onData(ref.sub.bagian.nama, "bagianNama", ref.dataRow),
    ...faktorCells(ref),
  ],
});

/** Faktor of each sasaran's IKU, as their Data rows give them; one line when none was written. */
export function causesPerSasaran(ctx: Ctx): ReportBlock[] {
  const { pk, analysis } = ctx.input;
  const rows: ReportRow[] = [];
  const used: DataRowRef[] = [];
  const byRow = new Map(ctx.refs.map((r) => [r.dataRow, r]));
  for (const s of pk ? analysis.perSasaran : []) {
    const refs = s.iku.flatMap((i) => {
      const ref = i.dataRow === null ? undefined : byRow.get(i.dataRow);
      return ref && anyFaktor(ref.row) ? [ref] : [];
    });
    if (refs.length === 0) continue;
    rows.push(groupRow(L.sasaranLabel(s.no, s.text)), ...refs.map(indicatorRow));
    used.push(...refs);
  }
  if (rows.length === 0) return [empty(L.empty.penyebabSasaran)];
  return [
    table(ctx, "3", {
      id: "bab3-penyebab-sasaran",
      title: L.tables.penyebabSasaran,
      columns: FAKTOR_COLUMNS(),
      rows,
      files: filesOf(
        ctx,
        used.map((r) => r.sub),
      ),
    }),
  ];
}

/** Faktor of the indicators of each DPA program (IKU excluded), program by program. */
export function causesPerProgram(ctx: Ctx): ReportBlock[] {
  const rows: ReportRow[] = [];
  const used: DataRowRef[] = [];
  for (const p of ctx.input.analysis.perProgram) {
    const refs = ctx.refs.filter(
      (r) =>
        r.row?.kind === "indicator" &&
        !isSasaranKode(r.row.programKode) &&
        r.row.programKode === p.kode &&
        anyFaktor(r.row),
    );
    if (refs.length === 0) continue;
    rows.push(groupRow(`${p.kode} ${p.nama}`), ...refs.map(indicatorRow));
    used.push(...refs);
  }
  if (rows.length === 0) return [empty(L.empty.penyebabProgram)];
  return [
    table(ctx, "3", {
      id: "bab3-penyebab-program",
      title: L.tables.penyebabProgram,
      columns: FAKTOR_COLUMNS(),
      rows,
      files: filesOf(
        ctx,
        used.map((r) => r.sub),
      ),
    }),
  ];
}

/** The analysis of causes: the note that the texts are quoted, then per sasaran and per program. */
export function causesSection(ctx: Ctx): ReportBlock[] {
  return [paragraph(L.kalimat.penyebab), ...causesPerSasaran(ctx), ...causesPerProgram(ctx)];
}
