/**
 * Range: values, formulas and number formats as 2-D arrays checked against the range's size, merges,
 * hidden columns, merged areas. Writes refuse locked cells of a protected sheet (InvalidOperation).
 */
import { FakeObject, requireSet, type Ctx } from "./context";
import { fail } from "./errors";
import { FakeRangeFormat } from "./format-objects";
import { cellCount, enterInto, formatAddress, intersects, quoteSheet, type Scalar } from "./model";
import {
  checkShape,
  eachCell,
  formatAllowed,
  grid,
  PROTECTED,
  type Mode,
  type RangeTarget,
} from "./range-cells";
import { FakeDataValidation, FakeRangeAreas } from "./validation-objects";

export type { RangeTarget } from "./range-cells";

export class FakeRange
  extends FakeObject<RangeTarget>
  implements
    Pick<
      Excel.Range,
      | "values"
      | "formulas"
      | "numberFormat"
      | "address"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "columnHidden"
      | "merge"
      | "unmerge"
      | "hyperlink"
    >
{
  private formatProxy?: FakeRangeFormat;
  private validationProxy?: FakeDataValidation;

  constructor(ctx: Ctx, path: string, resolver: () => RangeTarget | null, mode: Mode = "created") {
    super(ctx, path, resolver, mode);
  }

  protected override alive(t: RangeTarget): boolean {
    return this.ctx.host.model.sheets.includes(t.sheet);
  }

  /** The target at apply time, for other fake objects that take a Range argument. */
  targetNow(): RangeTarget {
    return this.require();
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.ctx, `${this.path}.format`, () => [this.require()]);
    return this.formatProxy;
  }

  get dataValidation(): FakeDataValidation {
    this.validationProxy ??= new FakeDataValidation(this.ctx, `${this.path}.dataValidation`, () =>
      this.require(),
    );
    return this.validationProxy;
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.writeCells("values", input);
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.writeCells("formulas", input);
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.command("set numberFormat", input, (t) => {
      const rows = checkShape(t, input);
      formatAllowed(t, "allowFormatCells");
      eachCell(this.ctx, t, (cell, r, c) => {
        const f = rows[r - t.rect.r1]?.[c - t.rect.c1];
        if (f === null || f === undefined) return;
        if (typeof f !== "string") throw fail("InvalidArgument", "A number format must be a string.");
        cell.numberFormat = f === "" ? "General" : f;
      });
    });
  }

  /**
   * Range.hyperlink (ExcelApi 1.7): a URL (`address`) or a place in the workbook
   * (`documentReference`), a screen tip, and `textToDisplay`, "the string that is displayed in the
   * top left most cell in the range". Beyond the reference, which is silent on these: the text to
   * display is entered as typed input (so "=…" would become a formula: the fake is at least as
   * strict as Excel); without it, a cell that holds a value keeps it and an empty one shows the
   * address, as Excel's Insert Link does; locked cells of a protected sheet refuse the link.
   */
  get hyperlink(): Excel.RangeHyperlink {
    return this.read("hyperlink");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    const copy = { ...link };
    this.command("set hyperlink", copy, (t) => {
      requireSet(this.ctx.host, "1.7", "Range.hyperlink");
      const known = ["address", "documentReference", "screenTip", "textToDisplay"];
      if (Object.keys(copy).some((k) => !known.includes(k)))
        throw fail(
          "InvalidArgument",
          "A hyperlink takes address, documentReference, screenTip, textToDisplay.",
        );
      for (const v of Object.values(copy)) {
        if (v !== undefined && typeof v !== "string")
          throw fail("InvalidArgument", "The hyperlink's members are strings.");
      }
      if (!copy.address && !copy.documentReference)
        throw fail("InvalidArgument", "A hyperlink needs an address or a document reference.");
      if (t.sheet.protection.protected) {
        eachCell(this.ctx, t, (cell) => {
          if (cell.locked) throw fail("InvalidOperation", PROTECTED);
        });
      }
      const { textToDisplay, ...target } = copy;
      eachCell(this.ctx, t, (cell, r, c) => {
        cell.hyperlink = target;
        if (r !== t.rect.r1 || c !== t.rect.c1) return;
        if (textToDisplay !== undefined) enterInto(cell, textToDisplay);
        else if (cell.value === null && cell.formula === null)
          enterInto(cell, `'${copy.address ?? copy.documentReference ?? ""}`);
      });
    });
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.command("set columnHidden", hidden, (t) => {
      formatAllowed(t, "allowFormatColumns");
      for (let c = t.rect.c1; c <= t.rect.c2; c++) {
        if (hidden) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  merge(across?: boolean): void {
    this.command("merge", across ?? false, (t) => {
      if (t.sheet.protection.protected) throw fail("InvalidOperation", PROTECTED);
      const rects =
        across === true
          ? Array.from({ length: t.rect.r2 - t.rect.r1 + 1 }, (_, i) => ({
              ...t.rect,
              r1: t.rect.r1 + i,
              r2: t.rect.r1 + i,
            }))
          : [t.rect];
      for (const rect of rects) {
        if (t.sheet.merges.some((m) => intersects(m, rect))) {
          throw fail("MergedRangeConflict", "Cannot merge cells that overlap an existing merged area.");
        }
        if (cellCount(rect) > 1) t.sheet.merges.push(rect);
      }
    });
  }

  unmerge(): void {
    this.command("unmerge", null, (t) => {
      if (t.sheet.protection.protected) throw fail("InvalidOperation", PROTECTED);
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const t = this.require();
      const rects = t.sheet.merges.filter((m) => intersects(m, t.rect));
      return rects.length === 0 ? null : { sheet: t.sheet, rects };
    });
  }

  private writeCells(via: "values" | "formulas", input: unknown[][]): void {
    this.command(`set ${via}`, input, (t) => {
      const rows = checkShape(t, input);
      if (t.sheet.protection.protected) {
        eachCell(this.ctx, t, (cell, r, c) => {
          const v = rows[r - t.rect.r1]?.[c - t.rect.c1];
          if (v !== null && v !== undefined && cell.locked) throw fail("InvalidOperation", PROTECTED);
        });
      }
      eachCell(this.ctx, t, (cell, r, c) => {
        const v = rows[r - t.rect.r1]?.[c - t.rect.c1];
        if (v === null || v === undefined) return;
        if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
          throw fail("InvalidArgument", "A cell value must be a string, number or boolean.");
        }
        enterInto(cell, v as Scalar);
      });
    });
  }

  protected reader(name: string): ((t: RangeTarget) => unknown) | undefined {
    const ctx = this.ctx;
    const readers: Record<string, (t: RangeTarget) => unknown> = {
      address: (t) => `${quoteSheet(t.sheet.name)}!${formatAddress(t.rect)}`,
      rowIndex: (t) => t.rect.r1,
      columnIndex: (t) => t.rect.c1,
      rowCount: (t) => t.rect.r2 - t.rect.r1 + 1,
      columnCount: (t) => t.rect.c2 - t.rect.c1 + 1,
      values: (t) => grid(ctx, t, (cell) => (cell?.formula ? (cell.value ?? "") : (cell?.value ?? ""))),
      formulas: (t) => grid(ctx, t, (cell) => cell?.formula ?? cell?.value ?? ""),
      numberFormat: (t) => grid(ctx, t, (cell) => cell?.numberFormat ?? "General"),
      hyperlink: (t) => {
        requireSet(ctx.host, "1.7", "Range.hyperlink");
        const cell = ctx.host.model.peekCell(t.sheet, t.rect.r1, t.rect.c1);
        if (!cell?.hyperlink) return null;
        const text = cell.formula ? undefined : cell.value;
        return {
          ...cell.hyperlink,
          ...(text === null || text === undefined ? {} : { textToDisplay: String(text) }),
        };
      },
      columnHidden: (t) => {
        const all = [...Array(t.rect.c2 - t.rect.c1 + 1).keys()].map((i) =>
          t.sheet.hiddenColumns.has(t.rect.c1 + i),
        );
        return all.every((h) => h) ? true : all.every((h) => !h) ? false : null;
      },
    };
    return readers[name];
  }
}
