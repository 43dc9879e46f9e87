/**
 * Walking the pane by keyboard in Chromium, as a user without a mouse: Tab and Shift+Tab to reach
 * a control, Enter and Space to press it, typing into fields, the arrow keys in a select, and a
 * file chosen through the picker a key opened (playwright's "filechooser" event). No mouse call and
 * no locator action (click, fill, selectOption, focus): locators only find and read. Also axe-core
 * over the page (serious and critical violations) and a description of what has the focus.
 */
import { readFileSync } from "node:fs";
import type { FileChooser, Locator, Page } from "playwright-core";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  /** What axe says of the first nodes (e.g. the contrast ratio found), with their HTML. */
  details: string[];
}

/** axe-core over the whole page: the serious and critical violations (WCAG 2.x A/AA and best practice). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { resultTypes: ["violations"] })) as {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; html: string; failureSummary?: string }[];
      }[];
      passes: unknown[];
    };
    // axe really looked: a page with buttons, labels and headings passes dozens of its rules.
    if (result.passes.length < 10) throw new Error(`axe ran ${result.passes.length} rules only`);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
      details: v.nodes
        .slice(0, 3)
        .map((n) => `${(n.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 200)} ${n.html.slice(0, 160)}`),
    }));
  });
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export interface Focused {
  tag: string;
  /** The element's role attribute, or "". */
  role: string;
  /** Its aria-label, else its text (60 characters). */
  name: string;
  expanded: string | null;
  /** An accordion header's button (a step or a section of step 1). */
  header: boolean;
  /** Nothing has the focus (the body has it). */
  body: boolean;
}

/** What has the focus now. */
export const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const text = (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim().replace(/\s+/g, " ");
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      role: el?.getAttribute("role") ?? "",
      name: text.slice(0, 60),
      expanded: el?.getAttribute("aria-expanded") ?? null,
      header: el?.classList.contains("fui-AccordionHeader__button") ?? false,
      body: !el || el === document.body,
    };
  });

export const describeFocus = (f: Focused) =>
  f.body ? "document.body" : `${f.tag}${f.role ? `[role=${f.role}]` : ""} "${f.name}"`;

/** Whether the focus is on `target` or inside it. */
export const hasFocusWithin = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/**
 * How many Tab presses (at least) lie between the focus and `el`: the visible controls in the
 * tab order between them (a radio group counts as one, as only its checked radio is a stop).
 * An underestimate on purpose: the caller presses that many at once, then one at a time.
 */
function stopsBetween(el: Element): number {
  const tabbable =
    "a[href], button:not([disabled]), input:not([disabled]):not([type=radio]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";
  const stops = Array.from(document.querySelectorAll<HTMLElement>(tabbable)).filter(
    (e) => e.getClientRects().length > 0 && !e.closest("[inert], [aria-hidden=true]"),
  );
  const from = stops.indexOf(document.activeElement as HTMLElement);
  const to = stops.indexOf(el as HTMLElement);
  if (from < 0 || to < 0) return 0;
  return Math.max(0, Math.abs(to - from) - 2);
}

/**
 * Tab (or Shift+Tab, when `target` comes before the focus in the document) until `target` has
 * the focus. Throws with where the focus went when it never gets there.
 */
export async function tabTo(page: Page, target: Locator, max = 400): Promise<void> {
  await target.waitFor({ timeout: 30_000 });
  const isFocused = () => target.evaluate((el) => el === document.activeElement);
  if (await isFocused()) return;
  const forward = await target.evaluate((el) => {
    const a = document.activeElement;
    if (!a || a === document.body) return true;
    return (a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  const key = forward ? "Tab" : "Shift+Tab";
  const skip = await target.evaluate(stopsBetween);
  for (let i = 0; i < skip; i++) await page.keyboard.press(key);
  for (let i = 0; i < max; i++) {
    if (await isFocused()) return;
    await page.keyboard.press(key);
  }
  if (await isFocused()) return;
  throw new Error(
    `${key} ×${skip + max} never reached ${target.toString()}; focus: ${describeFocus(await focused(page))}`,
  );
}

/** Tabs to `target` and presses `key` (Enter by default) on it. */
export async function press(page: Page, target: Locator, key = "Enter"): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Tabs to a text field and types `text` over what it held. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+A");
  if (text === "") await page.keyboard.press("Delete");
  else await page.keyboard.type(text);
}

/** The orders Chromium lays out a date field's segments in: the browser's own locale decides. */
const DATE_ORDERS = ["mdy", "dmy", "ymd"] as const;

/**
 * A date field (type=date) typed segment by segment: `iso` is "2026-04-15". Chromium lays the
 * segments out in the browser's locale (not the page's emulated one), so each order is tried
 * until the field holds the date: after a wrong one, Shift+Tab twice goes back to the first segment.
 */
export async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const [y = "", m = "", d = ""] = iso.split("-");
  const parts = { y, m, d };
  await tabTo(page, field);
  for (const [i, order] of DATE_ORDERS.entries()) {
    if (i > 0) for (let k = 0; k < 2; k++) await page.keyboard.press("Shift+Tab");
    await page.keyboard.type(Array.from(order, (c) => parts[c as keyof typeof parts]).join(""));
    if ((await field.inputValue()) === iso) return;
  }
  throw new Error(`the date field holds "${await field.inputValue()}" after typing ${iso}`);
}

/**
 * Tabs to a native select and moves with the arrow keys to the option whose text matches `option`
 * (a closed select changes its value on ArrowDown/ArrowUp, with a change event, as in Chromium on
 * Windows and Linux). Checks the select took it.
 */
export async function chooseOption(page: Page, select: Locator, option: RegExp | string): Promise<void> {
  await tabTo(page, select);
  const texts = await select.evaluate((el) =>
    Array.from((el as HTMLSelectElement).options).map((o) => o.text),
  );
  const wanted = texts.findIndex((t) => (typeof option === "string" ? t === option : option.test(t)));
  if (wanted < 0) throw new Error(`no option ${String(option)} in ${JSON.stringify(texts)}`);
  const current = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
  const key = wanted > current ? "ArrowDown" : "ArrowUp";
  for (let i = 0; i < Math.abs(wanted - current); i++) await page.keyboard.press(key);
  const now = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
  if (now !== wanted) throw new Error(`the select is on option ${now}, not ${wanted} (${String(option)})`);
}

/**
 * Presses Enter on a button that opens the file picker and answers the picker with `files`
 * (paths or buffers), as a user choosing files in the dialog.
 */
export async function pickFiles(
  page: Page,
  button: Locator,
  files: Parameters<FileChooser["setFiles"]>[0],
): Promise<void> {
  await tabTo(page, button);
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
  await chooser.setFiles(files);
}
