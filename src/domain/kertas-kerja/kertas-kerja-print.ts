/**
 * How a kertas kerja prints, so that a Kepala Bagian can read and sign it on paper. About twenty
 * columns cannot share one page width at a readable size, and their order is fixed (the reader of
 * returned files and the fingerprints depend on it), so the sheet prints as two areas, each from a
 * new page and each one page wide, with kode, uraian, indikator and satuan repeated at the left:
 *
 * 1. what the Bagian fills and signs: the realisasi of the period, target and realisasi s.d.,
 *    capaian, predikat, pagu, realisasi anggaran, serapan, the factors, tindak lanjut, bukti
 *    dukung, and the signature block below them;
 * 2. what was given: polaritas, jenis capaian, the targets, last year's realisasi and the earlier
 *    quarters (reported, or in a first round open to fill as well: they print here, so that the
 *    first area keeps one width, and its type size, whatever the period).
 *
 * Quarters after the period are hidden (nothing can be written there yet), and so is the key
 * column, which neither area covers. Each area is fit to one page wide: with KK_WIDTHS the first
 * prints its 11-point text at about 9.6 pt on F4 landscape and 8.6 pt on A4 in Calibri's metrics
 * (LibreOffice with Carlito, test/app/kertas-kerja-paper.test.ts), and still above 7 pt on F4 in a
 * wider stand-in such as DejaVu Sans.
 */
import { a1, type A1, type PrintSetup } from "../../sheet/plan";
import { landscape } from "../../sheet/print";
import { paperOf, type RoundRules } from "../setup/setup-types";
import { col, colIndex, KK_COLUMNS, KK_ROWS, REALISASI_TW, type KkColumn } from "./kertas-kerja-layout";

/** The columns repeated at the left of every printed page. */
export const KK_PRINT_TITLE_COLUMNS = `${col.kode}:${col.satuan}`;

/** The hidden columns of a kertas kerja of quarter `q` (1–4): the key, and the quarters not yet. */
export function kkHiddenColumns(q: number): Set<KkColumn> {
  return new Set<KkColumn>(["kunci", ...REALISASI_TW.slice(q)]);
}

/** The realisasi column of the period (quarter `q`, 1–4): where the first print area begins. */
export const periodRealisasi = (q: number): KkColumn =>
  REALISASI_TW[Math.min(4, Math.max(1, q)) - 1] ?? "realisasiTw4";

/**
 * The print setup: the round's paper, landscape; area 1 from `period` (the period's realisasi)
 * to the last column the Bagian fills, down to `lastRow` (the signature block); area 2 from
 * polaritas to the column before `period`, down to `lastDataRow`.
 */
export function kkPrintSetup(
  rules: Pick<RoundRules, "paperSize">,
  period: KkColumn,
  lastRow: number,
  lastDataRow: number,
): PrintSetup {
  const area = (from: KkColumn, to: KkColumn, last: number): A1 => a1(`${col[from]}1:${col[to]}${last}`);
  const before = KK_COLUMNS[colIndex[period] - 1] ?? "polaritas";
  return landscape(paperOf(rules), {
    printTitleRows: `${KK_ROWS.headerGroup}:${KK_ROWS.header}`,
    printTitleColumns: KK_PRINT_TITLE_COLUMNS,
    printArea: [area(period, "buktiDukung", lastRow), area("polaritas", before, lastDataRow)],
    margins: { top: 0.5, bottom: 0.5, left: 0.25, right: 0.25 },
  });
}
