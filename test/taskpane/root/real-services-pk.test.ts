/**
 * The pane's PK and "salin dari putaran sebelumnya" services as index.tsx builds them: the Office.js
 * gateway over the strict Excel fake, the real lazy .xlsx reader for picked files.
 */
import type { WorkbookExporter } from "../../../src/app/ports";
import { setupSheetPlan } from "../../../src/domain/setup/setup";
import { createExcelWorkbookPort } from "../../../src/hosts/excel/gateway";
import { createAppServices } from "../../../src/taskpane/root/real-services";
import { installExcelFake, type ExcelFake } from "../../fakes/excel-fake";
import { samplePk } from "../../support/iku-fixture";
import { makeSetup, smallDpa } from "../../support/round-fixture";
import { PREVIOUS_FILE, previousMasterBytes, tw1Setup } from "../previous-master";

const exporter: WorkbookExporter = { exportWorkbook: async (fileName) => ({ fileName, destination: "x" }) };
const clock = () => new Date("2026-04-01T00:00:00.000Z");

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

const services = () => createAppServices(createExcelWorkbookPort(fake.Excel.run), exporter, clock);

/** What a PK holds that the sheet must keep: per IKU its sasaran, text, satuan, target, Bagian. */
const ikuOf = (pk: ReturnType<typeof samplePk>) =>
  pk.iku.map((i) => [i.sasaranNo, i.indikator, i.satuan, i.targetTahunan, i.bagian]);

describe("the Perjanjian Kinerja sheet through the Office.js gateway", () => {
  it("writes the PK as a visible sheet and reads the same IKU back", async () => {
    const pane = services();
    const setup = makeSetup();
    expect(await pane.loadPk()).toBeNull();

    await pane.writePkSheet(samplePk(), setup);
    const sheet = fake.workbook.sheets.find((s) => s.name === "Perjanjian Kinerja");
    expect(sheet?.visibility).toBe("Visible");
    expect(await pane.listSheets()).toContain("Perjanjian Kinerja");

    const back = await pane.loadPk();
    expect(back?.pk.tahun).toBe(2026);
    expect(back?.pk.sasaran.map((s) => [s.no, s.text])).toEqual(
      samplePk().sasaran.map((s) => [s.no, s.text]),
    );
    expect(ikuOf(back!.pk)).toEqual(ikuOf(samplePk()));
    expect(back?.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("replaces it with an empty sheet to type in, which reads back without IKU", async () => {
    const pane = services();
    await pane.writePkSheet(samplePk(), makeSetup());
    await pane.writePkSheet(null, makeSetup());
    const back = await pane.loadPk();
    expect(back?.pk.iku).toEqual([]);
    expect(back?.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(fake.workbook.sheets.filter((s) => s.name === "Perjanjian Kinerja")).toHaveLength(1);
  });

  it("writes a PK not yet on the sheet in the same write as the kertas kerja", async () => {
    const pane = services();
    const setup = makeSetup();
    const inputs = {
      setup,
      dpa: smallDpa(),
      prior: [],
      pk: samplePk(),
      reviews: {},
      assignments: {},
      generatedAt: clock().toISOString(),
    };
    const prep = pane.prepareRound(inputs);
    const written = await pane.writeKertasKerja(prep, setup, samplePk());
    expect(written.pkSheet).toBe("Perjanjian Kinerja");
    expect(ikuOf((await pane.loadPk())!.pk)).toEqual(ikuOf(samplePk()));
  });
});

describe("setupFromPreviousMaster through the real file reader", () => {
  it("copies the next round's setup, the master's realisasi and its PK, writing nothing", async () => {
    // The open workbook is the previous master itself (saved under a new name): it still says TW I.
    await createExcelWorkbookPort(fake.Excel.run).writeSheets([setupSheetPlan(tw1Setup())]);
    const before = fake.workbook.sheets.map((s) => s.name);
    const pane = services();

    const copy = await pane.setupFromPreviousMaster(await previousMasterBytes(), PREVIOUS_FILE);

    expect(copy.previous).toEqual({ instansi: tw1Setup().instansi, tahun: 2026, periode: "TW1" });
    expect(copy.setup).toMatchObject({
      instansi: tw1Setup().instansi,
      tahun: 2026,
      periode: "TW2",
      bagian: tw1Setup().bagian,
      pejabat: tw1Setup().pejabat,
    });
    expect(copy.setup?.batasWaktu).not.toBe(tw1Setup().batasWaktu);
    // The master's realisasi are judged against TW II (the round copied), not the TW I saved here.
    expect(copy.prior?.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(copy.prior?.values.length).toBeGreaterThan(0);
    expect(copy.prior?.master).toMatchObject({ tahun: 2026, periode: "TW1" });
    expect(copy.pk?.pk.file).toBe(PREVIOUS_FILE);
    expect(ikuOf(copy.pk!.pk)).toEqual(ikuOf(samplePk()));
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(before);
    // Imported on its own, the same master is refused here: it is not before the TW I saved.
    const alone = await pane.importPriorFromFile(await previousMasterBytes(), PREVIOUS_FILE);
    expect(alone.values).toEqual([]);
    expect(alone.issues.some((i) => i.severity === "error")).toBe(true);
  });

  it("refuses a file that is no master: no setup, no prior report, no PK", async () => {
    const pane = services();
    const { plansToXlsx } = await import("../../../src/hosts/xlsx/write");
    const bytes = await plansToXlsx([{ ...setupSheetPlan(makeSetup()), name: "Lembar1" }]);
    const copy = await pane.setupFromPreviousMaster(bytes, "bukan-induk.xlsx");
    expect(copy).toMatchObject({ setup: null, previous: null, prior: null, pk: null });
    expect(copy.issues.map((i) => i.code)).toEqual(["next-round.no-setup"]);
  });
});
