/**
 * Bab III A, capaian per sasaran strategis: how the indicators and IKU rate overall, then per
 * sasaran its capaian in a sentence and one table of its IKU (target, realisasi, capaian, predikat);
 * for the annual form the comparisons Permenpan RB 53/2014 asks for where the data exist: with
 * earlier years, with the Renstra's final target, with national standards.
 */
import { S } from "../../strings";
import { laporan as L } from "../../strings/laporan";
import type { IkuAnalysis, SasaranAnalysis } from "../analysis/analysis-sasaran";
import { comparisonYear } from "../analysis/analysis-sasaran";
import type { Cells, IkuField } from "./analysis-index";
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
import type { ReportBlock, ReportCell, ReportRow } from "./report-model";

const K = L.kalimat;
const C = L.columns;
const STATUS = S.kertasKerja.status;

/** Counts per predikat (in the bands' order, none left out but zeros), not reported, not computable. */
export function distribution(
  ctx: Ctx,
  items: readonly { predikat: string; capaian: number | null; status: string }[],
): { rated: { label: string; count: number }[]; belum: number; tidak: number } {
  const rated = ctx.input.setup.rules.predikat
    .map((band) => ({
      label: band.label,
      count: items.filter((i) => i.capaian !== null && i.predikat === band.label).length,
    }))
    .filter((r) => r.count > 0);
  return {
    rated,
    belum: items.filter((i) => i.capaian === null && i.status === "belum-dilaporkan").length,
    tidak: items.filter((i) => i.capaian === null && i.status !== "belum-dilaporkan").length,
  };
}

/** "Dari 10 indikator kinerja, …" for the items, or null when there are none. */
export function sebaranOf(
  ctx: Ctx,
  what: string,
  items: readonly { predikat: string; capaian: number | null; status: string }[],
): string | null {
  if (items.length === 0) return null;
  const d = distribution(ctx, items);
  return K.sebaran(what, items.length, d.rated, d.belum, d.tidak);
}

/** What an IKU's target and realisasi cells show: the word of a qualitative one, else the number. */
export const ikuTarget = (i: IkuAnalysis): string | number | null => i.targetWord ?? i.targetSd;
export const ikuRealisasi = (i: IkuAnalysis): string | number | null => i.realisasiWord ?? i.realisasiSd;

/** The sentence about one IKU's capaian. */
function ikuSentence(i: IkuAnalysis): string {
  const target = ikuTarget(i);
  const realisasi = ikuRealisasi(i);
  if (i.capaian !== null && target !== null && realisasi !== null)
    // A qualitative IKU's words need no satuan ("realisasi WTP dari target WTP").
    return K.ikuCapaian(i.indikator, i.capaian, realisasi, target, i.qualitative ? "" : i.satuan, i.predikat);
  return i.status === "belum-dilaporkan" ? K.ikuBelum(i.indikator) : K.ikuTidak(i.indikator);
}

/** The sentences about a sasaran: its capaian, then each IKU's. */
function sasaranText(ctx: Ctx, s: SasaranAnalysis): string {
  const head =
    s.capaian !== null && s.predikat !== null
      ? K.sasaranCapaian(
          s.no,
          s.capaian,
          s.predikat,
          s.dinilai,
          s.iku.length,
          ctx.input.setup.rules.capaianCap,
        )
      : K.sasaranBelum(s.no, s.predikat ?? STATUS.belumDilaporkan);
  return [head, ...s.iku.map(ikuSentence)].join(" ");
}

/** The Bagian files an IKU table reads: the submissions carrying its IKU rows. */
function ikuFiles(ctx: Ctx, iku: readonly IkuAnalysis[]) {
  const rows = new Set(iku.flatMap((i) => (i.dataRow === null ? [] : [i.dataRow])));
  return filesOf(
    ctx,
    subsWith(ctx, (r) => rows.has(r.dataRow)),
  );
}

function sasaranTable(ctx: Ctx, s: SasaranAnalysis, i: number): ReportBlock {
  const at = ctx.input.index.perSasaran[i];
  const cell = (j: number, f: IkuField) => at?.iku[j]?.[f];
  const annual = ctx.form === "tahunan";
  const tahun = ctx.input.setup.tahun;
  const rows: ReportRow[] = s.iku.map((iku, j) => ({
    cells: [
      plain(j + 1),
      plain(iku.indikator),
      plain(iku.satuan),
      onAnalisis(ikuTarget(iku), cell(j, "targetSd")),
      onAnalisis(ikuRealisasi(iku), cell(j, "realisasiSd")),
      onAnalisis(iku.capaian, cell(j, "capaian")),
      onAnalisis(iku.predikat, cell(j, "predikat")),
    ],
  }));
  rows.push({
    cells: [
      plain(null),
      plain(L.capaianSasaran(s.no)),
      plain(null),
      plain(null),
      plain(null),
      onAnalisis(s.capaian, at?.line.capaian),
      onAnalisis(s.predikat, at?.line.predikat),
    ],
    emphasis: true,
  });
  return table(ctx, "3", {
    id: `bab3-sasaran-${i + 1}`,
    title: L.tables.sasaran(s.no, s.text),
    columns: [
      noColumn(),
      column(C.iku, "text", 5),
      column(C.satuan, "text", 3),
      column(annual ? C.target(tahun) : C.targetSd(ctx.periodeName), "number", 3),
      column(annual ? C.realisasiTahun(tahun) : C.realisasiSd(ctx.periodeName), "number", 3),
      column(C.capaian, "percent", 2),
      column(C.predikat, "text", 3),
    ],
    rows,
    files: ikuFiles(ctx, s.iku),
  });
}

/** A.1: the overall rating, then each sasaran's sentences and table. */
export function perSasaran(ctx: Ctx): ReportBlock[] {
  const { pk, analysis } = ctx.input;
  const blocks: ReportBlock[] = [heading(3, L.headings.perSasaran)];
  if (!pk) return [...blocks, empty(L.empty.noPk)];
  if (pk.sasaran.length === 0) return [...blocks, empty(L.empty.noSasaran)];
  const sebaran = sebaranOf(
    ctx,
    "IKU",
    analysis.perSasaran.flatMap((s) => s.iku),
  );
  if (sebaran !== null) blocks.push(paragraph(sebaran));
  analysis.perSasaran.forEach((s, i) => {
    if (s.iku.length === 0) {
      blocks.push(paragraph(`${L.sasaranLabel(s.no, s.text)}.`), empty(L.empty.noIku));
      return;
    }
    blocks.push(paragraph(sasaranText(ctx, s)), sasaranTable(ctx, s, i));
  });
  return blocks;
}

/** Every IKU with its cells, in the sheet's order. */
function allIku(ctx: Ctx): { iku: IkuAnalysis; cells: Cells<IkuField> | undefined }[] {
  const { analysis, index } = ctx.input;
  return analysis.perSasaran.flatMap((s, i) =>
    s.iku.map((iku, j) => ({ iku, cells: index.perSasaran[i]?.iku[j] })),
  );
}

/** A.2 (annual): this year's realisasi beside the earlier years' the PK gives (at most the last three). */
function antarTahun(ctx: Ctx): ReportBlock[] {
  const { pk, setup } = ctx.input;
  const head = heading(3, L.headings.antarTahun);
  const list = allIku(ctx).filter(({ iku }) => iku.realisasiLalu.some((r) => r.tahun < setup.tahun));
  if (!pk || list.length === 0) return [head, empty(L.empty.antarTahun)];
  const lalu = comparisonYear(pk, setup.tahun);
  const years = [...new Set(list.flatMap(({ iku }) => iku.realisasiLalu.map((r) => r.tahun)))]
    .filter((y) => y < setup.tahun)
    .sort((a, b) => a - b)
    .slice(-3);
  const yearCell = (iku: IkuAnalysis, cells: Cells<IkuField> | undefined, y: number): ReportCell => {
    const v = iku.realisasiLalu.find((r) => r.tahun === y)?.realisasi ?? null;
    return y === lalu ? onAnalisis(iku.lalu, cells?.lalu) : plain(v);
  };
  const rows: ReportRow[] = list.map(({ iku, cells }, j) => ({
    cells: [
      plain(j + 1),
      plain(iku.indikator),
      plain(iku.satuan),
      ...years.map((y) => yearCell(iku, cells, y)),
      onAnalisis(ikuRealisasi(iku), cells?.realisasiSd),
      onAnalisis(iku.perubahan, cells?.perubahan),
      onAnalisis(iku.tren === null ? null : S.analysis.sheet.trend[iku.tren], cells?.tren),
    ],
  }));
  const sentences = list.flatMap(({ iku }) =>
    iku.perubahan !== null &&
    iku.realisasiSd !== null &&
    typeof iku.lalu === "number" &&
    iku.tren !== null &&
    lalu !== null
      ? [
          K.ikuPerubahan(
            iku.indikator,
            setup.tahun,
            iku.realisasiSd,
            lalu,
            iku.lalu,
            iku.perubahan,
            S.analysis.sheet.trend[iku.tren],
          ),
        ]
      : [],
  );
  return [
    head,
    paragraph([K.antarTahun(lalu), ...sentences].join(" ")),
    table(ctx, "3", {
      id: "bab3-antar-tahun",
      title: L.tables.antarTahun,
      columns: [
        noColumn(),
        column(C.iku, "text", 4),
        column(C.satuan, "text", 2),
        ...years.map((y) => column(C.realisasiTahun(y), "number", 2)),
        column(C.realisasiTahun(setup.tahun), "number", 2),
        column(C.perubahan, "number", 3),
        column(C.tren, "text", 2),
      ],
      rows,
      files: ikuFiles(
        ctx,
        list.map((x) => x.iku),
      ),
    }),
  ];
}

/** A.3 (annual): realisasi against the Renstra's final target. */
function renstra(ctx: Ctx): ReportBlock[] {
  const head = heading(3, L.headings.renstra);
  const list = allIku(ctx).filter(({ iku }) => iku.targetRenstra !== null);
  if (list.length === 0) return [head, empty(L.empty.renstra)];
  const rows: ReportRow[] = list.map(({ iku, cells }, j) => ({
    cells: [
      plain(j + 1),
      plain(iku.indikator),
      plain(iku.satuan),
      onAnalisis(ikuRealisasi(iku), cells?.realisasiSd),
      onAnalisis(iku.targetRenstra, cells?.targetRenstra),
      onAnalisis(iku.progresRenstra, cells?.progresRenstra),
    ],
  }));
  const sentences = list.flatMap(({ iku }) =>
    iku.progresRenstra !== null && iku.targetRenstra !== null
      ? [K.ikuRenstra(iku.indikator, iku.progresRenstra, iku.targetRenstra)]
      : [],
  );
  return [
    head,
    paragraph([K.renstra, ...sentences].join(" ")),
    table(ctx, "3", {
      id: "bab3-renstra",
      title: L.tables.renstra,
      columns: [
        noColumn(),
        column(C.iku, "text", 7),
        column(C.satuan, "text", 2),
        column(C.realisasiTahun(ctx.input.setup.tahun), "number", 3),
        column(C.targetRenstra, "number", 3),
        column(C.progres, "percent", 4),
      ],
      rows,
      files: ikuFiles(
        ctx,
        list.map((x) => x.iku),
      ),
    }),
  ];
}

/** A.2–A.4 of the annual form: earlier years, the Renstra, national standards (none in the data). */
export function comparisons(ctx: Ctx): ReportBlock[] {
  if (ctx.form !== "tahunan") return [];
  return [...antarTahun(ctx), ...renstra(ctx), heading(3, L.headings.standar), empty(L.empty.standar)];
}
