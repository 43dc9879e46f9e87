/**
 * Charts in .xlsx bytes: the package wiring. exceljs neither writes charts nor keeps them when it
 * loads a file, so this host adds them to the bytes exceljs produced: one chart part per chart
 * (chart-part.ts), one drawing part per sheet holding an anchor per chart (chart-drawing.ts), their
 * relationships, the worksheet's `<drawing r:id>` and the content types.
 *
 * Reading back is for the host's own charts only (`readOwnCharts`): a chart whose drawing name
 * carries CHART_NAME_PREFIX becomes a ChartPlan again (chart-part-read.ts), so a workbook loaded,
 * partly rewritten and saved keeps them. A chart someone made in Excel is not recognised and is lost
 * on save (exceljs drops it, and this host cannot rebuild what it did not write). Runs in Node and
 * the browser.
 */
import JSZip from "jszip";
import type { ChartPlan } from "../../sheet/plan";
import {
  anchorXml,
  appendAnchors,
  CHART_NAME_PREFIX,
  emptyDrawing,
  nextChartName,
  nextObjectId,
  ownAnchors,
} from "./chart-drawing";
import { chartXml } from "./chart-part";
import { parseChart } from "./chart-part-read";
import {
  addOverride,
  addRelationship,
  baseName,
  type EditedPart,
  freeRelId,
  zipStore,
  NS,
  Package,
  relationships,
  relsPathOf,
  resolvePath,
} from "./ooxml-package";

export { CHART_NAME_PREFIX } from "./chart-drawing";

/** The charts of one sheet, by the sheet's name in the workbook. */
export interface SheetCharts {
  sheet: string;
  charts: ChartPlan[];
}

const REL_TYPE = { drawing: `${NS.rel}/drawing`, chart: `${NS.rel}/chart` } as const;
const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;

/** What a write carries from sheet to sheet: the content types and the next free part numbers. */
interface Additions {
  types: string;
  chartNo: number;
  drawingNo: number;
}

/**
 * Adds the charts to .xlsx bytes (as exceljs wrote them) and returns the new bytes; the same bytes
 * when there is no chart to add. A sheet that already has a drawing (pictures) gets the charts
 * appended to it. Sheets are matched by name; a name not in the workbook is ignored.
 */
export async function addCharts(bytes: Uint8Array, sheets: readonly SheetCharts[]): Promise<Uint8Array> {
  if (!sheets.some((s) => s.charts.length > 0)) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  await addChartParts(new Package(zipStore(zip)), sheets);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** addCharts on a package being edited: its parts changed in place. */
export async function addChartParts(pkg: Package, sheets: readonly SheetCharts[]): Promise<void> {
  const wanted = sheets.filter((s) => s.charts.length > 0);
  if (wanted.length === 0) return;
  const paths = await pkg.sheetPaths();
  const additions: Additions = {
    types: await pkg.text("[Content_Types].xml"),
    chartNo: pkg.nextNumber(/^xl\/charts\/chart(\d+)\.xml$/),
    drawingNo: pkg.nextNumber(/^xl\/drawings\/drawing(\d+)\.xml$/),
  };
  for (const { sheet, charts } of wanted) {
    const sheetPath = paths.get(sheet.toLowerCase());
    if (sheetPath) await addSheetCharts(pkg, additions, sheet, sheetPath, charts);
  }
  pkg.write("[Content_Types].xml", additions.types);
}

/** One sheet's charts: into its drawing, which is found or made, then both parts saved. */
async function addSheetCharts(
  pkg: Package,
  additions: Additions,
  sheet: string,
  sheetPath: string,
  charts: readonly ChartPlan[],
): Promise<void> {
  const worksheet = await pkg.edit(sheetPath);
  const drawing = await sheetDrawing(pkg, additions, worksheet);
  addChartsToDrawing(pkg, additions, sheet, drawing, charts);
  pkg.save(drawing);
  pkg.save(worksheet);
}

/**
 * The drawing part the worksheet links to by its `<drawing r:id>`, or a new, empty one linked to it
 * (relationship, `<drawing>` element, content type).
 */
async function sheetDrawing(pkg: Package, additions: Additions, worksheet: EditedPart): Promise<EditedPart> {
  const existing = /<drawing\s[^>]*r:id="([^"]+)"/.exec(worksheet.xml)?.[1];
  const existingTarget = existing === undefined ? undefined : relationships(worksheet.rels).get(existing);
  if (existingTarget) return pkg.edit(resolvePath(worksheet.path, existingTarget.target));
  const drawingPath = `xl/drawings/drawing${additions.drawingNo++}.xml`;
  const id = freeRelId(worksheet.rels);
  worksheet.rels = addRelationship(
    worksheet.rels,
    id,
    REL_TYPE.drawing,
    `../drawings/${baseName(drawingPath)}`,
  );
  worksheet.xml = insertDrawingElement(worksheet.xml, id);
  additions.types = addOverride(additions.types, drawingPath, CONTENT_TYPE.drawing);
  return pkg.edit(drawingPath, emptyDrawing());
}

/**
 * A chart part per chart, each linked from the drawing and anchored in it under a name
 * (CHART_NAME_PREFIX and a number) and an object id the drawing does not use yet.
 */
function addChartsToDrawing(
  pkg: Package,
  additions: Additions,
  sheet: string,
  drawing: EditedPart,
  charts: readonly ChartPlan[],
): void {
  let objectId = nextObjectId(drawing.xml);
  let nameNo = nextChartName(drawing.xml);
  const anchors: string[] = [];
  for (const chart of charts) {
    const chartPath = `xl/charts/chart${additions.chartNo++}.xml`;
    pkg.write(chartPath, chartXml(chart, sheet));
    additions.types = addOverride(additions.types, chartPath, CONTENT_TYPE.chart);
    const id = freeRelId(drawing.rels);
    drawing.rels = addRelationship(drawing.rels, id, REL_TYPE.chart, `../charts/${baseName(chartPath)}`);
    anchors.push(anchorXml(chart, id, objectId++, `${CHART_NAME_PREFIX}${nameNo++}`));
  }
  drawing.xml = appendAnchors(drawing.xml, anchors);
}

/**
 * `<drawing>` goes where CT_Worksheet wants it: after everything up to the page setup and breaks,
 * before legacy drawings, pictures, table parts and extensions.
 */
function insertDrawingElement(sheetXml: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  const after =
    /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]/.exec(
      sheetXml,
    );
  const at = after ? after.index : sheetXml.lastIndexOf("</worksheet>");
  let out = `${sheetXml.slice(0, at)}${element}${sheetXml.slice(at)}`;
  const root = /<worksheet\b[^>]*>/.exec(out)?.[0];
  if (root && !root.includes("xmlns:r=")) {
    out = out.replace(root, root.replace(/>$/, ` xmlns:r="${NS.rel}">`));
  }
  return out;
}

// ---- reading back ------------------------------------------------------------------------

/**
 * The charts this host wrote (see CHART_NAME_PREFIX), per sheet, as plans again. A chart that does
 * not read back as a plan of this sheet (another kind, a range on another sheet) is left out.
 */
export async function readOwnCharts(bytes: Uint8Array | ArrayBuffer): Promise<SheetCharts[]> {
  const zip = await JSZip.loadAsync(bytes);
  if (zip.file(/^xl\/charts\/chart\d+\.xml$/).length === 0) return [];
  const pkg = new Package(zipStore(zip));
  const out: SheetCharts[] = [];
  for (const [, { name, path }] of await pkg.sheets()) {
    const charts = await sheetOwnCharts(pkg, name, path);
    if (charts.length > 0) out.push({ sheet: name, charts });
  }
  return out;
}

/** The own charts of every drawing part a worksheet links to. */
async function sheetOwnCharts(pkg: Package, sheet: string, sheetPath: string): Promise<ChartPlan[]> {
  const rels = await pkg.optionalText(relsPathOf(sheetPath));
  if (rels === undefined) return [];
  const charts: ChartPlan[] = [];
  for (const rel of relationships(rels).values()) {
    if (rel.type !== REL_TYPE.drawing) continue;
    charts.push(...(await drawingOwnCharts(pkg, sheet, resolvePath(sheetPath, rel.target))));
  }
  return charts;
}

/** The charts of one drawing part that carry this host's name and read back as plans of `sheet`. */
async function drawingOwnCharts(pkg: Package, sheet: string, drawingPath: string): Promise<ChartPlan[]> {
  const drawingXml = await pkg.optionalText(drawingPath);
  const drawingRels = await pkg.optionalText(relsPathOf(drawingPath));
  if (drawingXml === undefined || drawingRels === undefined) return [];
  const targets = relationships(drawingRels);
  const charts: ChartPlan[] = [];
  for (const anchor of ownAnchors(drawingXml)) {
    const target = targets.get(anchor.relId);
    if (!target || target.type !== REL_TYPE.chart) continue;
    const part = await pkg.optionalText(resolvePath(drawingPath, target.target));
    const chart = part === undefined ? undefined : parseChart(part, sheet, anchor.anchor);
    if (chart) charts.push(chart);
  }
  return charts;
}
