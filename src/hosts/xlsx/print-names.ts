/**
 * The built-in names of a workbook for print and filter, which exceljs gets wrong. It writes a
 * print area of several ranges (a kertas kerja prints two) as one `_xlnm.Print_Area` per range,
 * where Excel wants one name per sheet; with relative rows; with a sheet name holding an apostrophe
 * unescaped ('O'Brien'!…); and reading, it keeps a print area's first range only. It writes an
 * autofilter without the hidden `_xlnm._FilterDatabase` name Excel writes beside it, without which
 * LibreOffice drops the filter. `mendPrintNames` and `mendFilterNames` rewrite workbook.xml after
 * exceljs wrote it; `printAreasOf` reads every range of a file's print areas.
 */
import { strFromU8, unzipSync } from "fflate";
import { unxml, xml } from "./xml-text";

const DEFINED_NAME = /<definedName\b([^>]*)>([^<]*)<\/definedName>/g;
const SHEET = /<sheet\b[^>]*?\bname="([^"]*)"/g;
const WORKBOOK = "xl/workbook.xml";
const PRINT_AREA = "_xlnm.Print_Area";
const PRINT_NAMES = new Set([PRINT_AREA, "_xlnm.Print_Titles"]);

/** The value of attribute `name` in an element's attribute text. */
function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

/**
 * The cell part of each reference of a name's formula, whatever the quoting of the sheet names
 * before them: "'O'Brien'!$N1:$AA60,'O'Brien'!$5:$5" → ["$N1:$AA60", "$5:$5"].
 */
function cellParts(formula: string): string[] {
  return [...formula.matchAll(/!(\$?[A-Z]{0,3}\$?\d*(?::\$?[A-Z]{0,3}\$?\d*)?)(?=,|$)/g)].map(
    (m) => m[1] ?? "",
  );
}

/** "$N1:$AA60" → "$N$1:$AA$60"; whole rows and columns ("$9:$10", "$A:$D") as they are. */
const absolute = (cells: string): string => cells.replace(/\$?([A-Z]+)\$?(\d+)/g, "$$$1$$$2");

/** A sheet name as a reference writes it: always quoted, an apostrophe doubled. */
const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/**
 * workbook.xml with one print area name per sheet holding all its ranges in order, and every print
 * name's references absolute and quoted as Excel reads them; other names untouched.
 */
export function mendPrintNames(workbookXml: string): string {
  const sheets = sheetNamesOf(workbookXml);
  const areas = new Map<string, string[]>();
  for (const [, attributes = "", text = ""] of workbookXml.matchAll(DEFINED_NAME)) {
    const sheet = attribute(attributes, "localSheetId");
    if (attribute(attributes, "name") !== PRINT_AREA || sheet === undefined) continue;
    areas.set(sheet, [...(areas.get(sheet) ?? []), ...cellParts(unxml(text))]);
  }
  const written = new Set<string>();
  return workbookXml.replace(DEFINED_NAME, (whole, attributes: string, text: string) => {
    const name = attribute(attributes, "name") ?? "";
    const sheet = attribute(attributes, "localSheetId");
    const sheetName = sheet === undefined ? undefined : sheets[Number(sheet)];
    if (!PRINT_NAMES.has(name) || sheet === undefined || sheetName === undefined) return whole;
    if (name === PRINT_AREA) {
      if (written.has(sheet)) return "";
      written.add(sheet);
    }
    const cells = name === PRINT_AREA ? (areas.get(sheet) ?? []) : cellParts(unxml(text));
    const formula = cells.map((c) => `${quoted(sheetName)}!${absolute(c)}`).join(",");
    return `<definedName${attributes}>${xml(formula)}</definedName>`;
  });
}

/**
 * Every print area range of an .xlsx, by sheet position (localSheetId), without sheet name or
 * "$": { 0: ["N1:AA60", "E1:M50"] }. Empty when the file has no workbook part to read.
 */
export function printAreasOf(bytes: Uint8Array): Map<number, string[]> {
  const areas = new Map<number, string[]>();
  let part: Uint8Array | undefined;
  try {
    part = unzipSync(bytes, { filter: (f) => f.name === WORKBOOK })[WORKBOOK];
  } catch {
    return areas;
  }
  if (!part) return areas;
  for (const [, attributes = "", text = ""] of strFromU8(part).matchAll(DEFINED_NAME)) {
    const sheet = attribute(attributes, "localSheetId");
    if (attribute(attributes, "name") !== PRINT_AREA || sheet === undefined) continue;
    const ranges = cellParts(unxml(text)).map((c) => c.replace(/\$/g, ""));
    areas.set(Number(sheet), [...(areas.get(Number(sheet)) ?? []), ...ranges]);
  }
  return areas;
}

const FILTER_DATABASE = "_xlnm._FilterDatabase";

/** The names of the workbook's sheets in tab order (a name's localSheetId indexes this list). */
export function sheetNamesOf(workbookXml: string): string[] {
  return [...workbookXml.matchAll(SHEET)].map((m) => unxml(m[1] ?? ""));
}

/**
 * workbook.xml with one hidden `_xlnm._FilterDatabase` name for each sheet with an autofilter,
 * over its range (`filters`: the autofilter's ref per sheet position, undefined for none), and no
 * other: Excel's own pairing, which LibreOffice needs to keep the filter.
 */
export function mendFilterNames(workbookXml: string, filters: readonly (string | undefined)[]): string {
  const sheets = sheetNamesOf(workbookXml);
  const without = workbookXml.replace(DEFINED_NAME, (whole, attributes: string) =>
    attribute(attributes, "name") === FILTER_DATABASE ? "" : whole,
  );
  const names = filters.flatMap((ref, i) => {
    const sheet = sheets[i];
    if (!ref || sheet === undefined) return [];
    const formula = `${quoted(sheet)}!${absolute(ref.replace(/\$/g, ""))}`;
    return [
      `<definedName name="${FILTER_DATABASE}" localSheetId="${i}" hidden="1">${xml(formula)}</definedName>`,
    ];
  });
  if (names.length === 0) return without.replace(/<definedNames\s*\/>|<definedNames><\/definedNames>/, "");
  if (/<definedNames>/.test(without))
    return without.replace("</definedNames>", `${names.join("")}</definedNames>`);
  if (/<definedNames\s*\/>/.test(without))
    return without.replace(/<definedNames\s*\/>/, `<definedNames>${names.join("")}</definedNames>`);
  return without.replace("</sheets>", `</sheets><definedNames>${names.join("")}</definedNames>`);
}
