/**
 * The gateway runs one batch at a time: a read or a write asked for while another is between its
 * syncs waits for it (the pane saves its state and reads its header while an action writes).
 */
import { createExcelWorkbookPort } from "../../../src/hosts/excel/gateway";
import { installExcelFake } from "../../fakes/excel-fake";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import type { SheetPlan } from "../../../src/sheet/plan";

const plan = (name: string, rows: number): SheetPlan => ({
  name,
  visibility: "visible",
  columns: [{ width: 10 }, { width: 10 }],
  rows: Array.from({ length: rows }, (_, i) => [{ value: `baris ${i}` }, { value: i }]),
  styles: {},
  merges: [],
  validations: [],
});

describe("one batch of the gateway at a time", () => {
  it("never lets two batches of one port overlap, and each still gets its own answer", async () => {
    const fake = installExcelFake({ requirements: { ExcelApi: "1.13" } });
    try {
      fake.workbook.seedSheet("Lembar1");
      const spans: { start: number; end: number }[] = [];
      let clock = 0;
      const run = ((options: Excel.RunOptions, batch: (c: Excel.RequestContext) => Promise<unknown>) => {
        const span = { start: ++clock, end: 0 };
        spans.push(span);
        return fake.Excel.run(options, batch).finally(() => {
          span.end = ++clock;
        });
      }) as unknown as typeof Excel.run;
      const port = createExcelWorkbookPort(run, { toXlsxBytes: plansToXlsx });
      const [, listed, , read] = await Promise.all([
        port.writeSheets([plan("Data", 200)]),
        port.listSheets(),
        port.writeSheets([plan("_pane_state", 3)]),
        port.readSheet("Data"),
      ]);
      expect(spans.length).toBeGreaterThanOrEqual(4);
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThan(spans[i - 1]!.end);
      // Asked in that order, answered in that order: the list was taken after the first write.
      expect(listed.map((s) => s.name)).toContain("Data");
      expect(read?.values.length).toBe(200);
      // A failed batch does not stop the ones behind it.
      await expect(port.readSheet("Tidak ada")).resolves.toBeNull();
    } finally {
      fake.uninstall();
    }
  });
});
