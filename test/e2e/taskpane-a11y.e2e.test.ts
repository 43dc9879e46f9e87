/**
 * The pane's look and accessibility in Chromium at 350 px, with the strict Excel fake as Office.js
 * and Office's theme on its `Office.context` (light: Colorful, dark: Black): the steps walked by
 * keyboard only (Tab, Enter — no mouse call), focus checked after each key, axe-core run at every
 * step (no serious or critical violation), and a screenshot of every step in each theme under
 * test-results/ (taskpane-look-<theme>-<n>.png).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  buildTaskpane,
  bundleFake,
  CHROMIUM,
  openPane,
  overflowing,
  SHOTS,
  type PaneLook,
} from "./pane-harness";
import { focused, seriousViolations } from "./pane-keyboard";

const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`Chromium is required in CI: ${CHROMIUM} not found.`);
if (!available) process.stderr.write(`taskpane a11y e2e skipped: ${CHROMIUM} not found.\n`);
const maybe = available ? describe : describe.skip;

const WIDTH = 350;
type Look = PaneLook;

/** Presses Tab until a step header (an accordion header's button) has the focus. */
async function tabToStepHeader(page: Page, max = 400): Promise<string> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f.header) return f.name;
  }
  throw new Error(`no step header within ${max} Tab presses`);
}

maybe("task pane look and accessibility, keyboard only", () => {
  let work: string;
  let dist: string;
  const fakes: Partial<Record<Look, string>> = {};

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "kk-e2e-a11y-"));
    dist = join(work, "dist");
    mkdirSync(SHOTS, { recursive: true });
    const [light, dark] = await Promise.all([
      bundleFake({ look: "light" }),
      bundleFake({ look: "dark" }),
      buildTaskpane(dist),
    ]);
    fakes.light = light;
    fakes.dark = dark;
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const look of ["light", "dark"] as const) {
    it(`walks every step by keyboard in Office's ${look} theme with no serious axe violation`, async () => {
      const fakeJs = fakes[look];
      if (!fakeJs) throw new Error("no fake bundle");
      const { page, context, refused, problems } = await openPane(
        join(work, `profile-${look}`),
        dist,
        fakeJs,
        WIDTH,
      );
      try {
        const steps = page.locator(".fui-AccordionHeader__button");
        const report: string[] = [];
        const check = async (where: string, file: string) => {
          // Judge the step as the user meets it: once what it loads has arrived (no spinner left).
          await page
            .waitForFunction(
              () => document.querySelectorAll("[role=progressbar], [aria-busy=true]").length === 0,
              null,
              {
                timeout: 30_000,
              },
            )
            .catch(() => undefined);
          await page.waitForTimeout(300);
          for (const v of await seriousViolations(page))
            report.push(`${where}: ${v.id} (${v.impact}) ${v.help} — ${v.details.join(" | ")}`);
          expect(await overflowing(page.locator("body"))).toEqual([]);
          await page.screenshot({ path: join(SHOTS, file) });
        };
        await page.locator("main button").first().waitFor({ timeout: 30_000 });
        // Office's theme reached the page: a dark body under the dark theme, a light one otherwise.
        const scheme = await page.evaluate(() => document.documentElement.style.colorScheme);
        expect(scheme).toBe(look);
        // One level-one heading once the pane has replaced its loading shell (under load the shell's
        // title may still be on its way out when the first button shows).
        await page
          .waitForFunction(
            () => document.querySelectorAll("h1, [role=heading][aria-level='1']").length === 1,
            null,
            {
              timeout: 30_000,
            },
          )
          .catch(() => undefined);
        expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
        if ((await steps.count()) === 0) {
          // The first-run view of a new workbook: its one button starts the setup.
          await check("first run", `taskpane-look-${look}-0.png`);
          await page.keyboard.press("Tab");
          while ((await focused(page)).tag !== "button") await page.keyboard.press("Tab");
          await page.keyboard.press("Enter");
          await steps.first().waitFor({ timeout: 30_000 });
        }
        // The step the pane opened on may be open: each header is opened if it is not.
        const count = await steps.count();
        expect(count).toBeGreaterThan(0);
        for (let n = 0; n < count; n++) {
          const title = await tabToStepHeader(page);
          if ((await focused(page)).expanded === "false") await page.keyboard.press("Enter");
          const opened = await focused(page);
          expect(opened).toMatchObject({ tag: "button", expanded: "true", name: title, header: true });
          await page.waitForTimeout(200);
          await page.keyboard.press("Tab"); // into the step, so that its top is in view
          await page.keyboard.press("Shift+Tab");
          await check(title, `taskpane-look-${look}-${n + 1}.png`);
          // The next Tab presses go through the open step to the next header (as a user would).
        }
        expect(report).toEqual([]);
        expect(problems).toEqual([]);
        expect(refused).toEqual([]);
      } finally {
        await context.close();
      }
    }, 180_000);
  }
});
