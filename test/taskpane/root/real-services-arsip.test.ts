/**
 * Steps 5 and 8 through the pane's real services as index.tsx builds them: the Office.js gateway
 * over the strict Excel fake, with the document's file (getFileAsync) modelled by
 * test/fakes/excel-fake-file.ts. "Susun laporan" writes the Laporan sheet into the fake workbook;
 * "Buat arsip" zips the fake's own file bytes, the Laporan and the picked returned files, matched
 * by SHA-256; step 8 is then marked with the manifest's SHA-256.
 */
import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import { writeKertasKerjaToWorkbook } from "../../../src/app/generate";
import type { WorkbookExporter } from "../../../src/app/ports";
import { setupSheetPlan } from "../../../src/domain/setup/setup";
import { createExcelWorkbookPort } from "../../../src/hosts/excel/gateway";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { createAppServices } from "../../../src/taskpane/root/real-services";
import type { AppServices } from "../../../src/taskpane/services";
import { installDocumentFile, workbookFileBytes, type DocumentFileFake } from "../../fakes/excel-fake-file";
import { installExcelFake, type ExcelFake } from "../../fakes/excel-fake";
import { returned } from "../../support/consolidation-fixture";
import { generatedKertasKerja } from "../../support/returned-fixture";
import { OFFICIALS, sopSetup } from "../../support/sop-fixture";

const exporter: WorkbookExporter = { exportWorkbook: async (fileName) => ({ fileName, destination: "x" }) };
/** 16 July 2026 09.00 WITA. */
const clock = () => new Date("2026-07-16T01:00:00.000Z");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
/** The round of sopSetup(), as the names of its files spell it (by hand). */
const SLUG = "Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2";
const LAPORAN = `Laporan-Kinerja-${SLUG}.docx`;
const FOLDER = `Arsip-${SLUG}`;
const KASUBAG = OFFICIALS.kasubag;

let fake: ExcelFake;
let file: DocumentFileFake;
beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

const asFile = (bytes: Uint8Array, name: string) => new File([bytes as BlobPart], name, { type: XLSX });

/** The round's master in the fake, as the pane generated it: Pengaturan (with the SOP officials) and the kertas kerja. */
async function generatedMaster(): Promise<AppServices> {
  const port = createExcelWorkbookPort(fake.Excel.run);
  const fx = await generatedKertasKerja({ inputs: { setup: sopSetup() } });
  await port.writeSheets([setupSheetPlan(fx.setup)]);
  await writeKertasKerjaToWorkbook(port, fx.prep);
  const services = createAppServices(port, exporter, clock);
  services.identify(KASUBAG.nip);
  return services;
}

/** Both Bagian's returned files, picked as browser Files, and the master consolidated from them. */
async function consolidatedMaster() {
  const services = await generatedMaster();
  const [pem, org] = await Promise.all([returned("PEM"), returned("ORG")]);
  const files = [asFile(pem.bytes, pem.name), asFile(org.bytes, org.name)];
  const review = await services.reviewReturnedFiles(files);
  if (!review.ok) throw new Error(review.issues.map((i) => i.message).join("; "));
  const accepted = await services.acceptConsolidation(review.review, {});
  if (!accepted.ok) throw new Error(accepted.issues.map((i) => i.message).join("; "));
  return { services, pem, org, files };
}

/** Every text on a sheet of the fake workbook. */
const textsOf = (sheet: string): string[] =>
  [...(fake.workbook.sheet(sheet)?.cells.values() ?? [])]
    .map((c) => c.value)
    .filter((v): v is string => typeof v === "string");

describe("Susun laporan through the Office.js gateway", () => {
  it("writes the Laporan sheet with a Log entry as the stated official, and renders the Word document", async () => {
    file = installDocumentFile(fake);
    const { services } = await consolidatedMaster();
    expect(fake.workbook.sheet("Laporan")).toBeUndefined();

    const built = await services.susunLaporan();
    if (!built.ok) throw new Error(built.issues.map((i) => i.message).join("; "));
    expect(fake.workbook.sheet("Laporan")?.visibility).toBe("Visible");
    expect(textsOf("Log").some((v) => v.includes(KASUBAG.nama))).toBe(true);
    expect(textsOf("Log").some((v) => v.includes('disusun pada lembar "Laporan"'))).toBe(true);

    expect(built.fileName).toBe(LAPORAN);
    const docx = unzipSync(built.bytes);
    expect(Object.keys(docx)).toContain("word/document.xml");
    expect(built.view).toMatchObject({
      periode: "Triwulan II",
      tahun: 2026,
      instansi: "Sekretariat Daerah Kabupaten Tapin",
      form: "triwulan",
    });
    expect(built.view.chapters[0]?.title).toMatch(/^BAB I\b/);
    expect(built.view.tables).toBe(built.view.chapters.reduce((n, c) => n + c.tables, 0));
    // No paraf or signature yet: the document says both are missing.
    expect(built.view.approvals).toEqual([
      { kind: "paraf", record: null },
      { kind: "ttd", record: null },
    ]);
    expect(file.served).toHaveLength(0);
  });

  it("refuses before any consolidation, writing nothing", async () => {
    file = installDocumentFile(fake);
    const services = await generatedMaster();
    const sheets = fake.workbook.sheets.map((s) => s.name);
    const built = await services.susunLaporan();
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.issues.map((i) => i.code)).toEqual(["laporan.no-data"]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(sheets);
  });
});

describe("Buat arsip (.zip) through the Office.js gateway and getFileAsync", () => {
  it("zips the fake's own file, the Laporan and the picked files found by SHA-256, and marks step 8 with the manifest", async () => {
    file = installDocumentFile(fake, { url: "https://contoso.sharepoint.com/sites/sakip/Induk%20TW2.xlsx" });
    const { services, pem, org, files } = await consolidatedMaster();
    const stray = asFile(new TextEncoder().encode("bukan kertas kerja"), "catatan.xlsx");

    const built = await services.buildArchive([...files, stray]);
    if (!built.ok) throw new Error(built.issues.map((i) => i.message).join("; "));
    expect(file.served).toHaveLength(1);
    expect(file.open).toBe(0);
    const { view } = built;
    expect(view.fileName).toBe(`${FOLDER}.zip`);

    const zip = unzipSync(built.bytes);
    const at = (path: string) => zip[`${FOLDER}/${path}`];
    // The master is the workbook's file as Excel handed it over, after the Laporan was written.
    expect(at("Induk TW2.xlsx")).toEqual(file.served[0]);
    const master = await readXlsx(at("Induk TW2.xlsx")!);
    expect(master.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Data", "Laporan", "Log"]));
    expect(Object.keys(unzipSync(at(LAPORAN)!))).toContain("word/document.xml");

    const manifestBytes = at("manifest.json")!;
    const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as {
      files: { path: string; role: string; sha256: string; size: number }[];
      missing: { role: string; name: string }[];
    };
    const returnedEntries = manifest.files.filter((f) => f.role === "kertas-kerja");
    expect(returnedEntries.map((f) => f.sha256).sort()).toEqual([sha(pem.bytes), sha(org.bytes)].sort());
    for (const f of manifest.files) expect(sha(at(f.path)!)).toBe(f.sha256);
    expect(manifest.files.map((f) => f.role)).toEqual([
      "induk",
      "laporan",
      "kertas-kerja",
      "kertas-kerja",
      "indeks",
    ]);
    expect(manifest.missing.map((m) => m.role)).toEqual(["surat"]);
    expect(view.manifestSha256).toBe(sha(manifestBytes));
    expect(view.log.manifestSha256).toBe(sha(manifestBytes));
    expect(view.unused).toEqual(["catatan.xlsx"]);
    expect(view.files.map((f) => f.path)).toEqual(manifest.files.map((f) => f.path));

    // Step 8 done records the manifest's SHA-256 in the Log.
    expect((await services.scheduleSop("2026-07-01", KASUBAG.nip)).ok).toBe(true);
    const marked = await services.actOnSop({
      kind: "done",
      step: 8,
      nip: KASUBAG.nip,
      reason: "Arsip diserahkan lebih dahulu",
      archive: view.log,
    });
    if (!marked.ok) throw new Error(marked.issue.message);
    expect(marked.view.steps?.find((s) => s.no === 8)?.done).toBe(true);
    expect(textsOf("Log")).toContain(view.manifestSha256);
  });

  it("where Excel gives no file, asks for the saved workbook before writing anything, then archives the picked one", async () => {
    file = installDocumentFile(fake, { supported: false });
    const { services, files } = await consolidatedMaster();
    const sheets = fake.workbook.sheets.map((s) => s.name);

    const refused = await services.buildArchive(files);
    expect(refused).toMatchObject({ ok: false, kind: "no-workbook-file" });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(sheets);

    // The workbook as the user saved it (the fake's own .xlsx of it).
    const saved = await workbookFileBytes(fake.workbook);
    const built = await services.buildArchive(files, asFile(saved, "Induk disimpan.xlsx"));
    if (!built.ok) throw new Error(built.issues.map((i) => i.message).join("; "));
    const zip = unzipSync(built.bytes);
    expect(zip[`${FOLDER}/Induk disimpan.xlsx`]).toEqual(saved);
    expect(file.served).toHaveLength(0);
  });

  it("refuses with the pane's words when nothing is consolidated yet", async () => {
    file = installDocumentFile(fake);
    const services = await generatedMaster();
    const built = await services.buildArchive([]);
    expect(built).toMatchObject({ ok: false, kind: "refused" });
    if (built.ok) return;
    expect(built.issues[0]?.code).toBe("arsip.data.missing");
    expect(built.issues[0]?.message).toMatch(/Kumpulkan & konsolidasi/);
    expect(fake.workbook.sheet("Laporan")).toBeUndefined();
  });
});
