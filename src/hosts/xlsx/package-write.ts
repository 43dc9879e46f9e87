/**
 * A workbook to .xlsx bytes in one pass over its package. exceljs writes everything it holds,
 * stored without compression; the sheets built as placeholders (write.ts) get their `<sheetData>`
 * from their plans (sheet-data.ts), with the style ids exceljs gave their stand-in cells and their
 * texts added to the shared strings; the charts are added (charts.ts); the package is deflated once
 * (zip-write.ts), part by part, a large sheet in pieces; and completePackage checks it last. So a
 * large sheet costs its XML text once, not an exceljs cell per cell and two compressions.
 * Node and browser.
 */
import type ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { CellPlan, SheetPlan } from "../../sheet/plan";
import { addChartParts, type SheetCharts } from "./charts";
import { toUint8Array } from "./internals";
import { addOverride, addRelationship, freeRelId, NS, Package, type PartStore } from "./ooxml-package";
import { completePackage } from "./package-integrity";
import { mendFilterNames, mendPrintNames, sheetNamesOf } from "./print-names";
import { dimensionOf, mergeFollowers, SharedStrings, sheetDataXml, type StyleIdOf } from "./sheet-data";
import { styleKey, type StyleCache } from "./write-cells";
import { zipParts, type ZipPart } from "./zip-write";

/** A sheet exceljs holds as a placeholder, and the plan its cells come from. */
export interface PlannedSheet {
  worksheet: ExcelJS.Worksheet;
  plan: SheetPlan;
  /** The style objects its cells are given in exceljs (shared with completeSheet). */
  styleOf: StyleCache;
  /** styleKey → the address of the stand-in cell that carries that style in the placeholder. */
  standIns: Map<string, string>;
}

const SHARED_STRINGS = "xl/sharedStrings.xml";
const WORKBOOK = "xl/workbook.xml";
const SHEET_DATA = "<sheetData/>";

export interface PackageWriteOptions {
  /** Passed to zip-write.ts (tests force the portable deflater). */
  deflater?: "platform" | "fflate";
}

/** The workbook's bytes: `planned` sheets' cells from their plans, `charts` added. */
export async function writePackage(
  wb: ExcelJS.Workbook,
  planned: readonly PlannedSheet[],
  charts: readonly SheetCharts[],
  opts: PackageWriteOptions = {},
): Promise<Uint8Array> {
  const stored = toUint8Array(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  const parts = new Parts(unzipSync(stored));
  const pkg = new Package(parts);
  const paths = await pkg.sheetPaths();
  const strings = new SharedStrings(await parts.read(SHARED_STRINGS));
  const cells = new Map<string, { plan: SheetPlan; styleOf: StyleIdOf }>();
  for (const sheet of planned) {
    // A placeholder replaced since (by another write) is not in the workbook any more.
    const path = paths.get(sheet.worksheet.name.toLowerCase());
    if (!path || !wb.worksheets.includes(sheet.worksheet)) continue;
    const xml = (await parts.read(path)) ?? "";
    parts.write(path, withoutCells(xml, dimensionOf(sheet.plan)));
    cells.set(path, { plan: sheet.plan, styleOf: styleIds(xml, sheet.standIns) });
  }
  if ([...cells.values()].some(({ plan }) => hasText(plan)) && !parts.has(SHARED_STRINGS)) {
    await addSharedStringsPart(pkg);
  }
  await addChartParts(pkg, charts);
  const book = await parts.read(WORKBOOK);
  if (book !== undefined) {
    const filters = sheetNamesOf(book).map((name) => {
      const path = paths.get(name.toLowerCase());
      return path === undefined ? undefined : autoFilterOf(parts.tail(path, "</sheetData>"));
    });
    parts.write(WORKBOOK, mendFilterNames(mendPrintNames(book), filters));
  }

  const entries: ZipPart[] = [];
  for (const path of parts.paths()) {
    if (path === SHARED_STRINGS) continue;
    const sheet = cells.get(path);
    entries.push({
      name: path,
      data: sheet ? sheetXml(parts.text(path), sheet, strings) : parts.bytes(path),
    });
  }
  // Last, once every sheet has given it its texts.
  if (parts.has(SHARED_STRINGS)) entries.push({ name: SHARED_STRINGS, data: strings.xml() });
  return completePackage(await zipParts(entries, opts));
}

/** The range of the autofilter in (the end of) a worksheet part, if it has one. */
function autoFilterOf(sheetXml: string): string | undefined {
  return /<autoFilter [^>]*?\bref="([^"]+)"/.exec(sheetXml)?.[1];
}

/** The worksheet part with its cells, in pieces: the part around them, and the cells between. */
function* sheetXml(
  xml: string,
  sheet: { plan: SheetPlan; styleOf: StyleIdOf },
  strings: SharedStrings,
): Generator<string> {
  const at = xml.indexOf(SHEET_DATA);
  yield xml.slice(0, at);
  yield* sheetDataXml(sheet.plan, sheet.styleOf, strings);
  yield xml.slice(at + SHEET_DATA.length);
}

/** The placeholder's part with an empty `<sheetData/>` where its cells will go, and their dimension. */
function withoutCells(xml: string, dimension: string): string {
  return xml
    .replace(/<sheetData\/>|<sheetData>[\s\S]*?<\/sheetData>/, SHEET_DATA)
    .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`);
}

/** Each cell's style id, as exceljs wrote it for the stand-in of the cell's style. */
function styleIds(placeholder: string, standIns: Map<string, string>): StyleIdOf {
  const written = new Map<string, number>();
  for (const m of placeholder.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)) {
    if (m[1] !== undefined) written.set(m[1], Number(m[2] ?? 0));
  }
  const byKey = new Map<string, number>();
  for (const [key, address] of standIns) byKey.set(key, written.get(address) ?? 0);
  // Per style name, locked and unlocked: a cell's key costs no string per cell.
  const cache = new Map<string | undefined, [number, number]>();
  return (cell: CellPlan) => {
    let ids = cache.get(cell.style);
    if (!ids) {
      const id = (locked: boolean) => {
        const key = styleKey({ style: cell.style, locked });
        return key === undefined ? 0 : (byKey.get(key) ?? 0);
      };
      ids = [id(true), id(false)];
      cache.set(cell.style, ids);
    }
    return cell.locked === false ? ids[1] : ids[0];
  };
}

/** True when a cell of the plan (not one a merge covers) is written as text. */
function hasText(plan: SheetPlan): boolean {
  const followers = plan.merges.length > 0 ? mergeFollowers(plan) : null;
  return plan.rows.some((row, r) =>
    row.some(
      (cell, c) =>
        !!cell &&
        cell.formula === undefined &&
        (typeof cell.value === "string" || cell.hyperlink !== undefined) &&
        !followers?.has(r * 16_384 + c),
    ),
  );
}

/** A shared strings part where exceljs wrote none: its relationship and content type. */
async function addSharedStringsPart(pkg: Package): Promise<void> {
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = await pkg.text(relsPath);
  pkg.write(relsPath, addRelationship(rels, freeRelId(rels), `${NS.rel}/sharedStrings`, "sharedStrings.xml"));
  const types = await pkg.text("[Content_Types].xml");
  pkg.write(
    "[Content_Types].xml",
    addOverride(
      types,
      SHARED_STRINGS,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
    ),
  );
  pkg.write(SHARED_STRINGS, "");
}

/** The package's parts, in order, as bytes or (once read or written) text. */
class Parts implements PartStore {
  private readonly parts: Map<string, Uint8Array | string>;
  private readonly decoder = new TextDecoder();

  constructor(unzipped: Record<string, Uint8Array>) {
    this.parts = new Map(Object.entries(unzipped));
  }

  read(path: string): Promise<string | undefined> {
    return Promise.resolve(this.has(path) ? this.text(path) : undefined);
  }

  text(path: string): string {
    const part = this.parts.get(path) ?? "";
    if (typeof part === "string") return part;
    const text = this.decoder.decode(part);
    this.parts.set(path, text);
    return text;
  }

  bytes(path: string): Uint8Array | Iterable<string> {
    const part = this.parts.get(path) ?? "";
    return typeof part === "string" ? [part] : part;
  }

  write(path: string, text: string): void {
    this.parts.set(path, text);
  }

  /**
   * The text of a part after the last `marker` (ASCII), or the whole part without it: the end of
   * a large sheet (after its cells) without decoding the cells.
   */
  tail(path: string, marker: string): string {
    const part = this.parts.get(path) ?? "";
    if (typeof part === "string") return part.slice(Math.max(0, part.lastIndexOf(marker)));
    const codes = [...marker].map((ch) => ch.charCodeAt(0));
    for (let i = part.length - codes.length; i >= 0; i--) {
      if (codes.every((code, k) => part[i + k] === code)) return this.decoder.decode(part.subarray(i));
    }
    return this.decoder.decode(part);
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  paths(): string[] {
    return [...this.parts.keys()];
  }
}
