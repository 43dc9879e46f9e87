/**
 * "Saya adalah" in the real services: remembered through the memory given, and logged only when the
 * NIP is somebody in the workbook's setup (a NIP remembered from another Setda's workbook is not).
 */
import type { WorkbookExporter } from "../../../src/app/ports";
import { createExcelWorkbookPort } from "../../../src/hosts/excel/gateway";
import { createAppServices, lazyXlsxReader } from "../../../src/taskpane/root/real-services";
import { meMemory } from "../../../src/taskpane/root/me-memory";
import type { WorkbookFileSource } from "../../../src/taskpane/root/workbook-file";
import { installExcelFake, type ExcelFake } from "../../fakes/excel-fake";
import { OFFICIALS, sopSetup } from "../../support/sop-fixture";

const exporter: WorkbookExporter = { exportWorkbook: async (fileName) => ({ fileName, destination: "x" }) };
const noFile: WorkbookFileSource = {
  available: () => false,
  read: async () => ({ bytes: new Uint8Array(), name: null }),
};
const FOREIGN = "196001011990031001";

let fake: ExcelFake;
beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

function storage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

/** Every text of the workbook's Log sheet. */
async function logTexts(): Promise<string[]> {
  const port = createExcelWorkbookPort(fake.Excel.run);
  const log = await port.readSheet("Log");
  return (log?.values ?? []).flat().filter((v): v is string => typeof v === "string");
}

describe("'Saya adalah' in the real services", () => {
  it("remembers the NIP stated, for the next opening on this computer", () => {
    const kept = storage();
    const port = createExcelWorkbookPort(fake.Excel.run);
    const first = createAppServices(port, exporter, undefined, lazyXlsxReader, noFile, meMemory(kept, "p-"));
    expect(first.rememberedMe?.()).toBe("");
    first.identify(OFFICIALS.kabag.nip);
    const next = createAppServices(port, exporter, undefined, lazyXlsxReader, noFile, meMemory(kept, "p-"));
    expect(next.rememberedMe?.()).toBe(OFFICIALS.kabag.nip);
  });

  it("logs the setup under the official, but not under a NIP that is nobody in this workbook", async () => {
    const port = createExcelWorkbookPort(fake.Excel.run);
    const services = createAppServices(
      port,
      exporter,
      undefined,
      lazyXlsxReader,
      noFile,
      meMemory(storage()),
    );
    services.identify(FOREIGN);
    expect(await services.saveSetup(sopSetup())).toEqual([]);
    expect((await logTexts()).some((t) => t.includes(FOREIGN))).toBe(false);

    services.identify(OFFICIALS.kasubag.nip);
    expect(await services.saveSetup({ ...sopSetup(), batasWaktu: "2026-07-20" })).toEqual([]);
    const texts = await logTexts();
    expect(texts.some((t) => t.includes(OFFICIALS.kasubag.nip))).toBe(true);
    expect(texts.some((t) => t.includes(FOREIGN))).toBe(false);
  });
});
