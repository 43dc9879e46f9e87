/**
 * Returned kertas kerja saved by other spreadsheet programs, built by rewriting the XML of a file
 * filled in with exceljs the way those programs write it:
 * - WPS Office: every text an inline string (no sharedStrings part), a cell style table of its own
 *   (an extra first xf, so every style index moves; custom number formats renumbered), its own
 *   application properties and a custom properties part;
 * - Google Sheets: inline strings too, no document properties at all (no "modified" date), the
 *   very hidden metadata sheet merely hidden (Sheets has no "very hidden"), sheet protection
 *   dropped, numbers written as "480.0";
 * - LibreOffice: the file really saved by LibreOffice (`LIBREOFFICE_CASES`, run where it is).
 * Cases of the other corpus files saved again this way keep their verdicts and named cells.
 */
import { corpusFilling, corpusFixture, type ReturnedCase } from "./returned-corpus-content";
import { EDIT_CASES } from "./returned-corpus-edits";
import { filledKertasKerja } from "./returned-fixture";
import { recalcWithLibreOffice } from "./libreoffice";
import { unzipParts, writeZip, type ZipPart } from "./zip-writer";

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array): string => new TextDecoder().decode(b);

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The shared strings, each the concatenation of its runs' texts. */
function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...(si[1] ?? "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
      .map((t) => unescapeXml(t[1] ?? ""))
      .join(""),
  );
}

/** Every shared-string cell of a sheet as an inline string. */
function inlineStrings(sheetXml: string, strings: readonly string[]): string {
  return sheetXml.replace(
    /<c ([^>]*?)\bt="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g,
    (_, before: string, after: string, index: string) => {
      const text = strings[Number(index)] ?? "";
      return `<c ${before}t="inlineStr"${after}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
    },
  );
}

/** Moves every style index of a sheet by one (cells and rows `s`, columns `style`). */
function shiftStyles(sheetXml: string): string {
  return sheetXml
    .replace(
      /<(c|row) ([^>]*?)\bs="(\d+)"/g,
      (_, tag: string, before: string, s: string) => `<${tag} ${before}s="${Number(s) + 1}"`,
    )
    .replace(
      /<col ([^>]*?)\bstyle="(\d+)"/g,
      (_, before: string, s: string) => `<col ${before}style="${Number(s) + 1}"`,
    );
}

/** A style table of another program: a copy of the default xf first, custom formats renumbered. */
function otherStyleTable(stylesXml: string): string {
  const renumbered = stylesXml.replace(/numFmtId="(\d+)"/g, (whole, id: string) =>
    Number(id) >= 164 ? `numFmtId="${Number(id) + 36}"` : whole,
  );
  return renumbered.replace(
    /<cellXfs count="(\d+)">(<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>))/,
    (_, count: string, first: string) => `<cellXfs count="${Number(count) + 1}">${first}${first}`,
  );
}

/** Every part named like `name`, edited. */
const edit = (
  parts: ZipPart[],
  match: (name: string) => boolean,
  change: (xml: string) => string,
): ZipPart[] =>
  parts.map((p) => (match(p.name) ? { name: p.name, data: encode(change(decode(p.data))) } : p));

const isSheet = (name: string): boolean => /^xl\/worksheets\/sheet\d+\.xml$/.test(name);

/** The parts without shared strings: texts inline, the part, its relationship and content type gone. */
function withoutSharedStrings(parts: ZipPart[]): ZipPart[] {
  const sst = parts.find((p) => p.name === "xl/sharedStrings.xml");
  const strings = sst ? sharedStrings(decode(sst.data)) : [];
  let out = parts.filter((p) => p.name !== "xl/sharedStrings.xml");
  out = edit(out, isSheet, (xml) => inlineStrings(xml, strings));
  out = edit(
    out,
    (n) => n === "xl/_rels/workbook.xml.rels",
    (xml) => xml.replace(/<Relationship [^>]*Target="sharedStrings\.xml"\/>/, ""),
  );
  return edit(
    out,
    (n) => n === "[Content_Types].xml",
    (xml) => xml.replace(/<Override PartName="\/xl\/sharedStrings\.xml"[^>]*\/>/, ""),
  );
}

/** As WPS Office saves it. */
export async function asWps(bytes: Uint8Array): Promise<Uint8Array> {
  let parts = withoutSharedStrings(await unzipParts(bytes));
  parts = edit(parts, (n) => n === "xl/styles.xml", otherStyleTable);
  parts = edit(parts, isSheet, shiftStyles);
  parts = edit(
    parts,
    (n) => n === "docProps/app.xml",
    (xml) => xml.replace(/<Application>[^<]*<\/Application>/, "<Application>WPS Spreadsheets</Application>"),
  );
  parts = edit(
    parts,
    (n) => n === "[Content_Types].xml",
    (xml) =>
      xml.replace(
        "</Types>",
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
      ),
  );
  parts = edit(
    parts,
    (n) => n === "_rels/.rels",
    (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rIdWps" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
      ),
  );
  const custom =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">' +
    "<vt:lpwstr>1057-12.2.0.13431</vt:lpwstr></property></Properties>";
  return writeZip([...parts, { name: "docProps/custom.xml", data: encode(custom) }]);
}

/** As Google Sheets exports it (File › Download › Microsoft Excel). */
export async function asGoogleSheets(bytes: Uint8Array): Promise<Uint8Array> {
  let parts = withoutSharedStrings(await unzipParts(bytes));
  parts = parts.filter((p) => !p.name.startsWith("docProps/"));
  parts = edit(
    parts,
    (n) => n === "_rels/.rels",
    (xml) => xml.replace(/<Relationship [^>]*Target="docProps\/[^"]*"\/>/g, ""),
  );
  parts = edit(
    parts,
    (n) => n === "[Content_Types].xml",
    (xml) => xml.replace(/<Override PartName="\/docProps\/[^"]*"[^>]*\/>/g, ""),
  );
  parts = edit(parts, (n) => n === "xl/styles.xml", otherStyleTable);
  parts = edit(parts, isSheet, (xml) =>
    shiftStyles(xml)
      .replace(/<sheetProtection [^>]*\/>/, "")
      .replace(/<c ([^>]*)><v>(\d+)<\/v><\/c>/g, (whole, attrs: string, n: string) =>
        /\bt="/.test(attrs) ? whole : `<c ${attrs}><v>${n}.0</v></c>`,
      ),
  );
  parts = edit(
    parts,
    (n) => n === "xl/workbook.xml",
    (xml) => xml.replace(/state="veryHidden"/g, 'state="hidden"'),
  );
  return writeZip(parts);
}

const accepted = (codes: string[] = []): ReturnedCase["expect"] => ({ verdict: "accepted", codes });

/** The clean return, saved by another program. */
function savedBy(name: string, program: (bytes: Uint8Array) => Promise<Uint8Array>): ReturnedCase {
  return {
    name,
    expect: accepted(),
    make: async () => {
      const fx = await corpusFixture();
      const filled = await filledKertasKerja(fx, corpusFilling(fx.meta));
      return { name: `${name}.xlsx`, bytes: await program(filled) };
    },
  };
}

/** A case of the corpus, then saved by another program: the same verdict, the same cells named. */
function resaved(
  base: ReturnedCase | undefined,
  by: string,
  program: (bytes: Uint8Array) => Promise<Uint8Array>,
): ReturnedCase {
  if (!base) throw new Error(`no case to save again by ${by}`);
  const name = `${base.name}, saved by ${by}`;
  return {
    ...base,
    name,
    make: async () => {
      const made = await base.make();
      return { name: `${name}.xlsx`, bytes: await program(made.bytes) };
    },
  };
}

const editCase = (name: string): ReturnedCase | undefined => EDIT_CASES.find((c) => c.name === name);

export const PROGRAM_CASES: ReturnedCase[] = [
  savedBy("saved by WPS Office", asWps),
  savedBy("saved by Google Sheets", asGoogleSheets),
  resaved(editCase("realisasi typed as 3/12, made a date by Excel"), "WPS Office", asWps),
  resaved(editCase("a dash in the realisasi cell"), "Google Sheets", asGoogleSheets),
  resaved(editCase("capaian overwritten after the rows were sorted"), "Google Sheets", asGoogleSheets),
  resaved(editCase("non-breaking and trailing spaces in numbers and texts"), "WPS Office", asWps),
];

/** Saved by LibreOffice itself (a real round trip): where LibreOffice is, as every LibreOffice test. */
export const LIBREOFFICE_CASES: ReturnedCase[] = [
  savedBy("saved by LibreOffice", (b) => recalcWithLibreOffice(b)),
  resaved(editCase("realisasi typed as 3/12, made a date by Excel"), "LibreOffice", (b) =>
    recalcWithLibreOffice(b),
  ),
  resaved(editCase("capaian overwritten after the rows were sorted"), "LibreOffice", (b) =>
    recalcWithLibreOffice(b),
  ),
].map((c) => ({ ...c, libreOffice: true as const }));
