/**
 * The SOP over the draft Laporan (issue 11, point 5): step 5 is done only with a Laporan, the paraf
 * and the signature cover Data, Analisis and Laporan, and an older master's records still read.
 */
import { loadSopRound } from "../../src/app/sop";
import { parafStateSheetPlan } from "../../src/domain/sop/paraf-sheet";
import type { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { S } from "../../src/strings";
import { at } from "../support/sop-fixture";
import { OLD_FINGERPRINT, OLD_PARAF_STATE } from "../support/sop-old-master";
import {
  act,
  dataPlan,
  laporanPlan,
  okRound,
  removeSheet,
  snapshotAll,
  throughStep4,
  throughStep5,
} from "../support/sop-workbook";

const ok = okRound;

describe("step 5's output: the draft Laporan", () => {
  it("refuses step 5 done while the master has no Laporan, writing nothing; accepts it with one", async () => {
    const book = await throughStep4();
    const before = await snapshotAll(book);
    const refused = await act(book, "done", 5, "2026-04-29 10:00");
    expect(refused).toMatchObject({ ok: false, issue: { code: "sop.laporan.missing", sheet: "Laporan" } });
    if (!refused.ok) {
      expect(refused.issue.message).toContain(
        "Laporan belum disusun: jalankan `kertas-kerja laporan INDUK.xlsx` atau Susun laporan di add-in",
      );
    }
    expect(await snapshotAll(book)).toEqual(before);

    await book.writeSheets([laporanPlan()]);
    const done = ok(await act(book, "done", 5, "2026-04-29 10:00"));
    expect(done.laporan).toBe(true);
    expect(done.steps[4]?.actualFinish).toBe("2026-04-29T10:00:00+08:00");
  });

  it("refuses the paraf and the signature while there is no Laporan", async () => {
    const book = await throughStep5();
    removeSheet(book, "Laporan");
    const paraf = await act(book, "paraf", 6, "2026-04-29 13:00");
    expect(paraf.ok ? "ok" : paraf.issue.code).toBe("sop.laporan.missing");
    await book.writeSheets([laporanPlan()]);
    ok(await act(book, "paraf", 6, "2026-04-29 13:00"));
    removeSheet(book, "Laporan");
    const sign = await act(book, "sign", 7, "2026-04-30 09:00");
    expect(sign.ok ? "ok" : sign.issue.code).toBe("sop.laporan.missing");
  });

  it("a Laporan rebuilt after the paraf voids it: sign refused until a new paraf", async () => {
    const book = await throughStep5();
    ok(await act(book, "paraf", 6, "2026-04-29 13:00"));
    // Rebuilt with the same content: the same draft, the paraf holds.
    await book.writeSheets([laporanPlan()]);
    expect((await loadSopRound(book, at("2026-04-29 14:00"))).parafValidity.valid).toBe(true);
    // Rebuilt after Data changed: another figure in a sentence.
    await book.writeSheets([laporanPlan(95)]);
    const stale = await loadSopRound(book, at("2026-04-29 14:00"));
    expect(stale.parafValidity.stale.map((c) => c.step)).toEqual([6]);
    const refused = await act(book, "sign", 7, "2026-04-30 09:00");
    expect(refused.ok ? "ok" : refused.issue.code).toBe("paraf.stale");
    if (!refused.ok) expect(refused.issue.message).toContain("Laporan");
    ok(await act(book, "paraf", 6, "2026-04-30 08:00"));
    const signed = ok(await act(book, "sign", 7, "2026-04-30 09:00"));
    expect(signed.parafValidity.valid).toBe(true);
    expect(signed.log.entries.filter((e) => e.action === "invalidation")).toHaveLength(1);
    const sop = await book.readSheet("SOP");
    const row6 = sop?.values.find((r) => r[0] === 6) ?? [];
    expect(String(row6[row6.length - 1])).toContain(S.sop.app.parafCell.valid);
  });
});

describe("an older master, paraf and signature recorded before the Laporan was covered", () => {
  /** Steps 1–5 done, no Laporan, and the `_paraf_state` of the older product. */
  async function olderMaster(): Promise<XlsxWorkbook> {
    const book = await throughStep5();
    removeSheet(book, "Laporan");
    await book.writeSheets([parafStateSheetPlan(OLD_PARAF_STATE)]);
    return book;
  }

  it("reads the records and keeps them valid while Data and Analisis are as they were", async () => {
    const round = await loadSopRound(await olderMaster(), at("2026-05-04 09:00"));
    expect(round.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(round.paraf).toEqual(OLD_PARAF_STATE);
    expect(round.fingerprint).toBe(OLD_FINGERPRINT);
    expect(round.parafValidity).toMatchObject({ valid: true, stale: [] });
    expect(round.parafValidity.checks.map((c) => c.step)).toEqual([6, 7]);
  });

  it("says both no longer hold once a Laporan is built, and takes a new paraf and signature on it", async () => {
    const book = await olderMaster();
    await book.writeSheets([laporanPlan()]);
    const round = await loadSopRound(book, at("2026-05-04 09:00"));
    expect(round.parafValidity.stale.map((c) => [c.step, c.recorded])).toEqual([
      [6, OLD_FINGERPRINT],
      [7, OLD_FINGERPRINT],
    ]);
    ok(await act(book, "paraf", 6, "2026-05-04 10:00"));
    const signed = ok(await act(book, "sign", 7, "2026-05-04 13:00"));
    expect(signed.parafValidity.valid).toBe(true);
    // The invalidation is logged with the first write after the Laporan was built; the old
    // signature, still not renewed after the new paraf, is logged as void again before it is.
    expect(signed.log.entries.map((e) => e.action).slice(-8)).toEqual([
      "invalidation",
      "step-start",
      "step-done",
      "paraf",
      "invalidation",
      "step-start",
      "step-done",
      "signature",
    ]);
    expect(signed.log.issues).toEqual([]);
  });
});

describe("paraf bound to Data, Analisis and Laporan", () => {
  it("goes stale when Data changes: sign refused, invalidation logged once, new paraf, sign ok", async () => {
    const book = await throughStep5();
    ok(await act(book, "paraf", 6, "2026-04-29 13:00"));
    // Another sheet changes: the paraf stays valid.
    await book.writeSheets([dataPlan([["catatan"]], "Catatan")]);
    expect((await loadSopRound(book, at("2026-04-29 14:00"))).parafValidity.valid).toBe(true);

    await book.writeSheets([
      dataPlan([
        ["Indikator", "Realisasi"],
        ["Persentase", 95],
      ]),
    ]);
    const stale = await loadSopRound(book, at("2026-04-29 14:00"));
    expect(stale.parafValidity.valid).toBe(false);
    expect(stale.parafValidity.logEntry?.action).toBe("invalidation");

    const before = await snapshotAll(book);
    const refused = await act(book, "sign", 7, "2026-04-30 09:00");
    expect(refused.ok ? "ok" : refused.issue.code).toBe("paraf.stale");
    expect(await snapshotAll(book)).toEqual(before);

    const renewed = ok(await act(book, "paraf", 6, "2026-04-30 08:00"));
    expect(renewed.parafValidity.valid).toBe(true);
    const signed = ok(await act(book, "sign", 7, "2026-04-30 09:00"));
    const actions = signed.log.entries.map((e) => e.action);
    expect(actions.filter((a) => a === "invalidation")).toHaveLength(1);
    expect(actions.slice(-5)).toEqual(["invalidation", "paraf", "step-start", "step-done", "signature"]);
    expect(signed.log.issues).toEqual([]);
  });

  it("refuses the signature before any paraf", async () => {
    const book = await throughStep5();
    const r = await act(book, "sign", 7, "2026-04-30 09:00");
    expect(r.ok ? "ok" : r.issue.code).toBe("paraf.missing");
  });
});
