/**
 * The contents of used ranges (values and formulas) read in requests whose responses stay under
 * Excel on the web's 5 MB, as few as the bytes allow. Excel says nothing of a range's size in
 * bytes before it is read, so the reader estimates, and learns:
 *
 *  - a cell of a sheet nothing is known of is guessed at CELL_READ_ESTIMATE, counted with a wide
 *    margin (UNREAD_MARGIN);
 *  - once a response has come back, what each of its blocks weighed is known exactly (the JSON
 *    Excel sent): the sheet's cells are then counted at that weight, with a narrow margin, and so
 *    are those of sheets of the same width (a round's forty metadata sheets are alike);
 *  - a response Excel refuses as too large weighed more than the limit: the cells of its sheets
 *    not known yet are counted at least at their share of it, and the next request carries the
 *    first third of the refused blocks (a third of the rows when it was one block), so that what
 *    comes back teaches the weight of the rest, which then goes in full requests.
 *
 * Each request is filled up to the budget by estimate, a block cut by rows where it would not fit
 * whole. A single row Excel still refuses fails the read.
 */
import { rangeAddress } from "../../sheet/address";
import { officeErrorCode } from "./errors";

/** What a response of values + formulas may carry by estimate, under Excel on the web's 5 MB. */
export const RESPONSE_BUDGET = 4.5 * 1024 * 1024;
/** A cell's guessed share of a response (values + formulas) before anything of its kind was read. */
export const CELL_READ_ESTIMATE = 128;
/** A guess counts this much more: the margin for a guess is the 2.5 MB a response kept before. */
export const UNREAD_MARGIN = 1.8;
/** A weight learnt from a response counts this much more: rows of one sheet differ. */
export const READ_MARGIN = 1.1;
/** The limit the reader assumes a refused response exceeded (Excel on the web's 5 MB). */
const RESPONSE_LIMIT = 5 * 1024 * 1024;

export interface UsedRange {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Rows `start`..`start + count - 1` of a sheet's used range (0-based within it). */
export interface Block {
  sheet: Excel.Worksheet;
  used: UsedRange;
  start: number;
  count: number;
}

/** A block and what Excel gave back for it. */
export interface Loaded extends Block {
  values: unknown[][];
  formulas: unknown[][];
}

/** What a cell weighs in a response, per sheet, as far as the reader knows. */
export class CellWeights {
  private readonly measured = new Map<Excel.Worksheet, number>();
  private readonly byWidth = new Map<number, number>();
  private readonly atLeast = new Map<Excel.Worksheet, number>();

  /** A cell of `b`'s sheet, with its margin. */
  perCell(b: Block): number {
    const own = this.measured.get(b.sheet);
    const alike = this.byWidth.get(b.used.columnCount);
    if (own !== undefined || alike !== undefined) return Math.max(own ?? 0, alike ?? 0) * READ_MARGIN;
    return Math.max(CELL_READ_ESTIMATE * UNREAD_MARGIN, this.atLeast.get(b.sheet) ?? 0);
  }

  estimate(b: Block): number {
    return b.count * b.used.columnCount * this.perCell(b);
  }

  /** What a block weighed as it came back. */
  learn(b: Block, bytes: number): void {
    const weight = bytes / Math.max(1, b.count * b.used.columnCount);
    this.measured.set(b.sheet, Math.max(this.measured.get(b.sheet) ?? 0, weight));
    const width = b.used.columnCount;
    this.byWidth.set(width, Math.max(this.byWidth.get(width) ?? 0, weight));
  }

  /** A group Excel refused weighed more than the limit: a cell of it at least its share. */
  refused(group: readonly Block[]): void {
    const cells = group.reduce((n, b) => n + b.count * b.used.columnCount, 0);
    const share = RESPONSE_LIMIT / Math.max(1, cells);
    for (const b of group) this.atLeast.set(b.sheet, Math.max(this.atLeast.get(b.sheet) ?? 0, share));
  }
}

/** A used range as one block per sheet, to be cut by rows as requests are filled. */
export function wholeBlock(sheet: Excel.Worksheet, used: UsedRange): Block {
  return { sheet, used, start: 0, count: used.rowCount };
}

/**
 * Takes from the front of `queue` the blocks the next request carries, up to `capacity` by
 * estimate, cutting the last by rows to fill it; at least one row.
 */
export function nextGroup(queue: Block[], weights: CellWeights, capacity: number): Block[] {
  const group: Block[] = [];
  let left = capacity;
  while (queue.length > 0) {
    const b = queue[0];
    if (!b) break;
    const estimate = weights.estimate(b);
    if (estimate <= left) {
      group.push(b);
      queue.shift();
      left -= estimate;
      continue;
    }
    const rowWeight = b.used.columnCount * weights.perCell(b);
    const rows = Math.floor(left / rowWeight);
    if (rows >= 1) {
      group.push({ ...b, count: rows });
      queue[0] = { ...b, start: b.start + rows, count: b.count - rows };
    } else if (group.length === 0) {
      group.push({ ...b, count: 1 });
      if (b.count > 1) queue[0] = { ...b, start: b.start + 1, count: b.count - 1 };
      else queue.shift();
    }
    break;
  }
  return group;
}

/**
 * The part of a refused group read next: its first third by blocks, or a third of the rows of a
 * single block (at least one row); the rest goes back in front of the queue.
 */
export function retryOf(group: readonly Block[], queue: Block[]): Block[] {
  const [first] = group;
  if (group.length === 1 && first) {
    const rows = Math.max(1, Math.floor(first.count / 3));
    if (rows < first.count) queue.unshift({ ...first, start: first.start + rows, count: first.count - rows });
    return [{ ...first, count: rows }];
  }
  const kept = Math.ceil(group.length / 3);
  queue.unshift(...group.slice(kept));
  return group.slice(0, kept);
}

/**
 * Reads every block, in requests filled to `budget` by estimate. A refused response is read again
 * in smaller requests (see the module's comment); a single row refused fails the read.
 */
export async function loadBlocks(
  context: Excel.RequestContext,
  blocks: readonly Block[],
  budget = RESPONSE_BUDGET,
): Promise<Loaded[]> {
  const weights = new CellWeights();
  const queue = [...blocks];
  const loaded: Loaded[] = [];
  let retry: Block[] | undefined;
  while (retry ?? queue.length > 0) {
    const group = retry ?? nextGroup(queue, weights, budget);
    retry = undefined;
    const ranges = group.map((b) => {
      const r0 = b.used.rowIndex + b.start;
      const c0 = b.used.columnIndex;
      const range = b.sheet.getRange(rangeAddress(r0, c0, r0 + b.count - 1, c0 + b.used.columnCount - 1));
      range.load("values,formulas");
      return range;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per group of blocks; there is more than one only when the data would exceed one response.
      await context.sync();
    } catch (error) {
      const single = group.length === 1 && group[0]?.count === 1;
      if (!isPayloadTooLarge(error) || single) throw error;
      weights.refused(group);
      retry = retryOf(group, queue);
      continue;
    }
    group.forEach((b, i) => {
      const range = ranges[i];
      if (!range) return;
      const values = range.values;
      const formulas = range.formulas;
      weights.learn(b, JSON.stringify(values).length + JSON.stringify(formulas).length);
      loaded.push({ ...b, values, formulas });
    });
  }
  return loaded;
}

const isPayloadTooLarge = (error: unknown) => /PayloadSizeLimitExceeded$/.test(officeErrorCode(error) ?? "");
