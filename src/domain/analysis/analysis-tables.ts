/**
 * The tables of the Analisis sheet: status penyerahan, the summaries per Bagian, program and sub
 * kegiatan, and every indicator. Each number is a live formula over the Data sheet that gives
 * what `analyse()` gives; a number that cannot be computed is shown empty, never an error value.
 */
import type { CellPlan } from "../../sheet/plan";
import { S } from "../../strings";
import { EFFICIENCY_MARGIN, trendApplies, type DataRowRef } from "./analysis";
import { scopeBudgetRows } from "./analysis-scope";
import { PERCENT_DECIMALS } from "../kertas-kerja/capaian";
import { qualitativeScaleOf } from "../kertas-kerja/qualitative";
import { aggregationOf, dataCell, type DataColumn } from "../ledger/data-layout";
import { overCells, predikatLadder, str } from "../kertas-kerja/kertas-kerja-formulas";
import { plannedFormula, serapanRencanaFormula } from "./analysis-serapan";
import { fitted, fx, text, WIDTHS, type Context, type Row } from "./analysis-builder";
import type { BagianInfo } from "../setup/setup-types";
import type { Periode } from "../shared/types";

const T = S.analysis.sheet;
const STATUS = S.kertasKerja.status;
const D = PERCENT_DECIMALS;

/** Section A: who submitted, when, on time or late, and the counts. */
export function statusSection(ctx: Context): void {
  const { b, setup } = ctx;
  b.line(T.sections.status, "section");
  b.header(T.status.header, [1, 1, 1, 2, 2, 1, 2, 3]);
  const first = b.next;
  setup.bagian.forEach((bagian, i) => statusRow(ctx, bagian, i));
  const last = b.next - 1;
  if (setup.bagian.length === 0) b.line(T.none, "note");
  statusCounts(ctx, first, last);
  b.add();
}

/** The status words as formula texts: what a status cell shows and what the counts look for. */
function statusWords() {
  const St = T.status;
  return {
    sudah: str(St.sudah),
    belum: str(St.belum),
    tepat: str(St.tepatWaktu),
    terlambat: str(St.terlambat),
    tidak: str(St.tidakDiketahui),
  };
}

/** One Bagian: submitted or not, when sent, on time or late, when imported, and the file. */
function statusRow({ b, range, batas }: Context, bagian: BagianInfo, i: number): void {
  const W = statusWords();
  const r = b.next;
  const m = `MATCH($B${r},${range("bagianKode")},0)`;
  const submitted = `$D${r}=${W.sudah}`;
  const serial = (c: DataColumn) =>
    `IF(${submitted},IF(ISNUMBER(INDEX(${range(c)},${m})),INDEX(${range(c)},${m}),""),"")`;
  const late = `IF($F${r}>=${batas}+1,${W.terlambat},${W.tepat})`;
  const cells: Row = [
    { value: i + 1, style: "count" },
    text(bagian.kode),
    text(bagian.nama),
    fx(`IF(ISNUMBER(${m}),${W.sudah},${W.belum})`, "formulaText"),
    text(null, "formulaText"),
    fx(serial("dikirimSerial"), "datetime"),
    text(null, "datetime"),
    fx(
      `IF(${submitted},IF(ISNUMBER($F${r}),IF(ISNUMBER(${batas}),${late},${W.tidak}),${W.tidak}),"")`,
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
}

/** The counts under the status table (rows `first`…`last`): Bagian, submitted, not submitted, late. */
function statusCounts({ b, setup }: Context, first: number, last: number): void {
  const W = statusWords();
  const C = T.status.counts;
  const count = (column: string, value: string): CellPlan =>
    setup.bagian.length === 0
      ? { value: 0, style: "countLeft" }
      : fx(`COUNTIFS(${column}${first}:${column}${last},${value})`, "countLeft");
  b.add([null, text(C.bagian, "label"), { value: setup.bagian.length, style: "countLeft" }]);
  b.add([null, text(C.sudah, "label"), count("$D$", W.sudah)]);
  b.add([null, text(C.belum, "label"), count("$D$", W.belum)]);
  b.add([null, text(C.terlambat, "label"), count("$H$", W.terlambat)]);
}

/**
 * A summary table: one row per group of Data rows whose `key` column equals the row's kode.
 * Returns the first and last table rows (last < first when there is no group).
 */
export function summarySection(
  ctx: Context,
  title: string,
  what: string,
  groups: readonly { kode: string; nama: string }[],
  key: DataColumn,
): { first: number; last: number } {
  const { b } = ctx;
  b.line(title, "section");
  b.header(T.summaryHeader(what));
  const first = b.next;
  groups.forEach((g, i) => b.add(summaryRow(ctx, key, g, i), fitted(g.nama, WIDTHS[2] ?? 40)));
  const last = b.next - 1;
  if (groups.length === 0) b.line(T.none, "note");
  b.add();
  return { first, last };
}

/** One group: indicator counts, mean capaian and its predikat, pagu, realisasi, serapan thd rencana, efficiency. */
function summaryRow(
  { b, range, setup }: Context,
  key: DataColumn,
  g: { kode: string; nama: string },
  i: number,
): Row {
  const r = b.next;
  const IND = str(S.analysis.data.kinds.indicator);
  const YA = str(S.analysis.data.yes);
  const mask = `(${range(key)}=$B${r})`;
  const ind = `(${range("jenisBaris")}=${IND})`;
  const budget = `(${range("budgetRow")}=${YA})`;
  const budgetSum = (c: DataColumn) =>
    `IF(SUMPRODUCT(${mask}*${budget}*ISNUMBER(${range(c)}))=0,"",SUMPRODUCT(${mask}*${budget},${range(c)}))`;
  const M = EFFICIENCY_MARGIN;
  const E = T.efficiency;
  return [
    { value: i + 1, style: "count" },
    text(g.kode),
    text(g.nama),
    fx(`SUMPRODUCT(${mask}*${ind})`, "count"),
    // Reported: a number, or a qualitative realisasi's word ("" is not reported).
    fx(`SUMPRODUCT(${mask}*${ind}*(${range("realisasiSd")}<>""))`, "count"),
    fx(`SUMPRODUCT(${mask}*ISNUMBER(${range("capaianDinilai")}))`, "count"),
    fx(`IF($F${r}=0,"",ROUND(SUMPRODUCT(${mask}*1,${range("capaianDinilai")})/$F${r},${D}))`, "percent"),
    fx(
      `IF($E${r}=0,${str(STATUS.belumDilaporkan)},IF($G${r}="",${str(STATUS.tidakTerdefinisi)},${predikatLadder(setup.rules, `$G${r}`)}))`,
      "formulaText",
    ),
    fx(budgetSum("pagu"), "money"),
    fx(budgetSum("realisasiAnggaran"), "money"),
    fx(serapanRencanaFormula(r, { pagu: "$I", realisasiAnggaran: "$J" }, setup.periode), "percent"),
    fx(`IF(OR($G${r}="",$K${r}=""),"",ROUND($G${r}-$K${r},${D}))`, "percent"),
    fx(
      `IF($L${r}="","",IF($L${r}>=${M},${str(E.efisien)},IF($L${r}<=-${M},${str(E["perlu-perhatian"])},${str(E.sebanding)})))`,
      "formulaText",
    ),
  ];
}

/** The serapan thd rencana s.d. periode of an indicator's scope: the listed budget cells of its own submission. */
function scopeSerapan(budgetRows: readonly number[], periode: Periode): CellPlan {
  if (budgetRows.length === 0) return text(null, "percent");
  const P = budgetRows.map((d) => dataCell("pagu", d));
  const RA = budgetRows.map((d) => dataCell("realisasiAnggaran", d));
  const p = overCells("SUM", P);
  return fx(
    `IF(OR(${overCells("COUNT", P)}=0,${p}=0,${overCells("COUNT", RA)}=0),"",` +
      `ROUND(${overCells("SUM", RA)}/${plannedFormula(p, periode)}*100,${D}))`,
    "percent",
  );
}

/** Section G: every indicator, its numbers read from Data's computed columns, its serapan thd rencana and trend. */
export function indicatorSection(ctx: Context, refs: readonly DataRowRef[]): void {
  const { b, setup } = ctx;
  b.line(T.sections.perIndikator, "section");
  b.header(T.indicatorHeader);
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
    // A qualitative indicator's target and realisasi s.d. periode are words.
    const words = qualitativeScaleOf(row.targetTahunan, row.targetText, setup.rules.scales) !== null;
    const sd = (c: DataColumn) => (words ? fx(`${dataCell(c, d)}&""`, "formulaText") : numberOf(c, "number"));
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
        sd("targetSd"),
        sd("realisasiSd"),
        numberOf("capaian", "percent"),
        fx(`${dataCell("predikat", d)}&""`, "formulaText"),
        scopeSerapan(
          scopeBudgetRows(refs, ref).map((o) => o.dataRow),
          setup.periode,
        ),
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
