/**
 * The steps that put a plan's hyperlinks and charts on its temporary sheet. Both are queued with the
 * rest of the build, so they add calls to the requests, never a request of their own: no load, no
 * sync per link or per chart.
 *
 * API (requirement sets from the Excel JavaScript API reference; the gateway's baseline is 1.7):
 * - `Range.hyperlink = { address, textToDisplay }`: ExcelApi 1.7.
 * - `Worksheet.charts.add(type, sourceData, seriesBy)`, `Chart.setPosition(start, end)`,
 *   `Chart.title.text`, `ChartAxis.title.text`, `Chart.legend.visible`, `ChartSeries.name`,
 *   `ChartSeriesCollection.getItemAt`: ExcelApi 1.1.
 * - `ChartSeriesCollection.add(name)`, `ChartSeries.setValues(range)`,
 *   `ChartSeries.setXAxisValues(range)`: ExcelApi 1.7.
 * So nothing here needs a set above the baseline, and nothing is skipped.
 *
 * A chart is built from ranges of its own temporary sheet. Excel binds a series to the sheet it
 * reads, not to the sheet's name (a chart's SERIES formula follows a renamed sheet, as cell
 * formulas do), so when the swap renames the temporary sheet to the plan's name the series follow,
 * and the old sheet that bore the name is deleted with its own charts.
 */
import type { CellPlan, ChartPlan, SheetPlan } from "../../sheet/plan";
import { cellAddress } from "../../sheet/address";
import { addressedStep, step, type Step } from "./batches";

/** Clustered columns; XY scatter with markers and no lines. */
const CHART_TYPE = { bar: "ColumnClustered", scatter: "XYScatter" } as const satisfies Record<
  ChartPlan["kind"],
  string
>;

/**
 * What `Range.hyperlink` receives for a cell. The reference does not say whether `textToDisplay` is
 * parsed like typed input, so it carries only a text Excel cannot take for anything but text: the
 * link itself. Any other label ("=…", "1/2", "12") was already written as literal text by the
 * content step, and the link goes without a display text, so the cell keeps it.
 */
export function hyperlinkInput(cell: CellPlan): Excel.RangeHyperlink | undefined {
  const address = cell.hyperlink;
  if (address === undefined) return undefined;
  const text = cell.value;
  const showsLink = text === undefined || text === null || text === "" || text === address;
  return showsLink ? { address, textToDisplay: address } : { address };
}

/** One step per hyperlinked cell: a single property set on a single-cell range. */
export function hyperlinkSteps(plan: SheetPlan, range: (address: string) => Excel.Range): Step[] {
  const steps: Step[] = [];
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const link = cell ? hyperlinkInput(cell) : undefined;
      if (!link) return;
      const address = cellAddress(r, c);
      steps.push(
        addressedStep(address, link, 2, () => {
          range(address).hyperlink = link;
        }),
      );
    }),
  );
  return steps;
}

/**
 * One step per chart: added over its first series' values (one column, so one series), placed
 * over its anchor cells, titled, then each series named and pointed at its values and categories
 * (for a scatter chart, the x values), the axis titles set, and the legend shown only when there is
 * more than one series to tell apart.
 */
export function chartSteps(
  plan: SheetPlan,
  sheet: () => Excel.Worksheet,
  range: (address: string) => Excel.Range,
): Step[] {
  return (plan.charts ?? []).map((chart) =>
    step(chart, 8 + 6 * chart.series.length, () => {
      const first = chart.series[0];
      if (!first) throw new Error(`Chart ${chart.title} on ${plan.name} has no series`);
      const added = sheet().charts.add(CHART_TYPE[chart.kind], range(first.values), "Columns");
      added.setPosition(chart.anchor.from, chart.anchor.to);
      added.title.text = chart.title;
      chart.series.forEach((s, i) => {
        const name = s.name === "" ? undefined : s.name;
        const series = i === 0 ? added.series.getItemAt(0) : added.series.add(name);
        if (i === 0 && name !== undefined) series.name = name;
        series.setValues(range(s.values));
        series.setXAxisValues(range(s.categories));
      });
      if (chart.xAxisTitle) added.axes.categoryAxis.title.text = chart.xAxisTitle;
      if (chart.yAxisTitle) added.axes.valueAxis.title.text = chart.yAxisTitle;
      added.legend.visible = chart.series.length > 1;
    }),
  );
}
