/**
 * DataValidation (checked when the request runs, as Excel does) and RangeAreas: the merged areas of
 * a range, or the rectangles `Worksheet.getRanges` names.
 */
import { FakeObject, type Ctx } from "./context";
import { fail } from "./errors";
import { FakeRangeFormat } from "./format-objects";
import { formatAddress, quoteSheet, type FakeSheet, type FakeValidation, type FRect } from "./model";
import { PROTECTED, type RangeTarget } from "./range-cells";

const RULE_TYPES = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"];
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

function checkRule(rule: Record<string, unknown>): void {
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined);
  const key = keys[0];
  if (keys.length !== 1 || key === undefined || !RULE_TYPES.includes(key)) {
    throw fail("InvalidArgument", "A data validation rule needs exactly one rule type.");
  }
  const body = rule[key] as Record<string, unknown>;
  if (key === "list") {
    if (typeof body.source !== "string" || body.source === "")
      throw fail("InvalidArgument", "A list needs a source.");
    return;
  }
  if (key === "custom") return;
  if (
    typeof body.operator !== "string" ||
    !OPERATORS.includes(body.operator) ||
    body.formula1 === undefined
  ) {
    throw fail("InvalidArgument", "A data validation rule needs an operator and formula1.");
  }
  if ((body.operator === "Between" || body.operator === "NotBetween") && body.formula2 === undefined) {
    throw fail("InvalidArgument", "Between needs formula2.");
  }
  if (key === "date" && typeof body.formula1 === "number") {
    throw fail("InvalidArgument", "A date rule takes an ISO date string, a Date or a formula, not a number.");
  }
}

function checkTexts(t: { title: string; message: string }): void {
  if (t.title.length > 32 || t.message.length > 255) {
    throw fail("InvalidArgument", "A validation title is at most 32 characters and a message at most 255.");
  }
}

export class FakeDataValidation
  extends FakeObject<RangeTarget>
  implements Pick<Excel.DataValidation, "rule" | "prompt" | "errorAlert" | "ignoreBlanks">
{
  constructor(ctx: Ctx, path: string, resolver: () => RangeTarget) {
    super(ctx, path, resolver, "nav");
  }

  /** Excel checks the objects when the request runs; so does the fake. */
  private update(
    action: string,
    payload: unknown,
    patch: (v: FakeValidation) => void,
    check: () => void,
  ): void {
    this.command(action, payload, (t) => {
      check();
      if (t.sheet.protection.protected) throw fail("InvalidOperation", PROTECTED);
      const same = (r: FRect) =>
        r.r1 === t.rect.r1 && r.r2 === t.rect.r2 && r.c1 === t.rect.c1 && r.c2 === t.rect.c2;
      let entry = t.sheet.validations.find((v) => same(v.rect));
      if (!entry) {
        entry = { rect: t.rect, ignoreBlanks: true };
        t.sheet.validations.push(entry);
      }
      patch(entry);
    });
  }

  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    const copy = JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
    this.update(
      "set rule",
      copy,
      (v) => (v.rule = copy),
      () => checkRule(copy),
    );
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.read("prompt");
  }
  set prompt(p: Excel.DataValidationPrompt) {
    const copy = { showPrompt: p.showPrompt, title: p.title, message: p.message };
    this.update(
      "set prompt",
      copy,
      (v) => (v.prompt = copy),
      () => checkTexts(copy),
    );
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read("errorAlert");
  }
  set errorAlert(e: Excel.DataValidationErrorAlert) {
    const copy = { showAlert: e.showAlert, style: String(e.style), title: e.title, message: e.message };
    this.update(
      "set errorAlert",
      copy,
      (v) => (v.errorAlert = copy),
      () => checkTexts(copy),
    );
  }
  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(b: boolean) {
    this.update(
      "set ignoreBlanks",
      b,
      (v) => (v.ignoreBlanks = b),
      () => undefined,
    );
  }
  protected reader(): undefined {
    return undefined;
  }
}

export interface AreasTarget {
  sheet: FakeSheet;
  rects: FRect[];
}

export class FakeRangeAreas
  extends FakeObject<AreasTarget>
  implements Pick<Excel.RangeAreas, "address" | "areaCount">
{
  private formatProxy?: FakeRangeFormat;

  constructor(ctx: Ctx, path: string, resolver: () => AreasTarget | null) {
    super(ctx, path, resolver, "created");
  }

  protected override alive(t: AreasTarget): boolean {
    return this.ctx.host.model.sheets.includes(t.sheet);
  }

  /** The areas, resolved now (for a command that takes a RangeAreas argument). */
  targetNow(): AreasTarget {
    return this.require();
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === "format" ? (this.format as FakeObject<unknown>) : undefined;
  }

  /** The format of every area: a setting applies to each rectangle. */
  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.ctx, `${this.path}.format`, () => {
      const t = this.require();
      return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
    });
    return this.formatProxy;
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  protected reader(name: string): ((t: AreasTarget) => unknown) | undefined {
    if (name === "address") {
      return (t) => t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${formatAddress(r, true)}`).join(", ");
    }
    if (name === "areaCount") return (t) => t.rects.length;
    return undefined;
  }
}
