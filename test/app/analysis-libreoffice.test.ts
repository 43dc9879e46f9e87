/**
 * The consolidated master recalculated by a real spreadsheet engine: every number and label of
 * every Analisis section equals `analyse()`, and no cell of Data or Analisis holds an error value.
 * Submissions are built in code: several Bagian, every polarity × aggregation, blank and zero
 * realisasi, zero, blank and qualitative targets, budget rows, one Bagian missing, one late.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { analyse, type Analysis, type GroupSummary } from "../../src/domain/analysis/analysis";
import { analysisSheetPlan } from "../../src/domain/analysis/analysis-sheet";
import { dataCol } from "../../src/domain/ledger/data-layout";
import { dataSheetPlan, readDataSheet, sortSubmissions } from "../../src/domain/ledger/data-sheet";
import { DEFAULT_RULES, type RoundSetup } from "../../src/domain/setup/setup-types";
import type { ConsolidatedSubmission, SubmittedRow } from "../../src/domain/returned/submission";
import type { Aggregation, Kode, Periode, Polarity, Quarterly } from "../../src/domain/shared/types";
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
import { indicatorRow, setupWith, submission, anggaranRow } from "../support/submission-fixture";

type Q = Quarterly<number | null>;
const K = (s: string) => s as Kode;
const T = S.analysis.sheet;

const POLARITIES: Polarity[] = ["positif", "negatif"];
const AGGREGATIONS: Aggregation[] = ["kumulatif", "nilai-akhir", "persentase"];
const TARGETS: { annual: number | null; text: string | null; tw: Q }[] = [
  { annual: 100, text: null, tw: [25, 25, 25, 25] },
  { annual: 0, text: null, tw: [0, 0, 0, 0] },
  { annual: null, text: "WTP", tw: [null, null, null, null] },
  { annual: 100, text: null, tw: [10, 20, 30, 40] },
];
const REALISASI: Q[] = [
  [null, null, null, null],
  [0, 0, 0, 0],
  [20, 22.75, 30, 27],
  [null, 15, null, 40],
];
const LALU = [null, 0, 50, 12.5];
const PAGU: { pagu: number; realisasi: number | null }[] = [
  { pagu: 1_250_000_000, realisasi: 312_500_000 },
  { pagu: 80_000_000, realisasi: null },
  { pagu: 300, realisasi: 100 },
  { pagu: 0, realisasi: 5_000 },
  { pagu: 45_000_000, realisasi: 0 },
];

/** Program and sub kegiatan of each Bagian that submits; PEM and ORG share a sub kegiatan. */
const BAGIAN: { kode: string; program: string; subs: [string, string]; savedAt: string | null }[] = [
  {
    kode: "PEM",
    program: "4.01.01",
    subs: ["4.01.01.2.01.0001", "4.01.01.2.01.0006"],
    savedAt: "2026-07-10T09:15:00+08:00",
  },
  {
    kode: "ORG",
    program: "4.01.01",
    subs: ["4.01.01.2.01.0001", "4.01.01.2.13.0003"],
    savedAt: "2026-07-15T15:59:59Z",
  },
  { kode: "HUK", program: "4.01.02", subs: ["4.01.02.2.03.0001", "4.01.02.2.01.0001"], savedAt: null },
  // Late: 16 July 00:00 WITA, written in UTC.
  {
    kode: "EKO",
    program: "4.01.03",
    subs: ["4.01.03.2.02.0002", "4.01.03.2.03.0002"],
    savedAt: "2026-07-15T16:00:00Z",
  },
];

function roundSubmissions(): ConsolidatedSubmission[] {
  const rows = new Map<string, SubmittedRow[]>(BAGIAN.map((b) => [b.kode, []]));
  const budgetGiven = new Set<string>();
  let i = 0;
  for (const polarity of POLARITIES)
    for (const aggregation of AGGREGATIONS)
      TARGETS.forEach((target, t) =>
        REALISASI.forEach((realisasi, r) => {
          // Every Bagian gets every target and every realisasi case, in both its sub kegiatan.
          const b = BAGIAN[(t + r) % BAGIAN.length]!;
          const s = Math.floor(i / 16) % 2;
          const sub = b.subs[s]!;
          const kegiatan = sub.slice(0, 12);
          const budgetKey = `${b.kode}/${sub}`;
          const first = !budgetGiven.has(budgetKey);
          budgetGiven.add(budgetKey);
          const p = PAGU[(BAGIAN.indexOf(b) * 2 + s) % PAGU.length]!;
          rows.get(b.kode)!.push(
            indicatorRow({
              key: `${b.kode}-${i}`,
              indikator: `Indikator ${polarity} ${aggregation} T${t} R${r}`,
              satuan: t === 2 ? "Opini" : "Persen",
              polarity,
              aggregation,
              programKode: K(b.program),
              programNama: `Program ${b.program}`,
              kegiatanKode: K(kegiatan),
              kegiatanNama: `Kegiatan ${kegiatan}`,
              subKegiatanKode: K(sub),
              subKegiatanNama: `Sub kegiatan ${sub}`,
              targetTahunan: target.annual,
              targetText: target.text,
              targetTw: target.tw,
              realisasiTw: realisasi,
              realisasiLalu: LALU[i % LALU.length] ?? null,
              budgetRow: first,
              pagu: first ? p.pagu : null,
              realisasiAnggaran: first ? p.realisasi : null,
              pendorong: i % 7 === 0 ? '=HYPERLINK("http://x","klik")' : null,
              buktiDukung: i % 5 === 0 ? "SK Nomor 12" : null,
              buktiDukungUrl: i % 10 === 0 ? "https://contoh.go.id/sk-12.pdf" : null,
            }),
          );
          i++;
        }),
      );
  return BAGIAN.map((b) => {
    const own = rows.get(b.kode)!;
    // An indicator of the program and one of a kegiatan: their serapan spans sub kegiatan.
    own.unshift(
      indicatorRow({
        key: `${b.kode}-program`,
        programKode: K(b.program),
        programNama: `Program ${b.program}`,
        kegiatanKode: null,
        kegiatanNama: null,
        subKegiatanKode: null,
        subKegiatanNama: null,
        aggregation: "nilai-akhir",
        targetTw: [70, 72, 74, 76],
        realisasiTw: [60, 71.5, 73, 80],
        realisasiLalu: 65,
      }),
      indicatorRow({
        key: `${b.kode}-kegiatan`,
        programKode: K(b.program),
        programNama: `Program ${b.program}`,
        kegiatanKode: K(b.subs[0].slice(0, 12)),
        kegiatanNama: `Kegiatan ${b.subs[0].slice(0, 12)}`,
        subKegiatanKode: null,
        subKegiatanNama: null,
        polarity: "negatif",
        aggregation: "persentase",
        targetTw: [5, 5, 5, 5],
        realisasiTw: [4, 6, 3, 2],
        realisasiLalu: 6,
      }),
    );
    if (b.kode === "EKO") {
      own.push(
        // Capaian 8/10 = 80 against serapan 75 / (200 × 0,5) × 100 = 75 at TW II: within the margin,
        // "Sebanding" (at TW IV 75 / 200 × 100 = 37,5: "Efisien").
        indicatorRow({
          key: "EKO-sebanding",
          programKode: K(b.program),
          programNama: `Program ${b.program}`,
          kegiatanKode: K("4.01.03.2.03"),
          kegiatanNama: "Kegiatan 4.01.03.2.03",
          subKegiatanKode: K("4.01.03.2.03.0007"),
          subKegiatanNama: "Sub kegiatan sebanding",
          aggregation: "nilai-akhir",
          targetTw: [10, 10, 10, 10],
          realisasiTw: [8, 8, 8, 8],
          budgetRow: true,
          pagu: 200,
          realisasiAnggaran: 75,
        }),
        anggaranRow({
          programKode: K(b.program),
          programNama: `Program ${b.program}`,
          kegiatanKode: K("4.01.03.2.03"),
          kegiatanNama: "Kegiatan 4.01.03.2.03",
          subKegiatanKode: K("4.01.03.2.03.0005"),
          subKegiatanNama: "Sub kegiatan tanpa indikator",
          pagu: 60_000_000,
          realisasiAnggaran: 21_000_000,
        }),
      );
    }
    return submission(b.kode, own, {
      file: {
        name: `Kertas Kerja ${b.kode}.xlsx`,
        sha256: b.kode.toLowerCase().padEnd(64, "7"),
        size: 40_000,
        savedAt: b.savedAt,
      },
    });
  });
}

interface Variant {
  name: string;
  setup: RoundSetup;
  subs: ConsolidatedSubmission[];
}

const setupFor = (periode: Periode, over: Partial<RoundSetup["rules"]>): RoundSetup =>
  setupWith(["PEM", "ORG", "HUK", "EKO", "UMUM"], periode, {
    batasWaktu: "2026-07-15",
    rules: { ...DEFAULT_RULES, ...over },
  });

const VARIANTS: Variant[] = [
  { name: "TW2-selisih-120", setup: setupFor("TW2", {}), subs: roundSubmissions() },
  {
    name: "TW4-rasio-100",
    setup: setupFor("TW4", { negativeFormula: "rasio", capaianCap: 100 }),
    subs: roundSubmissions(),
  },
  { name: "tanpa-kiriman", setup: setupFor("TW1", {}), subs: [] },
  // Serapan against pagu × 0,75: the one share that is not a power of two.
  { name: "TW3-selisih-120", setup: setupFor("TW3", {}), subs: roundSubmissions() },
];

const plansOf = (v: Variant): SheetPlan[] => [
  dataSheetPlan(v.setup, v.subs),
  analysisSheetPlan(v.setup, v.subs),
];

// ---------- reading the recalculated sheet ----------

const rowIndexOf = (sheet: SheetSnapshot, title: string): number => {
  const i = sheet.values.findIndex((r) => r[0] === title);
  if (i < 0) throw new Error(`section "${title}" missing`);
  return i;
};

/** The table rows of a section: after its title and header, while column A holds a row number. */
function tableRows(sheet: SheetSnapshot, title: string): { row: number; values: CellValue[] }[] {
  const rows: { row: number; values: CellValue[] }[] = [];
  for (let r = rowIndexOf(sheet, title) + 2; typeof sheet.values[r]?.[0] === "number"; r++) {
    rows.push({ row: r + 1, values: sheet.values[r] ?? [] });
  }
  return rows;
}

const ERROR_VALUE = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)|Err:\d+)/;

type Expected = number | string | null;
/** Compares shown values: null and "" both mean empty; numbers exactly, or within 1e-9 when `close`. */
function mismatches(
  where: string,
  actual: CellValue[],
  expected: Expected[],
  close: ReadonlySet<number> = new Set(),
): string[] {
  const out: string[] = [];
  expected.forEach((e, c) => {
    const a = actual[c] ?? null;
    const ok =
      e === null
        ? a === null || a === ""
        : typeof e === "number"
          ? typeof a === "number" && (close.has(c) ? Math.abs(a - e) < 1e-9 : a === e)
          : a === e;
    if (!ok)
      out.push(
        `${where} kolom ${String.fromCharCode(65 + c)}: diharapkan ${JSON.stringify(e)}, didapat ${JSON.stringify(a)}`,
      );
  });
  return out;
}

const summaryRow = (s: GroupSummary): Expected[] => [
  null, // No: checked apart
  s.kode,
  s.nama,
  s.indikator,
  s.dilaporkan,
  s.dinilai,
  s.rataCapaian,
  s.predikat,
  s.pagu,
  s.realisasiAnggaran,
  s.serapan,
  s.selisih,
  s.efisiensi === null ? null : T.efficiency[s.efisiensi],
];

/** Every difference between the Analisis sheet and the domain's analysis, in words. */
function compare(sheet: SheetSnapshot, a: Analysis): string[] {
  const out: string[] = [];
  const St = T.status;
  const status = tableRows(sheet, T.sections.status);
  if (status.length !== a.status.length)
    out.push(`status: ${status.length} baris, diharapkan ${a.status.length}`);
  a.status.forEach((s, i) => {
    const r = status[i];
    if (!r) return;
    const values = [
      r.values[1],
      r.values[2],
      r.values[3],
      r.values[5],
      r.values[7],
      r.values[8],
      r.values[10],
    ];
    const ketepatan = {
      "tepat-waktu": St.tepatWaktu,
      terlambat: St.terlambat,
      "tidak-diketahui": St.tidakDiketahui,
    };
    out.push(
      ...mismatches(
        `status baris ${r.row}`,
        values.map((v) => v ?? null),
        [
          s.kode,
          s.nama,
          s.submitted ? St.sudah : St.belum,
          s.dikirimSerial,
          s.ketepatan === null ? null : ketepatan[s.ketepatan],
          s.diimporSerial,
          s.berkas,
        ],
        new Set([3, 5]),
      ),
    );
  });
  const countsAt =
    rowIndexOf(sheet, T.sections.status) + 2 + a.status.length + (a.status.length === 0 ? 1 : 0);
  const counts = [0, 1, 2, 3].map((k) => sheet.values[countsAt + k] ?? []);
  out.push(
    ...mismatches(
      "jumlah",
      counts.map((r) => r[2] ?? null),
      [a.counts.bagian, a.counts.sudah, a.counts.belum, a.counts.terlambat],
    ),
    ...mismatches(
      "label jumlah",
      counts.map((r) => r[1] ?? null),
      [St.counts.bagian, St.counts.sudah, St.counts.belum, St.counts.terlambat],
    ),
  );

  const sections: [string, string, GroupSummary[]][] = [
    [T.sections.perBagian, T.what.bagian, a.perBagian],
    [T.sections.perProgram, T.what.program, a.perProgram],
    [T.sections.perSubKegiatan, T.what.subKegiatan, a.perSubKegiatan],
  ];
  const headerOf = (title: string) =>
    (sheet.values[rowIndexOf(sheet, title) + 1] ?? []).map((v) => v ?? null);
  out.push(
    ...mismatches(
      "judul status",
      headerOf(T.sections.status).filter((v) => v !== null),
      [...St.header],
    ),
    ...mismatches("judul indikator", headerOf(T.sections.perIndikator), [...T.indicatorHeader]),
  );
  for (const [title, what, groups] of sections) {
    out.push(...mismatches(`judul ${title}`, headerOf(title), T.summaryHeader(what)));
    const rows = tableRows(sheet, title);
    if (rows.length !== groups.length)
      out.push(`${title}: ${rows.length} baris, diharapkan ${groups.length}`);
    groups.forEach((g, i) => {
      const r = rows[i];
      if (!r) return;
      out.push(...mismatches(`${title} baris ${r.row}`, [null, ...r.values.slice(1)], summaryRow(g)));
      if (r.values[0] !== i + 1) out.push(`${title} baris ${r.row}: nomor ${String(r.values[0])}`);
    });
  }

  const indicators = tableRows(sheet, T.sections.perIndikator);
  if (indicators.length !== a.indicators.length)
    out.push(`indikator: ${indicators.length} baris, diharapkan ${a.indicators.length}`);
  a.indicators.forEach((ind, i) => {
    const r = indicators[i];
    if (!r) return;
    const expected: Expected[] = [
      i + 1,
      ind.kode,
      ind.indikator,
      ind.bagianKode,
      ind.satuan,
      // A qualitative indicator shows its words.
      ind.targetWord ?? ind.targetSd,
      ind.realisasiWord ?? ind.realisasiSd,
      ind.capaian,
      ind.predikat,
      ind.serapan,
      ind.realisasiLalu,
      ind.perubahan,
      ind.tren === null ? null : T.trend[ind.tren],
    ];
    // Sums of realisasi are not rounded: LibreOffice may add them in another order.
    out.push(...mismatches(`indikator baris ${r.row}`, r.values, expected, new Set([5, 6, 10])));
  });
  return out;
}

const errorCells = (sheet: SheetSnapshot): string[] =>
  sheet.values.flatMap((row, r) =>
    row.flatMap((v, c) =>
      typeof v === "string" && ERROR_VALUE.test(v) ? [`${sheet.name}!R${r + 1}C${c + 1}: ${v}`] : [],
    ),
  );

describeWithLibreOffice("Analisis recalculated by LibreOffice equals analyse()", () => {
  const sheets = new Map<string, { data: SheetSnapshot; analisis: SheetSnapshot }>();
  let mutated: SheetSnapshot;
  let mutatedCell = "";

  beforeAll(async () => {
    // One more workbook: the first variant with two formulas broken (Rata-rata capaian of PEM
    // averaging the uncapped capaian; its serapan against the annual pagu, not pagu × 0,5 planned
    // s.d. TW II), to prove the comparison can fail.
    const [data, analisis] = plansOf(VARIANTS[0]!);
    const rows = analisis!.rows.map((r) => [...r]);
    const pemRow = tableRowsOfPlan(analisis!, T.sections.perBagian)[0]!;
    const cell = rows[pemRow - 1]![6]!;
    rows[pemRow - 1]![6] = {
      ...cell,
      formula: cell.formula!.replace(`$${dataCol.capaianDinilai}$`, `$${dataCol.capaian}$`),
    };
    mutatedCell = `${T.sections.perBagian} baris ${pemRow} kolom G`;
    expect(rows[pemRow - 1]![6]!.formula).not.toBe(cell.formula);
    const serapan = rows[pemRow - 1]![10]!;
    rows[pemRow - 1]![10] = { ...serapan, formula: serapan.formula!.replace(`*0.5)`, `*1)`) };
    expect(rows[pemRow - 1]![10]!.formula).not.toBe(serapan.formula);

    const files = await Promise.all([
      ...VARIANTS.map((v) => plansToXlsx(plansOf(v))),
      plansToXlsx([data!, { ...analisis!, rows }]),
    ]);
    const recalculated = await recalcAllWithLibreOffice(files, { timeoutMs: 180_000 });
    for (const [i, bytes] of recalculated.entries()) {
      const wb = await readXlsx(bytes);
      const pick = (name: string) => wb.sheets.find((s) => s.name === name)!;
      if (i < VARIANTS.length)
        sheets.set(VARIANTS[i]!.name, { data: pick("Data"), analisis: pick("Analisis") });
      else mutated = pick("Analisis");
    }

    // For a human look: the Analisis of the first variant (Data hidden, so it is not printed).
    await mkdir("test-results", { recursive: true });
    const pdf = join("test-results", "analisis.pdf");
    await renderPdfWithLibreOffice(await plansToXlsx([analisis!, { ...data!, visibility: "hidden" }]), pdf, {
      timeoutMs: 120_000,
    });
    await pdfToPng(pdf, join("test-results", "analisis"));
  }, 300_000);

  it.each(VARIANTS.map((v) => [v.name, v]))("%s: every number and label equals the domain's", (name, v) => {
    const { analisis } = sheets.get(name)!;
    const a = analyse(v.setup, v.subs);
    expect(compare(analisis, a)).toEqual([]);
  });

  it.each(VARIANTS.map((v) => [v.name]))("%s: no cell of Data or Analisis holds an error value", (name) => {
    const { data, analisis } = sheets.get(name)!;
    expect([...errorCells(data), ...errorCells(analisis)]).toEqual([]);
  });

  it.each(VARIANTS.map((v) => [v.name, v]))(
    "%s: Data read back from the file gives the submissions",
    (name, v) => {
      const read = readDataSheet(sheets.get(name)!.data);
      expect(read.issues).toEqual([]);
      expect(read.submissions).toEqual(sortSubmissions(v.setup, v.subs));
    },
  );

  test("the data exercise what they should", () => {
    const a = analyse(VARIANTS[0]!.setup, VARIANTS[0]!.subs);
    const statuses = new Set(a.indicators.map((i) => i.status));
    expect(statuses).toEqual(new Set(["ok", "belum-dilaporkan", "tidak-terdefinisi"]));
    expect(a.status.map((s) => s.ketepatan)).toEqual([
      "tepat-waktu",
      "tepat-waktu",
      "tidak-diketahui",
      "terlambat",
      null,
    ]);
    expect(new Set([...a.perBagian, ...a.perProgram, ...a.perSubKegiatan].map((s) => s.efisiensi))).toEqual(
      new Set(["efisien", "sebanding", "perlu-perhatian", null]),
    );
    expect(a.indicators.some((i) => (i.capaian ?? 0) > VARIANTS[0]!.setup.rules.capaianCap)).toBe(true);
    // The sub kegiatan written to be "Sebanding" against its budget planned s.d. TW II is
    // "Efisien" at TW IV, where the whole pagu is planned.
    const sebanding = (x: Analysis) => x.perSubKegiatan.find((g) => g.kode === "4.01.03.2.03.0007");
    expect([sebanding(a)?.serapan, sebanding(a)?.efisiensi]).toEqual([75, "sebanding"]);
    const tw4 = analyse(VARIANTS[1]!.setup, VARIANTS[1]!.subs);
    expect([sebanding(tw4)?.serapan, sebanding(tw4)?.efisiensi]).toEqual([37.5, "efisien"]);
    expect(new Set(tw4.indicators.map((i) => i.tren))).toEqual(
      new Set(["membaik", "memburuk", "tetap", null]),
    );
  });

  test("a broken formula is caught", () => {
    const found = compare(mutated, analyse(VARIANTS[0]!.setup, VARIANTS[0]!.subs));
    expect(found.some((m) => m.startsWith(mutatedCell))).toBe(true);
    expect(found.some((m) => m.startsWith(mutatedCell.replace(/G$/, "K")))).toBe(true);
  });

  test("the sheet was rendered for a human look", async () => {
    const { access } = await import("node:fs/promises");
    await expect(access(join("test-results", "analisis-1.png"))).resolves.toBeUndefined();
  });
});

/** 1-based rows of a section's table in a plan (column A holds the row number). */
function tableRowsOfPlan(plan: SheetPlan, title: string): number[] {
  const start = plan.rows.findIndex((r) => r[0]?.value === title);
  const out: number[] = [];
  for (let r = start + 2; typeof plan.rows[r]?.[0]?.value === "number"; r++) out.push(r + 1);
  return out;
}
