/**
 * Capaian per sasaran strategis recalculated by a real spreadsheet engine: for random rounds with a
 * Perjanjian Kinerja, every cell of every sasaran line and IKU row of the Analisis sheet equals
 * `analyseSasaran()`, and no cell of Data or Analisis holds an error value. One soffice run
 * recalculates every workbook (and one more prints the first for a human look).
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { analyse, dataRowsOf } from "../../src/domain/analysis/analysis";
import {
  analyseSasaran,
  comparisonYear,
  type SasaranAnalysis,
} from "../../src/domain/analysis/analysis-sasaran";
import { analysisSheetPlan } from "../../src/domain/analysis/analysis-sheet";
import { dataSheetPlan } from "../../src/domain/ledger/data-sheet";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import type { CellValue, SheetPlan, SheetSnapshot } from "../../src/sheet/plan";
import { S } from "../../src/strings";
import {
  describeWithLibreOffice,
  pdfToPng,
  recalcAllWithLibreOffice,
  renderPdfWithLibreOffice,
} from "../support/libreoffice";
import { randomSasaranRound, type SasaranRound } from "../support/sasaran-round";

const T = S.analysis.sheet;
const X = T.sasaran;

/** Seeds chosen so that together the rounds exercise every case ("the rounds exercise what they should"). */
const ROUNDS: SasaranRound[] = [
  randomSasaranRound("TW2-selisih-120", 37, "TW2"),
  randomSasaranRound("TW4-rasio-100", 1037, "TW4", { negativeFormula: "rasio", capaianCap: 100 }),
  randomSasaranRound("TAHUNAN-selisih-120", 2037, "TAHUNAN"),
  // Nobody submitted: every IKU "belum dilaporkan", every serapan empty.
  { ...randomSasaranRound("tanpa-kiriman", 99, "TW1"), subs: [] },
  // Serapan against pagu × 0,75: the one share that is not a power of two.
  randomSasaranRound("TW3-selisih-120", 3037, "TW3"),
];

const expectedOf = (r: SasaranRound): SasaranAnalysis[] =>
  analyseSasaran(r.setup, dataRowsOf(r.setup, r.subs), analyse(r.setup, r.subs).indicators, r.pk);

const plansOf = (r: SasaranRound): SheetPlan[] => [
  dataSheetPlan(r.setup, r.subs),
  analysisSheetPlan(r.setup, r.subs, r.pk),
];

type Expected = number | string | null;

/** The cells a sasaran line shows, A…M (C…F are merged into B). */
const sasaranCells = (s: SasaranAnalysis): Expected[] => [
  s.no,
  s.text,
  null,
  null,
  null,
  null,
  s.capaian,
  s.predikat,
  s.pagu,
  s.realisasiAnggaran,
  s.serapan,
  s.selisih,
  s.efisiensi === null ? null : T.efficiency[s.efisiensi],
];

/** The cells of the IKU rows under a sasaran, A…M (C is merged into B). */
const ikuCells = (s: SasaranAnalysis): Expected[][] =>
  s.iku.map((i, j) => [
    j + 1,
    i.indikator,
    null,
    i.satuan,
    i.targetWord ?? i.targetSd,
    i.realisasiWord ?? i.realisasiSd,
    i.capaian,
    i.predikat,
    i.lalu,
    i.perubahan,
    i.tren === null ? null : T.trend[i.tren],
    i.targetRenstra,
    i.progresRenstra,
  ]);

/** Every line the section should show after its title, in order (headers without their merged cells). */
function expectedLines(r: SasaranRound, sasaran: SasaranAnalysis[]): Expected[][] {
  const lines: Expected[][] = [[...X.header], X.ikuHeader(comparisonYear(r.pk, r.setup.tahun))];
  for (const s of sasaran) {
    lines.push(sasaranCells(s));
    if (s.iku.length === 0) lines.push([X.noIku]);
    lines.push(...ikuCells(s));
  }
  return r.pk.sasaran.length === 0 ? [[X.noSasaran]] : lines;
}

/** The values of a row with the merged header cells dropped (they read as empty). */
const compact = (values: readonly CellValue[]): CellValue[] => values.filter((v) => v !== null && v !== "");

/** Every difference between the recalculated section and the domain's analysis, in words. */
function compare(sheet: SheetSnapshot, r: SasaranRound, sasaran: SasaranAnalysis[]): string[] {
  const out: string[] = [];
  const top = sheet.values.findIndex((row) => row[0] === T.sections.perSasaran);
  if (top < 0) return [`bagian "${T.sections.perSasaran}" tidak ada`];
  const lines = expectedLines(r, sasaran);
  lines.forEach((expected, k) => {
    const at = top + 1 + k;
    const actual = sheet.values[at] ?? [];
    const isHeader = k < 2 && r.pk.sasaran.length > 0;
    const got = isHeader ? compact(actual) : actual;
    expected.forEach((e, c) => {
      const a = got[c] ?? null;
      // Sums of realisasi and target (kumulatif) may be added in another order by LibreOffice.
      const close = c === 4 || c === 5;
      const ok =
        e === null
          ? a === null || a === ""
          : typeof e === "number"
            ? typeof a === "number" && (close ? Math.abs(a - e) < 1e-9 : a === e)
            : a === e;
      if (!ok)
        out.push(
          `baris ${at + 1} kolom ${String.fromCharCode(65 + c)}: diharapkan ${JSON.stringify(e)}, didapat ${JSON.stringify(a)}`,
        );
    });
  });
  const after = sheet.values[top + 1 + lines.length + 1]?.[0];
  if (after !== T.sections.perIndikator) out.push(`setelah bagian ini: ${JSON.stringify(after)}`);
  return out;
}

const ERROR_VALUE = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)|Err:\d+)/;
const errorCells = (sheet: SheetSnapshot): string[] =>
  sheet.values.flatMap((row, r) =>
    row.flatMap((v, c) =>
      typeof v === "string" && ERROR_VALUE.test(v) ? [`${sheet.name}!R${r + 1}C${c + 1}: ${v}`] : [],
    ),
  );

/** The first sasaran line whose mean would change if MIN were MAX; its 0-based row and sasaran. */
function mutable(plan: SheetPlan, sasaran: SasaranAnalysis[]): { row: number; s: SasaranAnalysis } {
  const s = sasaran.find((x) => x.capaian !== null);
  if (!s) throw new Error("no sasaran with a capaian to break");
  const row = plan.rows.findIndex((r) => r[0]?.value === s.no && r[1]?.value === s.text);
  return { row, s };
}

describeWithLibreOffice("capaian per sasaran recalculated by LibreOffice equals analyseSasaran()", () => {
  const sheets = new Map<string, { data: SheetSnapshot; analisis: SheetSnapshot }>();
  let mutated: SheetSnapshot;
  let mutatedRow = 0;

  beforeAll(async () => {
    // One more workbook: the first round with the capaian sasaran of one line taking MAX(capaian,
    // cap) instead of MIN, to prove the comparison can fail.
    const first = ROUNDS[0]!;
    const [data, analisis] = plansOf(first);
    const { row } = mutable(analisis!, expectedOf(first));
    const rows = analisis!.rows.map((r) => [...r]);
    const cell = rows[row]![6]!;
    rows[row]![6] = { ...cell, formula: cell.formula!.replace(/MIN\(/g, "MAX(") };
    expect(rows[row]![6]!.formula).not.toBe(cell.formula);
    mutatedRow = row + 1;

    const files = await Promise.all([
      ...ROUNDS.map((r) => plansToXlsx(plansOf(r))),
      plansToXlsx([data!, { ...analisis!, rows }]),
    ]);
    const recalculated = await recalcAllWithLibreOffice(files, { timeoutMs: 180_000 });
    for (const [i, bytes] of recalculated.entries()) {
      const wb = await readXlsx(bytes);
      const pick = (name: string) => wb.sheets.find((s) => s.name === name)!;
      if (i < ROUNDS.length) sheets.set(ROUNDS[i]!.name, { data: pick("Data"), analisis: pick("Analisis") });
      else mutated = pick("Analisis");
    }

    // For a human look: the first round's Analisis (Data hidden, so it is not printed).
    await mkdir("test-results", { recursive: true });
    const pdf = join("test-results", "analisis-sasaran.pdf");
    await renderPdfWithLibreOffice(await plansToXlsx([analisis!, { ...data!, visibility: "hidden" }]), pdf, {
      timeoutMs: 120_000,
    });
    await pdfToPng(pdf, join("test-results", "analisis-sasaran"));
  }, 300_000);

  it.each(ROUNDS.map((r) => [r.name, r]))("%s: every cell of the section equals the domain's", (name, r) => {
    const { analisis } = sheets.get(name)!;
    const sasaran = expectedOf(r);
    expect(sasaran).toEqual(analyse(r.setup, r.subs, r.pk).perSasaran);
    expect(compare(analisis, r, sasaran)).toEqual([]);
  });

  it.each(ROUNDS.map((r) => [r.name]))("%s: no cell of Data or Analisis holds an error value", (name) => {
    const { data, analisis } = sheets.get(name)!;
    expect([...errorCells(data), ...errorCells(analisis)]).toEqual([]);
  });

  test("the header names the comparison year", () => {
    const { analisis } = sheets.get(ROUNDS[0]!.name)!;
    const top = analisis.values.findIndex((row) => row[0] === T.sections.perSasaran);
    expect(compact(analisis.values[top + 2] ?? [])).toEqual(X.ikuHeader(2025));
  });

  test("the rounds exercise what they should", () => {
    const all = ROUNDS.slice(0, 3).flatMap((r) => expectedOf(r));
    const iku = all.flatMap((s) => s.iku);
    expect(new Set(iku.map((i) => i.status))).toEqual(
      new Set(["ok", "belum-dilaporkan", "tidak-terdefinisi"]),
    );
    expect(new Set(iku.map((i) => [i.qualitative, i.polarity].join()))).toEqual(
      new Set(["true,positif", "true,negatif", "false,positif", "false,negatif"]),
    );
    expect(new Set(iku.map((i) => i.tren))).toEqual(new Set(["membaik", "memburuk", "tetap", null]));
    expect(iku.some((i) => i.qualitative && i.progresRenstra !== null)).toBe(true);
    expect(iku.some((i) => !i.qualitative && i.polarity === "negatif" && i.progresRenstra !== null)).toBe(
      true,
    );
    expect(iku.some((i) => i.dataRow !== null && i.progresRenstra === null)).toBe(true);
    expect(new Set(all.map((s) => s.efisiensi))).toEqual(
      new Set(["efisien", "sebanding", "perlu-perhatian", null]),
    );
    expect(all.some((s) => s.iku.length === 0)).toBe(true);
    expect(all.some((s) => s.iku.some((i) => (i.capaian ?? 0) > ROUNDS[0]!.setup.rules.capaianCap))).toBe(
      true,
    );
  });

  test("a broken formula is caught", () => {
    const r = ROUNDS[0]!;
    const found = compare(mutated, r, expectedOf(r));
    expect(found.some((m) => m.startsWith(`baris ${mutatedRow} kolom G`))).toBe(true);
  });

  test("the sheet was rendered for a human look", async () => {
    const { access } = await import("node:fs/promises");
    await expect(access(join("test-results", "analisis-sasaran-1.png"))).resolves.toBeUndefined();
  });
});
