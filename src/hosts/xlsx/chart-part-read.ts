/**
 * A chart part read back as a ChartPlan, for the kinds of chart part chart-part.ts writes: clustered
 * columns or a scatter, a title, series over one-column ranges of the chart's own sheet. Anything
 * else reads as undefined, never as an error.
 */
import { a1, type ChartPlan } from "../../sheet/plan";
import { columnRange } from "../../sheet/limits";
import { unxml } from "./xml-text";

type Series = ChartPlan["series"][number];

/** A chart part as a plan of `sheet`; undefined when it is not the kind of chart this host writes. */
export function parseChart(
  chartXml: string,
  sheet: string,
  anchor: ChartPlan["anchor"],
): ChartPlan | undefined {
  const kind = chartKind(chartXml);
  if (!kind) return undefined;
  const plotAt = chartXml.indexOf("<c:plotArea>");
  const chartTitle = plotAt < 0 ? undefined : titleText(chartXml.slice(0, plotAt));
  if (chartTitle === undefined) return undefined;
  const series = seriesOf(chartXml, kind, sheet);
  if (series === undefined || series.length === 0) return undefined;
  const x = axisTitle(chartXml, "b");
  const y = axisTitle(chartXml, "l");
  return {
    kind,
    title: chartTitle,
    anchor,
    series,
    ...(x === undefined ? {} : { xAxisTitle: x }),
    ...(y === undefined ? {} : { yAxisTitle: y }),
  };
}

function chartKind(chartXml: string): ChartPlan["kind"] | undefined {
  return chartXml.includes("<c:barChart>")
    ? "bar"
    : chartXml.includes("<c:scatterChart>")
      ? "scatter"
      : undefined;
}

/** Every series of the part; undefined when one of them is not over ranges of `sheet`. */
function seriesOf(chartXml: string, kind: ChartPlan["kind"], sheet: string): Series[] | undefined {
  const series: Series[] = [];
  for (const m of chartXml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)) {
    const body = m[1] ?? "";
    const name = /<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>[\s\S]*?<\/c:tx>/.exec(body)?.[1];
    const categories = rangeOf(body, kind === "bar" ? "cat" : "xVal", sheet);
    const values = rangeOf(body, kind === "bar" ? "val" : "yVal", sheet);
    if (!categories || !values) return undefined;
    series.push({ name: name === undefined ? "" : unxml(name), categories, values });
  }
  return series;
}

/** The title of the axis at the bottom ("b") or on the left ("l"), if it has one. */
function axisTitle(chartXml: string, position: "b" | "l"): string | undefined {
  const axes = [...chartXml.matchAll(/<c:(catAx|valAx)>([\s\S]*?)<\/c:\1>/g)].map((m) => m[2] ?? "");
  const ax = axes.find((a) => a.includes(`<c:axPos val="${position}"/>`));
  return ax === undefined ? undefined : titleText(ax);
}

function titleText(part: string): string | undefined {
  const t = /<c:title>([\s\S]*?)<\/c:title>/.exec(part)?.[1];
  if (t === undefined) return undefined;
  return [...t.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((m) => unxml(m[1] ?? "")).join("");
}

/** The same-sheet, one-column range a series part points at ("B5:B13"), or undefined. */
function rangeOf(body: string, tag: string, sheet: string): Series["values"] | undefined {
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
