/**
 * Lampiran: the Perjanjian Kinerja (annual form), each Bagian's indicators, the Bagian that did not
 * submit or were late, and "Sumber data": per table the master's sheet and range and the returned
 * files its values came from, then every consolidated file with its SHA-256.
 */
import { S } from "../../strings";
import { laporan as L } from "../../strings/laporan";
import type { IndicatorAnalysis } from "../analysis/analysis";
import { PK_SHEET } from "../inputs/pk-sheet";
import { DATA_SHEET, instantSerial } from "../ledger/data-layout";
import { sortSubmissions } from "../ledger/data-sheet";
import { formatTanggal, serialToIso } from "../shared/dates";
import { pkRows, pkValue } from "./report-bab2";
import {
  column,
  empty,
  filesOf,
  heading,
  noColumn,
  onAnalisis,
  onData,
  paragraph,
  plain,
  table,
  type Ctx,
} from "./report-kit";
import type { ReportBlock, ReportChapter, ReportRow } from "./report-model";

const C = L.columns;
const K = L.kalimat;
const ST = S.analysis.sheet.status;

function lampiranPk(ctx: Ctx): ReportBlock[] {
  const { pk, setup } = ctx.input;
  const head = heading(2, L.headings.lampiranPk);
  if (!pk) return [head, empty(L.empty.noPk)];
  if (pk.sasaran.length === 0) return [head, empty(L.empty.noSasaran)];
  const tahun = pk.tahun ?? setup.tahun;
  const blocks: ReportBlock[] = [
    head,
    table(ctx, "L", {
      id: "lampiran-pk-iku",
      title: L.tables.lampiranIku,
      columns: [
        column(C.no, "text", 1),
        column(C.sasaran, "text", 3),
        column(C.iku, "text", 4),
        column(C.satuan, "text", 2),
        column(C.target(tahun), "number", 2),
        ...C.twTarget.map((tw) => column(tw, "number", 1.5)),
        column(C.targetRenstra, "number", 2),
      ],
      rows: pkRows(pk, 7, (i) => [
        plain(i.indikator),
        plain(i.satuan),
        plain(pkValue(i.targetTahunan)),
        ...[0, 1, 2, 3].map((q) => plain(pkValue(i.targetTw?.[q] ?? null))),
        plain(pkValue(i.targetRenstra)),
      ]),
      fallback: PK_SHEET,
    }),
  ];
  if (pk.programs.length === 0) return blocks;
  const rows: ReportRow[] = pk.programs.map((p, i) => ({
    cells: [plain(i + 1), plain(p.kode), plain(p.name), plain(p.anggaran), plain(p.sasaranNo)],
  }));
  blocks.push(
    table(ctx, "L", {
      id: "lampiran-pk-program",
      title: L.tables.lampiranProgram,
      columns: [
        noColumn(),
        column(C.kode, "text", 3),
        column(C.programKegiatan, "text", 10),
        column(C.anggaran, "money", 4),
        column(C.sasaran, "text", 2),
      ],
      rows,
      fallback: PK_SHEET,
    }),
  );
  return blocks;
}

/** One Bagian's indicators: their Data text, and the Analisis's figures. */
function bagianTable(
  ctx: Ctx,
  kode: string,
  nama: string,
  list: readonly IndicatorAnalysis[],
): ReportBlock[] {
  const { index } = ctx.input;
  const byRow = new Map(ctx.refs.map((r) => [r.dataRow, r]));
  const rows: ReportRow[] = list.map((ind, i) => {
    const c = index.perIndicator.get(ind.dataRow);
    return {
      cells: [
        plain(i + 1),
        plain(ind.kode),
        onData(byRow.get(ind.dataRow)?.row?.indikator ?? null, "indikator", ind.dataRow),
        plain(ind.satuan),
        onAnalisis(ind.targetWord ?? ind.targetSd, c?.targetSd),
        onAnalisis(ind.realisasiWord ?? ind.realisasiSd, c?.realisasiSd),
        onAnalisis(ind.capaian, c?.capaian),
        onAnalisis(ind.predikat, c?.predikat),
      ],
    };
  });
  const periode = ctx.form === "tahunan" ? ctx.periodeText : ctx.periodeName;
  const tahun = ctx.input.setup.tahun;
  const annual = ctx.form === "tahunan";
  return [
    paragraph(K.lampiranBagian(list.length, nama, periode)),
    table(ctx, "L", {
      id: `lampiran-bagian-${kode}`,
      title: L.tables.lampiranBagian(nama),
      columns: [
        noColumn(),
        column(C.kode, "text", 4),
        column(C.indikator, "text", 3.5),
        column(C.satuan, "text", 3),
        column(annual ? C.target(tahun) : C.targetSd(periode), "number", 2),
        column(annual ? C.realisasiTahun(tahun) : C.realisasiSd(periode), "number", 2),
        column(C.capaian, "percent", 2),
        column(C.predikat, "text", 2.5),
      ],
      rows,
      files: filesOf(
        ctx,
        ctx.input.subs.filter((s) => s.bagian.kode === kode),
      ),
    }),
  ];
}

function lampiranBagian(ctx: Ctx, huruf: string): ReportBlock[] {
  const { analysis } = ctx.input;
  const blocks: ReportBlock[] = [heading(2, L.headings.lampiranBagian(huruf))];
  for (const g of analysis.perBagian) {
    const list = analysis.indicators.filter((i) => i.bagianKode === g.kode);
    if (list.length > 0) blocks.push(...bagianTable(ctx, g.kode, g.nama, list));
  }
  return blocks.length === 1 ? [...blocks, empty(L.empty.lampiranBagian)] : blocks;
}

/** An instant as "10 April 2026 09.00 WITA", in the round's zone. */
function waktu(ctx: Ctx, iso: string | null): string | null {
  const { calendar } = ctx.input.setup;
  const serial = instantSerial(iso, calendar.utcOffsetMinutes);
  if (serial === null) return iso;
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60);
  const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, "0")}.${String(minutes % 60).padStart(2, "0")}`;
  return `${formatTanggal(serialToIso(serial))} ${hhmm} ${calendar.zoneName}`;
}

function lampiranStatus(ctx: Ctx, huruf: string): ReportBlock[] {
  const { analysis, index } = ctx.input;
  const head = heading(2, L.headings.lampiranStatus(huruf));
  const list = analysis.status.filter((s) => !s.submitted || s.ketepatan === "terlambat");
  if (list.length === 0) return [head, empty(L.empty.status)];
  const ketepatan = {
    "tepat-waktu": ST.tepatWaktu,
    terlambat: ST.terlambat,
    "tidak-diketahui": ST.tidakDiketahui,
  };
  const rows: ReportRow[] = list.map((s, i) => {
    const c = index.status.get(s.kode);
    return {
      cells: [
        plain(i + 1),
        plain(s.nama),
        onAnalisis(s.submitted ? ST.sudah : ST.belum, c?.status),
        onAnalisis(s.ketepatan === null ? null : ketepatan[s.ketepatan], c?.ketepatan),
        plain(waktu(ctx, s.dikirimPada)),
        onAnalisis(s.berkas, c?.berkas),
      ],
    };
  });
  const late = list.filter((s) => s.ketepatan === "terlambat");
  return [
    head,
    paragraph(K.status(list.length - late.length, late.length)),
    table(ctx, "L", {
      id: "lampiran-status",
      title: L.tables.status,
      columns: [
        noColumn(),
        column(C.bagian, "text", 4),
        column(C.status, "text", 3),
        column(C.ketepatan, "text", 3),
        column(C.dikirim, "text", 4),
        column(C.berkas, "text", 5),
      ],
      rows,
      files: filesOf(
        ctx,
        ctx.input.subs.filter((sub) => late.some((s) => s.kode === sub.bagian.kode)),
      ),
    }),
  ];
}

/** Per table so far: its sheet, range and files; then each consolidated file with its SHA-256. */
function lampiranSumber(ctx: Ctx, huruf: string): ReportBlock[] {
  const tables = [...ctx.tables];
  const blocks: ReportBlock[] = [heading(2, L.headings.lampiranSumber(huruf)), paragraph(K.sumber)];
  const rows: ReportRow[] = tables.map((t, i) => ({
    cells: [
      plain(i + 1),
      plain(t.title),
      plain(t.source.sheet),
      plain(t.source.range),
      plain(t.source.files.length === 0 ? L.noFiles : t.source.files.map((f) => f.name).join(", ")),
    ],
  }));
  blocks.push(
    tables.length === 0
      ? empty(L.empty.sumber)
      : table(ctx, "L", {
          id: "lampiran-sumber",
          title: L.tables.sumber,
          columns: [
            noColumn(),
            column(C.tabel, "text", 8),
            column(C.lembar, "text", 3),
            column(C.rentang, "text", 3),
            column(C.berkas, "text", 5),
          ],
          rows,
          fallback: DATA_SHEET,
        }),
  );
  const subs = sortSubmissions(ctx.input.setup, ctx.input.subs);
  const first = (sub: (typeof subs)[number]) => ctx.refs.find((r) => r.sub === sub)?.dataRow ?? 0;
  blocks.push(
    subs.length === 0
      ? empty(L.empty.berkas)
      : table(ctx, "L", {
          id: "lampiran-berkas",
          title: L.tables.berkas,
          columns: [
            noColumn(),
            column(C.bagian, "text", 4),
            column(C.berkas, "text", 6),
            column(C.sha256, "text", 9),
          ],
          rows: subs.map((sub, i) => ({
            cells: [
              plain(i + 1),
              onData(sub.bagian.nama, "bagianNama", first(sub)),
              onData(sub.file.name, "berkas", first(sub)),
              onData(sub.file.sha256, "sha256", first(sub)),
            ],
          })),
          files: filesOf(ctx, subs),
        }),
  );
  return blocks;
}

export function lampiran(ctx: Ctx): ReportChapter {
  const withPk = ctx.form === "tahunan";
  const letters = withPk ? ["B", "C", "D"] : ["A", "B", "C"];
  const [b = "", c = "", d = ""] = letters;
  return {
    title: L.chapters.lampiran,
    blocks: [
      ...(withPk ? lampiranPk(ctx) : []),
      ...lampiranBagian(ctx, b),
      ...lampiranStatus(ctx, c),
      ...lampiranSumber(ctx, d),
    ],
  };
}
