/**
 * The Laporan as .docx, read back from word/document.xml: page setup, styles, headings as Word's
 * heading styles, the table of contents, every table with its caption, repeated header row and
 * source line, every figure in Indonesian form and right-aligned, emphasis rows bold, the section
 * without data, lists. Expectations come from the hand-built document (docx-fixture.ts) and the
 * domain's number formatting, never from the renderer.
 */
import type { ReportCell, ReportValueKind } from "../../../src/domain/report/report-model";
import { formatIndonesianNumber, formatNumber, formatPercent } from "../../../src/domain/shared/numbers";
import { laporanDocx } from "../../../src/hosts/docx/laporan-docx";
import { EMPTY_LINE, LONG_PARAGRAPH, laporanFixture, tablesOf } from "../../support/docx-fixture";
import {
  bodyBlocks,
  type DocxBlock,
  type DocxParts,
  type DocxTable,
  paragraphsIn,
  readDocx,
  tablesIn,
} from "../../support/docx-read";

const NBSP = "\u00a0";

/** A figure as the report must print it, by the domain's own formatting. */
function expected(value: ReportCell["value"], kind: ReportValueKind): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (kind === "percent") return formatPercent(value).replace(" ", NBSP);
  if (kind === "money" || kind === "count") return formatIndonesianNumber(value, 0);
  return formatNumber(value);
}

const doc = laporanFixture();
let parts: DocxParts;
let blocks: DocxBlock[];

beforeAll(async () => {
  parts = await readDocx(await laporanDocx(doc));
  blocks = bodyBlocks(parts.part("word/document.xml"));
}, 60_000);

describe("page and styles", () => {
  test("every section is A4 portrait with 3 cm left and 2 cm other margins", () => {
    const xml = parts.part("word/document.xml");
    const sections = [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map(([s]) => s);
    expect(sections).toHaveLength(3); // cover, daftar isi, body
    for (const s of sections) {
      // A4 = 210 × 297 mm = 11906 × 16838 twips; 3 cm = 1701, 2 cm = 1134.
      expect(s).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
      expect(s).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/);
    }
  });

  test("Arial 12 pt is the body font; the heading styles are Word's own, in black", () => {
    const styles = parts.part("word/styles.xml");
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
    expect(defaults).toMatch(/<w:rFonts w:ascii="Arial"/);
    expect(defaults).toMatch(/<w:sz w:val="24"\/>/);
    for (const id of ["Heading1", "Heading2", "Heading3", "Heading4", "Caption", "TOC1", "TOC2", "TOC3"]) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    const h1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? "";
    expect(h1).toMatch(/<w:color w:val="000000"\/>/);
    expect(h1).toMatch(/<w:sz w:val="28"\/>/);
  });

  test("the footer numbers the pages: i, ii… before the first bab, 1, 2… from it on; the cover has none", () => {
    const xml = parts.part("word/document.xml");
    const sections = [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map(([s]) => s);
    expect(sections[0]).not.toMatch(/footerReference/);
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1" w:fmt="lowerRoman"\/>/);
    expect(sections[2]).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
    const footers = [...parts.parts.keys()].filter((p) => /^word\/footer\d+\.xml$/.test(p));
    expect(footers.length).toBeGreaterThanOrEqual(1);
    for (const f of footers) {
      const footer = parts.part(f);
      expect(footer).toMatch(/PAGE/);
      expect(footer).toContain("Laporan Kinerja Sekretariat Daerah Kabupaten Tapin Tahun 2026");
    }
  });
});

describe("headings and the table of contents", () => {
  test("each bab is a Heading 1 on a new page; the model's headings are Heading 2–4; PENGESAHAN closes Bab IV", () => {
    const want: [string, string][] = [];
    doc.chapters.forEach((chapter) => {
      want.push(["Heading1", chapter.title]);
      for (const b of chapter.blocks) if (b.kind === "heading") want.push([`Heading${b.level + 1}`, b.text]);
      if (chapter.title === "BAB IV PENUTUP") want.push(["Heading2", "PENGESAHAN"]);
    });
    const got = paragraphsIn(blocks)
      .filter((p) => /^Heading\d$/.test(p.style))
      .map((p) => [p.style, p.text]);
    expect(got).toEqual(want);
    const chapterStarts = paragraphsIn(blocks).filter((p) => p.style === "Heading1");
    expect(chapterStarts.map((p) => /<w:pageBreakBefore\/>/.test(p.xml))).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
  });

  test("DAFTAR ISI is a TOC field over Heading 1–3, filled with every such heading and its page number", () => {
    const xml = parts.part("word/document.xml");
    expect(xml).toMatch(/<w:docPartGallery w:val="Table of Contents"\/>/);
    expect(xml).toMatch(/<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
    expect(parts.part("word/settings.xml")).toMatch(/<w:updateFields(\s+w:val="(true|1|on)")?\/>/);
    const entries = paragraphsIn(blocks).filter((p) => /^TOC\d$/.test(p.style));
    const headings = paragraphsIn(blocks).filter((p) => /^Heading[123]$/.test(p.style));
    expect(entries.map((e) => e.text.replace(/\t\d*$/, ""))).toEqual(headings.map((h) => h.text));
    // Page numbers laid out before Word updates the field: Bab I starts page 1 of the body.
    for (const e of entries) expect(e.text).toMatch(/\t\d+$/);
    expect(entries[0]!.text).toBe("BAB I PENDAHULUAN\t1");
  });
});

/** The caption of the approval records (docx-approvals.ts), the one table that is not the model's. */
const APPROVALS_CAPTION = "Catatan Paraf dan Tanda Tangan";

test("without laying the pages out, the daftar isi lists the headings and leaves the numbers to Word", async () => {
  const xml = (await readDocx(await laporanDocx(doc, { pageNumbers: false }))).part("word/document.xml");
  const entries = paragraphsIn(bodyBlocks(xml)).filter((p) => /^TOC\d$/.test(p.style));
  expect(entries[0]?.text).toBe("BAB I PENDAHULUAN\t");
  for (const e of entries) expect(e.text).not.toMatch(/\d$/);
  // Written dirty: Word updates it on opening.
  expect(xml).toMatch(
    /<w:fldChar w:fldCharType="begin" w:dirty="true"\/><w:instrText xml:space="preserve">TOC /,
  );
}, 60_000);

describe("tables", () => {
  const model = tablesOf(doc);
  const at = (i: number) => blocks[i];
  const captionOf = (i: number) => {
    const p = at(i - 1);
    return p?.kind === "p" ? p.text : "";
  };
  /** Where the model's tables stand among the blocks, in order. */
  const tableIndexes = () =>
    blocks.flatMap((b, i) => (b.kind === "tbl" && captionOf(i) !== APPROVALS_CAPTION ? [i] : []));
  const wordTables = () => tableIndexes().map((i) => blocks[i] as DocxTable);

  test("one Word table per model table, and the approval records", () => {
    expect(tablesIn(blocks)).toHaveLength(model.length + 1);
    expect(tableIndexes()).toHaveLength(model.length);
  });

  test("only the first row of every table is a header row, repeated on each page, with the model's headers", () => {
    for (const t of tablesIn(blocks))
      expect(t.rows.map((r) => r.header)).toEqual(t.rows.map((_, i) => i === 0));
    const tables = wordTables();
    model.forEach((m, i) =>
      expect(tables[i]!.rows[0]!.cells.map((c) => c.text)).toEqual(m.columns.map((c) => c.header)),
    );
  });

  test("a caption above each table and, below it, the line naming its source range", () => {
    model.forEach((m, k) => {
      const i = tableIndexes()[k]!;
      const before = at(i - 1);
      const after = at(i + 1);
      expect(before).toMatchObject({ kind: "p", style: "Caption", text: m.title });
      expect(after).toMatchObject({ kind: "p", style: "Catatan" });
      const source = after?.kind === "p" ? after.text : "";
      expect(source).toContain(`Sumber: lembar ${m.source.sheet}`);
      if (m.source.range) expect(source).toContain(`, sel ${m.source.range}, buku kerja induk`);
    });
    const source = (id: string) => {
      const i = tableIndexes()[model.findIndex((m) => m.id === id)]!;
      const p = at(i + 1);
      return p?.kind === "p" ? p.text : "";
    };
    expect(source("bab1-bagian")).toBe("Sumber: lembar Pengaturan, sel A12:D20, buku kerja induk.");
    expect(source("bab2-pk")).toBe("Sumber: lembar Perjanjian Kinerja, buku kerja induk.");
    expect(source("bab3-sasaran-1")).toBe(
      "Sumber: lembar Analisis, sel A44:H47, buku kerja induk; dihimpun dari 2 kertas kerja Bagian (rincian pada Lampiran Sumber Data).",
    );
  });

  test("every cell reads as the domain formats it: figures right-aligned, text left, emphasis rows bold", () => {
    const tables = wordTables();
    model.forEach((m, k) => {
      const rows = tables[k]!.rows.slice(1);
      expect(rows).toHaveLength(m.rows.length);
      m.rows.forEach((row, r) => {
        const cells = rows[r]!.cells;
        expect(cells.map((c) => c.text)).toEqual(
          m.columns.map((c, i) => expected(row.cells[i]?.value ?? null, c.kind)),
        );
        expect(cells.map((c) => c.align)).toEqual(
          m.columns.map((c) => (c.kind === "text" ? "left" : "right")),
        );
        for (const c of cells) if (c.text !== "") expect(c.bold).toBe(row.emphasis === true);
      });
    });
  });

  test("figures by hand: rupiah with dots, percentages with two decimals and a kept space", () => {
    const all = tablesIn(blocks).flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));
    // 125.000.000 + 95.500.000 + 1.405.000.000 + 1.250.000.000
    expect(all).toContain("2.875.500.000");
    // 2.689.312.500 / 2.875.500.000 = 93,5251…
    expect(all).toContain(`93,53${NBSP}%`);
    expect(all).toContain(`92,50${NBSP}%`);
    // 74 / 78 = 94,8717…
    expect(all).toContain(`94,87${NBSP}%`);
    expect(all).toContain("85,5");
    expect(all).toContain("4.375.500.000");
    expect(all).not.toContain("4375500000");
  });

  test("columns share the text width (16 cm) as the model's widths say, widened where a figure needs it", () => {
    for (const t of tablesIn(blocks)) {
      expect(t.grid.reduce((a, b) => a + b, 0)).toBe(9071);
      expect(t.xml).toMatch(/<w:tblW w:type="dxa" w:w="9071"\/>/);
      expect(t.xml).toMatch(/<w:tblLayout w:type="fixed"\/>/);
    }
    const bagian = wordTables()[0]!;
    // Bagian 38 : Kepala Bagian 34 — the wider text column stays wider.
    expect(bagian.grid[1]!).toBeGreaterThan(bagian.grid[2]!);
  });

  test("table text is 11 pt, and the eight-column table with three rupiah columns smaller, not broken", () => {
    const tables = wordTables();
    const sizeOf = (k: number) => Number(/<w:sz w:val="(\d+)"\/>/.exec(tables[k]!.xml)?.[1]);
    expect(sizeOf(model.findIndex((m) => m.id === "bab1-bagian"))).toBe(22);
    const efisiensi = sizeOf(model.findIndex((m) => m.id === "bab3-efisiensi"));
    expect(efisiensi).toBeLessThan(22);
    expect(efisiensi).toBeGreaterThanOrEqual(16);
  });
});

describe("prose", () => {
  test("a paragraph is justified with a first-line indent", () => {
    const p = paragraphsIn(blocks).find((x) => x.text === LONG_PARAGRAPH);
    expect(p?.xml).toMatch(/<w:jc w:val="both"\/>/);
    expect(p?.xml).toMatch(/<w:ind w:firstLine="709"\/>/);
  });

  test("a section without data is one line in italics, no empty table", () => {
    const p = paragraphsIn(blocks).find((x) => x.text === EMPTY_LINE);
    expect(p?.xml).toMatch(/<w:i\/>/);
    const i = blocks.indexOf(p!);
    expect(blocks[i + 1]?.kind).toBe("p");
  });

  test("bullets use the report's list of '•'", () => {
    const items = doc.chapters[0]!.blocks.flatMap((b) => (b.kind === "bullets" ? b.items : []));
    const ps = paragraphsIn(blocks).filter((p) => items.includes(p.text));
    expect(ps).toHaveLength(items.length);
    for (const p of ps) expect(p.xml).toMatch(/<w:numPr>/);
    expect(parts.part("word/numbering.xml")).toContain('<w:lvlText w:val="•"/>');
  });
});
