/**
 * Request-size bookkeeping. Excel on the web rejects a request or a response over 5 MB
 * (`RequestPayloadSizeLimitExceeded`), and a request grows with the number of calls, the number of
 * proxy objects and the length of the values set. The gateway describes its work as steps with an
 * estimated size, then packs them into as few requests as fit under a budget kept well below the
 * limit: one request in the ordinary case, more only when the data would not fit.
 */

/**
 * What one request may carry by the gateway's own estimate, under Excel on the web's 5 MB: the
 * estimate counts every call at more than the fake measures it (CALL_OVERHEAD), and the budget
 * keeps about a tenth of the limit (and of 5,000,000 bytes, should Excel's "5 MB" be decimal) for
 * what it does not count. So a large write takes about one request per 4.5 MB it sends.
 */
export const REQUEST_BUDGET = 4.5 * 1024 * 1024;
/**
 * The largest single cell-array write before it is split by rows: small beside the budget, so that
 * requests are packed full (a block that does not fit goes whole into the next request).
 */
export const BLOCK_TARGET = 256 * 1024;
/** What one call costs besides its payload: the object path, the method or property, ids. */
export const CALL_OVERHEAD = 160;

/**
 * Queues commands on the request context; `size` is its estimated share of the request. `after`
 * runs once the request that carried the step has come back (to read what it loaded).
 */
export interface Step {
  size: number;
  queue: () => void;
  after?: () => void;
}

/** A step whose size is its JSON payload plus the per-call overhead times `calls`. */
export function step(payload: unknown, calls: number, queue: () => void): Step {
  return { size: jsonLength(payload) + calls * CALL_OVERHEAD, queue };
}

/**
 * A step on one range or list of ranges: the object path, with its address, travels with each of
 * the `calls` (the creation of the range proxy included), so a long address counts each time.
 */
export function addressedStep(address: string, payload: unknown, calls: number, queue: () => void): Step {
  return { size: calls * (jsonLength(address) + CALL_OVERHEAD) + jsonLength(payload), queue };
}

export function jsonLength(payload: unknown): number {
  return payload === undefined ? 0 : JSON.stringify(payload).length;
}

/** Packs steps, in order, into groups whose estimated size stays under `budget`. */
export function groupSteps(steps: readonly Step[], budget = REQUEST_BUDGET): Step[][] {
  const groups: Step[][] = [];
  let current: Step[] = [];
  let size = 0;
  for (const s of steps) {
    if (current.length > 0 && size + s.size > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += s.size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Row blocks of a 2-D array such that each block's JSON stays near `target`: the whole array when
 * it fits, which is the ordinary case.
 */
export function rowBlocks(
  rows: readonly unknown[][],
  target = BLOCK_TARGET,
): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  let start = 0;
  let size = 0;
  rows.forEach((row, r) => {
    const rowSize = jsonLength(row) + 1;
    if (r > start && size + rowSize > target) {
      blocks.push({ start, end: r });
      start = r;
      size = 0;
    }
    size += rowSize;
  });
  if (rows.length > start) blocks.push({ start, end: rows.length });
  return blocks;
}

/**
 * Sends each group as its own request. There is one group unless the work would exceed Excel on
 * the web's payload limit, so the number of requests does not grow with rows or sheets.
 */
export async function syncEach<T>(
  context: Excel.RequestContext,
  groups: readonly T[],
  queue: (group: T) => void,
  after?: (group: T) => void,
): Promise<void> {
  for (const group of groups) {
    queue(group);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per group, and there is more than one group only when a single request would exceed the 5 MB limit.
    await context.sync();
    after?.(group);
  }
}
