/**
 * What every chapter of the report is built with: the build context (the input, the form, the Data
 * rows, the tables numbered so far), cells that name their source cell, tables whose source range
 * is the bounding box of the cells they name, and the small blocks.
 */
import { parseCell, rangeAddress } from "../../sheet/address";
import { S } from "../../strings";
import { laporan as L } from "../../strings/laporan";
import { dataRowsOf, type DataRowRef } from "../analysis/analysis";
import { ANALYSIS_SHEET, DATA_SHEET, dataCol, type DataColumn } from "../ledger/data-layout";
import { sortSubmissions } from "../ledger/data-sheet";
import type { ConsolidatedSubmission } from "../returned/submission";
import type { ReportInput } from "./report-input";
import type {
  ReportBlock,
  ReportCell,
  ReportColumn,
  ReportRow,
  ReportSource,
  ReportTable,
  ReportValueKind,
} from "./report-model";

export type Form = "tahunan" | "triwulan";

export interface Ctx {
  input: ReportInput;
  form: Form;
  /** Every Data row in order, with its 1-based row number. */
  refs: DataRowRef[];
  /** "Triwulan II", "Tahunan". */
  periodeName: string;
  /** "Triwulan II Tahun 2026", or "Tahun 2026" for the annual form. */
  periodeText: string;
  /** The tables built so far, in order, for the appendix "Sumber data". */
  tables: ReportTable[];
  counters: Map<string, number>;
}

/** The annual form for TW IV and Tahunan (Permenpan RB 53/2014), the short one for TW I–III. */
export function formOf(input: ReportInput): Form {
  const p = input.setup.periode;
  return p === "TW4" || p === "TAHUNAN" ? "tahunan" : "triwulan";
}

export function contextOf(input: ReportInput): Ctx {
  const form = formOf(input);
  const { setup } = input;
  const periodeName = S.common.periode[setup.periode];
  return {
    input,
    form,
    refs: dataRowsOf(setup, input.subs),
    periodeName,
    periodeText: form === "tahunan" ? `Tahun ${setup.tahun}` : `${periodeName} Tahun ${setup.tahun}`,
    tables: [],
    counters: new Map(),
  };
}

/** A figure of the Analisis at `cell` (no source when the index has none: the tests say so). */
export function onAnalisis(value: string | number | null, cell: string | undefined): ReportCell {
  return cell === undefined ? { value } : { value, ref: { sheet: ANALYSIS_SHEET, cell } };
}

/** A value of Data's `column` on 1-based `row`. */
export function onData(value: string | number | null, column: DataColumn, row: number): ReportCell {
  return { value, ref: { sheet: DATA_SHEET, cell: `${dataCol[column]}${row}` } };
}

/** A value from the setup or the PK as typed, or a label: no source cell. */
export const plain = (value: string | number | null): ReportCell => ({ value });

export const column = (header: string, kind: ReportValueKind, width: number): ReportColumn => ({
  header,
  kind,
  width,
});
export const noColumn = (): ReportColumn => column(L.columns.no, "count", 1);

export const heading = (level: 1 | 2 | 3, text: string): ReportBlock => ({ kind: "heading", level, text });
export const paragraph = (text: string): ReportBlock => ({ kind: "paragraph", text });
export const bullets = (items: string[]): ReportBlock => ({ kind: "bullets", items });
export const empty = (text: string): ReportBlock => ({ kind: "empty", text });

/** The source of a table: the sheet most of its cells name, and their bounding box there. */
function sourceOf(rows: readonly ReportRow[], fallback: string, files: ReportSource["files"]): ReportSource {
  const bySheet = new Map<string, { row: number; col: number }[]>();
  for (const row of rows)
    for (const c of row.cells) {
      const at = c.ref ? parseCell(c.ref.cell) : undefined;
      if (!c.ref || !at) continue;
      const list = bySheet.get(c.ref.sheet) ?? [];
      list.push(at);
      bySheet.set(c.ref.sheet, list);
    }
  let best: [string, { row: number; col: number }[]] | null = null;
  for (const entry of bySheet) if (best === null || entry[1].length > best[1].length) best = entry;
  if (best === null) return { sheet: fallback, range: null, files };
  const [sheet, cells] = best;
  const rs = cells.map((c) => c.row);
  const cs = cells.map((c) => c.col);
  return {
    sheet,
    range: rangeAddress(Math.min(...rs), Math.min(...cs), Math.max(...rs), Math.max(...cs)),
    files,
  };
}

/** The files (name, SHA-256) of the submissions, in Data's order, once each. */
export function filesOf(ctx: Ctx, subs: Iterable<ConsolidatedSubmission>): ReportSource["files"] {
  const wanted = new Set(subs);
  const out: ReportSource["files"] = [];
  const seen = new Set<string>();
  for (const sub of sortSubmissions(ctx.input.setup, ctx.input.subs)) {
    if (!wanted.has(sub) || seen.has(sub.file.sha256 + sub.file.name)) continue;
    seen.add(sub.file.sha256 + sub.file.name);
    out.push({ name: sub.file.name, sha256: sub.file.sha256 });
  }
  return out;
}

/** The submissions with a row `pick` takes. */
export function subsWith(ctx: Ctx, pick: (ref: DataRowRef) => boolean): Set<ConsolidatedSubmission> {
  return new Set(ctx.refs.filter(pick).map((r) => r.sub));
}

/**
 * A numbered table of chapter `bab` ("3" → "Tabel 3.2", "L" → "Tabel L.1"), registered for the
 * appendix. `fallback` names the sheet of a table without source cells (Pengaturan, the PK).
 */
export function table(
  ctx: Ctx,
  bab: string,
  spec: {
    id: string;
    title: string;
    columns: ReportColumn[];
    rows: ReportRow[];
    files?: ReportSource["files"];
    fallback?: string;
  },
): ReportTable {
  const n = (ctx.counters.get(bab) ?? 0) + 1;
  ctx.counters.set(bab, n);
  const t: ReportTable = {
    kind: "table",
    id: spec.id,
    title: L.tableTitle(`${bab}.${n}`, spec.title),
    columns: spec.columns,
    rows: spec.rows,
    source: sourceOf(spec.rows, spec.fallback ?? ANALYSIS_SHEET, spec.files ?? []),
  };
  ctx.tables.push(t);
  return t;
}

/** Texts compared as the same: runs of spaces as one, trimmed, without regard to case. */
export const sameText = (s: string): string => s.replace(/\s+/g, " ").trim().toLowerCase();

/** Whether a text holds anything but spaces. */
export const hasText = (s: string | null): s is string => s !== null && s.trim() !== "";
