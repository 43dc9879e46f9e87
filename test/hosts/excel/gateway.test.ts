/** The Office.js gateway against the strict fake: round trip, all-or-nothing, request counts and sizes. */
import { createExcelExporter, createExcelWorkbookPort, GatewayError } from "../../../src/hosts/excel/gateway";
import { columnWidthPoints } from "../../../src/hosts/excel/layout";
import { a1, type SheetPlan } from "../../../src/sheet/plan";
import { S } from "../../../src/strings";
import { installExcelFake, PAYLOAD_LIMIT, type ExcelFake } from "../../fakes/excel-fake";
import { realisticPlan, richPlan, syntheticPlan } from "./plans";

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

const port = () => createExcelWorkbookPort(fake.Excel.run);

/** Everything a user could see or rely on, to compare a workbook before and after. */
function fingerprint(): string {
  const wb = fake.workbook;
  return JSON.stringify({
    sheets: wb.sheets.map((s) => ({ ...s, cells: [...s.cells], hiddenColumns: [...s.hiddenColumns] })),
    names: wb.names,
    active: wb.activeId,
  });
}

async function failure(p: Promise<unknown>): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof GatewayError) return e;
    throw e;
  }
  throw new Error("expected a GatewayError");
}

describe("writeSheets: a rich plan", () => {
  beforeEach(() => {
    fake.workbook.seedSheet("Petunjuk", { A1: "Baca dulu" });
  });

  it("writes values, formulas, text that looks like formulas, formats and layout", async () => {
    await port().writeSheets([richPlan()]);
    const wb = fake.workbook;
    const cell = (a: string) => wb.cell("KK Bagian Umum", a);

    expect(cell("A1")?.value).toBe("KERTAS KERJA CAPAIAN KINERJA");
    expect(cell("C3")?.value).toBe(100);
    expect(cell("E3")?.formula).toBe('=IF(D3="","",D3/C3)');
    // Text stays text, whatever it starts with.
    expect(cell("B3")).toMatchObject({ value: "=SUM(A1:A9) bukan rumus", formula: null });
    expect(cell("B4")).toMatchObject({ value: "+62 812 0000", formula: null });
    expect(cell("B5")).toMatchObject({ value: "-catatan", formula: null });
    expect(cell("B6")).toMatchObject({ value: "@mention", formula: null });
    expect(cell("A7")?.value).toBe("'kutip");
    expect(cell("B7")?.value).toBe("12");
    expect(cell("C7")?.value).toBe(true);
    expect(cell("E7")?.value).toBe("TRUE");

    expect(cell("C3")?.numberFormat).toBe("#,##0");
    expect(cell("E4")?.numberFormat).toBe("0.00%");
    expect(cell("A2")).toMatchObject({ fill: "#D9E1F2", wrapText: true, horizontalAlignment: "Center" });
    expect(cell("A2")?.font.bold).toBe(true);
    expect(cell("E5")?.font).toMatchObject({ italic: true, color: "#1F4E79" });
    expect(cell("B4")?.borders.top?.style).toBe("Continuous");
    expect(cell("D6")?.borders.bottom).toEqual({ style: "Continuous", weight: "Thin" });

    const sheet = wb.sheet("KK Bagian Umum");
    expect(sheet?.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 4 }]);
    expect(sheet?.columnWidths.get(1)).toBe(columnWidthPoints(40));
    expect([...(sheet?.hiddenColumns ?? [])]).toEqual([5]);
    expect(sheet?.rowHeights.get(0)).toBe(24);
    expect(sheet?.freeze).toEqual({ rows: 2, columns: 1 });
    expect(sheet?.tabColor).toBe("#1F4E79");
    expect(sheet?.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      marginsInches: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
      printTitleRows: "$2:$2",
      printTitleColumns: null,
      printOrder: "DownThenOver",
      printArea: null,
    });
    expect(wb.names).toEqual([{ name: "RealisasiUmum", formula: "='KK Bagian Umum'!$D$3:$D$6" }]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "Petunjuk", "KK Bagian Umum"]);
  });

  it("writes validations with prompt and a stopping error alert", async () => {
    await port().writeSheets([richPlan()]);
    const v = fake.workbook.sheet("KK Bagian Umum")?.validations ?? [];
    expect(v.map((x) => x.rule)).toEqual([
      { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } },
      { date: { operator: "Between", formula1: "2024-01-01", formula2: "2024-12-31" } },
      { list: { inCellDropDown: true, source: "Ya,Tidak" } },
    ]);
    expect(v[0]).toMatchObject({
      ignoreBlanks: true,
      prompt: { showPrompt: true, title: "Realisasi" },
      errorAlert: { showAlert: true, style: "Stop", title: "Bukan angka" },
    });
    expect(v[1]?.ignoreBlanks).toBe(false);
  });

  it("unlocks input cells and protects the sheet last, with the password", async () => {
    const journal = fake.startJournal();
    await port().writeSheets([richPlan()]);
    const sheet = fake.workbook.sheet("KK Bagian Umum");
    expect(sheet?.protection).toEqual({
      protected: true,
      password: "rahasia",
      options: { allowFormatColumns: true, allowFormatRows: true },
    });
    expect(fake.workbook.cell("KK Bagian Umum", "D4")?.locked).toBe(false);
    expect(fake.workbook.cell("KK Bagian Umum", "C4")?.locked).toBe(true);
    const protectAt = journal.findIndex((j) => j.startsWith("protect "));
    const lastCellWrite = journal
      .map((j) => /^set (formulas|numberFormat|locked|color|bold)/.test(j))
      .lastIndexOf(true);
    expect(protectAt).toBeGreaterThan(lastCellWrite);
  });

  it("runs every batch with delayForCellEdit and suspends calculation while writing", async () => {
    await port().writeSheets([richPlan()]);
    await port().readSheet("KK Bagian Umum");
    expect(fake.stats.runs.length).toBe(2);
    expect(fake.stats.runs.every((r) => JSON.stringify(r.options) === '{"delayForCellEdit":true}')).toBe(
      true,
    );
    expect(fake.stats.suspendCalls).toBeGreaterThanOrEqual(2);
  });
});

describe("writeSheets: a new workbook", () => {
  it("writes into a workbook that has only Sheet1, and can replace Sheet1 itself", async () => {
    const p = port();
    await p.writeSheets([syntheticPlan("KK Baru", 3)]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "KK Baru"]);
    expect(fake.workbook.activeId).toBe(fake.workbook.sheet("Sheet1")?.id);
    await p.writeSheets([syntheticPlan("Sheet1", 2)]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "KK Baru"]);
    expect(fake.workbook.cell("Sheet1", "A1")?.value).toBe("Kolom 1");
    expect(fake.workbook.activeId).toBe(fake.workbook.sheet("Sheet1")?.id);
    expect(p.lastWriteReport()?.syncs).toBe(3);
  });
});

describe("readSheet and listSheets", () => {
  it("reads back what was written, from A1, with formulas and merges", async () => {
    fake.workbook.seedSheet("Petunjuk", { A1: "Baca dulu" });
    const p = port();
    await p.writeSheets([richPlan()]);
    const snap = await p.readSheet("KK Bagian Umum");
    expect(snap?.visibility).toBe("visible");
    expect(snap?.values[0]?.[0]).toBe("KERTAS KERJA CAPAIAN KINERJA");
    expect(snap?.values[2]?.slice(0, 4)).toEqual([1, "=SUM(A1:A9) bukan rumus", 100, null]);
    expect(snap?.formulas?.[2]?.[1]).toBeNull();
    expect(snap?.formulas?.[2]?.[4]).toBe('=IF(D3="","",D3/C3)');
    expect(snap?.values[6]).toEqual(["'kutip", "12", true, null, "TRUE"]);
    expect(snap?.merges).toEqual(["A1:E1"]);
    expect(await p.listSheets()).toEqual([
      { name: "Sheet1", visibility: "visible" },
      { name: "Petunjuk", visibility: "visible" },
      { name: "KK Bagian Umum", visibility: "visible" },
    ]);
  });

  it("pads from A1 when the used range starts further in, and says null for a missing sheet", async () => {
    fake.workbook.seedSheet("Jauh", { C3: "x", D4: 5 });
    const snap = await port().readSheet("Jauh");
    expect(snap?.values).toEqual([[], [], [null, null, "x", null], [null, null, null, 5]]);
    expect(await port().readSheet("Tidak Ada")).toBeNull();
  });

  it("omits merges where ExcelApi 1.13 is missing, and reads an empty sheet as empty", async () => {
    fake.requirements = { ExcelApi: "1.12" };
    fake.workbook.seedSheet("Kosong");
    const snap = await port().readSheet("Kosong");
    expect(snap).toEqual({ name: "Kosong", visibility: "visible", values: [], formulas: [] });
  });

  it("reads a large sheet in row blocks, smaller ones when a response exceeds 5 MB", async () => {
    fake.workbook.seedSheet("Besar");
    const rows = 3000;
    const long = "x".repeat(1200);
    await createExcelWorkbookPort(fake.Excel.run).writeSheets([
      {
        ...syntheticPlan("Besar2", 2),
        rows: Array.from({ length: rows }, () => [{ value: long }, { value: long }]),
      },
    ]);
    fake.resetStats();
    const snap = await port().readSheet("Besar2");
    expect(snap?.values.length).toBe(rows);
    expect(snap?.values[rows - 1]).toEqual([long, long]);
    // Long texts defeat the size estimate: Excel rejects the first block, the reader takes a third of
    // it, learns what a row weighs, and reads the rest in responses filled to the budget.
    expect(fake.stats.responseSizes.filter((n) => n > PAYLOAD_LIMIT)).toHaveLength(1);
    const accepted = fake.stats.responseSizes.filter((n) => n <= PAYLOAD_LIMIT);
    // About 14 MB (each text twice: values and formulas): exist, used range, then 4 contents at most.
    const read = accepted.slice(2).reduce((a, b) => a + b, 0);
    expect(read).toBeGreaterThan(2 * rows * 2 * long.length);
    expect(accepted.length - 2).toBeGreaterThanOrEqual(Math.ceil(read / PAYLOAD_LIMIT));
    expect(accepted.length - 2).toBeLessThanOrEqual(Math.ceil(read / PAYLOAD_LIMIT) + 1);
  });
});

describe("writeSheets: all or nothing", () => {
  function seed(): void {
    fake.workbook.seedSheet("Petunjuk", { A1: "Baca dulu" });
    fake.workbook.seedSheet("KK Bagian Umum", { A1: "lama", B2: 42 });
    fake.workbook.seedSheet("Meta", { A1: "v1" }, { visibility: "VeryHidden" });
    fake.workbook.names.push({ name: "RealisasiUmum", formula: "='KK Bagian Umum'!$B$2" });
    fake.workbook.activeId = fake.workbook.sheet("KK Bagian Umum")?.id ?? "";
  }
  const plans = (): SheetPlan[] => [
    richPlan(),
    {
      ...syntheticPlan("Meta", 3),
      visibility: "veryHidden",
      names: [{ name: "MetaVersi", range: a1("A1") }],
    },
  ];

  it("replaces existing sheets in place: same tab position, names repointed, very hidden sheets deleted first", async () => {
    seed();
    await port().writeSheets(plans());
    expect(fake.workbook.activeId).toBe(fake.workbook.sheet("KK Bagian Umum")?.id);
    expect(fake.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Sheet1", "Visible"],
      ["Petunjuk", "Visible"],
      ["KK Bagian Umum", "Visible"],
      ["Meta", "VeryHidden"],
    ]);
    expect(fake.workbook.cell("KK Bagian Umum", "A1")?.value).toBe("KERTAS KERJA CAPAIAN KINERJA");
    expect(fake.workbook.names).toEqual([
      { name: "RealisasiUmum", formula: "='KK Bagian Umum'!$D$3:$D$6" },
      { name: "MetaVersi", formula: "=Meta!$A$1" },
    ]);
  });

  it("leaves the workbook unchanged when the write request fails, wherever it fails", async () => {
    seed();
    const before = fingerprint();
    for (const afterCommands of [0, 1, 5, 40, 200]) {
      fake.resetStats();
      fake.faults = { atSync: 2, afterCommands };
      const error = await failure(port().writeSheets(plans()));
      expect(error.code).toBe("write-failed");
      expect(error.message).toBe(
        "Penulisan ke buku kerja gagal. Buku kerja telah dikembalikan seperti sebelumnya; tidak ada sheet yang berubah.",
      );
      expect(fingerprint()).toBe(before);
      expect(fake.workbook.sheets.some((s) => s.name.startsWith("~"))).toBe(false);
    }
  });

  it("restores or completes when the swap request fails after any of its commands", async () => {
    let completed = 0;
    let restored = 0;
    for (let afterCommands = 0; afterCommands < 80; afterCommands++) {
      fake.uninstall();
      fake = installExcelFake();
      seed();
      const before = fingerprint();
      fake.faults = { atSync: 3, afterCommands };
      try {
        await port().writeSheets(plans());
        completed++;
        expect(fake.workbook.sheets.map((s) => s.name)).toEqual([
          "Sheet1",
          "Petunjuk",
          "KK Bagian Umum",
          "Meta",
        ]);
        expect(fake.workbook.cell("KK Bagian Umum", "A1")?.value).toBe("KERTAS KERJA CAPAIAN KINERJA");
        expect(fake.workbook.sheet("KK Bagian Umum")?.protection.protected).toBe(true);
      } catch (e) {
        expect((e as GatewayError).code).toBe("write-failed");
        expect(fingerprint()).toBe(before);
        restored++;
      }
    }
    // Failures before the deletions are rolled back; from the first deletion on, the swap is completed.
    expect(restored).toBeGreaterThan(10);
    expect(completed).toBeGreaterThan(0);
  });

  it("restores or completes when a request that carries the build's tail and the swap fails", async () => {
    // A tiny budget: the build spans several requests and its tail shares the last one with the swap.
    const small = () => createExcelWorkbookPort(fake.Excel.run, { requestBudget: 4000 });
    fake.uninstall();
    fake = installExcelFake();
    seed();
    const p = small();
    await p.writeSheets(plans());
    const syncs = p.lastWriteReport()?.syncs ?? 0;
    expect(syncs).toBeGreaterThan(4);
    let completed = 0;
    let restored = 0;
    for (let atSync = 2; atSync <= syncs; atSync++) {
      for (const afterCommands of [0, 1, 4, 9, 17, 30, 60]) {
        fake.uninstall();
        fake = installExcelFake();
        seed();
        const before = fingerprint();
        fake.faults = { atSync, afterCommands };
        try {
          await small().writeSheets(plans());
          completed++;
          expect(fake.workbook.sheets.map((s) => s.name)).toEqual([
            "Sheet1",
            "Petunjuk",
            "KK Bagian Umum",
            "Meta",
          ]);
          expect(fake.workbook.sheet("KK Bagian Umum")?.protection.protected).toBe(true);
        } catch (e) {
          expect((e as GatewayError).code).toBe("write-failed");
          expect(fingerprint()).toBe(before);
          restored++;
        }
      }
    }
    expect(restored).toBeGreaterThan(10);
    expect(completed).toBeGreaterThan(0);
  });

  it("writes formulas naming a plan sheet after the swap, so they point at the new sheet", async () => {
    seed();
    const rekap: SheetPlan = {
      ...syntheticPlan("Rekap", 1, 1),
      rows: [[{ formula: "'KK Bagian Umum'!E3" }, { formula: "SUM(RealisasiUmum)" }, { formula: "A1*2" }]],
    };
    await port().writeSheets([richPlan(), rekap]);
    expect(fake.workbook.cell("Rekap", "A1")?.formula).toBe("='KK Bagian Umum'!E3");
    expect(fake.workbook.cell("Rekap", "B1")?.formula).toBe("=SUM(RealisasiUmum)");
    expect(fake.workbook.cell("Rekap", "C1")?.formula).toBe("=A1*2");
  });

  it("refuses before any change: protected workbook, bad names, no visible sheet, Excel too old", async () => {
    seed();
    const before = fingerprint();
    fake.workbook.structureProtected = true;
    expect((await failure(port().writeSheets(plans()))).code).toBe("workbook-protected");
    fake.workbook.structureProtected = false;
    expect((await failure(port().writeSheets([syntheticPlan("Bad/Name", 2)]))).code).toBe("invalid-plan");
    expect((await failure(port().writeSheets([syntheticPlan("A", 2), syntheticPlan("a", 2)]))).code).toBe(
      "invalid-plan",
    );
    const hiddenOnly = [
      { ...syntheticPlan("Sheet1", 2), visibility: "hidden" as const },
      { ...syntheticPlan("Petunjuk", 2), visibility: "hidden" as const },
      { ...syntheticPlan("KK Bagian Umum", 2), visibility: "hidden" as const },
    ];
    expect((await failure(port().writeSheets(hiddenOnly))).code).toBe("invalid-plan");
    fake.requirements = { ExcelApi: "1.6" };
    const old = await failure(port().writeSheets(plans()));
    expect(old.code).toBe("api-too-old");
    expect(old.message).toContain("ExcelApi 1.7");
    expect(fingerprint()).toBe(before);
  });
});

describe("requirement sets", () => {
  it("skips and reports validation and page layout where ExcelApi 1.8 / 1.9 are missing", async () => {
    fake.workbook.seedSheet("Petunjuk");
    fake.requirements = { ExcelApi: "1.7" };
    const p = port();
    await p.writeSheets([richPlan()]);
    expect(p.lastWriteReport()?.skipped).toEqual([
      { feature: "dataValidation", requirement: "ExcelApi 1.8", sheets: ["KK Bagian Umum"] },
      { feature: "pageLayout", requirement: "ExcelApi 1.9", sheets: ["KK Bagian Umum"] },
    ]);
    expect(fake.workbook.sheet("KK Bagian Umum")?.validations).toEqual([]);
    expect(fake.workbook.cell("KK Bagian Umum", "E3")?.formula).toBe('=IF(D3="","",D3/C3)');
  });
});

describe("requests", () => {
  async function syncsFor(sheets: number, rows: number): Promise<number> {
    fake.uninstall();
    fake = installExcelFake();
    fake.workbook.seedSheet("Petunjuk");
    const plans = Array.from({ length: sheets }, (_, i) => syntheticPlan(`Sheet ${i + 1}`, rows));
    await port().writeSheets(plans);
    return fake.stats.syncs;
  }

  it("uses the same number of syncs for 1 or 20 sheets of 10 or 500 rows", async () => {
    const counts = [
      await syncsFor(1, 10),
      await syncsFor(1, 500),
      await syncsFor(20, 10),
      await syncsFor(20, 500),
    ];
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBe(3);
  });

  it("keeps every request under 5 MB for 40 realistic sheets of 100 × 25", async () => {
    fake.workbook.seedSheet("Petunjuk");
    const plans = Array.from({ length: 40 }, (_, i) => realisticPlan(`KK ${i + 1}`, 100, 25));
    const p = port();
    await p.writeSheets(plans);
    expect(fake.stats.maxRequestSize).toBeLessThan(PAYLOAD_LIMIT);
    expect(fake.workbook.sheets.length).toBe(42);
    expect(fake.workbook.cell("KK 40", "B100")?.value).toContain("Persentase capaian");
    expect(p.lastWriteReport()?.requestEstimates.every((n) => n < 4.2 * 1024 * 1024)).toBe(true);
  });

  it("splits a deliberately huge sheet by rows into several requests, each under 5 MB", async () => {
    fake.workbook.seedSheet("Petunjuk");
    const huge: SheetPlan = {
      ...syntheticPlan("Raksasa", 1),
      rows: Array.from({ length: 9000 }, (_, r) =>
        Array.from({ length: 12 }, (_, c) => ({ value: `baris ${r} kolom ${c} ${"x".repeat(100)}` })),
      ),
    };
    // The command path: with ExcelApi 1.13 so large a build goes as one inserted .xlsx instead.
    fake.requirements = { ExcelApi: "1.12" };
    fake.resetStats();
    await port().writeSheets([huge]);
    // About 13 MB of cells: more than two requests' worth, so more than the three of a small write.
    const sent = fake.stats.requestSizes.reduce((a, b) => a + b, 0);
    expect(sent).toBeGreaterThan(2 * PAYLOAD_LIMIT);
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(fake.stats.maxRequestSize).toBeLessThan(PAYLOAD_LIMIT);
    expect(fake.workbook.cell("Raksasa", "L9000")?.value).toBe(`baris 8999 kolom 11 ${"x".repeat(100)}`);
    expect(fake.workbook.cell("Raksasa", "A1")?.value).toBe(`baris 0 kolom 0 ${"x".repeat(100)}`);
  });
});

describe("createExcelExporter", () => {
  const bytes = new Uint8Array([80, 75, 3, 4, 255]);

  it("opens the workbook in a new Excel window where ExcelApi 1.8 is present", async () => {
    const download = jest.fn();
    const exporter = createExcelExporter(async () => bytes, download);
    const outcome = await exporter.exportWorkbook("kk.xlsx", [syntheticPlan("A", 2)]);
    expect(outcome).toEqual({ fileName: "kk.xlsx", destination: "jendela Excel baru" });
    expect(fake.workbook.createdWorkbooks).toEqual([btoa(String.fromCharCode(...bytes))]);
    expect(download).not.toHaveBeenCalled();
  });

  it("falls back to the download where it is missing, and says so when there is none", async () => {
    fake.requirements = { ExcelApi: "1.7" };
    const download = jest.fn();
    const outcome = await createExcelExporter(async () => bytes, download).exportWorkbook("kk.xlsx", []);
    expect(outcome.destination).toBe("unduhan");
    expect(download).toHaveBeenCalledWith("kk.xlsx", bytes);
    const error = await failure(createExcelExporter(async () => bytes).exportWorkbook("kk.xlsx", []));
    expect(error.code).toBe("export-failed");
  });
});

describe("plan checks", () => {
  it("rejects a list validation that cannot be written inline", async () => {
    fake.workbook.seedSheet("Petunjuk");
    const plan = syntheticPlan("Daftar", 2);
    plan.validations = [
      {
        range: a1("A1"),
        rule: { type: "list", values: ["a,b", "c"] },
        allowBlank: true,
        error: { title: "x", message: "y" },
      },
    ];
    expect((await failure(port().writeSheets([plan]))).code).toBe("invalid-plan");
  });

  it("refuses what the .xlsx host refuses, before any request, with its own sentences where it has them", async () => {
    fake.workbook.seedSheet("Petunjuk");
    const before = fingerprint();
    const refused = async (plan: SheetPlan) => (await failure(port().writeSheets([plan]))).message;
    expect(await refused(syntheticPlan("history", 2))).toBe(S.excel.errors.invalidSheetName("history"));
    const nan = syntheticPlan("Angka", 2);
    nan.rows[1]![0] = { value: Number.NaN };
    expect(await refused(nan)).toBe(S.excel.errors.invalidNumber("Angka", "A2"));
    const named = { ...syntheticPlan("Nama", 2), names: [{ name: "TAX2023", range: a1("A1") }] };
    expect(await refused(named)).toBe(S.excel.errors.invalidDefinedName("TAX2023"));
    // Checked before only by the .xlsx host: overlapping merges, a colour, a column width.
    const layout = { ...syntheticPlan("Tata", 2), merges: [a1("A1:B2"), a1("B2:C3")], tabColor: "green" };
    expect(await refused(layout)).toBe(
      S.sheetPlan.invalid("Tata", [S.sheetPlan.mergeOverlap("A1:B2", "B2:C3"), S.sheetPlan.color("green")]),
    );
    expect(await refused({ ...syntheticPlan("Lebar", 2), columns: [{ width: 300 }] })).toContain(
      "lebar kolom",
    );
    expect(fake.stats.syncs).toBe(0);
    expect(fingerprint()).toBe(before);
  });
});

describe("manual page breaks and underline (the Surat sheet)", () => {
  const surat = (): SheetPlan => ({
    ...syntheticPlan("Surat", 30, 3),
    styles: { head: { bold: true }, num: {}, nama: { bold: true, underline: true } },
    rows: [
      ...syntheticPlan("Surat", 29, 3).rows,
      [{ value: "H. MASYRANIANSYAH", style: "nama" }, null, null],
    ],
    protection: {},
    pageBreaks: [10, 20],
  });

  it("adds the plan's breaks before protecting, and underlines the name", async () => {
    const journal = fake.startJournal();
    await port().writeSheets([surat()]);
    const sheet = fake.workbook.sheet("Surat");
    expect(sheet?.pageBreaks).toEqual([10, 20]);
    expect(sheet?.protection.protected).toBe(true);
    expect(fake.workbook.cell("Surat", "A30")?.font).toMatchObject({ bold: true, underline: "Single" });
    expect(fake.workbook.cell("Surat", "A29")?.font.underline).toBe("None");
    const added = journal.findIndex((j) => j.startsWith("add "));
    expect(added).toBeGreaterThanOrEqual(0);
    expect(journal.findIndex((j) => j.startsWith("protect "))).toBeGreaterThan(added);
  });

  it("skips and reports the breaks where ExcelApi 1.9 is missing", async () => {
    fake.requirements = { ExcelApi: "1.8" };
    const p = port();
    await p.writeSheets([surat()]);
    expect(p.lastWriteReport()?.skipped).toContainEqual({
      feature: "pageBreaks",
      requirement: "ExcelApi 1.9",
      sheets: ["Surat"],
    });
    expect(fake.workbook.sheet("Surat")?.pageBreaks).toEqual([]);
  });
});
