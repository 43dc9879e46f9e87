/**
 * A whole round in the built pane by keyboard only, in Chromium at 350 px under Office's light
 * theme, with the strict Excel fake as Office.js keeping its workbook across pages
 * (excel-fake-persist.ts): the first-run view, Mulai, the DPA from a file, Pengaturan filled and
 * saved, one indicator's polarity changed, the kertas kerja generated, one Bagian exported, its
 * returned files read and accepted, then the SOP: who I am, Jadwalkan, steps 1–4 by their
 * officials, Susun laporan, step 5, the paraf and the signature. No mouse call: Tab, Enter, the
 * arrow keys and typing; a file is chosen in the picker that Enter opened.
 *
 * After every action (pane-walk.ts): the focus is on its result, axe-core finds no serious or
 * critical violation, nothing overflows the pane, and a screenshot
 * test-results/taskpane-round-<n>-<name>.png. At every top-level step, and after the DPA import,
 * the setup save, the generation, the consolidation and SOP actions, the pane is closed and opened
 * again over the same workbook and must show the same round. Last, the same workbook in Office's
 * dark theme: every step, axe-core, a screenshot (taskpane-round-dark-<n>.png).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSampleDpaPlan } from "../../src/demo";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import { NIP_OF_STEP, OFFICIALS } from "../support/sop-fixture";
import { returnedFiles } from "./consolidation-support";
import {
  buildTaskpane,
  bundleFake,
  CHROMIUM,
  fakeView,
  OFFICE_JS,
  openPane,
  overflowing,
  SHOTS,
} from "./pane-harness";
import {
  chooseOption,
  pickFiles,
  press,
  seriousViolations,
  tabTo,
  typeDate,
  typeInto,
} from "./pane-keyboard";
import { header, settle, Walk } from "./pane-walk";

const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`Chromium is required in CI: ${CHROMIUM} not found.`);
if (!available) process.stderr.write(`taskpane keyboard round e2e skipped: ${CHROMIUM} not found.\n`);
const maybe = available ? describe : describe.skip;

const WIDTH = 350;
const MASTER_URL = "https://contoso.sharepoint.com/sites/sakip/Induk%20TW1.xlsx";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const STEP = {
  persiapan: "1. Persiapan",
  kertasKerja: "2. Kertas kerja",
  pengumpulan: "3. Pengumpulan",
  sop: "4. SOP, Laporan & arsip",
} as const;

/** The setup form's official boxes, one per role in SOP_ROLES order (as the mouse round fills them). */
const OFFICIAL_BOX: Record<string, string> = {
  "kasubag-perencanaan": "Kasubag Perencanaan dan Pelaporan 1",
  "tim-sakip": "Tim SAKIP Setda 2",
  "kabag-umum-keuangan": "Kepala Bagian Umum dan Keuangan 3",
  "sekretaris-daerah": "Sekretaris Daerah 4",
};

/** The first-run view, Mulai, and the DPA read from a picked file. */
async function startAndImport(w: Walk, dpa: Buffer): Promise<void> {
  await w.after("first-run", null);
  await w.reopen("first-run");
  await press(w.page, w.page.getByRole("button", { name: "Mulai" }));
  await header(w.page, STEP.persiapan).waitFor();
  w.at = STEP.persiapan;
  await w.after(
    "mulai",
    w.page.locator(".fui-AccordionItem").filter({ has: header(w.page, STEP.persiapan) }),
  );

  const dpaHeader = header(w.page, "Impor DPA & PK");
  if ((await dpaHeader.getAttribute("aria-expanded")) !== "true") {
    await press(w.page, dpaHeader);
    await w.after("dpa-section", "stays");
  }
  const pick = w.page.getByRole("button", { name: "Pilih berkas .xlsx…", exact: true });
  await pickFiles(w.page, pick, { name: "DPA-Setda-2026.xlsx", mimeType: XLSX, buffer: dpa });
  const summary = w.page.getByText(/\d+ program · \d+ kegiatan · \d+ sub kegiatan · \d+ indikator/);
  await summary.waitFor({ timeout: 30_000 });
  await w.after("dpa-imported", summary);
  await w.reopen("dpa-imported");
}

/** Pengaturan: the round, two Bagian (or the ones proposed from the DPA), the four officials; saved. */
async function fillSetup(w: Walk): Promise<void> {
  const setupHeader = header(w.page, "Pengaturan");
  if ((await setupHeader.getAttribute("aria-expanded")) !== "true") {
    await press(w.page, setupHeader);
    await w.after("setup-section", "stays");
  }
  await typeInto(w.page, w.page.getByLabel(/^Instansi/), "Sekretariat Daerah Kabupaten Tapin");
  await typeDate(w.page, w.page.getByLabel(/^Batas waktu/), "2026-04-15");
  const first = w.page.getByRole("group", { name: /^(Bagian 1|Bagian Pemerintahan)$/ });
  if ((await first.getByLabel(/^Kode/).inputValue()) === "") {
    await typeInto(w.page, first.getByLabel(/^Kode/), "PEM");
    await typeInto(w.page, first.getByLabel(/^Nama Bagian/), "Bagian Pemerintahan");
    await press(w.page, w.page.getByRole("button", { name: "Tambah Bagian" }));
    await w.after("tambah-bagian", w.page.getByRole("group", { name: "Bagian 2" }));
    const second = w.page.getByRole("group", { name: "Bagian 2" });
    await typeInto(w.page, second.getByLabel(/^Kode/), "ORG");
    await typeInto(w.page, second.getByLabel(/^Nama Bagian/), "Bagian Organisasi");
  } else {
    const proposed = await w.page.getByRole("group", { name: /^Bagian / }).count();
    w.notes.push(`Pengaturan came with ${proposed} Bagian proposed from the DPA; kept as proposed`);
  }
  const pem = w.page.getByRole("group", { name: "Bagian Pemerintahan" });
  await typeInto(w.page, pem.getByLabel(/^Nama Kepala Bagian/), "Ahmad Rizani");
  await typeInto(w.page, pem.getByLabel(/^NIP Kepala Bagian/), "197803152005011003");
  for (const o of Object.values(OFFICIALS)) {
    const box = w.page.getByRole("group", { name: OFFICIAL_BOX[o.peran] });
    await typeInto(w.page, box.getByLabel(/^Nama$/), o.nama);
    await typeInto(w.page, box.getByLabel(/^Jabatan/), o.jabatan);
    await typeInto(w.page, box.getByLabel(/^NIP/), o.nip);
  }
  await w.after("setup-filled", "stays");
  await press(w.page, w.page.getByRole("button", { name: "Simpan pengaturan" }));
  const saved = w.page.getByText("Pengaturan tersimpan di lembar Pengaturan.");
  await saved.waitFor({ timeout: 30_000 });
  await w.after("setup-saved", saved);
  expect((await fakeView(w.page)).sheets.map((s) => s.name)).toContain("Pengaturan");

  // A sub kegiatan the DPA gives no Bagian of the round is handed to one (when there is such).
  const orphan = w.page.getByLabel(/^Bagian untuk /).first();
  if ((await orphan.count()) > 0) {
    await chooseOption(w.page, orphan, "Bagian Organisasi");
    await w.after("assigned", "stays");
  } else w.notes.push("no sub kegiatan was left without a Bagian: no assignment made");
  await w.reopen("setup-saved");
}

/** Step 2: one indicator's polarity changed, the kertas kerja written, one Bagian exported. */
async function reviewAndGenerate(w: Walk): Promise<Uint8Array> {
  await w.openStep(STEP.kertasKerja, "step-2");
  // The list of every Bagian is long: narrowed to one Bagian with the review's filter, as a user would.
  await chooseOption(
    w.page,
    w.page.getByRole("search").getByLabel("Bagian", { exact: true }),
    "Bagian Pemerintahan",
  );
  await w.after("filter-bagian", "stays");
  const pem = w.page.getByRole("region", { name: /^Bagian Pemerintahan \(/ });
  const polarity = pem.getByRole("group").first().getByLabel("Polaritas");
  const was = await polarity.evaluate((el) => (el as HTMLSelectElement).value);
  await chooseOption(w.page, polarity, was === "negatif" ? "Positif" : "Negatif");
  await w.after("polarity", "stays");
  await w.reopen("review");

  await press(w.page, w.page.getByRole("button", { name: "Buat kertas kerja di buku kerja ini" }));
  const written = w.page.getByText(/lembar kertas kerja ditulis ke buku kerja/);
  await written.waitFor({ timeout: 90_000 });
  await w.after("generated", written);
  const names = (await fakeView(w.page)).sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(["KK Pemerintahan", "Surat"]));
  await w.reopen("generated");

  await press(w.page, w.page.getByRole("button", { name: "Ekspor kertas kerja Bagian Pemerintahan" }));
  const exported = w.page.getByText(/\.xlsx → /);
  await exported.waitFor({ timeout: 60_000 });
  await w.after("exported", exported);
  expect((await fakeView(w.page)).created).toBe(1);
  const created = await w.page.evaluate(
    () =>
      (globalThis as unknown as { __fakeDump: (n: string[]) => { created: string[] } }).__fakeDump([])
        .created,
  );
  return new Uint8Array(Buffer.from(created[0]!, "base64"));
}

/** Step 3: the returned files (filled, a typo copy, a PDF) read, then accepted; gives the accepted one. */
async function consolidate(w: Walk, exported: Uint8Array, dir: string): Promise<string> {
  const returned = await returnedFiles([exported], dir);
  await w.openStep(STEP.pengumpulan, "step-3");
  await pickFiles(w.page, w.page.getByRole("button", { name: "Pilih berkas…", exact: true }), returned.paths);
  const summary = w.page.getByText(/^\d+ diterima \(\d+ dengan catatan\) · \d+ ditolak$/);
  await summary.waitFor({ timeout: 90_000 });
  expect(await summary.textContent()).toMatch(/^1 diterima \(\d dengan catatan\) · 2 ditolak$/);
  await w.after("returned-read", summary);
  // Read but not accepted: the reports come back with the pane (the review is in its saved state).
  await w.reopen("returned-read");
  await w.page.getByText("Hasil pemeriksaan 3 berkas dipulihkan dari buku kerja").waitFor();
  await press(w.page, w.page.getByRole("button", { name: "Terima dan tulis ke buku kerja" }));
  const accepted = w.page.getByText("1 Bagian dihimpun; lembar Data kini memuat 1 Bagian.");
  await accepted.waitFor({ timeout: 90_000 });
  await w.after("accepted", accepted);
  expect((await fakeView(w.page)).sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(["Data", "Analisis"]),
  );
  await w.reopen("consolidated", ["filters", "verdicts"]);
  return returned.paths[0]!;
}

const nameOf = (nip: string) => Object.values(OFFICIALS).find((o) => o.nip === nip)!.nama;

/** "Saya adalah" set to `nip`'s official (when not already). */
async function actAs(w: Walk, nip: string): Promise<void> {
  const me = w.page.getByLabel(/^Saya adalah/);
  if ((await me.inputValue()) === nip) return;
  await chooseOption(w.page, me, new RegExp(`^${nameOf(nip).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · `));
  await w.after(`saya-${nip.slice(-4)}`, "stays");
}

/** Presses `button` in the SOP step and waits for the next step to be current. */
async function sopAction(w: Walk, name: string, button: string, next: string): Promise<void> {
  await press(w.page, w.page.getByRole("button", { name: button, exact: true }));
  const current = w.page
    .getByRole("region", { name: next })
    .or(w.page.getByText("Semua langkah SOP selesai."));
  await current.first().waitFor({ timeout: 30_000 });
  await w.after(name, w.page.getByText("Tercatat di lembar SOP dan Log."));
}

/** Step 4: schedule, steps 1–4 by their officials, the Laporan, step 5, the paraf, the signature, the archive. */
async function sop(w: Walk, accepted: string): Promise<void> {
  await w.openStep(STEP.sop, "step-4");
  await w.page.getByText("SOP putaran ini belum dijadwalkan.").waitFor({ timeout: 30_000 });
  await actAs(w, OFFICIALS.kasubag.nip);
  await press(w.page, w.page.getByRole("button", { name: "Jadwalkan" }));
  const scheduled = w.page.getByText("Jadwal SOP tersimpan di lembar SOP.");
  await scheduled.waitFor({ timeout: 30_000 });
  await w.after("jadwalkan", scheduled);
  await w.reopen("jadwalkan");
  // Who sits here is remembered by the browser, not asked again at each opening.
  expect(await w.page.getByLabel(/^Saya adalah/).inputValue()).toBe(OFFICIALS.kasubag.nip);
  for (const no of [1, 2, 3, 4]) {
    await actAs(w, NIP_OF_STEP[no]!);
    await sopAction(w, `sop-${no}-selesai`, "Selesai", `Langkah ${no + 1} saat ini`);
    if (no === 2) await w.reopen(`sop-${no}`);
  }
  await actAs(w, NIP_OF_STEP[5]!);
  const laporan = w.page.getByRole("region", { name: "Laporan Kinerja (langkah 5)" });
  await press(w.page, laporan.getByRole("button", { name: "Susun laporan" }));
  const docx = laporan.getByRole("link", { name: "Unduh dokumen Word (.docx)" });
  await docx.waitFor({ timeout: 90_000 });
  await w.after("susun-laporan", docx);
  await sopAction(w, "sop-5-selesai", "Selesai", "Langkah 6 saat ini");
  await actAs(w, NIP_OF_STEP[6]!);
  await sopAction(w, "sop-6-paraf", "Paraf", "Langkah 7 saat ini");
  await actAs(w, NIP_OF_STEP[7]!);
  await sopAction(w, "sop-7-tanda-tangan", "Tanda tangan", "Langkah 8 saat ini");
  await w.reopen("tanda-tangan");
  expect(await w.page.getByLabel(/^Saya adalah/).inputValue()).toBe(NIP_OF_STEP[7]);
  await archive(w, accepted);
}

/** Step 8 by the Kasubag: the archive of the workbook with the accepted file, downloaded, then marked. */
async function archive(w: Walk, accepted: string): Promise<void> {
  await actAs(w, NIP_OF_STEP[8]!);
  const arsip = w.page.getByRole("region", { name: "Arsip (langkah 8)" });
  await pickFiles(w.page, arsip.getByRole("button", { name: "Pilih kertas kerja kembali…" }), [accepted]);
  await arsip.getByText("1 berkas dipilih.").waitFor();
  await w.after("arsip-dipilih", "stays");
  await press(w.page, arsip.getByRole("button", { name: "Buat arsip (.zip)" }));
  const link = arsip.getByRole("link", { name: "Unduh arsip (.zip)" });
  await link.waitFor({ timeout: 90_000 });
  await w.after("arsip-dibuat", arsip.getByText(/^Arsip siap: /));
  await tabTo(w.page, link);
  const [download] = await Promise.all([w.page.waitForEvent("download"), w.page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toMatch(/^Arsip-.*\.zip$/);
  await press(w.page, arsip.getByRole("button", { name: "Tandai langkah 8 selesai" }));
  const marked = arsip.getByText("Langkah 8 selesai; SHA-256 manifest.json tercatat di Log.");
  await marked.waitFor({ timeout: 30_000 });
  await w.after("arsip-langkah-8", marked);
  await w.reopen("arsip");
}

/** The same workbook in Office's dark theme: each step opened by keyboard, axe-core, a screenshot. */
async function darkPass(w: Walk, darkJs: string): Promise<void> {
  await w.session.context.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: darkJs }),
  );
  await w.reopen("dark-theme");
  const page = w.page;
  expect(await page.evaluate(() => document.documentElement.style.colorScheme)).toBe("dark");
  for (const [n, title] of Object.values(STEP).entries()) {
    const h = header(page, title);
    await tabTo(page, h);
    if ((await h.getAttribute("aria-expanded")) !== "true") await page.keyboard.press("Enter");
    await settle(page);
    for (const v of await seriousViolations(page))
      w.problems.push(`dark ${title}: axe ${v.id} (${v.impact}) ${v.help} — ${v.details.join(" | ")}`);
    for (const o of await overflowing(page.locator("body")))
      w.problems.push(`dark ${title}: overflows: ${o}`);
    await page.screenshot({ path: join(SHOTS, `taskpane-round-dark-${n + 1}.png`) });
    await press(page, h); // closed again: the next step's header is a few Tab presses away
  }
}

maybe("a whole round by keyboard at 350 px, reopened at every step", () => {
  let work: string;
  let dist: string;
  let lightJs: string;
  let darkJs: string;
  let dpaXlsx: Buffer;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "kk-e2e-round-"));
    dist = join(work, "dist");
    mkdirSync(SHOTS, { recursive: true });
    // This run's screenshots only: numbers shift when the walk changes.
    for (const f of readdirSync(SHOTS)) if (f.startsWith("taskpane-round-")) rmSync(join(SHOTS, f));
    [lightJs, darkJs, dpaXlsx] = await Promise.all([
      bundleFake({ look: "light", persist: true, documentUrl: MASTER_URL }),
      bundleFake({ look: "dark", persist: true, documentUrl: MASTER_URL }),
      plansToXlsx([buildSampleDpaPlan()]).then((b) => Buffer.from(b)),
      buildTaskpane(dist),
    ]);
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("keeps focus on each result, passes axe, fits 350 px, and reopens on the same round", async () => {
    const session = await openPane(join(work, "profile"), dist, lightJs, WIDTH);
    const w = new Walk(session, "taskpane-round");
    try {
      await w.loaded();
      await startAndImport(w, dpaXlsx);
      await fillSetup(w);
      const exported = await reviewAndGenerate(w);
      const accepted = await consolidate(w, exported, join(work, "kembali"));
      await sop(w, accepted);
      await darkPass(w, darkJs);
      expect(w.problems).toEqual([]);
      expect((await fakeView(w.page)).persistErrors).toEqual([]);
      expect(session.problems).toEqual([]);
      expect(session.refused).toEqual([]);
    } finally {
      // What the walk found, in one place (the assertions above stop at the first list that differs).
      const found = [...w.problems, ...session.problems].map((p) => `  ✗ ${p}`);
      const notes = w.notes.map((n) => `  · ${n}`);
      if (found.length + notes.length > 0) process.stderr.write(`${[...found, ...notes].join("\n")}\n`);
      await session.context.close();
    }
  }, 300_000);
});
