/**
 * The rows of the "Perjanjian Kinerja" sheet's two tables: the flat IKU table (one row per IKU,
 * the sasaran's No and text merged down over its IKU rows) and the table of programs and kegiatan
 * pendukung (one row per program, one more for each further sasaran it supports). Values are
 * written as the PK reader reads them back: numbers as numbers, words and kode as text.
 */
import type { CellPlan } from "../../sheet/plan";
import { S } from "../../strings";
import type { Iku, Kode, PerjanjianKinerja, PkProgram, PkSasaran, TargetValue } from "../shared/types";
import { charsPerLine, LINE_HEIGHT, wrappedLines } from "../shared/text-fit";

export type Row = (CellPlan | null)[];

/** Columns of the IKU table (0-based); the four triwulan and five realisasi columns follow their first. */
export const COL = {
  no: 0,
  sasaran: 1,
  indikator: 2,
  satuan: 3,
  polaritas: 4,
  jenisCapaian: 5,
  target: 6,
  tw: 7,
  renstra: 11,
  realisasi: 12,
  bagian: 17,
} as const;
export const LAST_COL = COL.bagian;
/** Years of earlier realisasi the table has a column for: the five before the PK's. */
export const REALISASI_YEARS = 5;

/** Column widths in Excel character units, A to R (none of exactly 9: exceljs leaves that width out). */
export const WIDTHS: readonly number[] = [
  5, 26, 30, 9.5, 10, 11, 8, 6.5, 6.5, 6.5, 6.5, 8.5, 6.5, 6.5, 6.5, 6.5, 6.5, 15,
];

/** Columns of the programs table: first and last column of each (merged) cell. */
export const PROGRAM_COL = {
  no: [0, 0],
  kode: [1, 1],
  program: [2, 5],
  anggaran: [6, 8],
  sasaran: [9, 11],
} as const;

/** Empty rows of a table with nothing in it yet. */
export const EMPTY_IKU_ROWS = 10;
export const EMPTY_PROGRAM_ROWS = 6;

/** A table's rows, the merges among them and the height of each, counted from its first row. */
export interface Block {
  rows: Row[];
  merges: { row1: number; col1: number; row2: number; col2: number }[];
  /** Points; undefined leaves a row to its default height (and Excel to grow it as text is typed). */
  heights: (number | undefined)[];
  /** Runs [first, last] of rows to print on one page: a sasaran's IKU rows, a program's rows. */
  units: [number, number][];
}

const cell = (value: CellPlan["value"], style: string): CellPlan => ({ value, style, locked: false });

/** A style, or its shaded twin for a row that waits to be filled in. */
const styled = (style: string, input: boolean): string => (input ? `${style}Input` : style);

/** A number as written in a No cell: "1" as the number 1 (no "number stored as text"), "S.1" as text. */
function noValue(no: string): string | number | null {
  if (no === "") return null;
  return /^[1-9]\d{0,5}$/.test(no) ? Number(no) : no;
}

/** A target or realisasi: a number as a number, a word as text; nothing else. */
function targetValue(v: TargetValue | null | undefined): string | number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

/** Points a row takes for its wrapped texts, by column. */
function heightOf(texts: readonly (readonly [string, number])[]): number {
  const lines = Math.max(1, ...texts.map(([text, width]) => wrappedLines(text, charsPerLine(width))));
  return Math.round(lines * LINE_HEIGHT + 3);
}

/** Width of the columns `cols` spans, together. */
export function spanWidth(cols: readonly [number, number]): number {
  return WIDTHS.slice(cols[0], cols[1] + 1).reduce((a, b) => a + b, 0);
}

/** An empty row of the IKU table; `input` shades it for typing. */
function emptyIkuRow(input: boolean): Row {
  const row: Row = [];
  for (let c = 0; c <= LAST_COL; c++) row.push(cell(null, ikuStyle(c, input)));
  return row;
}

function ikuStyle(c: number, input: boolean): string {
  if (c === COL.no) return styled("no", input);
  if (c === COL.polaritas || c === COL.jenisCapaian) return styled("word", input);
  if (c >= COL.target && c < COL.bagian) return styled("value", input);
  return styled("text", input);
}

/** The row of one IKU; `sasaran` only on the first row of its sasaran. */
function ikuRow(iku: Iku | null, sasaran: PkSasaran | null, tahun: number): Row {
  const row = emptyIkuRow(iku === null);
  const put = (c: number, value: CellPlan["value"]): void => {
    row[c] = cell(value, ikuStyle(c, iku === null));
  };
  if (sasaran) {
    put(COL.no, noValue(sasaran.no));
    put(COL.sasaran, sasaran.text);
  }
  if (!iku) return row;
  put(COL.indikator, iku.indikator);
  put(COL.satuan, iku.satuan);
  put(COL.polaritas, S.common.polarity[iku.polarity]);
  put(COL.jenisCapaian, S.common.aggregation[iku.aggregation]);
  put(COL.target, targetValue(iku.targetTahunan));
  iku.targetTw?.forEach((v, q) => put(COL.tw + q, targetValue(v)));
  put(COL.renstra, targetValue(iku.targetRenstra));
  for (let i = 0; i < REALISASI_YEARS; i++) {
    const year = tahun - REALISASI_YEARS + i;
    put(COL.realisasi + i, targetValue(iku.realisasiLalu.find((r) => r.tahun === year)?.realisasi));
  }
  put(COL.bagian, iku.bagian ?? "");
  return row;
}

/** The IKU of each sasaran, in the PK's order of sasaran; IKU of a number no sasaran has come last. */
function groups(pk: PerjanjianKinerja): { sasaran: PkSasaran; ikus: Iku[] }[] {
  const out = pk.sasaran.map((sasaran) => ({
    sasaran,
    ikus: pk.iku.filter((i) => i.sasaranNo === sasaran.no),
  }));
  for (const iku of pk.iku) {
    if (pk.sasaran.some((s) => s.no === iku.sasaranNo)) continue;
    const group = out.find((g) => g.sasaran.no === iku.sasaranNo);
    if (group) group.ikus.push(iku);
    else
      out.push({ sasaran: { no: iku.sasaranNo, text: "", programs: [], source: iku.source }, ikus: [iku] });
  }
  return out;
}

/**
 * The IKU table's data rows: per sasaran its IKU rows, No and Sasaran merged down over them (a
 * sasaran without IKU gets one row to fill in); with no IKU at all, empty rows to type a PK in.
 */
export function ikuBlock(pk: PerjanjianKinerja | null, tahun: number): Block {
  const block: Block = { rows: [], merges: [], heights: [], units: [] };
  if (!pk || pk.iku.length === 0) {
    for (let i = 0; i < EMPTY_IKU_ROWS; i++) {
      block.rows.push(emptyIkuRow(true));
      block.heights.push(undefined);
      block.units.push([i, i]);
    }
    return block;
  }
  for (const { sasaran, ikus } of groups(pk)) {
    const first = block.rows.length;
    const list: (Iku | null)[] = ikus.length > 0 ? ikus : [null];
    list.forEach((iku, i) => {
      block.rows.push(ikuRow(iku, i === 0 ? sasaran : null, tahun));
      block.heights.push(
        heightOf([
          [iku?.indikator ?? "", WIDTHS[COL.indikator] ?? 0],
          [iku?.satuan ?? "", WIDTHS[COL.satuan] ?? 0],
          [iku?.bagian ?? "", WIDTHS[COL.bagian] ?? 0],
        ]),
      );
    });
    const last = block.rows.length - 1;
    if (last > first) {
      block.merges.push({ row1: first, col1: COL.no, row2: last, col2: COL.no });
      block.merges.push({ row1: first, col1: COL.sasaran, row2: last, col2: COL.sasaran });
    }
    fitMerged(block, first, last, heightOf([[sasaran.text, WIDTHS[COL.sasaran] ?? 0]]));
    block.units.push([first, last]);
  }
  return block;
}

/** Grows the last row of [first, last] until the rows together are `needed` points high. */
function fitMerged(block: Block, first: number, last: number, needed: number): void {
  const have = block.heights.slice(first, last + 1).reduce<number>((a, b) => a + (b ?? 0), 0);
  if (have < needed) block.heights[last] = (block.heights[last] ?? 0) + needed - have;
}

/**
 * The sasaran a program supports, as their No cells write them: the one it names first, then
 * every other sasaran that lists it, in the PK's order.
 */
function supported(program: PkProgram, pk: PerjanjianKinerja): string[] {
  const nos = program.sasaranNo === null ? [] : [program.sasaranNo];
  for (const s of pk.sasaran) if (s.programs.includes(program.kode) && !nos.includes(s.no)) nos.push(s.no);
  return nos;
}

/** One row of the programs table; `input` shades it for typing. */
function programRow(
  p: { no: number | null; kode: Kode | null; name: string; anggaran: number | null; sasaran: string },
  input: boolean,
): Row {
  const row: Row = [];
  const span = (cols: readonly [number, number], value: CellPlan["value"], style: string): void => {
    for (let c = cols[0]; c <= cols[1]; c++)
      row[c] = cell(c === cols[0] ? value : null, styled(style, input));
  };
  span(PROGRAM_COL.no, p.no, "no");
  span(PROGRAM_COL.kode, p.kode, "text");
  span(PROGRAM_COL.program, p.name, "text");
  span(PROGRAM_COL.anggaran, p.anggaran !== null && Number.isFinite(p.anggaran) ? p.anggaran : null, "money");
  span(PROGRAM_COL.sasaran, noValue(p.sasaran), "no");
  return row;
}

/**
 * The programs table's data rows: programs that support no sasaran first (a blank Sasaran cell
 * would go on with the sasaran of the row above), then the others in the PK's order, each on one
 * row per sasaran it supports, its No and anggaran merged down over them (the reader takes the
 * anggaran from the first). With no programs, empty rows to type them in.
 */
export function programBlock(pk: PerjanjianKinerja | null): Block {
  const block: Block = { rows: [], merges: [], heights: [], units: [] };
  const programs = pk?.programs ?? [];
  const linked = programs.map((p) => ({ p, nos: pk ? supported(p, pk) : [] }));
  const ordered = [...linked.filter((l) => l.nos.length === 0), ...linked.filter((l) => l.nos.length > 0)];
  const height = (name: string): number => heightOf([[name, spanWidth(PROGRAM_COL.program)]]);
  ordered.forEach(({ p, nos }, i) => {
    const first = block.rows.length;
    (nos.length > 0 ? nos : [""]).forEach((no, j) => {
      const row = {
        no: j === 0 ? i + 1 : null,
        kode: p.kode,
        name: p.name,
        anggaran: j === 0 ? p.anggaran : null,
      };
      block.rows.push(programRow({ ...row, sasaran: no }, false));
      block.heights.push(height(p.name));
    });
    programMerges(block, first, block.rows.length - 1);
    block.units.push([first, block.rows.length - 1]);
  });
  if (programs.length === 0) {
    for (let i = 0; i < EMPTY_PROGRAM_ROWS; i++) {
      block.rows.push(programRow({ no: null, kode: null, name: "", anggaran: null, sasaran: "" }, true));
      block.heights.push(undefined);
      programMerges(block, i, i);
      block.units.push([i, i]);
    }
  }
  return block;
}

/**
 * The merges of one program's rows [first, last]: the name and the sasaran over their columns on
 * each row; the No and the anggaran over all its rows too.
 */
function programMerges(block: Block, first: number, last: number): void {
  for (const [field, [col1, col2]] of Object.entries(PROGRAM_COL)) {
    const down = field === "no" || field === "anggaran";
    if (down && (col2 > col1 || last > first)) block.merges.push({ row1: first, col1, row2: last, col2 });
    if (down || col2 === col1) continue;
    for (let r = first; r <= last; r++) block.merges.push({ row1: r, col1, row2: r, col2 });
  }
}
