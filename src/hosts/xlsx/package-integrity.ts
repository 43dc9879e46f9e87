/**
 * Every part an .xlsx this host writes refers to is in it, and [Content_Types].xml names exactly
 * the parts that are there. Excel offers to "repair" a package that breaks this, and Microsoft's
 * Open XML SDK refuses it.
 *
 * The case that made this necessary: LibreOffice saves no theme part, and exceljs 4.4, writing a
 * workbook it read without one, still writes the workbook's relationship to /xl/theme/theme1.xml
 * and its content-type override. `keepThemePart` lets exceljs write its default theme for such a
 * workbook; `completePackage` then checks the written package as a whole, so whatever else exceljs
 * (or a later step) leaves dangling is dropped rather than shipped. Runs in Node and the browser.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { workbookInternals } from "./internals";

/** The theme part exceljs always points the workbook at (`xl/_rels/workbook.xml.rels`). */
const THEME = "theme1";

/**
 * For a workbook read from a file without `xl/theme/theme1.xml` (LibreOffice writes none):
 * forget the themes read, so exceljs writes its default theme where its relationship points.
 */
export function keepThemePart(wb: ExcelJS.Workbook): void {
  const state = workbookInternals(wb);
  if (state._themes !== undefined && !(THEME in state._themes)) state._themes = undefined;
}

/** Content types of parts that carry no override, by extension, for the kinds this host writes. */
const DEFAULT_TYPES: Record<string, string> = {
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  png: "image/png",
  jpeg: "image/jpeg",
  jpg: "image/jpeg",
  gif: "image/gif",
};

const CONTENT_TYPES = "[Content_Types].xml";

/**
 * The package with every internal relationship pointing at a part that exists (a relationship to
 * a missing part is dropped), no content-type override for a missing part, and a default content
 * type for every extension of the parts present (of the kinds in DEFAULT_TYPES). Returns `bytes`
 * itself when nothing had to change: the common case costs reading the relationship parts only.
 */
export async function completePackage(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const names = files.map((f) => f.name);
  // Part names are case-insensitive (OPC).
  const present = new Set(names.map((n) => n.toLowerCase()));
  let changed = false;

  for (const file of files.filter((f) => isRelationshipsPart(f.name))) {
    const relsPath = file.name;
    const rels = await file.async("string");
    const source = sourceOf(relsPath);
    const kept = rels.replace(RELATIONSHIP, (rel) => {
      if (/\bTargetMode\s*=\s*["']External["']/.test(rel)) return rel;
      const target = attribute(rel, "Target");
      if (target === undefined) return rel;
      return present.has(resolveTarget(source, target).toLowerCase()) ? rel : "";
    });
    if (kept !== rels) {
      zip.file(relsPath, kept);
      changed = true;
    }
  }

  const typesFile = zip.file(CONTENT_TYPES);
  if (typesFile) {
    const types = await typesFile.async("string");
    let fixed = types.replace(/<Override\b[^>]*\/>/g, (override) => {
      const name = attribute(override, "PartName");
      return name === undefined || present.has(name.replace(/^\//, "").toLowerCase()) ? override : "";
    });
    const defaults = new Set(
      [...fixed.matchAll(/<Default\b[^>]*\/>/g)].map((m) => attribute(m[0], "Extension")?.toLowerCase()),
    );
    const overridden = new Set(
      [...fixed.matchAll(/<Override\b[^>]*\/>/g)].map((m) =>
        attribute(m[0], "PartName")?.replace(/^\//, "").toLowerCase(),
      ),
    );
    const missing = new Set<string>();
    for (const name of names) {
      if (name === CONTENT_TYPES || overridden.has(name.toLowerCase())) continue;
      const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase();
      if (extension && !defaults.has(extension) && DEFAULT_TYPES[extension]) missing.add(extension);
    }
    if (missing.size > 0) {
      const added = [...missing]
        .map((ext) => `<Default Extension="${ext}" ContentType="${DEFAULT_TYPES[ext]}"/>`)
        .join("");
      // Defaults come before overrides in the schema's sequence.
      fixed = fixed.replace(/(<Types\b[^>]*>)/, `$1${added}`);
    }
    if (fixed !== types) {
      zip.file(CONTENT_TYPES, fixed);
      changed = true;
    }
  }

  return changed ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : bytes;
}

const RELATIONSHIP = /<Relationship\b[^>]*?\/>|<Relationship\b[^>]*>[\s\S]*?<\/Relationship>/g;

/** "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/worksheets/_rels/sheet1.xml.rels". */
function isRelationshipsPart(name: string): boolean {
  return /(^|\/)_rels\/[^/]*\.rels$/i.test(name);
}

/** The part a relationships part belongs to: "xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "" for the package. */
function sourceOf(relsPath: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(relsPath);
  return m ? `${m[1]}${m[2]}` : "";
}

/** A target relative to its source part's folder ("../theme/theme1.xml"), or absolute ("/xl/…"). */
function resolveTarget(source: string, target: string): string {
  const path = decodePath(target.replace(/[#?].*$/, ""));
  if (path.startsWith("/")) return normalise(path.slice(1).split("/"));
  return normalise([...source.split("/").slice(0, -1), ...path.split("/")]);
}

function normalise(segments: string[]): string {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** An attribute's value in one element's text, unescaped; undefined when absent. */
function attribute(element: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(element);
  const raw = m?.[1] ?? m?.[2];
  return raw === undefined
    ? undefined
    : raw
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&");
}
