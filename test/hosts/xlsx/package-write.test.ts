/**
 * The cells written straight from the plans (package-write.ts, sheet-data.ts) read back exactly
 * as the cells exceljs writes itself: for every kind of sheet the product writes, the file of
 * plansToXlsx is compared, cell by cell (value, formula, type, resolved style, lock, link), merge by
 * merge, row height by row height, with the file exceljs writes from the same plans built whole.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { acceptConsolidation, reviewReturnedFiles } from "../../../src/app/consolidate";
import type { WorkbookPort } from "../../../src/app/ports";
import { addCharts } from "../../../src/hosts/xlsx/charts";
import { toUint8Array } from "../../../src/hosts/xlsx/internals";
import { completePackage } from "../../../src/hosts/xlsx/package-integrity";
import { writePackage } from "../../../src/hosts/xlsx/package-write";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/port";
import { applyPlans, applyPlansToWorkbook, newWorkbook, plansToXlsx } from "../../../src/hosts/xlsx/write";
import { zipParts } from "../../../src/hosts/xlsx/zip-write";
import { a1, type SheetPlan } from "../../../src/sheet/plan";
import { ACTOR, NOW, returned, roundMaster, sourceOf } from "../../support/consolidation-fixture";
import { generatedKertasKerja } from "../../support/returned-fixture";
import { readXlsxParts, sheetFacts } from "../../support/xlsx-xml";
import { f, fullPlan, sheet, v } from "./plans";

/** The plans built whole into exceljs and written by it: what plansToXlsx wrote before. */
async function wholeExceljs(plans: SheetPlan[]): Promise<Uint8Array> {
  const wb = newWorkbook();
  await applyPlansToWorkbook(wb, plans);
  const charts = plans.map((p) => ({ sheet: p.name, charts: p.charts ?? [] }));
  return completePackage(await addCharts(toUint8Array(await wb.xlsx.writeBuffer()), charts));
}

interface CellFact {
  type: number;
  value: unknown;
  formula: string | undefined;
  style: string;
  locked: boolean;
  xf: string;
  hyperlink: string | undefined;
}

/** Everything a reader sees of each sheet's cells, rows and merges. */
async function facts(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const parts = await readXlsxParts(bytes);
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    const xml = sheetFacts(parts, ws.name);
    const cells: Record<string, CellFact> = {};
    const heights: Record<number, number | undefined> = {};
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height !== undefined) heights[r] = row.height;
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells[cell.address] = {
          type: cell.type,
          value: cell.type === ExcelJS.ValueType.Formula ? null : cell.value,
          formula: cell.formula || undefined,
          style: JSON.stringify(cell.style),
          locked: xml.isLocked(cell.address),
          xf: xml.cellXf(cell.address),
          hyperlink: cell.hyperlink,
        };
      });
    });
    out[ws.name] = {
      state: ws.state,
      cells,
      heights,
      merges: [...xml.mergeRefs].sort(),
      validations: xml.dataValidations,
      // The password's salt is new at every write.
      protection: xml.protection && { ...xml.protection, hashValue: "", saltValue: "" },
      pane: xml.pane,
      pageSetup: xml.pageSetup,
      widths: ws.columns?.map((c) => c.width),
    };
  }
  return out;
}

/** The shared strings as XML, each once: the same text is written the same way (xml:space and all). */
function sharedStrings(bytes: Uint8Array): string[] {
  const xml = new TextDecoder().decode(unzipSync(bytes)["xl/sharedStrings.xml"]);
  return [...new Set(xml.match(/<si>[\s\S]*?<\/si>/g) ?? [])].sort();
}

async function expectSameAsExceljs(plans: SheetPlan[]): Promise<void> {
  const written = await plansToXlsx(plans);
  const exceljs = await wholeExceljs(plans);
  expect(await facts(written)).toEqual(await facts(exceljs));
  expect(sharedStrings(written)).toEqual(sharedStrings(exceljs));
}

/** A port that records every plan written through it. */
function recording(book: XlsxWorkbook, plans: SheetPlan[]): WorkbookPort {
  return new Proxy(book, {
    get(target, prop) {
      if (prop === "writeSheets") {
        return (written: SheetPlan[]) => {
          plans.push(...written);
          return target.writeSheets(written);
        };
      }
      const value: unknown = Reflect.get(target, prop);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

test("a plan using every feature, and texts, numbers and formulas XML must escape", async () => {
  const odd = sheet(
    "Aneh",
    [
      [v("  spasi di depan"), v("baris\nbaru"), v("akhir "), v("tab\tdan\u0001kendali\u007f")],
      [v("<b>&amp;'\"</b>"), v("_x0041_ tetap"), v(""), v(1e-7), v(-0), v(12345678901234)],
      [f('IF(A1="<","&",\'x\'!A1)'), f("=SUM(A1:A2)"), v(false), v("https://x.example/a?b=1&c=2")],
      [
        v("teks", { hyperlink: "https://bukti.example/1?a=b&c=d" }),
        v(null, { hyperlink: "https://y.example" }),
      ],
      [v("gabung", { style: "bingkai" }), v("hilang", { style: "lain" }), null, { locked: false }],
      [null, null, null, v("di bawah gabungan")],
    ],
    {
      styles: { bingkai: { border: true, fill: "#FFEEDD" }, lain: { italic: true } },
      merges: [a1("A5:C6"), a1("E1:F2")],
      rowHeights: { 8: 20 },
    },
  );
  await expectSameAsExceljs([fullPlan(), odd, sheet("Kosong", [])]);
});

test("a kertas kerja and its metadata sheet", async () => {
  const fx = await generatedKertasKerja();
  await expectSameAsExceljs(fx.kk.plans);
});

test("the master after a consolidation: Pengaturan, Data, Analisis with charts, Log", async () => {
  const book = await roundMaster();
  const plans: SheetPlan[] = [];
  const port = recording(book, plans);
  const files = [await returned("ORG"), await returned("PEM")];
  const review = await reviewReturnedFiles(
    port,
    files.map((file) => sourceOf(file)),
  );
  if (!review.ok) throw new Error("no review");
  const outcome = await acceptConsolidation(port, review.review, { now: NOW, actor: ACTOR });
  expect(outcome).toMatchObject({ ok: true, written: true });
  expect(plans.map((p) => p.name)).toEqual(expect.arrayContaining(["Data", "Analisis"]));
  await expectSameAsExceljs(plans);
});

test("a placeholder read before it is written is built whole, and writes the same", async () => {
  const plans = [
    fullPlan(),
    sheet("Dua", [[v("a", { style: "x" }), f("A1&A1")]], { styles: { x: { bold: true } } }),
  ];
  const book = XlsxWorkbook.create();
  await book.writeSheets(plans);
  expect((await book.readSheet("Kertas Kerja"))?.values[0]?.[0]).toBe("KERTAS KERJA");
  const bytes = await book.toBytes();
  expect(await facts(bytes)).toEqual(await facts(await wholeExceljs(plans)));
});

test("the exceljs workbook a caller takes holds every cell of every sheet written", async () => {
  const book = XlsxWorkbook.create();
  await book.writeSheets([sheet("A", [[v(1), v(2)]]), sheet("B", [[v("b")]]), sheet("C", [[f("1+1")]])]);
  const wb = book.workbook;
  expect(wb.getWorksheet("A")?.getCell("B1").value).toBe(2);
  expect(wb.getWorksheet("B")?.getCell("A1").value).toBe("b");
  expect(wb.getWorksheet("C")?.getCell("A1").formula).toBe("1+1");
});

test("the portable deflater writes the same package; a zip every reader takes", async () => {
  const plans = [fullPlan()];
  const wb = newWorkbook();
  const planned = applyPlans(wb, plans, "placeholder");
  const bytes = await writePackage(wb, planned, [], { deflater: "fflate" });
  expect(await facts(bytes)).toEqual(await facts(await plansToXlsx(plans)));

  const big = "x".repeat(300_000);
  const zip = await zipParts([
    { name: "a.txt", data: new TextEncoder().encode("kecil") },
    { name: "b/ç.txt", data: ["potongan ", big, " akhir"] },
    { name: "c.bin", data: new Uint8Array(100_000).map((_, i) => i % 251) },
  ]);
  const back = unzipSync(zip);
  expect(new TextDecoder().decode(back["a.txt"])).toBe("kecil");
  expect(new TextDecoder().decode(back["b/ç.txt"])).toBe(`potongan ${big} akhir`);
  expect(back["c.bin"]?.[250]).toBe(250);
});
