/**
 * The rows of a DPA table below its header, read in order: a coded row opens a program, kegiatan
 * or sub kegiatan (urusan and bidang rows are passed over); a row without code but with a tolok
 * ukur is a further indicator of the node above. Every other row is passed over with an issue.
 */
import { cellAddress } from "../../sheet/address";
import type { CellValue } from "../../sheet/plan";
import { dpa as T } from "../../strings/dpa";
import { isColumnNumberRow } from "./header";
import { parseKode, type KodeParse } from "../shared/kode";
import { formatIndonesianNumber } from "../shared/numbers";
import { isFooterText, isRowEmpty } from "./reader-support";
import { KODE_LABELS } from "./dpa-columns";
import { addIndicator, cellIn, readPagu, type DpaTable } from "./dpa-indicator";
import { cellText, normalizeIndicatorText, normalizeLabel } from "../shared/text";
import type { DpaNode, Kode } from "../shared/types";

/** The row being attached to: a node, nothing yet, or a row that was rejected (its continuations go too). */
type Current = { kind: "node"; node: DpaNode } | { kind: "none" } | { kind: "rejected"; row: number };

type Coded = Extract<KodeParse, { ok: true }>;
type NodeLevel = DpaNode["level"];

/** One row being read: its 0-based index, its Excel row, and its cells by column. */
interface RowAt {
  r: number;
  excelRow: number;
  text: (c: number | undefined) => string;
  addr: (c: number | undefined) => string;
}

/** Reads the data rows of one DPA table into nodes, keeping what a row below needs to know of those above. */
export class DpaRows {
  private readonly byKode = new Map<string, { node: DpaNode; row: number }>();
  private current: Current = { kind: "none" };

  /** `nodes` receives each new program, kegiatan and sub kegiatan in the order of the table. */
  constructor(
    private readonly t: DpaTable,
    private readonly nodes: DpaNode[],
  ) {}

  /** Reads row `r` (0-based): a node, an indicator, or an issue; blank rows say nothing. */
  read(r: number): void {
    const row = this.t.values[r];
    if (isRowEmpty(row)) return;
    const at: RowAt = {
      r,
      excelRow: r + 1,
      text: (c) => cellText(cellIn(this.t, r, c)),
      addr: (c) => cellAddress(r, c ?? 0),
    };
    if (this.isNotData(row, at)) return;
    const kode = parseKode(cellIn(this.t, r, this.t.cols.kode));
    if (!kode.ok && this.isFooter(at)) return;
    if (!kode.ok && kode.reason !== "empty") this.rejectKode(at, kode.reason === "numeric", kode.found);
    else if (kode.ok) this.codedRow(at, kode);
    else this.uncodedRow(row, at);
  }

  /** The row numbering the columns, or the header repeated (page headers of a long export). */
  private isNotData(row: readonly CellValue[] | undefined, at: RowAt): boolean {
    const { sink, cols } = this.t;
    if (isColumnNumberRow(row)) {
      sink.info("dpa.row.column-numbers", T.columnNumbers(at.excelRow), { row: at.excelRow });
      return true;
    }
    const kodeText = at.text(cols.kode);
    if (kodeText !== "" && KODE_LABELS.some((l) => normalizeLabel(l) === normalizeLabel(kodeText))) {
      sink.info("dpa.row.header-repeated", T.headerRepeated(at.excelRow), { row: at.excelRow });
      return true;
    }
    return false;
  }

  /** "Jumlah", "Total" … in the Kode column, or in Uraian when Kode is blank. */
  private isFooter(at: RowAt): boolean {
    const { cols } = this.t;
    const kodeText = at.text(cols.kode);
    const leading = kodeText !== "" ? kodeText : at.text(cols.uraian);
    if (!isFooterText(leading)) return false;
    this.t.sink.info("dpa.row.footer", T.footer(at.excelRow, leading), {
      row: at.excelRow,
      cell: at.addr(kodeText !== "" ? this.t.cols.kode : cols.uraian),
      found: leading,
    });
    return true;
  }

  /** A code that is no code (a number, a malformed one): the row and its continuations are not read. */
  private rejectKode(at: RowAt, numeric: boolean, found: string): void {
    this.t.sink.error(
      numeric ? "dpa.row.kode-numeric" : "dpa.row.bad-kode",
      numeric ? T.numericKode(at.excelRow, found) : T.badKode(at.excelRow, found),
      {
        row: at.excelRow,
        cell: at.addr(this.t.cols.kode),
        found,
        expected: numeric ? T.expected.kodeText : T.expected.kode,
      },
    );
    this.current = { kind: "rejected", row: at.excelRow };
  }

  /** A coded row: urusan and bidang are passed over; a program, kegiatan or sub kegiatan is a node. */
  private codedRow(at: RowAt, kode: Coded): void {
    const { sink, cols, indicatorCol } = this.t;
    const indicatorText = at.text(indicatorCol);
    if (kode.level === "urusan" || kode.level === "bidang") {
      if (indicatorText !== "") {
        sink.info(
          "dpa.row.level-indicator-ignored",
          T.levelIndicatorIgnored(at.excelRow, kode.level, kode.kode, indicatorText),
          { row: at.excelRow, cell: at.addr(indicatorCol), found: indicatorText },
        );
      }
      this.current = { kind: "none" };
      return;
    }
    const level = kode.level;
    const seen = this.byKode.get(kode.kode);
    if (seen && level === "subkegiatan") {
      sink.error("dpa.row.duplicate-kode", T.duplicateKode(at.excelRow, kode.kode, seen.row), {
        row: at.excelRow,
        cell: at.addr(cols.kode),
        found: at.text(cols.kode),
        expected: T.expected.uniqueKode,
      });
      this.current = { kind: "rejected", row: at.excelRow };
      return;
    }
    const pagu = readPagu(this.t, at.r);
    if (seen) this.repeatedNode(at, level, kode.kode, seen, pagu, indicatorText);
    else this.newNode(at, level, kode.kode, pagu, indicatorText);
  }

  /** A program or kegiatan repeated (page headers of a long export): one node, read once. */
  private repeatedNode(
    at: RowAt,
    level: NodeLevel,
    kode: Kode,
    seen: { node: DpaNode; row: number },
    pagu: number | null,
    indicatorText: string,
  ): void {
    const { sink, cols } = this.t;
    sink.info("dpa.row.repeated-node", T.repeatedNode(at.excelRow, level, kode, seen.row), {
      row: at.excelRow,
      cell: at.addr(cols.kode),
      found: at.text(cols.kode),
    });
    if (pagu !== null && seen.node.pagu !== null && pagu !== seen.node.pagu) {
      sink.warning(
        "dpa.row.repeated-pagu",
        T.repeatedPagu(
          at.excelRow,
          kode,
          formatIndonesianNumber(pagu, 2),
          formatIndonesianNumber(seen.node.pagu, 2),
        ),
        { row: at.excelRow, cell: at.addr(cols.pagu), found: at.text(cols.pagu) },
      );
    }
    this.current = { kind: "node", node: seen.node };
    const known = new Set(seen.node.indicators.map((i) => normalizeIndicatorText(i.text)));
    if (indicatorText !== "" && !known.has(normalizeIndicatorText(indicatorText)))
      addIndicator(this.t, seen.node, at.r);
  }

  /** The first row of a kode: a node, with its indicator when the row has one. */
  private newNode(at: RowAt, level: NodeLevel, kode: Kode, pagu: number | null, indicatorText: string): void {
    const { sink, cols, indicatorCol } = this.t;
    const name = at.text(cols.uraian);
    if (name === "") {
      sink.warning("dpa.row.name-empty", T.nameEmpty(at.excelRow, level, kode), {
        row: at.excelRow,
        cell: at.addr(cols.uraian),
        found: "",
        expected: T.expected.notEmpty,
      });
    }
    const bagian = at.text(cols.bagian);
    const node: DpaNode = {
      level,
      kode,
      name,
      pagu,
      bagian: bagian === "" ? null : bagian,
      indicators: [],
      source: sink.source(at.excelRow, at.addr(cols.kode)),
    };
    this.nodes.push(node);
    this.byKode.set(kode, { node, row: at.excelRow });
    this.current = { kind: "node", node };
    if (indicatorText !== "") addIndicator(this.t, node, at.r);
    else if (at.text(cols.target) !== "" || at.text(cols.satuan) !== "") {
      sink.warning("dpa.row.target-without-indicator", T.targetWithoutIndicator(at.excelRow, kode), {
        row: at.excelRow,
        cell: at.addr(indicatorCol),
        found: "",
        expected: T.expected.tolokUkur,
      });
    }
  }

  /** No code: a further indicator of the node above, or a row to report. */
  private uncodedRow(row: readonly CellValue[] | undefined, at: RowAt): void {
    const { sink, indicatorCol } = this.t;
    const indicatorText = at.text(indicatorCol);
    if (indicatorText === "") {
      this.rowWithoutIndicator(row, at);
      return;
    }
    if (this.current.kind === "none") {
      sink.warning("dpa.row.orphan-indicator", T.orphanIndicator(at.excelRow, indicatorText), {
        row: at.excelRow,
        cell: at.addr(indicatorCol),
        found: indicatorText,
        expected: T.expected.indicatorAbove,
      });
      return;
    }
    if (this.current.kind === "rejected") {
      sink.warning("dpa.row.under-rejected", T.underRejected(at.excelRow, indicatorText, this.current.row), {
        row: at.excelRow,
        cell: at.addr(indicatorCol),
        found: indicatorText,
      });
      return;
    }
    this.furtherIndicator(at, this.current.node);
  }

  /** Neither code nor indicator: data there is a warning, a note is only told. */
  private rowWithoutIndicator(row: readonly CellValue[] | undefined, at: RowAt): void {
    const { sink, cols } = this.t;
    const hasData = [cols.target, cols.satuan, cols.pagu].some((c) => at.text(c) !== "");
    const shown =
      row
        ?.map((v) => cellText(v))
        .filter((x) => x !== "")
        .join(" | ") ?? "";
    if (hasData) {
      sink.warning("dpa.row.data-without-indicator", T.dataWithoutIndicator(at.excelRow), {
        row: at.excelRow,
        found: shown,
        expected: T.expected.tolokUkur,
      });
    } else {
      sink.info("dpa.row.text-without-kode", T.textWithoutKode(at.excelRow, shown), {
        row: at.excelRow,
        found: shown,
      });
    }
  }

  /** An indicator under the node above; a name or Bagian that differs from the node's is a warning. */
  private furtherIndicator(at: RowAt, node: DpaNode): void {
    const { sink, cols } = this.t;
    const name = at.text(cols.uraian);
    if (name !== "" && normalizeLabel(name) !== normalizeLabel(node.name)) {
      sink.warning("dpa.row.name-without-kode", T.nameWithoutKode(at.excelRow, name, node.kode), {
        row: at.excelRow,
        cell: at.addr(cols.uraian),
        found: name,
        expected: T.expected.kode,
      });
    }
    const bagian = at.text(cols.bagian);
    if (bagian !== "" && node.bagian !== null && normalizeLabel(bagian) !== normalizeLabel(node.bagian)) {
      sink.warning("dpa.row.bagian-differs", T.bagianDiffers(at.excelRow, bagian, node.kode, node.bagian), {
        row: at.excelRow,
        cell: at.addr(cols.bagian),
        found: bagian,
      });
    } else if (bagian !== "" && node.bagian === null) {
      node.bagian = bagian;
    }
    addIndicator(this.t, node, at.r);
  }
}
