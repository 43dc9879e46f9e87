/**
 * Rows of a returned kertas kerja: found by their key wherever they stand (sorted, moved), checked
 * for deleted, duplicated and inserted rows, and their locked cells compared with what was
 * generated, cell by cell.
 */
import type { CellValue, SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { returned as T } from "../../strings/returned";
import {
  lockedContent,
  rowContentHash,
  type KertasKerjaMeta,
  type KkMetaRow,
} from "../kertas-kerja/kertas-kerja-meta";
import { col, colIndex, KK_COLUMNS, KK_ROWS, type KkColumn } from "../kertas-kerja/kertas-kerja-layout";
import { formatIndonesianNumber } from "../shared/numbers";
import type { ReportIssue } from "../shared/issues";
import { decodeLocked } from "./returned-values";
import { expectedFormula, remapFormula, type FormulaContext } from "./returned-formulas";
import { normalizeLabel } from "../shared/text";

/** A cell of a snapshot: its value (cached result for a formula) and its formula, if any. */
export interface SnapshotCell {
  value: CellValue;
  formula: string | null;
}

/** The cell at 1-based row and 0-based column; blank when outside the snapshot. */
export function cellAt(sheet: SheetSnapshot, row: number, c: number): SnapshotCell {
  const value = sheet.values[row - 1]?.[c] ?? null;
  const formula = sheet.formulas?.[row - 1]?.[c] ?? null;
  return { value, formula: formula === "" ? null : formula };
}

const isBlank = (cell: SnapshotCell): boolean =>
  cell.formula === null &&
  (cell.value === null || (typeof cell.value === "string" && cell.value.trim() === ""));

const keyText = (v: CellValue): string => (typeof v === "string" ? v.trim() : "");

/** The column names as the sheet shows them, for messages. */
export function columnLabel(c: KkColumn, tahun: number): string {
  const n = S.kertasKerja.columns;
  const tw = /^(target|realisasi)Tw([1-4])$/.exec(c);
  if (tw?.[1] && tw[2]) return (tw[1] === "target" ? n.targetTw : n.realisasiTw)[Number(tw[2]) - 1] ?? c;
  if (c === "realisasiLalu") return n.realisasiLalu(tahun - 1);
  const label = (n as Record<string, unknown>)[c];
  return typeof label === "string" ? label : c;
}

/** A metadata row for people: "indikator "Jumlah Dokumen…"" or "sub kegiatan "4.01…"". */
export function describeRow(r: KkMetaRow): string {
  const level = T.rows.level[r.kind] ?? r.kind;
  const label = r.kind === "indicator" ? decodeLocked(r.locked?.indikator, r.key, String) : r.key;
  return T.rows.what(level, label);
}

/** 1-based row of the second header row (the key column's header sits one row above it). */
function headerRow(sheet: SheetSnapshot): number {
  const label = normalizeLabel(S.kertasKerja.columns.kunci);
  // `row?.`: a snapshot's rows are dense as hosts build them, but a sparse array must not throw.
  const r = sheet.values.findIndex((row) => normalizeLabel(keyText(row?.[colIndex.kunci] ?? null)) === label);
  return r < 0 ? KK_ROWS.header : r + 2;
}

/**
 * Finds every metadata row by its key in the key column, anywhere in the sheet. Reports a
 * metadata row whose key is nowhere (deleted: error), a key seen again (a copied row: error on the
 * copy), and a row below the header without a known key that holds anything outside the key
 * column (inserted with data: warning, its content is not consolidated). Any content counts, not
 * only the input columns, so that a new indicator typed into an inserted row is not passed over
 * in silence. Rows in `skip` (the signature block) are not table rows.
 * @returns the 1-based row of each key found
 */
export function matchRows(
  meta: KertasKerjaMeta,
  sheet: SheetSnapshot,
  skip: ReadonlySet<number>,
  issue: ReportIssue,
): Map<string, number> {
  const wanted = new Set(meta.rows.map((r) => r.key));
  const found = new Map<string, number>();
  const claimed = new Set<number>();
  sheet.values.forEach((values, i) => {
    const row = i + 1;
    const key = keyText(values[colIndex.kunci] ?? null);
    if (!wanted.has(key)) return;
    claimed.add(row);
    const first = found.get(key);
    if (first === undefined) {
      found.set(key, row);
      return;
    }
    issue("error", "returned.rows.duplicate", T.rows.duplicate(row, first), {
      sheet: sheet.name,
      cell: `${col.kunci}${row}`,
      row,
      found: key,
      expected: T.rows.duplicateExpected,
    });
  });
  for (const r of meta.rows) {
    if (found.has(r.key)) continue;
    issue("error", "returned.rows.missing", T.rows.missing(describeRow(r)), {
      sheet: sheet.name,
      cell: `${col.kunci}${r.row}`,
      row: r.row,
      found: T.rows.missingFound,
      expected: T.rows.missingExpected(r.key),
    });
  }
  const header = headerRow(sheet);
  for (let row = header + 1; row <= sheet.values.length; row++) {
    if (claimed.has(row) || skip.has(row)) continue;
    const filled = KK_COLUMNS.findIndex((c, i) => c !== "kunci" && !isBlank(cellAt(sheet, row, i)));
    if (filled < 0) continue;
    const first = cellAt(sheet, row, filled);
    issue("warning", "returned.rows.inserted", T.rows.inserted(row), {
      sheet: sheet.name,
      cell: `${KK_COLUMNS[filled] ? col[KK_COLUMNS[filled]] : "A"}${row}`,
      row,
      found: T.quote(first.formula ?? String(first.value)),
      expected: T.rows.insertedExpected,
    });
  }
  return found;
}

const shown = (content: string | undefined): string =>
  decodeLocked(content, T.empty, (n) => formatIndonesianNumber(n));

/** What comparing a row's locked cells needs besides the row. */
export interface LockedContext extends FormulaContext {
  tahun: number;
  /** Current row → the row where it was generated (see remapFormula). */
  toGenerated: ReadonlyMap<number, number>;
}

/**
 * Compares the locked cells of one found row with the metadata. Each changed cell is an error with
 * what it holds and what it held: a value cell (indikator, satuan, polaritas, jenis capaian,
 * targets, pre-filled realisasi, pagu, kode, uraian), and a formula cell (capaian, predikat,
 * serapan, the s.d. periode and sum columns) overwritten with a value or given another formula —
 * the signed sheet would show a number the inputs do not give, so it rejects the file as a changed
 * target does; the formula expected is named when it can be rebuilt (returned-formulas.ts).
 * Metadata without `locked` content can only say that the row changed (row hash). A row hash that
 * differs while no cell differs means the metadata's `locked` was altered: the row is an error too.
 */
export function compareLocked(
  metaRow: KkMetaRow,
  sheet: SheetSnapshot,
  row: number,
  ctx: LockedContext,
  issue: ReportIssue,
): void {
  const cells = KK_COLUMNS.map((_, i) => cellAt(sheet, row, i));
  // Compared as if the row stood where it was generated (see remapFormula).
  const asGenerated = cells.map((c) => ({
    value: c.value,
    formula: c.formula === null ? null : remapFormula(c.formula, ctx.toGenerated),
  }));
  const hashOk = rowContentHash(asGenerated, metaRow.row, metaRow.open) === metaRow.hash;
  let named = 0;
  if (metaRow.locked) {
    const current = lockedContent(asGenerated, metaRow.row, metaRow.open);
    for (const c of KK_COLUMNS) {
      if (metaRow.open.includes(c)) continue;
      const expected = metaRow.locked[c] ?? "";
      const now = current[c] ?? "";
      if (expected === now) continue;
      named++;
      const cell = `${col[c]}${row}`;
      const formula = cells[colIndex[c]]?.formula ?? null;
      const at = { sheet: sheet.name, cell, row };
      const column = columnLabel(c, ctx.tahun);
      if (expected.startsWith("=")) {
        const wanted = expectedFormula(metaRow, c, ctx) ?? T.locked.formulaExpected;
        if (formula === null) {
          issue("error", "returned.locked.formula-overwritten", T.locked.formulaOverwritten(cell, column), {
            ...at,
            found: shown(now),
            expected: wanted,
          });
        } else {
          issue("error", "returned.locked.formula-changed", T.locked.formulaChanged(cell, column), {
            ...at,
            found: formula,
            expected: wanted,
          });
        }
      } else {
        issue("error", "returned.locked.changed", T.locked.changed(cell, column), {
          ...at,
          found: formula ?? shown(now),
          expected: shown(expected),
        });
      }
    }
  }
  if (!hashOk && named === 0) {
    const range = `${col.kode}${row}:${col.kunci}${row}`;
    issue("error", "returned.locked.row-changed", T.locked.rowChanged(range), {
      sheet: sheet.name,
      cell: range,
      row,
      found: T.locked.rowChangedFound,
      expected: T.locked.rowChangedExpected,
    });
  }
}
