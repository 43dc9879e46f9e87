import { readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { runGenerate } from "../../src/cli/generate";
import { formatRupiah } from "../../src/domain/shared/numbers";
import { EXIT, main } from "../../src/cli/main";
import { buildSampleDpaPlan, SAMPLE_BAGIAN, SAMPLE_FAULTY_ROWS, sampleDpaRows } from "../../src/demo";
import { readDpa } from "../../src/domain/inputs/dpa-reader";
import { setupFromDpa, setupSheetPlan } from "../../src/domain/setup/setup";
import { sopStateSheetPlan } from "../../src/domain/sop/sop-sheet";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import { newRound } from "../support/sop-fixture";
import { elements, readXlsxParts } from "../support/xlsx-xml";
import { capture, snapshotOf, STACK_LINE, tempDir, writeSamples } from "./support";

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeSamples(dir);
});
afterAll(() => cleanup());

const ARGS = ["--dpa", "dpa.xlsx", "--prior", "prior.xlsx", "--tahun", "2026", "--periode", "TW2"];

describe("generate on the sample files", () => {
  let out = "";
  let code: number;
  beforeAll(async () => {
    const c = capture(dir);
    code = await main(["generate", ...ARGS, "--out", "kk", "--batas-waktu", "2026-07-10"], c.io);
    out = c.out();
    expect(c.err()).toBe("");
  });

  it("exits 0", () => expect(code).toBe(EXIT.ok));

  it("writes one .xlsx per Bagian, each with its kertas kerja sheet", async () => {
    const files = (await readdir(join(dir, "kk"))).filter((f) => /^KK-.+\.xlsx$/.test(f)).sort();
    expect(files).toHaveLength(Object.keys(SAMPLE_BAGIAN).length);
    for (const file of files) {
      const wb = await readXlsx(new Uint8Array(await readFile(join(dir, "kk", file))));
      const visible = wb.sheets.filter((s) => s.visibility === "visible");
      expect(visible).toHaveLength(1);
      const [kk] = visible;
      if (!kk) throw new Error(`${file}: no visible sheet`);
      expect(kk.name).toMatch(/^KK /);
      expect(kk.values.flat()).toContain("KERTAS KERJA PENGUMPULAN DATA KINERJA");
      // The Bagian named in the file name is the one on its sheet.
      const slug = file
        .replace(/^KK-2026-TW2-/, "")
        .replace(/\.xlsx$/, "")
        .replace(/-/g, " ");
      expect(kk.name.toLowerCase()).toContain(slug.toLowerCase().slice(0, 20));
    }
  });

  it("writes the request letters, one per Bagian, dated today, and lists the file", async () => {
    const name = "Surat-Permintaan-Data-2026-TW2.xlsx";
    expect(await readdir(join(dir, "kk"))).toContain(name);
    const bytes = new Uint8Array(await readFile(join(dir, "kk", name)));
    const wb = await readXlsx(bytes);
    const surat = wb.sheets.find((s) => s.name === "Surat");
    if (!surat) throw new Error("no Surat sheet");
    const cells = surat.values.flat();
    const n = Object.keys(SAMPLE_BAGIAN).length;
    expect(cells.filter((v) => v === "Yth.")).toHaveLength(n);
    const text = cells.filter((v) => typeof v === "string").join("\n");
    // Dated today where the CLI runs (the captured clock), due at --batas-waktu.
    const today = new Date("2026-07-01T08:00:00+08:00");
    expect(text).toContain(`, ${today.getDate()} ${today.getMonth() === 5 ? "Juni" : "Juli"} 2026`);
    expect(text).toContain("10 Juli 2026");
    // A manual page break before every letter but the first.
    const breaks = elements((await readXlsxParts(bytes)).sheetXml("Surat"), "brk");
    expect(breaks).toHaveLength(n - 1);
    expect(out).toMatch(new RegExp(`Surat permintaan data \\(${n} surat, batas waktu 10 Juli 2026\\)`));
    expect(out).toContain(`  ${name}`);
  });

  it("prints the summary with pagu in Indonesian form", () => {
    const pbj = sampleDpaRows()
      .filter((r) => r.bagian === SAMPLE_BAGIAN.PBJ)
      .reduce((s, r) => s + r.pagu, 0);
    expect(formatRupiah(pbj)).toBe("Rp 824.600.000");
    const line = out.split("\n").find((l) => l.startsWith(SAMPLE_BAGIAN.PBJ));
    expect(line).toMatch(/\s6\s+3\s+Rp 824\.600\.000$/);
    expect(out).toMatch(/^Jumlah\s+\d+\s+\d+\s+Rp \d{1,3}(\.\d{3})+$/m);
  });

  it("lists every issue with row, cell, found and expected", () => {
    const [bad] = SAMPLE_FAULTY_ROWS;
    const line = out.split("\n").find((l) => l.includes(bad.kode) && l.includes("[Galat]"));
    expect(line).toMatch(/baris \d+, sel A\d+:/);
    expect(line).toContain(`ditemukan "${bad.kode}"`);
    expect(line).toContain("seharusnya");
    expect(out).toContain('ditemukan "Rp 87,500,000"');
    expect(out).toMatch(/Catatan \(\d+\): 1 galat, \d+ peringatan, \d+ info\./);
    expect(out).not.toMatch(STACK_LINE);
  });

  it("pre-fills TW I realisasi from the prior report", async () => {
    const wb = await readXlsx(
      new Uint8Array(await readFile(join(dir, "kk", "KK-2026-TW2-Pengadaan-Barang-dan-Jasa.xlsx"))),
    );
    const rows = wb.sheets[0]?.values ?? [];
    const col = rows.find((r) => r.includes("Realisasi TW I"))?.indexOf("Realisasi TW I") ?? -1;
    const row = rows.find((r) => r.includes("Rata-rata waktu penyelesaian layanan pengadaan")) ?? [];
    expect(col).toBeGreaterThan(0);
    expect(typeof row[col]).toBe("number");
  });
});

describe("generate with a Pengaturan workbook", () => {
  it("takes the Bagian, the instansi and the periode from --setup, flags winning", async () => {
    const { dpa } = readDpa(snapshotOf(buildSampleDpaPlan()));
    const setup = setupFromDpa(dpa, { tahun: 2026, periode: "TW1", instansi: "Setda Uji" });
    // Only two Bagian: the others' sub kegiatan are reported as unassigned.
    const two = { ...setup, bagian: setup.bagian.filter((b) => /Hukum|Pemerintahan$/.test(b.nama)) };
    await writeFile(join(dir, "pengaturan.xlsx"), await plansToXlsx([setupSheetPlan(two)]));
    const c = capture(dir);
    const result = await runGenerate(
      { dpa: "dpa.xlsx", setup: "pengaturan.xlsx", periode: "TW3", out: "kk-setup", assign: [] },
      c.io,
    );
    expect(result.files.map((f) => basename(f)).sort()).toEqual([
      "KK-2026-TW3-Hukum.xlsx",
      "KK-2026-TW3-Pemerintahan.xlsx",
      "Surat-Permintaan-Data-2026-TW3.xlsx",
    ]);
    expect(c.out()).toContain("Kertas kerja Setda Uji — Triwulan III 2026");
    expect(result.suratFile).toBe(join(dir, "kk-setup", "Surat-Permintaan-Data-2026-TW3.xlsx"));
  });

  it("dates the letters by --tanggal-surat and takes the deadline from the SOP schedule", async () => {
    const { dpa } = readDpa(snapshotOf(buildSampleDpaPlan()));
    const setup = setupFromDpa(dpa, { tahun: 2026, periode: "TW1", instansi: "Setda Uji" });
    // Scheduled from Monday 6 April 2026: step 4 is planned to end Friday 17 April.
    await writeFile(
      join(dir, "terjadwal.xlsx"),
      await plansToXlsx([setupSheetPlan(setup), sopStateSheetPlan(newRound())]),
    );
    const c = capture(dir);
    const args = ["--dpa", "dpa.xlsx", "--setup", "terjadwal.xlsx", "--out", "kk-jadwal"];
    expect(await main(["generate", ...args, "--tanggal-surat", "2026-04-03"], c.io)).toBe(EXIT.ok);
    const wb = await readXlsx(
      new Uint8Array(await readFile(join(dir, "kk-jadwal", "Surat-Permintaan-Data-2026-TW1.xlsx"))),
    );
    const text = (wb.sheets.find((s) => s.name === "Surat")?.values.flat() ?? [])
      .filter((v) => typeof v === "string")
      .join("\n");
    expect(text).toContain("3 April 2026");
    expect(text).toContain("hari Jumat, tanggal 17 April 2026");
    expect(c.out()).toContain("batas waktu 17 April 2026");
  });

  it("refuses a --tanggal-surat that is no date", async () => {
    const c = capture(dir);
    const code = await main(["generate", ...ARGS, "--out", "kk-x", "--tanggal-surat", "2026-02-30"], c.io);
    expect(code).toBe(EXIT.usage);
    expect(c.err()).toContain('Tanggal surat "2026-02-30" tidak sah');
  });
});
