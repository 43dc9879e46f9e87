/**
 * The open workbook's file through Office's getFileAsync (root/workbook-file.ts) against the
 * fake's model of it (test/fakes/excel-fake-file.ts), and that model's documented rules.
 */
import { readXlsx } from "../../../src/hosts/xlsx/read";
import {
  fileNameOfUrl,
  officeWorkbookFile,
  type OfficeFileApi,
} from "../../../src/taskpane/root/workbook-file";
import { installDocumentFile, MAX_SLICE } from "../../fakes/excel-fake-file";
import { installExcelFake, type ExcelFake } from "../../fakes/excel-fake";

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
  fake.workbook.seedSheet("Pengaturan", { A1: "Instansi", B1: "Sekretariat Daerah", B2: 2026 });
  fake.workbook.seedFormula("Pengaturan", "B3", "=B2+1", 2027);
});
afterEach(() => fake.uninstall());

const office = () => fake.Office as unknown as OfficeFileApi;

type Cb = (r: { status: string; value: unknown; error?: { message: string } }) => void;
/** getFileAsync of the installed fake, untyped, for the fake's own rules. */
const getFile = (
  type: string,
  options: object,
): Promise<{ status: string; value: unknown; error?: { message: string } }> =>
  new Promise((resolve) =>
    (
      fake.Office.context as unknown as { document: { getFileAsync: (t: string, o: object, cb: Cb) => void } }
    ).document.getFileAsync(type, options, resolve),
  );

describe("officeWorkbookFile", () => {
  it("reads every slice in order, closes the file, and names it from the document's URL", async () => {
    const doc = installDocumentFile(fake, { url: "C:\\Users\\rina\\SAKIP\\Induk TW2.xlsx" });
    const source = officeWorkbookFile(office, 1000);
    expect(source.available()).toBe(true);

    const read = await source.read();
    const served = doc.served[0]!;
    expect(read.bytes).toEqual(served);
    expect(read.name).toBe("Induk TW2.xlsx");
    // Sliced as asked: ceil(size / 1000) slices, each asked once, in order.
    const count = Math.ceil(served.length / 1000);
    expect(count).toBeGreaterThan(1);
    expect(doc.slices).toEqual(Array.from({ length: count }, (_, i) => `1#${i}`));
    expect(doc.open).toBe(0);

    // The bytes are the workbook: what was seeded reads back from them.
    const book = await readXlsx(read.bytes);
    const sheet = book.sheets.find((s) => s.name === "Pengaturan");
    expect(sheet?.values[0]).toEqual(["Instansi", "Sekretariat Daerah"]);
    expect(sheet?.values[1]).toEqual([null, 2026]);
    expect(sheet?.formulas?.[2]?.[1]).toBe("=B2+1");
  });

  it("is not available where Excel lacks CompressedFile, and says so before any call", () => {
    installDocumentFile(fake, { supported: false });
    expect(officeWorkbookFile(office).available()).toBe(false);
  });

  it("rejects with Office's message when getFileAsync fails, leaving no file open", async () => {
    const doc = installDocumentFile(fake);
    await expect(officeWorkbookFile(office, MAX_SLICE + 1).read()).rejects.toThrow(/sliceSize/);
    expect(doc.open).toBe(0);
  });
});

describe("the fake's getFileAsync, as documented", () => {
  it("keeps at most two files open", async () => {
    const doc = installDocumentFile(fake);
    expect((await getFile("compressed", {})).status).toBe("succeeded");
    expect((await getFile("compressed", {})).status).toBe("succeeded");
    const third = await getFile("compressed", {});
    expect(third.status).toBe("failed");
    expect(third.error?.message).toMatch(/two documents/);
    expect(doc.open).toBe(2);
  });

  it("refuses a slice over 4 MB and a type it does not model", async () => {
    installDocumentFile(fake);
    expect((await getFile("compressed", { sliceSize: 4194304 })).status).toBe("succeeded");
    expect((await getFile("compressed", { sliceSize: 4194305 })).status).toBe("failed");
    expect((await getFile("pdf", {})).status).toBe("failed");
  });

  it("hands out the workbook as it was when asked, whatever changes after", async () => {
    const doc = installDocumentFile(fake);
    const got = await getFile("compressed", {});
    fake.workbook.seedSheet("Later");
    const file = got.value as { size: number };
    expect(file.size).toBe(doc.served[0]!.length);
    const names = (await readXlsx(doc.served[0]!)).sheets.map((s) => s.name);
    expect(names).not.toContain("Later");
  });
});

describe("fileNameOfUrl", () => {
  it.each([
    ["C:\\SAKIP\\Induk TW2.xlsx", "Induk TW2.xlsx"],
    ["/Users/rina/SAKIP/Induk.xlsx", "Induk.xlsx"],
    ["https://contoso.sharepoint.com/sites/sakip/Shared%20Documents/Induk%20TW2.xlsx", "Induk TW2.xlsx"],
    [
      "https://contoso.sharepoint.com/_layouts/15/Doc.aspx?sourcedoc=%7Babc%7D&file=Induk%20TW2.xlsx",
      "Induk TW2.xlsx",
    ],
    ["", null],
    ["https://contoso.sharepoint.com/_layouts/15/Doc.aspx?sourcedoc=%7Babc%7D", null],
  ])("%s → %s", (url, name) => {
    expect(fileNameOfUrl(url)).toBe(name);
  });
});
