/**
 * Column widths and font size of a table, so that no figure and no word of a header is broken in
 * the middle. The model gives relative widths; they are scaled to the text width, then every
 * column is widened to what its longest unbreakable piece needs — a figure, a header word, a word
 * of text up to {@link LONGEST_KEPT} characters (a NIP stays whole; a SHA-256 may wrap) — taking
 * the room from the columns that have some to spare, in proportion. When 11 pt cannot fit, the
 * table is set in 10 pt, then 9 pt, then 8 pt, as printed reports do with their widest tables.
 *
 * Widths are estimated from DejaVu Sans' widths (docx-metrics.ts), which are wider than Arial's:
 * what fits here fits in Word with Arial and in LibreOffice without it.
 */
import type { ReportTable } from "../../domain/report/report-model";
import { textTwips } from "./docx-metrics";
import { CELL_MARGIN, TEXT_WIDTH } from "./docx-style";

/** Table font sizes tried, in half points: 11 pt, 10 pt, 9 pt, and 8 pt for the very widest. */
export const TABLE_SIZES = [22, 20, 18, 16] as const;
const SMALLEST = 16;
/** A word of text longer than this may wrap inside its cell (a hash, a long file name). */
export const LONGEST_KEPT = 20;

/** The pieces a line may not break inside: words (a "-" ends one; "/" does not), NBSP keeps its neighbours together. */
function pieces(text: string): string[] {
  return text.split(/[ \t\n]+|(?<=-)/).filter((p) => p !== "");
}

/**
 * A row that only names a group in its first cell ("Sasaran Strategis 1: …" above its programs):
 * printed across the whole table, so it takes no room from the first column.
 */
export function isGroupRow(texts: readonly string[]): boolean {
  return texts.length > 1 && (texts[0] ?? "") !== "" && texts.slice(1).every((t) => t === "");
}

/** Left and right cell margin at `size`: the 11 pt margin, narrower with the font. */
export const cellPadding = (size: number): number => Math.round((CELL_MARGIN.left * size) / TABLE_SIZES[0]);

/**
 * What each column needs at `size`: its widest header word, figure or word of text. A word of text
 * is kept whole up to `keep` characters; longer ones may wrap.
 */
function minWidths(t: ReportTable, texts: string[][], size: number, keep: number): number[] {
  return t.columns.map((c, i) => {
    let need = 0;
    for (const p of pieces(c.header)) need = Math.max(need, textTwips(p, size, true));
    texts.forEach((row, r) => {
      if (isGroupRow(row)) return;
      const bold = t.rows[r]?.emphasis === true;
      const value = row[i] ?? "";
      const kept = c.kind === "text" ? pieces(value).map((p) => p.slice(0, keep)) : [value];
      for (const p of kept) need = Math.max(need, textTwips(p, size, bold));
    });
    return need + 2 * cellPadding(size);
  });
}

/** `base` with every column raised to its minimum, the difference taken from the others' slack. */
function raise(base: number[], mins: number[]): number[] {
  const cols = base.map((w, i) => ({ w, min: mins[i] ?? 0 }));
  const deficit = cols.reduce((s, { w, min }) => s + Math.max(0, min - w), 0);
  const totalSlack = cols.reduce((s, { w, min }) => s + Math.max(0, w - min), 0);
  // Σ min ≤ Σ base, so the slack covers the deficit and no column drops below its minimum.
  return cols.map(({ w, min }) =>
    w < min ? min : Math.floor(w - (totalSlack === 0 ? 0 : (deficit * (w - min)) / totalSlack)),
  );
}

/** The model's relative widths as twips that add up to `total` exactly. */
export function columnWidths(weights: readonly number[], total = TEXT_WIDTH): number[] {
  const w = weights.map((x) => (Number.isFinite(x) && x > 0 ? x : 1));
  const sum = w.reduce((a, b) => a + b, 0);
  const widths = w.map((x) => Math.floor((x / sum) * total));
  return settle(widths, total);
}

/** Gives the rounding remainder to the widest column, so the widths add up to `total`. */
function settle(widths: number[], total: number): number[] {
  const rest = total - widths.reduce((a, b) => a + b, 0);
  const widest = widths.indexOf(Math.max(...widths));
  return widths.map((w, i) => (i === widest ? w + rest : w));
}

export interface TableFit {
  /** Column widths in twips, adding up to the text width. */
  widths: number[];
  /** Font size in half points. */
  size: number;
  /** Left and right margin of a cell, in twips. */
  padding: number;
}

/** A word of text this long still fits when nothing else does (the last attempt, at 8 pt). */
const SHORTEST_KEPT = 8;

/**
 * Widths and size for a table whose cells read `texts` (row by row, as printed): the largest size
 * at which every figure, header word and word of text fits; else 8 pt with long words of text
 * allowed to wrap; else 8 pt at the model's widths.
 */
export function fitTable(t: ReportTable, texts: string[][], total = TEXT_WIDTH): TableFit {
  const base = columnWidths(
    t.columns.map((c) => c.width),
    total,
  );
  const attempts = [
    ...TABLE_SIZES.map((size) => ({ size, keep: LONGEST_KEPT })),
    { size: SMALLEST, keep: SHORTEST_KEPT },
  ];
  for (const { size, keep } of attempts) {
    const mins = minWidths(t, texts, size, keep);
    if (mins.reduce((a, b) => a + b, 0) <= total) {
      return { widths: settle(raise(base, mins), total), size, padding: cellPadding(size) };
    }
  }
  return { widths: base, size: SMALLEST, padding: cellPadding(SMALLEST) };
}
