import { importDpaFromBytes, importPriorFromBytes } from "../../src/app/imports";
import type { WorkbookFileReader } from "../../src/app/ports";
import { buildSampleDpaPlan, buildSamplePriorPlan } from "../../src/demo";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import type { SheetPlan, WorkbookSnapshot } from "../../src/sheet/plan";
import { snapshotOfPlan } from "../support/plan-snapshot";

/** The .xlsx host's reader, as the CLI and the task pane give it. */
const xlsx: WorkbookFileReader = { readWorkbook: readXlsx };

const note = (name: string, text: string): SheetPlan => ({
  name,
  visibility: "visible",
  rows: [[{ value: text }]],
  styles: {},
  columns: [],
  merges: [],
  validations: [],
});

describe("importing from a picked file", () => {
  it("finds the DPA on whichever sheet holds it", async () => {
    const bytes = await plansToXlsx([note("Catatan", "lihat lembar berikut"), buildSampleDpaPlan()]);
    const result = await importDpaFromBytes(xlsx, bytes, "dpa.xlsx");
    expect(result.dpa.sheet).toBe(buildSampleDpaPlan().name);
    expect(result.dpa.nodes.filter((n) => n.level === "subkegiatan").length).toBeGreaterThanOrEqual(30);
  });

  it("a file with no DPA table says so, names the file and its sheets, and why the first sheet failed", async () => {
    const bytes = await plansToXlsx([note("Surat", "Dengan hormat"), note("Lampiran", "-")]);
    const result = await importDpaFromBytes(xlsx, bytes, "surat.xlsx");
    expect(result.dpa.nodes).toEqual([]);
    expect(result.issues[0]).toMatchObject({
      severity: "error",
      code: "import.dpa.no-table",
      file: "surat.xlsx",
      found: expect.stringContaining("Surat, Lampiran"),
    });
    expect(result.issues[0]!.message).toContain("surat.xlsx");
    expect(result.issues.length).toBe(2);
    expect(result.issues[1]!.severity).toBe("error");
  });

  it("the prior report likewise", async () => {
    const ok = await importPriorFromBytes(xlsx, await plansToXlsx([buildSamplePriorPlan()]), "lkj.xlsx");
    expect(ok.values.length).toBeGreaterThan(50);
    const none = await importPriorFromBytes(
      xlsx,
      await plansToXlsx([note("Surat", "Dengan hormat")]),
      "surat.xlsx",
    );
    expect(none.values).toEqual([]);
    expect(none.issues[0]).toMatchObject({ code: "import.prior.no-table", file: "surat.xlsx" });
  });
});

describe("the file reader port", () => {
  /** A reader that is no .xlsx host at all: it hands back sheets it holds and records each call. */
  const fakeReader = (workbook: WorkbookSnapshot) => {
    const calls: Uint8Array[] = [];
    const reader: WorkbookFileReader = {
      readWorkbook: async (bytes) => {
        calls.push(bytes);
        return workbook;
      },
    };
    return { reader, calls };
  };
  const bytes = new Uint8Array([1, 2, 3]);

  it("reads the DPA from whatever the reader gives for the bytes", async () => {
    const { reader, calls } = fakeReader({
      sheets: [snapshotOfPlan(note("Catatan", "-")), snapshotOfPlan(buildSampleDpaPlan())],
    });
    const result = await importDpaFromBytes(reader, bytes, "dpa.xlsx");
    expect(calls).toEqual([bytes]);
    expect(result.dpa).toMatchObject({ file: "dpa.xlsx", sheet: buildSampleDpaPlan().name });
    expect(result.dpa.nodes.some((n) => n.level === "subkegiatan")).toBe(true);
  });

  it("reads the prior report likewise, and lets the reader's refusal of the bytes through", async () => {
    const { reader, calls } = fakeReader({ sheets: [snapshotOfPlan(buildSamplePriorPlan())] });
    const result = await importPriorFromBytes(reader, bytes, "lkj.xlsx");
    expect(calls).toEqual([bytes]);
    expect(result.values.length).toBeGreaterThan(50);

    const refusing: WorkbookFileReader = { readWorkbook: () => Promise.reject(new Error("bukan .xlsx")) };
    await expect(importPriorFromBytes(refusing, bytes, "x.xlsx")).rejects.toThrow("bukan .xlsx");
  });
});
