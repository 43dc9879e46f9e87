/**
 * The round-level actions of the pane in Chromium at 350 px, with the strict Excel fake as Office.js:
 * "Salin dari putaran sebelumnya" from a real TW I master (.xlsx), then the Perjanjian Kinerja of
 * step 2 — imported from a file with an IKU of an unknown Bagian, written to its sheet, an empty one
 * asked about — and a generation whose kertas kerja carry the IKU. Screenshots in test-results/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pkSheetFor } from "../../src/app/pk";
import { taskpaneRound } from "../../src/strings/taskpaneRound";
import { buildSampleDpaPlan } from "../../src/demo";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import { IKU_KEPUASAN, samplePk } from "../support/iku-fixture";
import { PREVIOUS_FILE, previousMasterBytes, tw1Setup } from "../taskpane/previous-master";
import {
  awaitResult,
  openStep,
  bundleFake,
  buildTaskpane,
  CHROMIUM,
  fakeSheets,
  fakeView,
  openPane,
  overflowing,
  SHOTS,
  shot,
} from "./pane-harness";

const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`Chromium is required in CI: ${CHROMIUM} not found.`);
if (!available) process.stderr.write(`taskpane PK e2e skipped: ${CHROMIUM} not found.\n`);
const maybe = available ? describe : describe.skip;

const PANE_STATE_SHEET = taskpaneRound.paneState.sheetName;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const WIDTH = 350;

/** A PK file as a Setda would send it: the sample PK, its Kepuasan IKU given to "Bagian Hukum". */
async function pkFile(): Promise<Buffer> {
  const pk = samplePk();
  const iku = pk.iku.map((i) => (i.key === IKU_KEPUASAN ? { ...i, bagian: "Bagian Hukum" } : i));
  return Buffer.from(await plansToXlsx([pkSheetFor({ ...pk, iku }, tw1Setup())]));
}

maybe("task pane: copy from the previous round and the Perjanjian Kinerja", () => {
  let work: string;
  let dist: string;
  let fakeJs: string;
  let files: { master: Buffer; pk: Buffer; dpa: Buffer };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "kk-e2e-pk-"));
    dist = join(work, "dist");
    mkdirSync(SHOTS, { recursive: true });
    const [js, master, pk, dpa] = await Promise.all([
      bundleFake(),
      previousMasterBytes().then((b) => Buffer.from(b)),
      pkFile(),
      plansToXlsx([buildSampleDpaPlan()]).then((b) => Buffer.from(b)),
      buildTaskpane(dist),
    ]);
    fakeJs = js;
    files = { master, pk, dpa };
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("copies the round, shows and writes the PK, and generates with its IKU", async () => {
    const { page, context, refused, problems } = await openPane(join(work, "profile"), dist, fakeJs, WIDTH);
    try {
      // 1. Salin dari putaran sebelumnya: the form is filled, nothing of the round is written (the
      // pane's working state may be saved meanwhile: the copied PK is part of it).
      const roundSheets = async () =>
        (await fakeView(page)).sheets.map((s) => s.name).filter((n) => n !== PANE_STATE_SHEET);
      const before = await roundSheets();
      await page.getByRole("button", { name: "Mulai" }).click();
      // Mulai opens the DPA import first; the copy from the previous round is in Pengaturan.
      await page.getByRole("button", { name: /^Pengaturan/ }).click();
      await page.getByRole("button", { name: "Pilih induk sebelumnya (.xlsx)…" }).waitFor();
      await page.screenshot({ path: join(SHOTS, "taskpane-pk-0-setup-top.png") });
      await page.getByLabel("Unggah buku kerja induk putaran sebelumnya").setInputFiles({
        name: PREVIOUS_FILE,
        mimeType: XLSX,
        buffer: files.master,
      });
      const copied = page.getByText(`Disalin dari putaran Triwulan I 2026 (${PREVIOUS_FILE}).`);
      await copied.waitFor({ timeout: 30_000 });
      expect(await page.getByLabel(/^Instansi/).inputValue()).toBe(tw1Setup().instansi);
      expect(await page.getByLabel("Periode").inputValue()).toBe("TW2");
      await page.getByText(/^Laporan sebelumnya: \d+ nilai realisasi \(langkah 3\)\.$/).waitFor();
      await page.getByText("Perjanjian Kinerja: 4 IKU (langkah 2).").waitFor();
      expect(await roundSheets()).toEqual(before);
      const copyBox = page.getByRole("region", { name: "Salin dari putaran sebelumnya" });
      expect(await overflowing(copyBox)).toEqual([]);
      await shot(page, copyBox, "taskpane-pk-1-copy.png");

      await page.getByRole("button", { name: "Simpan pengaturan" }).click();
      await page.getByText(`${tw1Setup().instansi} · 2026 · Triwulan II`).waitFor();
      expect((await fakeView(page)).sheets.map((s) => s.name)).toContain("Pengaturan");

      // 2. The PK taken from the master, in step 2 (opened by the save).
      const pkSection = page.getByRole("region", { name: "Perjanjian Kinerja" });
      await pkSection.getByText(`Diambil dari induk putaran sebelumnya ${PREVIOUS_FILE}.`).waitFor();
      await pkSection.getByText("PK 2026 · 2 sasaran · 4 IKU").waitFor();
      expect(await pkSection.getByText("perlu Bagian").count()).toBe(0);
      await shot(page, pkSection, "taskpane-pk-2-from-master.png");

      // A PK file naming a Bagian the setup lacks: flagged; then written to its sheet.
      await page.getByLabel("Unggah berkas Perjanjian Kinerja").setInputFiles({
        name: "PK-Setda-2026.xlsx",
        mimeType: XLSX,
        buffer: files.pk,
      });
      await pkSection.getByText("Terbaca dari berkas PK-Setda-2026.xlsx.").waitFor({ timeout: 30_000 });
      const kepuasan = pkSection.getByRole("listitem").filter({ hasText: /^Indeks Kepuasan Layanan/ });
      expect(await kepuasan.textContent()).toContain(
        "Penanggung jawab “Bagian Hukum” bukan Bagian di pengaturan",
      );
      expect(await pkSection.getByText("perlu Bagian").count()).toBe(1);
      expect(await overflowing(pkSection)).toEqual([]);
      await shot(page, pkSection, "taskpane-pk-3-flagged.png");
      await pkSection.screenshot({ path: join(SHOTS, "taskpane-pk-3b-section.png") });

      await pkSection.getByRole("button", { name: "Tulis ke lembar Perjanjian Kinerja" }).click();
      await pkSection.getByText("Tersimpan di lembar Perjanjian Kinerja.").waitFor();
      const pkSheet = (await fakeView(page)).sheets.find((s) => s.name === "Perjanjian Kinerja");
      expect(pkSheet?.visibility).toBe("Visible");

      // An empty sheet would replace 4 IKU: asked first, and cancelled.
      await pkSection.getByRole("button", { name: "Tulis lembar kosong untuk diketik" }).click();
      await pkSection.getByText("Lembar Perjanjian Kinerja sudah berisi 4 IKU.").waitFor();
      await shot(
        page,
        pkSection.getByText("Lembar Perjanjian Kinerja sudah berisi 4 IKU."),
        "taskpane-pk-4-confirm.png",
      );
      await pkSection.getByRole("button", { name: "Batal" }).click();

      // 3. DPA, then generation: the IKU head their Bagian's kertas kerja; the flagged one goes nowhere.
      await page.getByLabel("Unggah berkas .xlsx").setInputFiles({
        name: "DPA-Setda-2026.xlsx",
        mimeType: XLSX,
        buffer: files.dpa,
      });
      await page.getByText(/\d+ program · \d+ kegiatan · \d+ sub kegiatan · \d+ indikator/).waitFor();
      await openStep(page, /^2\. Kertas kerja/);
      await page.getByRole("button", { name: "Buat kertas kerja di buku kerja ini" }).click();
      await awaitResult(
        page,
        page.getByText(/lembar kertas kerja ditulis ke buku kerja/),
        "taskpane-pk-generate",
      );
      const kk = (await fakeView(page)).sheets.map((s) => s.name).filter((n) => n.startsWith("KK "));
      const texts = (await fakeSheets(page, kk)).map((s) => ({
        name: s.name,
        texts: s.cells.map((c) => c[2]).filter((v): v is string => typeof v === "string"),
      }));
      const org = texts.find((s) => /Organisasi/.test(s.name));
      expect(org?.texts).toEqual(expect.arrayContaining(["Nilai SAKIP Sekretariat Daerah"]));
      expect(texts.flatMap((s) => s.texts)).not.toContain("Indeks Kepuasan Layanan Pemerintahan");
      // Already on its sheet: the generation's answer does not claim to have written the PK again.
      expect(await page.getByText(/ditulis bersama kertas kerja/).count()).toBe(0);

      expect(problems).toEqual([]);
      expect(refused).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});
