/**
 * Bab I Pendahuluan: what the report is and covers, the instansi's tugas and fungsi (for a
 * Sekretariat Daerah the statutory ones of PP 18/2016, otherwise a neutral sentence), the Bagian
 * and their Kepala from Pengaturan, the issues of the period (the Bagian's Faktor Penghambat, the
 * same text once with every Bagian that wrote it), and the outline of the report.
 */
import { S } from "../../strings";
import { laporan as L } from "../../strings/laporan";
import { formatTanggal, isIsoDate } from "../shared/dates";
import { groupTexts } from "./report-faktor";
import {
  bullets,
  column,
  empty,
  filesOf,
  heading,
  noColumn,
  onData,
  paragraph,
  plain,
  table,
  type Ctx,
} from "./report-kit";
import type { ReportBlock, ReportChapter, ReportRow } from "./report-model";

const K = L.kalimat;

/** Whether the instansi is a Sekretariat Daerah (the statutory tugas and fungsi apply). */
export const isSetda = (instansi: string): boolean => /sekretariat\s+daerah/i.test(instansi);

/** The date as the report writes it: "5 Januari 2027" (as given when it is no ISO date). */
export const tanggal = (iso: string): string => (isIsoDate(iso) ? formatTanggal(iso) : iso);

function gambaran(ctx: Ctx): ReportBlock[] {
  const { setup, disusun } = ctx.input;
  return [
    heading(2, L.headings.gambaran),
    paragraph(
      ctx.form === "tahunan"
        ? K.gambaranTahunan(setup.instansi, setup.tahun)
        : K.gambaranTriwulan(setup.instansi, setup.tahun, ctx.periodeName),
    ),
    paragraph(K.sumberAngka(tanggal(disusun))),
  ];
}

function tugas(ctx: Ctx): ReportBlock[] {
  const { instansi } = ctx.input.setup;
  const letters = "abcdefghijklmnopqrstuvwxyz";
  return isSetda(instansi)
    ? [
        heading(2, L.headings.tugas),
        paragraph(K.tugasSetda),
        bullets(L.setdaFungsi.map((f, i) => `${letters[i]}. ${f}`)),
      ]
    : [heading(2, L.headings.tugas), paragraph(K.tugasUmum(instansi))];
}

function organisasi(ctx: Ctx): ReportBlock[] {
  const { setup } = ctx.input;
  const head = heading(2, L.headings.organisasi);
  if (setup.bagian.length === 0) return [head, empty(L.empty.bagian)];
  const rows: ReportRow[] = setup.bagian.map((b, i) => ({
    cells: [plain(i + 1), plain(b.nama), plain(b.kepala.nama), plain(b.kepala.nip)],
  }));
  return [
    head,
    paragraph(K.organisasi(setup.instansi, setup.bagian.length)),
    table(ctx, "1", {
      id: "bab1-bagian",
      title: L.tables.bagian,
      columns: [
        noColumn(),
        column(L.columns.bagian, "text", 8),
        column(L.columns.kepala, "text", 6),
        column(L.columns.nip, "text", 5),
      ],
      rows,
      fallback: S.setup.sheetName,
    }),
  ];
}

/** The issues: each Faktor Penghambat text once, with the Bagian that wrote it. */
function permasalahan(ctx: Ctx): ReportBlock[] {
  const head = heading(2, L.headings.permasalahan);
  const groups = groupTexts(ctx, "penghambat");
  if (groups.length === 0) return [head, empty(L.empty.permasalahan)];
  const bagian = new Set(groups.flatMap((g) => g.bagian));
  const rows: ReportRow[] = groups.map((g, i) => ({
    cells: [
      plain(i + 1),
      onData(g.text, "penghambat", g.dataRow),
      g.bagian.length === 1
        ? onData(g.bagian[0] ?? null, "bagianNama", g.dataRow)
        : plain(g.bagian.join(", ")),
    ],
  }));
  return [
    head,
    paragraph(K.permasalahan(ctx.periodeText, groups.length, bagian.size)),
    table(ctx, "1", {
      id: "bab1-permasalahan",
      title: L.tables.permasalahan,
      columns: [noColumn(), column(L.columns.penghambat, "text", 13), column(L.columns.bagian, "text", 6)],
      rows,
      files: filesOf(
        ctx,
        groups.flatMap((g) => [...g.subs]),
      ),
    }),
  ];
}

function sistematika(): ReportBlock[] {
  const C = L.chapters;
  return [
    heading(2, L.headings.sistematika),
    paragraph(K.sistematika([C.bab1, C.bab2, C.bab3, C.bab4, C.lampiran].map(titleCase))),
  ];
}

/** "BAB I PENDAHULUAN" → "Bab I Pendahuluan" (roman numerals kept). */
function titleCase(s: string): string {
  return s
    .split(" ")
    .map((w) => (/^[IVX]+$/.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(" ");
}

export function bab1(ctx: Ctx): ReportChapter {
  return {
    title: L.chapters.bab1,
    blocks: [...gambaran(ctx), ...tugas(ctx), ...organisasi(ctx), ...permasalahan(ctx), ...sistematika()],
  };
}
