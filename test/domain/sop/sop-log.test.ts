import fc from "fast-check";
import {
  GENESIS_HASH,
  appendLog,
  logAnchor,
  logEntryHash,
  mergeLogs,
  verifyLog,
  type LogEntry,
} from "../../../src/domain/sop/sop-log";
import { arbLog, arbNewEntry, chain, hex64, sampleLog, sekda, witaInstant } from "../../support/log-fixture";

type Edit = (e: LogEntry) => LogEntry;
/** One changed field per edit; each returns a different entry whatever it is given. */
const edits: Record<string, Edit> = {
  no: (e) => ({ ...e, no: e.no + 7 }),
  at: (e) => ({ ...e, at: e.at.replace("+08:00", "+07:00") }),
  nama: (e) => ({ ...e, who: { ...e.who, nama: `${e.who.nama}x` } }),
  jabatan: (e) => ({ ...e, who: { ...e.who, jabatan: `${e.who.jabatan}x` } }),
  nip: (e) => ({
    ...e,
    who: { ...e.who, nip: `${e.who.nip.slice(0, 17)}${(Number(e.who.nip[17]) + 1) % 10}` },
  }),
  action: (e) => ({ ...e, action: e.action === "paraf" ? "signature" : "paraf" }),
  detail: (e) => ({ ...e, detail: `${e.detail}.` }),
  fingerprint: (e) => ({ ...e, fingerprint: e.fingerprint ? undefined : "cd".repeat(32) }),
  prevHash: (e) => ({ ...e, prevHash: "ef".repeat(32) }),
  hash: (e) => ({ ...e, hash: e.hash === "ef".repeat(32) ? "fe".repeat(32) : "ef".repeat(32) }),
};

describe("the log chain", () => {
  it("chains each entry to the one before, from 64 zeros, numbering from 1", () => {
    const log = sampleLog(3);
    expect(log.map((e) => e.no)).toEqual([1, 2, 3]);
    expect(log[0]!.prevHash).toBe(GENESIS_HASH);
    expect(log[1]!.prevHash).toBe(log[0]!.hash);
    expect(log.every((e) => e.hash === logEntryHash(e))).toBe(true);
  });

  it("hashes only the known fields, trimmed, with one kind of line end", () => {
    const [a] = appendLog([], {
      at: " 2026-04-01T08:00:00+08:00 ",
      who: sekda,
      action: "setup",
      detail: "a\r\nb ",
    });
    expect(a).toMatchObject({ at: "2026-04-01T08:00:00+08:00", detail: "a\nb" });
    expect(a).not.toHaveProperty("fingerprint");
    expect(logEntryHash({ ...a!, extra: 1 } as LogEntry)).toBe(a!.hash);
  });

  it("verifies any log the product wrote", () => {
    fc.assert(fc.property(arbLog(), (log) => expect(verifyLog(log)).toEqual([])));
    fc.assert(fc.property(arbLog(), (log) => expect(verifyLog(log, logAnchor(log))).toEqual([])));
  });

  it("detects any single edited field of any row, naming that row", () => {
    fc.assert(
      fc.property(arbLog(1), fc.nat(), fc.constantFrom(...Object.keys(edits)), (log, pick, field) => {
        const i = pick % log.length;
        const edited = log.map((e, k) => (k === i ? edits[field]!(e) : e));
        const issues = verifyLog(edited);
        expect(issues.length).toBeGreaterThan(0);
        expect(issues.map((x) => x.row)).toContain(5 + i);
      }),
    );
  });

  it("detects any deleted row but the last, and the last too with the anchor", () => {
    fc.assert(
      fc.property(arbLog(1), fc.nat(), (log, pick) => {
        const i = pick % log.length;
        const cut = log.filter((_, k) => k !== i);
        if (i < log.length - 1) expect(verifyLog(cut).map((x) => x.code)).toContain("log.rows-missing");
        expect(verifyLog(cut, logAnchor(log)).length).toBeGreaterThan(0);
      }),
    );
  });

  it("detects any two rows swapped", () => {
    fc.assert(
      fc.property(arbLog(2), fc.nat(), fc.nat(), (log, p, q) => {
        const i = p % log.length;
        const j = (i + 1 + (q % (log.length - 1))) % log.length;
        const swapped = [...log];
        [swapped[i], swapped[j]] = [log[j]!, log[i]!];
        const codes = verifyLog(swapped).map((x) => x.code);
        expect(codes).toContain("log.row-order");
        expect(codes).not.toContain("log.rows-missing");
      }),
    );
  });

  it("names the cell: the Hash cell, the Hash Sebelumnya cell, or with the anchor the exact cell and its old text", () => {
    const log = sampleLog(5);
    const hashEdit = log.map((e, k) => (k === 1 ? { ...e, hash: "0".repeat(64) } : e));
    expect(verifyLog(hashEdit)).toEqual([
      expect.objectContaining({ code: "log.row-edited", row: 6, cell: "J6" }),
    ]);
    const prevEdit = log.map((e, k) => (k === 2 ? { ...e, prevHash: "1".repeat(64) } : e));
    expect(verifyLog(prevEdit)).toEqual([expect.objectContaining({ row: 7, cell: "I7" })]);
    const nipEdit = log.map((e, k) => (k === 3 ? { ...e, who: { ...e.who, nip: "196504221988031009" } } : e));
    expect(verifyLog(nipEdit)).toEqual([
      expect.objectContaining({ row: 8, cell: "A8", message: expect.stringContaining("A8:H8") }),
    ]);
    expect(verifyLog(nipEdit, logAnchor(log))).toEqual([
      expect.objectContaining({ row: 8, cell: "E8", found: "196504221988031009", expected: sekda.nip }),
    ]);
  });

  it("reports a gap as the numbers missing and a truncated tail against the anchor", () => {
    const log = sampleLog(6);
    const gap = log.filter((e) => e.no !== 3 && e.no !== 4);
    expect(verifyLog(gap)).toEqual([
      expect.objectContaining({
        code: "log.rows-missing",
        message: "Baris Log No 3–4 hilang (dihapus di luar add-in).",
      }),
    ]);
    expect(verifyLog(log.slice(0, 4), logAnchor(log))).toEqual([
      expect.objectContaining({ code: "log.truncated", row: 9, found: "4", expected: "6 baris" }),
    ]);
  });

  it("catches a log rewritten with a consistent chain only through the anchor", () => {
    const log = sampleLog(4);
    const forged = chain(log.map((e) => (e.no === 2 ? { ...e, detail: "Tidak pernah terjadi." } : e)));
    expect(verifyLog(forged)).toEqual([]);
    expect(verifyLog(forged, logAnchor(log))).toEqual([
      expect.objectContaining({ code: "log.anchor-mismatch", row: 6, cell: "J6" }),
    ]);
  });

  it("warns of rows appended without the anchor, and rejects a row inserted in the middle", () => {
    const log = sampleLog(3);
    const more = appendLog(log, {
      at: witaInstant(Date.UTC(2026, 4, 1)),
      who: sekda,
      action: "paraf",
      detail: "x",
    });
    expect(verifyLog(more, logAnchor(log))).toEqual([
      expect.objectContaining({ code: "log.unanchored", severity: "warning", row: 8 }),
    ]);
    const inserted = [
      ...log.slice(0, 1),
      ...chain([{ ...log[1]!, detail: "sisipan" }], log.slice(0, 1)),
      ...log.slice(1),
    ];
    expect(verifyLog(inserted).map((x) => x.code)).toEqual(expect.arrayContaining(["log.duplicate-no"]));
  });
});

describe("merging two copies appended concurrently", () => {
  const base = sampleLog(3);
  const later = (min: number, detail: string) => ({
    at: witaInstant(Date.UTC(2026, 3, 2, 0, min)),
    who: sekda,
    action: "step-start" as const,
    detail,
  });
  const a = chain([later(0, "A1"), later(20, "A2")], base);
  const b = chain([later(10, "B1")], base);

  it("keeps both, re-chained by time after the common part, and says so in a merge entry", () => {
    const merged = mergeLogs(a, b);
    expect(verifyLog(merged)).toEqual([]);
    expect(merged.slice(0, 3)).toEqual(base);
    expect(merged.slice(3).map((e) => e.detail.slice(0, 2))).toEqual(["A1", "B1", "A2", "Du"]);
    expect(merged[6]).toMatchObject({
      action: "merge",
      at: later(20, "").at,
      who: { nama: "Add-in Kertas Kerja SAKIP" },
    });
    expect(merged[6]!.detail).toContain("setelah No 3");
    const by = { who: sekda, at: witaInstant(Date.UTC(2026, 3, 3)) };
    expect(mergeLogs(a, b, by)[6]).toMatchObject({ who: sekda, at: by.at });
  });

  it("at the same moment, a step's start comes before its finish, in either argument order", () => {
    const at = witaInstant(Date.UTC(2026, 3, 2, 1, 0));
    const start = { at, who: sekda, action: "step-start" as const, detail: "Zz mulai langkah 4 (tersirat)." };
    const done = { at, who: sekda, action: "step-done" as const, detail: "Aa langkah 4 selesai." };
    const other = chain([later(5, "A1")], base);
    const both = chain([start, done], base);
    for (const merged of [mergeLogs(other, both), mergeLogs(both, other)]) {
      expect(verifyLog(merged)).toEqual([]);
      expect(merged.slice(3, 6).map((e) => e.action)).toEqual(["step-start", "step-start", "step-done"]);
    }
  });

  it("is independent of argument order and idempotent", () => {
    const merged = mergeLogs(a, b);
    expect(mergeLogs(b, a)).toEqual(merged);
    expect(mergeLogs(merged, a)).toEqual(merged);
    expect(mergeLogs(b, merged)).toEqual(merged);
    expect(mergeLogs(base, a)).toEqual(a);
    expect(mergeLogs(a, a)).toEqual(a);
  });

  it("holds for any two continuations of any log, sharing entries or not", () => {
    fc.assert(
      fc.property(
        arbLog(0, 4),
        fc.array(arbNewEntry, { maxLength: 4 }),
        fc.array(arbNewEntry, { maxLength: 4 }),
        fc.array(arbNewEntry, { maxLength: 2 }),
        (root, xs, ys, shared) => {
          const left = chain([...shared, ...xs], root);
          const right = chain([...ys, ...shared], root);
          const merged = mergeLogs(left, right);
          expect(verifyLog(merged)).toEqual([]);
          expect(mergeLogs(right, left)).toEqual(merged);
          expect(mergeLogs(merged, right)).toEqual(merged);
          const key = (e: LogEntry) =>
            JSON.stringify([e.at, e.who, e.action, e.detail, e.fingerprint ?? null]);
          const have = new Set(merged.map(key));
          for (const e of [...left, ...right]) expect(have.has(key(e))).toBe(true);
        },
      ),
    );
  });

  it("keeps a fingerprint through a merge", () => {
    fc.assert(
      fc.property(hex64, (fp) => {
        const x = chain([{ ...later(1, "x"), fingerprint: fp }], base);
        const merged = mergeLogs(x, b);
        expect(merged.find((e) => e.detail === "x")?.fingerprint).toBe(fp);
      }),
      { numRuns: 5 },
    );
  });
});
