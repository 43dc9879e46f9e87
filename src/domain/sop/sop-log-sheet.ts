/**
 * The visible, protected "Log" sheet and the very hidden anchor beside it. Reading re-derives
 * every entry from the visible cells, so a hand edit anywhere shows up in `verifyLog`.
 */
import type { CellPlan, CellValue, SheetPlan, SheetSnapshot, WorkbookSnapshot } from "../../sheet/plan";
import { a4Landscape } from "../../sheet/print";
import { CHARS_PER_UNIT, charsPerLine, wrappedLines } from "../shared/text-fit";
import { S } from "../../strings";
import {
  LOG_ANCHOR_TYPE,
  LOG_COLUMNS,
  LOG_FIRST_ROW,
  LOG_VERSION,
  isHash,
  isIsoInstant,
  logAnchor,
  verifyLog,
  type LogAction,
  type LogAnchor,
  type LogEntry,
} from "./sop-log";
import { HOUSE_STYLES } from "../shared/house-styles";
import { jsonSheetPlan, readJsonSheet } from "../shared/json-sheet";

import type { Issue } from "../shared/types";

const T = S.sopLog;
/** The very hidden sheet holding the product's copy of the log. */
export const LOG_ANCHOR_SHEET = "_kk_log";
const HEADER_ROW = LOG_FIRST_ROW - 1;

const cell = (value: string | number, style: string): CellPlan => ({ value, style });

/** Column widths A → J, in characters; Waktu fits an ISO instant on one line. */
const WIDTHS = [6, 25, 22, 24, 20, 16, 44, 17, 17, 17];
const HASH_COLUMNS = new Set([7, 8, 9]);

/**
 * A row height that shows every wrapped cell in full (LibreOffice does not grow a wrapped row
 * of an .xlsx by itself): 10-point text, the hashes in 7 points.
 */
function entryHeight(values: readonly string[]): number {
  let points = 12.75;
  values.forEach((v, c) => {
    const width = WIDTHS[c] ?? 10;
    const hash = HASH_COLUMNS.has(c);
    const lines = wrappedLines(v, charsPerLine(width, hash ? 1.45 : CHARS_PER_UNIT));
    points = Math.max(points, lines * (hash ? 9 : 12.75));
  });
  return Math.round(points + 3);
}

/**
 * The Log sheet: title, format marker, header, one row per entry. A4 landscape, header repeated
 * on each printed page, every cell text (so a NIP keeps its 18 digits) except No.
 */
export function logSheetPlan(entries: readonly LogEntry[]): SheetPlan {
  const rows: (CellPlan | null)[][] = [
    [cell(T.title, "title")],
    [cell(T.marker, "marker"), cell(LOG_VERSION, "marker"), cell(T.formatLine(LOG_VERSION), "note")],
    [],
    T.header.map((h) => cell(h, "header")),
    ...entries.map((e) => [
      cell(e.no, "no"),
      cell(e.at, "text"),
      cell(e.who.nama, "text"),
      cell(e.who.jabatan, "text"),
      cell(e.who.nip, "text"),
      cell(T.actions[e.action] ?? e.action, "text"),
      cell(e.detail, "text"),
      cell(e.fingerprint ?? "", "hash"),
      cell(e.prevHash, "hash"),
      cell(e.hash, "hash"),
    ]),
  ];
  const text = { numberFormat: "@", border: true, wrap: true, vAlign: "top" as const };
  const rowHeights: Record<number, number> = {};
  entries.forEach((e, i) => {
    rowHeights[HEADER_ROW + i] = entryHeight([
      String(e.no),
      e.at,
      e.who.nama,
      e.who.jabatan,
      e.who.nip,
      T.actions[e.action] ?? e.action,
      e.detail,
      e.fingerprint ?? "",
      e.prevHash,
      e.hash,
    ]);
  });
  return {
    name: T.sheetName,
    visibility: "visible",
    rows,
    styles: {
      ...HOUSE_STYLES,
      note: { fontColor: "#808080", fontSize: 8, italic: true },
      no: { numberFormat: "0", border: true, hAlign: "center", vAlign: "top" },
      text,
      // A hash breaks across lines in its narrow column: readable when printed, not the point.
      hash: { ...text, fontSize: 7, fontColor: "#595959" },
    },
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights,
    merges: [],
    validations: [],
    protection: {},
    print: a4Landscape({ printTitleRows: `${HEADER_ROW}:${HEADER_ROW}` }),
    freeze: { rows: HEADER_ROW, columns: 0 },
    tabColor: "#7F7F7F",
  };
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v));
const isEmpty = (v: CellValue | undefined): boolean => text(v).trim() === "";

/**
 * Reads the Log sheet back and verifies it; never throws. Each entry is re-derived from the
 * visible cells exactly as they stand (nothing trimmed), so any hand edit fails its hash.
 * Give the anchor (from `readLogAnchorSheet`) to also catch a truncated or rewritten tail.
 */
export function readLogSheet(
  snapshot: SheetSnapshot,
  anchor?: LogAnchor | null,
): { entries: LogEntry[]; issues: Issue[] } {
  const v = snapshot.values;
  const sheet = snapshot.name;
  const E = T.errors;
  const fail = (message: string, cellAddress: string, found: string, expected: string) => ({
    entries: [],
    issues: [
      {
        severity: "error" as const,
        code: "log.unreadable",
        message,
        sheet,
        cell: cellAddress,
        found,
        expected,
      },
    ],
  });
  if (text(v[1]?.[0]) !== T.marker) return fail(E.notALog, "A2", text(v[1]?.[0]), E.notALogExpected);
  if (v[1]?.[1] !== LOG_VERSION) {
    return fail(
      E.unknownVersion(text(v[1]?.[1])),
      "B2",
      text(v[1]?.[1]),
      E.unknownVersionExpected(LOG_VERSION),
    );
  }
  // Found by its text rather than fixed, so a row inserted above it by hand does not hide the log.
  const header = v.findIndex((r) => text(r[0]) === T.header[0] && text(r[1]) === T.header[1]);
  if (header < 0) return fail(E.noHeader, `A${HEADER_ROW}`, "", T.header.join(", "));

  const issues: Issue[] = [];
  const entries: LogEntry[] = [];
  const rows: number[] = [];
  const cleared: number[] = [];
  const actionOf = new Map<string, LogAction>(
    Object.entries(T.actions).map(([k, label]) => [label, k as LogAction]),
  );
  for (let r = header + 1; r < v.length; r++) {
    const cells = v[r] ?? [];
    const row = r + 1;
    if (cells.slice(0, 10).every(isEmpty)) {
      cleared.push(row);
      continue;
    }
    // An emptied row is only a problem when entries follow it.
    for (const c of cleared.splice(0)) {
      issues.push({
        severity: "error",
        code: "log.row-cleared",
        message: E.rowCleared(c),
        sheet,
        row: c,
        cell: `A${c}`,
      });
    }
    const at = (col: string) => `${col}${row}`;
    const bad = (col: string, what: string, found: CellValue | undefined, code = "log.cell-type") =>
      issues.push({
        severity: "error",
        code,
        message: E.cellType(at(col), what),
        sheet,
        row,
        cell: at(col),
        found: text(found),
        expected: what,
      });
    const [noCell, atCell, nama, jabatan, nip, actionCell, detail, fp, prevHash, hash] = cells;

    let no =
      typeof noCell === "number" ? noCell : /^[1-9]\d*$/.test(text(noCell)) ? Number(text(noCell)) : NaN;
    if (!Number.isInteger(no) || no < 1) {
      bad(LOG_COLUMNS.no, E.what.no, noCell);
      no = (entries[entries.length - 1]?.no ?? 0) + 1;
    }
    if (typeof atCell !== "string" || !isIsoInstant(atCell)) bad(LOG_COLUMNS.at, E.what.waktu, atCell);
    if (typeof nip === "number") {
      issues.push({
        severity: "error",
        code: "log.nip-number",
        message: E.nipNumber(at(LOG_COLUMNS.nip)),
        sheet,
        row,
        cell: at(LOG_COLUMNS.nip),
        found: text(nip),
        expected: E.nipNumberExpected,
      });
    }
    const action = actionOf.get(text(actionCell));
    if (!action) bad(LOG_COLUMNS.action, E.what.tindakan, actionCell);
    for (const [col, value, optional] of [
      [LOG_COLUMNS.fingerprint, fp, true],
      [LOG_COLUMNS.prevHash, prevHash, false],
      [LOG_COLUMNS.hash, hash, false],
    ] as const) {
      if (!(optional && isEmpty(value)) && !isHash(text(value))) bad(col, E.what.hash, value);
    }
    entries.push({
      no,
      at: text(atCell),
      who: { nama: text(nama), jabatan: text(jabatan), nip: text(nip) },
      action: action ?? (text(actionCell) as LogAction),
      detail: text(detail),
      ...(isEmpty(fp) ? {} : { fingerprint: text(fp) }),
      prevHash: text(prevHash),
      hash: text(hash),
    });
    rows.push(row);
  }
  return { entries, issues: [...issues, ...verifyLog(entries, anchor, rows, sheet)] };
}

/** The very hidden anchor sheet (see `jsonSheetPlan`). */
export function logAnchorSheetPlan(entries: readonly LogEntry[]): SheetPlan {
  return jsonSheetPlan({
    name: LOG_ANCHOR_SHEET,
    marker: T.anchor.marker,
    version: LOG_VERSION,
    note: T.anchor.note,
    json: JSON.stringify(logAnchor(entries)),
  });
}

const isEntryLike = (x: unknown): x is LogEntry =>
  typeof x === "object" &&
  x !== null &&
  typeof (x as LogEntry).no === "number" &&
  typeof (x as LogEntry).hash === "string" &&
  typeof (x as LogEntry).who === "object" &&
  (x as LogEntry).who !== null;

/** Reads the anchor back; never throws. `null` with a warning when it cannot be used. */
export function readLogAnchorSheet(snapshot: SheetSnapshot): { anchor: LogAnchor | null; issues: Issue[] } {
  const none = (found: string) => ({
    anchor: null,
    issues: [
      {
        severity: "warning" as const,
        code: "log.anchor-unreadable",
        message: T.errors.anchorUnreadable,
        sheet: snapshot.name,
        cell: "A1",
        found,
      },
    ],
  });
  const read = readJsonSheet(snapshot, T.anchor.marker);
  if (!read.ok) return none(read.problem === "marker" ? text(read.found) : "JSON");
  const parsed = read.value;
  const a = parsed as Partial<LogAnchor> | null;
  if (
    a?.type !== LOG_ANCHOR_TYPE ||
    a.version !== LOG_VERSION ||
    typeof a.count !== "number" ||
    typeof a.lastHash !== "string"
  ) {
    return none(`${String(a?.type)} ${String(a?.version)}`);
  }
  const entries = Array.isArray(a.entries) ? a.entries.filter(isEntryLike) : [];
  return {
    anchor: { type: LOG_ANCHOR_TYPE, version: LOG_VERSION, count: a.count, lastHash: a.lastHash, entries },
    issues: [],
  };
}

/**
 * The log of a workbook: the Log sheet verified against its anchor. A workbook without a Log
 * sheet has an empty log (an error if the anchor says it had entries); a Log without a readable
 * anchor is verified by its chain alone, with a warning.
 */
export function readLog(workbook: WorkbookSnapshot): {
  entries: LogEntry[];
  anchor: LogAnchor | null;
  issues: Issue[];
} {
  const logSheet = workbook.sheets.find((s) => s.name === T.sheetName);
  const anchorSheet = workbook.sheets.find((s) => s.name === LOG_ANCHOR_SHEET);
  if (!logSheet) {
    // The whole Log sheet deleted: only the anchor remembers it.
    const anchor = anchorSheet ? readLogAnchorSheet(anchorSheet).anchor : null;
    return { entries: [], anchor, issues: anchor && anchor.count > 0 ? verifyLog([], anchor) : [] };
  }
  const read = anchorSheet
    ? readLogAnchorSheet(anchorSheet)
    : {
        anchor: null,
        issues: [
          {
            severity: "warning" as const,
            code: "log.anchor-missing",
            message: T.errors.anchorUnreadable,
            sheet: LOG_ANCHOR_SHEET,
          },
        ],
      };
  const log = readLogSheet(logSheet, read.anchor);
  return { entries: log.entries, anchor: read.anchor, issues: [...log.issues, ...read.issues] };
}
