/**
 * The Laporan's Word document as LibreOffice Writer prints it: converted to PDF, its text read back
 * with pdftotext. Every page is A4 portrait; every figure of every table is printed as the domain
 * formats it, between the table's caption and its source line; and for a report built from a real
 * master (`buildReport`), every figure that names a master cell equals that cell as LibreOffice
 * Calc recalculates the master. PNGs of the cover, the daftar isi, the first page of each bab and
 * the approval page go to test-results/laporan-docx-*.png for a reader's eye.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { analysisSheetPlan } from "../../src/domain/analysis/analysis-sheet";
import { dataSheetPlan } from "../../src/domain/ledger/data-sheet";
import { buildReport } from "../../src/domain/report/report-build";
import { reportInputOf } from "../../src/domain/report/report-input";
import type {
  ReportCell,
  ReportDocument,
  ReportTable,
  ReportValueKind,
} from "../../src/domain/report/report-model";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import { formatIndonesianNumber, formatNumber, formatPercent } from "../../src/domain/shared/numbers";
import { laporanDocx } from "../../src/hosts/docx/laporan-docx";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import type { CellValue, SheetSnapshot } from "../../src/sheet/plan";
import { laporanFixture, PARAF_VALID, tablesOf } from "../support/docx-fixture";
import { docxToPdf, pdfPageSizes, pdfPages, pdfPageToPng } from "../support/docx-writer";
import { ikuYearInputs, runIkuYear, samplePk } from "../support/iku-fixture";
import { describeWithLibreOffice, recalcWithLibreOffice } from "../support/libreoffice";

const OUT = "test-results";

/** A figure as the report must print it, by the domain's own formatting (a kept space reads as a space). */
function printed(value: ReportCell["value"] | CellValue, kind: ReportValueKind): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value !== "number") return String(value);
  if (kind === "percent") return formatPercent(value);
  if (kind === "money" || kind === "count") return formatIndonesianNumber(value, 0);
  return formatNumber(value);
}

/** Text as compared: kept spaces as spaces, every run of white space one space. */
const squash = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** How often a figure stands alone in `text` (not inside a longer number). */
const occurrences = (text: string, figure: string) =>
  [...text.matchAll(new RegExp(`(?<![\\d.,])${escape(figure)}(?![\\d,]|\\.\\d)`, "g"))].length;

/**
 * How often a word of text stands in `text`, also when a line break cut it: pdftotext then puts a
 * space there, or — after a "-" ending the line ("Kertas-Kerja-PEM-2026-" "Tahunan.xlsx") — drops
 * the hyphen, taking it for a soft one.
 */
const wordOccurrences = (text: string, word: string) =>
  [...text.matchAll(new RegExp([...word].map((ch) => (ch === "-" ? "-?" : escape(ch))).join(" ?"), "g"))]
    .length;

/** The printed text from a table's caption to its source line ("Sumber: …"). */
function regionOf(text: string, t: ReportTable, from = 0): { region: string; end: number } {
  const start = text.indexOf(squash(t.title), from);
  const source = text.indexOf(`Sumber: lembar ${t.source.sheet}`, start);
  if (start < 0 || source < 0) return { region: "", end: from };
  return { region: text.slice(start, source), end: source };
}

/** Every figure and word of every table missing from its printed region, in words; empty when all are there. */
function missingFromPdf(doc: ReportDocument, text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const t of tablesOf(doc)) {
    const { region, end } = regionOf(text, t, from);
    from = end;
    if (region === "") {
      out.push(`${t.id}: judul atau baris sumber tidak tercetak`);
      continue;
    }
    const figures = new Map<string, number>();
    const words = new Map<string, number>();
    const add = (m: Map<string, number>, s: string) => m.set(s, (m.get(s) ?? 0) + 1);
    for (const row of t.rows) {
      t.columns.forEach((c, i) => {
        const shown = squash(printed(row.cells[i]?.value ?? null, c.kind));
        if (shown === "") return;
        // Figures whole; text word by word (a wrapped cell's lines may interleave with its neighbours').
        if (c.kind === "text") shown.split(" ").forEach((w) => add(words, w));
        else add(figures, shown);
      });
    }
    const check = (m: Map<string, number>, count: (s: string) => number) => {
      for (const [s, n] of m) {
        const found = count(s);
        if (found < n) out.push(`${t.id}: "${s}" tercetak ${found} kali, diharapkan ${n}`);
      }
    };
    check(figures, (s) => occurrences(region, s));
    check(words, (s) => wordOccurrences(region, s));
  }
  return out;
}

/** 1-based page of each chapter's first page: the page whose first line is its title. */
function chapterPages(doc: ReportDocument, pages: string[]): Map<string, number> {
  const firstLine = (p: string) => squash(p.split("\n").find((l) => l.trim() !== "") ?? "");
  return new Map(doc.chapters.map((c) => [c.title, pages.findIndex((p) => firstLine(p) === c.title) + 1]));
}

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * PNGs of the pages a reader looks at first — cover, daftar isi, the first page of each bab, the
 * approval block — as `${prefix}-<name>.png`; a page already shot is not shot again.
 */
async function shoot(doc: ReportDocument, pages: string[], pdf: string, prefix: string): Promise<string[]> {
  const pengesahan = pages.findIndex((p) => squash(p).includes("PENGESAHAN Paraf (langkah 6 SOP)")) + 1;
  const shots: [string, number][] = [
    ["sampul", 1],
    ["daftar-isi", 2],
    ...[...chapterPages(doc, pages)].map(([title, page]): [string, number] => [slug(title), page]),
    ["pengesahan", pengesahan],
  ];
  const seen = new Set<number>();
  const out: string[] = [];
  for (const [name, page] of shots) {
    if (page < 1 || seen.has(page)) continue;
    seen.add(page);
    const png = join(OUT, `${prefix}-${name}.png`);
    await pdfPageToPng(pdf, page, png, 60);
    out.push(png);
  }
  return out;
}

async function isPng(path: string): Promise<boolean> {
  const { readFile } = await import("node:fs/promises");
  const b = await readFile(path);
  return b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}

describeWithLibreOffice("the Laporan printed by LibreOffice Writer", () => {
  const doc = laporanFixture();
  let pages: string[] = [];
  let text = "";
  let pdf = "";

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    pdf = join(OUT, "laporan-docx.pdf");
    await docxToPdf(await laporanDocx(doc), pdf);
    pages = await pdfPages(pdf);
    text = squash(pages.join("\n"));
  }, 240_000);

  test("every page is A4 portrait", async () => {
    const sizes = await pdfPageSizes(pdf);
    expect(sizes.length).toBe(pages.length);
    expect(sizes.length).toBeGreaterThanOrEqual(doc.chapters.length + 2);
    // A4 = 210 × 297 mm = 595,28 × 841,89 pt.
    for (const s of sizes) {
      expect(Math.abs(s.width - 595.28)).toBeLessThan(1);
      expect(Math.abs(s.height - 841.89)).toBeLessThan(1);
    }
  });

  test("every figure and word of every table is printed, between its caption and its source line", () => {
    expect(missingFromPdf(doc, text)).toEqual([]);
  });

  test("figures by hand: rupiah, percentages, decimals", () => {
    for (const figure of [
      "2.875.500.000",
      "4.375.500.000",
      "1.250.000.000",
      "93,53 %",
      "92,50 %",
      "94,87 %",
      "85,5",
    ]) {
      expect(occurrences(text, figure)).toBeGreaterThan(0);
    }
  });

  test("the source lines, the section without data and the missing signature are printed", () => {
    expect(text).toContain("Sumber: lembar Analisis, sel A44:H47, buku kerja induk");
    expect(text).toContain("Sumber: lembar Pengaturan, sel A12:D20, buku kerja induk.");
    expect(text).toContain("Tidak ada standar nasional yang ditetapkan");
    expect(text).toContain("Tanda tangan Sekretaris Daerah (langkah 7 SOP) belum dibubuhkan.");
    expect(text).toContain("DRAFT — belum ditandatangani");
  });

  test("each bab starts a page; the daftar isi gives page numbers; PNGs of the pages a reader looks at", async () => {
    const starts = chapterPages(doc, pages);
    for (const [title, page] of starts) expect([title, page > 2]).toEqual([title, true]);
    const daftarIsi = squash(pages[1] ?? "");
    expect(daftarIsi).toMatch(/^DAFTAR ISI BAB I PENDAHULUAN\.*\s?1\b/);
    const pengesahan = pages.findIndex((p) => squash(p).includes("PENGESAHAN Paraf (langkah 6 SOP)")) + 1;
    expect(pengesahan).toBeGreaterThan(starts.get("BAB IV PENUTUP")! - 1);
    for (const png of await shoot(doc, pages, pdf, "laporan-docx")) expect(await isPng(png)).toBe(true);
  }, 120_000);
});

/** The value of an A1 cell of a sheet read back from .xlsx. */
function cellOf(sheet: SheetSnapshot, a1: string): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return null;
  const col = [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.values[Number(m[2]) - 1]?.[col] ?? null;
}

/**
 * Every figure that names a master cell and is not printed, in its table's region, as that cell's
 * recalculated value; and how many figures named a cell.
 */
function masterMismatches(doc: ReportDocument, text: string, sheets: Map<string, SheetSnapshot>) {
  const problems: string[] = [];
  let named = 0;
  let from = 0;
  for (const t of tablesOf(doc)) {
    const { region, end } = regionOf(text, t, from);
    from = end;
    for (const row of t.rows) {
      t.columns.forEach((c, i) => {
        const ref = row.cells[i]?.ref;
        if (!ref || c.kind === "text") return;
        named++;
        const sheet = sheets.get(ref.sheet);
        if (!sheet) return void problems.push(`${t.id}: lembar ${ref.sheet} tidak dihitung ulang`);
        const shown = squash(printed(cellOf(sheet, ref.cell), c.kind));
        if (shown === "" && (row.cells[i]?.value ?? null) === null) return;
        if (occurrences(region, shown) === 0)
          problems.push(`${t.id}: ${ref.sheet}!${ref.cell} = ${shown} tidak tercetak`);
      });
    }
  }
  return { problems, named };
}

/** The document with the first percentage that names a master cell raised by one point; that cell. */
function withOneFigureChanged(doc: ReportDocument): { changed: ReportDocument; ref: string } {
  const changed = structuredClone(doc);
  for (const t of tablesOf(changed)) {
    const col = t.columns.findIndex((c) => c.kind === "percent");
    const cell = t.rows.map((r) => r.cells[col]).find((c) => c?.ref && typeof c.value === "number");
    if (col >= 0 && cell?.ref && typeof cell.value === "number") {
      cell.value += 1;
      return { changed, ref: `${cell.ref.sheet}!${cell.ref.cell}` };
    }
  }
  throw new Error("tidak ada persentase yang menyebut sel induk");
}

describeWithLibreOffice("a Laporan built from a master (buildReport), printed by Writer", () => {
  let doc: ReportDocument;
  let text = "";
  let wrongText = "";
  let wrongRef = "";
  const sheets = new Map<string, SheetSnapshot>();

  beforeAll(async () => {
    const tw4 = runIkuYear()[3]!;
    const setup = ikuYearInputs("TW4", []).setup;
    const pk = samplePk();
    doc = buildReport(
      reportInputOf(setup, tw4.subs, pk, { disusun: "2027-01-05", approvals: [PARAF_VALID] }),
    );
    // To prove the comparison can fail: the same report with one figure off its cell by a point.
    const { changed, ref } = withOneFigureChanged(doc);
    wrongRef = ref;
    const master = await plansToXlsx([
      setupSheetPlan(setup),
      dataSheetPlan(setup, tw4.subs),
      analysisSheetPlan(setup, tw4.subs, pk),
    ]);
    const [recalculated] = await Promise.all([
      recalcWithLibreOffice(master, { timeoutMs: 180_000 }),
      docxToPdf(await laporanDocx(doc), join(OUT, "laporan-docx-induk.pdf")),
      docxToPdf(await laporanDocx(changed), join(OUT, "laporan-docx-induk-salah.pdf")),
    ]);
    for (const s of (await readXlsx(recalculated)).sheets) sheets.set(s.name, s);
    const pages = await pdfPages(join(OUT, "laporan-docx-induk.pdf"));
    text = squash(pages.join("\n"));
    await shoot(doc, pages, join(OUT, "laporan-docx-induk.pdf"), "laporan-docx-induk");
    wrongText = squash((await pdfPages(join(OUT, "laporan-docx-induk-salah.pdf"))).join("\n"));
  }, 300_000);

  test("every figure and word of every table is printed, between its caption and its source line", () => {
    expect(tablesOf(doc).length).toBeGreaterThan(5);
    expect(missingFromPdf(doc, text)).toEqual([]);
  });

  test("every figure naming a master cell is printed as LibreOffice Calc computes that cell", () => {
    const { problems, named } = masterMismatches(doc, text, sheets);
    expect(named).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  test("a figure one point off its cell is caught", () => {
    const { problems } = masterMismatches(doc, wrongText, sheets);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${wrongRef} = `);
  });
});
