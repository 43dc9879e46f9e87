/**
 * Excel holds at most 65,530 links on one sheet; past that it drops the file's links as it opens
 * it, and this product's hosts refuse to write the sheet. Data links each bukti dukung twice (its
 * text and its URL), so a large round (40 Bagian × 1,000 indicators) would pass the limit: then the
 * text keeps no link (the URL beside it does), and should the URLs alone still be too many, those
 * past the limit stay as text. Nothing is lost: the URL is in its column either way.
 */
import { EXCEL_LIMITS } from "../../sheet/limits";
import type { CellPlan } from "../../sheet/plan";
import { dataColIndex } from "./data-layout";

type Row = (CellPlan | null)[];

/** The rows of a ledger sheet with at most `limit` links (changed in place: the cells are replaced). */
export function keepLinksWithinLimit(rows: Row[], limit: number = EXCEL_LIMITS.hyperlinks): void {
  let links = 0;
  for (const row of rows) for (const cell of row) if (cell?.hyperlink !== undefined) links++;
  if (links <= limit) return;
  for (const row of rows) {
    if (unlink(row, dataColIndex.buktiDukung)) links--;
  }
  for (let r = rows.length - 1; r >= 0 && links > limit; r--) {
    if (unlink(rows[r] ?? [], dataColIndex.buktiDukungUrl)) links--;
  }
}

/** The cell at `col` without its link; true when it had one. */
function unlink(row: Row, col: number): boolean {
  const cell = row[col];
  if (cell?.hyperlink === undefined) return false;
  const { hyperlink: _link, ...rest } = cell;
  row[col] = rest;
  return true;
}
