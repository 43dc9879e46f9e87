/**
 * The content of a log entry: what happened, when and by whom, apart from its place in the chain.
 * The hash covers it, and two copies of a log know the same entry by it when they are merged.
 */
import { canonicalJson } from "../shared/fingerprint";
import type { LogAction, LogEntry } from "./sop-log";

/** The hashed part of an entry, with exactly the known fields (extra properties never count). */
export function entryContent(e: Omit<LogEntry, "no" | "prevHash" | "hash">) {
  return {
    at: e.at,
    who: { nama: e.who.nama, jabatan: e.who.jabatan, nip: e.who.nip },
    action: e.action,
    detail: e.detail,
    fingerprint: e.fingerprint === "" ? undefined : e.fingerprint,
  };
}

/** Content key of an entry, apart from its place in a chain. */
const contentKey = (e: LogEntry): string => canonicalJson(entryContent(e));

/** How often each content occurs among `entries`. */
export function countByContent(entries: readonly LogEntry[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of entries) m.set(contentKey(e), (m.get(contentKey(e)) ?? 0) + 1);
  return m;
}

/** Every entry of `x` in `y`, counting repeats. */
export const within = (x: Map<string, number>, y: Map<string, number>): boolean =>
  [...x].every(([key, n]) => (y.get(key) ?? 0) >= n);

const instant = (e: LogEntry): number => {
  const t = Date.parse(e.at);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};

/**
 * The new entries of two copies as one list: each content as many times as the copy that has it
 * most often, in time order. `actions` lists the actions in the order they happen at one moment.
 * @example unionInOrder([x, y], [y, z], LOG_ACTIONS) // x, y and z by time, y once
 */
export function unionInOrder(
  tailA: readonly LogEntry[],
  tailB: readonly LogEntry[],
  actions: readonly LogAction[],
): LogEntry[] {
  // Each content as many times as the copy that has it most often.
  const unused = countByContent(tailA);
  const union = [
    ...tailA,
    ...tailB.filter((e) => {
      const key = contentKey(e);
      const left = unused.get(key) ?? 0;
      unused.set(key, left - 1);
      return left <= 0;
    }),
  ].map((entry) => ({ entry, key: contentKey(entry) }));
  // Same moment: the order in which such actions happen (a step starts before it is done, a
  // paraf precedes its invalidation), then the content, so either argument order gives one result.
  const rank = (e: LogEntry): number => actions.indexOf(e.action);
  union.sort(
    (x, y) =>
      instant(x.entry) - instant(y.entry) ||
      rank(x.entry) - rank(y.entry) ||
      (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
  );
  return union.map((u) => u.entry);
}
