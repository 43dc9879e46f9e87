/**
 * The gateway's batched read (`readSheets`): many sheets in the three requests one sheet takes,
 * each snapshot the same as reading that sheet alone, and responses kept under Excel on the web's
 * 5 MB by splitting, not by a request per sheet or per row.
 */
import { createExcelWorkbookPort } from "../../../src/hosts/excel/gateway";
import { installExcelFake, PAYLOAD_LIMIT, type ExcelFake } from "../../fakes/excel-fake";

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

const port = () => createExcelWorkbookPort(fake.Excel.run);

function seed(): void {
  fake.workbook.seedSheet("Pengaturan", { A1: "Instansi", B1: "Setda", A2: "Tahun", B2: 2026 });
  fake.workbook.seedSheet("Jauh", { C3: "x", D4: 5 });
  fake.workbook.seedSheet("Kosong");
  fake.workbook.seedSheet("_kk_meta_A", { A1: "{}", B2: "'=teks" }, { visibility: "VeryHidden" });
  fake.workbook.seedFormula("Pengaturan", "C2", "=B2+1", 2027);
  const sheet = fake.workbook.sheet("Pengaturan");
  sheet?.merges.push({ r1: 0, c1: 1, r2: 0, c2: 2 });
}

describe("readSheets", () => {
  it("reads several sheets in three requests, in the order asked, null for a missing one", async () => {
    seed();
    const names = ["_kk_meta_A", "Tidak Ada", "Jauh", "Kosong", "Pengaturan"];
    const alone = [];
    for (const name of names) alone.push(await port().readSheet(name));
    fake.resetStats();
    const together = await port().readSheets(names);
    expect(fake.stats.syncs).toBe(3);
    expect(together).toEqual(alone);
    expect(together[1]).toBeNull();
    expect(together[2]?.values).toEqual([[], [], [null, null, "x", null], [null, null, null, 5]]);
    expect(together[4]?.merges).toEqual(["B1:C1"]);
    expect(together[4]?.formulas?.[1]?.[2]).toBe("=B2+1");
  });

  it("takes one request when no sheet exists, and none for an empty list", async () => {
    expect(await port().readSheets(["A", "B"])).toEqual([null, null]);
    expect(fake.stats.syncs).toBe(1);
    expect(await port().readSheets([])).toEqual([]);
    expect(fake.stats.syncs).toBe(1);
  });

  it("asks sheet by sheet only when Excel refuses the merged areas of the batch", async () => {
    seed();
    const names = ["Pengaturan", "Jauh", "_kk_meta_A"];
    const expected = await port().readSheets(names);
    fake.resetStats();
    // The second request (used ranges and merged areas of all three) fails once.
    fake.faults = { atSync: 2, code: "GeneralException" };
    expect(await port().readSheets(names)).toEqual(expected);
    // 1 (exist) + 1 (refused) + 3 (one sheet each) + 1 (contents).
    expect(fake.stats.syncs).toBe(6);
  });

  it("splits contents that would exceed 5 MB in one response, and reads every cell", async () => {
    const long = "x".repeat(1000);
    const cells = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, r) => [`A${r + 1}`, long]));
    // Two sheets of 1,500 cells of 1,000 characters: 3 MB each as values + formulas, 6 MB together,
    // while the size estimate (128 characters a cell) would send both in one request.
    fake.workbook.seedSheet("Satu", cells(1500));
    fake.workbook.seedSheet("Dua", cells(1500));
    const [one, two] = await port().readSheets(["Satu", "Dua"]);
    expect(one?.values).toHaveLength(1500);
    expect(two?.values).toHaveLength(1500);
    expect([...(one?.values ?? []), ...(two?.values ?? [])].every((row) => row[0] === long)).toBe(true);
    const accepted = fake.stats.responseSizes.filter((n) => n <= PAYLOAD_LIMIT);
    expect(fake.stats.responseSizes.some((n) => n > PAYLOAD_LIMIT)).toBe(true);
    // exist + dims + the refused pair + each sheet on its own.
    expect(accepted).toHaveLength(4);
  });
});
