/**
 * The .xlsx as an OPC package, for the parts this host edits by hand (charts): parts by path, the
 * workbook's sheets, relationships parts and content-type overrides. Text in, text out; the XML is
 * read with patterns that fit what exceljs and Excel write, not with a general parser.
 */
import type JSZip from "jszip";
import { unxml, xml } from "./xml-text";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMl: "http://schemas.openxmlformats.org/drawingml/2006/main",
  sheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

/** The parts of a package as text, whatever holds them: a JSZip, or the parts being written. */
export interface PartStore {
  read(path: string): Promise<string | undefined>;
  write(path: string, text: string): void;
  paths(): string[];
}

/** The parts of a zip read (or being built) with JSZip. */
export function zipStore(zip: JSZip): PartStore {
  return {
    read: (path) => zip.file(path)?.async("string") ?? Promise.resolve(undefined),
    write: (path, text) => void zip.file(path, text),
    paths: () => Object.keys(zip.files),
  };
}

/** A part and its relationships part, as text being edited. */
export interface EditedPart {
  path: string;
  xml: string;
  relsPath: string;
  rels: string;
}

export class Package {
  constructor(private readonly store: PartStore) {}

  async text(path: string): Promise<string> {
    const text = await this.optionalText(path);
    if (text === undefined) throw new Error(`Part ${path} is missing`);
    return text;
  }

  optionalText(path: string): Promise<string | undefined> {
    return this.store.read(path);
  }

  /** Writes (or replaces) a part. */
  write(path: string, text: string): void {
    this.store.write(path, text);
  }

  /**
   * A part opened for editing: its text (`initial` when given, else the part, which must exist) and
   * its relationships (an empty relationships part when it has none).
   */
  async edit(path: string, initial?: string): Promise<EditedPart> {
    const text = initial ?? (await this.text(path));
    const relsPath = relsPathOf(path);
    const rels = (await this.optionalText(relsPath)) ?? emptyRels();
    return { path, xml: text, relsPath, rels };
  }

  /** Writes an edited part, then its relationships. */
  save(part: EditedPart): void {
    this.write(part.path, part.xml);
    this.write(part.relsPath, part.rels);
  }

  /** One more than the highest number in the paths that match `pattern` (its group 1), or 1. */
  nextNumber(pattern: RegExp): number {
    const numbers = this.store.paths().map((p) => Number(pattern.exec(p)?.[1] ?? 0));
    return Math.max(0, ...numbers) + 1;
  }

  /** Lower-case sheet name → its name and worksheet part path, in workbook order. */
  async sheets(): Promise<Map<string, { name: string; path: string }>> {
    const workbook = await this.text("xl/workbook.xml");
    const rels = relationships(await this.text("xl/_rels/workbook.xml.rels"));
    const out = new Map<string, { name: string; path: string }>();
    for (const m of workbook.matchAll(/<sheet\s([^>]*?)\/?>/g)) {
      const attrs = m[1] ?? "";
      const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
      const id = /\br:id="([^"]*)"/.exec(attrs)?.[1];
      const target = id === undefined ? undefined : rels.get(id)?.target;
      if (name === undefined || !target) continue;
      const sheetName = unxml(name);
      out.set(sheetName.toLowerCase(), { name: sheetName, path: resolvePath("xl/workbook.xml", target) });
    }
    return out;
  }

  async sheetPaths(): Promise<Map<string, string>> {
    return new Map([...(await this.sheets())].map(([key, s]) => [key, s.path]));
  }
}

// ---- relationships -----------------------------------------------------------------------

/** The relationships of a relationships part, by id. */
export function relationships(rels: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (const m of rels.matchAll(/<Relationship\s([^>]*?)\/?>/g)) {
    const attrs = m[1] ?? "";
    const id = /\bId="([^"]*)"/.exec(attrs)?.[1];
    const type = /\bType="([^"]*)"/.exec(attrs)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
    if (id !== undefined && type !== undefined && target !== undefined) {
      out.set(id, { type, target: unxml(target) });
    }
  }
  return out;
}

function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
}

export function addRelationship(rels: string, id: string, type: string, target: string): string {
  return rels.replace(
    /<\/Relationships>\s*$/,
    `<Relationship Id="${id}" Type="${type}" Target="${xml(target)}"/></Relationships>`,
  );
}

/** An id no relationship of `rels` has: "rId<count + 1>", or the next one free after it. */
export function freeRelId(rels: string): string {
  const taken = new Set(relationships(rels).keys());
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

// ---- content types and paths -------------------------------------------------------------

/** `[Content_Types].xml` with an override for the part, unless it has one. */
export function addOverride(types: string, path: string, contentType: string): string {
  const part = `/${path}`;
  if (types.includes(`PartName="${part}"`)) return types;
  return types.replace(
    /<\/Types>\s*$/,
    `<Override PartName="${part}" ContentType="${contentType}"/></Types>`,
  );
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** A relationship target relative to its source part ("../drawings/drawing1.xml"), or absolute ("/xl/…"). */
export function resolvePath(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}
