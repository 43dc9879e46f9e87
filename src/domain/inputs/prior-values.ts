/**
 * The values of one indicator row of a prior report: in the wide form one per filled quarter,
 * Realisasi Tahunan and a "Realisasi 2025" column; in the long form the one of its Periode. A blank
 * realisasi is "not reported" and gives no value; an unreadable one is a warning and gives none.
 */
import { cellAddress } from "../../sheet/address";
import { common } from "../../strings/common";
import { dpa as T } from "../../strings/dpa";
import { cellAt } from "./header";
import { parseIndonesianNumber } from "../shared/numbers";
import { QUARTERS, REALISASI_TW, TARGET_TW, type PriorTable } from "./prior-columns";
import type { PriorRow } from "./prior-rows";
import { cellText } from "../shared/text";
import type { Periode, PriorValue } from "../shared/types";

/** The years a value falls back on when its row names none. */
export interface PriorYears {
  /** The year of a plain "Realisasi 2025" column (wide form), or null. */
  plain: number | null;
  /** `tahun`, or else the one year of the title rows (noting that it was used), or else null. */
  withDefault(tahun: number | null): number | null;
}

/** Reads the cells of one row and adds its values to `out`. */
class RowValues {
  private readonly excelRow: number;

  constructor(
    private readonly t: PriorTable,
    private readonly row: PriorRow,
    private readonly out: PriorValue[],
  ) {
    this.excelRow = row.r + 1;
  }

  text(c: number | undefined): string {
    return cellText(c === undefined ? null : cellAt(this.t.grid, this.row.r, c));
  }

  /** A realisasi: null when blank, or unreadable (then a warning naming the period). */
  number(c: number | undefined, periodeName: string): number | null {
    const parsed = parseIndonesianNumber(c === undefined ? null : cellAt(this.t.grid, this.row.r, c));
    if (parsed.ok) return parsed.value;
    if (parsed.reason !== "empty") {
      this.t.sink.warning(
        "prior.row.realisasi-unreadable",
        T.prior.realisasiUnreadable(this.excelRow, periodeName, this.text(c), parsed.reason),
        {
          row: this.excelRow,
          cell: cellAddress(this.row.r, c ?? 0),
          found: this.text(c),
          expected: T.expected.number,
        },
      );
    }
    return null;
  }

  /** A target beside a realisasi: only an info when unreadable, since the realisasi is what is read. */
  target(c: number | undefined): number | null {
    if (c === undefined) return null;
    const parsed = parseIndonesianNumber(cellAt(this.t.grid, this.row.r, c));
    if (parsed.ok) return parsed.value;
    if (parsed.reason !== "empty") {
      this.t.sink.info("prior.row.target-unreadable", T.prior.targetUnreadable(this.excelRow, this.text(c)), {
        row: this.excelRow,
        cell: cellAddress(this.row.r, c),
        found: this.text(c),
        expected: T.expected.number,
      });
    }
    return null;
  }

  push(periode: Periode, tahun: number | null, realisasi: number, target: number | null, c: number): void {
    this.out.push({
      kode: this.row.kode,
      indicatorText: this.row.indicatorText,
      tahun,
      periode,
      realisasi,
      target,
      source: this.t.sink.source(this.excelRow, cellAddress(this.row.r, c)),
    });
  }
}

/** Wide form: a value per filled quarter, Realisasi Tahunan, and a "Realisasi 2025" column as that year's annual value. */
export function readWideValues(
  t: PriorTable,
  row: PriorRow,
  rowTahun: number | null,
  years: PriorYears,
  out: PriorValue[],
): void {
  const { cols } = t;
  const v = new RowValues(t, row, out);
  REALISASI_TW.forEach((field, q) => {
    const c = cols[field];
    const periode = QUARTERS[q] ?? "TW1";
    const realisasi = c === undefined ? null : v.number(c, common.periode[periode]);
    if (c !== undefined && realisasi !== null) {
      v.push(periode, years.withDefault(rowTahun), realisasi, v.target(cols[TARGET_TW[q] ?? "targetTw1"]), c);
    }
  });
  if (cols.realisasiTahunan !== undefined) {
    const realisasi = v.number(cols.realisasiTahunan, common.periode.TAHUNAN);
    if (realisasi !== null) {
      v.push("TAHUNAN", years.withDefault(rowTahun), realisasi, v.target(cols.target), cols.realisasiTahunan);
    }
  }
  if (cols.realisasi !== undefined && years.plain !== null) {
    const realisasi = v.number(cols.realisasi, common.periode.TAHUNAN);
    if (realisasi !== null) v.push("TAHUNAN", years.plain, realisasi, null, cols.realisasi);
  }
}

/** Long form: the one value of the row, for its periode and year (the title's year when it names none). */
export function readLongValue(
  t: PriorTable,
  row: PriorRow,
  periode: Periode,
  tahun: number | null,
  years: PriorYears,
  out: PriorValue[],
): void {
  const v = new RowValues(t, row, out);
  const c = t.cols.realisasi ?? 0;
  const realisasi = v.number(c, common.periode[periode]);
  if (realisasi !== null)
    v.push(periode, years.withDefault(tahun ?? years.plain), realisasi, v.target(t.cols.target), c);
}
