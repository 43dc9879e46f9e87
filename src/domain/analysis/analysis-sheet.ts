/**
 * The master's "Analisis" sheet: readable, printable, protected, and every number on it a live
 * formula over the Data sheet that gives exactly what `analyse()` gives (same steps, same
 * rounding). Only functions Excel 2016 and LibreOffice share; never an error value: a number that
 * cannot be computed is shown empty, as on the kertas kerja.
 */
import { a1, type CellStyle, type ChartPlan, type SheetPlan } from "../../sheet/plan";
import { a4Landscape } from "../../sheet/print";
import { S } from "../../strings";
import { analyse, dataRowsOf, EFFICIENCY_MARGIN, summaryBagian } from "./analysis";
import { ANALYSIS_SHEET } from "../ledger/data-layout";
import { formatTanggal, isIsoDate, isoToSerial } from "../shared/dates";
import { formatNumber } from "../shared/numbers";
import { PERIODES, type PerjanjianKinerja, type Periode } from "../shared/types";
import { HOUSE_STYLES } from "../shared/house-styles";
import type { RoundSetup } from "../setup/setup-types";
import type { ConsolidatedSubmission } from "../returned/submission";
import { Builder, fitted, rangesOf, text, TOTAL_WIDTH, WIDTHS, type Context } from "./analysis-builder";
import { indicatorSection, statusSection, summarySection } from "./analysis-tables";
import { sasaranSection } from "./analysis-sasaran-sheet";
import { plannedShare } from "./analysis-serapan";

export { ANALYSIS_SHEET };

const T = S.analysis.sheet;

/** Rows kept free under the charts' section title. */
const CHART_ROWS = 20;

const cell = { border: true, vAlign: "top" } as const;
/** The light fill of a sasaran strategis line, above its IKU rows. */
const SASARAN_FILL = "#EDF2F9";
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
  sasaran: { ...cell, wrap: true, bold: true, fill: SASARAN_FILL, numberFormat: "@" },
  sasaranPercent: { ...cell, bold: true, fill: SASARAN_FILL, numberFormat: "0.00" },
  sasaranMoney: { ...cell, bold: true, fill: SASARAN_FILL, numberFormat: "#,##0" },
  sasaranFormula: { ...cell, wrap: true, bold: true, fill: SASARAN_FILL },
  metode: { wrap: true, vAlign: "top" },
};

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

/** Section H: every formula the sheet uses, in words. */
function metodeSection(ctx: Context): void {
  const { b, setup } = ctx;
  const M = T.metode;
  const rules = setup.rules;
  const last = rules.predikat.length - 1;
  const bands = rules.predikat
    .map((band, i) => (i === last ? M.bandRest(band.label) : M.bandAtLeast(band.min, band.label)))
    .join("; ");
  const batas = isIsoDate(setup.batasWaktu) ? formatTanggal(setup.batasWaktu) : setup.batasWaktu;
  const periodeName = S.common.periode;
  const share = (p: Periode) => formatNumber(plannedShare(p));
  const shares = PERIODES.map((p) => M.shareOf(periodeName[p], share(p))).join("; ");
  b.line(T.sections.metode, "section");
  const lines = [
    M.capaianPositif,
    M.capaianNegatif[rules.negativeFormula],
    M.basis,
    M.blanks,
    M.predikat(bands, rules.capaianCap),
    M.aggregation(rules.capaianCap),
    M.serapan,
    M.rencana(periodeName[setup.periode], share(setup.periode), shares),
    M.efisiensi(EFFICIENCY_MARGIN),
    M.tren,
    M.capaianSasaran(rules.capaianCap),
    M.serapanSasaran,
    M.perubahanSasaran,
    M.progresRenstra,
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
 * E per sub kegiatan, F per sasaran strategis of the PK (one line without a PK), G per indicator,
 * H the method. A4 landscape, each big section on a new page (F only with a PK: without, its one
 * line follows E).
 * Zero submissions still make a valid sheet: every Bagian shows as not submitted.
 */
export function analysisSheetPlan(
  setup: RoundSetup,
  subs: readonly ConsolidatedSubmission[],
  pk?: PerjanjianKinerja | null,
): SheetPlan {
  const refs = dataRowsOf(setup, subs);
  const analysis = analyse(setup, subs, pk);
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
  if (pk) breaks.push(b.next - 1);
  sasaranSection(ctx, refs, pk, analysis.perSasaran);
  breaks.push(b.next - 1);
  indicatorSection(ctx, refs);
  metodeSection(ctx);

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
    charts: chartsOf(perBagian, perSub, chartTop),
    tabColor: "#ED7D31",
  };
}

/** Capaian per Bagian as bars, and capaian against serapan per sub kegiatan, in the rows kept for them. */
function chartsOf(
  perBagian: { first: number; last: number },
  perSub: { first: number; last: number },
  chartTop: number,
): ChartPlan[] {
  const C = T.charts;
  const chartBottom = chartTop + CHART_ROWS - 2;
  return [
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
}
