/**
 * Bab III A, efficiency and support: capaian against serapan per sasaran strategis, per Bagian and
 * per program exactly as the Analisis compares them (its serapan, its margin, its category), then
 * the programs and kegiatan supporting each sasaran with their budget.
 */
import { S } from "../../strings";
import { laporan as L } from "../../strings/laporan";
import { EFFICIENCY_MARGIN, type EfficiencyCategory, type GroupSummary } from "../analysis/analysis";
import type { Cells, SasaranField, SummaryField } from "./analysis-index";
import {
  column,
  empty,
  filesOf,
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
const E = S.analysis.sheet.efficiency;
const CATEGORIES: EfficiencyCategory[] = ["efisien", "sebanding", "perlu-perhatian"];

/** The Analisis's own label of its serapan column, so the report names the same measure. */
export const serapanLabel = (): string => S.analysis.sheet.summaryHeader("")[10] ?? "";

/** The phrase for the serapan in sentences: against the budget planned s.d. periode at TW I–III. */
export const serapanPhrase = (ctx: Ctx): string =>
  ctx.form === "tahunan" ? K.serapanTahunan : K.serapanTriwulan(ctx.periodeName);

/** The four figures of a comparison, each naming its cell. */
function comparisonCells(
  g: {
    capaian: number | null;
    serapan: number | null;
    selisih: number | null;
    efisiensi: EfficiencyCategory | null;
  },
  cells: Cells<"capaian" | "serapan" | "selisih" | "efisiensi"> | undefined,
): ReportCell[] {
  return [
    onAnalisis(g.capaian, cells?.capaian),
    onAnalisis(g.serapan, cells?.serapan),
    onAnalisis(g.selisih, cells?.selisih),
    onAnalisis(g.efisiensi === null ? null : E[g.efisiensi], cells?.efisiensi),
  ];
}

const comparisonColumns = (): ReportColumn[] => [
  column(C.rataCapaian, "percent", 3),
  column(serapanLabel(), "percent", 3),
  column(C.selisih, "number", 3),
  column(C.efisiensi, "text", 3),
];

/** "Dari 2 Bagian, 1 Efisien dan 1 Perlu perhatian." */
function efisiensiSentence(what: string, list: readonly { efisiensi: EfficiencyCategory | null }[]): string {
  const parts = CATEGORIES.map((c) => ({ label: E[c], count: list.filter((g) => g.efisiensi === c).length }));
  return K.efisiensiSebaran(what, list.length, parts);
}

/** A summary's figures under the names a comparison uses (its mean capaian as `capaian`). */
const summaryCells = (c: Cells<SummaryField> | undefined) =>
  c && { capaian: c.rataCapaian, serapan: c.serapan, selisih: c.selisih, efisiensi: c.efisiensi };
const asComparison = (g: GroupSummary) => ({ ...g, capaian: g.rataCapaian });

function perSasaran(ctx: Ctx): ReportBlock[] {
  const { analysis, index, pk } = ctx.input;
  if (!pk || analysis.perSasaran.length === 0) return [];
  const rows: ReportRow[] = analysis.perSasaran.map((s, i) => ({
    cells: [
      plain(s.no),
      plain(s.text),
      ...comparisonCells(s, index.perSasaran[i]?.line as Cells<SasaranField> | undefined),
    ],
  }));
  return [
    paragraph(efisiensiSentence("sasaran strategis", analysis.perSasaran)),
    table(ctx, "3", {
      id: "bab3-efisiensi-sasaran",
      title: L.tables.efisiensiSasaran,
      columns: [column(C.no, "text", 1), column(C.sasaran, "text", 7), ...comparisonColumns()],
      rows,
      files: filesOf(
        ctx,
        subsWith(ctx, (r) => r.row !== null),
      ),
    }),
  ];
}

function perGroup(
  ctx: Ctx,
  spec: { id: string; title: string; what: string; withKode: boolean },
  list: readonly GroupSummary[],
  cells: Map<string, Cells<SummaryField>>,
  member: (g: GroupSummary) => (row: { bagianKode: string; programKode: string }) => boolean,
): ReportBlock[] {
  if (!list.some((g) => g.efisiensi !== null)) return [empty(L.empty.efisiensi(spec.what))];
  const rows: ReportRow[] = list.map((g, i) => ({
    cells: [
      plain(i + 1),
      ...(spec.withKode ? [plain(g.kode)] : []),
      plain(g.nama),
      ...comparisonCells(asComparison(g), summaryCells(cells.get(g.kode))),
    ],
  }));
  const files = filesOf(
    ctx,
    subsWith(ctx, (r) =>
      list.some((g) => member(g)({ bagianKode: r.sub.bagian.kode, programKode: r.row?.programKode ?? "" })),
    ),
  );
  return [
    paragraph(efisiensiSentence(spec.what, list)),
    table(ctx, "3", {
      id: spec.id,
      title: spec.title,
      columns: [
        noColumn(),
        ...(spec.withKode ? [column(C.kode, "text", 2)] : []),
        column(spec.withKode ? C.programKegiatan : C.bagian, "text", spec.withKode ? 5 : 7),
        ...comparisonColumns(),
      ],
      rows,
      files,
    }),
  ];
}

/** The efficiency of resources: the method in words, then per sasaran, Bagian and program. */
export function efisiensi(ctx: Ctx): ReportBlock[] {
  const { analysis, index } = ctx.input;
  return [
    paragraph(K.efisiensiMetode(EFFICIENCY_MARGIN, serapanPhrase(ctx))),
    ...perSasaran(ctx),
    ...perGroup(
      ctx,
      { id: "bab3-efisiensi-bagian", title: L.tables.efisiensiBagian, what: "Bagian", withKode: false },
      analysis.perBagian,
      index.perBagian,
      (g) => (r) => r.bagianKode === g.kode,
    ),
    ...perGroup(
      ctx,
      { id: "bab3-efisiensi-program", title: L.tables.efisiensiProgram, what: "program", withKode: true },
      analysis.perProgram,
      index.perProgram,
      (g) => (r) => r.programKode === g.kode,
    ),
  ];
}

/** The name of a program or kegiatan kode: the Analisis's program, Data's kegiatan, or the PK's. */
function namaOf(ctx: Ctx, kode: string): string | null {
  const p = ctx.input.analysis.perProgram.find((g) => g.kode === kode);
  if (p) return p.nama;
  const k = ctx.refs.find((r) => r.row?.kegiatanKode === kode)?.row?.kegiatanNama;
  return k ?? ctx.input.pk?.programs.find((x) => x.kode === kode)?.name ?? null;
}

/** The programs and kegiatan supporting each sasaran, their budget, and the sasaran's total. */
export function pendukung(ctx: Ctx): ReportBlock[] {
  const { analysis, index, pk } = ctx.input;
  if (!pk) return [empty(L.empty.noPk)];
  const rows: ReportRow[] = [];
  analysis.perSasaran.forEach((s, i) => {
    if (s.programs.length === 0) return;
    rows.push({
      cells: [plain(L.sasaranLabel(s.no, s.text)), plain(null), plain(null), plain(null), plain(null)],
      emphasis: true,
    });
    for (const kode of s.programs) {
      const g = analysis.perProgram.find((p) => p.kode === kode);
      const c = index.perProgram.get(kode);
      rows.push({
        cells: [
          plain(kode),
          plain(namaOf(ctx, kode)),
          g ? onAnalisis(g.pagu, c?.pagu) : plain(null),
          g ? onAnalisis(g.realisasiAnggaran, c?.realisasiAnggaran) : plain(null),
          g ? onAnalisis(g.serapan, c?.serapan) : plain(null),
        ],
      });
    }
    const line = index.perSasaran[i]?.line;
    rows.push({
      cells: [
        plain(null),
        plain(L.jumlah),
        onAnalisis(s.pagu, line?.pagu),
        onAnalisis(s.realisasiAnggaran, line?.realisasiAnggaran),
        onAnalisis(s.serapan, line?.serapan),
      ],
      emphasis: true,
    });
  });
  if (rows.length === 0) return [empty(L.empty.pendukung)];
  const kodes = new Set(analysis.perSasaran.flatMap((s) => s.programs as string[]));
  return [
    paragraph(K.pendukung),
    table(ctx, "3", {
      id: "bab3-pendukung",
      title: L.tables.pendukung,
      columns: [
        column(C.kode, "text", 3),
        column(C.programKegiatan, "text", 7),
        column(C.pagu, "money", 3.5),
        column(C.realisasiAnggaran, "money", 3.5),
        column(serapanLabel(), "percent", 3),
      ],
      rows,
      files: filesOf(
        ctx,
        subsWith(
          ctx,
          (r) =>
            r.row?.budgetRow === true &&
            (kodes.has(r.row.programKode) || (r.row.kegiatanKode !== null && kodes.has(r.row.kegiatanKode))),
        ),
      ),
    }),
  ];
}
