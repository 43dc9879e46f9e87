/**
 * A kertas kerja of 30 indicators printed by LibreOffice, as a Kepala Bagian gets it on paper: the
 * text is readable (≥ 7 pt as printed), the columns the Bagian fills and the signature block are on
 * the first page width, the identifying columns repeat on every page, the key column is not
 * printed, and the paper is the round's setting (F4 by default, or A4).
 *
 * How the printed size is measured: `pdftotext -bbox` gives every word's box. The workbook carries
 * one more sheet, printed at 100 %, whose cell holds the body's words (the satuan "Berkas",
 * "Persen", "Kali") in the body's font at 11 pt. LibreOffice prints both with the same embedded font
 * (Carlito, Calibri's metric twin, which .ci/run installs and LibreOffice ships on Windows: the
 * sheet prints as Excel prints it in Calibri), so a body word's printed size is 11 pt × its box height on
 * the kertas kerja ÷ the same word's box height on the reference page; its box width gives the
 * same ratio, a check on the first. (Box heights are only comparable within one PDF: poppler takes
 * them from the embedded font subset.) The other text is never smaller than the body: every style
 * printed has the body's size or more, which the plan says.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareRound } from "../../src/app/round";
import { colIndex, REALISASI_TW } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import { readMeta } from "../../src/domain/kertas-kerja/kertas-kerja-meta";
import { DEFAULT_RULES } from "../../src/domain/setup/setup-types";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import type { CellValue, PaperSize, SheetPlan } from "../../src/sheet/plan";
import { S } from "../../src/strings";
import { describeWithLibreOffice, pdfToPng, renderPdfWithLibreOffice } from "../support/libreoffice";
import { makeDpa, makeSetup, type NodeSpec } from "../support/round-fixture";

const SUBS: [string, string][] = [
  ["4.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"],
  [
    "4.01.01.2.01.0006",
    "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
  ],
  ["4.01.01.2.13.0003", "Peningkatan Kinerja dan Reformasi Birokrasi"],
  ["4.01.01.2.14.0001", "Fasilitasi Keprotokolan"],
  ["4.01.02.2.01.0001", "Penataan Administrasi Pemerintahan"],
  ["4.01.02.2.02.0001", "Fasilitasi Pengelolaan Bina Mental Spiritual"],
  ["4.01.02.2.03.0001", "Fasilitasi Penyusunan Produk Hukum Daerah"],
  ["4.01.03.2.02.0002", "Pengendalian dan Evaluasi Program Pembangunan"],
  ["4.01.03.2.03.0002", "Pengelolaan Layanan Pengadaan Secara Elektronik"],
  ["4.01.03.2.03.0003", "Pembinaan dan Advokasi Pengadaan Barang dan Jasa"],
];
const PROGRAMS: Record<string, string> = {
  "4.01.01": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
  "4.01.02": "Program Pemerintahan dan Kesejahteraan Rakyat",
  "4.01.03": "Program Perekonomian dan Pembangunan",
};

/** Ten sub kegiatan of one Bagian under their programs and kegiatan, three indicators each: 30. */
function specs(): NodeSpec[] {
  const out: NodeSpec[] = [];
  const seen = new Set<string>();
  SUBS.forEach(([kode, name], i) => {
    const program = kode.slice(0, 7);
    const kegiatan = kode.slice(0, 12);
    if (!seen.has(program)) out.push({ kode: program, name: PROGRAMS[program] ?? program });
    if (!seen.has(kegiatan)) out.push({ kode: kegiatan, name: `Kegiatan ${kegiatan}` });
    seen.add(program).add(kegiatan);
    out.push({
      kode,
      name,
      pagu: 150_000_000 * (i + 1),
      bagian: "PEM",
      indicators: [
        { text: `Jumlah dokumen ${name.toLowerCase()} yang diselesaikan`, target: 4, satuan: "Berkas" },
        { text: `Persentase kegiatan ${i + 1} yang dilaksanakan tepat waktu`, target: 100, satuan: "Persen" },
        { text: `Jumlah rapat koordinasi kegiatan ${i + 1}`, target: 12, satuan: "Kali" },
      ],
    });
  });
  return out;
}

/** The Bagian's kertas kerja of TW II (TW I not reported before: both open), filled in as a Bagian would. */
function filledKertasKerja(paperSize: PaperSize): {
  plans: SheetPlan[];
  indicators: string[];
  keys: string[];
} {
  const setup = makeSetup({ rules: { ...DEFAULT_RULES, paperSize } }, "TW2");
  const prep = prepareRound({
    setup,
    dpa: makeDpa(specs()),
    prior: [],
    reviews: {},
    assignments: {},
    generatedAt: "2026-07-01T08:00:00+08:00",
  });
  const [kk] = prep.kertasKerja;
  if (!kk) throw new Error("no kertas kerja");
  const [plan, metaPlan] = kk.plans;
  if (!plan || !metaPlan) throw new Error("no plans");
  const values = metaPlan.rows.map((r) => r.map((c) => (c?.value ?? null) as CellValue));
  const read = readMeta({ name: metaPlan.name, visibility: "veryHidden", values });
  if (!read.ok) throw new Error(read.issue.message);
  const rows = plan.rows.map((r) => [...r]);
  const fill = (row: number, column: number, value: string | number) => {
    const cell = rows[row - 1]?.[column];
    if (cell?.locked !== false) throw new Error(`cell ${row}/${column} is not an input`);
    rows[row - 1]![column] = { ...cell, value };
  };
  const indicators: string[] = [];
  read.meta.rows.forEach((ref, i) => {
    if (ref.kind === "subkegiatan") fill(ref.row, colIndex.realisasiAnggaran, 40_000_000 + i * 1_000_000);
    if (ref.kind !== "indicator") return;
    indicators.push(String(rows[ref.row - 1]?.[colIndex.indikator]?.value));
    REALISASI_TW.slice(0, 2).forEach((name, q) => fill(ref.row, colIndex[name], q + 1));
    fill(ref.row, colIndex.pendorong, "Koordinasi lintas Bagian berjalan baik");
    fill(ref.row, colIndex.buktiDukung, "Laporan TW II");
  });
  return { plans: [{ ...plan, rows }, metaPlan], indicators, keys: read.meta.rows.map((r) => r.key) };
}

/** The body's words, as the satuan column writes them in the workbook's default font (and nowhere else). */
const REFERENCE_WORDS = ["Berkas", "Persen", "Kali"];
const REFERENCE_POINTS = 11; // the workbook's default font size, which the body keeps

/** A sheet printed after the kertas kerja at 100 %: the body's words at their size in the sheet. */
function referencePlan(paperSize: PaperSize): SheetPlan {
  return {
    name: "Referensi",
    visibility: "visible",
    rows: [[{ value: REFERENCE_WORDS.join(" ") }]],
    styles: {},
    columns: [{ width: 40 }],
    merges: [],
    validations: [],
    print: { orientation: "landscape", paperSize, fitToWidth: false },
  };
}

interface Word {
  text: string;
  width: number;
  height: number;
}
interface Page {
  width: number;
  height: number;
  words: Word[];
}

/** Every page of a PDF with its size and its words' boxes (`pdftotext -bbox`, points). */
function pagesOf(pdf: string): Page[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  return html
    .split("<page ")
    .slice(1)
    .map((page) => ({
      width: Number(/width="([\d.]+)"/.exec(page)?.[1]),
      height: Number(/height="([\d.]+)"/.exec(page)?.[1]),
      words: [
        ...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g),
      ].map((m) => ({
        text: m[5] ?? "",
        width: Number(m[3]) - Number(m[1]),
        height: Number(m[4]) - Number(m[2]),
      })),
    }));
}

const textOf = (page: Page): string => page.words.map((w) => w.text).join(" ");

/** Each page's text as `pdftotext -layout` lays it out (a cell's line stays one line). */
/** The names of the fonts a PDF embeds, subset prefix taken off ("ABCDEF+Carlito" → "Carlito"). */
function pdfFonts(pdf: string): string[] {
  const lines = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2);
  return [
    ...new Set(lines.flatMap((l) => (l.trim() ? [l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, "")] : []))),
  ];
}

function layoutPages(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
}
const wordsOf = (page: Page): Set<string> => new Set(page.words.map((w) => w.text));

/** The words of a column header, as its cell writes them. */
const headerWords = (header: string): string[] => header.split(/\s+/);
const c = S.kertasKerja.columns;
/** The columns a Bagian fills in TW II and signs for. */
const INPUT_HEADERS = [
  c.realisasiTw[1],
  c.realisasiAnggaran,
  c.pendorong,
  c.penghambat,
  c.tindakLanjut,
  c.buktiDukung,
];

interface Printed {
  /** The fonts embedded in the PDF (`pdffonts`), by name. */
  fonts: string[];
  /** The kertas kerja's pages (the reference page taken off). */
  pages: Page[];
  /** Each reference word's box at 100 %. */
  reference: Map<string, Word>;
  plan: SheetPlan;
  indicators: string[];
  keys: string[];
}

/** A body word's printed size in points, from its box height (and, as a check, its width). */
function printedSizes(p: Printed, page: Page): { byHeight: number; byWidth: number }[] {
  return page.words.flatMap((w) => {
    const ref = p.reference.get(w.text);
    if (!ref) return [];
    return [
      {
        byHeight: (REFERENCE_POINTS * w.height) / ref.height,
        byWidth: (REFERENCE_POINTS * w.width) / ref.width,
      },
    ];
  });
}

describeWithLibreOffice("a kertas kerja of 30 indicators on paper (LibreOffice)", () => {
  const printed = new Map<PaperSize, Printed>();
  const layouts = new Map<PaperSize, string[]>();

  beforeAll(async () => {
    const out = join(process.cwd(), "test-results");
    await mkdir(out, { recursive: true });
    for (const old of (await readdir(out)).filter((f) => /^kertas-kerja-kertas-.*\.png$/.test(f))) {
      await unlink(join(out, old));
    }
    const work = await mkdtemp(join(tmpdir(), "kk-paper-"));
    try {
      for (const paper of ["F4", "A4"] as const) {
        const kk = filledKertasKerja(paper);
        const pdf = join(work, `kk-${paper}.pdf`);
        const bytes = await plansToXlsx([...kk.plans, referencePlan(paper)]);
        await renderPdfWithLibreOffice(bytes, pdf, { timeoutMs: 120_000 });
        const all = pagesOf(pdf);
        layouts.set(paper, layoutPages(pdf));
        const last = all[all.length - 1];
        const reference = new Map((last?.words ?? []).map((w) => [w.text, w]));
        const fonts = pdfFonts(pdf);
        printed.set(paper, { fonts, pages: all.slice(0, -1), reference, plan: kk.plans[0]!, ...kk });
        await pdfToPng(pdf, join(out, `kertas-kerja-kertas-${paper}`), { dpi: 60 });
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 240_000);

  const get = (paper: PaperSize): Printed => {
    const p = printed.get(paper);
    if (!p) throw new Error(`not printed on ${paper}`);
    return p;
  };
  /** The pages of the first page width: from page 1, while the input columns' header repeats. */
  const firstWidth = (pages: Page[]): Page[] => {
    const end = pages.findIndex((p) => !wordsOf(p).has("Pendorong"));
    return end < 0 ? pages : pages.slice(0, end);
  };

  it("prints the reference page last, the body's words alone on it", () => {
    for (const paper of ["F4", "A4"] as const) {
      expect([...get(paper).reference.keys()]).toEqual(REFERENCE_WORDS);
    }
  });

  it("prints on F4 by default: 330 × 215 mm landscape, as Excel's Folio 13 × 8.5 in", () => {
    const { pages } = get("F4");
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(13 * 72, 0);
      expect(page.height).toBeCloseTo(8.5 * 72, 0);
      // Within 3 pt of the F4 of Indonesian offices, 330 × 215 mm.
      expect(Math.abs(page.width - (330 / 25.4) * 72)).toBeLessThan(3);
      expect(Math.abs(page.height - (215 / 25.4) * 72)).toBeLessThan(3);
    }
  });

  it("prints in Carlito, Calibri's metric twin, as Excel prints the sheet in Calibri", () => {
    // Without Carlito LibreOffice draws a wider font and the page shrinks further: the sizes
    // measured below would not be those of Excel's print (fonts-crosextra-carlito).
    for (const paper of ["F4", "A4"] as const) {
      expect(get(paper).fonts.filter((f) => /^Carlito/.test(f))).not.toEqual([]);
      expect(get(paper).fonts.filter((f) => /DejaVu/.test(f))).toEqual([]);
    }
  });

  it.each(["F4", "A4"] as const)("prints the body text at 7 pt or more on %s, on every page", (paper) => {
    const p = get(paper);
    for (const [i, page] of p.pages.entries()) {
      const sizes = printedSizes(p, page);
      expect({ page: i + 1, words: sizes.length > 0 }).toEqual({ page: i + 1, words: true });
      for (const { byHeight, byWidth } of sizes) {
        expect(byHeight).toBeGreaterThanOrEqual(7);
        // Height and width tell the same size (within 3 %): the measure holds.
        expect(Math.abs(byHeight / byWidth - 1)).toBeLessThan(0.03);
      }
    }
  });

  it("prints nothing in a smaller type than the body: every printed cell's style is 11 pt or more", () => {
    const { plan } = get("F4");
    const hidden = new Set(plan.columns.flatMap((col, i) => (col.hidden ? [i] : [])));
    const smaller = plan.rows.flatMap((row) =>
      row.flatMap((cell, i) => {
        const size = cell?.style ? (plan.styles[cell.style]?.fontSize ?? REFERENCE_POINTS) : REFERENCE_POINTS;
        return !hidden.has(i) && size < REFERENCE_POINTS ? [`${cell?.style}: ${size} pt`] : [];
      }),
    );
    expect(smaller).toEqual([]);
    // The one smaller style there is (the key, 8 pt) is in a hidden column only.
    expect(plan.rows.some((row) => row.some((cell) => cell?.style === "key"))).toBe(true);
  });

  it("puts what the Bagian fills and the signature block on the first page width", () => {
    const { pages, indicators } = get("F4");
    const first = firstWidth(pages);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(pages.length);
    // Every input column's header is on page 1 (and repeats on each page of that width).
    for (const page of first) {
      const words = wordsOf(page);
      for (const header of INPUT_HEADERS)
        for (const word of headerWords(header)) expect(words).toContain(word);
    }
    // Every indicator's row prints on that width, with what the Bagian wrote.
    const text = first.map(textOf).join(" ");
    for (const indicator of indicators) expect(text).toContain(indicator.split(" ").slice(-3).join(" "));
    expect(text.match(/Laporan TW II/g)).toHaveLength(indicators.length);
    // The signature block closes the first width: date, jabatan, name and NIP of the Kepala Bagian.
    const last = textOf(first[first.length - 1]!);
    for (const words of [
      S.kertasKerja.signature.tanggal,
      S.kertasKerja.signature.jabatan("Bagian Pemerintahan"),
      S.kertasKerja.signature.nama,
      "Ahmad Rizani",
      S.kertasKerja.signature.nip,
      "197803152005011003",
    ])
      expect(last).toContain(words);
  });

  it("repeats kode, uraian, indikator and satuan on every page, and prints the given columns after", () => {
    const { pages } = get("F4");
    for (const page of pages) {
      const words = wordsOf(page);
      for (const header of [c.kode, c.uraian, c.indikator, c.satuan]) {
        for (const word of headerWords(header)) expect(words).toContain(word);
      }
    }
    // After the first width: what was given, and TW I (never reported, so open too, but not the
    // period's: it prints with the earlier quarters, keeping the first width one size).
    const width = firstWidth(pages).length;
    const rest = new Set(pages.slice(width).flatMap((p) => [...wordsOf(p)]));
    for (const header of [c.polaritas, c.jenisCapaian, c.targetTahunan, ...c.targetTw, c.realisasiTw[0]]) {
      for (const word of headerWords(header)) expect(rest).toContain(word);
    }
    // pdftotext -layout keeps a header's line together: "TW I" is there, not on the first width.
    const layout = layouts.get("F4") ?? [];
    expect(layout.slice(width).join("\n")).toMatch(/\bTW I\b/);
    for (const page of layout.slice(0, width)) expect(page).not.toMatch(/\bTW I\b/);
  });

  it("does not print the key column", () => {
    for (const paper of ["F4", "A4"] as const) {
      const { pages, keys } = get(paper);
      const text = pages.map(textOf).join(" ");
      expect(text).not.toContain(headerWords(c.kunci)[0]);
      // An indicator's key is "kode|slug~hash": neither its bar nor its hash is printed.
      const hashes = keys.flatMap((key) => (key.includes("~") ? [key.split("~")[1]!] : []));
      expect(hashes).toHaveLength(30);
      for (const hash of hashes) expect(text).not.toContain(hash);
      expect(text).not.toContain("|");
    }
  });

  it("prints on A4 when the round says so: 297 × 210 mm, the same first page, scaled to the narrower page", () => {
    const a4 = get("A4");
    const f4 = get("F4");
    for (const page of a4.pages) {
      expect(Math.abs(page.width - (297 / 25.4) * 72)).toBeLessThan(1);
      expect(Math.abs(page.height - (210 / 25.4) * 72)).toBeLessThan(1);
    }
    const words = wordsOf(a4.pages[0]!);
    for (const header of INPUT_HEADERS) for (const word of headerWords(header)) expect(words).toContain(word);
    // Fit to one page wide: the first width shrinks by the ratio of the printable widths (0.25 in
    // margins each side), give or take LibreOffice's zoom, which its search of whole percents can
    // leave a few percent below the largest that fits.
    const size = (p: Printed) => printedSizes(p, p.pages[0]!)[0]!.byHeight;
    const printable = (inches: number) => inches - 0.5;
    const ratio = printable(297 / 25.4) / printable(13);
    expect(Math.abs(size(a4) / size(f4) / ratio - 1)).toBeLessThan(0.05);
  });
});
