import { readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { runGenerate } from "../../src/cli/generate";
import { formatRupiah } from "../../src/cli/format";
import { EXIT, main } from "../../src/cli/main";
import { buildSampleDpaPlan, SAMPLE_BAGIAN, SAMPLE_FAULTY_ROWS, sampleDpaRows } from "../../src/demo";
import { readDpa } from "../../src/domain/dpa-reader";
import { setupFromDpa, setupSheetPlan } from "../../src/domain/setup";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
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
    const files = (await readdir(join(dir, "kk"))).filter((f) => f.endsWith(".xlsx")).sort();
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
    ]);
    expect(c.out()).toContain("Kertas kerja Setda Uji — Triwulan III 2026");
  });
});
