/**
 * The whole corpus of bad and awkward returned files, through the consolidation use case as the
 * task pane and the CLI run it: each file alone against a master of its round (its verdict, its
 * issues and the cells they name; a rejected file, or a write that fails, changes nothing; an
 * accepted one lands on Data with its provenance, every value it carried, and nothing from it as
 * a formula), and all of them in one pick with good files, which still consolidate.
 */
import { acceptConsolidation, loadConsolidationState, reviewReturnedFiles } from "../../src/app/consolidate";
import type { WorkbookPort } from "../../src/app/ports";
import { DATA_SHEET, RIWAYAT_SHEET } from "../../src/domain/ledger/data-layout";
import type { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { ACTOR, NOW, returned, roundMaster, snapshotAll, sourceOf } from "../support/consolidation-fixture";
import { describeWithLibreOffice } from "../support/libreoffice";
import { injectedFormulas, issueProblems, missingNamed } from "../support/returned-corpus-checks";
import {
  CONTENT_CASES,
  corpusFilling,
  corpusFixture,
  corpusInputs,
  type ReturnedCase,
} from "../support/returned-corpus-content";
import { EDIT_CASES, LONG_PENGHAMBAT } from "../support/returned-corpus-edits";
import { FILE_CASES } from "../support/returned-corpus-files";
import { LIBREOFFICE_CASES, PROGRAM_CASES } from "../support/returned-corpus-programs";
import { filledKertasKerja, generatedKertasKerja } from "../support/returned-fixture";

type Case = (typeof FILE_CASES)[number] | ReturnedCase;
const limitsOf = (c: Case) => ("limits" in c ? c.limits : undefined);

const masters = {
  file: () => roundMaster(),
  content: async () => roundMaster(await corpusFixture()),
};

const content = [...CONTENT_CASES, ...EDIT_CASES, ...PROGRAM_CASES];
const cases: [string, Case, keyof typeof masters][] = [
  ...FILE_CASES.map((c) => [c.name, c, "file"] as [string, Case, "file"]),
  ...content.map((c) => [c.name, c, "content"] as [string, Case, "content"]),
];

/** The master as a host whose every write fails (a request Excel refuses, a full disk). */
function failingWrites(book: XlsxWorkbook): WorkbookPort {
  return {
    listSheets: () => book.listSheets(),
    readSheet: (name) => book.readSheet(name),
    readSheets: (names) => book.readSheets(names),
    writeSheets: () => Promise.reject(new Error("permintaan ditolak")),
  };
}

it("holds at least 25 bad or awkward returned files", () => {
  expect(cases.filter(([, c]) => c.expect.verdict !== "accepted").length).toBeGreaterThanOrEqual(25);
});

async function consolidatesAsItShould(
  c: Case,
  kind: keyof typeof masters,
  book: XlsxWorkbook,
): Promise<void> {
  const file = await c.make();
  const before = await snapshotAll(book);
  const outcome = await reviewReturnedFiles(book, [sourceOf(file, limitsOf(c))]);
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join("; "));
  const [assessment] = outcome.review.assessments;
  if (!assessment) throw new Error("no assessment");
  expect(assessment.verdict).toBe(c.expect.verdict);
  const codes = assessment.issues.map((i) => i.code);
  for (const code of c.expect.codes) expect(codes).toContain(code);
  expect(missingNamed(assessment, "named" in c.expect ? c.expect.named : [])).toEqual([]);
  expect(issueProblems(assessment, file.name)).toEqual([]);

  if (c.expect.verdict !== "rejected") {
    // A write that fails leaves the master as it was.
    await expect(
      acceptConsolidation(failingWrites(book), outcome.review, { now: NOW, actor: ACTOR }),
    ).rejects.toThrow("permintaan ditolak");
    expect(await snapshotAll(book)).toEqual(before);
  }

  const accepted = await acceptConsolidation(book, outcome.review, { now: NOW, actor: ACTOR });
  expect(accepted.ok).toBe(true);
  if (!accepted.ok) return;
  if (c.expect.verdict === "rejected") {
    expect(accepted.written).toBe(false);
    expect(await snapshotAll(book)).toEqual(before);
    return;
  }
  expect(accepted.written).toBe(true);
  const state = await loadConsolidationState(book);
  const sub = state.current.find((s) => s.file.sha256 === assessment.file.sha256);
  expect(sub?.file.name).toBe(file.name);
  expect(sub?.importedAt).toBe(NOW);
  // Every value of the submission is on Data, as it was judged, and none became a formula.
  expect(sub?.rows).toEqual(assessment.submission?.rows);
  expect(sub?.signature).toEqual(assessment.submission?.signature);
  expect(injectedFormulas(await book.readSheet(DATA_SHEET))).toEqual([]);
  expect(injectedFormulas(await book.readSheet(RIWAYAT_SHEET))).toEqual([]);
  expect(kind).toBeDefined();
}

describe.each(cases)("%s", (_name, c, kind) => {
  let book: XlsxWorkbook;
  beforeAll(async () => {
    book = await masters[kind]();
  });

  it(`is ${c.expect.verdict}, with its issues named, and consolidates accordingly`, () =>
    consolidatesAsItShould(c, kind, book));
});

describeWithLibreOffice("the corpus saved by LibreOffice, consolidated", () => {
  it.each(LIBREOFFICE_CASES.map((c): [string, ReturnedCase] => [c.name, c]))(
    "%s",
    async (_name, c) => consolidatesAsItShould(c, "content", await masters.content()),
    90_000,
  );
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

it("consolidates a 40,000-character text and another Bagian's clean file in one write, with every bad content beside them", async () => {
  const book = await roundMaster(await corpusFixture());
  const pemFx = await generatedKertasKerja({ bagian: "PEM", inputs: corpusInputs() });
  const pem = { name: "KK PEM.xlsx", bytes: await filledKertasKerja(pemFx) };
  const long = content.find((c) => c.name === "faktor penghambat of 40,000 characters");
  if (!long) throw new Error("no long-text case");
  const bad = content.filter((c) => c.expect.verdict === "rejected");
  const made = await Promise.all([long, ...bad].map((c) => c.make()));
  const outcome = await reviewReturnedFiles(book, [...made.map((f) => sourceOf(f)), sourceOf(pem)]);
  if (!outcome.ok) throw new Error("no review");
  expect(outcome.review.assessments.map((a) => a.verdict)).toEqual([
    "warnings",
    ...bad.map(() => "rejected"),
    "accepted",
  ]);
  const accepted = await acceptConsolidation(book, outcome.review, { now: NOW, actor: ACTOR });
  expect(accepted.ok && accepted.written).toBe(true);
  const state = await loadConsolidationState(book);
  // In the setup's order of Bagian: PEM, then ORG.
  expect(state.current.map((s) => [s.bagian.kode, s.file.name])).toEqual([
    ["PEM", "KK PEM.xlsx"],
    ["ORG", "faktor penghambat of 40,000 characters.xlsx"],
  ]);
  const penghambat = state.current[1]?.rows.find((r) => r.penghambat !== null)?.penghambat ?? "";
  expect(penghambat).toHaveLength(32_767);
  expect(LONG_PENGHAMBAT.startsWith(penghambat.slice(0, 32_000))).toBe(true);
  expect(penghambat.endsWith("[teks dipotong: aslinya 40.000 karakter]")).toBe(true);
});

it("writes the master even when a text past the cell limit reaches it another way", async () => {
  const book = await roundMaster(await corpusFixture());
  const fx = await corpusFixture();
  const file = { name: "KK ORG.xlsx", bytes: await filledKertasKerja(fx, corpusFilling(fx.meta)) };
  const outcome = await reviewReturnedFiles(book, [sourceOf(file)]);
  if (!outcome.ok) throw new Error("no review");
  // A submission the validator never saw (another reader, an older master): the write cuts it.
  const sub = outcome.review.assessments[0]?.submission;
  if (!sub) throw new Error("not accepted");
  const row = sub.rows[0];
  if (!row) throw new Error("no row");
  row.tindakLanjut = "t".repeat(50_000);
  sub.signature.nama = "n".repeat(40_000);
  const accepted = await acceptConsolidation(book, outcome.review, { now: NOW, actor: ACTOR });
  expect(accepted.ok && accepted.written).toBe(true);
  const [stored] = (await loadConsolidationState(book)).current;
  expect(stored?.rows[0]?.tindakLanjut).toHaveLength(32_767);
  expect(stored?.rows[0]?.tindakLanjut?.endsWith("[teks dipotong: aslinya 50.000 karakter]")).toBe(true);
  expect(stored?.signature.nama?.endsWith("[teks dipotong: aslinya 40.000 karakter]")).toBe(true);
});

it("makes a file whose reading throws a verdict on that file, and consolidates the others", async () => {
  const book = await roundMaster(await corpusFixture());
  const fx = await corpusFixture();
  const good = { name: "KK ORG.xlsx", bytes: await filledKertasKerja(fx, corpusFilling(fx.meta)) };
  const outcome = await reviewReturnedFiles(book, [
    { name: "aneh.xlsx", read: () => Promise.reject(new TypeError("x is undefined")) },
    sourceOf(good),
  ]);
  if (!outcome.ok) throw new Error("no review");
  const [odd, ok] = outcome.review.assessments;
  expect(odd).toMatchObject({ verdict: "rejected", submission: null, file: { name: "aneh.xlsx" } });
  expect(odd?.issues).toEqual([
    expect.objectContaining({ severity: "error", code: "returned.file.unexpected", file: "aneh.xlsx" }),
  ]);
  expect(odd?.issues[0]?.message).toContain("x is undefined");
  expect(ok?.verdict).toBe("accepted");
  const accepted = await acceptConsolidation(book, outcome.review, { now: NOW, actor: ACTOR });
  expect(accepted.ok && accepted.applied.current.map((s) => s.file.name)).toEqual(["KK ORG.xlsx"]);
});
