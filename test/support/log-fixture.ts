import fc from "fast-check";
import { LOG_ACTIONS, appendLog, type LogEntry, type NewLogEntry } from "../../src/domain/sop/sop-log";

export const WITA = 8 * 3_600_000;

/** "2026-04-01T08:15:00+08:00" for a UTC millisecond count. */
export function witaInstant(ms: number): string {
  return `${new Date(ms + WITA).toISOString().slice(0, 19)}+08:00`;
}

export const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);

export const arbNewEntry: fc.Arbitrary<NewLogEntry> = fc.record({
  at: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }).map(witaInstant),
  who: fc.record({
    nama: fc.string({ maxLength: 20 }),
    jabatan: fc.string({ maxLength: 20 }),
    nip: fc.stringMatching(/^\d{18}$/),
  }),
  action: fc.constantFrom(...LOG_ACTIONS),
  detail: fc.string({ maxLength: 40 }),
  fingerprint: fc.option(hex64, { nil: undefined }),
});

export const chain = (news: readonly NewLogEntry[], base: readonly LogEntry[] = []): LogEntry[] =>
  news.reduce<LogEntry[]>((log, e) => appendLog(log, e), [...base]);

export const arbLog = (minLength = 0, maxLength = 8): fc.Arbitrary<LogEntry[]> =>
  fc.array(arbNewEntry, { minLength, maxLength }).map((news) => chain(news));

export const sekda = { nama: "H. Masyraniansyah", jabatan: "Sekretaris Daerah", nip: "196504221988031008" };

/** A short, fixed log for example-based tests. */
export function sampleLog(n = 5): LogEntry[] {
  return chain(
    Array.from({ length: n }, (_, i) => ({
      at: witaInstant(Date.UTC(2026, 3, 1, 0, i * 10)),
      who: sekda,
      action: "step-done" as const,
      detail: `Langkah ${i + 1} selesai.`,
      fingerprint: i % 2 === 0 ? "ab".repeat(32) : undefined,
    })),
  );
}
