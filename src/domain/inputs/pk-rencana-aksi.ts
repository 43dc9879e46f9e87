/**
 * A Rencana Aksi table of its own: the targets per triwulan of IKU already read, keyed by the
 * indikator's text (and by the sasaran when the table names it, for an indikator under two
 * sasaran). A row that matches no IKU, or contradicts targets already read, is an issue.
 */
import { pk as T } from "../../strings/pk";
import { refersToSasaran, TW_FIELDS } from "./pk-columns";
import type { PkGrid } from "./pk-grid";
import { readTargetTw, type IkuTable } from "./pk-iku-cells";
import { isNoData, sectionRow, withoutIndikator } from "./pk-iku-rows";
import type { IkuDraft, PkState } from "./pk-state";
import type { Quarterly, TargetValue } from "../shared/types";

export class RencanaAksiRows {
  /** The sasaran the rows stand in, as this table names it. */
  private ref: string | null = null;
  private t: IkuTable;

  constructor(
    private readonly state: PkState,
    readonly grid: PkGrid,
  ) {
    this.t = { grid, cols: {}, realisasi: [] };
  }

  table(t: IkuTable): void {
    this.t = t;
  }

  /** A title row naming a sasaran: the rows below stand in it. */
  title(r: number): void {
    if (sectionRow(this.grid, r)) this.ref = this.grid.filled(r)[0]?.text ?? this.ref;
  }

  /** Reads row `r` (0-based) into the quarterly targets of its IKU, or an issue. */
  read(r: number): void {
    const { grid } = this;
    const { cols } = this.t;
    const indikator = grid.text(r, cols.indikator);
    if (isNoData(grid, r, indikator === "")) return;
    if (sectionRow(grid, r)) {
      this.title(r);
      return;
    }
    const sasaranText = grid.groupedText(r, cols.sasaran);
    if (sasaranText !== "") this.ref = sasaranText;
    if (indikator === "") {
      const hasTargets = TW_FIELDS.some((f) => grid.text(r, cols[f]) !== "");
      withoutIndikator(this.t, r, sasaranText !== "", hasTargets);
      return;
    }
    const tw = readTargetTw(this.t, r);
    if (!tw) {
      grid.sink.warning("pk.ra.empty", T.raEmpty(r + 1, indikator), {
        row: r + 1,
        cell: grid.addr(r, cols.indikator),
        found: indikator,
        expected: T.expected.number,
      });
      return;
    }
    this.state.twRows++;
    const iku = this.match(indikator);
    if (!iku) {
      grid.sink.warning("pk.ra.unmatched", T.raUnmatched(r + 1, indikator), {
        row: r + 1,
        cell: grid.addr(r, cols.indikator),
        found: indikator,
        expected: T.expected.ikuOf([...new Set(this.state.ikus.map((d) => d.fields.indikator))].slice(0, 8)),
      });
      return;
    }
    this.apply(iku, tw, r);
  }

  /** The IKU of that text, under the sasaran the table names when it does; the first not yet given targets. */
  private match(indikator: string): IkuDraft | undefined {
    const all = this.state.ikusWithText(indikator);
    const ref = this.ref;
    const under = ref
      ? all.filter((d) => refersToSasaran(ref, d.sasaran.key, [d.sasaran.numbered, d.sasaran.written]))
      : [];
    const candidates = under.length > 0 ? under : all;
    return candidates.find((d) => d.twRow === null) ?? candidates[0];
  }

  /** Targets for an IKU without; for one that has them, a warning when they differ. */
  private apply(iku: IkuDraft, tw: Quarterly<TargetValue | null>, r: number): void {
    const had = iku.fields.targetTw;
    if (had === null || iku.twRow === null) {
      iku.fields.targetTw = tw;
      iku.twRow = r + 1;
      return;
    }
    if (had.every((v, q) => v === tw[q])) return;
    const differing = TW_FIELDS.findIndex((_, q) => had[q] !== tw[q]);
    const col = this.t.cols[TW_FIELDS[differing] ?? "targetTw1"];
    this.grid.sink.warning("pk.ra.conflict", T.raConflict(r + 1, iku.fields.indikator, iku.twRow), {
      row: r + 1,
      cell: this.grid.addr(r, col),
      found: this.grid.text(r, col),
      expected: String(had[differing] ?? ""),
    });
  }
}
