/**
 * Reading sheets from the open workbook. Sheets are read in three requests, however many: do they
 * exist, how big are their used ranges (and their merges), then the values and formulas, in row
 * blocks sized so that a response stays under Excel on the web's 5 MB limit (more requests only
 * when the data would not fit one). A block that is still too large is halved and read again, as
 * Microsoft's guidance for large ranges advises.
 */
import type { SheetSnapshot } from "../../sheet/plan";
import { rangeAddress } from "../../sheet/address";
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
 * the budget allows. So reading the forty metadata sheets of a round costs what reading one does,
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
    if (used) blocks.push(...rowBlocksOf(sheet, used, budget));
  });
  const loaded = await loadBlocks(context, packBlocks(blocks, budget));

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

/** Rows `start`..`start + count - 1` of a used range (0-based within it). */
interface Block {
  sheet: Excel.Worksheet;
  used: NonNullable<Dims["used"]>;
  start: number;
  count: number;
}

/** A block and what Excel gave back for it. */
interface Loaded extends Block {
  values: unknown[][];
  formulas: unknown[][];
}

const estimate = (b: Block) => b.count * b.used.columnCount * CELL_READ_ESTIMATE;

/** A used range cut into blocks of as many rows as the budget allows by estimate (at least one). */
function rowBlocksOf(sheet: Excel.Worksheet, used: NonNullable<Dims["used"]>, budget: number): Block[] {
  const rowsPerBlock = Math.max(1, Math.floor(budget / (used.columnCount * CELL_READ_ESTIMATE)));
  const blocks: Block[] = [];
  for (let start = 0; start < used.rowCount; start += rowsPerBlock) {
    blocks.push({ sheet, used, start, count: Math.min(rowsPerBlock, used.rowCount - start) });
  }
  return blocks;
}

/** Blocks, in order, into groups whose estimated responses stay under the budget. */
function packBlocks(blocks: readonly Block[], budget: number): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const b of blocks) {
    if (current.length > 0 && size + estimate(b) > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(b);
    size += estimate(b);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * One request per group. A group whose response Excel rejects as too large is split in two (its
 * blocks, or the rows of its one block) and read again; a single row too large fails the read.
 */
async function loadBlocks(context: Excel.RequestContext, groups: Block[][]): Promise<Loaded[]> {
  const loaded: Loaded[] = [];
  const queue = [...groups];
  for (let group = queue.shift(); group; group = queue.shift()) {
    const ranges = group.map((b) => {
      const r0 = b.used.rowIndex + b.start;
      const c0 = b.used.columnIndex;
      const range = b.sheet.getRange(rangeAddress(r0, c0, r0 + b.count - 1, c0 + b.used.columnCount - 1));
      range.load("values,formulas");
      return range;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per group of blocks; there is more than one only when the data would exceed the response budget.
      await context.sync();
    } catch (error) {
      const halves = isPayloadTooLarge(error) ? split(group) : undefined;
      if (!halves) throw error;
      queue.unshift(...halves);
      continue;
    }
    group.forEach((b, i) => {
      const range = ranges[i];
      if (range) loaded.push({ ...b, values: range.values, formulas: range.formulas });
    });
  }
  return loaded;
}

/** Two halves of a group that was too large, or undefined when it is a single row. */
function split(group: Block[]): [Block[], Block[]] | undefined {
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    return [group.slice(0, half), group.slice(half)];
  }
  const [b] = group;
  if (!b || b.count === 1) return undefined;
  const first = Math.ceil(b.count / 2);
  return [[{ ...b, count: first }], [{ ...b, start: b.start + first, count: b.count - first }]];
}

const isPayloadTooLarge = (error: unknown) => /PayloadSizeLimitExceeded$/.test(officeErrorCode(error) ?? "");

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
