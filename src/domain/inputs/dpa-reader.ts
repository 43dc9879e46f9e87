/**
 * Reads a DPA table (as exported from SIPD, or retyped) from a sheet snapshot into program,
 * kegiatan and sub kegiatan with their indicators. Never throws: every row it cannot use is an
 * issue with its row, cell, what was found and what was expected.
 */
import { cellAddress } from "../../sheet/address";
import type { CellValue, SheetSnapshot } from "../../sheet/plan";
import { dpa as T } from "../../strings/dpa";
import { findHeader, HEADER_SEARCH_ROWS, type HeaderFound, type Requirement } from "./header";
import { makeIndicatorKeys } from "../shared/kode";
import { headerIssues, SheetIssues } from "./reader-support";
import { DPA_LABELS, type DpaField } from "./dpa-columns";
import type { DpaTable } from "./dpa-indicator";
import { DpaRows } from "./dpa-rows";
import type { Dpa, DpaNode, DpaReadResult } from "../shared/types";

/** "Indikator" or "Tolok Ukur" will do; when both are there, Tolok Ukur is the text (see below). */
const REQUIRED: readonly Requirement<DpaField>[] = [
  "kode",
  "uraian",
  ["tolokUkur", "indikator"],
  "target",
  "satuan",
  "pagu",
];

/**
 * Reads the DPA table of a sheet. The header is looked for in the first 30 rows (title rows above
 * are ignored; a two-row header with merged cells is understood). Rows below are read in order:
 * a coded row opens a program, kegiatan or sub kegiatan (urusan and bidang rows are passed over);
 * a row without code but with a tolok ukur is a further indicator of the row above.
 */
export function readDpa(snapshot: SheetSnapshot, file?: string): DpaReadResult {
  const dpa: Dpa =
    file === undefined ? { sheet: snapshot.name, nodes: [] } : { file, sheet: snapshot.name, nodes: [] };
  const sink = new SheetIssues(snapshot.name, file);
  const search = findHeader(snapshot, DPA_LABELS, REQUIRED);
  if (!search.ok) {
    headerIssues("dpa", sink, snapshot.name, search, DPA_LABELS, REQUIRED, HEADER_SEARCH_ROWS);
    return { dpa, issues: sink.issues };
  }
  const { header } = search;
  const rows = new DpaRows(mapColumns(header, snapshot.values, sink), dpa.nodes);
  for (let r = header.dataStart; r < snapshot.values.length; r++) rows.read(r);
  assignIndicatorKeys(dpa.nodes);
  if (dpa.nodes.length === 0) sink.warning("dpa.empty", T.noNodes(snapshot.name), {});
  return { dpa, issues: sink.issues };
}

/** The column of each field, and an info for every further column that named a field already taken. */
function mapColumns(
  header: HeaderFound<DpaField>,
  values: readonly (readonly CellValue[] | undefined)[],
  sink: SheetIssues,
): DpaTable {
  const cols = { ...header.columns };
  // SIPD puts the kind ("Capaian Program", "Keluaran", "Hasil", "Masukan") under "Indikator" and the
  // text under "Tolok Ukur Kinerja": then the first is the jenis and the second the indicator.
  if (cols.tolokUkur !== undefined && cols.indikator !== undefined && cols.jenis === undefined) {
    cols.jenis = cols.indikator;
  }
  for (const ig of header.ignored) {
    const used = header.columns[ig.field];
    if (used === undefined || (ig.field === "indikator" && cols.tolokUkur !== undefined)) continue;
    sink.info(
      "dpa.header.column-ignored",
      T.columnIgnored(cellAddress(header.row, ig.col), ig.label, cellAddress(header.row, used)),
      {
        row: header.row + 1,
        cell: cellAddress(header.row, ig.col),
        found: ig.label,
      },
    );
  }
  return { values, cols, indicatorCol: cols.tolokUkur ?? cols.indikator ?? 0, sink };
}

/** Keys from each node's kode and indicator texts, once every indicator of the node is known. */
function assignIndicatorKeys(nodes: readonly DpaNode[]): void {
  for (const node of nodes) {
    const keys = makeIndicatorKeys(
      node.kode,
      node.indicators.map((i) => i.text),
    );
    node.indicators.forEach((ind, i) => {
      ind.key = keys[i] ?? ind.key;
    });
  }
}
