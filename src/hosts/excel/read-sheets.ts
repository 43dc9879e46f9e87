/**
 * Reading sheets from the open workbook. A sheet is read in three requests: does it exist, how big
 * is its used range (and its merges), then the values and formulas, in row blocks sized so that a
 * response stays under Excel on the web's 5 MB limit. A block that is still too large is halved and
 * read again, as Microsoft's guidance for large ranges advises.
 */
import type { SheetSnapshot } from "../../sheet/plan";
import { rangeAddress } from "../../sheet/address";
import { syncEach } from "./batches";
import { parseAreasAddress, snapshotFromUsedRange } from "./cell-content";
import { officeErrorCode } from "./errors";
import { OPTIONAL, type IsSetSupported } from "./requirements";

/** What a response of values + formulas may carry by estimate, and what a cell costs in it. */
export const RESPONSE_BUDGET = 2.5 * 1024 * 1024;
export const CELL_READ_ESTIMATE = 128;

const FROM_EXCEL: Record<string, SheetSnapshot["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};
const visibilityOf = (v: string): SheetSnapshot["visibility"] => FROM_EXCEL[v] ?? "visible";

export async function listSheets(
  context: Excel.RequestContext,
): Promise<{ name: string; visibility: SheetSnapshot["visibility"] }[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/position");
  await context.sync();
  return [...sheets.items]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({ name: s.name, visibility: visibilityOf(s.visibility) }));
}

export async function readSheet(
  context: Excel.RequestContext,
  name: string,
  supports: IsSetSupported,
  budget = RESPONSE_BUDGET,
): Promise<SheetSnapshot | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name,visibility");
  await context.sync();
  if (sheet.isNullObject) return null;

  const dims = await usedRangeAndMerges(context, sheet, supports(OPTIONAL.mergedAreas));
  const base = { name: sheet.name, visibility: visibilityOf(sheet.visibility) };
  const mergesPart = dims.merges ? { merges: dims.merges } : {};
  if (!dims.used) return { ...base, values: [], formulas: [], ...mergesPart };

  const { rowIndex, columnIndex, rowCount, columnCount } = dims.used;
  let rowsPerBlock = Math.max(1, Math.floor(budget / (columnCount * CELL_READ_ESTIMATE)));
  for (let attempt = 0; ; attempt++) {
    const blocks: { start: number; count: number }[] = [];
    for (let start = 0; start < rowCount; start += rowsPerBlock) {
      blocks.push({ start, count: Math.min(rowsPerBlock, rowCount - start) });
    }
    const ranges: Excel.Range[] = [];
    try {
      await syncEach(context, blocks, (b) => {
        const r0 = rowIndex + b.start;
        const range = sheet.getRange(
          rangeAddress(r0, columnIndex, r0 + b.count - 1, columnIndex + columnCount - 1),
        );
        range.load("values,formulas");
        ranges.push(range);
      });
    } catch (error) {
      if (!isPayloadTooLarge(error) || rowsPerBlock === 1 || attempt >= 8) throw error;
      rowsPerBlock = Math.max(1, Math.floor(Math.min(rowsPerBlock, rowCount) / 2));
      continue;
    }
    return snapshotFromUsedRange({
      ...base,
      rowIndex,
      columnIndex,
      values: ranges.flatMap((r) => r.values),
      formulas: ranges.flatMap((r) => r.formulas),
      ...mergesPart,
    });
  }
}

const isPayloadTooLarge = (error: unknown) => /PayloadSizeLimitExceeded$/.test(officeErrorCode(error) ?? "");

interface Dims {
  used?: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
  merges?: SheetSnapshot["merges"];
}

/**
 * The used range (cells with values or formulas only) and, where ExcelApi 1.13 is present, the
 * merged areas. Excel fails the merged-areas call past 512 areas; the sheet is then read without.
 */
async function usedRangeAndMerges(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  withMerges: boolean,
): Promise<Dims> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const merged = withMerges ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  try {
    await context.sync();
  } catch (error) {
    if (!withMerges) throw error;
    return usedRangeAndMerges(context, sheet, false);
  }
  const dims: Dims = used.isNullObject
    ? {}
    : {
        used: {
          rowIndex: used.rowIndex,
          columnIndex: used.columnIndex,
          rowCount: used.rowCount,
          columnCount: used.columnCount,
        },
      };
  if (merged) dims.merges = merged.isNullObject ? [] : parseAreasAddress(merged.address);
  return dims;
}
