/**
 * What every case of the returned-file corpus must hold besides its verdict: every issue names its
 * file (and a cell where one cell is to blame), no value the Bagian wrote is lost on the way into
 * the submission and the Data sheet, and nothing from the file becomes a formula in the master.
 */
import type { KertasKerjaMeta } from "../../src/domain/kertas-kerja/kertas-kerja-meta";
import {
  col,
  colIndex,
  REALISASI_TW,
  type KkColumn,
} from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import { DATA_COLUMNS, DATA_ROWS, FORMULA_COLUMNS } from "../../src/domain/ledger/data-layout";
import { readNumberInput, readTextInput } from "../../src/domain/returned/returned-values";
import type { FileAssessment, ReturnedFile, SubmittedRow } from "../../src/domain/returned/submission";
import { parseCell } from "../../src/sheet/address";
import type { SheetSnapshot } from "../../src/sheet/plan";
import { EXCEL_LIMITS } from "../../src/sheet/limits";
import type { NamedIssue } from "./returned-corpus-content";

const TEXTS = ["pendorong", "penghambat", "tindakLanjut", "buktiDukung"] as const;

/** Issue codes about one cell of the sheet: each must name its sheet and cell. */
const CELL_CODES = /^returned\.(value|locked|check|text|rows|signature|link)\./;

/** Problems with the issues themselves: no file, no cell where a cell is to blame, an empty message. */
export function issueProblems(a: FileAssessment, fileName: string): string[] {
  return a.issues.flatMap((i) => {
    const problems: string[] = [];
    if (i.file !== fileName) problems.push(`${i.code}: file ${String(i.file)}`);
    if (i.message.trim().length < 10) problems.push(`${i.code}: message "${i.message}"`);
    if (CELL_CODES.test(i.code) && (!i.sheet || !i.cell)) problems.push(`${i.code}: no sheet or cell`);
    return problems;
  });
}

/** The named issues a case expects that are not there, described. */
export function missingNamed(a: FileAssessment, named: readonly NamedIssue[] = []): string[] {
  return named.flatMap((n) => {
    const hit = a.issues.find(
      (i) =>
        i.code === n.code &&
        i.cell === n.cell &&
        (n.found === undefined || i.found === n.found) &&
        (n.expected === undefined ||
          (typeof n.expected === "string" ? i.expected === n.expected : n.expected.test(i.expected ?? ""))),
    );
    if (hit) return [];
    const near = a.issues
      .filter((i) => i.code === n.code)
      .map((i) => `${i.cell} "${i.found}" / "${i.expected}"`);
    return [`${n.code} at ${n.cell}: found ${near.join(", ") || "none"}`];
  });
}

/** The sheet that holds the kertas kerja's keys (renamed or not). */
function kertasKerjaSheet(file: ReturnedFile, meta: KertasKerjaMeta): SheetSnapshot | undefined {
  const keys = new Set(meta.rows.map((r) => r.key));
  return file.sheets.find((s) =>
    s.values.some((row) => {
      const v = row?.[colIndex.kunci];
      return typeof v === "string" && keys.has(v.trim());
    }),
  );
}

/**
 * Every input a Bagian wrote that the submission does not carry, and no issue names: an open cell
 * holding a number or a text (not blank, not a lone dash) whose submitted value is null or differs
 * from the text as written (trimmed; cut to the cell limit only with a warning), and a signature
 * cell likewise. Empty when nothing was lost.
 */
export function lostInputs(file: ReturnedFile, a: FileAssessment, meta: KertasKerjaMeta): string[] {
  const sub = a.submission;
  const sheet = kertasKerjaSheet(file, meta);
  if (!sub || !sheet) return [];
  const named = new Set(a.issues.map((i) => i.cell));
  const lost: string[] = [];
  const rowOfKey = new Map<string, number>();
  sheet.values.forEach((row, i) => {
    const v = row?.[colIndex.kunci];
    if (typeof v === "string" && !rowOfKey.has(v.trim())) rowOfKey.set(v.trim(), i + 1);
  });
  const cellOf = (row: number, c: KkColumn) => ({
    value: sheet.values[row - 1]?.[colIndex[c]] ?? null,
    formula: sheet.formulas?.[row - 1]?.[colIndex[c]] ?? null,
    numberFormat: sheet.numberFormats?.[row - 1]?.[colIndex[c]] ?? null,
  });
  const textKept = (written: string, kept: string | null, address: string): boolean =>
    kept === written ||
    (written.length > EXCEL_LIMITS.cellText &&
      kept !== null &&
      kept.length === EXCEL_LIMITS.cellText &&
      written.startsWith(kept.slice(0, 1000)) &&
      named.has(address));
  for (const r of meta.rows) {
    const row = rowOfKey.get(r.key);
    if (row === undefined) continue;
    const submitted: SubmittedRow | undefined =
      r.kind === "indicator"
        ? sub.rows.find((s) => s.key === r.key)
        : sub.rows.find(
            (s) => s.budgetRow && s.cells.split(/[;:]/).includes(`${col.realisasiAnggaran}${row}`),
          );
    for (const c of r.open) {
      const address = `${col[c]}${row}`;
      const cell = cellOf(row, c);
      const quarter = REALISASI_TW.indexOf(c as (typeof REALISASI_TW)[number]);
      if (quarter >= 0 || c === "realisasiAnggaran") {
        if (readNumberInput(cell, c === "realisasiAnggaran").kind === "blank") continue;
        const value = quarter >= 0 ? submitted?.realisasiTw[quarter] : submitted?.realisasiAnggaran;
        if ((value === null || value === undefined) && !named.has(address))
          lost.push(`${address}: number lost`);
      } else if ((TEXTS as readonly string[]).includes(c)) {
        const written = readTextInput(cell.value);
        if (written === null) continue;
        const kept = submitted?.[c as (typeof TEXTS)[number]] ?? null;
        if (!textKept(written, kept, address))
          lost.push(`${address}: "${written.slice(0, 40)}" became ${String(kept)}`);
      }
    }
  }
  const signature = [
    ["nama", meta.signature.nama],
    ["nip", meta.signature.nip],
    ["tanggal", meta.signature.tanggal],
  ] as const;
  for (const [field, address] of signature) {
    // Where generated; a block moved by inserted rows is followed by the case's own assertions.
    const at = parseCell(address);
    const value = at ? (sheet.values[at.row]?.[at.col] ?? null) : null;
    if (readTextInput(value) === null) continue;
    if (sub.signature[field] === null && !named.has(address))
      lost.push(`${address}: signature ${field} lost`);
  }
  return lost;
}

/**
 * Cells of a ledger sheet (Data, Riwayat) that hold a formula outside the columns the product
 * computes: a text from a returned file would be one, if it had been written as a formula.
 */
export function injectedFormulas(sheet: SheetSnapshot | null): string[] {
  if (!sheet) return [];
  const allowed = new Set<number>(FORMULA_COLUMNS.map((c) => DATA_COLUMNS.indexOf(c)));
  const found: string[] = [];
  (sheet.formulas ?? []).forEach((row, r) =>
    row.forEach((f, c) => {
      if (f && (r + 1 < DATA_ROWS.firstData || !allowed.has(c))) found.push(`${r + 1}:${c}: ${f}`);
    }),
  );
  return found;
}
