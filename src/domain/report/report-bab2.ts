/**
 * Bab II Perencanaan Kinerja: the Perjanjian Kinerja's sasaran strategis, IKU and targets, then the
 * programs and their budget — from the PK's programs table when it has one, else the pagu each
 * program sums on Data (the Analisis's per-program summary).
 */
import { laporan as L } from "../../strings/laporan";
import { PK_SHEET } from "../inputs/pk-sheet";
import type { PerjanjianKinerja, TargetValue } from "../shared/types";
import {
  column,
  empty,
  filesOf,
  heading,
  noColumn,
  onAnalisis,
  paragraph,
  plain,
  subsWith,
  table,
  type Ctx,
} from "./report-kit";
import type { ReportBlock, ReportChapter, ReportRow } from "./report-model";

const K = L.kalimat;

/** A value of the PK as typed: a number, or a word as written; null when blank. */
export const pkValue = (v: TargetValue | null): string | number | null => v;

/** One row per IKU under its sasaran (the sasaran written on its first IKU row); a sasaran without IKU alone. */
export function pkRows(
  pk: PerjanjianKinerja,
  width: number,
  cellsOf: (iku: PerjanjianKinerja["iku"][number]) => ReportRow["cells"],
): ReportRow[] {
  const rows: ReportRow[] = [];
  const blanks = Array.from({ length: width }, () => plain(null));
  for (const s of pk.sasaran) {
    const iku = pk.iku.filter((i) => i.sasaranNo === s.no);
    if (iku.length === 0) rows.push({ cells: [plain(s.no), plain(s.text), ...blanks] });
    iku.forEach((i, j) =>
      rows.push({ cells: [plain(j === 0 ? s.no : null), plain(j === 0 ? s.text : null), ...cellsOf(i)] }),
    );
  }
  return rows;
}

function perjanjian(ctx: Ctx): ReportBlock[] {
  const { pk, setup } = ctx.input;
  const head = heading(2, L.headings.pk);
  if (!pk) return [head, empty(L.empty.noPk)];
  if (pk.sasaran.length === 0) return [head, empty(L.empty.noSasaran)];
  const tahun = pk.tahun ?? setup.tahun;
  const iku = pk.iku.filter((i) => pk.sasaran.some((s) => s.no === i.sasaranNo));
  return [
    head,
    paragraph(K.pk(tahun, pk.sasaran.length, iku.length)),
    table(ctx, "2", {
      id: "bab2-pk",
      title: L.tables.pk(tahun),
      columns: [
        column(L.columns.no, "text", 1),
        column(L.columns.sasaran, "text", 7),
        column(L.columns.iku, "text", 7),
        column(L.columns.satuan, "text", 2),
        column(L.columns.target(tahun), "number", 3),
      ],
      rows: pkRows(pk, 3, (i) => [plain(i.indikator), plain(i.satuan), plain(pkValue(i.targetTahunan))]),
      fallback: PK_SHEET,
    }),
  ];
}

/** The PK's programs and kegiatan with their anggaran and the sasaran they support. */
function programsOfPk(ctx: Ctx, pk: PerjanjianKinerja): ReportBlock[] {
  const anggaran = new Map<string, number>();
  for (const p of pk.programs)
    if (p.anggaran !== null && !anggaran.has(p.kode)) anggaran.set(p.kode, p.anggaran);
  const total = anggaran.size === 0 ? null : [...anggaran.values()].reduce((a, b) => a + b, 0);
  const rows: ReportRow[] = pk.programs.map((p, i) => ({
    cells: [plain(i + 1), plain(p.kode), plain(p.name), plain(p.anggaran), plain(p.sasaranNo)],
  }));
  return [
    paragraph(K.programPk(new Set(pk.programs.map((p) => p.kode)).size, total)),
    table(ctx, "2", {
      id: "bab2-program",
      title: L.tables.programPk,
      columns: [
        noColumn(),
        column(L.columns.kode, "text", 3),
        column(L.columns.programKegiatan, "text", 10),
        column(L.columns.anggaran, "money", 4),
        column(L.columns.sasaran, "text", 2),
      ],
      rows,
      fallback: PK_SHEET,
    }),
  ];
}

/** The programs on Data with the pagu the Analisis sums for each. */
function programsOfData(ctx: Ctx): ReportBlock[] {
  const { analysis, index } = ctx.input;
  const list = analysis.perProgram;
  if (list.length === 0) return [empty(L.empty.program)];
  const pagu = list.flatMap((p) => (p.pagu === null ? [] : [p.pagu]));
  const total = pagu.length === 0 ? null : pagu.reduce((a, b) => a + b, 0);
  const rows: ReportRow[] = list.map((p, i) => ({
    cells: [
      plain(i + 1),
      plain(p.kode),
      plain(p.nama),
      onAnalisis(p.pagu, index.perProgram.get(p.kode)?.pagu),
    ],
  }));
  const kodes = new Set(list.map((p) => p.kode));
  return [
    paragraph(K.programData(list.length, total)),
    table(ctx, "2", {
      id: "bab2-program",
      title: L.tables.programData,
      columns: [
        noColumn(),
        column(L.columns.kode, "text", 3),
        column(L.columns.programKegiatan, "text", 12),
        column(L.columns.pagu, "money", 4),
      ],
      rows,
      files: filesOf(
        ctx,
        subsWith(ctx, (r) => r.row !== null && kodes.has(r.row.programKode)),
      ),
    }),
  ];
}

export function bab2(ctx: Ctx): ReportChapter {
  const { pk } = ctx.input;
  return {
    title: L.chapters.bab2,
    blocks: [
      ...perjanjian(ctx),
      heading(2, L.headings.program),
      ...(pk && pk.programs.length > 0 ? programsOfPk(ctx, pk) : programsOfData(ctx)),
    ],
  };
}
