/**
 * The gateway writing the real kertas kerja plans (prepareRound over the bench's synthetic DPA) into
 * the strict fake: requests that do not grow with rows, and formats that read back exactly as the
 * plan says, cell by cell, whether Excel has RangeAreas (ExcelApi 1.9) or not.
 */
import { syntheticRound } from "../../../bench/synthetic";
import { createExcelWorkbookPort } from "../../../src/hosts/excel/gateway";
import { columnWidthPoints } from "../../../src/hosts/excel/layout";
import type { SheetPlan } from "../../../src/sheet/plan";
import { installExcelFake, PAYLOAD_LIMIT, type ExcelFake, type FakeCell } from "../../fakes/excel-fake";

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

const plansOf = (bagian: number, perBagian: number): SheetPlan[] =>
  syntheticRound(bagian, perBagian).kertasKerja.flatMap((kk) => kk.plans);

async function write(plans: SheetPlan[], excelApi = "1.17"): Promise<void> {
  fake.uninstall();
  fake = installExcelFake({ requirements: { ExcelApi: excelApi } });
  const supports = (v: string) => fake.Office.context.requirements.isSetSupported("ExcelApi", v);
  await createExcelWorkbookPort(fake.Excel.run, { isSetSupported: supports }).writeSheets(plans);
}

const H = { left: "Left", center: "Center", right: "Right" } as const;
const V = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** What a plan cell must look like in Excel: every format the gateway writes, defaults elsewhere. */
function expected(plan: SheetPlan, r: number, c: number) {
  const cell = plan.rows[r]?.[c];
  const s = (cell?.style !== undefined ? plan.styles[cell.style] : undefined) ?? {};
  return {
    bold: s.bold ?? false,
    italic: s.italic ?? false,
    size: s.fontSize ?? 11,
    color: s.fontColor?.toUpperCase() ?? "#000000",
    fill: s.fill?.toUpperCase() ?? null,
    hAlign: s.hAlign ? H[s.hAlign] : "General",
    vAlign: s.vAlign ? V[s.vAlign] : "Bottom",
    wrap: s.wrap ?? false,
    numberFormat: s.numberFormat ?? "General",
    border: s.border === true ? "all" : "none",
    locked: cell?.locked !== false,
  };
}

function actual(cell: FakeCell | undefined) {
  const sides = ["top", "bottom", "left", "right"] as const;
  const b = cell?.borders ?? {};
  const thin = sides.filter((k) => b[k]?.style === "Continuous" && b[k]?.weight === "Thin").length;
  const none = sides.filter((k) => b[k] === undefined).length;
  return {
    bold: cell?.font.bold ?? false,
    italic: cell?.font.italic ?? false,
    size: cell?.font.size ?? 11,
    color: cell?.font.color ?? "#000000",
    fill: cell?.fill ?? null,
    hAlign: cell?.horizontalAlignment ?? "General",
    vAlign: cell?.verticalAlignment ?? "Bottom",
    wrap: cell?.wrapText ?? false,
    numberFormat: cell?.numberFormat ?? "General",
    border: thin === 4 ? "all" : none === 4 ? "none" : "partial",
    locked: cell?.locked ?? true,
  };
}

/** Every cell of the plan's rectangle (and one row and column beyond) against the fake. */
function mismatches(plan: SheetPlan): string[] {
  const sheet = fake.workbook.sheet(plan.name);
  if (!sheet) return [`${plan.name} missing`];
  const width = Math.max(...plan.rows.map((row) => row.length));
  const out: string[] = [];
  for (let r = 0; r <= plan.rows.length; r++) {
    for (let c = 0; c <= width; c++) {
      const want = expected(plan, r, c);
      const got = actual(fake.workbook.peekCell(sheet, r, c));
      if (JSON.stringify(want) !== JSON.stringify(got))
        out.push(`${plan.name} r${r} c${c}: ${JSON.stringify(want)} ≠ ${JSON.stringify(got)}`);
    }
  }
  plan.columns.forEach((col, i) => {
    if (col.width !== undefined && sheet.columnWidths.get(i) !== columnWidthPoints(col.width))
      out.push(`${plan.name} column ${i} width`);
    if ((col.hidden ?? false) !== sheet.hiddenColumns.has(i)) out.push(`${plan.name} column ${i} hidden`);
  });
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) {
    if (sheet.rowHeights.get(Number(row)) !== height) out.push(`${plan.name} row ${row} height`);
  }
  if (sheet.rowHeights.size !== Object.keys(plan.rowHeights ?? {}).length)
    out.push(`${plan.name} heights on rows the plan leaves alone`);
  return out.slice(0, 10);
}

describe("the real kertas kerja", () => {
  it("takes as many syncs for 40 Bagian × 100 indicators as for 40 × 10, every request under 5 MB", async () => {
    const figures = async (perBagian: number) => {
      await write(plansOf(40, perBagian));
      return { syncs: fake.stats.syncs, max: fake.stats.maxRequestSize, sheets: fake.workbook.sheets.length };
    };
    const large = await figures(100);
    const small = await figures(10);
    expect(large.syncs).toBe(small.syncs);
    expect(large.syncs).toBe(3);
    expect(large.max).toBeLessThan(PAYLOAD_LIMIT);
    expect(large.sheets).toBe(81);
  });

  it("reads back every format of a sample sheet exactly as planned, with RangeAreas", async () => {
    const plans = plansOf(3, 12);
    await write(plans);
    for (const plan of [plans[0], plans[1], plans[4]]) {
      if (!plan) throw new Error("no plan");
      expect(mismatches(plan)).toEqual([]);
    }
  });

  it("and without them (ExcelApi 1.8: one range per rectangle)", async () => {
    const plans = plansOf(2, 12);
    await write(plans, "1.8");
    expect(fake.stats.byCommand["instantiate getRanges"]).toBeUndefined();
    for (const plan of plans) expect(mismatches(plan)).toEqual([]);
  });

  it("sends each format setting once per value and list of rectangles where RangeAreas exist", async () => {
    const plans = plansOf(1, 100);
    await write(plans);
    const kk = plans[0];
    if (!kk) throw new Error("no plan");
    // Fills differ by row kind and column: a handful of colours, one getRanges list each.
    expect(fake.stats.byCommand["set color"]?.commands).toBeLessThanOrEqual(8);
    expect(fake.stats.byCommand["set bold"]?.commands).toBe(1);
    // The whole table's border grid is one rectangle: 6 edges × style and weight.
    expect(fake.workbook.sheet(kk.name)?.cells.get("160:5")?.borders.bottom?.style).toBe("Continuous");
    expect(fake.stats.byCommand["set border InsideHorizontal"]?.commands).toBeLessThanOrEqual(2 * 4);
  });
});
