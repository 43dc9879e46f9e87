/**
 * Section F of the Analisis sheet: capaian per sasaran strategis of the Perjanjian Kinerja. Per
 * sasaran a line (its number and text, capaian sasaran, predikat, pagu, realisasi and serapan thd
 * rencana s.d. periode of its supporting programs, capaian − serapan, efficiency), then one row
 * per IKU read from the IKU's Data row. Every number is a live formula that gives what
 * `analyseSasaran()` gives; the PK's own numbers (earlier years' realisasi, the Renstra's final
 * target) are values. Never an error value.
 */
import type { CellPlan } from "../../sheet/plan";
import { S } from "../../strings";
import { PERCENT_DECIMALS } from "../kertas-kerja/capaian";
import { predikatLadder, str } from "../kertas-kerja/kertas-kerja-formulas";
import { dataCell, type DataColumn } from "../ledger/data-layout";
import { wordKey } from "../setup/scales";
import type { QualitativeScale } from "../setup/setup-types";
import type { Kode, PerjanjianKinerja, TargetValue } from "../shared/types";
import { EFFICIENCY_MARGIN, trendApplies, type DataRowRef } from "./analysis";
import { fitted, fx, text, WIDTHS, type Context, type Row } from "./analysis-builder";
import { comparisonYear, scaleOfRow, type IkuAnalysis, type SasaranAnalysis } from "./analysis-sasaran";
import { serapanRencanaFormula } from "./analysis-serapan";

const T = S.analysis.sheet;
const X = T.sasaran;
const STATUS = S.kertasKerja.status;
const D = PERCENT_DECIMALS;

/** Widths of the merged text cells: the sasaran over B…F, the indikator over B…C. */
const width = (from: number, to: number): number => WIDTHS.slice(from, to + 1).reduce((a, w) => a + w, 0);
const SASARAN_WIDTH = width(1, 5);
const IKU_WIDTH = width(1, 2);
const PREDIKAT_WIDTH = WIDTHS[7] ?? 17;

/**
 * The section: title, the two headers (sasaran lines, IKU rows), then each sasaran. Without a PK,
 * or with a PK without sasaran, one line says so.
 */
export function sasaranSection(
  ctx: Context,
  refs: readonly DataRowRef[],
  pk: PerjanjianKinerja | null | undefined,
  perSasaran: readonly SasaranAnalysis[],
): void {
  const { b } = ctx;
  b.line(T.sections.perSasaran, "section");
  if (!pk || pk.sasaran.length === 0) {
    b.line(pk ? X.noSasaran : X.noPk, "note");
    b.add();
    return;
  }
  b.header(X.header, [1, 5, 1, 1, 1, 1, 1, 1, 1]);
  b.header(X.ikuHeader(comparisonYear(pk, ctx.setup.tahun)), [1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  const byRow = new Map(refs.map((r) => [r.dataRow, r]));
  for (const s of perSasaran) {
    sasaranLine(ctx, s);
    if (s.iku.length === 0) b.line(X.noIku, "note");
    s.iku.forEach((iku, j) => {
      const row = iku.dataRow === null ? null : (byRow.get(iku.dataRow)?.row ?? null);
      ikuRow(ctx, iku, j, row ? scaleOfRow(ctx.setup, row) : null);
    });
  }
  b.add();
}

/** Data budget rows whose program or kegiatan kode is one of `programs`, as a 0/1 array. */
function supportMask(range: Context["range"], programs: readonly Kode[]): string {
  const terms = programs.flatMap((k) => [
    `(${range("programKode")}=${str(k)})`,
    `(${range("kegiatanKode")}=${str(k)})`,
  ]);
  return `(${terms.join("+")}>0)*(${range("budgetRow")}=${str(S.analysis.data.yes)})`;
}

/** One sasaran: its number and text, then formulas over its IKU rows (the next `s.iku.length` rows). */
function sasaranLine(ctx: Context, s: SasaranAnalysis): void {
  const { b, range, setup } = ctx;
  const r = b.next;
  const n = s.iku.length;
  const G = (row: number) => `$G$${row}`;
  const ikuRows = Array.from({ length: n }, (_, j) => r + 1 + j);
  const count = `COUNT($G$${r + 1}:$G$${r + n})`;
  const capped = ikuRows.map((k) => `IF(ISNUMBER(${G(k)}),MIN(${G(k)},${setup.rules.capaianCap}),0)`);
  const mask = supportMask(range, s.programs);
  const budgetSum = (c: DataColumn): CellPlan =>
    s.programs.length === 0
      ? text(null, "sasaranMoney")
      : fx(
          `IF(SUMPRODUCT(${mask}*ISNUMBER(${range(c)}))=0,"",SUMPRODUCT(${mask},${range(c)}))`,
          "sasaranMoney",
        );
  const M = EFFICIENCY_MARGIN;
  const E = T.efficiency;
  const cells: Row = [
    text(s.no, "sasaran"),
    text(s.text, "sasaran"),
    ...[2, 3, 4, 5].map(() => text(null, "sasaran")),
    n === 0
      ? text(null, "sasaranPercent")
      : fx(`IF(${count}=0,"",ROUND((${capped.join("+")})/${count},${D}))`, "sasaranPercent"),
    n === 0
      ? text(null, "sasaranFormula")
      : fx(
          `IF(SUMPRODUCT(($F$${r + 1}:$F$${r + n}<>"")*1)=0,${str(STATUS.belumDilaporkan)},` +
            `IF($G${r}="",${str(STATUS.tidakTerdefinisi)},${predikatLadder(setup.rules, `$G${r}`)}))`,
          "sasaranFormula",
        ),
    budgetSum("pagu"),
    budgetSum("realisasiAnggaran"),
    fx(serapanRencanaFormula(r, { pagu: "$I", realisasiAnggaran: "$J" }, setup.periode), "sasaranPercent"),
    fx(`IF(OR($G${r}="",$K${r}=""),"",ROUND($G${r}-$K${r},${D}))`, "sasaranPercent"),
    fx(
      `IF($L${r}="","",IF($L${r}>=${M},${str(E.efisien)},IF($L${r}<=-${M},${str(E["perlu-perhatian"])},${str(E.sebanding)})))`,
      "sasaranFormula",
    ),
  ];
  b.add(cells, Math.max(fitted(s.text, SASARAN_WIDTH), fitted(s.predikat ?? "", PREDIKAT_WIDTH)));
  b.merge(r, 1, 5);
}

/** A value of the PK (a number, or a word as text); blank when none. */
const pkValue = (v: TargetValue | null, style: string): CellPlan =>
  typeof v === "number" ? { value: v, style } : text(v, v === null ? style : "text");

/** The array constants of a scale: {"WTP","WDP",…} and {4,3,…} (MATCH compares without case). */
function scaleArrays(scale: QualitativeScale): { words: string; scores: string } {
  return {
    words: `{${scale.levels.map((l) => str(wordKey(l.label))).join(",")}}`,
    scores: `{${scale.levels.map((l) => String(l.score)).join(",")}}`,
  };
}

/** Progres terhadap target akhir Renstra of row r: realisasi in F, the Renstra's target in L. */
function progresFormula(iku: IkuAnalysis, scale: QualitativeScale | null, r: number): string {
  const [R, Tr] = [`$F${r}`, `$L${r}`];
  if (scale) {
    const { words, scores } = scaleArrays(scale);
    const match = (c: string) => `MATCH(${c},${words},0)`;
    const [Rs, Ts] = [`INDEX(${scores},${match(R)})`, `INDEX(${scores},${match(Tr)})`];
    const value =
      iku.polarity === "positif"
        ? `IF(${Ts}=0,"",ROUND(${Rs}/${Ts}*100,${D}))`
        : `IF(${Rs}=0,"",ROUND(${Ts}/${Rs}*100,${D}))`;
    return `IF(AND(ISNUMBER(${match(R)}),ISNUMBER(${match(Tr)})),${value},"")`;
  }
  const value =
    iku.polarity === "positif"
      ? `IF(${Tr}=0,"",ROUND(${R}/${Tr}*100,${D}))`
      : `IF(${R}=0,"",ROUND(${Tr}/${R}*100,${D}))`;
  return `IF(AND(ISNUMBER(${R}),ISNUMBER(${Tr})),${value},"")`;
}

/** The tren of the change in J: as the indicator table's, by the polarity on the IKU's Data row. */
function trenFormula(d: number, r: number): string {
  const Tr = T.trend;
  const [up, down, same] = [str(Tr.membaik), str(Tr.memburuk), str(Tr.tetap)];
  const J = `$J${r}`;
  const negative = `${dataCell("polaritas", d)}=${str(S.common.polarity.negatif)}`;
  return `IF(${J}="","",IF(${J}=0,${same},IF(${negative},IF(${J}<0,${up},${down}),IF(${J}>0,${up},${down}))))`;
}

/** One IKU: its numbers read from its Data row (none when not reported), the PK's values, the comparisons. */
function ikuRow(ctx: Context, iku: IkuAnalysis, j: number, scale: QualitativeScale | null): void {
  const { b, setup } = ctx;
  const r = b.next;
  const d = iku.dataRow;
  const blank = (style: string) => text(null, style);
  const numberOf = (c: DataColumn, style: string, at: number) =>
    fx(`IF(ISNUMBER(${dataCell(c, at)}),${dataCell(c, at)},"")`, style);
  const sd = (c: DataColumn, at: number) =>
    scale ? fx(`${dataCell(c, at)}&""`, "formulaText") : numberOf(c, "number", at);
  // The change and its tren: numbers only, and as the indicator table's (kumulatif once the year is complete).
  const compared = d !== null && !scale && trendApplies(iku.aggregation, setup.periode) ? d : null;
  const cells: Row = [
    { value: j + 1, style: "count" },
    text(iku.indikator),
    text(null),
    text(iku.satuan),
    d === null ? blank("number") : sd("targetSd", d),
    d === null ? blank("number") : sd("realisasiSd", d),
    d === null ? blank("percent") : numberOf("capaian", "percent", d),
    d === null ? text(iku.predikat, "formulaText") : fx(`${dataCell("predikat", d)}&""`, "formulaText"),
    pkValue(iku.lalu, "number"),
    compared === null
      ? blank("number")
      : fx(`IF(AND(ISNUMBER($F${r}),ISNUMBER($I${r})),ROUND($F${r}-$I${r},${D}),"")`, "number"),
    compared === null ? blank("formulaText") : fx(trenFormula(compared, r), "formulaText"),
    pkValue(iku.targetRenstra, "number"),
    d === null || iku.targetRenstra === null
      ? blank("percent")
      : fx(progresFormula(iku, scale, r), "percent"),
  ];
  b.add(cells, Math.max(fitted(iku.indikator, IKU_WIDTH), fitted(iku.predikat, PREDIKAT_WIDTH)));
  b.merge(r, 1, 2);
}
