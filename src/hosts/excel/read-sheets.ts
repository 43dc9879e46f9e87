/**
 * Reading sheets from the open workbook. Sheets are read in three requests, however many: do they
 * exist, how big are their used ranges (and their merges), then the values and formulas, in
 * requests filled close to Excel on the web's 5 MB limit for a response (read-blocks.ts: more
 * requests only when the data would not fit one, about one per 4.5 MB read).
 */
import type { SheetSnapshot } from "../../sheet/plan";
import { parseAreasAddress, snapshotFromUsedRange } from "./cell-content";
import { loadBlocks, RESPONSE_BUDGET, wholeBlock, type Block } from "./read-blocks";
import { OPTIONAL, type IsSetSupported } from "./requirements";

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

/** One sheet: `readSheets` with one name, so it takes the same three requests. */
export async function readSheet(
  context: Excel.RequestContext,
  name: string,
  supports: IsSetSupported,
  budget = RESPONSE_BUDGET,
): Promise<SheetSnapshot | null> {
  const [snapshot] = await readSheets(context, [name], supports, budget);
  return snapshot ?? null;
}

/**
 * Several sheets in the requests one sheet takes: which exist, then every used range (and merged
 * areas), then the values and formulas of them all, in row blocks packed into as few responses as
 * the budget allows (read-blocks.ts). So reading the forty metadata sheets of a round costs what reading one does,
 * and the number of requests grows only with the bytes read, never with the number of sheets or
 * rows. The result is in the order of `names`, null for a sheet that does not exist.
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  supports: IsSetSupported,
  budget = RESPONSE_BUDGET,
): Promise<(SheetSnapshot | null)[]> {
  const proxies = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name,visibility");
    return sheet;
  });
  if (proxies.length === 0) return [];
  await context.sync();
  const found = proxies.filter((sheet) => !sheet.isNullObject);
  const dims = await usedRangesAndMerges(context, found, supports(OPTIONAL.mergedAreas));

  const blocks: Block[] = [];
  found.forEach((sheet, i) => {
    const used = dims[i]?.used;
    if (used) blocks.push(wholeBlock(sheet, used));
  });
  const loaded = await loadBlocks(context, blocks, budget);

  const snapshots = new Map<Excel.Worksheet, SheetSnapshot>();
  found.forEach((sheet, i) => {
    const d = dims[i] ?? {};
    const base = { name: sheet.name, visibility: visibilityOf(sheet.visibility) };
    const mergesPart = d.merges ? { merges: d.merges } : {};
    if (!d.used) {
      snapshots.set(sheet, { ...base, values: [], formulas: [], ...mergesPart });
      return;
    }
    const own = loaded.filter((b) => b.sheet === sheet).sort((a, b) => a.start - b.start);
    snapshots.set(
      sheet,
      snapshotFromUsedRange({
        ...base,
        rowIndex: d.used.rowIndex,
        columnIndex: d.used.columnIndex,
        values: own.flatMap((b) => b.values ?? []),
        formulas: own.flatMap((b) => b.formulas ?? []),
        ...mergesPart,
      }),
    );
  });
  return proxies.map((sheet) => snapshots.get(sheet) ?? null);
}

interface Dims {
  used?: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
  merges?: SheetSnapshot["merges"];
}

/**
 * The used ranges and merged areas of several sheets in one request. Excel fails the merged-areas
 * call past 512 areas, without saying for which sheet: then each sheet is asked on its own, as
 * `usedRangeAndMerges` does, and only the sheet with too many areas is read without them.
 */
async function usedRangesAndMerges(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  withMerges: boolean,
): Promise<Dims[]> {
  if (sheets.length === 0) return [];
  const queued = sheets.map((sheet) => queueDims(sheet, withMerges));
  try {
    await context.sync();
  } catch (error) {
    if (!withMerges) throw error;
    const one: Dims[] = [];
    for (const sheet of sheets) {
      // Only after Excel refused the merged areas of one of the sheets: find which, a sheet per request.
      one.push(await usedRangeAndMerges(context, sheet, true));
    }
    return one;
  }
  return queued.map(dimsOf);
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
  const queued = queueDims(sheet, withMerges);
  try {
    await context.sync();
  } catch (error) {
    if (!withMerges) throw error;
    return usedRangeAndMerges(context, sheet, false);
  }
  return dimsOf(queued);
}

interface QueuedDims {
  used: Excel.Range;
  merged?: Excel.RangeAreas;
}

function queueDims(sheet: Excel.Worksheet, withMerges: boolean): QueuedDims {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  if (!withMerges) return { used };
  const merged = sheet.getRange().getMergedAreasOrNullObject();
  merged.load("address");
  return { used, merged };
}

function dimsOf({ used, merged }: QueuedDims): Dims {
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
