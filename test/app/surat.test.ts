import { writeKertasKerjaToWorkbook } from "../../src/app/generate";
import type { WorkbookPort } from "../../src/app/ports";
import { prepareRound } from "../../src/app/round";
import { deadlineFromSchedule, suratPlanFor } from "../../src/app/surat";
import { sopStateSheetPlan } from "../../src/domain/sop/sop-sheet";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import type { SheetPlan } from "../../src/sheet/plan";
import { S } from "../../src/strings";
import { makeSetup, smallDpa } from "../support/round-fixture";
import { newRound } from "../support/sop-fixture";
import { dataPlan } from "../support/sop-workbook";

const setup = makeSetup();
const prep = prepareRound({
  setup,
  dpa: smallDpa(),
  prior: [],
  reviews: {},
  assignments: {},
  generatedAt: "2026-04-01T00:00:00.000Z",
});

const texts = (plan: SheetPlan): string[] =>
  plan.rows.flatMap((r) => r.map((c) => (typeof c?.value === "string" ? c.value : ""))).filter(Boolean);

describe("suratPlanFor", () => {
  const plan = suratPlanFor(prep, setup, { tanggal: "2026-07-01" });

  it("writes one letter per Bagian with a kertas kerja, each on its own page", () => {
    expect(prep.kertasKerja.length).toBe(2);
    expect(plan.name).toBe(S.surat.sheetName);
    expect(texts(plan).filter((t) => t === S.surat.yth)).toHaveLength(2);
    expect(plan.pageBreaks).toHaveLength(1);
    expect(texts(plan)).toEqual(
      expect.arrayContaining(["Kepala Bagian Pemerintahan", "Kepala Bagian Organisasi"]),
    );
  });

  it("lists each Bagian's indicators from the preparation", () => {
    for (const kk of prep.kertasKerja) {
      expect(kk.indicators.length).toBeGreaterThan(0);
      for (const ind of kk.indicators) expect(texts(plan)).toContain(ind.text);
    }
  });

  it("dates the letters and gives the setup's deadline unless one is given", () => {
    const all = texts(plan).join("\n");
    expect(all).toContain("1 Juli 2026");
    expect(all).toContain("15 Juli 2026");
    const later = texts(suratPlanFor(prep, setup, { tanggal: "2026-07-01", batasWaktu: "2026-07-20" }));
    expect(later.join("\n")).toContain("20 Juli 2026");
    expect(later.join("\n")).not.toContain("15 Juli 2026");
  });

  it("numbers the letters by the given scheme", () => {
    const numbered = suratPlanFor(prep, setup, {
      tanggal: "2026-07-01",
      nomor: (i) => `000/${i + 1}/Perenc/2026`,
    });
    expect(texts(numbered)).toEqual(expect.arrayContaining(["000/1/Perenc/2026", "000/2/Perenc/2026"]));
  });
});

describe("deadlineFromSchedule", () => {
  it("is the setup's batas waktu while the round is not scheduled", async () => {
    const book = XlsxWorkbook.create();
    expect(await deadlineFromSchedule(book, setup)).toBe(setup.batasWaktu);
  });

  it("is the planned finish date of step 4 once the round is scheduled", async () => {
    const book = XlsxWorkbook.create();
    const state = newRound();
    await book.writeSheets([dataPlan([["x"]]), sopStateSheetPlan(state)]);
    const step4 = state.steps.find((s) => s.no === 4);
    if (!step4) throw new Error("no step 4");
    // Started Monday 6 April 2026 08:00: step 4 (Menghimpun data) is planned to end Friday 17 April.
    expect(step4.plannedFinish.slice(0, 10)).toBe("2026-04-17");
    expect(await deadlineFromSchedule(book, setup)).toBe("2026-04-17");
  });

  it("falls back to the setup when the SOP state cannot be read", async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheets([
      dataPlan([["x"]]),
      { ...sopStateSheetPlan(newRound()), rows: [[{ value: "rusak" }]] },
    ]);
    expect(await deadlineFromSchedule(book, setup)).toBe(setup.batasWaktu);
  });
});

describe("writeKertasKerjaToWorkbook with the letters", () => {
  const recorder = () => {
    const calls: string[][] = [];
    const port: WorkbookPort = {
      listSheets: async () => [],
      readSheet: async () => null,
      writeSheets: async (plans) => {
        calls.push(plans.map((p) => p.name));
      },
    };
    return { port, calls };
  };

  it("writes the Surat sheet in the same single write as the kertas kerja", async () => {
    const { port, calls } = recorder();
    await writeKertasKerjaToWorkbook(port, prep, { surat: { setup, tanggal: "2026-07-01" } });
    expect(calls).toEqual([[...prep.kertasKerja.flatMap((k) => k.plans.map((p) => p.name)), "Surat"]]);
  });

  it("writes no Surat sheet without the option", async () => {
    const { port, calls } = recorder();
    await writeKertasKerjaToWorkbook(port, prep);
    expect(calls).toEqual([prep.kertasKerja.flatMap((k) => k.plans.map((p) => p.name))]);
  });
});
