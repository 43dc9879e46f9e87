/**
 * RangeFormat and its parts: font, fill, borders, alignment, column width, row height, cell
 * protection. A format belongs to a Range (one rectangle) or to a RangeAreas (several): a setting
 * applies to every rectangle ("Setting a property on a RangeAreas object sets the corresponding
 * property on all the ranges in the RangeAreas.areas collection"), each on its own (a border edge
 * is the edge of each rectangle), and a getter gives a value only when every cell shares it.
 */
import { FakeObject, type Ctx } from "./context";
import { fail } from "./errors";
import type { FakeBorder, FakeCell } from "./model";
import { eachCell, formatAllowed, normalColor, PROTECTED, uniform, type RangeTarget } from "./range-cells";

/** The rectangles a format acts on: one for a Range, one per area for a RangeAreas. */
export type Targets = RangeTarget[];

export class FakeRangeFormat
  extends FakeObject<Targets>
  implements
    Pick<
      Excel.RangeFormat,
      "horizontalAlignment" | "verticalAlignment" | "wrapText" | "columnWidth" | "rowHeight"
    >
{
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorderCollection;
  readonly protection: FakeFormatProtection;

  constructor(ctx: Ctx, path: string, resolver: () => Targets) {
    super(ctx, path, resolver, "nav");
    this.font = new FakeRangeFont(ctx, `${path}.font`, resolver);
    this.fill = new FakeRangeFill(ctx, `${path}.fill`, resolver);
    this.borders = new FakeRangeBorderCollection(ctx, `${path}.borders`, resolver);
    this.protection = new FakeFormatProtection(ctx, `${path}.protection`, resolver);
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    const nav: Record<string, FakeObject<Targets>> = {
      font: this.font,
      fill: this.fill,
      protection: this.protection,
    };
    return nav[name] as FakeObject<unknown> | undefined;
  }

  private cells(action: string, payload: unknown, apply: (cell: FakeCell) => void): void {
    this.command(action, payload, (targets) => {
      for (const t of targets) formatAllowed(t, "allowFormatCells");
      for (const t of targets) eachCell(this.ctx, t, apply);
    });
  }

  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: Excel.HorizontalAlignment | string) {
    if (
      ![
        "General",
        "Left",
        "Center",
        "Right",
        "Fill",
        "Justify",
        "CenterAcrossSelection",
        "Distributed",
      ].includes(v)
    ) {
      throw fail("InvalidArgument", `Bad horizontal alignment ${v}`);
    }
    this.cells("set horizontalAlignment", v, (cell) => (cell.horizontalAlignment = v));
  }

  get verticalAlignment(): Excel.VerticalAlignment {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: Excel.VerticalAlignment | string) {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v))
      throw fail("InvalidArgument", `Bad vertical alignment ${v}`);
    this.cells("set verticalAlignment", v, (cell) => (cell.verticalAlignment = v));
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.cells("set wrapText", v, (cell) => (cell.wrapText = v));
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.command("set columnWidth", points, (targets) => {
      for (const t of targets) formatAllowed(t, "allowFormatColumns");
      if (!(points >= 0))
        throw fail("InvalidArgument", "Column width must be a non-negative number of points.");
      for (const t of targets)
        for (let c = t.rect.c1; c <= t.rect.c2; c++) t.sheet.columnWidths.set(c, points);
    });
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.command("set rowHeight", points, (targets) => {
      for (const t of targets) formatAllowed(t, "allowFormatRows");
      if (!(points >= 0 && points <= 409)) throw fail("InvalidArgument", "Row height must be 0–409 points.");
      for (const t of targets) for (let r = t.rect.r1; r <= t.rect.r2; r++) t.sheet.rowHeights.set(r, points);
    });
  }

  protected reader(name: string): ((t: Targets) => unknown) | undefined {
    const ctx = this.ctx;
    const same = (values: unknown[]) => (values.every((v) => v === values[0]) ? (values[0] ?? null) : null);
    const readers: Record<string, (t: Targets) => unknown> = {
      horizontalAlignment: (t) => uniform(ctx, t, (c) => c.horizontalAlignment),
      verticalAlignment: (t) => uniform(ctx, t, (c) => c.verticalAlignment),
      wrapText: (t) => uniform(ctx, t, (c) => c.wrapText),
      columnWidth: (t) =>
        same(t.flatMap((x) => range(x.rect.c1, x.rect.c2).map((c) => x.sheet.columnWidths.get(c) ?? 48))),
      rowHeight: (t) =>
        same(t.flatMap((x) => range(x.rect.r1, x.rect.r2).map((r) => x.sheet.rowHeights.get(r) ?? 15))),
    };
    return readers[name];
  }
}

/** first..last, inclusive (capped: whole rows or columns are read from their first 1000). */
function range(first: number, last: number): number[] {
  return Array.from({ length: Math.min(last - first + 1, 1000) }, (_, i) => first + i);
}

const UNDERLINES: string[] = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];

export class FakeRangeFont
  extends FakeObject<Targets>
  implements Pick<Excel.RangeFont, "bold" | "italic" | "underline" | "size" | "color">
{
  constructor(ctx: Ctx, path: string, resolver: () => Targets) {
    super(ctx, path, resolver, "nav");
  }
  private cells(prop: keyof FakeCell["font"], v: boolean | number | string): void {
    this.command(`set ${prop}`, v, (targets) => {
      for (const t of targets) formatAllowed(t, "allowFormatCells");
      for (const t of targets)
        eachCell(this.ctx, t, (cell) => ((cell.font as Record<string, unknown>)[prop] = v));
    });
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.cells("bold", v);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.cells("italic", v);
  }
  get underline():
    Excel.RangeUnderlineStyle | "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant" {
    return this.read("underline");
  }
  set underline(
    v: Excel.RangeUnderlineStyle | "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant",
  ) {
    if (!UNDERLINES.includes(v)) throw fail("InvalidArgument", `Bad underline ${v}`);
    this.cells("underline", v);
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    if (!(v >= 1 && v <= 409)) throw fail("InvalidArgument", "Font size must be 1–409.");
    this.cells("size", v);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.cells("color", normalColor(v));
  }
  protected reader(name: string): ((t: Targets) => unknown) | undefined {
    if (!["bold", "italic", "underline", "size", "color"].includes(name)) return undefined;
    return (t) => uniform(this.ctx, t, (c) => (c.font as Record<string, unknown>)[name]);
  }
}

export class FakeRangeFill extends FakeObject<Targets> implements Pick<Excel.RangeFill, "color"> {
  constructor(ctx: Ctx, path: string, resolver: () => Targets) {
    super(ctx, path, resolver, "nav");
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    const color = normalColor(v);
    this.command("set color", color, (targets) => {
      for (const t of targets) formatAllowed(t, "allowFormatCells");
      for (const t of targets) eachCell(this.ctx, t, (cell) => (cell.fill = color));
    });
  }
  protected reader(name: string): ((t: Targets) => unknown) | undefined {
    return name === "color" ? (t) => uniform(this.ctx, t, (c) => c.fill) : undefined;
  }
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export class FakeRangeBorderCollection extends FakeObject<Targets> {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly target: () => Targets,
  ) {
    super(ctx, path, target, "nav");
  }
  getItem(index: Edge | string): FakeRangeBorder {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];
    if (!edges.includes(index)) throw fail("InvalidArgument", `The fake models no border '${index}'.`);
    return new FakeRangeBorder(
      this.ctx,
      `${this.path}.getItem(${JSON.stringify(index)})`,
      this.target,
      index as Edge,
    );
  }
  protected reader(): undefined {
    return undefined;
  }
}

export class FakeRangeBorder
  extends FakeObject<Targets>
  implements Pick<Excel.RangeBorder, "style" | "weight">
{
  constructor(
    ctx: Ctx,
    path: string,
    resolver: () => Targets,
    private readonly edge: Edge,
  ) {
    super(ctx, path, resolver, "nav");
  }
  private update(patch: Partial<FakeBorder>): void {
    this.command(`set border ${this.edge}`, patch, (targets) => {
      for (const t of targets) formatAllowed(t, "allowFormatCells");
      for (const t of targets) this.applyTo(t, patch);
    });
  }

  /** The edge of one rectangle: its outline side, or the lines between its cells. */
  private applyTo(t: RangeTarget, patch: Partial<FakeBorder>): void {
    const { r1, r2, c1, c2 } = t.rect;
    eachCell(this.ctx, t, (cell, r, c) => {
      const sides: (keyof FakeCell["borders"])[] = [];
      if (this.edge === "EdgeTop" && r === r1) sides.push("top");
      if (this.edge === "EdgeBottom" && r === r2) sides.push("bottom");
      if (this.edge === "EdgeLeft" && c === c1) sides.push("left");
      if (this.edge === "EdgeRight" && c === c2) sides.push("right");
      if (this.edge === "InsideHorizontal") {
        if (r < r2) sides.push("bottom");
        if (r > r1) sides.push("top");
      }
      if (this.edge === "InsideVertical") {
        if (c < c2) sides.push("right");
        if (c > c1) sides.push("left");
      }
      for (const side of sides)
        cell.borders[side] = { ...{ style: "None", weight: "Thin" }, ...cell.borders[side], ...patch };
    });
  }
  get style(): Excel.BorderLineStyle {
    return this.read("style");
  }
  set style(v: Excel.BorderLineStyle | string) {
    this.update({ style: v });
  }
  get weight(): Excel.BorderWeight {
    return this.read("weight");
  }
  set weight(v: Excel.BorderWeight | string) {
    this.update({ weight: v });
  }
  protected reader(): undefined {
    return undefined;
  }
}

export class FakeFormatProtection
  extends FakeObject<Targets>
  implements Pick<Excel.FormatProtection, "locked">
{
  constructor(ctx: Ctx, path: string, resolver: () => Targets) {
    super(ctx, path, resolver, "nav");
  }
  get locked(): boolean {
    return this.read("locked");
  }
  set locked(v: boolean) {
    this.command("set locked", v, (targets) => {
      if (targets.some((t) => t.sheet.protection.protected)) throw fail("InvalidOperation", PROTECTED);
      for (const t of targets) eachCell(this.ctx, t, (cell) => (cell.locked = v));
    });
  }
  protected reader(name: string): ((t: Targets) => unknown) | undefined {
    return name === "locked" ? (t) => uniform(this.ctx, t, (c) => c.locked) : undefined;
  }
}
