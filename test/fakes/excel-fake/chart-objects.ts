/**
 * Worksheet.charts and what a chart is made of: title, axes and their titles, legend, series.
 * From the reference: `charts.add(type, sourceData, seriesBy)` (ExcelApi 1.1) makes a chart of the
 * source range; `setPosition(startCell, endCell)` (1.1) puts it over the cells, the end cell "fully
 * covered"; `series.add(name)`, `setValues`, `setXAxisValues`, `chartType`, `markerStyle` and
 * `series.delete` are ExcelApi 1.7 and fail (ApiNotFound) where the fake is told Excel lacks 1.7.
 * A series added by `series.add` shows nothing until its values are set (the reference says so).
 * Series references are bound to their sheet, so they follow a rename (see FakeChartRef).
 *
 * Beyond the reference, which is silent on these: `add` needs `seriesBy` "Columns" or "Rows" (the
 * fake does not guess as "Auto" does) and makes one series per column or row, named "Series1", …,
 * without taking a header cell as the name; a chart's objects on a protected sheet refuse changes
 * unless the protection allows editing objects (InvalidOperation), as the Excel UI does.
 */
import { FakeObject, loadNames, requireSet, type Ctx } from "./context";
import { fail, propertyNotLoaded } from "./errors";
import {
  parseAddress,
  type FakeChart,
  type FakeChartRef,
  type FakeChartSeries,
  type FakeChartTitle,
  type FakeSheet,
  type FRect,
} from "./model";
import { PROTECTED } from "./range-cells";
import type { FakeRange } from "./range-objects";

/** The chart types the fake accepts: those the gateway uses and their close relatives. */
const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "Pie",
  "XYScatter",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "XYScatterSmooth",
  "XYScatterSmoothNoMarkers",
];
const MARKER_STYLES = [
  "Automatic",
  "None",
  "Square",
  "Diamond",
  "Triangle",
  "X",
  "Star",
  "Dot",
  "Dash",
  "Circle",
  "Plus",
];
const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];

const str = (v: string) => JSON.stringify(v);

/** Refuses a change to a chart on a protected sheet whose protection does not allow editing objects. */
function editable(sheet: FakeSheet): void {
  if (sheet.protection.protected && sheet.protection.options.allowEditObjects !== true)
    throw fail("InvalidOperation", PROTECTED);
}

/** A chart and the sheet it is on. */
export interface ChartTarget {
  sheet: FakeSheet;
  chart: FakeChart;
}

/** A Range argument, resolved when the command runs, as a reference bound to its sheet. */
function refOf(range: FakeRange): FakeChartRef {
  const t = range.targetNow();
  return { sheetId: t.sheet.id, rect: { ...t.rect } };
}

export class FakeChartCollection extends FakeObject<FakeSheet> {
  private loadedItems?: FakeChart[];

  constructor(ctx: Ctx, path: string, resolver: () => FakeSheet) {
    super(ctx, path, resolver, "nav");
  }

  get items(): FakeChartProxy[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.path, "items");
    return this.loadedItems.map((chart, i) => this.getItemAt(i, chart));
  }

  get count(): number {
    return this.read("count");
  }

  add(
    type: Excel.ChartType | string,
    sourceData: FakeRange,
    seriesBy?: Excel.ChartSeriesBy | string,
  ): FakeChartProxy {
    return new FakeChartProxy(
      this.ctx,
      `${this.path}.add(${str(type)},${sourceData.path},${str(seriesBy ?? "")})`,
      () => {
        const sheet = this.require();
        editable(sheet);
        if (!CHART_TYPES.includes(type))
          throw fail("InvalidArgument", `The fake models no chart type '${type}'.`);
        if (seriesBy !== "Columns" && seriesBy !== "Rows") {
          throw fail("NotImplemented", "The fake does not guess the series (Auto): pass Columns or Rows.");
        }
        const source = refOf(sourceData);
        const { r1, c1, r2, c2 } = source.rect;
        const rects: FRect[] =
          seriesBy === "Columns"
            ? Array.from({ length: c2 - c1 + 1 }, (_, i) => ({ r1, r2, c1: c1 + i, c2: c1 + i }))
            : Array.from({ length: r2 - r1 + 1 }, (_, i) => ({ r1: r1 + i, r2: r1 + i, c1, c2 }));
        const model = this.ctx.host.model;
        const chart: FakeChart = {
          id: model.chartId(),
          name: `Chart ${sheet.charts.length + 1}`,
          chartType: type,
          title: { text: "", visible: false },
          position: null,
          axes: {
            category: { title: { text: "", visible: false } },
            value: { title: { text: "", visible: false } },
          },
          legend: { visible: true, position: "Right" },
          series: rects.map((rect, i) => ({
            name: `Series${i + 1}`,
            values: { sheetId: source.sheetId, rect },
            xValues: null,
            chartType: type,
            markerStyle: "Automatic",
          })),
        };
        sheet.charts.push(chart);
        return { sheet, chart };
      },
    );
  }

  getItemAt(index: number, known?: FakeChart): FakeChartProxy {
    const path = `${this.path}.getItemAt(${index})`;
    if (known)
      return new FakeChartProxy(this.ctx, path, () => ({ sheet: this.require(), chart: known }), "bound");
    return new FakeChartProxy(this.ctx, path, () => {
      const sheet = this.require();
      const chart = sheet.charts[index];
      if (!chart) throw fail("ItemNotFound", `There is no chart at ${index}.`, this.path);
      return { sheet, chart };
    });
  }

  getItem(name: string): FakeChartProxy {
    return new FakeChartProxy(this.ctx, `${this.path}.getItem(${str(name)})`, () => {
      const sheet = this.require();
      const chart = sheet.charts.find((c) => c.name === name);
      if (!chart) throw fail("ItemNotFound", `There is no chart named '${name}'.`, this.path);
      return { sheet, chart };
    });
  }

  override load(arg?: string | string[] | { select?: string }): this {
    const props = loadNames(arg);
    this.ctx.enqueue({
      path: this.path,
      action: "load",
      payload: props,
      apply: () => {
        const sheet = this.require();
        if (props.some((p) => p.startsWith("items"))) this.loadedItems = [...sheet.charts];
        if (props.includes("count")) this.fillLoaded(["count"]);
        return sheet.charts.length;
      },
    });
    return this;
  }

  protected reader(name: string): ((s: FakeSheet) => unknown) | undefined {
    return name === "count" ? (s) => s.charts.length : undefined;
  }
}

export class FakeChartProxy extends FakeObject<ChartTarget> implements Pick<Excel.Chart, "name" | "delete"> {
  private titleProxy?: FakeChartTitleProxy;
  private axesProxy?: FakeChartAxes;
  private legendProxy?: FakeChartLegend;
  private seriesProxy?: FakeChartSeriesCollection;

  constructor(
    ctx: Ctx,
    path: string,
    resolver: () => ChartTarget | null,
    mode: "created" | "bound" = "created",
  ) {
    super(ctx, path, resolver, mode);
  }

  protected override alive(t: ChartTarget): boolean {
    return this.ctx.host.model.sheets.includes(t.sheet) && t.sheet.charts.includes(t.chart);
  }

  private change(action: string, payload: unknown, apply: (t: ChartTarget) => void): void {
    this.command(action, payload, (t) => {
      editable(t.sheet);
      apply(t);
    });
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.change("set name", name, (t) => (t.chart.name = name));
  }

  get chartType(): Excel.ChartType {
    return this.read("chartType");
  }
  set chartType(type: Excel.ChartType | string) {
    this.change("set chartType", type, (t) => {
      requireSet(this.ctx.host, "1.7", "Chart.chartType");
      if (!CHART_TYPES.includes(type))
        throw fail("InvalidArgument", `The fake models no chart type '${type}'.`);
      t.chart.chartType = type;
      for (const s of t.chart.series) s.chartType = type;
    });
  }

  /** Over the cells from `startCell` to `endCell` (the end cell fully covered); one cell without an end. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const arg = (c: FakeRange | string | undefined) =>
      c === undefined || typeof c === "string" ? c : c.path;
    this.change("setPosition", [arg(startCell), arg(endCell) ?? null], (t) => {
      const cell = (c: FakeRange | string): FRect => {
        if (typeof c !== "string") {
          const target = c.targetNow();
          if (target.sheet !== t.sheet) throw fail("InvalidArgument", "The cell is on another worksheet.");
          return target.rect;
        }
        const rect = parseAddress(c);
        if (!rect) throw fail("InvalidArgument", `The address '${c}' is not valid.`);
        return rect;
      };
      const from = cell(startCell);
      const to = endCell === undefined ? from : cell(endCell);
      if (to.r2 < from.r1 || to.c2 < from.c1)
        throw fail("InvalidArgument", "The end cell must be below and right of the start cell.");
      t.chart.position = { from, to };
    });
  }

  delete(): void {
    this.change("delete", null, (t) => {
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }

  get title(): FakeChartTitleProxy {
    this.titleProxy ??= new FakeChartTitleProxy(this.ctx, `${this.path}.title`, () => {
      const t = this.require();
      return { sheet: t.sheet, title: t.chart.title };
    });
    return this.titleProxy;
  }

  get axes(): FakeChartAxes {
    this.axesProxy ??= new FakeChartAxes(this.ctx, `${this.path}.axes`, () => this.require());
    return this.axesProxy;
  }

  get legend(): FakeChartLegend {
    this.legendProxy ??= new FakeChartLegend(this.ctx, `${this.path}.legend`, () => this.require());
    return this.legendProxy;
  }

  get series(): FakeChartSeriesCollection {
    this.seriesProxy ??= new FakeChartSeriesCollection(this.ctx, `${this.path}.series`, () => this.require());
    return this.seriesProxy;
  }

  protected reader(name: string): ((t: ChartTarget) => unknown) | undefined {
    if (name === "name") return (t) => t.chart.name;
    if (name === "id") return (t) => t.chart.id;
    if (name === "chartType")
      return (t) => {
        requireSet(this.ctx.host, "1.7", "Chart.chartType");
        return t.chart.chartType;
      };
    return undefined;
  }
}

interface TitleTarget {
  sheet: FakeSheet;
  title: FakeChartTitle;
}

/** ChartTitle and ChartAxisTitle alike: `text` and `visible` (ExcelApi 1.1); setting a text shows it. */
export class FakeChartTitleProxy extends FakeObject<TitleTarget> {
  constructor(ctx: Ctx, path: string, resolver: () => TitleTarget) {
    super(ctx, path, resolver, "nav");
  }
  get text(): string {
    return this.read("text");
  }
  set text(text: string) {
    this.command("set text", text, (t) => {
      editable(t.sheet);
      if (typeof text !== "string") throw fail("InvalidArgument", "A title is a string.");
      t.title.text = text;
      t.title.visible = text !== "";
    });
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(visible: boolean) {
    this.command("set visible", visible, (t) => {
      editable(t.sheet);
      t.title.visible = visible;
    });
  }
  protected reader(name: string): ((t: TitleTarget) => unknown) | undefined {
    if (name === "text") return (t) => t.title.text;
    if (name === "visible") return (t) => t.title.visible;
    return undefined;
  }
}

export class FakeChartAxes extends FakeObject<ChartTarget> {
  readonly categoryAxis: FakeChartAxis;
  readonly valueAxis: FakeChartAxis;

  constructor(ctx: Ctx, path: string, resolver: () => ChartTarget) {
    super(ctx, path, resolver, "nav");
    this.categoryAxis = new FakeChartAxis(ctx, `${path}.categoryAxis`, () => {
      const t = resolver();
      return { sheet: t.sheet, title: t.chart.axes.category.title };
    });
    this.valueAxis = new FakeChartAxis(ctx, `${path}.valueAxis`, () => {
      const t = resolver();
      return { sheet: t.sheet, title: t.chart.axes.value.title };
    });
  }
  protected reader(): undefined {
    return undefined;
  }
}

/** A chart axis; only its title is modelled. For a scatter chart the category axis is the x axis. */
export class FakeChartAxis extends FakeObject<TitleTarget> {
  readonly title: FakeChartTitleProxy;
  constructor(ctx: Ctx, path: string, resolver: () => TitleTarget) {
    super(ctx, path, resolver, "nav");
    this.title = new FakeChartTitleProxy(ctx, `${path}.title`, resolver);
  }
  protected reader(): undefined {
    return undefined;
  }
}

export class FakeChartLegend extends FakeObject<ChartTarget> {
  constructor(ctx: Ctx, path: string, resolver: () => ChartTarget) {
    super(ctx, path, resolver, "nav");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(visible: boolean) {
    this.command("set visible", visible, (t) => {
      editable(t.sheet);
      t.chart.legend.visible = visible;
    });
  }
  get position(): Excel.ChartLegendPosition {
    return this.read("position");
  }
  set position(position: Excel.ChartLegendPosition | string) {
    this.command("set position", position, (t) => {
      editable(t.sheet);
      if (!LEGEND_POSITIONS.includes(position))
        throw fail("InvalidArgument", `Bad legend position ${position}`);
      t.chart.legend.position = position;
    });
  }
  protected reader(name: string): ((t: ChartTarget) => unknown) | undefined {
    if (name === "visible") return (t) => t.chart.legend.visible;
    if (name === "position") return (t) => t.chart.legend.position;
    return undefined;
  }
}

interface SeriesTarget extends ChartTarget {
  series: FakeChartSeries;
}

export class FakeChartSeriesCollection extends FakeObject<ChartTarget> {
  private loadedItems?: FakeChartSeriesProxy[];

  constructor(ctx: Ctx, path: string, resolver: () => ChartTarget) {
    super(ctx, path, resolver, "nav");
  }

  get items(): FakeChartSeriesProxy[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.path, "items");
    return this.loadedItems;
  }

  get count(): number {
    return this.read("count");
  }

  /** A new, empty series (ExcelApi 1.7), at `index` or last; "not visible until values … are set". */
  add(name?: string, index?: number): FakeChartSeriesProxy {
    return new FakeChartSeriesProxy(this.ctx, `${this.path}.add(${str(name ?? "")})`, () => {
      requireSet(this.ctx.host, "1.7", "ChartSeriesCollection.add");
      const t = this.require();
      editable(t.sheet);
      const series: FakeChartSeries = {
        name: name ?? `Series${t.chart.series.length + 1}`,
        values: null,
        xValues: null,
        chartType: t.chart.chartType,
        markerStyle: "Automatic",
      };
      const at = index ?? t.chart.series.length;
      if (!Number.isInteger(at) || at < 0 || at > t.chart.series.length)
        throw fail("InvalidArgument", `Series index ${at} is out of range.`);
      t.chart.series.splice(at, 0, series);
      return { ...t, series };
    });
  }

  getItemAt(index: number): FakeChartSeriesProxy {
    return new FakeChartSeriesProxy(this.ctx, `${this.path}.getItemAt(${index})`, () => {
      const t = this.require();
      const series = t.chart.series[index];
      if (!series) throw fail("ItemNotFound", `There is no series at ${index}.`, this.path);
      return { ...t, series };
    });
  }

  override load(arg?: string | string[] | { select?: string }): this {
    const props = loadNames(arg).map((n) => n.replace(/^items\//, ""));
    this.ctx.enqueue({
      path: this.path,
      action: "load",
      payload: props,
      apply: () => {
        const t = this.require();
        if (props.includes("count")) {
          this.fillLoaded(["count"]);
          return t.chart.series.length;
        }
        this.loadedItems = t.chart.series.map(
          (series, i) =>
            new FakeChartSeriesProxy(
              this.ctx,
              `${this.path}.getItemAt(${i})`,
              () => ({ ...t, series }),
              "bound",
            ),
        );
        return this.loadedItems.map((item) => item.fillLoaded(props));
      },
    });
    return this;
  }

  protected reader(name: string): ((t: ChartTarget) => unknown) | undefined {
    return name === "count" ? (t) => t.chart.series.length : undefined;
  }
}

export class FakeChartSeriesProxy
  extends FakeObject<SeriesTarget>
  implements Pick<Excel.ChartSeries, "name" | "delete">
{
  constructor(
    ctx: Ctx,
    path: string,
    resolver: () => SeriesTarget | null,
    mode: "created" | "bound" = "created",
  ) {
    super(ctx, path, resolver, mode);
  }

  protected override alive(t: SeriesTarget): boolean {
    return t.chart.series.includes(t.series) && t.sheet.charts.includes(t.chart);
  }

  private change(
    action: string,
    payload: unknown,
    set: string | undefined,
    apply: (t: SeriesTarget) => void,
  ): void {
    this.command(action, payload, (t) => {
      if (set !== undefined) requireSet(this.ctx.host, "1.7", set);
      editable(t.sheet);
      apply(t);
    });
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.change("set name", name, undefined, (t) => {
      if (typeof name !== "string") throw fail("InvalidArgument", "A series name is a string.");
      t.series.name = name;
    });
  }

  /** The values, or for a scatter chart the y values: one row or one column. */
  setValues(sourceData: FakeRange): void {
    this.change("setValues", sourceData.path, "ChartSeries.setValues", (t) => {
      t.series.values = line(refOf(sourceData));
    });
  }

  /** The x-axis values (categories; the x values of a scatter chart): one row or one column. */
  setXAxisValues(sourceData: FakeRange): void {
    this.change("setXAxisValues", sourceData.path, "ChartSeries.setXAxisValues", (t) => {
      t.series.xValues = line(refOf(sourceData));
    });
  }

  get markerStyle(): Excel.ChartMarkerStyle {
    return this.read("markerStyle");
  }
  set markerStyle(style: Excel.ChartMarkerStyle | string) {
    this.change("set markerStyle", style, "ChartSeries.markerStyle", (t) => {
      if (!MARKER_STYLES.includes(style)) throw fail("InvalidArgument", `Bad marker style ${style}`);
      t.series.markerStyle = style;
    });
  }

  delete(): void {
    this.change("delete", null, "ChartSeries.delete", (t) => {
      t.chart.series = t.chart.series.filter((s) => s !== t.series);
    });
  }

  protected reader(name: string): ((t: SeriesTarget) => unknown) | undefined {
    if (name === "name") return (t) => t.series.name;
    if (name === "markerStyle") return (t) => t.series.markerStyle;
    return undefined;
  }
}

/** A series reads one row or one column. */
function line(ref: FakeChartRef): FakeChartRef {
  const { r1, c1, r2, c2 } = ref.rect;
  if (r1 !== r2 && c1 !== c2) throw fail("InvalidArgument", "A series takes one row or one column.");
  return ref;
}
