/**
 * Every part a written .xlsx refers to is in it, and [Content_Types].xml matches the parts: a
 * master last saved by LibreOffice (no theme part) rewritten by the product, and the package check
 * on its own.
 */
import JSZip from "jszip";
import { completePackage } from "../../../src/hosts/xlsx/package-integrity";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/port";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import { elements } from "../../support/xlsx-xml";
import { sheet, v } from "./plans";

const THEME_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";

/** What LibreOffice saves: a workbook without xl/theme/, its relationship or its content type. */
async function withoutTheme(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.remove("xl/theme/theme1.xml");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace(/<Relationship\b[^>]*theme\/theme1\.xml"[^>]*\/>/, ""));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace(/<Override\b[^>]*\/xl\/theme\/theme1\.xml"[^>]*\/>/, ""));
  return zip.generateAsync({ type: "uint8array" });
}

/** Every internal relationship target of the package that is not one of its parts, "source → target". */
async function danglingTargets(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Set(Object.keys(zip.files).filter((n) => !zip.files[n]!.dir));
  const out: string[] = [];
  for (const relsPath of [...parts].filter((p) => p.endsWith(".rels"))) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPath)!;
    const dir = m[1]!;
    for (const rel of elements(await zip.file(relsPath)!.async("string"), "Relationship")) {
      if (rel.TargetMode === "External") continue;
      const target = rel.Target!.replace(/#.*$/, "");
      const segments = (target.startsWith("/") ? target.slice(1) : `${dir}${target}`).split("/");
      const path: string[] = [];
      for (const s of segments) {
        if (s === "..") path.pop();
        else if (s !== ".") path.push(s);
      }
      if (!parts.has(path.join("/"))) out.push(`${relsPath} → ${target}`);
    }
  }
  return out;
}

/** Overrides for parts that are not there, and parts with neither an override nor a default. */
async function contentTypeMismatches(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir && n !== "[Content_Types].xml");
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const overrides = elements(types, "Override").map((o) => o.PartName!.slice(1));
  const defaults = new Set(elements(types, "Default").map((d) => d.Extension!.toLowerCase()));
  return [
    ...overrides.filter((o) => !parts.includes(o)).map((o) => `override without part: ${o}`),
    ...parts
      .filter((p) => !overrides.includes(p) && !defaults.has(p.split(".").pop()!.toLowerCase()))
      .map((p) => `part without type: ${p}`),
  ];
}

describe("a workbook saved without a theme part (as LibreOffice saves it), rewritten", () => {
  it("keeps every part it refers to: the theme relationship has its theme", async () => {
    const saved = await withoutTheme(await plansToXlsx([sheet("Data", [[v("Realisasi"), v(80)]])]));
    expect(Object.keys((await JSZip.loadAsync(saved)).files)).not.toContain("xl/theme/theme1.xml");

    const book = await XlsxWorkbook.fromBytes(saved);
    await book.writeSheets([sheet("Analisis", [[v("Capaian"), v(100)]])]);
    const written = await book.toBytes();

    expect(await danglingTargets(written)).toEqual([]);
    expect(await contentTypeMismatches(written)).toEqual([]);
    const zip = await JSZip.loadAsync(written);
    const rels = elements(await zip.file("xl/_rels/workbook.xml.rels")!.async("string"), "Relationship");
    expect(rels.filter((r) => r.Type === THEME_REL).map((r) => r.Target)).toEqual(["theme/theme1.xml"]);
    expect(await zip.file("xl/theme/theme1.xml")!.async("string")).toContain("<a:theme");
    // And the product still reads what it wrote.
    const again = await XlsxWorkbook.fromBytes(written);
    expect((await again.listSheets()).map((s) => s.name)).toEqual(["Data", "Analisis"]);
  });
});

describe("completePackage", () => {
  async function pkg(files: Record<string, string>): Promise<Uint8Array> {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(files)) zip.file(name, text);
    return zip.generateAsync({ type: "uint8array" });
  }
  const TYPES = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${body}</Types>`;
  const RELS = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  const rel = (id: string, target: string, extra = "") =>
    `<Relationship Id="${id}" Type="${THEME_REL}" Target="${target}"${extra}/>`;

  it("returns the same bytes when every reference holds", async () => {
    const bytes = await plansToXlsx([sheet("Data", [[v(1)]])]);
    expect(await completePackage(bytes)).toBe(bytes);
  });

  it("drops relationships to missing parts and overrides of missing parts, keeps the rest", async () => {
    const bytes = await pkg({
      "[Content_Types].xml": TYPES(
        `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="x/wb"/>` +
          `<Override PartName="/xl/theme/theme1.xml" ContentType="x/theme"/>`,
      ),
      "_rels/.rels": RELS(rel("rId1", "xl/workbook.xml")),
      "xl/workbook.xml": "<workbook/>",
      "xl/styles.xml": "<styleSheet/>",
      "xl/_rels/workbook.xml.rels": RELS(
        rel("rId1", "styles.xml") +
          rel("rId2", "theme/theme1.xml") +
          rel("rId3", "/xl/styles.xml") +
          rel("rId4", "../xl/./styles.xml#x") +
          rel("rId5", "https://example.org/gone", ' TargetMode="External"'),
      ),
    });
    const fixed = await completePackage(bytes);
    expect(await danglingTargets(fixed)).toEqual([]);
    // Neither a missing part nor a missing default type: the rels default is added.
    expect(await contentTypeMismatches(fixed)).toEqual([]);
    const zip = await JSZip.loadAsync(fixed);
    const ids = elements(await zip.file("xl/_rels/workbook.xml.rels")!.async("string"), "Relationship").map(
      (r) => r.Id,
    );
    expect(ids).toEqual(["rId1", "rId3", "rId4", "rId5"]);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).not.toContain("theme1");
    expect(types).toContain(`<Default Extension="rels"`);
    expect(types.indexOf(`Extension="rels"`)).toBeLessThan(types.indexOf("<Override"));
  });
});
