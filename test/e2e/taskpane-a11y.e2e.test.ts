/**
 * The pane's look and accessibility in Chromium at 350 px, with the strict Excel fake as Office.js
 * and Office's theme on its `Office.context` (light: Colorful, dark: Black): the steps walked by
 * keyboard only (Tab, Enter — no mouse call), focus checked after each key, axe-core run at every
 * step (no serious or critical violation), and a screenshot of every step in each theme under
 * test-results/ (taskpane-look-<theme>-<n>.png).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build as esbuild } from "esbuild";
import type { Page } from "playwright-core";
import { DUMP_HOOK } from "./consolidation-support";
import { buildTaskpane, CHROMIUM, openPane, overflowing, ROOT, SHOTS } from "./pane-harness";

const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`Chromium is required in CI: ${CHROMIUM} not found.`);
if (!available) process.stderr.write(`taskpane a11y e2e skipped: ${CHROMIUM} not found.\n`);
const maybe = available ? describe : describe.skip;

const WIDTH = 350;
type Look = "light" | "dark";
const OFFICE_THEME: Record<Look, string> = { light: "colorful", dark: "black" };

/** The fake as Office.js, with Office's theme of `look` on Office.context. */
async function bundleThemedFake(look: Look): Promise<string> {
  const contents = `
import { installExcelFake } from "./test/fakes/excel-fake";
import { installOfficeTheme, OFFICE_THEMES } from "./test/fakes/office-theme-fake";
const fake = installExcelFake();
fake.workbook.seedSheet("Lembar1");
installOfficeTheme(fake.Office, OFFICE_THEMES.${OFFICE_THEME[look]});
${DUMP_HOOK}`;
  const out = await esbuild({
    stdin: { contents, resolveDir: ROOT, loader: "ts", sourcefile: "harness.ts" },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error("esbuild produced nothing");
  return file.text;
}

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core over the whole page: the serious and critical violations (WCAG 2.x A/AA and best practice). */
async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { resultTypes: ["violations"] })) as {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
      passes: unknown[];
    };
    // axe really looked: a page with buttons, labels and headings passes dozens of its rules.
    if (result.passes.length < 10) throw new Error(`axe ran ${result.passes.length} rules only`);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** What has the focus: its role-ish tag, its name and whether it is a step header (aria-expanded). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.textContent ?? "").trim().slice(0, 60),
      expanded: el?.getAttribute("aria-expanded") ?? null,
      header: el?.classList.contains("fui-AccordionHeader__button") ?? false,
    };
  });

/** Presses Tab until a step header (an accordion header's button) has the focus. */
async function tabToStepHeader(page: Page, max = 400): Promise<string> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f.header) return f.text;
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
      bundleThemedFake("light"),
      bundleThemedFake("dark"),
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
            report.push(`${where}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.slice(0, 3).join(" | ")}`);
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
          expect(opened).toMatchObject({ tag: "button", expanded: "true", text: title, header: true });
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
