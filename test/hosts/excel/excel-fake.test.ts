/** The fake is only worth its strictness: these tests pin the Excel behaviours the gateway relies on. */
import {
  installExcelFake,
  PAYLOAD_LIMIT,
  type ExcelFake,
  type FakeContext,
  errorCodeOf,
  runBatch,
} from "../../fakes/excel-fake";

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
  fake.workbook.seedSheet("Data", { A1: "x" });
});
afterEach(() => fake.uninstall());

const run = <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => runBatch(fake, batch);
const code = errorCodeOf;

describe("loading", () => {
  // These tests read properties before load()/sync() on purpose: the office-addins rules are right to object.
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  it("throws PropertyNotLoaded for a property read before load() and sync()", async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["x"]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("gives collection items only after they were loaded", async () => {
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Data"]);
      expect(() => sheets.items[0]?.visibility).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }),
      );
    });
  });

  it("fails getItem of a missing sheet at sync, and answers isNullObject only after sync", async () => {
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Nope").load("name");
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => sheet.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
});

describe("entering values as Excel does", () => {
  const write = (inputs: unknown[][], via: "values" | "formulas" = "values") =>
    run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange(`A1:A${inputs.length}`);
      range[via] = inputs;
      await context.sync();
    });

  it("turns a string starting with '=' into a formula, via values or formulas", async () => {
    await write([["=SUM(B1:B3)"]]);
    expect(fake.workbook.cell("Data", "A1")).toMatchObject({ formula: "=SUM(B1:B3)", value: null });
    await write([["=B1*2"]], "formulas");
    expect(fake.workbook.cell("Data", "A1")?.formula).toBe("=B1*2");
  });

  it("keeps a leading apostrophe as text, without the apostrophe", async () => {
    await write([["'=SUM(B1:B3)"], ["'+62"], ["''quoted"]], "formulas");
    expect(fake.workbook.cell("Data", "A1")).toMatchObject({
      value: "=SUM(B1:B3)",
      formula: null,
      quotePrefix: true,
    });
    expect(fake.workbook.cell("Data", "A2")).toMatchObject({ value: "+62", formula: null });
    expect(fake.workbook.cell("Data", "A3")?.value).toBe("'quoted");
  });

  it("parses +, -, @, numbers and booleans like typed input", async () => {
    await write([["+B1"], ["-5"], ["-abc"], ["@B2"], ["12.5"], ["true"], ["teks"]]);
    const at = (a: string) => fake.workbook.cell("Data", a);
    expect(at("A1")?.formula).toBe("=+B1");
    expect(at("A2")?.value).toBe(-5);
    expect(at("A3")?.formula).toBe("=-abc");
    expect(at("A4")?.formula).toBe("=B2");
    expect(at("A5")?.value).toBe(12.5);
    expect(at("A6")?.value).toBe(true);
    expect(at("A7")?.value).toBe("teks");
  });

  it("rejects an array that does not match the range", async () => {
    expect(await code(write([["a", "b"]]))).toBe("InvalidArgument");
  });

  it("reads formulas back as text and values of formulas as '' (nothing is calculated)", async () => {
    await write([["=1+1"], ["'=1+1"]], "formulas");
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:A2");
      range.load("values,formulas");
      await context.sync();
      expect(range.formulas).toEqual([["=1+1"], ["=1+1"]]);
      expect(range.values).toEqual([[""], ["=1+1"]]);
    });
  });
});

describe("protection", () => {
  it("refuses writes to locked cells of a protected sheet and accepts unlocked ones", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("B2").format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
    });
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("B2").values = [[5]];
          await context.sync();
        }),
      ),
    ).toBe("no error");
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [
            [1, 2],
            [3, 4],
          ];
          await context.sync();
        }),
      ),
    ).toBe("InvalidOperation");
    expect(fake.workbook.cell("Data", "A1")?.value).toBe("x");
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Data").protection.protect();
          await context.sync();
        }),
      ),
    ).toBe("InvalidOperation");
  });
});

describe("requests", () => {
  it("counts syncs, measures requests and rejects one over 5 MB without applying any of it", async () => {
    const big = Array.from({ length: 2000 }, () => ["x".repeat(3000)]);
    const before = fake.stats.syncs;
    expect(
      await code(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Data");
          sheet.getRange("B1").values = [["first"]];
          sheet.getRange("C1:C2000").values = big;
          await context.sync();
        }),
      ),
    ).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.stats.syncs).toBe(before + 1);
    expect(fake.stats.maxRequestSize).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(fake.workbook.cell("Data", "B1")).toBeUndefined();
  });

  it("fails an injected sync after K commands (instantiations count), keeping the commands before", async () => {
    // getItem, getRange("B1"), set values: three commands run, then the failure.
    fake.faults = { atSync: fake.stats.syncs + 1, afterCommands: 3 };
    expect(
      await code(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Data");
          sheet.getRange("B1").values = [["kept"]];
          sheet.getRange("B2").values = [["lost"]];
          await context.sync();
        }),
      ),
    ).toBe("GeneralException");
    expect(fake.workbook.cell("Data", "B1")?.value).toBe("kept");
    expect(fake.workbook.cell("Data", "B2")).toBeUndefined();
  });

  it("flushes what is still queued when the batch ends, as Excel.run does", async () => {
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("D1").values = [["late"]];
    });
    expect(fake.workbook.cell("Data", "D1")?.value).toBe("late");
  });
});

describe("worksheets", () => {
  it("refuses to delete a very hidden sheet and to hide the last visible one", async () => {
    fake.workbook.seedSheet("Meta", {}, { visibility: "VeryHidden" });
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Meta").delete();
          await context.sync();
        }),
      ),
    ).toBe("InvalidOperation");
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
          await context.sync();
        }),
      ),
    ).toBe("no error");
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Data").visibility = "Hidden";
          await context.sync();
        }),
      ),
    ).toBe("InvalidOperation");
  });

  it("rewrites formulas that name a renamed sheet, and turns them to #REF! when it is deleted", async () => {
    fake.workbook.seedSheet("Rekap", { A1: "='Data'!A1", A2: "=Data!A1*2" });
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").name = "Data Lama";
      await context.sync();
    });
    expect(fake.workbook.cell("Rekap", "A1")?.formula).toBe("='Data Lama'!A1");
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data Lama").delete();
      await context.sync();
    });
    expect(fake.workbook.cell("Rekap", "A2")?.formula).toBe("=#REF!A1*2");
  });
});

describe("a new workbook", () => {
  it("opens with one visible, active sheet named Sheet1", async () => {
    fake.uninstall();
    fake = installExcelFake();
    expect(fake.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([["Sheet1", "Visible"]]);
    const name = await run(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load("name");
      await context.sync();
      return active.name;
    });
    expect(name).toBe("Sheet1");
  });
});

describe("RangeAreas (Worksheet.getRanges, ExcelApi 1.9)", () => {
  it("sets a format on every area, addresses separated by commas or semicolons", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRanges("A1:B2, D4").format.fill.color = "#FFF2CC";
      sheet.getRanges("F1;F3:F4").format.font.bold = true;
      sheet.getRanges("3:4,7:7").format.rowHeight = 30;
      await context.sync();
    });
    const cell = (a: string) => fake.workbook.cell("Data", a);
    expect([cell("A1")?.fill, cell("B2")?.fill, cell("D4")?.fill, cell("C3")?.fill]).toEqual([
      "#FFF2CC",
      "#FFF2CC",
      "#FFF2CC",
      undefined,
    ]);
    expect([cell("F1")?.font.bold, cell("F2")?.font.bold, cell("F4")?.font.bold]).toEqual([
      true,
      undefined,
      true,
    ]);
    expect([...(fake.workbook.sheet("Data")?.rowHeights ?? [])]).toEqual([
      [2, 30],
      [3, 30],
      [6, 30],
    ]);
  });

  it("draws border edges per area, and reads a format only when all areas share it", async () => {
    const read = await run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Data").getRanges("A1:B2,D1:D2");
      const top = areas.format.borders.getItem("EdgeTop");
      top.style = "Continuous";
      areas.format.fill.color = "#EEEEEE";
      areas.load("address,areaCount,format/fill/color");
      await context.sync();
      return { address: areas.address, count: areas.areaCount, fill: areas.format.fill.color };
    });
    expect(read).toEqual({ address: "Data!$A$1:$B$2, Data!$D$1:$D$2", count: 2, fill: "#EEEEEE" });
    const border = (a: string) => fake.workbook.cell("Data", a)?.borders.top?.style;
    expect([border("A1"), border("B1"), border("D1"), border("A2"), border("C1")]).toEqual([
      "Continuous",
      "Continuous",
      "Continuous",
      undefined,
      undefined,
    ]);
  });

  it("counts the address with the proxy's creation and again with each call on it", async () => {
    const address = Array.from({ length: 200 }, (_, i) => `A${2 * i + 1}`).join(",");
    const before = fake.stats.requestSizes.length;
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRanges(address).format.font.italic = true;
      await context.sync();
    });
    expect(fake.stats.requestSizes[before]).toBeGreaterThan(2 * address.length);
    expect(fake.stats.byCommand["instantiate getRanges"]?.commands).toBe(1);
  });

  it("truncates an address past 8192 characters, as documented: an area is cut or silently lost", async () => {
    const bold = (address: string) =>
      code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRanges(address).format.font.bold = true;
          await context.sync();
        }),
      );
    // 8191 characters, then "C3:D4": the cut leaves "C", which is no address.
    const cut = `${"A1,".repeat(2729)}B12,C3:D4`;
    expect(await bold(cut)).toBe("InvalidArgument");
    // Exactly 8192 characters of areas, then ",C3:D4": the last area is dropped without a word.
    const lost = `${"A1,".repeat(2730)}A1,C3:D4`;
    expect(await bold(lost)).toBe("no error");
    expect(fake.workbook.cell("Data", "A1")?.font.bold).toBe(true);
    expect(fake.workbook.cell("Data", "C3")?.font.bold).toBeUndefined();
  });

  it("fails where ExcelApi 1.9 is missing (ApiNotFound), and on a bad address (InvalidArgument)", async () => {
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRanges("A1,B2:").format.font.bold = true;
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    fake.requirements = { ExcelApi: "1.8" };
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRanges("A1,B2").format.font.bold = true;
          await context.sync();
        }),
      ),
    ).toBe("ApiNotFound");
  });
});

describe("manual page breaks (Worksheet.horizontalPageBreaks, ExcelApi 1.9)", () => {
  it("adds a break before the first row of the range given, once per row, in row order", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.horizontalPageBreaks.add(sheet.getRange("B40:C41"));
      sheet.horizontalPageBreaks.add("A12");
      sheet.horizontalPageBreaks.add("A12");
      await context.sync();
    });
    expect(fake.workbook.sheet("Data")?.pageBreaks).toEqual([11, 39]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").horizontalPageBreaks.removePageBreaks();
      await context.sync();
    });
    expect(fake.workbook.sheet("Data")?.pageBreaks).toEqual([]);
  });

  it("refuses a break before row 1, on a protected sheet, and without ExcelApi 1.9", async () => {
    const add = (address: string) =>
      code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Data").horizontalPageBreaks.add(address);
          await context.sync();
        }),
      );
    expect(await add("A1")).toBe("InvalidArgument");
    fake.requirements = { ExcelApi: "1.8" };
    expect(await add("A5")).toBe("ApiNotFound");
    fake.requirements = { ExcelApi: "1.9" };
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").protection.protect();
      await context.sync();
    });
    expect(await add("A5")).toBe("InvalidOperation");
    expect(fake.workbook.sheet("Data")?.pageBreaks).toEqual([]);
  });
});

describe("font underline", () => {
  it("takes Excel's underline styles and rejects others", async () => {
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").format.font.underline = "Single";
      await context.sync();
    });
    expect(fake.workbook.cell("Data", "A1")?.font.underline).toBe("Single");
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("A1").format.font.underline = "Wavy" as "None";
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });
});
