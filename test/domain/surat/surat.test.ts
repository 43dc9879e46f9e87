/**
 * Step 1's request letters: one per Bagian on the "Surat" sheet, each on its own page. The
 * structure is checked on the plan; the print by LibreOffice (PDF pages, PNGs to look at).
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareRound } from "../../../src/app/round";
import type { RoundPreparation } from "../../../src/app/round-types";
import type { Official } from "../../../src/domain/setup/setup-types";
import { defaultNomor, kopLines, suratSheetPlan, type SuratInput } from "../../../src/domain/surat/surat";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import { planProblems } from "../../../src/sheet/limits";
import type { CellPlan, SheetPlan } from "../../../src/sheet/plan";
import { parseRange } from "../../../src/sheet/address";
import { describeWithLibreOffice, pdfToPng, renderPdfWithLibreOffice } from "../../support/libreoffice";
import { makeSetup, smallDpa } from "../../support/round-fixture";
import { elements, readXlsxParts } from "../../support/xlsx-xml";

const SEKDA: Official = {
  peran: "sekretaris-daerah",
  nama: "H. MASYRANIANSYAH, SP, M.MA, MP",
  jabatan: "Sekretaris Daerah",
  nip: "196504221988031008",
};

function prepared(): { input: SuratInput; prep: RoundPreparation } {
  const setup = makeSetup({ pejabat: [SEKDA], batasWaktu: "2026-04-15" }, "TW1");
  const prep = prepareRound({
    setup,
    dpa: smallDpa(),
    prior: [],
    reviews: {},
    assignments: {},
    generatedAt: "2026-04-06T08:00:00+08:00",
  });
  const letters = prep.kertasKerja.map((kk, i) => ({
    bagian: kk.bagian,
    nomor: defaultNomor(setup, i),
    indicators: kk.indicators,
  }));
  return {
    prep,
    input: { setup, letters, tanggal: "2026-04-06", batasWaktu: setup.batasWaktu, tempat: "Rantau" },
  };
}

const text = (cell: CellPlan | null | undefined): string =>
  typeof cell?.value === "string" ? cell.value : "";
const rowText = (plan: SheetPlan, r: number): string =>
  (plan.rows[r] ?? [])
    .map((c) => (c?.value === null || c?.value === undefined ? "" : String(c.value)))
    .filter((s) => s !== "")
    .join(" | ");

/** Row ranges of each letter: from each kop to the row before the next page break. */
function letterRows(plan: SheetPlan): string[][] {
  const starts = [0, ...(plan.pageBreaks ?? [])];
  return starts.map((start, i) =>
    Array.from({ length: (starts[i + 1] ?? plan.rows.length) - start }, (_, k) => rowText(plan, start + k)),
  );
}

describe("suratSheetPlan", () => {
  const { input, prep } = prepared();
  const plan = suratSheetPlan(input);
  const letters = letterRows(plan);

  test("one letter per Bagian, a page break before every letter but the first", () => {
    expect(prep.kertasKerja.map((k) => k.bagian.nama)).toEqual(["Bagian Pemerintahan", "Bagian Organisasi"]);
    expect(letters).toHaveLength(2);
    expect(plan.pageBreaks).toHaveLength(1);
    const second = plan.pageBreaks?.[0] ?? -1;
    expect(text(plan.rows[second]?.[0])).toBe("PEMERINTAH KABUPATEN TAPIN");
    expect(text(plan.rows[0]?.[0])).toBe("PEMERINTAH KABUPATEN TAPIN");
    expect(planProblems(plan)).toEqual([]);
  });

  test("each letter has its kop, nomor, date, perihal, addressee and deadline", () => {
    for (const [i, rows] of letters.entries()) {
      const bagian = input.letters[i]?.bagian.nama.replace("Bagian ", "");
      expect(rows.slice(0, 3)).toEqual([
        "PEMERINTAH KABUPATEN TAPIN",
        "SEKRETARIAT DAERAH",
        expect.stringContaining("Jalan"),
      ]);
      expect(rows).toContain("Rantau, 6 April 2026");
      expect(rows).toContain("Nomor | : | 000/___/Perenc/2026");
      expect(rows).toContain("Sifat | : | Penting");
      expect(rows).toContain("Lampiran | : | 1 (satu) berkas");
      expect(rows).toContain("Perihal | : | Permintaan Data Capaian Kinerja Triwulan I Tahun 2026");
      expect(rows).toContain(`Yth. | Kepala Bagian ${bagian}`);
      expect(rows.filter((r) => r.includes("Yth."))).toHaveLength(1);
      expect(rows).toContain("Tempat");
      const body = rows.join("\n");
      expect(body).toContain(`realisasi anggaran Bagian ${bagian} Triwulan I Tahun 2026`);
      expect(body).toContain("paling lambat hari Rabu, tanggal 15 April 2026.");
      expect(body).toContain("ditandatangani oleh Kepala Bagian");
      expect(body).toContain("bukti dukung");
      expect(body).toContain(
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
      );
    }
  });

  test("each letter lists its own Bagian's indicators, numbered, with kode and satuan", () => {
    const tables = letters.map((rows) => {
      const head = rows.indexOf("No | Kode | Indikator Kinerja | Satuan");
      expect(head).toBeGreaterThan(0);
      const out: string[] = [];
      for (let r = head + 1; /^\d+ \| /.test(rows[r] ?? ""); r++) out.push(rows[r] ?? "");
      return out;
    });
    expect(tables).toEqual([
      [
        "1 | 4.01.02.2.01.0001 | Jumlah Laporan Penyelenggaraan Pemerintahan Daerah | Laporan",
        "2 | 4.01.02.2.01.0001 | Rata-rata waktu penyelesaian rekomendasi | Hari",
      ],
      [
        "1 | 4.01.01 | Nilai SAKIP Sekretariat Daerah | Dokumen",
        "2 | 4.01.01.2.13.0003 | Jumlah Dokumen Evaluasi Kinerja | Dokumen",
        "3 | 4.01.01.2.13.0003 | Persentase rekomendasi LHE yang ditindaklanjuti | Persen",
      ],
    ]);
    expect(prep.kertasKerja.map((k) => k.indicators.length)).toEqual(
      prep.kertasKerja.map((k) => k.indicatorCount),
    );
  });

  test("the Sekretaris Daerah signs: jabatan, name bold and underlined, NIP", () => {
    const rows = letters[0] ?? [];
    const at = rows.indexOf("Sekretaris Daerah,");
    expect(at).toBeGreaterThan(0);
    const nameRow = rows.indexOf(SEKDA.nama);
    expect(nameRow).toBeGreaterThan(at + 3);
    expect(rows[nameRow + 1]).toBe("NIP. 196504221988031008");
    const nameCell = plan.rows[nameRow]?.find((c) => c?.value === SEKDA.nama);
    expect(plan.styles[nameCell?.style ?? ""]).toMatchObject({ bold: true, underline: true });
  });

  test("an official signing on the Sekda's behalf writes a.n.; without one, blanks to fill", () => {
    const kasubag: Official = {
      peran: "kasubag-perencanaan",
      nama: "Rina Marlina",
      jabatan: "",
      nip: "198507122010012015",
    };
    const an = letterRows(suratSheetPlan({ ...input, penandatangan: kasubag }))[0] ?? [];
    const at = an.indexOf("a.n. Sekretaris Daerah");
    expect(an[at + 1]).toBe("Kasubag Perencanaan dan Pelaporan,");
    expect(an).toContain("Rina Marlina");
    const none = suratSheetPlan({ ...input, setup: { ...input.setup, pejabat: [] }, tempat: undefined });
    const rows = letterRows(none)[0] ?? [];
    expect(rows).toContain("Sekretaris Daerah,");
    expect(rows).toContain("(…………………………………………)");
    expect(rows).toContain("……………, 6 April 2026");
  });

  test("Tahunan: the LKjIP of the year; the number takes the year the letter goes out", () => {
    const setup = { ...input.setup, periode: "TAHUNAN" as const, tahun: 2025, batasWaktu: "2026-01-15" };
    const rows = letterRows(suratSheetPlan({ ...input, setup, batasWaktu: setup.batasWaktu }))[0] ?? [];
    expect(rows).toContain("Perihal | : | Permintaan Data Capaian Kinerja Tahun 2025");
    expect(rows.join("\n")).toContain("Laporan Kinerja Instansi Pemerintah (LKjIP) Sekretariat Daerah");
    expect(rows.join("\n")).toContain("paling lambat hari Kamis, tanggal 15 Januari 2026.");
    expect(defaultNomor(setup, 0)).toBe("000/___/Perenc/2026");
  });

  test("layout: protected, portrait on the round's paper (F4 unless set) fit to width, only the nomor editable, heights fit", () => {
    expect(plan).toMatchObject({
      name: "Surat",
      visibility: "visible",
      protection: {},
      print: { orientation: "portrait", paperSize: "F4", fitToWidth: true },
    });
    const { input } = prepared();
    const a4 = {
      ...input,
      setup: { ...input.setup, rules: { ...input.setup.rules, paperSize: "A4" as const } },
    };
    expect(suratSheetPlan(a4).print?.paperSize).toBe("A4");
    const unlocked = plan.rows.flatMap((row) => row.filter((c) => c?.locked === false).map(text));
    expect(unlocked).toEqual(["000/___/Perenc/2026", "000/___/Perenc/2026"]);
    // Every merge stays on one row and inside the eight columns.
    for (const m of plan.merges) {
      const r = parseRange(m);
      expect(r && r.row1 === r.row2 && r.col2 < plan.columns.length).toBe(true);
    }
    // The opening paragraph wraps over several lines: its row is tall enough for them.
    const opening = plan.rows.findIndex((row) => text(row[0]).includes("Dalam rangka"));
    expect(plan.rowHeights?.[opening]).toBeGreaterThanOrEqual(45);
  });

  test("kop lines from the instansi", () => {
    expect(kopLines("Sekretariat Daerah Kabupaten Tapin")).toEqual({
      pemerintah: "PEMERINTAH KABUPATEN TAPIN",
      unit: "SEKRETARIAT DAERAH",
    });
    expect(kopLines("Sekretariat Daerah Kota Banjarbaru").pemerintah).toBe("PEMERINTAH KOTA BANJARBARU");
    expect(kopLines("Sekretariat Daerah")).toEqual({
      pemerintah: "PEMERINTAH KABUPATEN …………",
      unit: "SEKRETARIAT DAERAH",
    });
  });
});

describe("pageBreaks in the xlsx host", () => {
  test("written as manual row breaks before the planned rows", async () => {
    const { input } = prepared();
    const plan = suratSheetPlan(input);
    const parts = await readXlsxParts(await plansToXlsx([plan]));
    const start = plan.pageBreaks?.[0] ?? 0;
    // OOXML names a break by the last row of the page before it (1-based).
    expect(elements(parts.sheetXml("Surat"), "brk")).toEqual([{ id: String(start), max: "16383", man: "1" }]);
    expect(parts.stylesXml).toMatch(/<u\/>/);
  });

  test("a break before the first row, or a fraction, is rejected", () => {
    const { input } = prepared();
    const plan = suratSheetPlan(input);
    expect(planProblems({ ...plan, pageBreaks: [0, 2.5] })).toHaveLength(2);
  });
});

describeWithLibreOffice("the Surat sheet printed by LibreOffice", () => {
  const out = join(process.cwd(), "test-results");
  let pages: string[];
  let pdfPages: number;
  let pageSize: { width: number; height: number };
  let pageTexts: string[];

  beforeAll(async () => {
    const { input } = prepared();
    const bytes = await plansToXlsx([suratSheetPlan(input)]);
    const work = await mkdtemp(join(tmpdir(), "kk-surat-"));
    try {
      await mkdir(out, { recursive: true });
      for (const old of (await readdir(out)).filter((f) => /^surat-.*\.png$/.test(f))) {
        await unlink(join(out, old));
      }
      const pdf = join(work, "surat.pdf");
      await renderPdfWithLibreOffice(bytes, pdf);
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      pdfPages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
      pageSize = { width: Math.round(Number(size?.[1])), height: Math.round(Number(size?.[2])) };
      pageTexts = [1, 2].map((n) =>
        execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-layout", pdf, "-"], {
          encoding: "utf8",
        }),
      );
      pages = await pdfToPng(pdf, join(out, "surat"), { dpi: 90 });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 120_000);

  test("one F4 portrait page per letter, saved as test-results/surat-*.png", () => {
    expect(pdfPages).toBe(2);
    // F4 as Excel's Folio: 8.5 × 13 in = 612 × 936 pt (215.9 × 330.2 mm), portrait.
    expect(pageSize).toEqual({ width: 612, height: 936 });
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/surat-0*1\.png$/);
  });

  test("the break is where the plan put it: each page is one whole letter", () => {
    const [first = "", second = ""] = pageTexts;
    for (const page of [first, second]) {
      expect(page.trimStart().startsWith("PEMERINTAH KABUPATEN TAPIN")).toBe(true);
      expect(page).toContain("NIP. 196504221988031008");
    }
    expect(first).toContain("Kepala Bagian Pemerintahan");
    expect(first).not.toContain("Organisasi");
    expect(second).toContain("Kepala Bagian Organisasi");
    expect(second).toContain("Persentase rekomendasi LHE yang ditindaklanjuti");
  });
});
