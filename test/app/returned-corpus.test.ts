/**
 * The whole corpus of bad and awkward returned files, through the consolidation use case as the
 * task pane and the CLI run it: each file alone against a master of its round (its verdict and
 * issues; a rejected file changes nothing; an accepted one lands on Data with its provenance), and
 * all of them in one pick with a good file, which still consolidates.
 */
import { acceptConsolidation, loadConsolidationState, reviewReturnedFiles } from "../../src/app/consolidate";
import type { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { ACTOR, NOW, returned, roundMaster, snapshotAll, sourceOf } from "../support/consolidation-fixture";
import { CONTENT_CASES, corpusFixture } from "../support/returned-corpus-content";
import { FILE_CASES } from "../support/returned-corpus-files";

type Case = (typeof FILE_CASES)[number] | (typeof CONTENT_CASES)[number];
const limitsOf = (c: Case) => ("limits" in c ? c.limits : undefined);

const masters = {
  file: () => roundMaster(),
  content: async () => roundMaster(await corpusFixture()),
};

const cases: [string, Case, keyof typeof masters][] = [
  ...FILE_CASES.map((c) => [c.name, c, "file"] as [string, Case, "file"]),
  ...CONTENT_CASES.map((c) => [c.name, c, "content"] as [string, Case, "content"]),
];

it("holds at least 25 bad or awkward returned files", () => {
  expect(cases.filter(([, c]) => c.expect.verdict !== "accepted").length).toBeGreaterThanOrEqual(25);
});

describe.each(cases)("%s", (_name, c, kind) => {
  let book: XlsxWorkbook;
  beforeAll(async () => {
    book = await masters[kind]();
  });

  it(`is ${c.expect.verdict}, with its issues named, and consolidates accordingly`, async () => {
    const file = await c.make();
    const before = await snapshotAll(book);
    const outcome = await reviewReturnedFiles(book, [sourceOf(file, limitsOf(c))]);
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join("; "));
    const [assessment] = outcome.review.assessments;
    expect(assessment?.verdict).toBe(c.expect.verdict);
    const codes = assessment?.issues.map((i) => i.code) ?? [];
    for (const code of c.expect.codes) expect(codes).toContain(code);
    for (const issue of assessment?.issues ?? []) {
      expect(issue.file).toBe(file.name);
      expect(issue.message.length).toBeGreaterThan(0);
    }

    const accepted = await acceptConsolidation(book, outcome.review, { now: NOW, actor: ACTOR });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    if (c.expect.verdict === "rejected") {
      expect(accepted.written).toBe(false);
      expect(await snapshotAll(book)).toEqual(before);
    } else {
      expect(accepted.written).toBe(true);
      const state = await loadConsolidationState(book);
      const sub = state.current.find((s) => s.file.sha256 === assessment?.file.sha256);
      expect(sub?.file.name).toBe(file.name);
      expect(sub?.importedAt).toBe(NOW);
    }
  });
});

it("consolidates the good file of a pick that holds every bad one", async () => {
  const book = await roundMaster();
  const good = await returned("PEM");
  const files = await Promise.all(
    FILE_CASES.filter((c) => c.expect.verdict === "rejected").map(async (c) => ({ c, file: await c.make() })),
  );
  const outcome = await reviewReturnedFiles(book, [
    ...files.map(({ c, file }) => sourceOf(file, limitsOf(c))),
    sourceOf(good),
  ]);
  if (!outcome.ok) throw new Error("no review");
  expect(outcome.review.assessments.filter((a) => a.verdict === "rejected")).toHaveLength(files.length);
  const accepted = await acceptConsolidation(book, outcome.review, { now: NOW, actor: ACTOR });
  expect(accepted.ok && accepted.applied.current.map((s) => s.bagian.kode)).toEqual(["PEM"]);
});
