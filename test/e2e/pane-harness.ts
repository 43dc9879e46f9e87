/**
 * The harness of the task pane in Chromium (as taskpane.e2e.test.ts sets it up): a development
 * build of the pane, the strict Excel fake bundled as the page's Office.js, every request answered
 * from those two (nothing reaches the network), and pane-sized screenshots in test-results/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { build as esbuild } from "esbuild";
import { chromium, type BrowserContext, type Locator, type Page, type Route } from "playwright-core";
import webpack from "webpack";
import { DUMP_HOOK, type DumpedSheet } from "./consolidation-support";

export const ROOT = resolve(__dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const ORIGIN = "https://localhost:3000";
export const SHOTS = join(ROOT, "test-results");
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Office's theme on the fake's Office.context (office-theme-fake.ts): light is Colorful, dark is Black. */
export type PaneLook = "light" | "dark";

export interface FakeBundleOptions {
  /** Office.context.officeTheme; none by default (as an Office without themes). */
  look?: PaneLook;
  /**
   * The workbook outlives the page (excel-fake-persist.ts): saved in the origin's localStorage after
   * every sync, restored when a page of the pane loads again — as Excel keeps the workbook while
   * its task pane is closed and opened again.
   */
  persist?: boolean;
  /**
   * The open workbook's file for Office's getFileAsync (excel-fake-file.ts), at this address:
   * what step 8's archive zips.
   */
  documentUrl?: string;
}

const PERSIST_KEY = "kertas-kerja-sakip:excel-fake-workbook";

/**
 * The fake installed as the page's Office.js, with the one sheet of a new Indonesian workbook (or,
 * persisting, the workbook the last page left), and the hooks the tests read it through.
 */
function harnessSource(options: FakeBundleOptions): string {
  const theme = options.look ? { light: "colorful", dark: "black" }[options.look] : null;
  return `
import { installExcelFake } from "./test/fakes/excel-fake";
import { installDocumentFile } from "./test/fakes/excel-fake-file";
import { webStorageStore } from "./test/fakes/excel-fake-persist";
import { installOfficeTheme, OFFICE_THEMES } from "./test/fakes/office-theme-fake";
const persistErrors: string[] = [];
const store = ${options.persist ? `webStorageStore(localStorage, ${JSON.stringify(PERSIST_KEY)}, (e) => persistErrors.push(e))` : "undefined"};
const fake = installExcelFake({ sheets: ["Sheet1", "Lembar1"], store });
${theme ? `installOfficeTheme(fake.Office, OFFICE_THEMES.${theme});` : "void installOfficeTheme, OFFICE_THEMES;"}
${options.documentUrl ? `installDocumentFile(fake, { url: ${JSON.stringify(options.documentUrl)} });` : "void installDocumentFile;"}
(globalThis as Record<string, unknown>).__fakeView = () => ({
  sheets: fake.workbook.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
  created: fake.workbook.createdWorkbooks.length,
  syncs: fake.stats.syncs,
  persistErrors,
});
${DUMP_HOOK}`;
}

export async function buildTaskpane(outputPath: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: { mode: string },
  ) => Promise<webpack.Configuration>;
  const config = await configure({ outputPath }, { mode: "development" });
  await new Promise<void>((done, fail) =>
    webpack({ ...config, infrastructureLogging: { level: "error" } }).run((err, stats) => {
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(stats.toString("errors-only")));
      done();
    }),
  );
}

export async function bundleFake(options: FakeBundleOptions = {}): Promise<string> {
  const out = await esbuild({
    stdin: { contents: harnessSource(options), resolveDir: ROOT, loader: "ts", sourcefile: "harness.ts" },
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

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves the build and the fake; refuses every other request (listed in `refused`). */
export async function routeAll(context: BrowserContext, dist: string, fakeJs: string, refused: string[]) {
  await context.addInitScript(recordPointer);
  await context.route("**/*", async (route: Route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: TYPES[".js"], body: fakeJs });
    if (url.startsWith(`${ORIGIN}/`)) {
      const path = join(dist, decodeURIComponent(new URL(url).pathname));
      if (path.startsWith(dist) && existsSync(path))
        return route.fulfill({
          status: 200,
          contentType: TYPES[extname(path)] ?? "application/octet-stream",
          body: readFileSync(path),
        });
      return route.fulfill({ status: 404, body: "not found" });
    }
    refused.push(url);
    return route.abort();
  });
}

export interface PaneSession {
  page: Page;
  context: BrowserContext;
  /** Requests that would have left the machine. */
  refused: string[];
  /** Page errors and console errors (but React 18's warning about Fluent's boolean `inert`). */
  problems: string[];
}

/** Chromium with the pane loaded at `width` px, the fake as its Excel. Close `context` when done. */
export async function openPane(
  profile: string,
  dist: string,
  fakeJs: string,
  width: number,
): Promise<PaneSession> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width, height: 900 },
    locale: "id-ID",
    timezoneId: "Asia/Makassar",
  });
  const refused: string[] = [];
  const problems: string[] = [];
  await routeAll(context, dist, fakeJs, refused);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page, problems);
  await page.goto(`${ORIGIN}/taskpane.html`);
  return { page, context, refused, problems };
}

function watch(page: Page, problems: string[]): void {
  // File choosers are caught from the start (a key opening one must not race playwright turning
  // the interception on); a test answers them through page.waitForEvent("filechooser").
  page.on("filechooser", () => undefined);
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().includes("inert")) problems.push(`console: ${m.text()}`);
  });
}

/**
 * The pane closed and opened again over the same workbook: the page is closed and a fresh one
 * loads the pane (with a fake bundled `persist: true`, the workbook comes back from localStorage,
 * which the pages of the origin share). `session.page` becomes the new page.
 */
export async function reopenPane(session: PaneSession): Promise<Page> {
  const page = await session.context.newPage();
  watch(page, session.problems);
  await session.page.close();
  session.page = page;
  await page.goto(`${ORIGIN}/taskpane.html`);
  return page;
}

/** A pane-sized screenshot with `anchor` near the top, as a user would scroll to it. */
export async function shot(page: Page, anchor: Locator, file: string): Promise<string> {
  await anchor.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.evaluate(() => window.scrollBy(0, -60));
  const path = join(SHOTS, file);
  await page.screenshot({ path });
  return path;
}

export interface FakeView {
  sheets: { name: string; visibility: string }[];
  created: number;
  syncs: number;
  /** What the persisting fake could not save (a full localStorage). */
  persistErrors: string[];
}

export const fakeView = (page: Page): Promise<FakeView> =>
  page.evaluate(() => (globalThis as unknown as { __fakeView: () => FakeView }).__fakeView());

/** The cells of the named sheets of the fake workbook. */
export const fakeSheets = async (page: Page, names: string[]): Promise<DumpedSheet[]> =>
  (
    await page.evaluate(
      (n) =>
        (globalThis as unknown as { __fakeDump: (n?: string[]) => { sheets: DumpedSheet[] } }).__fakeDump(n),
      names,
    )
  ).sheets;

/** Elements that end beyond the pane's right edge (cut off, or a horizontal scroll bar): none may. */
export async function overflowing(within: Locator): Promise<string[]> {
  return within.evaluate((root) => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(root.querySelectorAll<HTMLElement>("*"))) {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // visually hidden inputs
      if (box.right > width + 0.5) {
        const text = (el.textContent ?? "").trim().slice(0, 40);
        out.push(`${el.tagName.toLowerCase()} "${text}" ends at ${Math.round(box.right)} > ${width}`);
      }
    }
    return out;
  });
}

/** Controls (fields, selects, buttons) drawn over one another, as pairs: none may be. */
export async function overlapping(within: Locator): Promise<string[]> {
  return within.evaluate((root) => {
    const controls = Array.from(
      root.querySelectorAll<HTMLElement>("input, select, textarea, button, [role=radio]"),
    )
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 1 && box.height > 1);
    const name = (el: HTMLElement) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30)}"`;
    const out: string[] = [];
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const [a, b] = [controls[i]!, controls[j]!];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > 1 && h > 1)
          out.push(`${name(a.el)} and ${name(b.el)} overlap by ${Math.round(w)}×${Math.round(h)} px`);
      }
    }
    return out;
  });
}

/**
 * Runs in every page before the pane: keeps the last pointer events (what was pressed, when), so a
 * wait for an action's result that times out can say whether the press reached its button.
 */
function recordPointer(): void {
  const events: string[] = [];
  (globalThis as unknown as { __pointer: string[] }).__pointer = events;
  for (const type of ["pointerdown", "pointerup", "click"]) {
    document.addEventListener(
      type,
      (e) => {
        const el = e.target instanceof Element ? e.target : null;
        const label = (el?.closest("button")?.textContent ?? el?.textContent ?? "").trim().slice(0, 40);
        events.push(
          `${Math.round(performance.now())} ${type} ${el?.tagName.toLowerCase() ?? "?"} "${label}"`,
        );
        if (events.length > 40) events.shift();
      },
      true,
    );
  }
}

/** What the pane showed when an awaited result did not come: for the failure's message and file. */
interface StuckView {
  sheets: string[];
  steps: string[];
  focused: string;
  busy: string[];
  pointer: string[];
}

/**
 * Waits for the result of an action; when it does not come, keeps a full-page screenshot and what
 * the pane and the fake workbook held (`test-results/<name>-stuck.{png,json}`) and fails with it.
 */
export async function awaitResult(
  page: Page,
  result: Locator,
  name: string,
  timeout = 90_000,
): Promise<void> {
  try {
    await result.waitFor({ timeout });
  } catch (error) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}-stuck.png`), fullPage: true }).catch(() => undefined);
    const view: StuckView = await page.evaluate(() => {
      const text = (el: Element | null) => (el?.textContent ?? "").trim().slice(0, 60);
      const g = globalThis as unknown as {
        __fakeView: () => { sheets: { name: string }[] };
        __pointer?: string[];
      };
      return {
        sheets: g.__fakeView().sheets.map((s) => s.name),
        steps: Array.from(document.querySelectorAll("button[aria-expanded]")).map(
          (b) => `${text(b)} ${b.getAttribute("aria-expanded")}`,
        ),
        focused: `${document.activeElement?.tagName.toLowerCase() ?? "?"} "${text(document.activeElement)}"`,
        busy: Array.from(document.querySelectorAll("button:disabled")).map((b) => text(b)),
        pointer: g.__pointer ?? [],
      };
    });
    writeFileSync(join(SHOTS, `${name}-stuck.json`), JSON.stringify(view, null, 2));
    const detail = JSON.stringify(view);
    throw new Error(`${name}: the result did not appear (${detail})`, { cause: error });
  }
}

/**
 * Opens one of the pane's four steps by its header (if it is not open yet) and waits until its
 * panel has finished opening (Fluent's Collapse runs as Web Animations; a spinner's endless one is
 * not waited for), as a user sees it open before reaching for a button inside it. While it opens,
 * the buttons below it move by thousands of pixels.
 */
export async function openStep(page: Page, title: RegExp): Promise<void> {
  const header = page.getByRole("button", { name: title });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await page.waitForFunction(
    (el) => {
      const item = el?.closest(".fui-AccordionItem");
      if (!item || el?.getAttribute("aria-expanded") !== "true") return false;
      return item
        .getAnimations({ subtree: true })
        .every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity);
    },
    await header.elementHandle(),
  );
}
