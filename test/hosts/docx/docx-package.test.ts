/**
 * The .docx package: what Microsoft's Open XML SDK validator says of it (nothing), and the same
 * document giving the same bytes — its dates and its zip's are the draft's date, never the clock.
 *
 * The docx library numbers the bookmarks it puts on headings for the table of contents from a
 * counter shared by every document of the running program. So two renders in one process differ
 * in those numbers only (checked below), and two renders in fresh module instances — a fresh
 * program, as the CLI or a newly opened task pane is — are byte for byte the same.
 */
import { buildReport } from "../../../src/domain/report/report-build";
import { reportInputOf } from "../../../src/domain/report/report-input";
import { laporanDocx } from "../../../src/hosts/docx/laporan-docx";
import { laporanFixture } from "../../support/docx-fixture";
import { readDocx } from "../../support/docx-read";
import { docxProblems } from "../../support/docx-validator";
import { ikuYearInputs, runIkuYear, samplePk } from "../../support/iku-fixture";

type Render = typeof laporanDocx;

/** laporanDocx from a module registry of its own: the docx library loaded afresh. */
async function freshRender(): Promise<Render> {
  let render: Render | undefined;
  await jest.isolateModulesAsync(async () => {
    render = (await import("../../../src/hosts/docx/laporan-docx")).laporanDocx;
  });
  if (!render) throw new Error("laporanDocx tidak termuat");
  return render;
}

/** The bookmark numbers the library draws from its shared counter, renumbered in order of appearance. */
function renumberBookmarks(xml: string): string {
  const seen = new Map<string, number>();
  const n = (id: string) => {
    if (!seen.has(id)) seen.set(id, seen.size + 1);
    return seen.get(id);
  };
  return xml
    .replace(/_Toc(\d+)/g, (_, id: string) => `_Toc#${n(id)}`)
    .replace(
      /(<w:bookmark(?:Start|End)\b[^>]*w:id=")(\d+)"/g,
      (_, head: string, id: string) => `${head}#${n(id)}"`,
    );
}

test("the Open XML SDK finds no error in the document", async () => {
  expect(await docxProblems(await laporanDocx(laporanFixture()))).toEqual([]);
  expect(
    await docxProblems(await laporanDocx(laporanFixture({ approvals: [], penandatangan: null }))),
  ).toEqual([]);
  // And a report as the builder makes it from a master (group rows, labelled lists, many columns).
  const setup = ikuYearInputs("TW4", []).setup;
  const built = buildReport(
    reportInputOf(setup, runIkuYear()[3]!.subs, samplePk(), { disusun: "2027-01-05" }),
  );
  expect(await docxProblems(await laporanDocx(built))).toEqual([]);
}, 240_000);

test("the document's dates and every zip entry's date are the draft's date, 5 January 2027", async () => {
  const parts = await readDocx(await laporanDocx(laporanFixture()));
  const core = parts.part("docProps/core.xml");
  expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2027-01-05T00:00:00Z</dcterms:created>');
  expect(core).toContain(
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-01-05T00:00:00Z</dcterms:modified>',
  );
  expect(parts.dates.size).toBeGreaterThan(10);
  // A zip stores a wall-clock time without zone; jszip reads it as local time.
  for (const [, date] of parts.dates) {
    expect([
      date.getFullYear(),
      date.getMonth() + 1,
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
    ]).toEqual([2027, 1, 5, 0, 0]);
  }
}, 60_000);

test("fresh program, same document: the same bytes", async () => {
  const a = await (await freshRender())(laporanFixture());
  // Let the clock move past the zip's two-second resolution.
  await new Promise((resolve) => setTimeout(resolve, 2100));
  const b = await (await freshRender())(laporanFixture());
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
}, 120_000);

test("one program, the same document twice: only the shared bookmark numbers differ", async () => {
  const a = await readDocx(await laporanDocx(laporanFixture()));
  const b = await readDocx(await laporanDocx(laporanFixture()));
  expect([...b.parts.keys()]).toEqual([...a.parts.keys()]);
  for (const [path, text] of a.parts) {
    if (path === "word/document.xml") {
      expect(b.part(path)).not.toBe(text);
      expect(renumberBookmarks(b.part(path))).toBe(renumberBookmarks(text));
    } else {
      expect(b.part(path)).toBe(text);
    }
  }
}, 120_000);
