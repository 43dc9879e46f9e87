/**
 * A walk through the pane by keyboard, with what every action must leave behind: the focus on the
 * action's result (not on document.body), no serious or critical axe-core violation, nothing wider
 * than the pane and no control drawn over another, and a screenshot
 * test-results/<prefix>-<n>-<name>.png; and the pane closed and opened again over the same workbook
 * showing the same round (pane-facts.ts). What fails is gathered in `problems` (one run reports
 * every failure; the test asserts the list is empty) and what is only worth knowing in `notes`.
 */
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { factDifferences, FACT_KEYS, paneFacts, type PaneFacts } from "./pane-facts";
import { chooseOption, describeFocus, focused, press, seriousViolations } from "./pane-keyboard";
import { fakeView, overflowing, overlapping, reopenPane, SHOTS, type PaneSession } from "./pane-harness";

/** What an action's result is, for the focus check. */
export type Result =
  /** The focus must be on this element, inside it, or on an element holding it. */
  | Locator
  /** The focus stays where the key was pressed: a field typed into, a select, a header toggled. */
  | "stays";

const HEADER = ".fui-AccordionHeader__button";

/** Waits until nothing is loading (no spinner or progress bar) and, with `quiet`, the fake is idle. */
export async function settle(page: Page, quiet = false): Promise<void> {
  await page.waitForFunction(
    () => document.querySelectorAll("[role=progressbar], [aria-busy=true]").length === 0,
    null,
    { timeout: 90_000 },
  );
  // Judge what the user sees once it has stopped moving (a panel opening, a notice fading in).
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), null, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  if (!quiet) return;
  // The pane writes its working state 400 ms after a change: wait for a still workbook.
  let last = -1;
  let still = Date.now();
  for (const start = Date.now(); Date.now() - start < 20_000; await page.waitForTimeout(100)) {
    const { syncs } = await fakeView(page);
    if (syncs !== last) [last, still] = [syncs, Date.now()];
    else if (Date.now() - still > 900) return;
  }
}

/** Every sheet of the fake workbook (name, visibility, cells, merges) and the files it created, as text. */
const workbookText = (page: Page): Promise<string> =>
  page.evaluate(() =>
    JSON.stringify((globalThis as unknown as { __fakeDump: (n?: string[]) => unknown }).__fakeDump()),
  );

/** "1. Persiapan (selesai)" → "1. Persiapan". */
const titleOf = (s: string) => s.replace(/ \([^()]*\)$/, "");

/** A step's or section's header button, by its title. */
export const header = (page: Page, title: string): Locator =>
  page.locator(HEADER).filter({ hasText: title }).first();

export class Walk {
  readonly problems: string[] = [];
  readonly notes: string[] = [];
  /** The top-level step the user opened last (the pane reopens there). */
  at: string | null = null;
  private n = 0;
  readonly shots: string[] = [];

  constructor(
    readonly session: PaneSession,
    private readonly prefix: string,
  ) {}

  get page(): Page {
    return this.session.page;
  }

  /** After an action: focus on its result, axe, overflow, a screenshot. */
  async after(name: string, result: Result | null): Promise<void> {
    const page = this.page;
    const label = `${++this.n}-${name}`;
    await settle(page);
    if (result !== null) await this.checkFocus(label, result);
    for (const v of await seriousViolations(page))
      this.problems.push(`${label}: axe ${v.id} (${v.impact}) ${v.help} — ${v.details.join(" | ")}`);
    for (const o of await overflowing(page.locator("body"))) this.problems.push(`${label}: overflows: ${o}`);
    for (const o of await overlapping(page.locator("body"))) this.problems.push(`${label}: ${o}`);
    await this.shot(label);
  }

  async shot(label: string): Promise<void> {
    const file = `${this.prefix}-${label}.png`;
    await this.page.screenshot({ path: join(SHOTS, file) });
    this.shots.push(file);
  }

  private async checkFocus(label: string, result: Result): Promise<void> {
    const page = this.page;
    const f = await focused(page);
    if (f.body || f.tag === "main" || f.tag === "html") {
      this.problems.push(`${label}: focus on ${describeFocus(f)}, not on the action's result`);
      return;
    }
    if (result === "stays") return;
    const onResult = await result
      .first()
      .evaluate(
        (el) => {
          const a = document.activeElement;
          return !!a && (a === el || a.contains(el) || el.contains(a));
        },
        undefined,
        { timeout: 5_000 },
      )
      .catch(() => false);
    if (!onResult)
      this.problems.push(`${label}: focus on ${describeFocus(f)}, not on the result ${String(result)}`);
  }

  /** Waits for the pane to have opened (its first-run view or its steps). */
  async loaded(): Promise<void> {
    await this.page.locator(`#first-run-title, ${HEADER}`).first().waitFor({ timeout: 60_000 });
    await settle(this.page, true);
  }

  /**
   * Closes the pane and opens it again over the same workbook: it must open on the step the user
   * was at (`this.at`; the first-run view when null), and, once the same steps and sections are
   * open, show the same facts. `notKept` names facts the pane is not meant to keep (noted only).
   */
  async reopen(name: string, notKept: (keyof PaneFacts)[] = ["filters"]): Promise<void> {
    const label = `reopen after ${name}`;
    await settle(this.page, true);
    const before = await paneFacts(this.page);
    const book = await workbookText(this.page);
    await reopenPane(this.session);
    await this.loaded();
    if ((await workbookText(this.page)) !== book)
      this.problems.push(`${label}: the workbook is not the one the pane was closed on`);
    let after = await paneFacts(this.page);
    if (this.at === null) {
      if (!after.firstRun) this.problems.push(`${label}: not the first-run view (${after.steps.join(", ")})`);
      return;
    }
    if (after.firstRun) {
      this.problems.push(`${label}: the first-run view instead of "${this.at}"`);
      await press(this.page, this.page.getByRole("button", { name: "Mulai" }));
      await header(this.page, this.at).waitFor();
      after = await paneFacts(this.page);
    }
    const opened = after.steps.map((s) => s.slice(0, this.at?.length));
    if (opened.join() !== this.at)
      this.problems.push(
        `${label}: opened on [${after.steps.join(", ")}], not "${this.at}" (header: ${after.header})`,
      );
    await this.openAs(before);
    await settle(this.page, true);
    after = await paneFacts(this.page);
    const kept = FACT_KEYS.filter((k) => !notKept.includes(k));
    for (const d of factDifferences(before, after, kept)) this.problems.push(`${label}: ${d}`);
    for (const d of factDifferences(before, after, notKept)) this.notes.push(`${label} (not kept): ${d}`);
    await this.shot(`${this.n}-reopened-${name}`);
  }

  /**
   * Goes on to a top-level step as a user does: the open ones closed (Shift+Tab back to their
   * header, Enter), then the step's header opened (Enter). The pane reopens on it from now on.
   */
  async openStep(title: string, name: string): Promise<void> {
    const open = (await paneFacts(this.page)).steps.map(titleOf).filter((t) => t !== title);
    for (const t of open) {
      await press(this.page, header(this.page, t));
      await settle(this.page);
    }
    const h = header(this.page, title);
    if ((await h.getAttribute("aria-expanded")) !== "true") await press(this.page, h);
    this.at = title;
    await this.after(name, "stays");
  }

  /** Opens (by keyboard) what was open before and closes what was not: steps first, then sections. */
  private async openAs(before: PaneFacts): Promise<void> {
    for (const level of ["steps", "sections"] as const) {
      const wanted = before[level].map(titleOf);
      const now = (await paneFacts(this.page))[level].map(titleOf);
      const opening = wanted.filter((s) => !now.includes(s));
      for (const t of [...opening, ...now.filter((s) => !wanted.includes(s))]) {
        await press(this.page, header(this.page, t));
        await settle(this.page);
      }
      // The pane reopens where a step was opened last: here, by this walk.
      if (level === "steps" && opening.length > 0) this.at = opening[opening.length - 1] ?? this.at;
    }
    // The review list filtered as it was (the filter is the list's view, not kept with the round).
    const selects = this.page.getByRole("search").locator("select");
    const now = (await paneFacts(this.page)).filters;
    for (const [i, option] of before.filters.entries()) {
      if (now[i] === option) continue;
      await chooseOption(this.page, selects.nth(i), option);
      await settle(this.page);
    }
  }
}
