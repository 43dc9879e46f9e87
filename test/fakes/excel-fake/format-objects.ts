/** RangeFormat and its parts: font, fill, borders, alignment, column width, row height, cell protection. */
import { FakeObject, type Ctx } from "./context";
import { fail } from "./errors";
import type { FakeBorder, FakeCell } from "./model";
import { eachCell, formatAllowed, normalColor, PROTECTED, uniform, type RangeTarget } from "./range-cells";

export class FakeRangeFormat
  extends FakeObject<RangeTarget>
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

  constructor(ctx: Ctx, path: string, resolver: () => RangeTarget) {
    super(ctx, path, resolver, "nav");
    this.font = new FakeRangeFont(ctx, `${path}.font`, resolver);
    this.fill = new FakeRangeFill(ctx, `${path}.fill`, resolver);
    this.borders = new FakeRangeBorderCollection(ctx, `${path}.borders`, resolver);
    this.protection = new FakeFormatProtection(ctx, `${path}.protection`, resolver);
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    const nav: Record<string, FakeObject<RangeTarget>> = {
      font: this.font,
      fill: this.fill,
      protection: this.protection,
    };
    return nav[name] as FakeObject<unknown> | undefined;
  }

  private cells(action: string, payload: unknown, apply: (cell: FakeCell) => void): void {
    this.command(action, payload, (t) => {
      formatAllowed(t, "allowFormatCells");
      eachCell(this.ctx, t, apply);
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
    this.command("set columnWidth", points, (t) => {
      formatAllowed(t, "allowFormatColumns");
      if (!(points >= 0))
        throw fail("InvalidArgument", "Column width must be a non-negative number of points.");
      for (let c = t.rect.c1; c <= t.rect.c2; c++) t.sheet.columnWidths.set(c, points);
    });
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.command("set rowHeight", points, (t) => {
      formatAllowed(t, "allowFormatRows");
      if (!(points >= 0 && points <= 409)) throw fail("InvalidArgument", "Row height must be 0–409 points.");
      for (let r = t.rect.r1; r <= t.rect.r2; r++) t.sheet.rowHeights.set(r, points);
    });
  }

  protected reader(name: string): ((t: RangeTarget) => unknown) | undefined {
    const ctx = this.ctx;
    const readers: Record<string, (t: RangeTarget) => unknown> = {
      horizontalAlignment: (t) => uniform(ctx, t, (c) => c.horizontalAlignment),
      verticalAlignment: (t) => uniform(ctx, t, (c) => c.verticalAlignment),
      wrapText: (t) => uniform(ctx, t, (c) => c.wrapText),
      columnWidth: (t) => t.sheet.columnWidths.get(t.rect.c1) ?? 48,
      rowHeight: (t) => t.sheet.rowHeights.get(t.rect.r1) ?? 15,
    };
    return readers[name];
  }
}

export class FakeRangeFont
  extends FakeObject<RangeTarget>
  implements Pick<Excel.RangeFont, "bold" | "italic" | "size" | "color">
{
  constructor(ctx: Ctx, path: string, resolver: () => RangeTarget) {
    super(ctx, path, resolver, "nav");
  }
  private cells(prop: keyof FakeCell["font"], v: boolean | number | string): void {
    this.command(`set ${prop}`, v, (t) => {
      formatAllowed(t, "allowFormatCells");
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
  protected reader(name: string): ((t: RangeTarget) => unknown) | undefined {
    if (!["bold", "italic", "size", "color"].includes(name)) return undefined;
    return (t) => uniform(this.ctx, t, (c) => (c.font as Record<string, unknown>)[name]);
  }
}

export class FakeRangeFill extends FakeObject<RangeTarget> implements Pick<Excel.RangeFill, "color"> {
  constructor(ctx: Ctx, path: string, resolver: () => RangeTarget) {
    super(ctx, path, resolver, "nav");
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    const color = normalColor(v);
    this.command("set color", color, (t) => {
      formatAllowed(t, "allowFormatCells");
      eachCell(this.ctx, t, (cell) => (cell.fill = color));
    });
  }
  protected reader(name: string): ((t: RangeTarget) => unknown) | undefined {
    return name === "color" ? (t) => uniform(this.ctx, t, (c) => c.fill) : undefined;
  }
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export class FakeRangeBorderCollection extends FakeObject<RangeTarget> {
  constructor(
    ctx: Ctx,
    path: string,
    private readonly target: () => RangeTarget,
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
  extends FakeObject<RangeTarget>
  implements Pick<Excel.RangeBorder, "style" | "weight">
{
  constructor(
    ctx: Ctx,
    path: string,
    resolver: () => RangeTarget,
    private readonly edge: Edge,
  ) {
    super(ctx, path, resolver, "nav");
  }
  private update(patch: Partial<FakeBorder>): void {
    this.command(`set border ${this.edge}`, patch, (t) => {
      formatAllowed(t, "allowFormatCells");
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
  extends FakeObject<RangeTarget>
  implements Pick<Excel.FormatProtection, "locked">
{
  constructor(ctx: Ctx, path: string, resolver: () => RangeTarget) {
    super(ctx, path, resolver, "nav");
  }
  get locked(): boolean {
    return this.read("locked");
  }
  set locked(v: boolean) {
    this.command("set locked", v, (t) => {
      if (t.sheet.protection.protected) throw fail("InvalidOperation", PROTECTED);
      eachCell(this.ctx, t, (cell) => (cell.locked = v));
    });
  }
  protected reader(name: string): ((t: RangeTarget) => unknown) | undefined {
    return name === "locked" ? (t) => uniform(this.ctx, t, (c) => c.locked) : undefined;
  }
}
