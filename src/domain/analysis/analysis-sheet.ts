/**
 * The master's "Analisis" sheet: readable, printable, protected, and every number on it a live
 * formula over the Data sheet that gives exactly what `analyse()` gives (same steps, same
 * rounding). Only functions Excel 2016 and LibreOffice share; never an error value: a number that
 * cannot be computed is shown empty, as on the kertas kerja.
 */
import { a1, type A1, type CellPlan, type CellStyle, type ChartPlan, type SheetPlan } from "../../sheet/plan";
import { rangeAddress } from "../../sheet/address";
import { a4Landscape } from "../../sheet/print";
import { S } from "../../strings";
import {
  analyse,
  dataRowsOf,
  EFFICIENCY_MARGIN,
  scopeBudgetRows,
  summaryBagian,
  trendApplies,
  type DataRowRef,
} from "./analysis";
import { PERCENT_DECIMALS } from "../kertas-kerja/capaian";
import {
  aggregationOf,
  ANALYSIS_SHEET,
  DATA_ROWS,
  dataCell,
  dataRange,
  type DataColumn,
} from "../ledger/data-layout";
import { formatTanggal, isIsoDate, isoToSerial } from "../shared/dates";
import { HOUSE_STYLES } from "../shared/house-styles";
import { overCells, predikatLadder, serapanFormula, str } from "../kertas-kerja/kertas-kerja-formulas";
import type { RoundSetup } from "../setup/setup-types";
import type { ConsolidatedSubmission } from "../returned/submission";
import { charsPerLine, LINE_HEIGHT, wrappedLines } from "../shared/text-fit";

export { ANALYSIS_SHEET };

const T = S.analysis.sheet;
const STATUS = S.kertasKerja.status;
const D = PERCENT_DECIMALS;

/** Column widths A…M: No, Kode, name, then the numbers. */
const WIDTHS = [5, 22, 40, 11, 11, 12, 12, 17, 20, 17, 11, 12, 16];
const LAST_COL = WIDTHS.length - 1;
const TOTAL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
/** Rows kept free under the charts' section title. */
const CHART_ROWS = 20;

const cell = { border: true, vAlign: "top" } as const;
const STYLES: Record<string, CellStyle> = {
  ...HOUSE_STYLES,
  value: {},
  date: { numberFormat: "dd/mm/yyyy", hAlign: "left", bold: true },
  section: { bold: true, fontSize: 12, fill: "#B4C6E7" },
  text: { ...cell, wrap: true, numberFormat: "@" },
  center: { ...cell, hAlign: "center" },
  count: { ...cell, numberFormat: "0", hAlign: "center" },
  countLeft: { numberFormat: "0", hAlign: "left", bold: true },
  number: { ...cell, numberFormat: "General" },
  percent: { ...cell, numberFormat: "0.00" },
  money: { ...cell, numberFormat: "#,##0" },
  datetime: { ...cell, numberFormat: "dd/mm/yyyy hh:mm", hAlign: "center" },
  formulaText: { ...cell, wrap: true },
  metode: { wrap: true, vAlign: "top" },
};

type Row = (CellPlan | null)[];
const text = (value: string | null, style = "text"): CellPlan => ({ value, style });
const fx = (formula: string, style: string): CellPlan => ({ formula, style });

/** Appends rows and keeps their merges and heights. */
class Builder {
  readonly rows: Row[] = [];
  readonly merges: A1[] = [];
  readonly heights: Record<number, number> = {};

  /** 1-based number of the next row. */
  get next(): number {
    return this.rows.length + 1;
  }

  add(cells: Row = [], height?: number): number {
    this.rows.push(cells);
    if (height !== undefined) this.heights[this.rows.length - 1] = height;
    return this.rows.length;
  }

  merge(row: number, from: number, to: number): void {
    this.merges.push(rangeAddress(row - 1, from, row - 1, to));
  }

  /** A row of one text over the whole width. */
  line(value: string, style: string, height?: number): number {
    const r = this.add([text(value, style)], height);
    this.merge(r, 0, LAST_COL);
    return r;
  }
}

/** A row height that shows a wrapped text in full (LibreOffice does not grow rows by itself). */
const fitted = (value: string, width: number): number =>
  Math.round(wrappedLines(value, charsPerLine(width)) * LINE_HEIGHT + 3);

/** The Data ranges the formulas read, over every written row (one blank row when there is none). */
function rangesOf(rowCount: number): (c: DataColumn) => string {
  const first = DATA_ROWS.firstData;
  const last = first + Math.max(rowCount, 1) - 1;
  return (c) => dataRange(c, first, last);
}

interface Context {
  setup: RoundSetup;
  b: Builder;
  range: (c: DataColumn) => string;
  /** Absolute address of the batas waktu serial. */
  batas: string;
}

/** Title, instansi, tahun, periode and the batas waktu (a date the lateness formulas read); returns its address. */
function titleBlock(setup: RoundSetup, b: Builder): string {
  const L = T.labels;
  b.line(T.title, "title");
  b.line(setup.instansi.toUpperCase(), "subtitle");
  b.add([null, text(L.tahun, "label"), { value: setup.tahun, style: "countLeft" }]);
  b.add([null, text(L.periode, "label"), text(S.common.periode[setup.periode], "label")]);
  const valid = isIsoDate(setup.batasWaktu);
  const r = b.add([
    null,
    text(L.batasWaktu, "label"),
    valid ? { value: isoToSerial(setup.batasWaktu), style: "date" } : text(setup.batasWaktu, "label"),
    text(L.batasWaktuNote(setup.calendar.zoneName), "note"),
  ]);
  b.merge(r, 3, 7);
  b.line(T.source, "note");
  b.add();
  return `$C$${r}`;
}

/** A table header; `spans` merges a label over several columns. */
function header(b: Builder, labels: readonly string[], spans?: readonly number[]): number {
  const cells: Row = [];
  let c = 0;
  const r = b.next;
  labels.forEach((label, i) => {
    const span = spans?.[i] ?? 1;
    cells[c] = text(label, "header");
    for (let k = 1; k < span; k++) cells[c + k] = text(null, "header");
    if (span > 1) b.merge(r, c, c + span - 1);
    c += span;
  });
  b.add(cells, 45);
  return r;
}

/** Section A: who submitted, when, on time or late, and the counts. */
function statusSection(ctx: Context): void {
  const { b, range, setup } = ctx;
  const St = T.status;
  const SUDAH = str(St.sudah);
  const BELUM = str(St.belum);
  const TEPAT = str(St.tepatWaktu);
  const TERLAMBAT = str(St.terlambat);
  const TIDAK = str(St.tidakDiketahui);
  b.line(T.sections.status, "section");
  header(b, St.header, [1, 1, 1, 2, 2, 1, 2, 3]);
  const first = b.next;
  setup.bagian.forEach((bagian, i) => {
    const r = b.next;
    const m = `MATCH($B${r},${range("bagianKode")},0)`;
    const submitted = `$D${r}=${SUDAH}`;
    const serial = (c: DataColumn) =>
      `IF(${submitted},IF(ISNUMBER(INDEX(${range(c)},${m})),INDEX(${range(c)},${m}),""),"")`;
    const late = `IF($F${r}>=${ctx.batas}+1,${TERLAMBAT},${TEPAT})`;
    const cells: Row = [
      { value: i + 1, style: "count" },
      text(bagian.kode),
      text(bagian.nama),
      fx(`IF(ISNUMBER(${m}),${SUDAH},${BELUM})`, "formulaText"),
      text(null, "formulaText"),
      fx(serial("dikirimSerial"), "datetime"),
      text(null, "datetime"),
      fx(
        `IF(${submitted},IF(ISNUMBER($F${r}),IF(ISNUMBER(${ctx.batas}),${late},${TIDAK}),${TIDAK}),"")`,
        "formulaText",
      ),
      fx(serial("diimporSerial"), "datetime"),
      text(null, "datetime"),
      fx(`IF(${submitted},INDEX(${range("berkas")},${m})&"","")`, "formulaText"),
      text(null, "formulaText"),
      text(null, "formulaText"),
    ];
    b.add(cells, fitted(bagian.nama, WIDTHS[2] ?? 40));
    for (const [from, to] of [
      [3, 4],
      [5, 6],
      [8, 9],
      [10, 12],
    ] as const)
      b.merge(r, from, to);
  });
  const last = b.next - 1;
  if (setup.bagian.length === 0) b.line(T.none, "note");
  const C = St.counts;
  const count = (column: string, value: string): CellPlan =>
    setup.bagian.length === 0
      ? { value: 0, style: "countLeft" }
      : fx(`COUNTIFS(${column}${first}:${column}${last},${value})`, "countLeft");
  b.add([null, text(C.bagian, "label"), { value: setup.bagian.length, style: "countLeft" }]);
  b.add([null, text(C.sudah, "label"), count("$D$", SUDAH)]);
  b.add([null, text(C.belum, "label"), count("$D$", BELUM)]);
  b.add([null, text(C.terlambat, "label"), count("$H$", TERLAMBAT)]);
  b.add();
}

/**
 * A summary table: one row per group of Data rows whose `key` column equals the row's kode.
 * Returns the first and last table rows (last < first when there is no group).
 */
function summarySection(
  ctx: Context,
  title: string,
  what: string,
  groups: readonly { kode: string; nama: string }[],
  key: DataColumn,
): { first: number; last: number } {
  const { b, range, setup } = ctx;
  b.line(title, "section");
  header(b, T.summaryHeader(what));
  const first = b.next;
  const IND = str(S.analysis.data.kinds.indicator);
  const YA = str(S.analysis.data.yes);
  groups.forEach((g, i) => {
    const r = b.next;
    const mask = `(${range(key)}=$B${r})`;
    const ind = `(${range("jenisBaris")}=${IND})`;
    const budget = `(${range("budgetRow")}=${YA})`;
    const budgetSum = (c: DataColumn) =>
      `IF(SUMPRODUCT(${mask}*${budget}*ISNUMBER(${range(c)}))=0,"",SUMPRODUCT(${mask}*${budget},${range(c)}))`;
    const M = EFFICIENCY_MARGIN;
    const E = T.efficiency;
    b.add(
      [
        { value: i + 1, style: "count" },
        text(g.kode),
        text(g.nama),
        fx(`SUMPRODUCT(${mask}*${ind})`, "count"),
        fx(`SUMPRODUCT(${mask}*${ind}*ISNUMBER(${range("realisasiSd")}))`, "count"),
        fx(`SUMPRODUCT(${mask}*ISNUMBER(${range("capaianDinilai")}))`, "count"),
        fx(`IF($F${r}=0,"",ROUND(SUMPRODUCT(${mask}*1,${range("capaianDinilai")})/$F${r},${D}))`, "percent"),
        fx(
          `IF($E${r}=0,${str(STATUS.belumDilaporkan)},IF($G${r}="",${str(STATUS.tidakTerdefinisi)},${predikatLadder(setup.rules, `$G${r}`)}))`,
          "formulaText",
        ),
        fx(budgetSum("pagu"), "money"),
        fx(budgetSum("realisasiAnggaran"), "money"),
        fx(serapanFormula(r, { pagu: "$I", realisasiAnggaran: "$J" }), "percent"),
        fx(`IF(OR($G${r}="",$K${r}=""),"",ROUND($G${r}-$K${r},${D}))`, "percent"),
        fx(
          `IF($L${r}="","",IF($L${r}>=${M},${str(E.efisien)},IF($L${r}<=-${M},${str(E["perlu-perhatian"])},${str(E.sebanding)})))`,
          "formulaText",
        ),
      ],
      fitted(g.nama, WIDTHS[2] ?? 40),
    );
  });
  const last = b.next - 1;
  if (groups.length === 0) b.line(T.none, "note");
  b.add();
  return { first, last };
}

/** The serapan of an indicator's scope: the listed budget cells of its own submission. */
function scopeSerapan(budgetRows: readonly number[]): CellPlan {
  if (budgetRows.length === 0) return text(null, "percent");
  const P = budgetRows.map((d) => dataCell("pagu", d));
  const RA = budgetRows.map((d) => dataCell("realisasiAnggaran", d));
  const p = overCells("SUM", P);
  return fx(
    `IF(OR(${overCells("COUNT", P)}=0,${p}=0,${overCells("COUNT", RA)}=0),"",ROUND(${overCells("SUM", RA)}/${p}*100,${D}))`,
    "percent",
  );
}

/** Section F: every indicator, its numbers read from Data's computed columns, its serapan and trend. */
function indicatorSection(ctx: Context, refs: readonly DataRowRef[]): void {
  const { b, setup } = ctx;
  b.line(T.sections.perIndikator, "section");
  header(b, T.indicatorHeader);
  const Tr = T.trend;
  const MEMBAIK = str(Tr.membaik);
  const MEMBURUK = str(Tr.memburuk);
  const TETAP = str(Tr.tetap);
  let n = 0;
  for (const ref of refs) {
    const row = ref.row;
    if (row?.kind !== "indicator") continue;
    const r = b.next;
    const d = ref.dataRow;
    const numberOf = (c: DataColumn, style: string) =>
      fx(`IF(ISNUMBER(${dataCell(c, d)}),${dataCell(c, d)},"")`, style);
    const L = `$L${r}`;
    const negative = `${dataCell("polaritas", d)}=${str(S.common.polarity.negatif)}`;
    const indikator = row.indikator ?? "";
    b.add(
      [
        { value: ++n, style: "count" },
        text(row.subKegiatanKode ?? row.kegiatanKode ?? row.programKode),
        text(indikator),
        text(ref.sub.bagian.kode, "center"),
        text(row.satuan ?? ""),
        numberOf("targetSd", "number"),
        numberOf("realisasiSd", "number"),
        numberOf("capaian", "percent"),
        fx(`${dataCell("predikat", d)}&""`, "formulaText"),
        scopeSerapan(scopeBudgetRows(refs, ref).map((o) => o.dataRow)),
        numberOf("realisasiLalu", "number"),
        trendApplies(aggregationOf(row), setup.periode)
          ? fx(`IF(AND(ISNUMBER($G${r}),ISNUMBER($K${r})),ROUND($G${r}-$K${r},${D}),"")`, "number")
          : text(null, "number"),
        fx(
          `IF(${L}="","",IF(${L}=0,${TETAP},IF(${negative},IF(${L}<0,${MEMBAIK},${MEMBURUK}),IF(${L}>0,${MEMBAIK},${MEMBURUK}))))`,
          "formulaText",
        ),
      ],
      fitted(indikator, WIDTHS[2] ?? 40),
    );
  }
  if (n === 0) b.line(T.none, "note");
  b.add();
}

/** Section G: every formula the sheet uses, in words. */
function metodeSection(ctx: Context): void {
  const { b, setup } = ctx;
  const M = T.metode;
  const rules = setup.rules;
  const last = rules.predikat.length - 1;
  const bands = rules.predikat
    .map((band, i) => (i === last ? M.bandRest(band.label) : M.bandAtLeast(band.min, band.label)))
    .join("; ");
  const batas = isIsoDate(setup.batasWaktu) ? formatTanggal(setup.batasWaktu) : setup.batasWaktu;
  b.line(T.sections.metode, "section");
  const lines = [
    M.capaianPositif,
    M.capaianNegatif[rules.negativeFormula],
    M.basis,
    M.blanks,
    M.predikat(bands, rules.capaianCap),
    M.aggregation(rules.capaianCap),
    M.serapan,
    M.efisiensi(EFFICIENCY_MARGIN),
    M.tren,
    M.grafik,
    M.ketepatan(batas, setup.calendar.zoneName),
  ];
  lines.forEach((line, i) => b.line(`${i + 1}. ${line}`, "metode", fitted(line, TOTAL_WIDTH - 8)));
}

/** A chart over one section's rows, or nothing when the section has none. */
function chartOver(
  rows: { first: number; last: number },
  chart: Omit<ChartPlan, "series"> & { name: string; categories: string; values: string },
): ChartPlan[] {
  if (rows.last < rows.first) return [];
  const { name, categories, values, ...rest } = chart;
  const span = (c: string) => a1(`${c}${rows.first}:${c}${rows.last}`);
  return [{ ...rest, series: [{ name, categories: span(categories), values: span(values) }] }];
}

/**
 * The Analisis sheet of a round: A status penyerahan, B per Bagian, C charts, D per program,
 * E per sub kegiatan, F per indicator, G the method. A4 landscape, each big section on a new page.
 * Zero submissions still make a valid sheet: every Bagian shows as not submitted.
 */
export function analysisSheetPlan(setup: RoundSetup, subs: readonly ConsolidatedSubmission[]): SheetPlan {
  const refs = dataRowsOf(setup, subs);
  const analysis = analyse(setup, subs);
  const b = new Builder();
  const batas = titleBlock(setup, b);
  const ctx: Context = { setup, b, range: rangesOf(refs.length), batas };

  statusSection(ctx);
  const perBagian = summarySection(
    ctx,
    T.sections.perBagian,
    T.what.bagian,
    summaryBagian(setup, subs),
    "bagianKode",
  );
  b.line(T.sections.charts, "section");
  const chartTop = b.next;
  for (let i = 0; i < CHART_ROWS; i++) b.add();
  const breaks = [b.next - 1];
  summarySection(ctx, T.sections.perProgram, T.what.program, analysis.perProgram, "programKode");
  const perSub = summarySection(
    ctx,
    T.sections.perSubKegiatan,
    T.what.subKegiatan,
    analysis.perSubKegiatan,
    "subKegiatanKode",
  );
  breaks.push(b.next - 1);
  indicatorSection(ctx, refs);
  metodeSection(ctx);

  const C = T.charts;
  const chartBottom = chartTop + CHART_ROWS - 2;
  const charts = [
    ...chartOver(perBagian, {
      kind: "bar",
      title: C.capaian,
      anchor: { from: a1(`A${chartTop}`), to: a1(`F${chartBottom}`) },
      name: C.capaianSeries,
      categories: "C",
      values: "G",
      yAxisTitle: C.capaianAxis,
    }),
    ...chartOver(perSub, {
      kind: "scatter",
      title: C.scatter,
      anchor: { from: a1(`G${chartTop}`), to: a1(`M${chartBottom}`) },
      name: C.scatterSeries,
      categories: "K",
      values: "G",
      xAxisTitle: C.serapanAxis,
      yAxisTitle: C.capaianAxis,
    }),
  ];

  return {
    name: ANALYSIS_SHEET,
    visibility: "visible",
    rows: b.rows,
    styles: STYLES,
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights: b.heights,
    merges: b.merges,
    validations: [],
    protection: {},
    print: a4Landscape(),
    pageBreaks: breaks,
    charts,
    tabColor: "#ED7D31",
  };
}
