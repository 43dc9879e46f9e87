/**
 * Workbook, worksheets and what hangs off a worksheet (protection, page layout, freeze panes), and
 * defined names. getItem on a missing sheet fails at sync with ItemNotFound; getItemOrNullObject
 * gives a null object whose `isNullObject` is readable after the sync.
 */
import { FakeChartCollection } from "./chart-objects";
import { FakeObject, loadNames, requireSet, type Ctx } from "./context";
import { fail, propertyNotLoaded } from "./errors";
import {
  formatAddress,
  isWholeColumns,
  isWholeRows,
  parseAddress,
  quoteSheet,
  MAX_COLS,
  MAX_ROWS,
  type FakeName,
  type FakeSheet,
  type FakeWorkbookModel,
  type FRect,
  type Visibility,
} from "./model";
import { PROTECTED } from "./range-cells";
import { type FakeClientResult, queueInsert } from "./insert-objects";
import { FakeRange, type RangeTarget } from "./range-objects";
import { FakeRangeAreas } from "./validation-objects";

/**
 * Excel's limit on the address given to getRange/getRanges: "When this limit is exceeded, the
 * address string is truncated to 8192 characters" (Troubleshooting Excel add-ins).
 */
export const ADDRESS_LIMIT = 8192;

const str = (v: string) => JSON.stringify(v);

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  readonly protection: FakeWorkbookProtection;

  constructor(private readonly ctx: Ctx) {
    const model = () => ctx.host.model;
    this.worksheets = new FakeWorksheetCollection(ctx, "workbook.worksheets", model);
    this.names = new FakeNamedItemCollection(ctx, "workbook.names", model);
    this.application = new FakeApplication(ctx, "workbook.application", model);
    this.protection = new FakeWorkbookProtection(ctx, "workbook.protection", model);
  }

  /** ExcelApi 1.13: the sheets of a base64 .xlsx, inserted (insert-objects.ts). */
  insertWorksheetsFromBase64(
    base64File: string,
    options?: Excel.InsertWorksheetOptions,
  ): FakeClientResult<string[]> {
    return queueInsert(this.ctx, base64File, options);
  }
}

export class FakeApplication extends FakeObject<FakeWorkbookModel> {
  constructor(ctx: Ctx, path: string, model: () => FakeWorkbookModel) {
    super(ctx, path, model, "nav");
  }
  suspendApiCalculationUntilNextSync(): void {
    this.command("suspendApiCalculationUntilNextSync", null, () => {
      this.ctx.host.stats.suspendCalls++;
    });
  }
  protected reader(): undefined {
    return undefined;
  }
}

export class FakeWorkbookProtection
  extends FakeObject<FakeWorkbookModel>
  implements Pick<Excel.WorkbookProtection, "protected">
{
  constructor(ctx: Ctx, path: string, model: () => FakeWorkbookModel) {
    super(ctx, path, model, "nav");
  }
  get protected(): boolean {
    return this.read("protected");
  }
  protected reader(name: string): ((m: FakeWorkbookModel) => unknown) | undefined {
    return name === "protected" ? (m) => m.structureProtected : undefined;
  }
}

export class FakeWorksheetCollection extends FakeObject<FakeWorkbookModel> {
  private loadedItems?: FakeWorksheet[];

  constructor(ctx: Ctx, path: string, model: () => FakeWorkbookModel) {
    super(ctx, path, model, "nav");
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.path, "items");
    return this.loadedItems;
  }

  /** load("items/name,items/visibility") or load("name, visibility"): the items with those properties. */
  override load(arg?: string | string[] | { select?: string }): this {
    const props = loadNames(arg).map((n) => n.replace(/^items\//, ""));
    this.ctx.enqueue({
      path: this.path,
      action: "load",
      payload: props,
      apply: () => {
        const model = this.require();
        this.loadedItems = model.sheets.map(
          (s) => new FakeWorksheet(this.ctx, `${this.path}.getItem(${str(s.id)})`, () => s, "bound"),
        );
        return this.loadedItems.map((item) => item.fillLoaded(props));
      },
    });
    return this;
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.add(${str(name ?? "")})`, () =>
      this.require().addSheet(name),
    );
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.getItem(${str(key)})`, () => {
      const sheet = this.require().sheet(key);
      if (!sheet)
        throw fail("ItemNotFound", `The requested resource doesn't exist: worksheet '${key}'.`, this.path);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      `${this.path}.getItemOrNullObject(${str(key)})`,
      () => this.require().sheet(key) ?? null,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.getActiveWorksheet()`, () => {
      const model = this.require();
      const sheet = model.sheet(model.activeId);
      if (!sheet) throw fail("ItemNotFound", "There is no active worksheet.");
      return sheet;
    });
  }

  protected reader(): undefined {
    return undefined;
  }
}

const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];

export class FakeWorksheet
  extends FakeObject<FakeSheet>
  implements
    Pick<Excel.Worksheet, "name" | "id" | "position" | "visibility" | "tabColor" | "delete" | "activate">
{
  private protectionProxy?: FakeWorksheetProtection;
  private layoutProxy?: FakePageLayout;
  private panesProxy?: FakeFreezePanes;
  private breaksProxy?: FakePageBreakCollection;
  private autoFilterProxy?: FakeAutoFilter;
  private chartsProxy?: FakeChartCollection;

  constructor(
    ctx: Ctx,
    path: string,
    resolver: () => FakeSheet | null,
    mode: "created" | "bound" = "created",
  ) {
    super(ctx, path, resolver, mode);
  }

  protected override alive(sheet: FakeSheet): boolean {
    return this.ctx.host.model.sheets.includes(sheet);
  }

  private get model(): FakeWorkbookModel {
    return this.ctx.host.model;
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.command("set name", name, (s) => this.model.renameSheet(s, name));
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.command("set position", position, (s) => this.model.moveSheet(s, position));
  }
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.read("visibility");
  }
  set visibility(v: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.command("set visibility", v, (s) => {
      if (!VISIBILITIES.includes(v)) throw fail("InvalidArgument", `Bad visibility ${v}`);
      this.model.setVisibility(s, v as Visibility);
    });
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(color: string) {
    this.command("set tabColor", color, (s) => {
      if (color !== "" && !/^#[0-9A-Fa-f]{6}$/.test(color))
        throw fail("InvalidArgument", `Bad colour ${color}`);
      s.tabColor = color.toUpperCase();
    });
  }

  delete(): void {
    this.command("delete", null, (s) => this.model.deleteSheet(s));
  }

  activate(): void {
    this.command("activate", null, (s) => {
      if (s.visibility !== "Visible")
        throw fail("InvalidOperation", "A hidden worksheet cannot be activated.");
      this.model.activeId = s.id;
    });
  }

  get protection(): FakeWorksheetProtection {
    this.protectionProxy ??= new FakeWorksheetProtection(this.ctx, `${this.path}.protection`, () =>
      this.require(),
    );
    return this.protectionProxy;
  }
  get pageLayout(): FakePageLayout {
    this.layoutProxy ??= new FakePageLayout(this.ctx, `${this.path}.pageLayout`, () => this.require());
    return this.layoutProxy;
  }
  get freezePanes(): FakeFreezePanes {
    this.panesProxy ??= new FakeFreezePanes(this.ctx, `${this.path}.freezePanes`, () => this.require());
    return this.panesProxy;
  }

  /** Worksheet.autoFilter (ExcelApi 1.9): `apply(range)` puts filter buttons on the range's first row. */
  get autoFilter(): FakeAutoFilter {
    this.autoFilterProxy ??= new FakeAutoFilter(this.ctx, `${this.path}.autoFilter`, () => this.require());
    return this.autoFilterProxy;
  }

  /** Manual horizontal page breaks (ExcelApi 1.9). */
  get horizontalPageBreaks(): FakePageBreakCollection {
    this.breaksProxy ??= new FakePageBreakCollection(this.ctx, `${this.path}.horizontalPageBreaks`, () =>
      this.require(),
    );
    return this.breaksProxy;
  }

  /** The charts on the sheet (ExcelApi 1.1). */
  get charts(): FakeChartCollection {
    this.chartsProxy ??= new FakeChartCollection(this.ctx, `${this.path}.charts`, () => this.require());
    return this.chartsProxy;
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === "protection" ? (this.protection as FakeObject<unknown>) : undefined;
  }

  /** A range by A1 address ("B2", "A1:D4", "C:E", "5:7"); the whole sheet without one. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange(${str(address ?? "")})`, () => {
      const sheet = this.require();
      const rect =
        address === undefined
          ? { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLS - 1 }
          : parseAddress(address.slice(0, ADDRESS_LIMIT));
      if (!rect) throw fail("InvalidArgument", `The address '${address ?? ""}' is not valid.`);
      return { sheet, rect };
    });
  }

  /**
   * RangeAreas (ExcelApi 1.9) from addresses separated by commas or semicolons ("A1:B2, D4" or
   * "A1:B2; D4"); the whole sheet without one. Past 8192 characters the address is truncated, as
   * Excel documents, so the last area is cut (InvalidArgument) or silently dropped.
   */
  getRanges(address?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, `${this.path}.getRanges(${str(address ?? "")})`, () => {
      requireSet(this.ctx.host, "1.9", "Worksheet.getRanges");
      const sheet = this.require();
      if (address === undefined)
        return { sheet, rects: [{ r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLS - 1 }] };
      const rects = address
        .slice(0, ADDRESS_LIMIT)
        .split(/[,;]/)
        .map((part) => parseAddress(part));
      if (rects.length === 0 || rects.some((r) => r === undefined))
        throw fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      return { sheet, rects: rects.filter((r): r is FRect => r !== undefined) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.getUsedRangeOrNullObject(${String(valuesOnly ?? false)})`,
      () => {
        const sheet = this.require();
        const rect = this.model.usedRect(sheet, valuesOnly === true);
        return rect ? { sheet, rect } : null;
      },
    );
  }

  protected reader(name: string): ((s: FakeSheet) => unknown) | undefined {
    const readers: Record<string, (s: FakeSheet) => unknown> = {
      name: (s) => s.name,
      id: (s) => s.id,
      position: (s) => this.model.sheets.indexOf(s),
      visibility: (s) => s.visibility,
      tabColor: (s) => s.tabColor,
    };
    return readers[name];
  }
}

/** A Range argument or an address string, resolved when the command runs. */
function rectOf(sheet: FakeSheet, arg: FakeRange | string): FRect {
  if (typeof arg !== "string") {
    const t: RangeTarget = arg.targetNow();
    if (t.sheet !== sheet) throw fail("InvalidArgument", "The range is on another worksheet.");
    return t.rect;
  }
  const rect = parseAddress(arg);
  if (!rect) throw fail("InvalidArgument", `The address '${arg}' is not valid.`);
  return rect;
}

export class FakeWorksheetProtection
  extends FakeObject<FakeSheet>
  implements Pick<Excel.WorksheetProtection, "protected" | "unprotect">
{
  constructor(ctx: Ctx, path: string, resolver: () => FakeSheet) {
    super(ctx, path, resolver, "nav");
  }
  get protected(): boolean {
    return this.read("protected");
  }
  /** Fails if the worksheet is already protected (as the reference says). */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    const copy = { ...(options ?? {}) } as Record<string, unknown>;
    this.command("protect", { options: copy, password: password === undefined ? null : "***" }, (s) => {
      if (s.protection.protected) throw fail("InvalidOperation", "The worksheet is already protected.");
      s.protection =
        password === undefined
          ? { protected: true, options: copy }
          : { protected: true, options: copy, password };
    });
  }
  unprotect(password?: string): void {
    this.command("unprotect", null, (s) => {
      if (s.protection.password !== undefined && s.protection.password !== password) {
        throw fail("InvalidArgument", "The password is incorrect.");
      }
      s.protection = { protected: false, options: {} };
    });
  }
  protected reader(name: string): ((s: FakeSheet) => unknown) | undefined {
    if (name === "protected") return (s) => s.protection.protected;
    if (name === "options") return (s) => s.protection.options;
    return undefined;
  }
}

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPERS = ["A3", "A4", "A5", "Letter", "Legal", "Folio"];

export class FakePageLayout
  extends FakeObject<FakeSheet>
  implements Pick<Excel.PageLayout, "orientation" | "paperSize" | "zoom">
{
  constructor(ctx: Ctx, path: string, resolver: () => FakeSheet) {
    super(ctx, path, resolver, "nav");
  }
  get orientation(): Excel.PageOrientation {
    return this.read("orientation");
  }
  set orientation(v: Excel.PageOrientation | string) {
    this.command("set orientation", v, (s) => {
      if (!ORIENTATIONS.includes(v)) throw fail("InvalidArgument", `Bad orientation ${v}`);
      s.pageLayout.orientation = v;
    });
  }
  get paperSize(): Excel.PaperType {
    return this.read("paperSize");
  }
  set paperSize(v: Excel.PaperType | string) {
    this.command("set paperSize", v, (s) => {
      if (!PAPERS.includes(v)) throw fail("InvalidArgument", `The fake models no paper '${v}'.`);
      s.pageLayout.paperSize = v;
    });
  }
  /** A writable object property: it must be assigned whole (its members cannot be set one by one). */
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read("zoom");
  }
  set zoom(z: Excel.PageLayoutZoomOptions) {
    const copy = { ...z };
    this.command("set zoom", copy, (s) => {
      const fit = copy.horizontalFitToPages !== undefined || copy.verticalFitToPages !== undefined;
      if (fit && copy.scale !== undefined) throw fail("InvalidArgument", "Use either scale or fit-to-pages.");
      if (copy.scale !== undefined && !(copy.scale >= 10 && copy.scale <= 400))
        throw fail("InvalidArgument", "Scale is 10–400.");
      for (const n of [copy.horizontalFitToPages, copy.verticalFitToPages]) {
        if (n !== undefined && !(Number.isInteger(n) && n >= 0))
          throw fail("InvalidArgument", "Pages must be whole numbers ≥ 0.");
      }
      s.pageLayout.zoom = copy;
    });
  }
  setPrintMargins(unit: Excel.PrintMarginUnit | string, margins: Excel.PageLayoutMarginOptions): void {
    const copy = { ...margins };
    this.command("setPrintMargins", { unit, margins: copy }, (s) => {
      const perInch: Record<string, number> = { Inches: 1, Points: 72, Centimeters: 2.54 };
      const k = perInch[unit];
      if (k === undefined) throw fail("InvalidArgument", `Bad unit ${unit}`);
      const m = (v: number | undefined) => (v ?? 0) / k;
      s.pageLayout.marginsInches = {
        top: m(copy.top),
        bottom: m(copy.bottom),
        left: m(copy.left),
        right: m(copy.right),
      };
    });
  }
  get printOrder(): Excel.PrintOrder {
    return this.read("printOrder");
  }
  set printOrder(v: Excel.PrintOrder | string) {
    this.command("set printOrder", v, (s) => {
      if (v !== "DownThenOver" && v !== "OverThenDown") throw fail("InvalidArgument", `Bad print order ${v}`);
      s.pageLayout.printOrder = v;
    });
  }
  /** The range must span entire columns (the reference says so). */
  setPrintTitleColumns(columns: FakeRange | string): void {
    this.command("setPrintTitleColumns", typeof columns === "string" ? columns : columns.path, (s) => {
      const rect = rectOf(s, columns);
      if (!isWholeColumns(rect))
        throw fail("InvalidArgument", "Print title columns must span entire columns.");
      s.pageLayout.printTitleColumns = formatAddress(rect, true);
    });
  }
  /** One range, an address, or a RangeAreas (ExcelApi 1.9): its areas print in the order given. */
  setPrintArea(area: FakeRange | FakeRangeAreas | string): void {
    this.command("setPrintArea", typeof area === "string" ? area : area.path, (s) => {
      const rects = area instanceof FakeRangeAreas ? area.targetNow().rects : [rectOf(s, area)];
      if (area instanceof FakeRangeAreas && area.targetNow().sheet !== s)
        throw fail("InvalidArgument", "The range is on another worksheet.");
      s.pageLayout.printArea = rects.map((r) => formatAddress(r, true));
    });
  }
  /** The range must span entire rows (the reference says so). */
  setPrintTitleRows(rows: FakeRange | string): void {
    this.command("setPrintTitleRows", typeof rows === "string" ? rows : rows.path, (s) => {
      const rect = rectOf(s, rows);
      if (!isWholeRows(rect)) throw fail("InvalidArgument", "Print title rows must span entire rows.");
      s.pageLayout.printTitleRows = formatAddress(rect, true);
    });
  }
  protected reader(name: string): ((s: FakeSheet) => unknown) | undefined {
    const readers: Record<string, (s: FakeSheet) => unknown> = {
      orientation: (s) => s.pageLayout.orientation,
      paperSize: (s) => s.pageLayout.paperSize,
      zoom: (s) => s.pageLayout.zoom,
      printOrder: (s) => s.pageLayout.printOrder,
    };
    return readers[name];
  }
}

/**
 * Worksheet.autoFilter (ExcelApi 1.9), `apply(range)` only: the range is kept as the filter's.
 * Beyond the reference (silent on it): applying on a protected sheet fails (InvalidOperation), as
 * Excel refuses to turn filtering on there.
 */
export class FakeAutoFilter extends FakeObject<FakeSheet> {
  constructor(ctx: Ctx, path: string, resolver: () => FakeSheet) {
    super(ctx, path, resolver, "nav");
  }
  apply(range: FakeRange | string): void {
    this.command("apply", typeof range === "string" ? range : range.path, (s) => {
      requireSet(this.ctx.host, "1.9", "AutoFilter.apply");
      if (s.protection.protected) throw fail("InvalidOperation", "The worksheet is protected.");
      s.autoFilter = formatAddress(rectOf(s, range), true);
    });
  }
  protected reader(): undefined {
    return undefined;
  }
}

/** Excel's limit on manual horizontal page breaks in one sheet (VBA HPageBreaks reference). */
export const PAGE_BREAK_LIMIT = 1026;

/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): `add(range)` puts a manual break before the
 * range's top-left cell, i.e. its first row starts a page. Beyond the reference (silent on these):
 * a break before row 1 fails (InvalidArgument), so does one on a protected sheet (InvalidOperation),
 * a second break before the same row is a no-op, and the break's column is not kept (the gateway
 * always breaks across the whole width).
 */
export class FakePageBreakCollection extends FakeObject<FakeSheet> {
  constructor(ctx: Ctx, path: string, resolver: () => FakeSheet) {
    super(ctx, path, resolver, "nav");
  }
  add(pageBreakRange: FakeRange | string): void {
    const arg = typeof pageBreakRange === "string" ? pageBreakRange : pageBreakRange.path;
    this.command("add", arg, (s) => {
      requireSet(this.ctx.host, "1.9", "PageBreakCollection.add");
      if (s.protection.protected) throw fail("InvalidOperation", PROTECTED);
      const { r1 } = rectOf(s, pageBreakRange);
      if (r1 === 0) throw fail("InvalidArgument", "A page break cannot go before the first row.");
      if (s.pageBreaks.includes(r1)) return;
      if (s.pageBreaks.length >= PAGE_BREAK_LIMIT)
        throw fail("InvalidOperation", `A sheet holds at most ${PAGE_BREAK_LIMIT} page breaks.`);
      s.pageBreaks = [...s.pageBreaks, r1].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this.command("removePageBreaks", null, (s) => {
      requireSet(this.ctx.host, "1.9", "PageBreakCollection.removePageBreaks");
      s.pageBreaks = [];
    });
  }
  protected reader(): undefined {
    return undefined;
  }
}

export class FakeFreezePanes extends FakeObject<FakeSheet> {
  constructor(ctx: Ctx, path: string, resolver: () => FakeSheet) {
    super(ctx, path, resolver, "nav");
  }
  freezeRows(count?: number): void {
    this.command("freezeRows", count ?? 1, (s) => (s.freeze = { rows: count ?? 1, columns: 0 }));
  }
  freezeColumns(count?: number): void {
    this.command("freezeColumns", count ?? 1, (s) => (s.freeze = { rows: 0, columns: count ?? 1 }));
  }
  /** The top-left pane ends at the range's bottom-right cell. */
  freezeAt(frozen: FakeRange | string): void {
    this.command("freezeAt", typeof frozen === "string" ? frozen : frozen.path, (s) => {
      const rect = rectOf(s, frozen);
      s.freeze = { rows: rect.r2 + 1, columns: rect.c2 + 1 };
    });
  }
  unfreeze(): void {
    this.command("unfreeze", null, (s) => (s.freeze = { rows: 0, columns: 0 }));
  }
  protected reader(): undefined {
    return undefined;
  }
}

export class FakeNamedItemCollection extends FakeObject<FakeWorkbookModel> {
  private loadedItems?: FakeNamedItem[];

  constructor(ctx: Ctx, path: string, model: () => FakeWorkbookModel) {
    super(ctx, path, model, "nav");
  }

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.path, "items");
    return this.loadedItems;
  }

  override load(arg?: string | string[] | { select?: string }): this {
    const props = loadNames(arg).map((n) => n.replace(/^items\//, ""));
    this.ctx.enqueue({
      path: this.path,
      action: "load",
      payload: props,
      apply: () => {
        this.loadedItems = this.require().names.map(
          (n) => new FakeNamedItem(this.ctx, `${this.path}.getItem(${str(n.name)})`, () => n, "bound"),
        );
        return this.loadedItems.map((item) => item.fillLoaded(props));
      },
    });
    return this;
  }

  add(name: string, reference: FakeRange | string, _comment?: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, `${this.path}.add(${str(name)})`, () => {
      const model = this.require();
      if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) throw fail("InvalidArgument", `Bad name '${name}'.`);
      if (model.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw fail("ItemAlreadyExists", `The name '${name}' already exists.`);
      }
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const t = reference.targetNow();
        formula = `=${quoteSheet(t.sheet.name)}!${formatAddress(t.rect, true)}`;
      }
      const item: FakeName = { name, formula };
      model.names.push(item);
      return item;
    });
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, `${this.path}.getItem(${str(name)})`, () => {
      const item = this.require().names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (!item) throw fail("ItemNotFound", `The name '${name}' doesn't exist.`);
      return item;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.ctx,
      `${this.path}.getItemOrNullObject(${str(name)})`,
      () => this.require().names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null,
    );
  }

  protected reader(): undefined {
    return undefined;
  }
}

export class FakeNamedItem
  extends FakeObject<FakeName>
  implements Pick<Excel.NamedItem, "name" | "formula" | "delete">
{
  constructor(
    ctx: Ctx,
    path: string,
    resolver: () => FakeName | null,
    mode: "created" | "bound" = "created",
  ) {
    super(ctx, path, resolver, mode);
  }
  protected override alive(n: FakeName): boolean {
    return this.ctx.host.model.names.includes(n);
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(f: string) {
    this.command("set formula", f, (n) => (n.formula = f.startsWith("=") ? f : `=${f}`));
  }
  delete(): void {
    this.command("delete", null, (n) => {
      const model = this.ctx.host.model;
      model.names = model.names.filter((x) => x !== n);
    });
  }
  protected reader(name: string): ((n: FakeName) => unknown) | undefined {
    if (name === "name") return (n) => n.name;
    if (name === "formula") return (n) => n.formula;
    return undefined;
  }
}
