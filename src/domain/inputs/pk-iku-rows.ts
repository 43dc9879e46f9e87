/**
 * The rows of a PK's IKU table, read in order. A sasaran cell opens a sasaran strategis (a cell
 * merged over its IKU rows reads, below its first row, as empty: the sasaran goes on); so does a
 * row naming it alone ("Sasaran Strategis 1: …"). A row with an indikator is an IKU of the sasaran
 * it stands in. Every other row is passed over with an issue.
 */
import { pk as T } from "../../strings/pk";
import { isColumnNumberRow } from "./header";
import { parseSectionText, readSasaranText, sasaranNo, type Numbered } from "./pk-columns";
import type { PkGrid } from "./pk-grid";
import { hasIkuData, readIkuCells, type IkuTable } from "./pk-iku-cells";
import type { PkState, SasaranDraft } from "./pk-state";
import { isFooterText, isRowEmpty } from "./reader-support";
import { normalizeLabel } from "../shared/text";

/** A row that names a sasaran and nothing else, and the column it stands in. */
export function sectionRow(grid: PkGrid, r: number): (Numbered & { col: number }) | null {
  const cells = grid.filled(r);
  const only = cells.length === 1 ? cells[0] : undefined;
  const section = only ? parseSectionText(only.text) : null;
  return only && section ? { ...section, col: only.col } : null;
}

/**
 * True (and told) for a blank row, the row numbering the columns, or — when `footer` may be — a
 * "Jumlah" row: rows that are no data. A row with an indikator is no footer ("Jumlah dokumen …").
 */
export function isNoData(grid: PkGrid, r: number, footer: boolean): boolean {
  const row = grid.values[r];
  if (isRowEmpty(row)) return true;
  if (isColumnNumberRow(row)) {
    grid.sink.info("pk.row.column-numbers", T.columnNumbers(r + 1), { row: r + 1 });
    return true;
  }
  const first = grid.filled(r)[0];
  if (footer && first && isFooterText(first.text)) {
    grid.sink.info("pk.row.footer", T.footer(r + 1, first.text), {
      row: r + 1,
      cell: grid.addr(r, first.col),
      found: first.text,
    });
    return true;
  }
  return false;
}

/**
 * A row without an indikator: with a sasaran it says nothing; with targets or satuan (`hasData`)
 * it is a warning; any other text is told.
 */
export function withoutIndikator(t: IkuTable, r: number, hasSasaran: boolean, hasData: boolean): void {
  const { grid } = t;
  const shown = grid
    .filled(r)
    .map((c) => c.text)
    .join(" | ");
  if (hasData) {
    grid.sink.warning("pk.row.data-without-indikator", T.dataWithoutIndikator(r + 1), {
      row: r + 1,
      cell: grid.addr(r, t.cols.indikator),
      found: shown,
      expected: T.expected.indikator,
    });
  } else if (!hasSasaran) {
    grid.sink.info("pk.row.text-without-indikator", T.textWithoutIndikator(r + 1, shown), {
      row: r + 1,
      cell: grid.addr(r, grid.filled(r)[0]?.col),
      found: shown,
    });
  }
}

/** Reads IKU rows into `state`, table after table of the same sheet; the sasaran goes on across tables. */
export class IkuRows {
  private current: SasaranDraft | null = null;
  private t: IkuTable;

  constructor(
    private readonly state: PkState,
    readonly grid: PkGrid,
  ) {
    this.t = { grid, cols: {}, realisasi: [] };
  }

  /** The table the rows that follow belong to. */
  table(t: IkuTable): void {
    this.t = t;
  }

  /** A title row above a table's header: one naming a sasaran opens it; any other says nothing. */
  title(r: number): void {
    const section = sectionRow(this.grid, r);
    if (section) this.open(section, "", r, section.col);
  }

  /** Reads row `r` (0-based): a sasaran, an IKU, or an issue; blank rows say nothing. */
  read(r: number): void {
    const { grid } = this;
    const { cols } = this.t;
    const indikator = grid.text(r, cols.indikator);
    if (isNoData(grid, r, indikator === "")) return;
    const section = sectionRow(grid, r);
    if (section) {
      this.open(section, "", r, section.col);
      return;
    }
    const sasaranText = grid.groupedText(r, cols.sasaran);
    if (sasaranText !== "") this.sasaranCell(r, sasaranText);
    if (indikator === "") {
      withoutIndikator(this.t, r, sasaranText !== "", hasIkuData(this.t, r));
      return;
    }
    if (!this.current) {
      grid.sink.warning("pk.row.orphan-iku", T.orphanIku(r + 1, indikator), {
        row: r + 1,
        cell: grid.addr(r, cols.indikator),
        found: indikator,
        expected: T.expected.sasaranAbove,
      });
      return;
    }
    const fields = readIkuCells(this.t, r, indikator);
    if (fields.targetTw) this.state.twRows++;
    const draft = {
      fields,
      sasaran: this.current,
      noText: sasaranNo(grid.groupedText(r, cols.no)),
      opening: this.current.row === r && this.current.sink === grid.sink,
      twRow: fields.targetTw ? r + 1 : null,
    };
    this.current.ikus.push(draft);
    this.state.ikus.push(draft);
  }

  /** A sasaran cell: the sasaran above again (merged down, or repeated row by row), one read before, or a new one. */
  private sasaranCell(r: number, text: string): void {
    const numbered = readSasaranText(text);
    const key = normalizeLabel(numbered.text);
    if (this.current?.key === key) return;
    const seen = this.state.sasaran.find((s) => s.key === key);
    if (seen) this.current = seen;
    else
      this.open(numbered, sasaranNo(this.grid.groupedText(r, this.t.cols.no)), r, this.t.cols.sasaran ?? 0);
  }

  private open(numbered: Numbered, written: string, r: number, col: number): void {
    const key = normalizeLabel(numbered.text);
    const seen = this.state.sasaran.find((s) => s.key === key);
    if (seen) {
      this.current = seen;
      return;
    }
    const sasaran: SasaranDraft = {
      text: numbered.text,
      key,
      numbered: numbered.no,
      written,
      row: r,
      source: this.grid.sink.source(r + 1, this.grid.addr(r, col)),
      sink: this.grid.sink,
      ikus: [],
    };
    this.state.sasaran.push(sasaran);
    this.current = sasaran;
  }
}
