/**
 * The formulas the xlsx host writes, computed by a real spreadsheet engine. One workbook carries
 * every check, so LibreOffice starts three times in all (recalc, no-recalc control, PDF).
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { roundExcel } from "../../../src/domain/shared/rounding";
import { internals } from "../../../src/hosts/xlsx/internals";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/port";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import { a1, type CellPlan, type CellValue, type SheetSnapshot } from "../../../src/sheet/plan";
import {
  describeWithLibreOffice,
  pdfToPng,
  recalcWithLibreOffice,
  renderPdfWithLibreOffice,
} from "../../support/libreoffice";
import { readXlsxParts, sheetFacts } from "../../support/xlsx-xml";
import { f, fullPlan, sheet, v } from "./plans";

type Input = string | number | null;
/** [target, realisasi]: every branch of the capaian and kategori formulas. */
const CASES: [Input, Input][] = [
  [100, 95], // 95 → Sangat Tinggi
  [80, 60], // 75 → Tinggi
  [3, 2], // 66.67 → Sedang
  [200, 101], // 50.5 → Rendah
  [10, 1], // 10 → Sangat Rendah
  [0, 5], // target 0 → ""
  [100, null], // not reported → ""
  [1, 0.02675], // 2.675: Excel's ROUND gives 2.68, naive JS 2.67
  ["n/a", 5], // target is text → ""
  [3, 1], // 33.33
  [-4, -1.0049], // negative: half away from zero
];
const FIRST = 2; // data rows start at row 2
const LAST = FIRST + CASES.length - 1;

const capaianFormula = (r: number) =>
  `IF(AND(ISNUMBER(B${r}),ISNUMBER(C${r}),B${r}<>0),ROUND(C${r}/B${r}*100,2),"")`;
const kategoriFormula = (r: number) =>
  `IF(D${r}="","",IF(D${r}>=90,"Sangat Tinggi",IF(D${r}>=75,"Tinggi",` +
  `IF(D${r}>=65,"Sedang",IF(D${r}>=50,"Rendah","Sangat Rendah")))))`;

/** The same rules in JS: what the domain would compute. */
function capaian(target: Input, realisasi: Input): number | "" {
  if (typeof target !== "number" || typeof realisasi !== "number" || target === 0) return "";
  return roundExcel((realisasi / target) * 100, 2);
}
function kategori(c: number | ""): string {
  if (c === "") return "";
  return c >= 90
    ? "Sangat Tinggi"
    : c >= 75
      ? "Tinggi"
      : c >= 65
        ? "Sedang"
        : c >= 50
          ? "Rendah"
          : "Sangat Rendah";
}

/** Summary formulas below the data, with what they must give. "" reads back as null. */
const numbers = () => CASES.map(([t, r]) => capaian(t, r)).filter((c): c is number => c !== "");
const SUMMARY: { label: string; cell: CellPlan; expected: () => CellValue }[] = [
  { label: "SUM", cell: f(`SUM(D${FIRST}:D${LAST})`), expected: () => numbers().reduce((a, b) => a + b, 0) },
  { label: "COUNT", cell: f(`COUNT(D${FIRST}:D${LAST})`), expected: () => numbers().length },
  { label: "MIN", cell: f(`MIN(D${FIRST}:D${LAST})`), expected: () => Math.min(...numbers()) },
  { label: "nol", cell: f(`C${FIRST}*0`), expected: () => 0 },
  { label: "bagi nol", cell: f(`1/B${FIRST + 5}`), expected: () => "#DIV/0!" },
  { label: "ISNUMBER teks", cell: f(`ISNUMBER(B${FIRST + 8})`), expected: () => false },
  { label: "lintas lembar", cell: f(`'Data Ref'!A1*2`), expected: () => 42 },
  { label: "nama", cell: f("SUM(Ref_Angka)"), expected: () => 21 + 4 },
  { label: "teks seperti rumus", cell: v("=1+1"), expected: () => "=1+1" },
  { label: "panjang teks itu", cell: f(`LEN(B${LAST + 9})`), expected: () => 4 },
  { label: "IF kosong", cell: f(`IF(B${FIRST}>0,"","x")`), expected: () => null },
];
const SUMMARY_ROW = LAST + 1;

function hitungSheet() {
  const rows: (CellPlan | null)[][] = [
    [v("Indikator"), v("Target"), v("Realisasi"), v("Capaian"), v("Kategori")],
  ];
  CASES.forEach(([t, r], i) => {
    const row = FIRST + i;
    rows.push([
      v(`Indikator ${i + 1}`),
      v(t, { locked: false }),
      v(r, { locked: false }),
      f(capaianFormula(row)),
      f(kategoriFormula(row)),
    ]);
  });
  for (const s of SUMMARY) rows.push([v(s.label), s.cell]);
  return sheet("Hitung", rows, { protection: { password: "rahasia" } });
}

/** Where the deliberately wrong cached results go (set through exceljs: plans carry none). */
const STALE = { number: "G1", text: "G2" };

async function workbookBytes(): Promise<Uint8Array> {
  const book = XlsxWorkbook.create();
  await book.writeSheets([
    hitungSheet(),
    sheet("Data Ref", [[v(21), v(4)]], {
      visibility: "hidden",
      names: [{ name: "Ref_Angka", range: a1("A1:B1") }],
    }),
  ]);
  const ws = book.workbook.getWorksheet("Hitung");
  if (!ws) throw new Error("no Hitung sheet");
  ws.getCell(STALE.number).value = { formula: "2*3", result: 999 };
  ws.getCell(STALE.text).value = { formula: 'IF(1>0,"","x")', result: "basi" };
  return book.toBytes();
}

const cell = (s: SheetSnapshot, address: string): CellValue => {
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m || !m[1] || !m[2]) throw new Error(address);
  return s.values[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? null;
};

async function hitung(bytes: Uint8Array): Promise<SheetSnapshot> {
  const found = (await readXlsx(bytes)).sheets.find((x) => x.name === "Hitung");
  if (!found) throw new Error("no Hitung sheet");
  return found;
}

describeWithLibreOffice("LibreOffice recalculates what the xlsx host writes", () => {
  let written: Uint8Array;
  let recalculated: Uint8Array;
  let kept: Uint8Array;
  let pdfDir: string;
  let pages: string[];

  beforeAll(async () => {
    written = await workbookBytes();
    pdfDir = await mkdtemp(join(tmpdir(), "kk-pdf-"));
    const fullPlanBytes = await plansToXlsx([fullPlan()]);
    // One after another (~4–5 s each on an idle machine): in parallel on two cores they gain
    // little and starve the other jest workers.
    recalculated = await recalcWithLibreOffice(written);
    kept = await recalcWithLibreOffice(written, { recalcMode: 1 });
    await renderPdfWithLibreOffice(fullPlanBytes, join(pdfDir, "kk.pdf"));
    pages = await pdfToPng(join(pdfDir, "kk.pdf"), join(pdfDir, "halaman"));
  }, 120_000);

  afterAll(async () => {
    await rm(pdfDir, { recursive: true, force: true });
  });

  test("capaian and kategori per row equal the JS computation", async () => {
    const s = await hitung(recalculated);
    const actual = CASES.map((_, i) => [cell(s, `D${FIRST + i}`), cell(s, `E${FIRST + i}`)]);
    const expected = CASES.map(([t, r]) => {
      const c = capaian(t, r);
      const k = kategori(c);
      return [c === "" ? null : c, k === "" ? null : k];
    });
    expect(actual).toEqual(expected);
    expect(cell(s, "D9")).toBe(2.68);
    expect(cell(s, "D12")).toBe(25.12); // -1.0049 / -4 * 100 = 25.1225
  });

  test("summary formulas: SUM, COUNT, MIN, 0, errors, booleans, other sheets, names, text", async () => {
    const s = await hitung(recalculated);
    const actual = SUMMARY.map((x, i) => [x.label, cell(s, `B${SUMMARY_ROW + i}`)]);
    const expected = SUMMARY.map((x) => [x.label, x.expected()]);
    // SUM over rounded values: compare at the precision both sides computed.
    expect(actual.map(([l, a]) => [l, typeof a === "number" ? roundExcel(a, 9) : a])).toEqual(
      expected.map(([l, e]) => [l, typeof e === "number" ? roundExcel(e, 9) : e]),
    );
  });

  test("formulas come back as written (LibreOffice does not rewrite them)", async () => {
    const before = await hitung(written);
    const after = await hitung(recalculated);
    expect(after.formulas?.slice(0, LAST + SUMMARY.length)).toEqual(
      before.formulas?.slice(0, LAST + SUMMARY.length),
    );
  });

  test("the private profile is what makes LibreOffice recalculate", async () => {
    const fresh = await hitung(recalculated);
    expect(cell(fresh, STALE.number)).toBe(6);
    expect(cell(fresh, STALE.text)).toBeNull();
    // Same file, profile set to "never recalculate": the wrong cached values survive, although
    // the file asks for fullCalcOnLoad (LibreOffice ignores that flag).
    const stale = await hitung(kept);
    expect(cell(stale, STALE.number)).toBe(999);
    expect(cell(stale, STALE.text)).toBe("basi");
    // A formula with no cached value at all is computed even then: only stored results are trusted.
    expect(cell(stale, "D2")).toBe(95);
  });

  test("protection and unlocked cells survive LibreOffice; exceljs misreads its 'true' flags", async () => {
    const parts = await readXlsxParts(recalculated);
    const facts = sheetFacts(parts, "Hitung");
    expect(facts.isProtected).toBe(true);
    expect(facts.isLocked("B2")).toBe(false);
    expect(facts.isLocked("C12")).toBe(false);
    expect(facts.isLocked("D2")).toBe(true);
    expect(facts.isLocked("A1")).toBe(true);
    // The canary: if this fails, exceljs learned to read LibreOffice's booleans.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(recalculated as unknown as ArrayBuffer);
    expect(facts.protection?.sheet).toBe("true");
    const ws = wb.getWorksheet("Hitung");
    expect(ws && internals(ws).sheetProtection?.sheet).toBeUndefined();
    expect((await readXlsx(recalculated)).sheets.map((x) => [x.name, x.visibility])).toEqual([
      ["Hitung", "visible"],
      ["Data Ref", "hidden"],
    ]);
  });

  test("the print setup reaches the PDF: A4 landscape pages, rendered to PNG", () => {
    const info = execFileSync("pdfinfo", [join(pdfDir, "kk.pdf")], { encoding: "utf8" });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(size).not.toBeNull();
    const [w, h] = [Number(size?.[1]), Number(size?.[2])];
    expect(Math.round(w)).toBe(842); // A4 long side in points
    expect(Math.round(h)).toBe(595);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages[0]).toMatch(/halaman-0*1\.png$/);
  });
});
