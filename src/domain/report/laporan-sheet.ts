/**
 * The master's "Laporan" sheet: the report as a printable, protected sheet. A4 portrait, one page
 * wide; a cover, then each chapter from a new page; headings bold; paragraphs wrapped in merged
 * cells with fitted heights; each table under its caption with its header repeated on the page it
 * continues on, and its source under it. Every cell that names a source cell is a formula over it
 * (`IF(Analisis!G45="","",Analisis!G45)`): the sheet shows what the Analisis and Data show now.
 */
import { quoteSheetName } from "../../sheet/address";
import type { CellPlan, SheetPlan } from "../../sheet/plan";
import { laporan as L } from "../../strings/laporan";
import { tanggal } from "./report-bab1";
import {
  GRID,
  GRID_WIDTH,
  heightOf,
  LINE_ROW,
  PAGE_HEIGHT,
  rowPieces,
  SheetWriter,
  spans,
  TOTAL_WIDTH,
  type Row,
} from "./laporan-sheet-layout";
import { cellStyle, STYLES } from "./laporan-sheet-styles";
import type {
  CellRef,
  ReportBlock,
  ReportCell,
  ReportDocument,
  ReportTable,
  ReportValueKind,
} from "./report-model";

/** The sheet's name (the SOP's paraf covers it by this name). */
export const LAPORAN_SHEET_NAME: string = L.sheetName;

const SOURCE_ROW = LINE_ROW;

/** The formula of a cell that shows its source: empty when the source is. */
export function refFormula(ref: CellRef): string {
  const at = `${quoteSheetName(ref.sheet)}!${ref.cell}`;
  return `IF(${at}="","",${at})`;
}

/** A report cell on the sheet: a formula over its source, else its value. */
function sheetCell(cell: ReportCell, kind: ReportValueKind, bold: boolean): CellPlan {
  return cell.ref
    ? { formula: refFormula(cell.ref), style: cellStyle(kind, true, bold) }
    : { value: cell.value, style: cellStyle(kind, false, bold) };
}

/** What a cell shows, for its height (numbers are short: their exact form does not matter). */
const shown = (v: ReportCell["value"]): string => (v === null ? "" : String(v));

/** Places the cells of a row over the grid (each column's first grid cell), merging each span. */
function placeRow(
  w: SheetWriter,
  cells: readonly CellPlan[],
  widths: readonly number[],
  height: number,
): void {
  const row: Row = [];
  let c = 0;
  const starts: number[] = [];
  cells.forEach((cell, i) => {
    starts.push(c);
    row[c] = cell;
    for (let k = 1; k < (widths[i] ?? 1); k++) row[c + k] = { value: null, style: cell.style ?? "" };
    c += widths[i] ?? 1;
  });
  const r = w.add(row, height);
  starts.forEach((s, i) => w.merge(r, s, s + (widths[i] ?? 1) - 1));
}

/** Whether a row is a group line: a label in its first cell and nothing else (then it spans the row). */
const isGroupLine = (cells: readonly ReportCell[]): boolean =>
  cells.length > 1 && cells.slice(1).every((c) => c.value === null && !c.ref) && cells[0]?.value !== null;

function headerRow(w: SheetWriter, t: ReportTable, widths: readonly number[]): void {
  const height = Math.max(
    ...t.columns.map((c, i) => heightOf(c.header, (widths[i] ?? 1) * GRID_WIDTH, true)),
  );
  placeRow(
    w,
    t.columns.map((c) => ({ value: c.header, style: "header" })),
    widths,
    height,
  );
}

function bodyRow(w: SheetWriter, t: ReportTable, widths: readonly number[], i: number): void {
  const row = t.rows[i];
  if (!row) return;
  const bold = row.emphasis === true;
  if (isGroupLine(row.cells)) {
    const first = row.cells[0] as ReportCell;
    w.line(sheetCell(first, "text", bold), heightOf(shown(first.value), TOTAL_WIDTH, bold));
    return;
  }
  placeRow(
    w,
    row.cells.map((c, k) => sheetCell(c, t.columns[k]?.kind ?? "text", bold)),
    widths,
    rowHeight(t, widths, i),
  );
}

function rowHeight(t: ReportTable, widths: readonly number[], i: number): number {
  const row = t.rows[i];
  if (!row) return LINE_ROW;
  if (isGroupLine(row.cells)) return heightOf(shown(row.cells[0]?.value ?? null), TOTAL_WIDTH, row.emphasis);
  return Math.max(
    ...row.cells.map((c, k) => heightOf(shown(c.value), (widths[k] ?? 1) * GRID_WIDTH, row.emphasis)),
  );
}

/** The heights of a table's parts on the grid. */
function measure(t: ReportTable) {
  const widths = spans(t.columns.map((c) => c.width));
  const caption = heightOf(t.title, TOTAL_WIDTH, true);
  const header = Math.max(
    ...t.columns.map((c, i) => heightOf(c.header, (widths[i] ?? 1) * GRID_WIDTH, true)),
  );
  const heights = t.rows.map((_, i) => rowHeight(t, widths, i));
  const whole = caption + header + heights.reduce((a, h) => a + h, 0) + SOURCE_ROW;
  const head = caption + header + heights.slice(0, 3).reduce((a, h) => a + h, 0);
  return { widths, caption, heights, whole, head };
}

/** What a table needs on the page it starts on: all of it when it fits on a page, else its head. */
const tableLead = (t: ReportTable): number => {
  const m = measure(t);
  return m.whole <= PAGE_HEIGHT ? m.whole : m.head;
};

/**
 * A table: caption, header, rows, source. Kept on one page when it fits on one (a new page when not
 * on this one); a longer one starts where its caption, header and three rows fit, and continues on
 * the next page under its caption "(lanjutan)" and its header again.
 */
function tableBlock(w: SheetWriter, t: ReportTable): void {
  const { widths, caption, heights } = measure(t);
  w.ensure(tableLead(t));
  w.line({ value: t.title, style: "caption" }, caption);
  headerRow(w, t, widths);
  t.rows.forEach((_, i) => {
    // The last row keeps the source line under it on its page.
    if ((heights[i] ?? 0) + (i === t.rows.length - 1 ? SOURCE_ROW : 0) > w.room) {
      w.newPage();
      w.line({ value: L.lanjutan(t.title), style: "caption" }, caption);
      headerRow(w, t, widths);
    }
    bodyRow(w, t, widths, i);
  });
  w.line({ value: L.sourceLine(t.source.sheet, t.source.range), style: "source" }, SOURCE_ROW);
  w.space(8);
}

/**
 * The height block `i` needs on the page it starts on: a heading with what follows it, a short
 * paragraph with the table it introduces, a table as `tableLead`.
 */
function lead(blocks: readonly ReportBlock[], i: number): number {
  const b = blocks[i];
  if (!b) return 0;
  const next = () => Math.min(lead(blocks, i + 1), PAGE_HEIGHT / 2);
  switch (b.kind) {
    case "heading":
      return headingHeight(b.text, b.level) + next();
    case "paragraph":
    case "empty": {
      const pieces = rowPieces(b.text, TOTAL_WIDTH);
      const first = heightOf(pieces[0] ?? "", TOTAL_WIDTH);
      // + the space under the paragraph.
      return pieces.length === 1 && blocks[i + 1]?.kind === "table" ? first + 6 + lead(blocks, i + 1) : first;
    }
    case "bullets":
      return heightOf(b.items[0] ?? "", TOTAL_WIDTH - GRID_WIDTH);
    case "table":
      return tableLead(b);
  }
}

const headingHeight = (text: string, level: number): number =>
  heightOf(text, TOTAL_WIDTH, true) + (level === 2 ? 10 : 6);

function textBlock(w: SheetWriter, text: string, style: string): void {
  for (const piece of rowPieces(text, TOTAL_WIDTH)) {
    const h = heightOf(piece, TOTAL_WIDTH);
    w.ensure(h);
    w.line({ value: piece, style }, h);
  }
  w.space(6);
}

function block(w: SheetWriter, b: ReportBlock): void {
  switch (b.kind) {
    case "heading":
      w.line({ value: b.text, style: b.level === 3 ? "h3" : "h2" }, headingHeight(b.text, b.level));
      return;
    case "paragraph":
      return textBlock(w, b.text, "paragraph");
    case "empty":
      return textBlock(w, b.text, "empty");
    case "bullets":
      for (const item of b.items) {
        const h = heightOf(item, TOTAL_WIDTH - GRID_WIDTH);
        w.ensure(h);
        const r = w.add(
          [
            { value: "•", style: "bullet" },
            { value: item, style: "paragraph" },
          ],
          h,
        );
        w.merge(r, 1, GRID - 1);
      }
      w.space(6);
      return;
    case "table":
      return tableBlock(w, b);
  }
}

function cover(w: SheetWriter, doc: ReportDocument): void {
  w.add([], 120);
  w.line({ value: doc.title, style: "title" }, 48);
  w.line({ value: L.cover.instansi(doc.instansi, doc.tahun), style: "subtitle" }, 40);
  w.add([], 60);
  w.line({ value: L.cover.disusun(tanggal(doc.disusun)), style: "subtitle" }, 24);
  w.add([], 40);
  w.line({ value: L.cover.note, style: "coverNote" }, heightOf(L.cover.note, TOTAL_WIDTH) + 6);
}

/** The signature block of step 7 under Bab IV: jabatan, room to sign, name and NIP. */
function signature(w: SheetWriter, doc: ReportDocument): void {
  w.ensure(160);
  w.add([], 20);
  const p = doc.penandatangan;
  if (!p) {
    w.line({ value: L.signature.missing, style: "empty" }, heightOf(L.signature.missing, TOTAL_WIDTH));
    return;
  }
  const at = (value: string, style: string, height: number) => {
    const row: Row = Array.from({ length: 11 }, () => null);
    row.push({ value, style });
    const r = w.add(row, height);
    w.merge(r, 11, GRID - 1);
  };
  at(tanggal(doc.disusun), "signature", LINE_ROW);
  at(p.jabatan || L.signature.jabatanDefault, "signature", heightOf(p.jabatan, 9 * GRID_WIDTH));
  w.add([], 60);
  at(p.nama, "signatureName", LINE_ROW);
  at(L.signature.nip(p.nip), "signature", LINE_ROW);
}

/**
 * The Laporan sheet of a report: values and formulas over the master's Analisis and Data (and
 * whatever other sheet a cell names), A4 portrait, protected like Analisis.
 */
export function laporanSheetPlan(doc: ReportDocument): SheetPlan {
  const w = new SheetWriter();
  cover(w, doc);
  for (const chapter of doc.chapters) {
    w.newPage();
    w.line({ value: chapter.title, style: "chapter" }, 36);
    w.space(8);
    chapter.blocks.forEach((b, i) => {
      // What a block keeps with (a heading its text, a paragraph its table) starts on one page.
      w.ensure(Math.min(lead(chapter.blocks, i), PAGE_HEIGHT));
      block(w, b);
    });
    if (chapter.title === L.chapters.bab4) signature(w, doc);
  }
  return {
    name: LAPORAN_SHEET_NAME,
    visibility: "visible",
    rows: w.rows,
    styles: STYLES,
    columns: Array.from({ length: GRID }, () => ({ width: GRID_WIDTH })),
    rowHeights: w.heights,
    merges: w.merges,
    validations: [],
    protection: {},
    print: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      margins: { top: 0.6, bottom: 0.6, left: 0.7, right: 0.5 },
    },
    pageBreaks: w.breaks,
    tabColor: "#70AD47",
  };
}
