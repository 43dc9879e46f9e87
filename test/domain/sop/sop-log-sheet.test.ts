import fc from "fast-check";
import type { CellValue, SheetSnapshot } from "../../../src/sheet/plan";
import { logAnchor } from "../../../src/domain/sop/sop-log";
import {
  LOG_ANCHOR_SHEET,
  logAnchorSheetPlan,
  logSheetPlan,
  readLog,
  readLogAnchorSheet,
  readLogSheet,
} from "../../../src/domain/sop/sop-log-sheet";
import { snapshotOfPlan } from "../../support/plan-snapshot";
import { arbLog, sampleLog, sekda } from "../../support/log-fixture";

const HEADER = [
  "No",
  "Waktu",
  "Nama",
  "Jabatan",
  "NIP",
  "Tindakan",
  "Keterangan",
  "Sidik Jari",
  "Hash Sebelumnya",
  "Hash",
];
const FIRST = 4; // 0-based row of the first entry

/** The snapshot with one cell replaced (0-based row and column). */
function withCell(s: SheetSnapshot, row: number, col: number, value: CellValue): SheetSnapshot {
  return {
    ...s,
    values: s.values.map((r, i) => (i === row ? r.map((c, j) => (j === col ? value : c)) : r)),
  };
}

describe("the Log sheet", () => {
  it("reads back exactly the entries it was written from, with no issue", () => {
    fc.assert(
      fc.property(arbLog(), (log) => {
        const read = readLogSheet(snapshotOfPlan(logSheetPlan(log)), logAnchor(log));
        expect(read.issues).toEqual([]);
        expect(read.entries).toEqual(log);
      }),
    );
  });

  it("is visible, protected, A4 landscape, with the ten columns and every text cell as text", () => {
    const plan = logSheetPlan(sampleLog(2));
    expect(plan).toMatchObject({
      name: "Log",
      visibility: "visible",
      protection: {},
      print: { orientation: "landscape", paperSize: "A4", fitToWidth: true, printTitleRows: "4:4" },
      freeze: { rows: 4, columns: 0 },
    });
    expect(plan.rows[3]!.map((c) => c?.value)).toEqual(HEADER);
    const nipCell = plan.rows[FIRST]![4]!;
    expect(nipCell.value).toBe(sekda.nip);
    expect(plan.styles[nipCell.style!]?.numberFormat).toBe("@");
    expect(plan.rows[FIRST]![5]!.value).toBe("Langkah selesai");
  });

  it("detects any single cell of an entry changed by hand, on that row", () => {
    fc.assert(
      fc.property(arbLog(1, 5), fc.nat(), fc.nat({ max: 9 }), fc.string(), (log, pick, col, typed) => {
        const snapshot = snapshotOfPlan(logSheetPlan(log));
        const row = FIRST + (pick % log.length);
        const old = snapshot.values[row]![col] ?? null;
        const value = typed === String(old) ? `${typed}x` : typed;
        const read = readLogSheet(withCell(snapshot, row, col, value));
        expect(read.issues.length).toBeGreaterThan(0);
        expect(read.issues.map((i) => i.row)).toContain(row + 1);
      }),
    );
  });

  it("detects a row deleted as Excel deletes it, and an emptied row", () => {
    const log = sampleLog(4);
    const snapshot = snapshotOfPlan(logSheetPlan(log));
    const deleted = { ...snapshot, values: snapshot.values.filter((_, i) => i !== FIRST + 1) };
    expect(readLogSheet(deleted).issues.map((i) => i.code)).toEqual(["log.rows-missing"]);
    const lastGone = { ...snapshot, values: snapshot.values.slice(0, -1) };
    expect(readLogSheet(lastGone).issues).toEqual([]);
    expect(readLogSheet(lastGone, logAnchor(log)).issues.map((i) => i.code)).toEqual(["log.truncated"]);
    const emptied = {
      ...snapshot,
      values: snapshot.values.map((r, i) => (i === FIRST + 1 ? r.map(() => null) : r)),
    };
    expect(readLogSheet(emptied).issues).toEqual([
      expect.objectContaining({ code: "log.row-cleared", row: FIRST + 2 }),
      expect.objectContaining({ code: "log.rows-missing" }),
    ]);
  });

  it("says a NIP typed as a number must be text, and names the edited cell against the anchor", () => {
    const log = sampleLog(3);
    const snapshot = withCell(snapshotOfPlan(logSheetPlan(log)), FIRST + 1, 4, 196504221988031000);
    const read = readLogSheet(snapshot, logAnchor(log));
    expect(read.issues).toEqual([
      expect.objectContaining({ code: "log.nip-number", cell: "E6", severity: "error" }),
      expect.objectContaining({
        code: "log.row-edited",
        cell: "E6",
        found: "196504221988031000",
        expected: sekda.nip,
      }),
    ]);
    expect(read.entries).toHaveLength(3);
  });

  it("accepts the numbering as digits typed as text, and refuses what is not a log", () => {
    const log = sampleLog(2);
    const snapshot = snapshotOfPlan(logSheetPlan(log));
    expect(readLogSheet(withCell(snapshot, FIRST, 0, "1")).issues).toEqual([]);
    expect(readLogSheet({ ...snapshot, values: [["Log"], ["lain"]] })).toEqual({
      entries: [],
      issues: [expect.objectContaining({ code: "log.unreadable", cell: "A2" })],
    });
    expect(readLogSheet(withCell(snapshot, 1, 1, 9)).issues).toEqual([
      expect.objectContaining({ code: "log.unreadable", cell: "B2", found: "9" }),
    ]);
  });

  it("finds the header even when a row was inserted above it", () => {
    const log = sampleLog(3);
    const s = snapshotOfPlan(logSheetPlan(log));
    const shifted = { ...s, values: [...s.values.slice(0, 3), ["catatan"], ...s.values.slice(3)] };
    const read = readLogSheet(shifted);
    expect(read.entries).toEqual(log);
    expect(read.issues).toEqual([]);
  });
});

describe("the log anchor", () => {
  it("round-trips through its very hidden sheet, and reads a workbook's log with it", () => {
    const log = sampleLog(5);
    const plan = logAnchorSheetPlan(log);
    expect(plan).toMatchObject({ name: LOG_ANCHOR_SHEET, visibility: "veryHidden" });
    const anchorSheet = snapshotOfPlan(plan);
    expect(readLogAnchorSheet(anchorSheet)).toEqual({ anchor: logAnchor(log), issues: [] });
    const workbook = { sheets: [snapshotOfPlan(logSheetPlan(log)), anchorSheet] };
    expect(readLog(workbook)).toEqual({ entries: log, anchor: logAnchor(log), issues: [] });
    const short = { sheets: [snapshotOfPlan(logSheetPlan(log.slice(0, 3))), anchorSheet] };
    expect(readLog(short).issues.map((i) => i.code)).toEqual(["log.truncated"]);
  });

  it("never throws on a broken anchor, and a workbook without a Log has an empty log", () => {
    const broken = {
      name: LOG_ANCHOR_SHEET,
      visibility: "veryHidden" as const,
      values: [["kertas-kerja-sakip/log-state", 1], [], ["{bad"]],
    };
    expect(readLogAnchorSheet(broken)).toMatchObject({
      anchor: null,
      issues: [{ code: "log.anchor-unreadable", severity: "warning" }],
    });
    expect(readLog({ sheets: [] })).toEqual({ entries: [], anchor: null, issues: [] });
    const logGone = readLog({ sheets: [snapshotOfPlan(logAnchorSheetPlan(sampleLog(2)))] });
    expect(logGone.issues).toEqual([expect.objectContaining({ code: "log.truncated", found: "0" })]);
    const noAnchor = readLog({ sheets: [snapshotOfPlan(logSheetPlan(sampleLog(2)))] });
    expect(noAnchor.issues.map((i) => i.code)).toEqual(["log.anchor-missing"]);
  });
});
