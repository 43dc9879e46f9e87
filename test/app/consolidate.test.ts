import fc from "fast-check";
import { acceptConsolidation, loadConsolidationState, reviewReturnedFiles } from "../../src/app/consolidate";
import { loadSopRound } from "../../src/app/sop-read";
import { readLog } from "../../src/domain/sop/sop-log-sheet";
import { LOG_ANCHOR_SHEET } from "../../src/domain/sop/sop-log-sheet";
import type { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import type { SheetSnapshot } from "../../src/sheet/plan";
import { S } from "../../src/strings";
import {
  ACTOR,
  NOW,
  returned,
  reviewed,
  roundMaster,
  snapshotAll,
  sourceOf,
  type Returned,
} from "../support/consolidation-fixture";

async function consolidate(book: XlsxWorkbook, files: Returned[], choices?: Record<string, string>) {
  const r = await reviewed(book, files);
  const accepted = await acceptConsolidation(book, r, {
    now: NOW,
    actor: ACTOR,
    ...(choices ? { choices } : {}),
  });
  if (!accepted.ok) throw new Error(accepted.issues.map((i) => i.message).join("; "));
  return { review: r, accepted };
}

const badTypo: Returned = { name: "typo.xlsx", bytes: new Uint8Array() };

describe("consolidating returned kertas kerja", () => {
  let pem: Returned;
  let org: Returned;
  beforeAll(async () => {
    pem = await returned("PEM");
    org = await returned("ORG");
    badTypo.bytes = (await returned("ORG", { realisasi: () => "8O" })).bytes;
  });

  it("judges every file, reports progress, and writes nothing before the user accepts", async () => {
    const book = await roundMaster();
    const before = await snapshotAll(book);
    const progress: string[] = [];
    const outcome = await reviewReturnedFiles(book, [sourceOf(pem), sourceOf(org)], {
      onProgress: (done, total, name) => progress.push(`${done}/${total} ${name}`),
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(progress).toEqual([`1/2 ${pem.name}`, `2/2 ${org.name}`]);
    expect(outcome.review.assessments.map((a) => a.verdict)).toEqual(["accepted", "accepted"]);
    expect(outcome.review.plan.proposals.map((p) => [p.kind, p.bagian])).toEqual([
      ["new", "PEM"],
      ["new", "ORG"],
    ]);
    expect(await snapshotAll(book)).toEqual(before);
  });

  it("writes Data, Analisis and the Log with every accepted value and its provenance", async () => {
    const book = await roundMaster();
    const { accepted } = await consolidate(book, [pem, org]);
    expect(accepted.ok && accepted.written).toBe(true);
    const state = await loadConsolidationState(book);
    expect(state.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(state.current.map((s) => s.bagian.kode)).toEqual(["PEM", "ORG"]);
    const orgSub = state.current.find((s) => s.bagian.kode === "ORG")!;
    expect(orgSub.file.name).toBe(org.name);
    expect(orgSub.importedAt).toBe(NOW);
    expect(orgSub.importedBy).toContain(ACTOR.nama);
    // defaultFilling: the i-th indicator of the file reports i + 1 in the current quarter (TW2).
    const reported = orgSub.rows.filter((r) => r.kind === "indicator").map((r) => r.realisasiTw[1]);
    expect(reported).toEqual([1, 2, 3]);
    expect(await book.readSheet("Analisis")).not.toBeNull();
    const sheets = await Promise.all([book.readSheet(S.sopLog.sheetName), book.readSheet(LOG_ANCHOR_SHEET)]);
    const log = readLog({ sheets: sheets.filter((s): s is SheetSnapshot => s !== null) });
    expect(log.entries.map((e) => e.action).slice(-3)).toEqual(["import", "import", "consolidate"]);
  });

  it("still consolidates the good files when one is rejected, and the rejected one changes nothing", async () => {
    const book = await roundMaster();
    const { review: r, accepted } = await consolidate(book, [badTypo, pem]);
    expect(r.assessments.map((a) => a.verdict)).toEqual(["rejected", "accepted"]);
    const rejected = r.assessments[0]!.issues.find((i) => i.severity === "error")!;
    expect(rejected.file).toBe("typo.xlsx");
    expect(rejected.cell).toMatch(/^[A-Z]+\d+$/);
    expect(rejected.found).toBe("8O");
    expect(accepted.ok && accepted.applied.current.map((s) => s.bagian.kode)).toEqual(["PEM"]);

    const alone = await roundMaster();
    const before = await snapshotAll(alone);
    const { accepted: nothing } = await consolidate(alone, [badTypo]);
    expect(nothing.ok && nothing.written).toBe(false);
    expect(await snapshotAll(alone)).toEqual(before);
  });

  it("changes nothing when the same file is imported twice", async () => {
    const book = await roundMaster();
    await consolidate(book, [org]);
    const before = await snapshotAll(book);
    const { review: again, accepted } = await consolidate(book, [org]);
    expect(again.plan.proposals.map((p) => p.kind)).toEqual(["unchanged"]);
    expect(accepted.ok && accepted.written).toBe(false);
    expect(await snapshotAll(book)).toEqual(before);
  });

  it("replaces a re-submission after showing the difference, keeping the earlier one on Riwayat", async () => {
    const book = await roundMaster();
    await consolidate(book, [org]);
    const corrected = await returned(
      "ORG",
      { realisasi: (_k, i) => (i === 1 ? 7 : 1 + i) },
      { name: "revisi.xlsx" },
    );
    const { review: r, accepted } = await consolidate(book, [corrected]);
    const p = r.plan.proposals[0]!;
    expect(p.kind).toBe("replace");
    if (p.kind !== "replace") return;
    expect(p.changes.map((c) => [c.field, c.before, c.after])).toEqual([["realisasiTw2", 2, 7]]);
    expect(p.changes[0]!.cell).toMatch(/^N\d+$/);
    expect(accepted.ok && accepted.written).toBe(true);
    const state = await loadConsolidationState(book);
    expect(state.current.map((s) => s.file.name)).toEqual(["revisi.xlsx"]);
    expect(state.riwayat.map((e) => e.submission.file.name)).toEqual([org.name]);
  });

  it("holds two different files for one Bagian until the user chooses", async () => {
    const book = await roundMaster();
    const other = await returned("ORG", { realisasi: () => 9 }, { name: "ORG-lain.xlsx" });
    const r = await reviewed(book, [org, other]);
    expect(r.plan.conflicts.map((c) => c.candidates.map((s) => s.file.name).sort())).toEqual([
      [other.name, org.name].sort(),
    ]);
    const chosenSha = r.assessments[1]!.file.sha256;
    const accepted = await acceptConsolidation(book, r, {
      now: NOW,
      actor: ACTOR,
      choices: { ORG: chosenSha },
    });
    expect(accepted.ok && accepted.applied.current.map((s) => s.file.name)).toEqual(["ORG-lain.xlsx"]);
  });

  it("refuses, writing nothing, when the master changed between review and accept", async () => {
    const book = await roundMaster();
    const stale = await reviewed(book, [org]);
    await consolidate(book, [pem]);
    const before = await snapshotAll(book);
    const outcome = await acceptConsolidation(book, stale, { now: NOW, actor: ACTOR });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues[0]!.code).toBe("consolidate.master.changed");
    expect(await snapshotAll(book)).toEqual(before);
  });

  it("refuses, writing nothing, when the master's Data has a row it cannot read", async () => {
    const book = await roundMaster();
    await consolidate(book, [org]);
    const data = (await book.readSheet("Data"))!;
    // A hand edit: the first data row loses its Bagian kode.
    const headerRow = data.values.findIndex((r) => r.includes(S.analysis.data.columns.bagianKode));
    const col = data.values[headerRow]!.indexOf(S.analysis.data.columns.bagianKode);
    const values = data.values.map((r, i) =>
      i === headerRow + 1 ? r.map((v, c) => (c === col ? null : v)) : r,
    );
    await book.writeSheets([
      {
        name: "Data",
        visibility: "visible",
        rows: values.map((r) => r.map((value) => ({ value }))),
        styles: {},
        columns: [],
        merges: [],
        validations: [],
      },
    ]);
    const before = await snapshotAll(book);
    const r = await reviewed(book, [pem]);
    const outcome = await acceptConsolidation(book, r, { now: NOW, actor: ACTOR });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues[0]!.sheet).toBe("Data");
    expect(outcome.issues[0]!.row).toBe(headerRow + 2);
    expect(await snapshotAll(book)).toEqual(before);
  });

  it("tells SOP step 4 who has submitted and who is still missing", async () => {
    const book = await roundMaster();
    await consolidate(book, [org]);
    const round = await loadSopRound(book, NOW);
    expect(round.kertasKerja.submitted).toEqual(["Bagian Organisasi"]);
    expect(round.kertasKerja.missing).toEqual(["Bagian Pemerintahan"]);
    expect(round.kertasKerja.note).toBe(S.sop.app.submissions(1, ["Bagian Pemerintahan"]));
  });

  it("starts a master from the setup a returned file carries", async () => {
    const { XlsxWorkbook } = await import("../../src/hosts/xlsx/port");
    const book = XlsxWorkbook.create();
    const { review: r, accepted } = await consolidate(book, [org]);
    expect(r.newMaster).toBe(true);
    expect(accepted.ok && accepted.written).toBe(true);
    expect(await book.readSheet(S.setup.sheetName)).not.toBeNull();
    expect((await loadConsolidationState(book)).setup?.instansi).toBe(r.setup.instansi);
  });
});

describe("consolidation properties (real files)", () => {
  const arbValue = fc.oneof(
    fc.integer({ min: 0, max: 500 }),
    fc.constantFrom("85", "85,5", "1.234,5", "12,25"),
    fc.constant(null),
  );

  it("loses no accepted value, and the result does not depend on the pick order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbValue, { minLength: 6, maxLength: 6 }), async (values) => {
        const pem = await returned("PEM", { realisasi: (_k, i) => values[i] ?? null });
        const org = await returned("ORG", { realisasi: (_k, i) => values[i + 2] ?? null });
        const a = await roundMaster();
        const b = await roundMaster();
        await consolidate(a, [pem, org]);
        await consolidate(b, [org, pem]);
        const [sa, sb] = await Promise.all([snapshotAll(a), snapshotAll(b)]);
        expect(sb).toEqual(sa);
        const state = await loadConsolidationState(a);
        const expected = (v: number | string | null): number | null =>
          v === null ? null : typeof v === "number" ? v : Number(v.replace(/\./g, "").replace(",", "."));
        for (const [kode, file, offset] of [
          ["PEM", pem, 0],
          ["ORG", org, 2],
        ] as const) {
          const sub = state.current.find((s) => s.bagian.kode === kode)!;
          expect(sub.file.name).toBe(file.name);
          const got = sub.rows.filter((r) => r.kind === "indicator").map((r) => r.realisasiTw[1]);
          expect(got).toEqual(got.map((_, i) => expected(values[i + offset] ?? null)));
          for (const row of sub.rows) expect(row.cells).not.toBe("");
        }
      }),
      { numRuns: 6 },
    );
  });
});
