/**
 * A review of returned files kept in the pane's state across closing it: what is kept survives
 * JSON (the pane state is a JSON sheet), is planned again against the master as it is on
 * reopening, and accepting it writes exactly what accepting the review when it was made writes.
 */
import { acceptConsolidation } from "../../src/app/consolidate";
import { resumeReview } from "../../src/app/consolidate-resume";
import { isSavedReview, savedReviewOf, type SavedReview } from "../../src/app/saved-review";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import type { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import {
  ACTOR,
  NOW,
  returned,
  reviewed,
  roundMaster,
  snapshotAll,
  type Returned,
} from "../support/consolidation-fixture";

/** What the pane writes and reads back: the kept review through JSON. */
const throughJson = (saved: SavedReview): unknown => JSON.parse(JSON.stringify(saved));

/** The sheets accepting writes, as values: what a user sees. */
async function written(book: XlsxWorkbook): Promise<Record<string, unknown>> {
  const all = (await snapshotAll(book)).filter((s) => s !== null);
  return Object.fromEntries(
    all.filter((s) => ["Data", "Analisis", "Riwayat"].includes(s.name)).map((s) => [s.name, s.values]),
  );
}

describe("a review of returned files kept across closing the pane", () => {
  let pem: Returned;
  let org: Returned;
  let orgAgain: Returned;
  beforeAll(async () => {
    pem = await returned("PEM");
    org = await returned("ORG");
    orgAgain = await returned("ORG", { realisasi: () => 42 }, { name: "KK Organisasi revisi.xlsx" });
  });

  it("survives JSON, is planned again the same, and accepting it writes what the fresh review writes", async () => {
    const direct = await roundMaster();
    const fresh = await reviewed(direct, [pem, org]);
    const accepted = await acceptConsolidation(direct, fresh, { now: NOW, actor: ACTOR });
    expect(accepted).toMatchObject({ ok: true, written: true });

    const reopened = await roundMaster();
    const kept = throughJson(savedReviewOf(await reviewed(reopened, [pem, org]), {}, NOW));
    expect(isSavedReview(kept)).toBe(true);
    const resumed = await resumeReview(reopened, kept as SavedReview);
    if (!resumed.ok) throw new Error(resumed.issues.map((i) => i.message).join("; "));
    expect(resumed.review.plan).toEqual(fresh.plan);
    expect(resumed.review.assessments.map((a) => [a.file.name, a.verdict])).toEqual(
      fresh.assessments.map((a) => [a.file.name, a.verdict]),
    );
    const again = await acceptConsolidation(reopened, resumed.review, { now: NOW, actor: ACTOR });
    expect(again).toMatchObject({ ok: true, written: true });
    const sheets = await written(direct);
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(["Data", "Analisis"]));
    expect(await written(reopened)).toEqual(sheets);
  });

  it("keeps the choice made between two files of one Bagian", async () => {
    const book = await roundMaster();
    const first = await reviewed(book, [org, orgAgain]);
    expect(first.plan.conflicts).toHaveLength(1);
    const chosen = { ORG: first.assessments[1]!.file.sha256 };
    const kept = throughJson(savedReviewOf(first, chosen, NOW)) as SavedReview;
    expect(kept.choices).toEqual(chosen);
    const resumed = await resumeReview(book, kept);
    if (!resumed.ok) throw new Error("not resumed");
    const done = await acceptConsolidation(book, resumed.review, {
      now: NOW,
      actor: ACTOR,
      choices: kept.choices,
    });
    expect(done).toMatchObject({ ok: true, written: true });
    const data = (await snapshotAll(book)).find((s) => s?.name === "Data")!;
    expect(data.values.flat()).toContain("KK Organisasi revisi.xlsx");
    expect(data.values.flat()).not.toContain(org.name);
  });

  it("is planned against the master as it is now: files accepted meanwhile are no longer new", async () => {
    const book = await roundMaster();
    const kept = throughJson(savedReviewOf(await reviewed(book, [pem]), {}, NOW)) as SavedReview;
    // Meanwhile, on another computer, the same file was accepted into this master.
    const elsewhere = await acceptConsolidation(book, await reviewed(book, [pem]), {
      now: NOW,
      actor: ACTOR,
    });
    expect(elsewhere).toMatchObject({ ok: true, written: true });
    const resumed = await resumeReview(book, kept);
    if (!resumed.ok) throw new Error("not resumed");
    expect(resumed.review.plan.proposals.map((p) => p.kind)).toEqual(["unchanged"]);
    const after = await acceptConsolidation(book, resumed.review, { now: NOW, actor: ACTOR });
    expect(after).toMatchObject({ ok: true, written: false });
  });

  it("is refused, naming the files, when Pengaturan changed since the files were read", async () => {
    const book = await roundMaster();
    const first = await reviewed(book, [pem, org]);
    const kept = throughJson(savedReviewOf(first, {}, NOW)) as SavedReview;
    await book.writeSheets([setupSheetPlan({ ...first.setup, batasWaktu: "2026-07-31" })]);
    const before = await snapshotAll(book);
    const resumed = await resumeReview(book, kept);
    expect(resumed).toMatchObject({
      ok: false,
      issues: [
        { code: "consolidate.resume.setup-changed", sheet: "Pengaturan", found: `${pem.name}, ${org.name}` },
      ],
    });
    expect(await snapshotAll(book)).toEqual(before);
  });

  it("recognises only the shape the pane writes", () => {
    expect(isSavedReview(null)).toBe(false);
    expect(
      isSavedReview({ readAt: NOW, setup: { bagian: [] }, pk: null, choices: {}, assessments: [{}] }),
    ).toBe(false);
    expect(
      isSavedReview({ readAt: NOW, setup: { bagian: [] }, pk: null, choices: { ORG: 1 }, assessments: [] }),
    ).toBe(false);
    expect(
      isSavedReview({ readAt: NOW, setup: { bagian: [] }, pk: null, choices: {}, assessments: [] }),
    ).toBe(true);
  });
});
