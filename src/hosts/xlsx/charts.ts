/**
 * Charts in .xlsx bytes. exceljs neither writes charts nor keeps them when it loads a file, so this
 * host adds them to the bytes exceljs produced: one DrawingML chart part per chart
 * (xl/charts/chartN.xml: clustered columns or a markers-only scatter), one drawing part per sheet
 * (xl/drawings/drawingN.xml, a twoCellAnchor graphicFrame per chart), their relationships, the
 * worksheet's `<drawing r:id>` and the content types. Series point at cells by formula
 * (`'Analisis'!$B$5:$B$13`) without cached values: Excel and LibreOffice read the cells on open.
 *
 * Reading back is for the host's own charts only (`readOwnCharts`): a chart whose drawing name
 * carries CHART_NAME_PREFIX becomes a ChartPlan again, so a workbook loaded, partly rewritten and
 * saved keeps them. A chart someone made in Excel is not recognised and is lost on save (exceljs
 * drops it, and this host cannot rebuild what it did not write). Runs in Node and the browser.
 */
import JSZip from "jszip";
import { cellAddress, parseCell } from "../../sheet/address";
import { a1, type ChartPlan } from "../../sheet/plan";
import { columnRange } from "../../sheet/limits";

/** The charts of one sheet, by the sheet's name in the workbook. */
export interface SheetCharts {
  sheet: string;
  charts: ChartPlan[];
}

/**
 * The drawing-object name of a chart this host wrote ("Grafik KK 1", …): how `readOwnCharts` tells
 * its own charts from anyone else's. Not translated: files of every language must be recognised.
 */
export const CHART_NAME_PREFIX = "Grafik KK ";

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMl: "http://schemas.openxmlformats.org/drawingml/2006/main",
  sheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;
const REL_TYPE = { drawing: `${NS.rel}/drawing`, chart: `${NS.rel}/chart` } as const;
const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;

/**
 * Adds the charts to .xlsx bytes (as exceljs wrote them) and returns the new bytes; the same bytes
 * when there is no chart to add. A sheet that already has a drawing (pictures) gets the charts
 * appended to it. Sheets are matched by name; a name not in the workbook is ignored.
 */
export async function addCharts(bytes: Uint8Array, sheets: readonly SheetCharts[]): Promise<Uint8Array> {
  const wanted = sheets.filter((s) => s.charts.length > 0);
  if (wanted.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const pkg = new Package(zip);
  const paths = await pkg.sheetPaths();
  let types = await pkg.text("[Content_Types].xml");
  let chartNo = pkg.nextNumber(/^xl\/charts\/chart(\d+)\.xml$/);
  let drawingNo = pkg.nextNumber(/^xl\/drawings\/drawing(\d+)\.xml$/);

  for (const { sheet, charts } of wanted) {
    const sheetPath = paths.get(sheet.toLowerCase());
    if (!sheetPath) continue;
    const sheetRelsPath = relsPathOf(sheetPath);
    let sheetXml = await pkg.text(sheetPath);
    let sheetRels = (await pkg.optionalText(sheetRelsPath)) ?? emptyRels();

    let drawingPath: string;
    let drawingXml: string;
    const existing = /<drawing\s[^>]*r:id="([^"]+)"/.exec(sheetXml)?.[1];
    const existingTarget = existing === undefined ? undefined : relationships(sheetRels).get(existing);
    if (existingTarget) {
      drawingPath = resolvePath(sheetPath, existingTarget.target);
      drawingXml = await pkg.text(drawingPath);
    } else {
      drawingPath = `xl/drawings/drawing${drawingNo++}.xml`;
      drawingXml = emptyDrawing();
      const id = freeRelId(sheetRels);
      sheetRels = addRelationship(sheetRels, id, REL_TYPE.drawing, `../drawings/${baseName(drawingPath)}`);
      sheetXml = insertDrawingElement(sheetXml, id);
      types = addOverride(types, drawingPath, CONTENT_TYPE.drawing);
    }
    const drawingRelsPath = relsPathOf(drawingPath);
    let drawingRels = (await pkg.optionalText(drawingRelsPath)) ?? emptyRels();
    let objectId = nextObjectId(drawingXml);
    let nameNo = nextChartName(drawingXml);

    const anchors: string[] = [];
    for (const chart of charts) {
      const chartPath = `xl/charts/chart${chartNo++}.xml`;
      zip.file(chartPath, chartXml(chart, sheet));
      types = addOverride(types, chartPath, CONTENT_TYPE.chart);
      const id = freeRelId(drawingRels);
      drawingRels = addRelationship(drawingRels, id, REL_TYPE.chart, `../charts/${baseName(chartPath)}`);
      anchors.push(anchorXml(chart, id, objectId++, `${CHART_NAME_PREFIX}${nameNo++}`));
    }
    drawingXml = drawingXml.replace(/<\/xdr:wsDr>\s*$/, `${anchors.join("")}</xdr:wsDr>`);
    zip.file(drawingPath, drawingXml);
    zip.file(drawingRelsPath, drawingRels);
    zip.file(sheetPath, sheetXml);
    zip.file(sheetRelsPath, sheetRels);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * The charts this host wrote (see CHART_NAME_PREFIX), per sheet, as plans again. A chart that does
 * not read back as a plan of this sheet (another kind, a range on another sheet) is left out.
 */
export async function readOwnCharts(bytes: Uint8Array | ArrayBuffer): Promise<SheetCharts[]> {
  const zip = await JSZip.loadAsync(bytes);
  if (zip.file(/^xl\/charts\/chart\d+\.xml$/).length === 0) return [];
  const pkg = new Package(zip);
  const out: SheetCharts[] = [];
  for (const [, { name, path }] of await pkg.sheets()) {
    const rels = await pkg.optionalText(relsPathOf(path));
    if (rels === undefined) continue;
    const charts: ChartPlan[] = [];
    for (const rel of relationships(rels).values()) {
      if (rel.type !== REL_TYPE.drawing) continue;
      const drawingPath = resolvePath(path, rel.target);
      const drawingXml = await pkg.optionalText(drawingPath);
      const drawingRels = await pkg.optionalText(relsPathOf(drawingPath));
      if (drawingXml === undefined || drawingRels === undefined) continue;
      const targets = relationships(drawingRels);
      for (const anchor of ownAnchors(drawingXml)) {
        const target = targets.get(anchor.relId);
        if (!target || target.type !== REL_TYPE.chart) continue;
        const xml = await pkg.optionalText(resolvePath(drawingPath, target.target));
        const chart = xml === undefined ? undefined : parseChart(xml, name, anchor.anchor);
        if (chart) charts.push(chart);
      }
    }
    if (charts.length > 0) out.push({ sheet: name, charts });
  }
  return out;
}

// ---- the parts written -------------------------------------------------------------------

/** The DrawingML chart part of one chart: its series point at `sheet`'s cells. */
export function chartXml(chart: ChartPlan, sheet: string): string {
  const [xId, yId] = [500000001, 500000002];
  const multi = chart.series.length > 1;
  const body =
    chart.kind === "bar"
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
        chart.series.map((s, i) => barSeries(s, i, sheet)).join("") +
        `<c:gapWidth val="150"/><c:axId val="${xId}"/><c:axId val="${yId}"/></c:barChart>` +
        axis("catAx", xId, yId, "b", chart.xAxisTitle) +
        axis("valAx", yId, xId, "l", chart.yAxisTitle, "between")
      : `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>` +
        chart.series.map((s, i) => scatterSeries(s, i, sheet)).join("") +
        `<c:axId val="${xId}"/><c:axId val="${yId}"/></c:scatterChart>` +
        axis("valAx", xId, yId, "b", chart.xAxisTitle, "midCat") +
        axis("valAx", yId, xId, "l", chart.yAxisTitle, "midCat");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMl}" xmlns:r="${NS.rel}">` +
    `<c:date1904 val="0"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${body}</c:plotArea>` +
    (multi ? `<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>` : "") +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

type Series = ChartPlan["series"][number];

function barSeries(s: Series, i: number, sheet: string): string {
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesName(s)}<c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${xml(reference(sheet, s.categories))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xml(reference(sheet, s.values))}</c:f></c:numRef></c:val></c:ser>`
  );
}

/** Markers only: the line between points is switched off (Excel's "Scatter" chart type). */
function scatterSeries(s: Series, i: number, sheet: string): string {
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesName(s)}` +
    `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="circle"/><c:size val="7"/></c:marker>` +
    `<c:xVal><c:numRef><c:f>${xml(reference(sheet, s.categories))}</c:f></c:numRef></c:xVal>` +
    `<c:yVal><c:numRef><c:f>${xml(reference(sheet, s.values))}</c:f></c:numRef></c:yVal>` +
    `<c:smooth val="0"/></c:ser>`
  );
}

function seriesName(s: Series): string {
  return s.name === "" ? "" : `<c:tx><c:v>${xml(s.name)}</c:v></c:tx>`;
}

function axis(
  tag: "catAx" | "valAx",
  id: number,
  cross: number,
  position: "b" | "l",
  text: string | undefined,
  crossBetween?: "between" | "midCat",
): string {
  const gridlines = position === "l" ? "<c:majorGridlines/>" : "";
  const label = text === undefined || text === "" ? "" : title(text, position === "l");
  const tail =
    tag === "catAx"
      ? `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>`
      : `<c:crossBetween val="${crossBetween ?? "between"}"/>`;
  return (
    `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${position}"/>${gridlines}${label}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/>${tail}</c:${tag}>`
  );
}

function title(text: string, vertical = false): string {
  const body = vertical ? `<a:bodyPr rot="-5400000" vert="horz"/>` : "<a:bodyPr/>";
  return (
    `<c:title><c:tx><c:rich>${body}<a:lstStyle/><a:p><a:r><a:t>${xml(text)}</a:t></a:r></a:p>` +
    `</c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/** `'Analisis'!$B$5:$B$13`: sheet-qualified, quoted, absolute. */
export function reference(sheet: string, range: string): string {
  const r = columnRange(range);
  if (!r) throw new Error(`Chart range ${range} was not validated`);
  const cell = (row: number) => cellAddress(row, r.col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `'${sheet.replace(/'/g, "''")}'!${cell(r.row1)}:${cell(r.row2)}`;
}

/**
 * One chart over the cells from `anchor.from` to `anchor.to`, both covered whole (as Excel's
 * `Chart.setPosition(from, to)` places it): OOXML's `to` is the corner after the last cell.
 */
function anchorXml(chart: ChartPlan, relId: string, objectId: number, name: string): string {
  const from = parseCell(chart.anchor.from);
  const to = parseCell(chart.anchor.to);
  if (!from || !to) throw new Error(`Chart anchor of ${chart.title} was not validated`);
  const corner = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${corner("from", from.col, from.row)}` +
    corner("to", to.col + 1, to.row + 1) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${objectId}" name="${xml(name)}" descr="${xml(chart.title)}"/><xdr:cNvGraphicFramePr/>` +
    `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.chart}">` +
    `<c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function emptyDrawing(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.sheetDrawing}" xmlns:a="${NS.drawingMl}"></xdr:wsDr>`
  );
}

function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
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

function addOverride(types: string, path: string, contentType: string): string {
  const part = `/${path}`;
  if (types.includes(`PartName="${part}"`)) return types;
  return types.replace(
    /<\/Types>\s*$/,
    `<Override PartName="${part}" ContentType="${contentType}"/></Types>`,
  );
}

function addRelationship(rels: string, id: string, type: string, target: string): string {
  return rels.replace(
    /<\/Relationships>\s*$/,
    `<Relationship Id="${id}" Type="${type}" Target="${xml(target)}"/></Relationships>`,
  );
}

function freeRelId(rels: string): string {
  const taken = new Set(relationships(rels).keys());
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function nextObjectId(drawingXml: string): number {
  const ids = [...drawingXml.matchAll(/<xdr:cNvPr\s[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
  return Math.max(1, ...ids) + 1;
}

function nextChartName(drawingXml: string): number {
  const prefix = CHART_NAME_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const numbers = [...drawingXml.matchAll(new RegExp(`name="${prefix}(\\d+)"`, "g"))].map((m) =>
    Number(m[1]),
  );
  return Math.max(0, ...numbers) + 1;
}

// ---- reading back ------------------------------------------------------------------------

interface OwnAnchor {
  relId: string;
  anchor: ChartPlan["anchor"];
}

/** The twoCellAnchors of a drawing that hold a chart named by this host. */
function ownAnchors(drawingXml: string): OwnAnchor[] {
  const out: OwnAnchor[] = [];
  for (const m of drawingXml.matchAll(/<xdr:twoCellAnchor\b[^>]*>([\s\S]*?)<\/xdr:twoCellAnchor>/g)) {
    const body = m[1] ?? "";
    const name = /<xdr:cNvPr\s[^>]*\bname="([^"]*)"/.exec(body)?.[1];
    const relId = /<c:chart\s[^>]*\br:id="([^"]+)"/.exec(body)?.[1];
    const from = corner(body, "from");
    const to = corner(body, "to");
    if (name === undefined || !unxml(name).startsWith(CHART_NAME_PREFIX) || !relId || !from || !to) continue;
    // A `to` corner exactly on a cell's top-left edge ends the chart on the cell before it.
    const last = {
      col: to.colOff === 0 ? to.col - 1 : to.col,
      row: to.rowOff === 0 ? to.row - 1 : to.row,
    };
    if (last.col < from.col || last.row < from.row) continue;
    out.push({
      relId,
      anchor: { from: cellAddress(from.row, from.col), to: cellAddress(last.row, last.col) },
    });
  }
  return out;
}

function corner(body: string, tag: "from" | "to") {
  const m = new RegExp(`<xdr:${tag}>([\\s\\S]*?)</xdr:${tag}>`).exec(body)?.[1];
  if (m === undefined) return undefined;
  const n = (t: string) => Number(new RegExp(`<xdr:${t}>(-?\\d+)</xdr:${t}>`).exec(m)?.[1] ?? NaN);
  const out = { col: n("col"), colOff: n("colOff"), row: n("row"), rowOff: n("rowOff") };
  return Object.values(out).every(Number.isFinite) ? out : undefined;
}

/** A chart part as a plan of `sheet`; undefined when it is not the kind of chart this host writes. */
function parseChart(chartXml: string, sheet: string, anchor: ChartPlan["anchor"]): ChartPlan | undefined {
  const kind = chartXml.includes("<c:barChart>")
    ? "bar"
    : chartXml.includes("<c:scatterChart>")
      ? "scatter"
      : undefined;
  if (!kind) return undefined;
  const plotAt = chartXml.indexOf("<c:plotArea>");
  const chartTitle = plotAt < 0 ? undefined : titleText(chartXml.slice(0, plotAt));
  if (chartTitle === undefined) return undefined;
  const series: Series[] = [];
  for (const m of chartXml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)) {
    const body = m[1] ?? "";
    const name = /<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>[\s\S]*?<\/c:tx>/.exec(body)?.[1];
    const categories = rangeOf(body, kind === "bar" ? "cat" : "xVal", sheet);
    const values = rangeOf(body, kind === "bar" ? "val" : "yVal", sheet);
    if (!categories || !values) return undefined;
    series.push({ name: name === undefined ? "" : unxml(name), categories, values });
  }
  if (series.length === 0) return undefined;
  const axes = [...chartXml.matchAll(/<c:(catAx|valAx)>([\s\S]*?)<\/c:\1>/g)].map((m) => m[2] ?? "");
  const axisTitle = (position: "b" | "l") => {
    const ax = axes.find((a) => a.includes(`<c:axPos val="${position}"/>`));
    return ax === undefined ? undefined : titleText(ax);
  };
  const x = axisTitle("b");
  const y = axisTitle("l");
  return {
    kind,
    title: chartTitle,
    anchor,
    series,
    ...(x === undefined ? {} : { xAxisTitle: x }),
    ...(y === undefined ? {} : { yAxisTitle: y }),
  };
}

function titleText(part: string): string | undefined {
  const t = /<c:title>([\s\S]*?)<\/c:title>/.exec(part)?.[1];
  if (t === undefined) return undefined;
  return [...t.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((m) => unxml(m[1] ?? "")).join("");
}

/** The same-sheet, one-column range a series part points at ("B5:B13"), or undefined. */
function rangeOf(
  body: string,
  tag: string,
  sheet: string,
): ChartPlan["series"][number]["values"] | undefined {
  const f = new RegExp(`<c:${tag}>[\\s\\S]*?<c:f>([\\s\\S]*?)</c:f>[\\s\\S]*?</c:${tag}>`).exec(body)?.[1];
  if (f === undefined) return undefined;
  const formula = unxml(f);
  const bang = formula.lastIndexOf("!");
  if (bang < 0) return undefined;
  const rawSheet = formula.slice(0, bang);
  const named = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  if (named.toLowerCase() !== sheet.toLowerCase()) return undefined;
  const range = formula.slice(bang + 1).replace(/\$/g, "");
  return columnRange(range) ? a1(range) : undefined;
}

// ---- the package -------------------------------------------------------------------------

class Package {
  constructor(private readonly zip: JSZip) {}

  async text(path: string): Promise<string> {
    const text = await this.optionalText(path);
    if (text === undefined) throw new Error(`Part ${path} is missing`);
    return text;
  }

  optionalText(path: string): Promise<string | undefined> {
    const file = this.zip.file(path);
    return file ? file.async("string") : Promise.resolve(undefined);
  }

  nextNumber(pattern: RegExp): number {
    const numbers = Object.keys(this.zip.files).map((p) => Number(pattern.exec(p)?.[1] ?? 0));
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

function relationships(rels: string): Map<string, { type: string; target: string }> {
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

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
function relsPathOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** A relationship target relative to its source part ("../drawings/drawing1.xml"), or absolute ("/xl/…"). */
function resolvePath(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

function xml(text: string): string {
  return [...text]
    .filter(allowedInXml)
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** XML 1.0 has no place for control characters other than tab, line feed and carriage return. */
function allowedInXml(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : ch === "\t" || ch === "\n" || ch === "\r";
}

function unxml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}
