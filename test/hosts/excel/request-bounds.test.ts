/**
 * What the gateway sends and reads for large work, as the strict fake measures it (not as the
 * gateway estimates it): no request and no response over Excel on the web's 5 MB, and syncs that
 * follow the bytes — the fewest that could carry them, ⌈bytes / 5 MB⌉, plus a few that do not
 * grow — never the rows or the sheets. Also the border lists that keep a table with holes from
 * costing a range per cell.
 */
import { writeKertasKerjaToWorkbook } from "../../../src/app/generate";
import { createExcelWorkbookPort } from "../../../src/hosts/excel/gateway";
import { apartLists, type Rect } from "../../../src/hosts/excel/layout";
import {
  CELL_READ_ESTIMATE,
  CellWeights,
  nextGroup,
  READ_MARGIN,
  retryOf,
  UNREAD_MARGIN,
  type Block,
} from "../../../src/hosts/excel/read-blocks";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import type { CellPlan, SheetPlan } from "../../../src/sheet/plan";
import { syntheticRound } from "../../../bench/synthetic";
import { syntheticPlan } from "./plans";
import { installExcelFake, PAYLOAD_LIMIT, type ExcelFake } from "../../fakes/excel-fake";

let fake: ExcelFake | undefined;
afterEach(() => fake?.uninstall());

function fresh(excelApi = "1.17"): ExcelFake {
  fake?.uninstall();
  fake = installExcelFake({ requirements: { ExcelApi: excelApi } });
  return fake;
}

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** The fewest requests (or responses) that could carry `bytes`. */
const floor = (bytes: number) => Math.ceil(bytes / PAYLOAD_LIMIT);

/**
 * Requests are filled by the gateway's estimate, which counts a call at more than the fake
 * measures and keeps a tenth of 5 MiB as a margin: a request that carries data carries at least
 * five sixths of the limit (4.2 MiB at 1,000 indicators in the bench), so such syncs stay within
 * ⌈bytes / (5/6 × 5 MiB)⌉.
 */
const carried = (bytes: number) => Math.ceil((bytes / PAYLOAD_LIMIT) * (6 / 5));

const r = (row1: number, col1: number, row2 = row1, col2 = col1): Rect => ({ row1, col1, row2, col2 });

describe("apartLists", () => {
  it("puts rectangles that touch, even at a corner, into different lists", () => {
    // A1 and A3 apart; B3 beside A3; C5:D6 apart from both; B2 at the corners of A1 and A3, above B3.
    const lists = apartLists([r(0, 0), r(2, 0), r(2, 1), r(4, 2, 5, 3), r(1, 1)]);
    expect(lists).toEqual([[r(0, 0), r(2, 0), r(4, 2, 5, 3)], [r(2, 1)], [r(1, 1)]]);
  });

  it("keeps a large rectangle alone and every list's address within the limit", () => {
    const cells = Array.from({ length: 500 }, (_, i) => r(2 * i, 4));
    const lists = apartLists([r(0, 0, 99, 2), ...cells], 100);
    expect(lists[0]).toEqual([r(0, 0, 99, 2)]);
    // "E1,E3,…": every list under 100 characters, every cell in exactly one list, in order.
    const rest = lists.slice(1);
    expect(rest.every((list) => list.length > 1)).toBe(true);
    expect(rest.flat()).toEqual(cells);
    for (const list of rest) {
      const address = list.map((x) => `E${x.row1 + 1}`).join(",");
      expect(address.length).toBeLessThanOrEqual(100);
    }
  });
});

describe("the reader's requests", () => {
  const sheet = (name: string) => ({ name }) as unknown as Excel.Worksheet;
  const block = (s: Excel.Worksheet, rowCount: number, columnCount = 1): Block => ({
    sheet: s,
    used: { rowIndex: 0, columnIndex: 0, rowCount, columnCount },
    start: 0,
    count: rowCount,
  });

  it("fills a request to the budget, cutting the block that does not fit whole", () => {
    const weights = new CellWeights();
    const [a, b] = [sheet("A"), sheet("B")];
    // Nothing read yet: a cell counts CELL_READ_ESTIMATE × UNREAD_MARGIN.
    const guess = CELL_READ_ESTIMATE * UNREAD_MARGIN;
    const queue = [block(a, 10, 2), block(b, 100, 2)];
    const group = nextGroup(queue, weights, 50 * 2 * guess);
    expect(group.map((g) => [g.start, g.count])).toEqual([
      [0, 10],
      [0, 40],
    ]);
    expect(queue.map((g) => [g.start, g.count])).toEqual([[40, 60]]);
  });

  it("counts a sheet's cells at what they weighed, and sheets of its width alike", () => {
    const weights = new CellWeights();
    const [a, b, c] = [sheet("A"), sheet("B"), sheet("C")];
    weights.learn(block(a, 10), 10 * 40_000);
    expect(weights.perCell(block(a, 1))).toBeCloseTo(40_000 * READ_MARGIN);
    expect(weights.perCell(block(b, 1))).toBeCloseTo(40_000 * READ_MARGIN);
    expect(weights.perCell(block(c, 1, 3))).toBe(CELL_READ_ESTIMATE * UNREAD_MARGIN);
  });

  it("after a refusal reads the first third of the blocks, or a third of one block's rows", () => {
    const s = sheet("S");
    const queue: Block[] = [];
    const six = Array.from({ length: 6 }, () => block(s, 5));
    expect(retryOf(six, queue)).toEqual(six.slice(0, 2));
    expect(queue).toEqual(six.slice(2));
    const one: Block[] = [];
    expect(retryOf([block(s, 90)], one).map((g) => [g.start, g.count])).toEqual([[0, 30]]);
    expect(one.map((g) => [g.start, g.count])).toEqual([[30, 60]]);
  });
});

/** A table of `rows` rows whose fourth column is filled on every other row only, all bordered. */
function tableWithHoles(rows: number): SheetPlan {
  const cell = (value: string | number): CellPlan => ({ value, style: "cell" });
  return {
    name: "Berlubang",
    visibility: "visible",
    rows: Array.from({ length: rows }, (_, i) => [
      cell(i + 1),
      cell(`Indikator ${i + 1}`),
      cell(i * 3),
      i % 2 === 0 ? cell(`sub ${i}`) : null,
      cell("x"),
    ]),
    styles: { cell: { border: true } },
    columns: [],
    merges: [],
    validations: [],
  };
}

describe("borders of a table with holes", () => {
  async function write(excelApi: string, plan: SheetPlan) {
    const f = fresh(excelApi);
    await createExcelWorkbookPort(f.Excel.run).writeSheets([plan]);
    const sheet = f.workbook.sheet(plan.name);
    if (!sheet) throw new Error("not written");
    const borders = [...sheet.cells]
      .filter(([, c]) => Object.keys(c.borders).length > 0)
      .map(([key, c]) => [key, c.borders] as const)
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    const bytes = total(
      Object.entries(f.stats.byCommand).flatMap(([kind, t]) =>
        kind.startsWith("set border") ? [t.bytes] : [],
      ),
    );
    return { borders, bytes };
  }

  it("draws the grid each bordered cell has with far fewer bytes as RangeAreas lists", async () => {
    const plan = tableWithHoles(400);
    const areas = await write("1.17", plan);
    const ranges = await write("1.8", plan);
    expect(areas.borders).toEqual(ranges.borders);
    // Every cell of the plan has its four sides, a hole none: 400 × 4 + 200 cells.
    const thin = { style: "Continuous", weight: "Thin" };
    expect(areas.borders).toHaveLength(400 * 4 + 200);
    for (const [, b] of areas.borders)
      expect(b).toEqual({ top: thin, bottom: thin, left: thin, right: thin });
    expect(areas.bytes).toBeLessThan(ranges.bytes / 3);
  });
});

describe("a large round", () => {
  it("generates 40 Bagian × 300 indicators in the floor's syncs plus one, every request ≤ 5 MB", async () => {
    const f = fresh();
    const port = createExcelWorkbookPort(f.Excel.run, { toXlsxBytes: plansToXlsx });
    f.resetStats();
    await writeKertasKerjaToWorkbook(port, syntheticRound(40, 300));
    const bytes = total(f.stats.requestSizes);
    // More than a request's worth, sent as inserted .xlsx: one request reads the workbook, the
    // swap rides with the last insert.
    expect(bytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(f.stats.maxRequestSize).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(f.stats.syncs).toBeLessThanOrEqual(floor(bytes) + 1);
    expect(f.workbook.sheets.filter((s) => s.name.startsWith("~"))).toEqual([]);
  }, 120_000);

  it("writes as commands (no ExcelApi 1.13) in requests of five sixths of 5 MB at least, each ≤ 5 MB", async () => {
    const f = fresh("1.12");
    const port = createExcelWorkbookPort(f.Excel.run);
    f.resetStats();
    await writeKertasKerjaToWorkbook(port, syntheticRound(40, 200));
    const bytes = total(f.stats.requestSizes);
    expect(bytes).toBeGreaterThan(2 * PAYLOAD_LIMIT);
    expect(f.stats.maxRequestSize).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    // The workbook read first, then the build and the swap in requests filled to the budget.
    expect(f.stats.syncs).toBeLessThanOrEqual(carried(bytes) + 1);
    const report = port.lastWriteReport();
    // The gateway's estimate of each request is never below what the fake measured.
    const sizes = f.stats.requestSizes.slice(-(report?.requestEstimates.length ?? 0));
    sizes.forEach((size, i) => expect(size).toBeLessThanOrEqual(report?.requestEstimates[i] ?? 0));
  }, 120_000);
});

describe("the .xlsx built for a large write", () => {
  it("is not built whole when its commands are far past what a request could carry compressed", async () => {
    const f = fresh();
    const built: number[] = [];
    const counting = async (plans: SheetPlan[]) => {
      built.push(plans.reduce((n, p) => n + p.rows.length, 0));
      return plansToXlsx(plans);
    };
    const plan = syntheticPlan("Besar", 3000);
    // A budget under a twentieth of the sheet's commands: no .xlsx of all of it could fit.
    const budget = 20_000;
    const port = createExcelWorkbookPort(f.Excel.run, {
      requestBudget: budget,
      blockTarget: budget / 2,
      toXlsxBytes: counting,
    });
    await port.writeSheets([plan]);
    const sent = total(f.stats.requestSizes);
    expect(sent / 20).toBeGreaterThan(budget);
    expect(built.length).toBeGreaterThan(0);
    // Only heads were built, each of part of the rows; one of them went in.
    expect(built.every((rows) => rows < 3000)).toBe(true);
    expect(f.stats.byCommand.insertWorksheetsFromBase64?.commands).toBe(1);
    expect(f.workbook.cell("Besar", "A3000")?.value).toBe(plan.rows[2999]?.[0]?.value);
    expect(f.stats.maxRequestSize).toBeLessThanOrEqual(budget * 1.1);
  });
});

describe("reading many dense sheets", () => {
  it("reads 12 MB of 40 sheets of long texts with one response refused, the rest filled", async () => {
    // As the metadata sheets hold their JSON: 30,000-character texts down column A, 5 a sheet.
    const f = fresh();
    const text = (s: number, i: number) => `${s}:${i}:${"x".repeat(30_000)}`;
    const names = Array.from({ length: 40 }, (_, s) => `_meta_${s}`);
    names.forEach((name, s) => {
      const cells = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`A${i + 1}`, text(s, i)]));
      f.workbook.seedSheet(name, cells, { visibility: "VeryHidden" });
    });
    f.resetStats();
    const snapshots = await createExcelWorkbookPort(f.Excel.run).readSheets(names);
    expect(snapshots.map((s) => s?.values.map((row) => row[0]))).toEqual(
      names.map((_, s) => Array.from({ length: 5 }, (_, i) => text(s, i))),
    );
    const delivered = f.stats.responseSizes.filter((n) => n <= PAYLOAD_LIMIT);
    const bytes = total(delivered);
    expect(bytes).toBeGreaterThan(2 * PAYLOAD_LIMIT);
    // The guess (128 characters a cell) is two hundred times too light: the first response is
    // refused, and only that one.
    expect(f.stats.responseSizes.length - delivered.length).toBe(1);
    expect(f.stats.maxResponseSize).toBeGreaterThan(PAYLOAD_LIMIT);
    // Which exist, their used ranges, then the contents: the refused guess, a third of it to learn
    // the weight, the rest in responses filled to the budget.
    const contents = delivered.length - 2;
    expect(contents).toBeLessThanOrEqual(carried(bytes) + 1);
  });
});
