/**
 * The rows of a prior report below its header, read in order: which rows carry an indicator and
 * under which code. Program and kegiatan rows without an indicator are passed over; a row without
 * a code but with an indicator belongs to the code above; every other row is an issue.
 */
import { cellAddress } from "../../sheet/address";
import type { CellValue } from "../../sheet/plan";
import { dpa as T } from "../../strings/dpa";
import { KODE_LABELS } from "./dpa-columns";
import { cellAt, isColumnNumberRow } from "./header";
import { parseKode } from "../shared/kode";
import { isFooterText, isRowEmpty } from "./reader-support";
import { REALISASI_TW, type PriorTable } from "./prior-columns";
import { cellText, normalizeLabel } from "../shared/text";
import type { Kode } from "../shared/types";

/** An indicator row: its 0-based index, the code it belongs to, and whether any realisasi cell is filled. */
export interface PriorRow {
  r: number;
  kode: Kode;
  indicatorText: string;
  hasRealisasi: boolean;
}

/** The code rows below attach to: a code, none yet, or a code that could not be read. */
type LastKode = { kind: "kode"; kode: Kode } | { kind: "none" } | { kind: "bad"; row: number };

/** Reads the rows of one prior report, keeping the code of the rows above. */
export class PriorRows {
  private lastKode: LastKode = { kind: "none" };

  constructor(private readonly t: PriorTable) {}

  /** Row `r` (0-based) as an indicator row, or null when it carries none (told as an issue when it matters). */
  read(r: number): PriorRow | null {
    const { grid, cols, sink, indicatorCol } = this.t;
    const row = grid[r];
    const excelRow = r + 1;
    if (isRowEmpty(row)) return null;
    const text = (c: number | undefined): string => cellText(c === undefined ? null : cellAt(grid, r, c));
    const kodeText = text(cols.kode);
    if (this.isNotData(row, r, kodeText)) return null;
    const kode = parseKode(cols.kode === undefined ? null : cellAt(grid, r, cols.kode));
    if (!kode.ok && this.isFooter(r, kodeText)) return null;
    const indicatorText = text(indicatorCol);
    const realisasiCols = this.t.wide
      ? [...REALISASI_TW, "realisasiTahunan" as const, "realisasi" as const]
      : ["realisasi" as const];
    const hasRealisasi = realisasiCols.some((f) => text(cols[f]) !== "");

    if (!kode.ok && kode.reason !== "empty") {
      this.rejectKode(r, kode.reason === "numeric", kode.found);
      return null;
    }
    if (kode.ok) {
      this.lastKode =
        kode.level === "urusan" || kode.level === "bidang"
          ? { kind: "none" }
          : { kind: "kode", kode: kode.kode };
      if (indicatorText === "") {
        this.codeWithoutIndicator(r, kode.kode, hasRealisasi);
        return null;
      }
    } else if (indicatorText === "") {
      const shown =
        row
          ?.map((v) => cellText(v))
          .filter((x) => x !== "")
          .join(" | ") ?? "";
      sink.info("prior.row.text-without-kode", T.textWithoutKode(excelRow, shown), {
        row: excelRow,
        found: shown,
      });
      return null;
    }
    const kodeOfRow = this.attach(r, indicatorText);
    return kodeOfRow === null ? null : { r, kode: kodeOfRow, indicatorText, hasRealisasi };
  }

  /** The row numbering the columns, or the header repeated (page headers of a long export). */
  private isNotData(row: readonly CellValue[] | undefined, r: number, kodeText: string): boolean {
    const { sink } = this.t;
    const excelRow = r + 1;
    if (isColumnNumberRow(row)) {
      sink.info("prior.row.column-numbers", T.columnNumbers(excelRow), { row: excelRow });
      return true;
    }
    if (kodeText !== "" && KODE_LABELS.some((l) => normalizeLabel(l) === normalizeLabel(kodeText))) {
      sink.info("prior.row.header-repeated", T.headerRepeated(excelRow), { row: excelRow });
      return true;
    }
    return false;
  }

  /** "Jumlah", "Total" … in the Kode column. */
  private isFooter(r: number, kodeText: string): boolean {
    if (!isFooterText(kodeText)) return false;
    this.t.sink.info("prior.row.footer", T.footer(r + 1, kodeText), {
      row: r + 1,
      cell: cellAddress(r, this.t.cols.kode ?? 0),
      found: kodeText,
    });
    return true;
  }

  /** A code that is no code: the indicator rows below it are not read. */
  private rejectKode(r: number, numeric: boolean, found: string): void {
    this.t.sink.warning("prior.row.bad-kode", T.prior.badKode(r + 1, found), {
      row: r + 1,
      cell: cellAddress(r, this.t.cols.kode ?? 0),
      found,
      expected: numeric ? T.expected.kodeText : T.expected.kode,
    });
    this.lastKode = { kind: "bad", row: r + 1 };
  }

  /** Program and kegiatan rows repeated above their indicators: nothing to read unless a value hangs there. */
  private codeWithoutIndicator(r: number, kode: Kode, hasRealisasi: boolean): void {
    if (!hasRealisasi) return;
    this.t.sink.warning(
      "prior.row.realisasi-without-indicator",
      T.prior.realisasiWithoutIndicator(r + 1, kode),
      {
        row: r + 1,
        cell: cellAddress(r, this.t.indicatorCol),
        found: "",
        expected: T.expected.tolokUkur,
      },
    );
  }

  /** The code an indicator row belongs to; null (and a warning) when there is none above, or it was unreadable. */
  private attach(r: number, indicatorText: string): Kode | null {
    const { sink, indicatorCol } = this.t;
    const excelRow = r + 1;
    const last = this.lastKode;
    if (last.kind === "kode") return last.kode;
    if (last.kind === "none") {
      sink.warning("prior.row.orphan", T.prior.orphan(excelRow, indicatorText), {
        row: excelRow,
        cell: cellAddress(r, indicatorCol),
        found: indicatorText,
        expected: T.expected.indicatorAbove,
      });
    } else {
      sink.warning("prior.row.after-bad-kode", T.prior.afterBadKode(excelRow, indicatorText, last.row), {
        row: excelRow,
        cell: cellAddress(r, indicatorCol),
        found: indicatorText,
      });
    }
    return null;
  }
}
