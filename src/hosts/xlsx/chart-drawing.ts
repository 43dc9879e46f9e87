/**
 * The drawing part of a sheet (xl/drawings/drawingN.xml) as far as charts go: where each chart sits
 * (a twoCellAnchor graphicFrame) and by what name, written and read back. The name is how this host
 * tells its own charts from anyone else's.
 */
import { cellAddress, parseCell } from "../../sheet/address";
import type { ChartPlan } from "../../sheet/plan";
import { NS } from "./ooxml-package";
import { unxml, xml } from "./xml-text";

/**
 * The drawing-object name of a chart this host wrote ("Grafik KK 1", …): how `readOwnCharts` tells
 * its own charts from anyone else's. Not translated: files of every language must be recognised.
 */
export const CHART_NAME_PREFIX = "Grafik KK ";

export function emptyDrawing(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.sheetDrawing}" xmlns:a="${NS.drawingMl}"></xdr:wsDr>`
  );
}

/**
 * One chart over the cells from `anchor.from` to `anchor.to`, both covered whole (as Excel's
 * `Chart.setPosition(from, to)` places it): OOXML's `to` is the corner after the last cell.
 */
export function anchorXml(chart: ChartPlan, relId: string, objectId: number, name: string): string {
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

/** The drawing with the anchors added after whatever it already holds. */
export function appendAnchors(drawingXml: string, anchors: readonly string[]): string {
  return drawingXml.replace(/<\/xdr:wsDr>\s*$/, `${anchors.join("")}</xdr:wsDr>`);
}

/** The first drawing-object id above those the drawing uses (ids start at 2). */
export function nextObjectId(drawingXml: string): number {
  const ids = [...drawingXml.matchAll(/<xdr:cNvPr\s[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
  return Math.max(1, ...ids) + 1;
}

/** The first chart number above those the drawing's own chart names use. */
export function nextChartName(drawingXml: string): number {
  const prefix = CHART_NAME_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const numbers = [...drawingXml.matchAll(new RegExp(`name="${prefix}(\\d+)"`, "g"))].map((m) =>
    Number(m[1]),
  );
  return Math.max(0, ...numbers) + 1;
}

// ---- reading back ------------------------------------------------------------------------

export interface OwnAnchor {
  relId: string;
  anchor: ChartPlan["anchor"];
}

/** The twoCellAnchors of a drawing that hold a chart named by this host. */
export function ownAnchors(drawingXml: string): OwnAnchor[] {
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
