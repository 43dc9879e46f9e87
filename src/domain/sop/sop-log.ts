/**
 * The append-only action log of a round, hash-chained so that a row edited, deleted or moved by
 * hand is detected. The chain is unkeyed SHA-256: it catches hand edits, not a forger who
 * recomputes every later hash — that one is caught by the product's own copy (the anchor) on a
 * very hidden sheet, which a person cannot reach from Excel's interface. Neither is a signature.
 */
import { S } from "../../strings";
import { canonicalJson, sha256Hex } from "../shared/fingerprint";
import type { Issue } from "../shared/types";
import { countByContent, entryContent, unionInOrder, within } from "./sop-log-content";

export const LOG_VERSION = 1;
export const LOG_ANCHOR_TYPE = "kertas-kerja-sakip/log-state";
/** `prevHash` of the first entry. */
export const GENESIS_HASH = "0".repeat(64);

export type LogAction =
  | "setup"
  | "generate"
  | "import"
  | "consolidate"
  | "resubmission"
  | "step-start"
  | "step-done"
  | "paraf"
  | "signature"
  | "invalidation"
  | "merge"
  | "laporan";
export const LOG_ACTIONS = Object.keys(S.sopLog.actions) as LogAction[];

/** Who acted, as the user stated it (Office.js does not reveal the signed-in person). */
export interface LogActor {
  nama: string;
  jabatan: string;
  nip: string;
}

export interface LogEntry {
  /** 1-based, consecutive. */
  no: number;
  /** ISO instant with its offset: "2026-04-01T08:15:00+08:00". */
  at: string;
  who: LogActor;
  action: LogAction;
  /** What happened, in Indonesian, for a person reading the sheet. */
  detail: string;
  /** Hex SHA-256 of the content the action concerns (reviewed content, a returned file). */
  fingerprint?: string;
  /** `hash` of the previous entry; `GENESIS_HASH` for the first. */
  prevHash: string;
  /** SHA-256 over the canonical JSON of every other field (see `logEntryHash`). */
  hash: string;
}

/** What a caller supplies; the chain fields are the log's business. */
export type NewLogEntry = Pick<LogEntry, "at" | "who" | "action" | "detail" | "fingerprint">;

/**
 * The product's copy of the log on a very hidden sheet. `count` and `lastHash` detect a
 * truncated tail (invisible to the chain alone); `entries` lets a report name the edited cell
 * and what it said before.
 */
export interface LogAnchor {
  type: typeof LOG_ANCHOR_TYPE;
  version: typeof LOG_VERSION;
  count: number;
  lastHash: string;
  entries: LogEntry[];
}

type Field =
  "no" | "at" | "nama" | "jabatan" | "nip" | "action" | "detail" | "fingerprint" | "prevHash" | "hash";
/** Column of each field on the Log sheet, A → J. */
export const LOG_COLUMNS: Readonly<Record<Field, string>> = {
  no: "A",
  at: "B",
  nama: "C",
  jabatan: "D",
  nip: "E",
  action: "F",
  detail: "G",
  fingerprint: "H",
  prevHash: "I",
  hash: "J",
};
const FIELDS = Object.keys(LOG_COLUMNS) as Field[];
/** The first row of entries on the Log sheet (1-based), below the title, marker and header. */
export const LOG_FIRST_ROW = 5;

const HEX64 = /^[0-9a-f]{64}$/;
export const isHash = (s: string): boolean => HEX64.test(s);

/** True for an ISO date-time with an explicit offset or Z: "2026-04-01T08:15:00+08:00". */
export function isIsoInstant(s: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
    !Number.isNaN(Date.parse(s))
  );
}

/** SHA-256 over the canonical JSON of the entry without `hash` (so `prevHash` is covered). */
export function logEntryHash(e: Omit<LogEntry, "hash">): string {
  return sha256Hex(canonicalJson({ no: e.no, ...entryContent(e), prevHash: e.prevHash }));
}

/**
 * A new log with `entry` chained after the last one. Text is trimmed and line ends made "\n",
 * so what a host writes and reads back hashes the same.
 * @example appendLog([], { at: "2026-04-01T08:15:00+08:00", who, action: "setup", detail: "…" })[0].prevHash === GENESIS_HASH
 */
export function appendLog(entries: readonly LogEntry[], entry: NewLogEntry): LogEntry[] {
  const last = entries[entries.length - 1];
  const text = (s: string) => s.replace(/\r\n?/g, "\n").trim();
  const fingerprint = entry.fingerprint?.trim().toLowerCase();
  const base = {
    no: (last?.no ?? 0) + 1,
    at: text(entry.at),
    who: { nama: text(entry.who.nama), jabatan: text(entry.who.jabatan), nip: text(entry.who.nip) },
    action: entry.action,
    detail: text(entry.detail),
    ...(fingerprint ? { fingerprint } : {}),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  return [...entries, { ...base, hash: logEntryHash(base) }];
}

/** The anchor to store beside a log. */
export function logAnchor(entries: readonly LogEntry[]): LogAnchor {
  return {
    type: LOG_ANCHOR_TYPE,
    version: LOG_VERSION,
    count: entries.length,
    lastHash: entries[entries.length - 1]?.hash ?? GENESIS_HASH,
    entries: [...entries],
  };
}

const fieldText = (e: LogEntry, f: Field): string =>
  f === "no"
    ? String(e.no)
    : f === "nama" || f === "jabatan" || f === "nip"
      ? e.who[f]
      : f === "action"
        ? (S.sopLog.actions[e.action] ?? e.action)
        : (e[f] ?? "");

/** Which cells of an entry whose hash fails were edited, as far as can be told. */
function editedFields(
  e: LogEntry,
  prev: LogEntry | undefined,
  next: LogEntry | undefined,
  copy: readonly LogEntry[] | undefined,
): { fields: Field[]; recorded?: LogEntry } {
  const recorded = copy?.find((c) => c.hash === e.hash) ?? copy?.find((c) => c.no === e.no);
  if (recorded) {
    const fields = FIELDS.filter((f) => fieldText(e, f) !== fieldText(recorded, f));
    if (fields.length > 0) return { fields, recorded };
  }
  if (next && next.prevHash === logEntryHash(e)) return { fields: ["hash"] };
  if (logEntryHash({ ...e, prevHash: prev?.hash ?? GENESIS_HASH }) === e.hash)
    return { fields: ["prevHash"] };
  if (logEntryHash({ ...e, no: (prev?.no ?? 0) + 1 }) === e.hash) return { fields: ["no"] };
  // The content changed; the Hash cell too, unless the next row still points at it.
  const contentFields = FIELDS.slice(0, 8);
  return { fields: next?.prevHash === e.hash ? contentFields : [...contentFields, "prevHash", "hash"] };
}

/** "C7" or "C7, E7"; a run of more than three cells as a range, "A7:H7". */
function cellList(fields: readonly Field[], row: number): { text: string; first: string } {
  const cells = fields.map((f) => `${LOG_COLUMNS[f]}${row}`);
  const first = cells[0] ?? `A${row}`;
  const at = fields.map((f) => FIELDS.indexOf(f));
  const contiguous = at.every((x, k) => k === 0 || x === (at[k - 1] ?? 0) + 1);
  const text =
    cells.length > 3 && contiguous ? `${first}:${cells[cells.length - 1] ?? first}` : cells.join(", ");
  return { text, first };
}

/**
 * Every sign that the log was changed outside the product: an edited row (naming the cell), a
 * deleted row (a gap in the numbering), a moved row, a row inserted or rewritten (a broken
 * link), and — with the anchor — a truncated or rewritten tail. Empty for an intact log.
 * `rows` gives each entry's 1-based sheet row (default: consecutive from `LOG_FIRST_ROW`).
 * @example verifyLog(log.filter((e) => e.no !== 3)) // → [{ code: "log.rows-missing", … }]
 */
export function verifyLog(
  entries: readonly LogEntry[],
  anchor?: LogAnchor | null,
  rows: readonly number[] = entries.map((_, i) => LOG_FIRST_ROW + i),
  sheet: string = S.sopLog.sheetName,
): Issue[] {
  const issues: Issue[] = [];
  const rowOf = (i: number) => rows[i] ?? LOG_FIRST_ROW + i;
  const check: LogCheck = {
    entries,
    rowOf,
    push: (code, i, message, extra = {}) =>
      issues.push({ severity: "error", code, message, sheet, row: rowOf(i), cell: `A${rowOf(i)}`, ...extra }),
  };
  const edited = checkEditedRows(check, anchor);
  const firstIndexOfNo = checkNumbering(check);
  checkGapsAndLinks(check, firstIndexOfNo, edited);
  if (anchor) issues.push(...anchorIssues(entries, anchor, rowOf, sheet, issues.length === 0));
  return issues;
}

/** What the checks of one log share: its entries, each entry's sheet row, and where issues go. */
interface LogCheck {
  entries: readonly LogEntry[];
  rowOf: (i: number) => number;
  push: (code: string, i: number, message: string, extra?: Partial<Issue>) => void;
}

/** An issue per entry whose hash fails, naming the cells edited; returns the indexes of those entries. */
function checkEditedRows(
  { entries, rowOf, push }: LogCheck,
  anchor: LogAnchor | null | undefined,
): Set<number> {
  const T = S.sopLog.errors;
  const edited = new Set<number>();
  entries.forEach((e, i) => {
    if (logEntryHash(e) === e.hash) return;
    edited.add(i);
    const { fields, recorded } = editedFields(e, entries[i - 1], entries[i + 1], anchor?.entries);
    const cells = cellList(fields, rowOf(i));
    const one = fields.length === 1 ? fields[0] : undefined;
    push("log.row-edited", i, T.rowEdited(rowOf(i), cells.text), {
      cell: cells.first,
      found: one ? fieldText(e, one) : undefined,
      expected: one && recorded ? fieldText(recorded, one) : T.rowEditedExpected,
    });
  });
  return edited;
}

/** Order and duplicates, in sheet order; returns the index of each number's first entry. */
function checkNumbering({ entries, rowOf, push }: LogCheck): Map<number, number> {
  const T = S.sopLog.errors;
  const firstIndexOfNo = new Map<number, number>();
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    if (firstIndexOfNo.has(e.no)) {
      push("log.duplicate-no", i, T.duplicateNo(rowOf(i), e.no), {
        found: String(e.no),
        expected: T.duplicateNoExpected,
      });
      return;
    }
    firstIndexOfNo.set(e.no, i);
    if (prev && e.no < prev.no) {
      push("log.row-order", i, T.rowOrder(rowOf(i), e.no, prev.no), {
        found: String(e.no),
        expected: T.rowOrderExpected,
      });
    }
  });
  return firstIndexOfNo;
}

/** Gaps and links, in numbering order, so that a moved row is not also reported as missing. */
function checkGapsAndLinks(
  { entries, rowOf, push }: LogCheck,
  firstIndexOfNo: ReadonlyMap<number, number>,
  edited: ReadonlySet<number>,
): void {
  const T = S.sopLog.errors;
  const byNo = [...firstIndexOfNo.entries()].sort(([a], [b]) => a - b);
  let prevNo = 0;
  let prevIndex: number | undefined;
  for (const [no, i] of byNo) {
    const e = entries[i];
    if (!e) continue;
    if (no > prevNo + 1) {
      push("log.rows-missing", i, T.rowsMissing(prevNo + 1, no - 1), {
        found: String(no),
        expected: T.rowsMissingExpected,
      });
    } else if (!edited.has(i)) {
      const p = prevIndex === undefined ? undefined : entries[prevIndex];
      const linked = p
        ? e.prevHash === p.hash || e.prevHash === logEntryHash(p)
        : e.prevHash === GENESIS_HASH;
      if (!linked) {
        push("log.chain-broken", i, T.chainBroken(rowOf(i)), {
          cell: `${LOG_COLUMNS.prevHash}${rowOf(i)}`,
          found: e.prevHash,
          expected: p?.hash ?? GENESIS_HASH,
        });
      }
    }
    prevNo = no;
    prevIndex = i;
  }
}

/** With the anchor: a truncated tail, a log rewritten with a consistent chain, or entries not yet anchored. */
function anchorIssues(
  entries: readonly LogEntry[],
  anchor: LogAnchor,
  rowOf: (i: number) => number,
  sheet: string,
  chainIntact: boolean,
): Issue[] {
  const T = S.sopLog.errors;
  const issue = (
    severity: Issue["severity"],
    code: string,
    message: string,
    row: number,
    extra: Partial<Issue> = {},
  ): Issue => ({ severity, code, message, sheet, row, cell: `A${row}`, ...extra });
  const maxNo = entries.reduce((m, e) => Math.max(m, e.no), 0);
  if (maxNo < anchor.count) {
    const after = rowOf(entries.length - 1) + 1;
    return [
      issue("error", "log.truncated", T.truncated(anchor.count, maxNo), after, {
        found: String(maxNo),
        expected: T.truncatedExpected(anchor.count),
      }),
    ];
  }
  // A rewritten log with a consistent chain: only the anchor can tell.
  if (!chainIntact) return [];
  const hashOf = new Map(entries.map((e) => [e.no, e.hash]));
  const recorded = anchor.entries.length === anchor.count ? anchor.entries : [];
  const differs = recorded.find((c) => hashOf.get(c.no) !== c.hash);
  const lastDiffers = hashOf.get(anchor.count) !== (anchor.count === 0 ? undefined : anchor.lastHash);
  if (differs || lastDiffers) {
    const no = differs?.no ?? anchor.count;
    const row = rowOf(entries.findIndex((e) => e.no === no));
    return [
      issue("error", "log.anchor-mismatch", T.anchorMismatch(no), row, {
        cell: `${LOG_COLUMNS.hash}${row}`,
        found: hashOf.get(no),
        expected: differs?.hash ?? anchor.lastHash,
      }),
    ];
  }
  if (maxNo > anchor.count) {
    const row = rowOf(entries.findIndex((e) => e.no === anchor.count + 1));
    return [issue("warning", "log.unanchored", T.unanchored(maxNo - anchor.count), row)];
  }
  return [];
}

/**
 * Two copies of one log that were appended to concurrently (co-authoring, or a file copied and
 * worked on), made one. The rule:
 * - the common prefix (same hashes) stays as it is;
 * - if one copy's new entries all appear in the other (same time, person, action, detail and
 *   fingerprint; a repeated entry counts as often as it occurs), the other copy is the result, unchanged — so merging again changes nothing
 *   (the same entries in two orders: the copy with the smaller last hash);
 * - otherwise the new entries of both are re-chained (an entry in both copies once; one
 *   repeated, as often as the copy that repeats it most) after the prefix in time order
 *   (ties by content), followed by a "merge" entry naming how many came from each copy and
 *   their former last hashes. Re-chaining changes those entries' hashes; the merge entry is the
 *   record of why.
 * The result does not depend on the argument order. `by` names who merged (default: the
 * product itself, at the time of the latest merged entry).
 * @example mergeLogs(appendLog(base, x), appendLog(base, y)) // base, x and y by time, then "merge"
 */
export function mergeLogs(
  a: readonly LogEntry[],
  b: readonly LogEntry[],
  by?: { who: LogActor; at: string },
): LogEntry[] {
  let k = 0;
  while (k < a.length && k < b.length && a[k]?.hash === b[k]?.hash) k++;
  const tailA = a.slice(k);
  const tailB = b.slice(k);
  const countA = countByContent(tailA);
  const countB = countByContent(tailB);
  const bInA = within(countB, countA);
  const aInB = within(countA, countB);
  // The same entries in another order: either copy will do; take one by a rule, not by argument order.
  if (bInA && aInB) return [...((a[a.length - 1]?.hash ?? "") <= (b[b.length - 1]?.hash ?? "") ? a : b)];
  if (bInA) return [...a];
  if (aInB) return [...b];

  const union = unionInOrder(tailA, tailB, LOG_ACTIONS);
  let merged = a.slice(0, k);
  for (const entry of union) merged = appendLog(merged, entryContent(entry));
  const latest = union[union.length - 1]?.at ?? "";
  // Sorted by tip, so that the note reads the same whichever copy came first.
  const sides = [
    { count: tailA.length, tip: a[a.length - 1]?.hash ?? GENESIS_HASH },
    { count: tailB.length, tip: b[b.length - 1]?.hash ?? GENESIS_HASH },
  ].sort((x, y) => (x.tip < y.tip ? -1 : x.tip > y.tip ? 1 : 0));
  const [s1, s2] = sides as [(typeof sides)[number], (typeof sides)[number]];
  return appendLog(merged, {
    at: by?.at ?? latest,
    who: by?.who ?? { ...S.sopLog.systemActor, nip: "" },
    action: "merge",
    detail: S.sopLog.merged(s1.count, s2.count, k, s1.tip.slice(0, 12), s2.tip.slice(0, 12)),
  });
}
