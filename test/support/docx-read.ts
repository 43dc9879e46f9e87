/**
 * Reads a .docx the way a test needs it: its parts as text (jszip), and the body of
 * word/document.xml as a list of paragraphs and tables — style, text, alignment, boldness, header
 * rows — with a small reader of WordprocessingML's own shape (the renderer writes no nested tables).
 */
import JSZip from "jszip";

export interface DocxParts {
  /** Path → text of every XML part. */
  parts: Map<string, string>;
  /** Path → the entry's date, as the zip stores it. */
  dates: Map<string, Date>;
  part(path: string): string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  const dates = new Map<string, Date>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    parts.set(path, await file.async("string"));
    dates.set(path, file.date);
  }
  return {
    parts,
    dates,
    part(path) {
      const text = parts.get(path);
      if (text === undefined) throw new Error(`bagian ${path} tidak ada dalam berkas`);
      return text;
    },
  };
}

export interface DocxParagraph {
  kind: "p";
  /** The paragraph style ("Heading1", "Caption"); "" for Normal. */
  style: string;
  text: string;
  xml: string;
}

export interface DocxCell {
  text: string;
  /** `w:jc` of its first paragraph: "left", "right", "center"… ("" when not set). */
  align: string;
  /** Every run of the cell is bold. */
  bold: boolean;
  /** Columns it spans. */
  span: number;
}

export interface DocxRow {
  /** Marked as a header row (`w:tblHeader`), repeated on each page. */
  header: boolean;
  cells: DocxCell[];
}

export interface DocxTable {
  kind: "tbl";
  rows: DocxRow[];
  /** `w:gridCol` widths in twips. */
  grid: number[];
  xml: string;
}

export type DocxBlock = DocxParagraph | DocxTable;

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of a piece of WordprocessingML: its `w:t`, tabs as "\t", paragraphs ended by "\n". */
export function textOf(xml: string): string {
  const out: string[] = [];
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<\/w:p>/g;
  for (const m of xml.matchAll(re)) {
    if (m[1] !== undefined) out.push(decode(m[1]));
    else if (m[0] === "<w:tab/>") out.push("\t");
    else out.push("\n");
  }
  return out.join("").replace(/\n$/, "");
}

const attr = (xml: string, tag: string, name = "w:val"): string | undefined =>
  new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

function cellOf(xml: string): DocxCell {
  const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)]
    .map((m) => m[1] ?? "")
    .filter((r) => /<w:t[ >]/.test(r));
  return {
    text: textOf(xml),
    align: attr(xml, "w:jc") ?? "",
    bold: runs.length > 0 && runs.every((r) => /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(r)),
    span: Number(attr(xml, "w:gridSpan") ?? 1),
  };
}

function tableOf(xml: string): DocxTable {
  const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map(([tr]) => ({
    header: /<w:tblHeader(\s+w:val="(true|1|on)")?\s*\/>/.test(tr),
    cells: [...tr.matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map(([tc]) => cellOf(tc)),
  }));
  const grid = [...xml.matchAll(/<w:gridCol\b[^>]*w:w="(\d+)"/g)].map((m) => Number(m[1]));
  return { kind: "tbl", rows, grid, xml };
}

/** The body's paragraphs and tables in order (paragraphs inside a table belong to it; the TOC's are listed). */
export function bodyBlocks(documentXml: string): DocxBlock[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? "";
  const re = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\b(?:[^>]*)\/>|<w:p\b[^>]*>[\s\S]*?<\/w:p>/g;
  return [...body.matchAll(re)].map(([xml]): DocxBlock => {
    if (xml.startsWith("<w:tbl>")) return tableOf(xml);
    return { kind: "p", style: attr(xml, "w:pStyle") ?? "", text: textOf(xml), xml };
  });
}

export const tablesIn = (blocks: readonly DocxBlock[]): DocxTable[] =>
  blocks.filter((b): b is DocxTable => b.kind === "tbl");
export const paragraphsIn = (blocks: readonly DocxBlock[]): DocxParagraph[] =>
  blocks.filter((b): b is DocxParagraph => b.kind === "p");
