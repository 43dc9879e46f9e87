/** What every part of `npm run bench` shares: timing, the median, numbers as Indonesians write them, tables. */
import { performance } from "node:perf_hooks";

/** Milliseconds `fn` takes. */
export async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

export const fmt = (n: number, d = 0): string =>
  n.toLocaleString("id-ID", { maximumFractionDigits: d, minimumFractionDigits: d });

/** A plain-text table: the first row is the header, underlined. */
export function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows
    .map((r, i) => {
      const line = r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ");
      return i === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}
