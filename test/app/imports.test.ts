import { importDpaFromBytes, importPriorFromBytes } from "../../src/app/imports";
import { buildSampleDpaPlan, buildSamplePriorPlan } from "../../src/demo";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import type { SheetPlan } from "../../src/sheet/plan";

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
    const result = await importDpaFromBytes(bytes, "dpa.xlsx");
    expect(result.dpa.sheet).toBe(buildSampleDpaPlan().name);
    expect(result.dpa.nodes.filter((n) => n.level === "subkegiatan").length).toBeGreaterThanOrEqual(30);
  });

  it("a file with no DPA table says so, names the file and its sheets, and why the first sheet failed", async () => {
    const bytes = await plansToXlsx([note("Surat", "Dengan hormat"), note("Lampiran", "-")]);
    const result = await importDpaFromBytes(bytes, "surat.xlsx");
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
    const ok = await importPriorFromBytes(await plansToXlsx([buildSamplePriorPlan()]), "lkj.xlsx");
    expect(ok.values.length).toBeGreaterThan(50);
    const none = await importPriorFromBytes(
      await plansToXlsx([note("Surat", "Dengan hormat")]),
      "surat.xlsx",
    );
    expect(none.values).toEqual([]);
    expect(none.issues[0]).toMatchObject({ code: "import.prior.no-table", file: "surat.xlsx" });
  });
});
