/**
 * The visible "Perjanjian Kinerja" sheet: the whole PK as people write it, in a form the PK reader
 * reads back. Title rows and a note on how to fill it in; one flat IKU table (No | Sasaran
 * Strategis | Indikator Kinerja Utama | Satuan | Polaritas | Jenis Capaian | Target <tahun> |
 * Target Rencana Aksi TW I–IV | Target Akhir Renstra | Realisasi of the five years before |
 * Bagian Penanggung Jawab) under a two-row header; then the programs and kegiatan pendukung with
 * their anggaran and the sasaran each supports. Unprotected: people type into it. Without IKU it
 * is a template of empty, shaded rows.
 */
import { cellAddress, rangeAddress } from "../../sheet/address";
import { a4Landscape } from "../../sheet/print";
import type { A1, CellPlan, CellStyle, DataValidation, SheetPlan, SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { pkSheet as T } from "../../strings/pkSheet";
import { readPerjanjianKinerja } from "./pk-reader";
import { pageBreaks } from "./pk-sheet-pages";
import {
  COL,
  ikuBlock,
  LAST_COL,
  programBlock,
  PROGRAM_COL,
  REALISASI_YEARS,
  WIDTHS,
  type Block,
  type Row,
} from "./pk-sheet-rows";
import { INPUT_FILL } from "../setup/setup-fill";
import { HOUSE_STYLES } from "../shared/house-styles";
import { charsPerLine, LINE_HEIGHT, wrappedLines } from "../shared/text-fit";
import type { PerjanjianKinerja, PkReadResult } from "../shared/types";

/** The sheet's name. */
export const PK_SHEET: string = T.sheetName;

const box: CellStyle = { border: true, vAlign: "top", wrap: true };
const centred: CellStyle = { ...box, hAlign: "center" };

const BASE_STYLES = {
  title: { ...HOUSE_STYLES.title, hAlign: "center" },
  subtitle: { ...HOUSE_STYLES.subtitle, hAlign: "center" },
  note: HOUSE_STYLES.note,
  header: HOUSE_STYLES.header,
  tableTitle: { bold: true, fontSize: 12 },
  text: { ...box, numberFormat: "@" },
  word: { ...centred, numberFormat: "@" },
  no: { ...centred, numberFormat: "General" },
  value: { ...centred, numberFormat: "General" },
  money: { ...box, numberFormat: "#,##0" },
  total: { border: true, bold: true, hAlign: "center" },
  totalMoney: { border: true, bold: true, numberFormat: "#,##0" },
} satisfies Record<string, CellStyle>;

/** Every style, and for the cells of a row waiting to be filled in, its shaded twin "<style>Input". */
const STYLES: Record<string, CellStyle> = {
  ...BASE_STYLES,
  ...Object.fromEntries(
    (["text", "word", "no", "value", "money"] as const).map((k) => [
      `${k}Input`,
      { ...BASE_STYLES[k], fill: INPUT_FILL },
    ]),
  ),
};

/** A run of rows [first, last] (0-based) to print on one page. */
type Unit = [number, number];

/** Sheet rows under construction: cells, merges (0-based boxes), heights by row. */
class Sheet {
  readonly rows: Row[] = [];
  readonly merges: A1[] = [];
  readonly heights: Record<number, number> = {};

  /** Adds a row; returns its 0-based index. */
  push(row: Row, height?: number): number {
    const r = this.rows.push(row) - 1;
    if (height !== undefined) this.heights[r] = height;
    return r;
  }

  /** A row of one text over the whole width. */
  banner(value: string, style: string, height?: number): number {
    const r = this.push([{ value, style }], height);
    this.merges.push(rangeAddress(r, 0, r, LAST_COL));
    return r;
  }

  /** Appends a block; returns the 0-based rows of its first and last row and of its runs to keep on one page. */
  block(b: Block): { first: number; last: number; units: Unit[] } {
    const first = this.rows.length;
    b.rows.forEach((row, i) => this.push(row, b.heights[i]));
    for (const m of b.merges) this.merges.push(rangeAddress(first + m.row1, m.col1, first + m.row2, m.col2));
    const units = b.units.map(([a, z]): Unit => [first + a, first + z]);
    return { first, last: this.rows.length - 1, units };
  }
}

/** Points a paragraph of the note takes over the whole width. */
function noteHeight(text: string): number {
  const width = WIDTHS.reduce((a, b) => a + b, 0);
  return Math.round(wrappedLines(text, charsPerLine(width)) * LINE_HEIGHT + 4);
}

/**
 * The IKU table's two header rows: columns on their own merged down over both; "Target Rencana
 * Aksi" over TW I–IV and "Realisasi" over the five years before `tahun`, so that the reader takes
 * "Target Rencana Aksi TW I" and "Realisasi 2025" as their labels.
 */
function writeIkuHeader(sheet: Sheet, tahun: number): number {
  const h = T.header;
  const top: Row = [];
  const bottom: Row = [];
  const single = (c: number, label: string): void => {
    top[c] = { value: label, style: "header" };
    bottom[c] = { value: null, style: "header" };
  };
  const group = (c: number, label: string, subs: readonly string[]): void => {
    subs.forEach((sub, i) => {
      top[c + i] = { value: i === 0 ? label : null, style: "header" };
      bottom[c + i] = { value: sub, style: "header" };
    });
  };
  single(COL.no, h.no);
  single(COL.sasaran, h.sasaran);
  single(COL.indikator, h.indikator);
  single(COL.satuan, h.satuan);
  single(COL.polaritas, h.polaritas);
  single(COL.jenisCapaian, h.jenisCapaian);
  single(COL.target, h.target(tahun));
  group(COL.tw, h.rencanaAksi, h.tw);
  single(COL.renstra, h.renstra);
  const years = Array.from({ length: REALISASI_YEARS }, (_, i) => String(tahun - REALISASI_YEARS + i));
  group(COL.realisasi, h.realisasi, years);
  single(COL.bagian, h.bagian);
  const first = sheet.push(top, 30);
  sheet.push(bottom, 18);
  for (let c = 0; c <= LAST_COL; c++) {
    const inTw = c >= COL.tw && c < COL.tw + 4;
    const inRealisasi = c >= COL.realisasi && c < COL.realisasi + REALISASI_YEARS;
    if (!inTw && !inRealisasi) sheet.merges.push(rangeAddress(first, c, first + 1, c));
  }
  sheet.merges.push(rangeAddress(first, COL.tw, first, COL.tw + 3));
  sheet.merges.push(rangeAddress(first, COL.realisasi, first, COL.realisasi + REALISASI_YEARS - 1));
  return first;
}

/** The merges of row `r` over each [first, last] column range that spans more than one column. */
function spans(r: number, ranges: readonly (readonly [number, number])[]): A1[] {
  return ranges.filter(([c1, c2]) => c2 > c1).map(([c1, c2]) => rangeAddress(r, c1, r, c2));
}

/**
 * The programs table: its title, header, rows and "Jumlah" row with the sum of the anggaran.
 * Returns its runs to keep on one page: the title and header with the first program, then each
 * program, the last with the "Jumlah" row.
 */
function writePrograms(sheet: Sheet, pk: PerjanjianKinerja | null): Unit[] {
  const title = sheet.push([{ value: T.programsTitle, style: "tableTitle" }], 20);
  const header: Row = [];
  const h = T.programHeader;
  for (const [field, [c1, c2]] of Object.entries(PROGRAM_COL) as [keyof typeof h, [number, number]][]) {
    for (let c = c1; c <= c2; c++) header[c] = { value: c === c1 ? h[field] : null, style: "header" };
  }
  const headerRow = sheet.push(header, 30);
  sheet.merges.push(...spans(headerRow, Object.values(PROGRAM_COL)));
  const { first, last, units } = sheet.block(programBlock(pk));
  const [a1, a2] = PROGRAM_COL.anggaran;
  const total: Row = [];
  for (let c = 0; c <= PROGRAM_COL.sasaran[1]; c++) total[c] = { value: null, style: "total" };
  total[0] = { value: T.jumlah, style: "total" };
  total[a1] = {
    formula: `SUM(${cellAddress(first, a1)}:${cellAddress(last, a1)})`,
    style: "totalMoney",
  };
  for (let c = a1 + 1; c <= a2; c++) total[c] = { value: null, style: "totalMoney" };
  const r = sheet.push(total);
  sheet.merges.push(...spans(r, [[0, PROGRAM_COL.program[1]], PROGRAM_COL.anggaran, PROGRAM_COL.sasaran]));
  const [head, ...rest] = units;
  const runs: Unit[] = [[title, head?.[1] ?? headerRow], ...rest];
  const end = runs[runs.length - 1];
  if (end) end[1] = r;
  return runs;
}

/** The drop-down lists of Polaritas and Jenis Capaian over the IKU rows [first, last] (0-based). */
function validations(first: number, last: number): DataValidation[] {
  const V = T.validation;
  const column = (c: number): A1 => rangeAddress(first, c, last, c);
  return [
    {
      range: column(COL.polaritas),
      rule: { type: "list", values: Object.values(S.common.polarity) },
      allowBlank: true,
      prompt: { title: V.polarityTitle, message: V.polarityPrompt },
      error: { title: V.polarityTitle, message: V.polarityError },
    },
    {
      range: column(COL.jenisCapaian),
      rule: { type: "list", values: Object.values(S.common.aggregation) },
      allowBlank: true,
      prompt: { title: V.aggregationTitle, message: V.aggregationPrompt },
      error: { title: V.aggregationTitle, message: V.aggregationError },
    },
  ];
}

/**
 * The visible, printable "Perjanjian Kinerja" sheet of `pk` for the round of `instansi` and
 * `tahun` (A4 landscape, one page wide, the IKU table's header repeated on every page). With `pk`
 * null or without IKU: the same headers over empty shaded rows, to type a PK from scratch.
 */
export function perjanjianKinerjaSheetPlan(
  pk: PerjanjianKinerja | null,
  round: { instansi: string; tahun: number },
): SheetPlan {
  const sheet = new Sheet();
  sheet.banner(T.title(round.tahun), "title", 22);
  sheet.banner(round.instansi, "subtitle", 18);
  sheet.push([]);
  for (const paragraph of T.note) sheet.banner(paragraph, "note", noteHeight(paragraph));
  sheet.push([]);
  const header = writeIkuHeader(sheet, round.tahun);
  const iku = sheet.block(ikuBlock(pk, round.tahun));
  sheet.push([]);
  sheet.push([]);
  const programs = writePrograms(sheet, pk);
  const print = a4Landscape({ printTitleRows: `${header + 1}:${header + 2}` });
  const [top, ...below] = iku.units;
  const breaks = pageBreaks({
    columns: WIDTHS,
    margins: print.margins ?? { top: 0, bottom: 0, left: 0, right: 0 },
    heights: sheet.heights,
    repeat: [header, header + 1],
    // The title, note and header go with the first sasaran; the programs table with its title.
    units: [[0, top?.[1] ?? header + 1], ...below, { together: programs }],
  });
  return {
    name: PK_SHEET,
    visibility: "visible",
    rows: sheet.rows.map((row) => Array.from(row, (c: CellPlan | null | undefined) => c ?? null)),
    styles: STYLES,
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights: sheet.heights,
    merges: sheet.merges,
    validations: validations(iku.first, iku.last),
    print,
    ...(breaks.length > 0 ? { pageBreaks: breaks } : {}),
    tabColor: "#C65911",
  };
}

/** A sheet name as Excel compares names: case and runs of spaces do not count. */
const nameKey = (name: string): string => name.replace(/\s+/g, " ").trim().toUpperCase();

/**
 * The PK of a workbook's "Perjanjian Kinerja" sheet (found by its name, in any case or spacing),
 * as `readPerjanjianKinerja` reads it; null when the workbook has no such sheet.
 */
export function readPerjanjianKinerjaFromWorkbook(
  sheets: readonly SheetSnapshot[],
  file?: string,
): PkReadResult | null {
  const sheet = sheets.find((s) => nameKey(s.name) === nameKey(PK_SHEET));
  return sheet ? readPerjanjianKinerja(sheet, file) : null;
}
