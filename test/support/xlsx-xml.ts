/**
 * Reads facts straight from the XML parts of an .xlsx, for tests that must not trust exceljs:
 * exceljs only understands "1" for OOXML booleans, while LibreOffice writes "true"/"false"
 * (sheet protection, locked cells), so a file LibreOffice saved would read as unprotected.
 */
import JSZip from "jszip";

export type XmlAttributes = Record<string, string>;

/** The workbook's parts as text; `sheetXml(name)` resolves a sheet through workbook.xml.rels. */
export interface XlsxParts {
  workbookXml: string;
  stylesXml: string;
  sheetNames: string[];
  sheetXml(name: string): string;
}

export async function readXlsxParts(bytes: Uint8Array): Promise<XlsxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`bagian ${path} tidak ada dalam berkas`);
    return file.async("string");
  };
  const workbookXml = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const stylesXml = await text("xl/styles.xml");
  const targets = new Map(
    elements(rels, "Relationship").map((r) => [r.Id ?? "", (r.Target ?? "").replace(/^\/?(xl\/)?/, "")]),
  );
  const sheets = new Map<string, string>();
  for (const s of elements(workbookXml, "sheet")) {
    const target = targets.get(s["r:id"] ?? "");
    if (s.name !== undefined && target) sheets.set(s.name, await text(`xl/${target}`));
  }
  return {
    workbookXml,
    stylesXml,
    sheetNames: [...sheets.keys()],
    sheetXml(name) {
      const xml = sheets.get(name);
      if (xml === undefined) throw new Error(`lembar ${name} tidak ada dalam berkas`);
      return xml;
    },
  };
}

/** An OOXML boolean as Excel ("1"/"0") or LibreOffice ("true"/"false") writes it. */
export function xmlBool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  return value === "1" || value === "true";
}

/** Attributes of every `<tag …>` element (namespace prefixes kept, entities decoded). */
export function elements(xml: string, tag: string): XmlAttributes[] {
  const re = new RegExp(`<${tag.replace(/[.:]/g, "\\$&")}(\\s[^>]*?)?/?>`, "g");
  return [...xml.matchAll(re)].map((m) => attributes(m[1] ?? ""));
}

function attributes(source: string): XmlAttributes {
  const out: XmlAttributes = {};
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (m[1]) out[m[1]] = decode(m[2] ?? m[3] ?? "");
  }
  return out;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export interface SheetFacts {
  /** `<sheetProtection>` attributes, or null when the element is absent. */
  protection: XmlAttributes | null;
  /** The sheet is protected (`sheet` attribute true in either dialect). */
  isProtected: boolean;
  /** Whether a cell is locked: its xf's `<protection locked>`, default true (as in Excel). */
  isLocked(address: string): boolean;
  /** The raw `<xf>` that styles a cell (index 0 for a cell not in sheetData). */
  cellXf(address: string): string;
  pageSetup: XmlAttributes | null;
  /** `<pageSetUpPr>` (fitToPage lives here, not in pageSetup). */
  pageSetUpPr: XmlAttributes | null;
  dataValidations: { attributes: XmlAttributes; formula1?: string; formula2?: string }[];
  mergeRefs: string[];
  /** The `<pane>` of the first sheet view (frozen panes), or null. */
  pane: XmlAttributes | null;
}

export function sheetFacts(parts: XlsxParts, sheetName: string): SheetFacts {
  const xml = parts.sheetXml(sheetName);
  const locks = cellXfLocks(parts.stylesXml);
  const xfs = cellXfs(parts.stylesXml);
  const styleOf = new Map<string, number>();
  for (const c of elements(xml, "c")) if (c.r) styleOf.set(c.r, Number(c.s ?? 0));
  const protection = elements(xml, "sheetProtection")[0] ?? null;
  const dataValidations = [
    ...xml.matchAll(/<dataValidation(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/dataValidation>)/g),
  ].map((m) => {
    const body = m[2] ?? "";
    const f1 = /<formula1>([\s\S]*?)<\/formula1>/.exec(body)?.[1];
    const f2 = /<formula2>([\s\S]*?)<\/formula2>/.exec(body)?.[1];
    return {
      attributes: attributes(m[1] ?? ""),
      ...(f1 === undefined ? {} : { formula1: decode(f1) }),
      ...(f2 === undefined ? {} : { formula2: decode(f2) }),
    };
  });
  return {
    protection,
    isProtected: xmlBool(protection?.sheet, false),
    isLocked(address) {
      const s = styleOf.get(address) ?? 0;
      return locks[s] ?? true;
    },
    cellXf(address) {
      return xfs[styleOf.get(address) ?? 0] ?? "";
    },
    pageSetup: elements(xml, "pageSetup")[0] ?? null,
    pageSetUpPr: elements(xml, "pageSetUpPr")[0] ?? null,
    dataValidations,
    mergeRefs: elements(xml, "mergeCell").map((m) => m.ref ?? ""),
    pane: elements(xml, "pane")[0] ?? null,
  };
}

/** The raw `<xf>` elements of `<cellXfs>`, in index order (a cell's `s` indexes this list). */
export function cellXfs(stylesXml: string): string[] {
  const body = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  return [...body.matchAll(/<xf(?:\s[^>]*?)?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
}

/** For each `<cellXfs>` entry, whether it locks its cells. */
function cellXfLocks(stylesXml: string): boolean[] {
  return cellXfs(stylesXml).map((xf) => xmlBool(elements(xf, "protection")[0]?.locked, true));
}

/** `<definedName>` elements of workbook.xml: name, localSheetId and the formula text. */
export function definedNames(parts: XlsxParts): { name: string; localSheetId?: string; formula: string }[] {
  return [...parts.workbookXml.matchAll(/<definedName(\s[^>]*?)>([\s\S]*?)<\/definedName>/g)].map((m) => {
    const a = attributes(m[1] ?? "");
    return {
      name: a.name ?? "",
      ...(a.localSheetId === undefined ? {} : { localSheetId: a.localSheetId }),
      formula: decode(m[2] ?? ""),
    };
  });
}
