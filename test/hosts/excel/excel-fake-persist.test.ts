/**
 * The fake's workbook kept across pages (test/fakes/excel-fake-persist.ts): a workbook the product
 * writes through the Office.js gateway — Pengaturan, the pane's very hidden state, the kertas kerja
 * with their metadata, an exported file, Data and Analisis with charts and links, the SOP and its
 * Log — comes back whole in a second fake over the same store, and the product reads the same
 * round from it.
 */
import { acceptConsolidation, reviewReturnedFiles } from "../../../src/app/consolidate";
import { exportKertasKerja, writeKertasKerjaToWorkbook } from "../../../src/app/generate";
import { emptyPaneState, loadPaneState, savePaneState, type PaneState } from "../../../src/app/pane-state";
import { loadSetup, saveSetup } from "../../../src/app/setup";
import { loadSopRound, scheduleSop } from "../../../src/app/sop";
import { createExcelExporter, createExcelWorkbookPort } from "../../../src/hosts/excel/gateway";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import { installExcelFake, runBatch, type ExcelFake } from "../../fakes/excel-fake";
import {
  restoreWorkbook,
  serialiseWorkbook,
  SNAPSHOT_TYPE,
  type WorkbookStore,
} from "../../fakes/excel-fake-persist";
import { FakeWorkbookModel } from "../../fakes/excel-fake/model";
import { ACTOR, NOW, returned, sourceOf } from "../../support/consolidation-fixture";
import { defaultReview } from "../../../src/app/round";
import { generatedKertasKerja, roundInputs } from "../../support/returned-fixture";
import { OFFICIALS, sopSetup } from "../../support/sop-fixture";

/** A store in memory that counts its saves. */
function memoryStore(): WorkbookStore & { saves: number; text: string | null } {
  const store = {
    saves: 0,
    text: null as string | null,
    load: () => store.text,
    save: (snapshot: string) => {
      store.saves++;
      store.text = snapshot;
    },
  };
  return store;
}

/** The page's current task done: the saves its syncs asked for are made. */
const taskDone = () => new Promise((resolve) => setTimeout(resolve, 0));

const installed: ExcelFake[] = [];
/** A fake over `store`; the last one installed is globalThis.Excel. */
function fakeOver(store: WorkbookStore): ExcelFake {
  const fake = installExcelFake({ store });
  installed.push(fake);
  return fake;
}
afterEach(() => {
  while (installed.length > 0) installed.pop()?.uninstall();
});

const portOf = (fake: ExcelFake) => createExcelWorkbookPort(fake.Excel.run, { toXlsxBytes: plansToXlsx });

/** The round the pane would have reached: set up, generated, one Bagian exported, consolidated, scheduled. */
async function writeRound(fake: ExcelFake): Promise<PaneState> {
  const inputs = roundInputs({ setup: sopSetup() });
  const indicator = inputs.dpa.nodes.flatMap((n) => n.indicators)[0]!;
  const reviews = { [indicator.key]: { ...defaultReview(indicator), polarity: "negatif" as const } };
  const fx = await generatedKertasKerja({ inputs: { setup: inputs.setup, reviews } });
  const port = portOf(fake);
  const log = { now: NOW, actor: ACTOR };
  expect((await saveSetup(port, fx.setup, log)).filter((i) => i.severity === "error")).toEqual([]);
  const state: PaneState = {
    ...emptyPaneState,
    dpa: { dpa: inputs.dpa, issues: [] },
    reviews,
    at: { step: "kertasKerja", stage: "generate" },
  };
  await savePaneState(port, state);
  await writeKertasKerjaToWorkbook(port, fx.prep, { log });
  const exporter = createExcelExporter(plansToXlsx, undefined, () => true);
  await exportKertasKerja(exporter, { ...fx.prep, kertasKerja: [fx.kk] });
  const [pem, org] = await Promise.all([returned("PEM"), returned("ORG")]);
  const reviewed = await reviewReturnedFiles(port, [sourceOf(pem), sourceOf(org)]);
  if (!reviewed.ok) throw new Error(reviewed.issues.map((i) => i.message).join("; "));
  const accepted = await acceptConsolidation(port, reviewed.review, { now: NOW, actor: ACTOR });
  if (!accepted.ok) throw new Error(accepted.issues.map((i) => i.message).join("; "));
  const scheduled = await scheduleSop(port, { startDate: "2026-07-20", now: NOW, by: OFFICIALS.kasubag.nip });
  if (!scheduled.ok) throw new Error(scheduled.issue.message);
  return state;
}

describe("a workbook the product wrote, in a second fake over the same store", () => {
  let first: ExcelFake;
  let store: ReturnType<typeof memoryStore>;
  let state: PaneState;
  let second: ExcelFake;

  beforeAll(async () => {
    store = memoryStore();
    first = fakeOver(store);
    state = await writeRound(first);
    await taskDone();
    second = fakeOver(store);
  }, 60_000);
  afterAll(() => {
    second.uninstall();
    first.uninstall();
  });
  afterEach(() => undefined);

  it("holds what the round needs the store to keep (so the comparison below covers it)", () => {
    const wb = first.workbook;
    const sheets = new Map(wb.sheets.map((s) => [s.name, s]));
    expect(store.saves).toBeGreaterThan(3);
    expect(sheets.get("_pane_state")?.visibility).toBe("VeryHidden");
    expect(wb.sheets.some((s) => s.name.startsWith("_kk_meta") && s.visibility === "VeryHidden")).toBe(true);
    expect(sheets.get("Pengaturan")?.protection.protected).toBe(true);
    expect(sheets.get("Analisis")?.charts.length).toBeGreaterThan(0);
    expect(wb.sheets.some((s) => s.validations.length > 0)).toBe(true);
    expect(wb.sheets.some((s) => s.merges.length > 0)).toBe(true);
    expect(wb.sheets.some((s) => s.columnWidths.size > 0)).toBe(true);
    expect(wb.sheets.some((s) => [...s.cells.values()].some((c) => c.formula !== null))).toBe(true);
    expect(wb.sheets.some((s) => [...s.cells.values()].some((c) => c.hyperlink !== null))).toBe(true);
    expect(wb.sheets.some((s) => [...s.cells.values()].some((c) => c.quotePrefix))).toBe(true);
    expect(wb.sheets.some((s) => [...s.cells.values()].some((c) => !c.locked))).toBe(true);
    expect(wb.createdWorkbooks).toHaveLength(1);
    expect(wb.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Pengaturan", "Data", "Analisis", "SOP", "Log"]),
    );
  });

  it("restores the whole model: every sheet, cell, format, chart, name and the id counter", () => {
    expect(second.workbook).not.toBe(first.workbook);
    expect(second.workbook).toBeInstanceOf(FakeWorkbookModel);
    expect(second.workbook).toEqual(first.workbook);
    // The text is a fixed point: writing the restored workbook gives the same text.
    expect(serialiseWorkbook(second.workbook)).toBe(store.text);
  });

  it("lets the product read the same round from it", async () => {
    const [a, b] = [portOf(first), portOf(second)];
    expect(await loadSetup(b)).toEqual(await loadSetup(a));
    expect((await loadPaneState(b)).state).toEqual(state);
    expect(await loadSopRound(b, NOW)).toEqual(await loadSopRound(a, NOW));
  });

  it("gives a sheet added after the restore an id no other sheet has", async () => {
    const ids = second.workbook.sheets.map((s) => s.id);
    await runBatch(second, async (c) => {
      c.workbook.worksheets.add("Baru");
      await c.sync();
    });
    const added = second.workbook.sheet("Baru");
    expect(added).toBeDefined();
    expect(ids).not.toContain(added!.id);
  });
});

describe("the store as Excel keeps a workbook", () => {
  it("starts a new workbook (Sheet1) when the store is empty, and restores it without seeding again", async () => {
    const store = memoryStore();
    const fake = fakeOver(store);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    await runBatch(fake, async (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["=1+1"]];
      c.workbook.worksheets.add("Kedua");
      await c.sync();
    });
    await taskDone();
    const again = fakeOver(store);
    expect(again.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Kedua"]);
    expect(again.workbook.cell("Sheet1", "A1")?.formula).toBe("=1+1");
  });

  it("keeps what a failed sync applied before its failure, as Excel does", async () => {
    const store = memoryStore();
    const fake = fakeOver(store);
    fake.faults = { atSync: 1, afterCommands: 3 };
    await expect(
      runBatch(fake, async (c) => {
        const sheet = c.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["kept"]];
        sheet.getRange("A2").values = [["lost"]];
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    await taskDone();
    const again = fakeOver(store);
    expect(again.workbook.cell("Sheet1", "A1")?.value).toBe("kept");
    expect(again.workbook.cell("Sheet1", "A2")?.value ?? null).toBeNull();
  });

  it("keeps a very hidden sheet very hidden, a protected sheet protected, and a cell's own format", async () => {
    const store = memoryStore();
    const fake = fakeOver(store);
    await runBatch(fake, async (c) => {
      const hidden = c.workbook.worksheets.add("Rahasia");
      hidden.visibility = "VeryHidden" as Excel.SheetVisibility;
      const sheet = c.workbook.worksheets.getItem("Sheet1");
      const a1 = sheet.getRange("A1");
      a1.values = [["tebal"]];
      a1.format.font.bold = true;
      sheet.getRange("B1").values = [["biasa"]];
      sheet.protection.protect({}, "sandi");
      await c.sync();
    });
    await taskDone();
    const again = fakeOver(store).workbook;
    expect(again.sheet("Rahasia")?.visibility).toBe("VeryHidden");
    expect(again.sheet("Sheet1")?.protection).toMatchObject({ protected: true, password: "sandi" });
    expect(again.cell("Sheet1", "A1")?.font.bold).toBe(true);
    // Cells that shared a format in the text are separate cells again: one's format is its own.
    again.cell("Sheet1", "B1")!.font.italic = true;
    expect(again.cell("Sheet1", "A1")?.font.italic).toBe(false);
  });
});

describe("when the workbook is saved", () => {
  const write = (fake: ExcelFake, address: string, value: string) =>
    runBatch(fake, async (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRange(address).values = [[value]];
      await c.sync();
    });

  it("saves the syncs of one task of the page once, when the task is done", async () => {
    const store = memoryStore();
    const fake = fakeOver(store);
    await write(fake, "A1", "satu");
    await write(fake, "A2", "dua");
    expect(store.saves).toBe(0);
    await taskDone();
    expect(store.saves).toBe(1);
    expect(restoreWorkbook(store.text!).cell("Sheet1", "A2")?.value).toBe("dua");
  });

  it("saves at once when the page is hidden (closed), and when the fake is uninstalled", async () => {
    const page = new EventTarget();
    const g = globalThis as unknown as Record<string, unknown>;
    g.addEventListener = page.addEventListener.bind(page);
    g.removeEventListener = page.removeEventListener.bind(page);
    try {
      const store = memoryStore();
      const fake = fakeOver(store);
      await write(fake, "A1", "sebelum ditutup");
      page.dispatchEvent(new Event("pagehide"));
      expect(store.saves).toBe(1);
      expect(restoreWorkbook(store.text!).cell("Sheet1", "A1")?.value).toBe("sebelum ditutup");
      await write(fake, "A1", "terakhir");
      fake.uninstall();
      expect(store.saves).toBe(2);
      expect(restoreWorkbook(store.text!).cell("Sheet1", "A1")?.value).toBe("terakhir");
      await taskDone();
      expect(store.saves).toBe(2);
    } finally {
      delete g.addEventListener;
      delete g.removeEventListener;
    }
  });
});

describe("serialiseWorkbook and restoreWorkbook", () => {
  it("refuse what they cannot keep instead of dropping it", () => {
    const model = new FakeWorkbookModel();
    model.seedSheet("Sheet1");
    (model.sheets[0]!.protection.options as Record<string, unknown>).odd = new (class Odd {
      readonly kind = "odd";
    })();
    expect(() => serialiseWorkbook(model)).toThrow(/Odd is not plain data/);
    model.sheets[0]!.protection.options = { zoom: Number.NaN };
    expect(() => serialiseWorkbook(model)).toThrow(/non-finite/);
  });

  it("keep Dates, Maps and Sets as they were", () => {
    const model = new FakeWorkbookModel();
    const sheet = model.seedSheet("Sheet1", { A1: 5 });
    sheet.validations.push({
      rect: { r1: 0, c1: 0, r2: 0, c2: 0 },
      rule: { date: { formula1: new Date(Date.UTC(2026, 3, 6)) } },
      ignoreBlanks: true,
    });
    sheet.hiddenColumns.add(3);
    sheet.rowHeights.set(2, 30);
    const back = restoreWorkbook(serialiseWorkbook(model));
    expect(back).toEqual(model);
    expect((back.sheets[0]!.validations[0]!.rule!.date as { formula1: unknown }).formula1).toBeInstanceOf(
      Date,
    );
  });

  it("refuse a text of another kind or version", () => {
    expect(() => restoreWorkbook(JSON.stringify({ type: "other", version: 1, model: {} }))).toThrow(
      /not a fake workbook/,
    );
    expect(() => restoreWorkbook(JSON.stringify({ type: SNAPSHOT_TYPE, version: 2, model: {} }))).toThrow(
      /not a fake workbook/,
    );
  });
});
