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

/**
 * A formula's cell references rewritten from the rows where they stand now to the rows where
 * those rows were generated (`toGenerated`: current row → generated row, from the keys). Rows
 * inserted, deleted or sorted make Excel shift every reference below them ("SUM(U14,U18)" becomes
 * "SUM(U14,U17)" when a row above row 18 is deleted): mapped back, an unchanged formula compares
 * equal. Text in quotes and function names with digits ("LOG10(") are left alone; a reference to
 * a row without a key stays as it is.
 * @example remapFormula("SUM(U14,U17)", new Map([[17, 18]])) // "SUM(U14,U18)"
 */
export function remapFormula(formula: string, toGenerated: ReadonlyMap<number, number>): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z_$])(\$?[A-Z]{1,3}\$?)(\d+)(?![\d(])/g,
            (whole, letters: string, row: string) => {
              const generated = toGenerated.get(Number(row));
              return generated === undefined ? whole : `${letters}${generated}`;
            },
          ),
    )
    .join("");
}

/**
 * Compares the locked cells of one found row with the metadata. Each changed value cell
 * (indikator, satuan, polaritas, jenis capaian, targets, pre-filled realisasi, pagu, kode, uraian)
 * is an error with what it holds and what it held; a changed or overwritten formula is a warning
 * only, since the master recomputes capaian, predikat and serapan from the inputs anyway.
 * Metadata without `locked` content can only say that the row changed (row hash). A row hash that
 * differs while no cell differs means the metadata's `locked` was altered: the row is an error too.
 */
export function compareLocked(
  metaRow: KkMetaRow,
  sheet: SheetSnapshot,
  row: number,
  toGenerated: ReadonlyMap<number, number>,
  tahun: number,
  issue: ReportIssue,
): void {
  const cells = KK_COLUMNS.map((_, i) => cellAt(sheet, row, i));
  // Compared as if the row stood where it was generated (see remapFormula).
  const asGenerated = cells.map((c) => ({
    value: c.value,
    formula: c.formula === null ? null : remapFormula(c.formula, toGenerated),
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
      const found = formula ?? shown(now);
      const at = { sheet: sheet.name, cell, row, found };
      if (expected.startsWith("=")) {
        issue(
          "warning",
          "returned.locked.formula-changed",
          T.locked.formulaChanged(cell, columnLabel(c, tahun)),
          {
            ...at,
            expected: T.locked.formulaExpected,
          },
        );
      } else {
        issue("error", "returned.locked.changed", T.locked.changed(cell, columnLabel(c, tahun)), {
          ...at,
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
