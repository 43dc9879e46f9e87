import type { WorkbookPort } from "../../src/app/ports";
import { actOnSop, loadSopRound, scheduleSop, type SopActInput, type SopRound } from "../../src/app/sop";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import { DEFAULT_CALENDAR } from "../../src/domain/setup/working-time";
import { KK_META_PREFIX } from "../../src/domain/kertas-kerja/kertas-kerja-meta";
import { jsonSheetPlan } from "../../src/domain/shared/json-sheet";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { S } from "../../src/strings";
import { at, NIP_OF_STEP, OFFICIALS, sopSetup } from "../support/sop-fixture";
import { DEFAULT_SOP } from "../../src/domain/sop/sop";
import {
  act,
  okRound,
  scheduledSopWorkbook,
  snapshotAll,
  sopWorkbook,
  throughStep5,
} from "../support/sop-workbook";

const ok = okRound;

const scheduled = scheduledSopWorkbook;

describe("loadSopRound", () => {
  it("reads a workbook with a setup and nothing scheduled", async () => {
    const book = await sopWorkbook();
    const round = await loadSopRound(book, at("2026-04-02 09:00"));
    expect(round.setup?.pejabat).toHaveLength(4);
    expect(round.sop).toBeNull();
    expect(round.steps).toEqual([]);
    expect(round.current).toBeNull();
    expect(round.laporan).toBe(false);
    // The eight steps of the form are there before scheduling, with who carries them out.
    expect(round.outline.map((s) => [s.no, s.role, s.official?.nip])).toEqual([
      [1, "kasubag-perencanaan", OFFICIALS.kasubag.nip],
      [2, "kabag-umum-keuangan", OFFICIALS.kabag.nip],
      [3, "kasubag-perencanaan", OFFICIALS.kasubag.nip],
      [4, "tim-sakip", OFFICIALS.tim.nip],
      [5, "tim-sakip", OFFICIALS.tim.nip],
      [6, "kabag-umum-keuangan", OFFICIALS.kabag.nip],
      [7, "sekretaris-daerah", OFFICIALS.sekda.nip],
      [8, "kasubag-perencanaan", OFFICIALS.kasubag.nip],
    ]);
    expect(round.outline.map((s) => s.aktivitas)).toEqual(DEFAULT_SOP.steps.map((d) => d.aktivitas));
    expect(round.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(round.disclaimer).toBe(S.sopLog.paraf.disclaimer);
    expect(round.kertasKerja).toEqual({
      generated: 0,
      submitted: [],
      missing: sopSetup().bagian.map((b) => b.nama),
      note: S.sop.app.submissionsNone,
    });
  });

  it("counts the generated kertas kerja by their metadata sheets", async () => {
    const meta = (kode: string) =>
      jsonSheetPlan({ name: `${KK_META_PREFIX}${kode}`, marker: "m", version: 1, note: "", json: "{}" });
    const book = await sopWorkbook([meta("PEM"), meta("ORG")]);
    expect((await loadSopRound(book, at("2026-04-02 09:00"))).kertasKerja.generated).toBe(2);
  });
});

describe("scheduling", () => {
  it("plans the round, writes the SOP, state, Log and anchor sheets, and logs it", async () => {
    const book = await scheduled();
    const names = (await book.listSheets()).map((s) => `${s.name}:${s.visibility}`);
    expect(names).toEqual(
      expect.arrayContaining(["SOP:visible", "_sop_state:veryHidden", "Log:visible", "_kk_log:veryHidden"]),
    );
    const round = await loadSopRound(book, at("2026-04-06 08:00"));
    expect(round.sop?.startDate).toBe("2026-04-06T07:30:00+08:00");
    expect(round.current?.no).toBe(1);
    expect(round.current?.official?.nip).toBe(OFFICIALS.kasubag.nip);
    expect(round.due).toBe("2026-04-06T08:00:00+08:00");
    expect(round.log.entries.map((e) => e.action)).toEqual(["setup"]);
    expect(round.log.issues).toEqual([]);
  });

  it("is refused for anyone but the Kasubag Perencanaan, writing nothing", async () => {
    const book = await sopWorkbook();
    const before = await snapshotAll(book);
    const r = await scheduleSop(book, {
      startDate: "2026-04-06",
      now: at("2026-04-02 09:00"),
      by: OFFICIALS.sekda.nip,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue.code).toBe("sop.schedule.role");
    expect(await snapshotAll(book)).toEqual(before);
  });

  it("keeps what was done when planned again", async () => {
    const book = await scheduled();
    ok(await act(book, "done", 1, "2026-04-06 08:20"));
    const round = ok(
      await scheduleSop(book, {
        startDate: "2026-04-08",
        now: at("2026-04-06 09:00"),
        by: OFFICIALS.kasubag.nip,
      }),
    );
    expect(round.sop?.startDate).toBe("2026-04-08T07:30:00+08:00");
    expect(round.steps[0]?.actualFinish).toBe("2026-04-06T08:20:00+08:00");
    expect(round.log.entries.map((e) => e.action)).toEqual(["setup", "step-start", "step-done", "setup"]);
  });
});

describe("a whole round", () => {
  it("runs schedule → steps 1–5 → paraf 6 → sign 7 → step 8, and the Log verifies", async () => {
    const book = await throughStep5();
    const paraf = ok(await act(book, "paraf", 6, "2026-04-29 13:00"));
    expect(paraf.steps[5]?.actualFinish).toBe("2026-04-29T13:00:00+08:00");
    expect(paraf.parafValidity.valid).toBe(true);
    const signed = ok(await act(book, "sign", 7, "2026-04-30 09:00"));
    expect(signed.steps[6]?.status.status).toBe("selesai");
    // Step 8 is done only with the archive handed over: refused without one, nothing written.
    const before = await snapshotAll(book);
    const bare = await act(book, "done", 8, "2026-04-30 14:00");
    expect(bare.ok ? null : bare.issue.code).toBe("sop.step8.no-archive");
    expect(await snapshotAll(book)).toEqual(before);
    const archive = { manifestSha256: "ab".repeat(32), detail: "Arsip Arsip-Setda-2026-TW1: 12 berkas." };
    const done = ok(
      await actOnSop(book, {
        kind: "done",
        step: 8,
        nip: NIP_OF_STEP[8]!,
        now: at("2026-04-30 14:00"),
        archive,
      }),
    );
    // The Log's step-8 entry carries the manifest's SHA-256 and says what was archived.
    const step8 = done.log.entries.filter((e) => e.action === "step-done").at(-1);
    expect(step8?.fingerprint).toBe(archive.manifestSha256);
    expect(step8?.detail).toContain(archive.detail);
    expect(done.current).toBeNull();
    expect(done.steps.every((s) => s.status.done)).toBe(true);
    expect(done.log.issues).toEqual([]);
    expect(done.log.entries.map((e) => e.action)).toEqual([
      "setup",
      "step-start",
      "step-done",
      ...Array.from({ length: 4 }, () => ["step-start", "step-done"]).flat(),
      "step-start",
      "step-done",
      "paraf",
      "step-start",
      "step-done",
      "signature",
      "step-start",
      "step-done",
    ]);
    const sig = done.log.entries.find((e) => e.action === "signature");
    expect(sig?.fingerprint).toBe(done.fingerprint);
    expect(sig?.who.nip).toBe(OFFICIALS.sekda.nip);

    // Save and reopen: the same round.
    const reopened = await XlsxWorkbook.fromBytes(await book.toBytes());
    const again = await loadSopRound(reopened, at("2026-04-30 14:00"));
    expect(again.sop).toEqual(done.sop);
    expect(again.paraf).toEqual(done.paraf);
    expect(again.log.entries).toEqual(done.log.entries);
    expect(again.issues.filter((i) => i.severity === "error")).toEqual([]);
    // Saving does not change what was reviewed: the paraf and signature still hold.
    expect(again.fingerprint).toBe(done.fingerprint);
    expect(again.parafValidity).toMatchObject({ valid: true, stale: [] });
  });

  it("shows the paraf in the Paraf / TTD column of the SOP sheet", async () => {
    const book = await throughStep5();
    ok(await act(book, "paraf", 6, "2026-04-29 13:00"));
    const sop = await book.readSheet("SOP");
    const row6 = sop?.values.find((r) => r[0] === 6) ?? [];
    const text = String(row6[row6.length - 1]);
    expect(text).toContain(OFFICIALS.kabag.nama);
    expect(text).toContain(S.sop.app.parafCell.valid);
  });
});

describe("refusals write nothing", () => {
  it("refuses the wrong role", async () => {
    const book = await scheduled();
    const before = await snapshotAll(book);
    const r = await actOnSop(book, {
      kind: "start",
      step: 1,
      nip: OFFICIALS.kabag.nip,
      now: at("2026-04-06 08:00"),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue.code).toBe("sop.actor.role");
    expect(await snapshotAll(book)).toEqual(before);
  });

  it("refuses a step out of order without a reason, and logs the reason when given", async () => {
    const book = await scheduled();
    const before = await snapshotAll(book);
    const r = await act(book, "start", 3, "2026-04-06 08:10");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue.code).toBe("sop.order.reason-required");
    expect(await snapshotAll(book)).toEqual(before);

    const round = ok(await act(book, "start", 3, "2026-04-06 08:10", "DPA sudah tersedia"));
    const last = round.log.entries[round.log.entries.length - 1];
    expect(last?.action).toBe("step-start");
    expect(last?.detail).toContain("DPA sudah tersedia");
    expect(last?.detail).toContain("1, 2");
    expect(round.steps[2]?.reason).toBe("DPA sudah tersedia");
  });

  it("refuses an action before the round is scheduled", async () => {
    const book = await sopWorkbook();
    const r = await act(book, "start", 1, "2026-04-06 08:00");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue.code).toBe("sop.not-scheduled");
  });

  it("refuses 'done' on steps 6 and 7, and paraf/sign on the wrong step", async () => {
    const book = await throughStep5();
    for (const [kind, step, code] of [
      ["done", 6, "sop.step.use-paraf"],
      ["done", 7, "sop.step.use-paraf"],
      ["paraf", 7, "sop.paraf.step"],
      ["sign", 6, "sop.paraf.step"],
    ] as const) {
      const r = await act(book, kind, step, "2026-04-29 13:00");
      expect(r.ok ? "ok" : r.issue.code).toBe(code);
    }
  });
});

describe("a Log edited by hand", () => {
  it("is reported by loadSopRound and blocks further actions", async () => {
    const book = await scheduled();
    ok(await act(book, "done", 1, "2026-04-06 08:20"));
    book.workbook.getWorksheet("Log")!.getCell("G6").value = "Langkah 1 tidak pernah dimulai";
    const round = await loadSopRound(book, at("2026-04-06 09:00"));
    expect(round.log.issues.map((i) => i.code)).toContain("log.row-edited");
    expect(round.log.issues.find((i) => i.code === "log.row-edited")?.cell).toBe("G6");
    const r = await act(book, "done", 2, "2026-04-06 11:00");
    expect(r.ok ? "ok" : r.issue.code).toBe("sop.log.broken");
  });
});

describe("the working calendar of the Pengaturan sheet", () => {
  it("is the one the round is planned in; planning again after a holiday was added moves step 5", async () => {
    const book = await scheduled();
    ok(await act(book, "done", 1, "2026-04-06 08:20"));
    const before = await loadSopRound(book, at("2026-04-06 09:00"));
    const step4 = before.steps[3]!;
    const step5 = before.steps[4]!;
    expect(step5.plannedStart).toBe("2026-04-17T11:00:00+08:00");
    expect(step5.plannedFinish).toBe("2026-05-11T11:00:00+08:00");

    // Hari jadi Kabupaten on Tuesday 21 April, inside step 5's window.
    const setup = sopSetup();
    const calendar = {
      ...DEFAULT_CALENDAR,
      holidays: [...DEFAULT_CALENDAR.holidays, "2026-04-21"],
      holidayNames: { ...DEFAULT_CALENDAR.holidayNames, "2026-04-21": "Hari jadi Kabupaten" },
    };
    await book.writeSheets([setupSheetPlan({ ...setup, calendar })]);
    const round = ok(
      await scheduleSop(book, {
        startDate: "2026-04-06",
        now: at("2026-04-06 09:30"),
        by: OFFICIALS.kasubag.nip,
      }),
    );
    expect(round.sop?.calendar.holidays).toContain("2026-04-21");
    expect(round.steps[3]?.plannedFinish).toBe(step4.plannedFinish);
    expect(round.steps[4]?.plannedStart).toBe(step5.plannedStart);
    // One working day later: Tuesday 12 May instead of Monday 11 May.
    expect(round.steps[4]?.plannedFinish).toBe("2026-05-12T11:00:00+08:00");
    expect(round.steps[0]?.actualFinish).toBe("2026-04-06T08:20:00+08:00");
  });
});

/**
 * A second session on the same workbook (a second browser on Excel on the web): its first read
 * happens, then it waits until `gate` opens before going on to decide and write.
 */
function secondSession(book: XlsxWorkbook, gate: Promise<void>): WorkbookPort {
  let waited = false;
  return {
    listSheets: async () => {
      if (!waited) {
        waited = true;
        await gate;
      }
      return book.listSheets();
    },
    readSheet: (name) => book.readSheet(name),
    writeSheets: (plans) => book.writeSheets(plans),
  };
}

/** Runs B's action from a read made before A's action, and A's action to the end in between. */
async function interleaved(book: XlsxWorkbook, a: SopActInput, b: SopActInput): Promise<SopRound> {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const sessionB = actOnSop(secondSession(book, gate), b);
  await new Promise((resolve) => setTimeout(resolve, 0)); // B has read and is waiting
  ok(await actOnSop(book, a));
  open();
  ok(await sessionB);
  return loadSopRound(book, b.now);
}

describe("co-authoring: two sessions act on one workbook", () => {
  const input = (kind: SopActInput["kind"], step: number, when: string, reason?: string): SopActInput => ({
    kind,
    step,
    nip: NIP_OF_STEP[step]!,
    now: at(when),
    ...(reason ? { reason } : {}),
  });

  it("keeps both finishes of one step, the later winning, and both in a verifying Log", async () => {
    const book = await scheduled();
    const round = await interleaved(
      book,
      input("done", 1, "2026-04-06 08:20"),
      input("done", 1, "2026-04-06 08:25"),
    );
    const step1 = round.sop?.steps[0];
    expect(step1?.events.filter((e) => e.kind === "finish").map((e) => e.at)).toEqual([
      "2026-04-06T08:20:00+08:00",
      "2026-04-06T08:25:00+08:00",
    ]);
    expect(step1?.actualFinish).toBe("2026-04-06T08:25:00+08:00");
    expect(round.steps[0]?.actor?.nip).toBe(OFFICIALS.kasubag.nip);
    expect(round.log.issues).toEqual([]);
    const done = round.log.entries.filter((e) => e.action === "step-done");
    expect(done.map((e) => e.at)).toEqual(["2026-04-06T08:20:00+08:00", "2026-04-06T08:25:00+08:00"]);
    expect(round.log.entries[round.log.entries.length - 1]?.action).toBe("merge");
  });

  it("keeps A's finish of step 1 and B's start of step 2 with its reason, each by its own actor", async () => {
    const book = await scheduled();
    const round = await interleaved(
      book,
      input("done", 1, "2026-04-06 08:20"),
      input("start", 2, "2026-04-06 08:25", "Bahan dari Bagian sudah ada"),
    );
    expect(round.steps[0]?.actualFinish).toBe("2026-04-06T08:20:00+08:00");
    expect(round.steps[0]?.actor?.nip).toBe(OFFICIALS.kasubag.nip);
    expect(round.steps[1]?.actualStart).toBe("2026-04-06T08:25:00+08:00");
    expect(round.steps[1]?.actor?.nip).toBe(OFFICIALS.kabag.nip);
    expect(round.steps[1]?.reason).toBe("Bahan dari Bagian sudah ada");
    expect(round.log.issues).toEqual([]);
    const acts = round.log.entries.map((e) => [e.action, e.who.nip]);
    // Entries of one instant (the implicit start and the finish) are re-chained in content order.
    expect(acts).toHaveLength(5);
    expect(acts[0]).toEqual(["setup", OFFICIALS.kasubag.nip]);
    expect(acts.slice(1, 3)).toEqual(
      expect.arrayContaining([
        ["step-start", OFFICIALS.kasubag.nip],
        ["step-done", OFFICIALS.kasubag.nip],
      ]),
    );
    expect(acts.slice(3)).toEqual([
      ["step-start", OFFICIALS.kabag.nip],
      ["merge", ""],
    ]);
    expect(round.log.entries[3]?.detail).toContain("Bahan dari Bagian sudah ada");
    // The visible SOP sheet shows both.
    const sop = await book.readSheet("SOP");
    const row2 = sop?.values.find((r) => r[0] === 2) ?? [];
    expect(row2.map(String).join(" ")).toContain(OFFICIALS.kabag.nama);
  });

  it("without a concurrent change writes no merge entry", async () => {
    const book = await scheduled();
    const round = ok(await act(book, "done", 1, "2026-04-06 08:20"));
    expect(round.log.entries.map((e) => e.action)).not.toContain("merge");
  });
});
