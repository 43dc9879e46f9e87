/**
 * The round view the pane's header is drawn from (loadPaneRound through the real services and the
 * Office.js gateway over the strict Excel fake): how many of the setup's Bagian have sent their
 * kertas kerja back, who has not, and whether that is late (step 4 past its planned finish).
 */
import type { WorkbookExporter } from "../../../src/app/ports";
import { writeKertasKerjaToWorkbook } from "../../../src/app/generate";
import { setupSheetPlan } from "../../../src/domain/setup/setup";
import { createExcelWorkbookPort } from "../../../src/hosts/excel/gateway";
import { createAppServices } from "../../../src/taskpane/root/real-services";
import { collectionLine } from "../../../src/taskpane/RoundHeader";
import { installExcelFake, type ExcelFake } from "../../fakes/excel-fake";
import { returned } from "../../support/consolidation-fixture";
import { generatedKertasKerja } from "../../support/returned-fixture";
import { OFFICIALS, sopSetup } from "../../support/sop-fixture";

const exporter: WorkbookExporter = { exportWorkbook: async (fileName) => ({ fileName, destination: "x" }) };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const asFile = (bytes: Uint8Array, name: string) => new File([bytes as BlobPart], name, { type: XLSX });

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

/** sopSetup's round (two Bagian: Pemerintahan, Organisasi) generated in the fake, the clock at `now`. */
async function generated(now: string) {
  const port = createExcelWorkbookPort(fake.Excel.run);
  const fx = await generatedKertasKerja({ inputs: { setup: sopSetup() } });
  await port.writeSheets([setupSheetPlan(fx.setup)]);
  await writeKertasKerjaToWorkbook(port, fx.prep);
  const services = createAppServices(port, exporter, () => new Date(now));
  services.identify(OFFICIALS.kasubag.nip);
  return services;
}

describe("the header's collection, from the workbook", () => {
  it("none sent, then Pemerintahan's accepted: 1 of 2, Organisasi missing; late once step 4 is past due", async () => {
    // Thursday 16 July 2026, 09.00 WITA.
    const services = await generated("2026-07-16T01:00:00.000Z");
    const first = await services.loadPaneRound();
    expect(first.sop?.submissions).toEqual({
      generated: 2,
      submitted: 0,
      of: 2,
      missing: ["Bagian Pemerintahan", "Bagian Organisasi"],
      late: false,
    });
    expect(collectionLine(first.sop?.submissions, false)).toBe("0 dari 2 Bagian sudah mengirim");

    const pem = await returned("PEM");
    const review = await services.reviewReturnedFiles([asFile(pem.bytes, pem.name)]);
    if (!review.ok) throw new Error(review.issues.map((i) => i.message).join("; "));
    const accepted = await services.acceptConsolidation(review.review, {});
    if (!accepted.ok) throw new Error(accepted.issues.map((i) => i.message).join("; "));
    const after = await services.loadPaneRound();
    expect(after.data).toBe(true);
    expect(after.sop?.submissions).toMatchObject({
      submitted: 1,
      of: 2,
      missing: ["Bagian Organisasi"],
      late: false,
    });

    // Scheduled from Monday 1 June: step 4 (7 working days after steps 1–3) is long past by 16 July.
    const scheduled = await services.scheduleSop("2026-06-01", OFFICIALS.kasubag.nip);
    expect(scheduled.ok).toBe(true);
    const late = await services.loadPaneRound();
    expect(late.sop?.submissions?.late).toBe(true);
    expect(collectionLine(late.sop?.submissions, true)).toBe(
      "1 dari 2 Bagian sudah mengirim — terlambat: Bagian Organisasi",
    );
  });
});
