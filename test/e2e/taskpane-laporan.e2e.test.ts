/**
 * Steps 5 and 8 of the SOP in the built pane, in Chromium at 350 px, with the strict Excel fake as
 * Office.js and its getFileAsync (test/fakes/excel-fake-file.ts): a consolidated master is put into
 * the fake before the pane starts; "Susun laporan" writes the Laporan sheet and its Word document
 * downloads under its name; "Buat arsip (.zip)" zips the fake's own file with the Laporan and the
 * picked returned files, the .zip downloads, and step 8 is marked with its manifest's SHA-256.
 * Screenshots in test-results/.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build as esbuild } from "esbuild";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { acceptConsolidation, reviewReturnedFiles } from "../../src/app/consolidate";
import { writeKertasKerjaToWorkbook } from "../../src/app/generate";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { ACTOR, NOW, returned, sourceOf, type Returned } from "../support/consolidation-fixture";
import { generatedKertasKerja } from "../support/returned-fixture";
import { OFFICIALS, sopSetup } from "../support/sop-fixture";
import { DUMP_HOOK } from "./consolidation-support";
import {
  buildTaskpane,
  CHROMIUM,
  fakeSheets,
  openPane,
  overflowing,
  ROOT,
  SHOTS,
  shot,
} from "./pane-harness";

const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`Chromium is required in CI: ${CHROMIUM} not found.`);
if (!available) process.stderr.write(`taskpane Laporan e2e skipped: ${CHROMIUM} not found.\n`);
const maybe = available ? describe : describe.skip;

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const WIDTH = 350;
const SEED = "__seed.xlsx";
const MASTER_URL = "https://contoso.sharepoint.com/sites/sakip/Induk%20TW2.xlsx";
const SLUG = "Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2";
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * The fake as the page's Office.js, with the document's file; the master served as SEED is inserted
 * (insertWorksheetsFromBase64) before Office.onReady answers, so the pane starts on it.
 */
const HARNESS = `
import { installExcelFake } from "./test/fakes/excel-fake";
import { installDocumentFile } from "./test/fakes/excel-fake-file";
const fake = installExcelFake();
const file = installDocumentFile(fake, { url: ${JSON.stringify(MASTER_URL)} });
const toBase64 = (bytes: Uint8Array) => {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const seeded = fetch("https://localhost:3000/${SEED}")
  .then((r) => r.arrayBuffer())
  .then((buf) =>
    fake.Excel.run(async (c: any) => {
      c.workbook.insertWorksheetsFromBase64(toBase64(new Uint8Array(buf)));
      await c.sync();
    }),
  );
const onReady = fake.Office.onReady;
fake.Office.onReady = (cb) => seeded.then(() => onReady(cb));
(globalThis as Record<string, unknown>).__served = () => file.served.map((b) => Array.from(b));
${DUMP_HOOK}`;

async function bundleHarness(): Promise<string> {
  const out = await esbuild({
    stdin: { contents: HARNESS, resolveDir: ROOT, loader: "ts", sourcefile: "harness-laporan.ts" },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
  });
  const js = out.outputFiles[0];
  if (!js) throw new Error("esbuild produced nothing");
  return js.text;
}

/** The round's master as the pane would have left it after step 6: generated, then both Bagian consolidated. */
async function consolidatedMaster(): Promise<{ master: Uint8Array; pem: Returned; org: Returned }> {
  const fx = await generatedKertasKerja({ inputs: { setup: sopSetup() } });
  const book = XlsxWorkbook.create();
  await book.writeSheets([setupSheetPlan(fx.setup)]);
  await writeKertasKerjaToWorkbook(book, fx.prep);
  const [pem, org] = await Promise.all([returned("PEM"), returned("ORG")]);
  const reviewed = await reviewReturnedFiles(book, [sourceOf(pem), sourceOf(org)]);
  if (!reviewed.ok) throw new Error(reviewed.issues.map((i) => i.message).join("; "));
  const accepted = await acceptConsolidation(book, reviewed.review, { now: NOW, actor: ACTOR });
  if (!accepted.ok) throw new Error(accepted.issues.map((i) => i.message).join("; "));
  return { master: await book.toBytes(), pem, org };
}

/** Clicks a download link and returns the file's suggested name and bytes. */
async function download(page: Page, name: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [event] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name }).click(),
  ]);
  const path = await event.path();
  return { name: event.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

maybe("task pane: Susun laporan and the archive of step 8", () => {
  let work: string;
  let dist: string;
  let fakeJs: string;
  let round: Awaited<ReturnType<typeof consolidatedMaster>>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "kk-e2e-laporan-"));
    dist = join(work, "dist");
    mkdirSync(SHOTS, { recursive: true });
    const [js, r] = await Promise.all([bundleHarness(), consolidatedMaster(), buildTaskpane(dist)]);
    fakeJs = js;
    round = r;
    writeFileSync(join(dist, SEED), round.master);
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("builds the Laporan and the archive, downloads both, and marks step 8", async () => {
    const { page, context, refused, problems } = await openPane(join(work, "profile"), dist, fakeJs, WIDTH);
    try {
      // A consolidated master opens on step 4 by itself (the round's stage).
      await page.locator('button[aria-expanded="true"]', { hasText: "4. SOP" }).waitFor({ timeout: 30_000 });
      await page.getByLabel(/^Saya adalah/).selectOption(OFFICIALS.kasubag.nip);

      // Step 5: the draft.
      const laporan = page.getByRole("region", { name: "Laporan Kinerja (langkah 5)" });
      await laporan.getByRole("button", { name: "Susun laporan" }).click();
      await laporan.getByRole("link", { name: "Unduh dokumen Word (.docx)" }).waitFor({ timeout: 60_000 });
      expect((await fakeSheets(page, ["Laporan"])).map((s) => s.visibility)).toEqual(["Visible"]);
      expect(await overflowing(laporan)).toEqual([]);
      await shot(page, laporan, "taskpane-laporan-1-built.png");
      await laporan.screenshot({ path: join(SHOTS, "taskpane-laporan-1b-section.png") });
      const docx = await download(page, "Unduh dokumen Word (.docx)");
      expect(docx.name).toBe(`Laporan-Kinerja-${SLUG}.docx`);
      expect(Object.keys(unzipSync(docx.bytes))).toContain("word/document.xml");

      // Step 8: the archive from the fake's own file and the picked returned files.
      const arsip = page.getByRole("region", { name: "Arsip (langkah 8)" });
      await arsip.getByLabel("Kertas kerja kembali untuk arsip").setInputFiles([
        { name: round.pem.name, mimeType: XLSX, buffer: Buffer.from(round.pem.bytes) },
        { name: round.org.name, mimeType: XLSX, buffer: Buffer.from(round.org.bytes) },
        { name: "catatan.xlsx", mimeType: XLSX, buffer: Buffer.from("catatan rapat") },
      ]);
      await arsip.getByRole("button", { name: "Buat arsip (.zip)" }).click();
      await arsip.getByRole("link", { name: "Unduh arsip (.zip)" }).waitFor({ timeout: 60_000 });
      expect(await overflowing(arsip)).toEqual([]);
      await shot(page, arsip, "taskpane-arsip-1-built.png");
      await arsip.screenshot({ path: join(SHOTS, "taskpane-arsip-1b-section.png") });
      const zip = await download(page, "Unduh arsip (.zip)");
      expect(zip.name).toBe(`Arsip-${SLUG}.zip`);
      const entries = unzipSync(zip.bytes);
      const at = (path: string) => entries[`Arsip-${SLUG}/${path}`];
      const served = await page.evaluate(() =>
        (globalThis as unknown as { __served: () => number[][] }).__served(),
      );
      expect(served).toHaveLength(1);
      expect(Array.from(at("Induk TW2.xlsx")!)).toEqual(served[0]);
      expect((await readXlsx(at("Induk TW2.xlsx")!)).sheets.map((s) => s.name)).toContain("Laporan");
      const manifestBytes = at("manifest.json")!;
      const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as {
        files: { role: string; sha256: string }[];
      };
      expect(
        manifest.files
          .filter((f) => f.role === "kertas-kerja")
          .map((f) => f.sha256)
          .sort(),
      ).toEqual([sha(round.pem.bytes), sha(round.org.bytes)].sort());
      await arsip.getByText(sha(manifestBytes)).waitFor();

      // Step 8 marked: the round is scheduled first; steps before it are open, so a reason is asked.
      await page.getByRole("button", { name: "Jadwalkan" }).click();
      await page.getByText("Jadwal SOP tersimpan di lembar SOP.").waitFor();
      await arsip.getByRole("button", { name: "Tandai langkah 8 selesai" }).click();
      await arsip.getByLabel("Alasan mendahului langkah sebelumnya").fill("Arsip diserahkan lebih dahulu");
      await arsip.getByRole("button", { name: "Tandai langkah 8 selesai" }).click();
      await arsip.getByText("Langkah 8 selesai; SHA-256 manifest.json tercatat di Log.").waitFor();
      const log = (await fakeSheets(page, ["Log"]))[0]!;
      expect(log.cells.map((c) => c[2])).toContain(sha(manifestBytes));
      expect(await overflowing(arsip)).toEqual([]);
      await shot(
        page,
        arsip.getByText("Langkah 8 selesai; SHA-256 manifest.json tercatat di Log."),
        "taskpane-arsip-2-marked.png",
      );

      expect(problems).toEqual([]);
      expect(refused).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});
