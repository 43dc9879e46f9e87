/**
 * One Bagian's kertas kerja as a sheet plan: the title block, a two-row column header, the table
 * (kertas-kerja-table.ts), the Kepala Bagian's signature block, input validations, protection and
 * print setup, and the layout the metadata records.
 */
import { a1, type A1, type CellPlan, type DataValidation, type SheetPlan } from "../../sheet/plan";
import { cellAddress, rangeAddress } from "../../sheet/address";
import { S } from "../../strings";
import { formatTanggal } from "../shared/dates";
import { charsPerLine, LINE_HEIGHT, wrappedLines } from "../shared/text-fit";
import {
  col,
  colIndex,
  KK_COLUMNS,
  KK_ROWS,
  KK_WIDTHS,
  REALISASI_TW,
  type KkColumn,
} from "./kertas-kerja-layout";
import { KK_STYLES } from "./kertas-kerja-styles";
import { kkHiddenColumns, kkPrintSetup, periodRealisasi } from "./kertas-kerja-print";
import { blankRow, input, put, text, type Row } from "./kertas-kerja-cells";
import { KkTable } from "./kertas-kerja-table";
import { realisasiValidations } from "./qualitative-cells";
import type { KkPrefill, KkPrefillSources } from "./kertas-kerja-prefill";
import type { BagianInfo, RoundSetup } from "../setup/setup-types";
import {
  currentTriwulan,
  type Aggregation,
  type IndicatorKey,
  type Kode,
  type Polarity,
  type Quarterly,
} from "../shared/types";

/** One indicator row as it will be written. */
export interface KkIndicator {
  key: IndicatorKey;
  text: string;
  satuan: string;
  polarity: Polarity;
  aggregation: Aggregation;
  targetTahunan: number | null;
  /** A qualitative target shown as written ("WTP") when there is no numeric one. */
  targetText: string | null;
  targetTw: Quarterly<number | null>;
  /** A qualitative indicator's quarterly target words (an IKU's Rencana Aksi), where given. */
  targetTwWords?: Quarterly<string | null>;
  /** Realisasi of earlier quarters already reported (pre-filled, locked); null = not known. */
  prefill: Quarterly<number | null>;
  /** A qualitative indicator's earlier realisasi words (from a master), pre-filled and locked like `prefill`. */
  prefillWords?: Quarterly<string | null>;
  /** Annual realisasi of the year before, for the trend. */
  realisasiLalu: number | null;
  /** The prior values behind `prefill` and `realisasiLalu`, when known (their provenance). */
  prefillFrom?: KkPrefillSources;
}

/**
 * A program, kegiatan or sub kegiatan with what this Bagian reports under it; or a sasaran
 * strategis of the Perjanjian Kinerja with the IKU this Bagian is responsible for (kode "SS.1",
 * no budget, at the top of the table).
 */
export interface KkNode {
  level: "sasaran" | "program" | "kegiatan" | "subkegiatan";
  kode: Kode;
  name: string;
  /** Pagu of a sub kegiatan; program and kegiatan rows sum their sub kegiatan. */
  pagu: number | null;
  indicators: KkIndicator[];
  children: KkNode[];
}

export interface KertasKerjaSpec {
  setup: RoundSetup;
  bagian: BagianInfo;
  sheetName: string;
  nodes: KkNode[];
}

export type KkRowKind = KkNode["level"] | "indicator";

/** Where a row of the generated table stands, for metadata and fingerprints. */
export interface KkRowRef {
  key: string;
  kind: KkRowKind;
  /** 1-based row. */
  row: number;
}

export interface KertasKerjaLayout {
  firstDataRow: number;
  lastDataRow: number;
  rows: KkRowRef[];
  signature: { tanggal: string; nama: string; nip: string };
  /** Columns the Bagian fills, per row kind. */
  inputColumns: Record<KkRowKind, KkColumn[]>;
  /** The cells pre-filled from a prior report, with where each value came from. */
  prefilled: KkPrefill[];
}

export interface KertasKerjaSheet {
  plan: SheetPlan;
  layout: KertasKerjaLayout;
}

const t = S.kertasKerja;

/** The petunjuk's height over the title columns it is merged across. */
function petunjukHeight(): number {
  const width = KK_COLUMNS.slice(0, colIndex.satuan + 1).reduce((sum, name) => sum + KK_WIDTHS[name], 0);
  return Math.round(wrappedLines(t.petunjuk, charsPerLine(width, KK_CHARS_PER_UNIT)) * LINE_HEIGHT + 3);
}

/**
 * Characters per unit of width counted for the table's names: fewer than text-fit's Calibri
 * estimate, so that a wider font (LibreOffice's stand-in for Calibri, or a bold name) still shows
 * every line, on screen and on paper, in these narrow columns.
 */
const KK_CHARS_PER_UNIT = 0.85;

/** The width a program's, kegiatan's or sub kegiatan's name is merged across: uraian to satuan. */
const NAME_WIDTH = KK_WIDTHS.uraian + KK_WIDTHS.indikator + KK_WIDTHS.satuan;

/**
 * Lines an indicator's row has at least: room for a short note in the narrow factor columns. A row
 * of a set height does not grow when the Bagian types (in Excel or on paper), so a longer note
 * needs the row made taller by hand.
 */
const INPUT_LINES = 3;

/** A row height that shows the wrapped names and indicators in full (see text-fit.ts). */
function fittedHeight(row: Row, kind: KkRowKind | undefined): number {
  let lines = kind === "indicator" ? INPUT_LINES : 1;
  for (const name of ["uraian", "indikator", "satuan"] as const) {
    const value = row[colIndex[name]]?.value;
    const width = name === "uraian" && kind !== "indicator" ? NAME_WIDTH : KK_WIDTHS[name];
    if (typeof value === "string")
      lines = Math.max(lines, wrappedLines(value, charsPerLine(width, KK_CHARS_PER_UNIT)));
  }
  return Math.round(lines * LINE_HEIGHT + 3);
}

/**
 * Builds one Bagian's kertas kerja: header, the program → kegiatan → sub kegiatan table with one
 * row per indicator, live capaian/predikat/serapan formulas, input cells unlocked and validated,
 * the Kepala Bagian's signature block, protection and print setup.
 */
export function buildKertasKerjaSheet(spec: KertasKerjaSpec): KertasKerjaSheet {
  const { setup, bagian } = spec;
  const q = currentTriwulan(setup.periode);
  // The title block stays within the columns printed on every page (kertas-kerja-print.ts).
  const last = colIndex.satuan;
  const merges = [rangeAddress(0, 0, 0, last), rangeAddress(1, 0, 1, last), rangeAddress(6, 0, 6, last)];
  // The realisasi groups split before the period's quarter, as the print does.
  const period = periodRealisasi(q);
  const rows: Row[] = [...titleRows(setup, bagian), ...headerRows(setup, merges, period)];

  const table = new KkTable(rows, setup);
  for (const node of spec.nodes) table.writeNode(node);
  const firstDataRow = KK_ROWS.firstData;
  const rowHeights: Record<number, number> = {
    [KK_ROWS.petunjuk - 1]: petunjukHeight(),
    [KK_ROWS.header - 1]: 48,
  };
  // A name spans uraian, indikator and satuan (all empty on its row), so the uraian column stays narrow.
  const kinds = new Map(table.refs.map((ref) => [ref.row, ref.kind]));
  for (const ref of table.refs) {
    if (ref.kind !== "indicator")
      merges.push(rangeAddress(ref.row - 1, colIndex.uraian, ref.row - 1, colIndex.satuan));
  }
  for (let r = firstDataRow - 1; r < rows.length; r++)
    rowHeights[r] = fittedHeight(rows[r] ?? [], kinds.get(r + 1));
  const lastDataRow = Math.max(rows.length, firstDataRow);

  const sig = signatureBlock(rows, merges, rowHeights, bagian);
  const hidden = kkHiddenColumns(q);
  const validations = [
    ...inputValidations(table, q, firstDataRow, lastDataRow),
    ...signatureValidations(sig),
  ];
  const plan: SheetPlan = {
    name: spec.sheetName,
    visibility: "visible",
    rows,
    styles: KK_STYLES,
    columns: KK_COLUMNS.map((name) => ({ width: KK_WIDTHS[name], hidden: hidden.has(name) })),
    rowHeights,
    merges,
    validations,
    protection: {},
    print: kkPrintSetup(setup.rules, period, rows.length, lastDataRow),
    freeze: { rows: KK_ROWS.header, columns: colIndex.indikator + 1 },
    tabColor: "#70AD47",
  };
  const inputColumns: Record<KkRowKind, KkColumn[]> = {
    sasaran: [],
    program: [],
    kegiatan: [],
    subkegiatan: ["realisasiAnggaran"],
    indicator: [...REALISASI_TW.slice(0, q), "pendorong", "penghambat", "tindakLanjut", "buktiDukung"],
  };
  return {
    plan,
    layout: {
      firstDataRow,
      lastDataRow,
      rows: table.refs,
      signature: sig,
      inputColumns,
      prefilled: table.prefilled,
    },
  };
}

/** Title, instansi, Bagian, tahun, periode, batas waktu, the petunjuk and a blank row. */
function titleRows(setup: RoundSetup, bagian: BagianInfo): Row[] {
  const rows: Row[] = [[text(t.title, "title")], [text(setup.instansi.toUpperCase(), "subtitle")]];
  const info: [string, string][] = [
    [t.labels.bagian, bagian.nama],
    [t.labels.tahun, String(setup.tahun)],
    [t.labels.periode, S.common.periode[setup.periode]],
    [t.labels.batasWaktu, formatTanggal(setup.batasWaktu)],
  ];
  for (const [label, value] of info) rows.push([text(label, "label"), text(`: ${value}`, "text")]);
  rows.push([text(t.petunjuk, "petunjuk")]);
  rows.push([]);
  return rows;
}

/** The full name of every column, as the lower header row shows it. */
function columnNames(tahun: number): Record<KkColumn, string> {
  const c = t.columns;
  return {
    kode: c.kode,
    uraian: c.uraian,
    indikator: c.indikator,
    satuan: c.satuan,
    polaritas: c.polaritas,
    jenisCapaian: c.jenisCapaian,
    targetTahunan: c.targetTahunan,
    targetTw1: c.targetTw[0],
    targetTw2: c.targetTw[1],
    targetTw3: c.targetTw[2],
    targetTw4: c.targetTw[3],
    realisasiLalu: c.realisasiLalu(tahun - 1),
    realisasiTw1: c.realisasiTw[0],
    realisasiTw2: c.realisasiTw[1],
    realisasiTw3: c.realisasiTw[2],
    realisasiTw4: c.realisasiTw[3],
    targetSd: c.targetSd,
    realisasiSd: c.realisasiSd,
    capaian: c.capaian,
    predikat: c.predikat,
    pagu: c.pagu,
    realisasiAnggaran: c.realisasiAnggaran,
    serapan: c.serapan,
    pendorong: c.pendorong,
    penghambat: c.penghambat,
    tindakLanjut: c.tindakLanjut,
    buktiDukung: c.buktiDukung,
    kunci: c.kunci,
  };
}

/**
 * Two header rows: groups above, full column names below (readable on their own, and where a
 * reader of prior reports looks for them); merges go to `merges`. The realisasi are two groups,
 * split before `period`, the quarter printed with what the Bagian fills.
 */
function headerRows(setup: RoundSetup, merges: A1[], period: KkColumn): [Row, Row] {
  const group = blankRow();
  const header = blankRow();
  const names = columnNames(setup.tahun);
  const hr = KK_ROWS.headerGroup - 1;
  const given = KK_COLUMNS[colIndex[period] - 1] ?? "realisasiLalu";
  const groups: [KkColumn, KkColumn, string][] = [
    ["targetTahunan", "targetTw4", t.groups.target],
    ["realisasiLalu", given, t.groups.realisasi],
    [period, "realisasiTw4", t.groups.realisasi],
    ["targetSd", "predikat", t.groups.capaian(S.common.periode[setup.periode])],
    ["pagu", "serapan", t.groups.anggaran],
  ];
  for (const name of KK_COLUMNS) {
    put(group, name, text(null, "header"));
    put(header, name, text(names[name], "header"));
  }
  for (const [from, to, label] of groups) {
    put(group, from, text(label, "header"));
    if (colIndex[to] > colIndex[from]) merges.push(rangeAddress(hr, colIndex[from], hr, colIndex[to]));
  }
  const singles = [
    ...(["kode", "uraian", "indikator", "satuan", "polaritas", "jenisCapaian"] as const),
    ...(["pendorong", "penghambat", "tindakLanjut", "buktiDukung", "kunci"] as const),
  ];
  for (const single of singles) {
    put(group, single, text(names[single], "header"));
    put(header, single, text(null, "header"));
    merges.push(rangeAddress(hr, colIndex[single], hr + 1, colIndex[single]));
  }
  put(group, "kunci", text(names.kunci, "key"));
  return [group, header];
}

/** Points a row left blank for the wet signature takes: about 2 cm on paper at the print scale. */
const SIGNING_SPACE = 36;

/**
 * The Kepala Bagian's signature block under the factor columns, each value merged over three of
 * them (a date or NIP outgrows one); returns the cells to fill.
 */
function signatureBlock(
  rows: Row[],
  merges: A1[],
  rowHeights: Record<number, number>,
  bagian: BagianInfo,
): KertasKerjaLayout["signature"] {
  rows.push([], []);
  const sigCol = colIndex.pendorong;
  const lastCol = colIndex.buktiDukung;
  const sigRow = (label: string | null, value: CellPlan | null): number => {
    const row = blankRow();
    if (label !== null) row[sigCol] = text(label, "label");
    if (value) {
      row[sigCol + 1] = value;
      merges.push(rangeAddress(rows.length, sigCol + 1, rows.length, lastCol));
    }
    rows.push(row);
    return rows.length;
  };
  const tanggalRow = sigRow(t.signature.tanggal, input("inputDate"));
  const jabatanRow = sigRow(null, null);
  const jabatan = blankRow();
  jabatan[sigCol] = text(t.signature.jabatan(bagian.nama), "label");
  rows[jabatanRow - 1] = jabatan;
  merges.push(rangeAddress(jabatanRow - 1, sigCol, jabatanRow - 1, lastCol));
  for (const space of [sigRow(null, null), sigRow(null, null)]) rowHeights[space - 1] = SIGNING_SPACE;
  const namaRow = sigRow(t.signature.nama, input("inputName", bagian.kepala.nama || null));
  const nipRow = sigRow(t.signature.nip, input("inputName", bagian.kepala.nip || null));
  return {
    tanggal: cellAddress(tanggalRow - 1, sigCol + 1),
    nama: cellAddress(namaRow - 1, sigCol + 1),
    nip: cellAddress(nipRow - 1, sigCol + 1),
  };
}

/**
 * Non-negative numbers in the realisasi and realisasi anggaran columns, a list of its scale's words
 * in the realisasi of a qualitative row. Rectangles over the data block: a rule on a locked cell is
 * harmless, and one range per rule keeps both hosts simple (Excel's API takes one address per
 * validation).
 */
function inputValidations(
  table: KkTable,
  q: number,
  firstDataRow: number,
  lastDataRow: number,
): DataValidation[] {
  const v = t.validation;
  const validations: DataValidation[] = [];
  if (table.realisasiInputs.length > 0) {
    validations.push(...realisasiValidations(table.wordRows, q, firstDataRow, lastDataRow));
  }
  if (table.anggaranInputs.length > 0) {
    validations.push({
      range: a1(`${col.realisasiAnggaran}${firstDataRow}:${col.realisasiAnggaran}${lastDataRow}`),
      rule: { type: "decimal", min: 0 },
      allowBlank: true,
      prompt: { title: v.numberTitle, message: v.anggaranPrompt },
      error: { title: v.numberTitle, message: v.numberError },
    });
  }
  return validations;
}

/** A date for the signature's tanggal, 18 characters for the NIP. */
function signatureValidations(sig: KertasKerjaLayout["signature"]): DataValidation[] {
  const v = t.validation;
  return [
    {
      range: a1(sig.tanggal),
      rule: { type: "date" },
      allowBlank: true,
      prompt: { title: v.dateTitle, message: v.datePrompt },
      error: { title: v.dateTitle, message: v.dateError },
    },
    {
      range: a1(sig.nip),
      rule: { type: "textLength", min: 18, max: 18 },
      allowBlank: true,
      prompt: { title: v.nipTitle, message: v.nipPrompt },
      error: { title: v.nipTitle, message: v.nipError },
    },
  ];
}
