/**
 * The built task pane in Chromium, with the strict Excel fake standing in for Office.js: a whole
 * round through the UI (DPA file → setup with the DPA's Bagian → review → generate → export →
 * returned files consolidated → SOP), checked against the fake workbook, with screenshots in test-results/. No network: the Office.js CDN URL is answered with
 * the fake's bundle and https://localhost:3000/ from a fresh development build.
 */
import { existsSync, mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import { loadConsolidationState } from "../../src/app/consolidate";
import { buildSampleDpaPlan, SAMPLE_BAGIAN } from "../../src/demo";
import { analyse } from "../../src/domain/analysis/analysis";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import type { CellValue } from "../../src/sheet/plan";
import { recalcWithLibreOffice, requireLibreOffice } from "../support/libreoffice";
import { OFFICIALS } from "../support/sop-fixture";
import { returnedFiles, sheetHtml, workbookOf, type DumpedSheet } from "./consolidation-support";
import {
  awaitResult,
  openStep,
  buildTaskpane,
  bundleFake,
  CHROMIUM,
  FLAGS,
  openPane,
  ORIGIN,
  overflowing,
  routeAll,
  SHOTS,
} from "./pane-harness";

const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`Chromium is required in CI: ${CHROMIUM} not found.`);
if (!available)
  process.stderr.write(`taskpane e2e skipped: ${CHROMIUM} not found (apt-get install chromium).\n`);
const maybe = available ? describe : describe.skip;

/** What the page exposes about the fake workbook (see HARNESS). */
interface FakeView {
  sheets: { name: string; visibility: string }[];
  created: number;
  syncs: number;
}

/** A pane-sized screenshot with `anchor` near the top, as a user would scroll to it. */
async function shot(page: Page, anchor: Locator, file: string): Promise<void> {
  await anchor.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.evaluate(() => window.scrollBy(0, -60));
  await page.screenshot({ path: join(SHOTS, file) });
}

/** Within the pane's height and under nothing (the save bar): its middle and its foot show it or its box. */
const inView = (locator: Locator): Promise<boolean> =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) return false;
    const own = (y: number) => {
      const hit = document.elementFromPoint(r.left + r.width / 2, y);
      return hit !== null && (el.contains(hit) || hit.contains(el));
    };
    return own(r.top + r.height / 2) && own(r.bottom - 2);
  });

/**
 * Save stays in reach: over a form taller than the pane its bar sticks to the pane's bottom, on
 * the theme's background with a line above; at the form's end it rests after the last field.
 */
async function checkSaveBar(page: Page): Promise<void> {
  const save = page.getByRole("button", { name: "Simpan pengaturan" });
  const bar = save.locator("xpath=..");
  await page.getByLabel(/^Instansi/).evaluate((el) => el.scrollIntoView({ block: "start" }));
  expect(await inView(save)).toBe(true);
  const look = await bar.evaluate((el) => {
    const s = getComputedStyle(el);
    return { position: s.position, border: s.borderTopStyle, background: s.backgroundColor };
  });
  expect(look).toMatchObject({ position: "sticky", border: "solid" });
  expect(look.background).not.toBe("rgba(0, 0, 0, 0)");
  await page.screenshot({ path: join(SHOTS, "taskpane-1c-setup-save-bar.png") });
  const rest = await bar.evaluate((el) => {
    el.parentElement?.scrollIntoView({ block: "end" });
    const last = el.previousElementSibling?.getBoundingClientRect();
    return { lastBottom: last?.bottom ?? 0, barTop: el.getBoundingClientRect().top };
  });
  expect(rest.lastBottom).toBeLessThanOrEqual(rest.barTop);
}

/** The setup form's official boxes, one per role in SOP_ROLES order. */
const OFFICIAL_BOX: Record<string, string> = {
  "kasubag-perencanaan": "Kasubag Perencanaan dan Pelaporan 1",
  "tim-sakip": "Tim SAKIP Setda 2",
  "kabag-umum-keuangan": "Kepala Bagian Umum dan Keuangan 3",
  "sekretaris-daerah": "Sekretaris Daerah 4",
};

const fakeView = (page: Page): Promise<FakeView> =>
  page.evaluate(() => (globalThis as unknown as { __fakeView: () => FakeView }).__fakeView());

interface FakeDump {
  /** What Excel.createWorkbook received, base64. */
  created: string[];
  sheets: DumpedSheet[];
}

/** The fake's created workbooks and the cells of the named sheets (all when no names). */
const fakeDump = (page: Page, names?: string[]): Promise<FakeDump> =>
  page.evaluate(
    (n) => (globalThis as unknown as { __fakeDump: (n?: string[]) => FakeDump }).__fakeDump(n),
    names,
  );

/**
 * The Analisis sheet the fake holds after the consolidation: its formulas computed by LibreOffice
 * (the fake stores formulas without computing them), checked against the domain's analyse() over
 * the Data the fake holds, and drawn as an HTML table for a screenshot.
 */
async function checkAnalisis(page: Page, context: BrowserContext): Promise<void> {
  const dump = await fakeDump(page, ["Pengaturan", "Data", "Analisis"]);
  const analisis = dump.sheets.find((s) => s.name === "Analisis");
  if (!analisis) throw new Error("no Analisis sheet in the fake");
  const texts = analisis.cells.map((c) => c[2]).filter((v): v is string => typeof v === "string");
  expect(texts).toEqual(expect.arrayContaining(["Bagian Pemerintahan", "Bagian Organisasi"]));

  let computed: CellValue[][] = [];
  if (requireLibreOffice()) {
    const recalculated = await recalcWithLibreOffice(await workbookOf(dump.sheets));
    const sheet = (await readXlsx(recalculated)).sheets.find((s) => s.name === "Analisis");
    computed = sheet?.values ?? [];
    const state = await loadConsolidationState(await XlsxWorkbook.fromBytes(recalculated));
    if (!state.setup) throw new Error("no setup in the fake's Pengaturan");
    // In the setup's order, which is the DPA's (the Bagian were proposed from it): Organisasi first.
    expect(state.setup.bagian.map((b) => b.nama)).toEqual(["Bagian Organisasi", "Bagian Pemerintahan"]);
    expect(state.current.map((c) => c.bagian.nama)).toEqual(["Bagian Organisasi", "Bagian Pemerintahan"]);
    const indicators = analyse(state.setup, state.current).indicators.filter((i) => i.capaian !== null);
    expect(indicators.length).toBeGreaterThan(2);
    for (const ind of indicators) {
      // The indicator's row of the Analisis table holds its capaian, as the domain computes it.
      const rows = computed.filter((r) => r.includes(ind.indikator));
      const numbers = rows.flat().filter((v): v is number => typeof v === "number");
      expect(numbers.some((v) => Math.abs(v - ind.capaian!) < 1e-9)).toBe(true);
    }
  }
  const view = await context.newPage();
  try {
    await view.setViewportSize({ width: 1500, height: 900 });
    await view.setContent(
      sheetHtml(
        analisis,
        computed,
        "Lembar Analisis di Excel tiruan (sel biru: rumus, dihitung LibreOffice)",
      ),
    );
    await view.screenshot({ path: join(SHOTS, "taskpane-analisis.png"), fullPage: true });
  } finally {
    await view.close();
  }
}

maybe("task pane in Chromium against the Excel fake", () => {
  let work: string;
  let dist: string;
  let fakeJs: string;
  let dpaXlsx: Buffer;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "kk-e2e-"));
    dist = join(work, "dist");
    mkdirSync(SHOTS, { recursive: true });
    [fakeJs, dpaXlsx] = await Promise.all([
      bundleFake(),
      plansToXlsx([buildSampleDpaPlan()]).then((b) => Buffer.from(b)),
      buildTaskpane(dist),
    ]);
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("runs a round: DPA file, setup from it, review, generate, export, consolidate, SOP", async () => {
    const context = await chromium.launchPersistentContext(join(work, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 340, height: 900 },
      locale: "id-ID",
      timezoneId: "Asia/Makassar",
    });
    const refused: string[] = [];
    const problems: string[] = [];
    try {
      await routeAll(context, dist, fakeJs, refused);
      const page = context.pages()[0] ?? (await context.newPage());
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        // React 18 warns about Fluent's boolean `inert` (meant for React 19); harmless here.
        if (m.type() === "error" && !m.text().includes("inert")) problems.push(`console: ${m.text()}`);
      });
      await page.goto(`${ORIGIN}/taskpane.html`);

      // 1. Impor DPA: a new workbook has no setup: the first-run view leads to the DPA import first.
      await page.getByRole("button", { name: "Mulai" }).click();
      const dpaHeader = page.getByRole("button", { name: /^Impor DPA/ });
      expect(await dpaHeader.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.getByLabel("Unggah berkas .xlsx").setInputFiles({
        name: "DPA-Setda-2026.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: dpaXlsx,
      });
      await page.getByText(/\d+ program · \d+ kegiatan · \d+ sub kegiatan · \d+ indikator/).waitFor();
      await shot(page, page.getByText(/\d+ program · /), "taskpane-1-dpa.png");

      // 2. Pengaturan opens beside it, its Bagian proposed from the DPA (unsaved): this round keeps
      // two of them, coded PEM and ORG; the others are deleted (their sub kegiatan are assigned below).
      const proposed = page.getByText(
        `${Object.keys(SAMPLE_BAGIAN).length} Bagian diisi dari DPA, belum disimpan.`,
      );
      await proposed.waitFor();
      await shot(page, proposed, "taskpane-1b-setup-proposed.png");
      const kept: string[] = [SAMPLE_BAGIAN.PEM, SAMPLE_BAGIAN.ORG];
      for (const nama of Object.values(SAMPLE_BAGIAN).filter((n) => !kept.includes(n)))
        await page.getByRole("button", { name: `Hapus ${nama}`, exact: true }).click();
      await page.getByLabel(/^Instansi/).fill("Sekretariat Daerah Kabupaten Tapin");
      await page.getByLabel(/^Batas waktu/).fill("2026-04-15");
      const first = page.getByRole("group", { name: SAMPLE_BAGIAN.PEM });
      await first.getByLabel(/^Kode/).fill("PEM");
      await first.getByLabel(/^Nama Kepala Bagian/).fill("Ahmad Rizani");
      await first.getByLabel(/^NIP Kepala Bagian/).fill("19780315200501100");
      await page.getByRole("group", { name: SAMPLE_BAGIAN.ORG }).getByLabel(/^Kode/).fill("ORG");
      for (const o of Object.values(OFFICIALS)) {
        const box = page.getByRole("group", { name: OFFICIAL_BOX[o.peran] });
        await box.getByLabel(/^Nama$/).fill(o.nama);
        await box.getByLabel(/^Jabatan/).fill(o.jabatan);
        await box.getByLabel(/^NIP/).fill(o.nip);
      }
      await checkSaveBar(page);
      const save = page.getByRole("button", { name: "Simpan pengaturan" });
      await save.click();
      // A failed save: the problems at the top of the form, the summary focused, each a link.
      const failedSave = page.getByRole("alert", { name: "1 isian perlu diperbaiki" });
      await failedSave.waitFor();
      expect(await failedSave.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.screenshot({ path: join(SHOTS, "taskpane-2-setup-summary.png") });
      await failedSave.getByRole("link", { name: /NIP Kepala Bagian: NIP harus 18 angka\.$/ }).press("Enter");
      const nip = first.getByLabel(/^NIP Kepala Bagian/);
      expect(await nip.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await inView(nip)).toBe(true);
      await page.screenshot({ path: join(SHOTS, "taskpane-2b-setup-invalid-nip.png") });
      await nip.fill("197803152005011003");
      await save.click();
      const saved = page.getByText("Pengaturan tersimpan di lembar Pengaturan.");
      await saved.waitFor();
      expect(await inView(saved)).toBe(true);
      expect(await saved.evaluate((el) => el.closest("[tabindex='-1']") === document.activeElement)).toBe(
        true,
      );
      await page.screenshot({ path: join(SHOTS, "taskpane-2c-setup-saved.png") });
      expect((await fakeView(page)).sheets.map((s) => s.name)).toContain("Pengaturan");

      // A sub kegiatan of a Bagian not in this round can be handed to one that is (the DPA section
      // stayed open above the setup, which stays open too).
      const orphan = page.getByLabel(/^Bagian untuk /).first();
      await orphan.selectOption("ORG");
      expect(await saved.isVisible()).toBe(true);
      await shot(page, page.getByText("Bagian belum ditentukan"), "taskpane-2d-dpa-assign.png");

      // 4. Tinjau indikator: flip the first indicator of Pemerintahan to negatif, targets to TW IV.
      await openStep(page, /^2\. Kertas kerja/);
      const pem = page.getByRole("region", { name: /^Bagian Pemerintahan \(PEM\)/ });
      const row = pem.getByRole("group").first();
      await row.getByLabel("Polaritas").selectOption("negatif");
      await row.getByLabel("Aturan target triwulan").selectOption("year-end");
      await shot(page, pem, "taskpane-3-review.png");

      // 5. Buat kertas kerja: every Bagian's sheet lands in the fake workbook.
      // (in the same step 2, below the review)
      await page.getByRole("button", { name: "Buat kertas kerja di buku kerja ini" }).click();
      await page.getByText(/lembar kertas kerja ditulis ke buku kerja/).waitFor({ timeout: 30_000 });
      const names = (await fakeView(page)).sheets.map((s) => s.name);
      expect(names.some((n) => /Pemerintahan/.test(n))).toBe(true);
      expect(names.some((n) => /Organisasi/.test(n))).toBe(true);
      // Step 1's request letters come in the same write.
      expect(names).toContain("Surat");
      await page.getByText(/^Lembar Surat: \d+ surat permintaan data, batas waktu /).waitFor();
      await shot(
        page,
        page.getByRole("button", { name: "Buat kertas kerja di buku kerja ini" }),
        "taskpane-4-generated.png",
      );

      // Export one Bagian: exceljs arrives lazily, Excel.createWorkbook receives the file.
      await page.getByRole("button", { name: "Ekspor kertas kerja Bagian Organisasi" }).click();
      await page.getByText(/\.xlsx → /).waitFor({ timeout: 30_000 });
      await page
        .getByRole("button", { name: "Ekspor semua (.xlsx)" })
        .and(page.locator(":enabled"))
        .waitFor();
      expect((await fakeView(page)).created).toBe(1);
      await shot(page, page.getByText(/\.xlsx → /), "taskpane-5-exported.png");

      // 6. Kumpulkan & konsolidasi: both exported kertas kerja come back filled in (made in Node from
      // what Excel.createWorkbook received), with a copy holding a typo and a PDF named .xlsx.
      await page.getByRole("button", { name: "Ekspor kertas kerja Bagian Pemerintahan" }).click();
      await page.waitForFunction(
        () => (globalThis as unknown as { __fakeView: () => FakeView }).__fakeView().created === 2,
      );
      const exported = (await fakeDump(page, [])).created.map(
        (b) => new Uint8Array(Buffer.from(b, "base64")),
      );
      const returned = await returnedFiles(exported, join(work, "kembali"));
      await openStep(page, /^3\. Pengumpulan/);
      await page.getByLabel("Unggah kertas kerja yang dikirim kembali").setInputFiles(returned.paths);
      const summary = page.getByText(/^\d+ diterima \(\d+ dengan catatan\) · \d+ ditolak$/);
      await summary.waitFor({ timeout: 60_000 });
      expect(await summary.textContent()).toMatch(/^2 diterima \(\d dengan catatan\) · 2 ditolak$/);
      const typo = page.getByRole("region", { name: `Laporan ${returned.typo.name}` });
      const typoText = (await typo.textContent()) ?? "";
      expect(typoText).toContain("Ditolak");
      expect(typoText).toContain(returned.typo.cell);
      expect(typoText).toContain(returned.typo.found);
      expect(
        await page.getByRole("region", { name: "Laporan Laporan Kinerja.xlsx" }).textContent(),
      ).toContain("Ditolak");
      expect(await page.getByText(/^Bagian Pemerintahan \(PEM\): baru$/).count()).toBe(1);
      expect(await page.getByText(/^Bagian Organisasi \(ORG\): baru$/).count()).toBe(1);
      // Nothing is written before the user accepts.
      expect((await fakeView(page)).sheets.map((s) => s.name)).not.toContain("Data");
      const consolidation = page.locator(".fui-AccordionItem", {
        has: page.getByRole("button", { name: /^3\. Pengumpulan/ }),
      });
      await consolidation.screenshot({ path: join(SHOTS, "taskpane-konsolidasi.png") });
      await page.getByRole("button", { name: "Terima dan tulis ke buku kerja" }).click();
      await page
        .getByText("2 Bagian dihimpun; lembar Data kini memuat 2 Bagian.")
        .waitFor({ timeout: 60_000 });
      expect((await fakeView(page)).sheets.map((s) => s.name)).toEqual(
        expect.arrayContaining(["Data", "Analisis", "Log"]),
      );
      await shot(page, page.getByText(/Bagian dihimpun/), "taskpane-konsolidasi-diterima.png");
      await checkAnalisis(page, context);

      // 7. SOP: the Kasubag schedules the round from today, then starts and finishes step 1.
      await openStep(page, /^4\. SOP/);
      await page.getByText("SOP putaran ini belum dijadwalkan.").waitFor();
      await page.getByLabel(/^Saya adalah/).selectOption(OFFICIALS.kasubag.nip);
      await page.getByRole("button", { name: "Jadwalkan" }).click();
      await awaitResult(page, page.getByText("Langkah 1 saat ini"), "taskpane-sop-jadwalkan", 30_000);
      await page.getByRole("button", { name: "Mulai", exact: true }).click();
      await page.getByText("Tercatat di lembar SOP dan Log.").waitFor();
      await page.getByRole("button", { name: "Selesai", exact: true }).click();
      await page.getByText("Langkah 2 saat ini").waitFor();
      const card = page.getByRole("region", { name: "Langkah 2 saat ini" });
      expect(await card.textContent()).toContain(`${OFFICIALS.kabag.nama}, ${OFFICIALS.kabag.jabatan}`);
      expect(await card.textContent()).toMatch(/Batas waktu: \w+, \d+ \w+ \d{4} \d\d\.\d\d WITA/);
      const steps = page.getByRole("list", { name: "Langkah SOP" }).getByRole("listitem");
      expect(await steps.count()).toBe(8);
      expect(await steps.first().textContent()).toMatch(/selesai/);
      expect(await steps.nth(3).textContent()).toContain("2 kertas kerja dibuat.");
      // The kabag is not the Kasubag: step 2 is refused for the wrong official, in Indonesian.
      await page.getByRole("button", { name: "Selesai", exact: true }).click();
      await page.getByText("Tidak dicatat").waitFor();
      const sheets = (await fakeView(page)).sheets.map((s) => s.name);
      expect(sheets).toEqual(expect.arrayContaining(["SOP", "Log"]));
      await shot(page, page.getByText("Tidak dicatat"), "taskpane-sop-refused.png");
      await page.getByLabel(/^Saya adalah/).selectOption(OFFICIALS.kabag.nip);
      expect(await page.getByText("Tidak dicatat").count()).toBe(0);
      // The whole SOP item, taller than the pane: as the user sees it by scrolling.
      await page
        .locator(".fui-AccordionItem", { has: page.getByRole("button", { name: /^4\. SOP/ }) })
        .screenshot({ path: join(SHOTS, "taskpane-sop.png") });

      expect(problems).toEqual([]);
      expect(refused).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it("at 320 px the setup is cut nowhere: Tahun and Periode side by side, whole", async () => {
    const { page, context, problems, refused } = await openPane(join(work, "profile-320"), dist, fakeJs, 320);
    try {
      await page.getByRole("button", { name: "Mulai" }).click();
      await page.getByRole("button", { name: /^Pengaturan/ }).click();
      const tahun = page.getByLabel(/^Tahun anggaran/);
      await tahun.waitFor();
      const form = page.locator("form").filter({ has: tahun });
      expect(await overflowing(form)).toEqual([]);
      const [year, periode] = await Promise.all([
        tahun.boundingBox(),
        page.getByLabel("Periode").boundingBox(),
      ]);
      if (!year || !periode) throw new Error("Tahun or Periode not laid out");
      expect(year.x + year.width).toBeLessThanOrEqual(periode.x);
      expect(periode.x + periode.width).toBeLessThanOrEqual(320);
      expect(await tahun.inputValue()).toMatch(/^\d{4}$/);
      // The holidays opened from their summary: every date and its keterangan whole at 320 px.
      await page.getByRole("button", { name: "Ubah jam kerja dan hari libur" }).click();
      const last = page.getByRole("group", { name: /^Hari libur & cuti bersama \d+$/ }).last();
      await last.waitFor();
      expect(await overflowing(form)).toEqual([]);
      for (const date of await form.locator("input[type=date]").all()) {
        const box = await date.boundingBox();
        if (box) expect(box.x + box.width).toBeLessThanOrEqual(320);
      }
      await last.evaluate((el) => el.scrollIntoView({ block: "center" }));
      await page.screenshot({ path: join(SHOTS, "taskpane-1e-holidays-320.png") });
      await page.getByLabel(/^Instansi/).evaluate((el) => el.scrollIntoView({ block: "center" }));
      // Save in reach at 320 px too: over the long form its bar sticks to the pane's bottom.
      const save = await page.getByRole("button", { name: "Simpan pengaturan" }).elementHandle();
      await page.waitForFunction((el) => {
        const r = el?.getBoundingClientRect();
        return r !== undefined && r.top >= 0 && r.bottom <= window.innerHeight;
      }, save);
      await page.screenshot({ path: join(SHOTS, "taskpane-1d-setup-320.png") });
      expect(problems).toEqual([]);
      expect(refused).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
