/**
 * A strict in-repo fake of the part of the Excel JavaScript API the gateway uses, for tests and for
 * the browser harness page (no Node APIs here). `installExcelFake()` puts `Excel` and `Office` on
 * globalThis and returns the workbook model to inspect, the request statistics, and the knobs:
 * supported requirement sets and an injected failure at the N-th sync.
 *
 * What it enforces, as Excel does: properties are readable only after load() + sync()
 * (PropertyNotLoaded); getItem of a missing sheet fails at sync (ItemNotFound); commands run in
 * order and a failure keeps the earlier ones; a request over 5 MB is rejected whole
 * (RequestPayloadSizeLimitExceeded); strings written to values/formulas are parsed as typed input
 * ("=…" is a formula, a leading apostrophe keeps text); locked cells of a protected sheet refuse
 * writes (InvalidOperation); a very hidden sheet cannot be deleted; the last visible sheet cannot be
 * hidden or deleted; a call from a requirement set the fake is told Excel lacks fails (ApiNotFound).
 * Charts (Worksheet.charts: add, setPosition, title, axis titles, legend, series) and
 * Range.hyperlink are modelled as the reference describes them (excel-fake/chart-objects.ts,
 * range-objects.ts); a chart's series stay bound to their sheet through a rename.
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13) decodes the .xlsx with exceljs into sheets
 * (excel-fake/insert-objects.ts).
 * It opens with one sheet, "Sheet1", active, as a new workbook does. What it does not do: compute
 * formulas (they are stored; values read "").
 */
import {
  atLeast,
  FakeRequestContext,
  newStats,
  type FakeFaults,
  type FakeHost,
  type FakeStats,
} from "./excel-fake/context";
import { fail } from "./excel-fake/errors";
import { FakeWorkbookModel } from "./excel-fake/model";
import { FakeWorkbook } from "./excel-fake/sheet-objects";
import { restoreWorkbook, workbookSaver, type WorkbookStore } from "./excel-fake-persist";

export { FakeOfficeError } from "./excel-fake/errors";
export {
  FakeWorkbookModel,
  type FakeCell,
  type FakeChart,
  type FakeChartSeries,
  type FakeHyperlink,
  type FakeSheet,
} from "./excel-fake/model";
export { PAYLOAD_LIMIT, type FakeFaults, type FakeStats } from "./excel-fake/context";
export type { FakeWorkbook } from "./excel-fake/sheet-objects";

export type FakeContext = FakeRequestContext<FakeWorkbook>;

export interface ExcelFake {
  /** What is installed as globalThis.Excel. */
  Excel: { run: typeof Excel.run; createWorkbook: (base64?: string) => Promise<void> };
  /** What is installed as globalThis.Office. */
  Office: {
    context: { requirements: { isSetSupported: (name: string, minVersion?: string) => boolean } };
    onReady: (
      callback?: (info: { host: string; platform: string }) => void,
    ) => Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
  };
  /** The workbook Excel holds: seed it before a test, inspect it after. */
  workbook: FakeWorkbookModel;
  stats: FakeStats;
  faults: FakeFaults;
  /** Requirement set → highest supported version; change per test. */
  requirements: Record<string, string>;
  resetStats(): void;
  /** Starts recording applied writes and calls ("set formulas workbook.worksheets…"). */
  startJournal(): string[];
  uninstall(): void;
}

export interface ExcelFakeOptions {
  requirements?: Record<string, string>;
  /**
   * The sheets the workbook opens with: ["Sheet1"], as a new Excel workbook (a workbook always has
   * at least one sheet). `[]` only for tests of the fake itself that need an impossible workbook.
   */
  sheets?: string[];
  /**
   * Where the workbook outlives the page (excel-fake-persist.ts): restored from it at install when
   * it holds one (then `sheets` is not seeded), saved into it after syncs and createWorkbook.
   */
  store?: WorkbookStore;
}

export function installExcelFake(options: ExcelFakeOptions = {}): ExcelFake {
  const { store } = options;
  const saved = store?.load() ?? null;
  const model = saved !== null ? restoreWorkbook(saved) : new FakeWorkbookModel();
  if (saved === null) for (const name of options.sheets ?? ["Sheet1"]) model.seedSheet(name);
  const saver = store && workbookSaver(store, () => host.model);
  const host: FakeHost = {
    model,
    stats: newStats(),
    faults: {},
    requirements: { ExcelApi: "1.17", ...options.requirements },
  };

  const run = async (...args: unknown[]): Promise<unknown> => {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw fail("InvalidArgument", "Excel.run needs a batch function.");
    host.stats.runs.push({ options: args.length > 1 ? args[0] : undefined });
    const context = new FakeRequestContext<FakeWorkbook>(
      host,
      (c) => new FakeWorkbook(c as FakeRequestContext),
    );
    if (saver) {
      const sync = context.sync.bind(context);
      // What a sync applied stays, failed or not (as in Excel): saved either way.
      context.sync = () => sync().finally(saver.changed);
    }
    const returned: unknown = (batch as (c: FakeContext) => unknown)(context);
    if (!(returned instanceof Promise))
      throw fail("RunMustReturnPromise", "The batch function must return a promise.");
    const result: unknown = await returned;
    if (context.pending > 0) await context.sync();
    return result;
  };

  const isSetSupported = (name: string, minVersion?: string) => atLeast(host.requirements[name], minVersion);

  const fake: ExcelFake = {
    Excel: {
      run: run as unknown as typeof Excel.run,
      createWorkbook: async (base64?: string) => {
        if (!isSetSupported("ExcelApi", "1.8"))
          throw fail("ApiNotFound", "Excel.createWorkbook needs ExcelApi 1.8.");
        host.model.createdWorkbooks.push(base64 ?? "");
        saver?.changed();
      },
    },
    Office: {
      context: { requirements: { isSetSupported } },
      onReady: (callback) => {
        const info = { host: "Excel", platform: "OfficeOnline" };
        callback?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: "Excel" },
    },
    get workbook() {
      return host.model;
    },
    get stats() {
      return host.stats;
    },
    get faults() {
      return host.faults;
    },
    set faults(f: FakeFaults) {
      host.faults = f;
    },
    get requirements() {
      return host.requirements;
    },
    set requirements(r: Record<string, string>) {
      host.requirements = r;
    },
    resetStats() {
      host.stats = newStats();
      host.faults = {};
    },
    startJournal() {
      host.journal = [];
      return host.journal;
    },
    uninstall,
  };

  const g = globalThis as Record<string, unknown>;
  const previous = { Excel: g.Excel, Office: g.Office };
  g.Excel = fake.Excel;
  g.Office = fake.Office;
  function uninstall(): void {
    saver?.dispose();
    g.Excel = previous.Excel;
    g.Office = previous.Office;
  }
  return fake;
}

/** Runs a batch through the fake's `Excel.run`, typed with the fake's context (for tests of the fake). */
export function runBatch<T>(fake: ExcelFake, batch: (context: FakeContext) => Promise<T>): Promise<T> {
  return (fake.Excel.run as unknown as (b: (c: FakeContext) => Promise<T>) => Promise<T>)(batch);
}

/** The `code` of the error a promise rejects with (as Excel's errors carry one), or "no error". */
export async function errorCodeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return "no error";
}
