/**
 * The app's side of "the master is next round's prior report": the import tries the master
 * reading first and the plain table after; the round checks the master again when it is prepared;
 * the next round's setup is copied from the previous master in one step.
 */
import { importPriorFromBytes, importPriorFromWorkbook } from "../../src/app/imports";
import { setupFromPreviousMaster } from "../../src/app/next-round";
import type { WorkbookFileReader, WorkbookPort } from "../../src/app/ports";
import { prepareRound } from "../../src/app/round";
import { buildSamplePriorPlan } from "../../src/demo";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/sheet/plan";
import { S } from "../../src/strings";
import { snapshotOfPlan } from "../support/plan-snapshot";
import { consolidateInMemory, filledFile, metaOf } from "../support/round-chain";
import { col, colIndex } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import { makeSetup, smallDpa } from "../support/round-fixture";

const reader = (sheets: SheetSnapshot[]): WorkbookFileReader => ({
  readWorkbook: async (): Promise<WorkbookSnapshot> => ({ sheets }),
});
const BYTES = new Uint8Array([1]);

const inputs = (
  periode: "TW1" | "TW2" | "TW3",
  prior = [] as Parameters<typeof prepareRound>[0]["prior"],
) => ({
  setup: makeSetup({}, periode),
  dpa: smallDpa(),
  prior,
  reviews: {},
  assignments: {},
  generatedAt: "2026-04-01T00:00:00.000Z",
});

/** The master of a TW I round in which every Bagian reported 7 in each open cell. */
function tw1Master(): SheetSnapshot[] {
  const round = inputs("TW1");
  const prep = prepareRound(round);
  return consolidateInMemory(
    round.setup,
    prep.kertasKerja.map((kk) => filledFile(kk, () => 7)),
  ).sheets;
}

describe("importing a master as the prior report", () => {
  it("reads a master first, checked against the round, and a plain table otherwise", async () => {
    const master = tw1Master();
    const ok = await importPriorFromBytes(reader(master), BYTES, "Induk-TW1.xlsx", {
      instansi: makeSetup().instansi,
      tahun: 2026,
      periode: "TW2",
    });
    expect(ok.master).toMatchObject({ tahun: 2026, periode: "TW1", file: "Induk-TW1.xlsx" });
    expect(ok.values.length).toBeGreaterThan(0);
    expect(ok.values.every((v) => v.periode === "TW1" && v.realisasi === 7 && v.provenance)).toBe(true);

    const refused = await importPriorFromBytes(reader(master), BYTES, "Induk-TW1.xlsx", {
      instansi: null,
      tahun: 2026,
      periode: "TW1",
    });
    expect(refused.values).toEqual([]);
    expect(refused.issues[0]).toMatchObject({ code: "prior.master.not-earlier", file: "Induk-TW1.xlsx" });

    const plain = await importPriorFromBytes(
      reader([snapshotOfPlan(buildSamplePriorPlan())]),
      BYTES,
      "lkj.xlsx",
    );
    expect(plain.master).toBeUndefined();
    expect(plain.values.length).toBeGreaterThan(50);
  });

  it("a master without consolidated Data: a plain table beside its Pengaturan is read, else the master says why", async () => {
    const [pengaturan] = tw1Master();
    const table = snapshotOfPlan(buildSamplePriorPlan());
    const withTable = await importPriorFromBytes(reader([pengaturan!, table]), BYTES, "x.xlsx");
    expect(withTable.values.length).toBeGreaterThan(50);
    const alone = await importPriorFromBytes(reader([pengaturan!]), BYTES, "Induk.xlsx");
    expect(alone.issues).toEqual([
      expect.objectContaining({ severity: "error", code: "prior.master.no-data", file: "Induk.xlsx" }),
    ]);
  });

  it("reads the open workbook's Data sheet as a master's, its round from the rows", async () => {
    const [, data] = tw1Master();
    const port = {
      readSheet: async (name: string) => (name === "Data" ? data! : null),
    } as unknown as WorkbookPort;
    const result = await importPriorFromWorkbook(port, "Data", {
      instansi: null,
      tahun: 2026,
      periode: "TW2",
    });
    expect(result.values.length).toBeGreaterThan(0);
    expect(result.master).toMatchObject({ tahun: 2026, periode: "TW1", file: null });
  });

  it("pre-fills and locks TW I in the TW II kertas kerja, the provenance in the metadata and the preparation", async () => {
    const read = await importPriorFromBytes(reader(tw1Master()), BYTES, "Induk-TW1.xlsx");
    const prep = prepareRound(inputs("TW2", read.values));
    const all = prep.kertasKerja.flatMap((kk) => kk.prefilled);
    expect(all.length).toBe(read.values.length);
    expect(all.every((p) => p.column === "realisasiTw1" && p.value === 7)).toBe(true);
    expect(all[0]!.provenance?.master).toMatchObject({ periode: "TW1", file: "Induk-TW1.xlsx" });
    for (const kk of prep.kertasKerja) {
      expect(metaOf(kk).prefilled).toEqual(kk.prefilled);
      for (const p of kk.prefilled) {
        const [, c, r] = /^([A-Z]+)(\d+)$/.exec(p.cell)!;
        const cell = kk.plans[0]!.rows[Number(r) - 1]![colIndex.realisasiTw1];
        expect(c).toBe(col.realisasiTw1);
        expect(cell).toMatchObject({ value: 7 });
        expect(cell?.locked).not.toBe(false);
      }
    }
  });

  it("refuses, when the round is prepared, values of a master that is not before it", async () => {
    const read = await importPriorFromBytes(reader(tw1Master()), BYTES, "Induk-TW1.xlsx");
    const prep = prepareRound({ ...inputs("TW2", read.values), setup: makeSetup({ tahun: 2025 }, "TW4") });
    expect(prep.kertasKerja.flatMap((kk) => kk.prefilled)).toEqual([]);
    expect(prep.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({ code: "prior.master.not-earlier", file: "Induk-TW1.xlsx", sheet: "Data" }),
    ]);
  });
});

describe("setting up the next round from the previous master", () => {
  it("copies Pengaturan for the next periode, with its deadline", async () => {
    const previous = makeSetup({ batasWaktu: "2026-04-15" }, "TW1");
    const sheets = [snapshotOfPlan(setupSheetPlan(previous))];
    const next = await setupFromPreviousMaster(reader(sheets), BYTES, "Induk-TW1.xlsx");
    expect(next.previous).toEqual({ instansi: previous.instansi, tahun: 2026, periode: "TW1" });
    expect(next.setup).toEqual({ ...previous, periode: "TW2", batasWaktu: "2026-07-15" });
    expect(next.issues.filter((i) => i.severity === "error")).toEqual([]);
    const annual = await setupFromPreviousMaster(
      reader([snapshotOfPlan(setupSheetPlan(makeSetup({}, "TW4")))]),
      BYTES,
      "Induk-TW4.xlsx",
      { periode: "TAHUNAN" },
    );
    expect(annual.setup).toMatchObject({ tahun: 2026, periode: "TAHUNAN" });
  });

  it("says so when the file holds no Pengaturan", async () => {
    const next = await setupFromPreviousMaster(
      reader([snapshotOfPlan(buildSamplePriorPlan())]),
      BYTES,
      "lkj.xlsx",
    );
    expect(next.setup).toBeNull();
    expect(next.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "next-round.no-setup",
        file: "lkj.xlsx",
        expected: S.priorMaster.setup.notAMasterExpected,
      }),
    ]);
  });
});
