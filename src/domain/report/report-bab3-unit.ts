/**
 * Bab III A, capaian per Bagian, program, kegiatan and sub kegiatan, and Bab III B, realisasi
 * anggaran per program, kegiatan and sub kegiatan: the Analisis's summaries, programs and sub
 * kegiatan each naming their row, kegiatan as the group lines between them (the Analisis
 * summarises no kegiatan, so the report computes no figure for one).
 */
import { laporan as L } from "../../strings/laporan";
import type { GroupSummary } from "../analysis/analysis";
import { serapanRencana } from "../analysis/analysis-serapan";
import { computeSerapan } from "../kertas-kerja/capaian";
import type { Cells, SummaryField } from "./analysis-index";
import { serapanLabel } from "./report-bab3-efisiensi";
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
import type { ReportBlock, ReportCell, ReportColumn, ReportRow } from "./report-model";

const K = L.kalimat;
const C = L.columns;

interface KegiatanNode {
  kode: string;
  nama: string;
  subs: GroupSummary[];
}
interface ProgramNode {
  program: GroupSummary;
  kegiatan: KegiatanNode[];
}

const byKode = (a: { kode: string }, b: { kode: string }) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0);

/** Programs (the Analisis's order), their kegiatan by kode, and under each its sub kegiatan. */
export function hierarchy(ctx: Ctx): ProgramNode[] {
  const { analysis } = ctx.input;
  const subByKode = new Map(analysis.perSubKegiatan.map((s) => [s.kode, s]));
  return analysis.perProgram.map((program) => {
    const kegiatan = new Map<string, KegiatanNode>();
    for (const ref of ctx.refs) {
      const row = ref.row;
      if (!row || row.programKode !== program.kode || row.kegiatanKode === null) continue;
      const k = kegiatan.get(row.kegiatanKode) ?? {
        kode: row.kegiatanKode,
        nama: row.kegiatanNama ?? "",
        subs: [],
      };
      const sub = row.subKegiatanKode === null ? undefined : subByKode.get(row.subKegiatanKode);
      if (sub && !k.subs.includes(sub)) k.subs.push(sub);
      kegiatan.set(k.kode, k);
    }
    const list = [...kegiatan.values()].sort(byKode);
    for (const k of list) k.subs.sort(byKode);
    return { program, kegiatan: list };
  });
}

/** Rows of a hierarchical table: a program (bold, its figures), each kegiatan (its name), each sub kegiatan. */
function hierarchyRows(
  ctx: Ctx,
  figures: (g: GroupSummary, c: Cells<SummaryField> | undefined) => ReportCell[],
  width: number,
  keep: (g: GroupSummary) => boolean,
): ReportRow[] {
  const { index } = ctx.input;
  const blanks = () => Array.from({ length: width }, () => plain(null));
  const rows: ReportRow[] = [];
  for (const { program, kegiatan } of hierarchy(ctx)) {
    if (!keep(program)) continue;
    rows.push({
      cells: [
        plain(program.kode),
        plain(program.nama),
        ...figures(program, index.perProgram.get(program.kode)),
      ],
      emphasis: true,
    });
    for (const k of kegiatan) {
      const subs = k.subs.filter(keep);
      if (subs.length === 0) continue;
      rows.push({ cells: [plain(k.kode), plain(k.nama), ...blanks()] });
      for (const s of subs)
        rows.push({ cells: [plain(s.kode), plain(s.nama), ...figures(s, index.perSubKegiatan.get(s.kode))] });
    }
  }
  return rows;
}

const capaianFigures = (g: GroupSummary, c: Cells<SummaryField> | undefined): ReportCell[] => [
  onAnalisis(g.indikator, c?.indikator),
  onAnalisis(g.dilaporkan, c?.dilaporkan),
  onAnalisis(g.rataCapaian, c?.rataCapaian),
  onAnalisis(g.predikat, c?.predikat),
];
const capaianColumns = (): ReportColumn[] => [
  column(C.jumlahIndikator, "count", 2.5),
  column(C.dilaporkan, "count", 3),
  column(C.rataCapaian, "percent", 3),
  column(C.predikat, "text", 3),
];

/** The highest and lowest mean capaian among the groups that have one, in a sentence. */
function extremes(what: string, list: readonly GroupSummary[]): string | null {
  const rated = list.filter((g) => g.rataCapaian !== null) as (GroupSummary & { rataCapaian: number })[];
  if (rated.length === 0) return null;
  let hi = rated[0] as (typeof rated)[number];
  let lo = hi;
  for (const g of rated) {
    if (g.rataCapaian > hi.rataCapaian) hi = g;
    if (g.rataCapaian < lo.rataCapaian) lo = g;
  }
  return rated.length === 1
    ? K.satuSatunya(hi.nama, hi.rataCapaian)
    : K.tertinggi(what, hi.nama, hi.rataCapaian, lo.nama, lo.rataCapaian);
}

function perBagian(ctx: Ctx): ReportBlock[] {
  const { analysis, index } = ctx.input;
  if (analysis.perBagian.length === 0) return [empty(L.empty.capaianBagian)];
  const rows: ReportRow[] = analysis.perBagian.map((g, i) => ({
    cells: [plain(i + 1), plain(g.nama), ...capaianFigures(g, index.perBagian.get(g.kode))],
  }));
  const sentence = extremes("Bagian", analysis.perBagian);
  return [
    ...(sentence === null ? [] : [paragraph(sentence)]),
    table(ctx, "3", {
      id: "bab3-capaian-bagian",
      title: L.tables.capaianBagian,
      columns: [noColumn(), column(C.bagian, "text", 7.5), ...capaianColumns()],
      rows,
      files: filesOf(
        ctx,
        subsWith(ctx, () => true),
      ),
    }),
  ];
}

function perProgram(ctx: Ctx): ReportBlock[] {
  const { analysis } = ctx.input;
  if (analysis.perProgram.length === 0) return [empty(L.empty.capaianProgram)];
  const sentence = extremes("program", analysis.perProgram);
  return [
    ...(sentence === null ? [] : [paragraph(sentence)]),
    table(ctx, "3", {
      id: "bab3-capaian-program",
      title: L.tables.capaianProgram,
      columns: [column(C.kode, "text", 4), column(C.uraian, "text", 4.5), ...capaianColumns()],
      rows: hierarchyRows(ctx, capaianFigures, 4, () => true),
      files: filesOf(
        ctx,
        subsWith(
          ctx,
          (r) => r.row !== null && analysis.perProgram.some((p) => p.kode === r.row?.programKode),
        ),
      ),
    }),
  ];
}

/** A.n: capaian per Bagian, then per program, kegiatan and sub kegiatan. */
export function perUnit(ctx: Ctx): ReportBlock[] {
  return [...perBagian(ctx), ...perProgram(ctx)];
}

const anggaranFigures = (g: GroupSummary, c: Cells<SummaryField> | undefined): ReportCell[] => [
  onAnalisis(g.pagu, c?.pagu),
  onAnalisis(g.realisasiAnggaran, c?.realisasiAnggaran),
  onAnalisis(g.serapan, c?.serapan),
];

/** The budget of the whole round in a sentence: the sums over every Bagian's budget rows. */
export function anggaranSentence(ctx: Ctx): string | null {
  const { analysis, setup } = ctx.input;
  const sum = (f: (g: GroupSummary) => number | null) => {
    const v = analysis.perBagian.flatMap((g) => (f(g) === null ? [] : [f(g) as number]));
    return v.length === 0 ? null : v.reduce((a, b) => a + b, 0);
  };
  const pagu = sum((g) => g.pagu);
  const realisasi = sum((g) => g.realisasiAnggaran);
  const serapan = computeSerapan(pagu, realisasi);
  const rencana = serapanRencana(pagu, realisasi, setup.periode);
  if (pagu === null || realisasi === null || serapan === null || rencana === null) return null;
  return ctx.form === "tahunan"
    ? K.anggaranTahunan(setup.tahun, realisasi, pagu, serapan)
    : K.anggaranTriwulan(ctx.periodeName, realisasi, pagu, serapan, rencana);
}

/** Bab III B: realisasi anggaran per program, kegiatan and sub kegiatan with serapan. */
export function anggaran(ctx: Ctx): ReportBlock[] {
  const head = heading(2, L.headings.anggaran);
  const hasBudget = (g: GroupSummary) => g.pagu !== null || g.realisasiAnggaran !== null;
  const rows = hierarchyRows(ctx, anggaranFigures, 3, hasBudget);
  if (rows.length === 0) return [head, empty(L.empty.anggaran)];
  const sentence = anggaranSentence(ctx);
  return [
    head,
    ...(sentence === null ? [] : [paragraph(sentence)]),
    table(ctx, "3", {
      id: "bab3-anggaran",
      title: L.tables.anggaran,
      columns: [
        column(C.kode, "text", 4),
        column(C.uraian, "text", 7),
        column(C.pagu, "money", 3),
        column(C.realisasiAnggaran, "money", 3),
        column(serapanLabel(), "percent", 3),
      ],
      rows,
      files: filesOf(
        ctx,
        subsWith(ctx, (r) => r.row?.budgetRow === true),
      ),
    }),
  ];
}
