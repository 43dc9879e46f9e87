/**
 * The DrawingML chart part of one ChartPlan (xl/charts/chartN.xml): clustered columns or a
 * markers-only scatter. Series point at cells by formula (`'Analisis'!$B$5:$B$13`) without cached
 * values: Excel and LibreOffice read the cells on open.
 */
import { cellAddress } from "../../sheet/address";
import type { ChartPlan } from "../../sheet/plan";
import { columnRange } from "../../sheet/limits";
import { NS } from "./ooxml-package";
import { xml } from "./xml-text";

type Series = ChartPlan["series"][number];

const [X_AXIS_ID, Y_AXIS_ID] = [500000001, 500000002];

/** The DrawingML chart part of one chart: its series point at `sheet`'s cells. */
export function chartXml(chart: ChartPlan, sheet: string): string {
  const multi = chart.series.length > 1;
  const body = chart.kind === "bar" ? barPlot(chart, sheet) : scatterPlot(chart, sheet);
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

/** Clustered columns over a category axis. */
function barPlot(chart: ChartPlan, sheet: string): string {
  return (
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    chart.series.map((s, i) => barSeries(s, i, sheet)).join("") +
    `<c:gapWidth val="150"/><c:axId val="${X_AXIS_ID}"/><c:axId val="${Y_AXIS_ID}"/></c:barChart>` +
    axis("catAx", X_AXIS_ID, Y_AXIS_ID, "b", chart.xAxisTitle) +
    axis("valAx", Y_AXIS_ID, X_AXIS_ID, "l", chart.yAxisTitle, "between")
  );
}

/** A scatter over two value axes. */
function scatterPlot(chart: ChartPlan, sheet: string): string {
  return (
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>` +
    chart.series.map((s, i) => scatterSeries(s, i, sheet)).join("") +
    `<c:axId val="${X_AXIS_ID}"/><c:axId val="${Y_AXIS_ID}"/></c:scatterChart>` +
    axis("valAx", X_AXIS_ID, Y_AXIS_ID, "b", chart.xAxisTitle, "midCat") +
    axis("valAx", Y_AXIS_ID, X_AXIS_ID, "l", chart.yAxisTitle, "midCat")
  );
}

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
