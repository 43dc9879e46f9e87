/**
 * Capaian per sasaran strategis of the Perjanjian Kinerja (LKjIP Bab III A): each IKU as its Data
 * row gives it (the row whose kunci is the IKU's key, analysed by `analyse()`), compared with the
 * realisasi of the latest earlier year the PK gives and with the Renstra's final target; then per
 * sasaran the mean capaian of its IKU, the serapan of its supporting programs against their budget
 * planned s.d. periode (analysis-serapan.ts) and the efficiency.
 * Same steps and rounding (roundExcel, two decimals) as the Analisis sheet's formulas.
 */
import { S } from "../../strings";
import { PERCENT_DECIMALS, predikatOf, type CapaianStatus } from "../kertas-kerja/capaian";
import { qualitativeScaleOf } from "../kertas-kerja/qualitative";
import { levelIn } from "../setup/scales";
import type { QualitativeScale, RoundSetup } from "../setup/setup-types";
import { roundExcel } from "../shared/rounding";
import type {
  Aggregation,
  BagianCode,
  IndicatorKey,
  Iku,
  Kode,
  PerjanjianKinerja,
  Polarity,
  TargetValue,
} from "../shared/types";
import type { SubmittedRow } from "../returned/submission";
import {
  efficiencyOf,
  trendApplies,
  trendOf,
  type DataRowRef,
  type EfficiencyCategory,
  type IndicatorAnalysis,
  type TrendDirection,
} from "./analysis";
import { serapanRencana } from "./analysis-serapan";

const D = PERCENT_DECIMALS;

/** One IKU of a sasaran, as the round's Data gives it. */
export interface IkuAnalysis {
  key: IndicatorKey;
  /** Indikator and satuan as the PK states them. */
  indikator: string;
  satuan: string;
  /** The Bagian whose submission carries the IKU and its Data row; null when none does (belum dilaporkan). */
  bagianKode: BagianCode | null;
  dataRow: number | null;
  /** The Data row's (the PK's when not reported). */
  polarity: Polarity;
  aggregation: Aggregation;
  /** Whether the Data row's target is a word of a scale: then the words below, and no numbers. */
  qualitative: boolean;
  targetSd: number | null;
  realisasiSd: number | null;
  targetWord: string | null;
  realisasiWord: string | null;
  /** Capaian, its status and predikat: exactly the Data row's IndicatorAnalysis. */
  capaian: number | null;
  status: CapaianStatus;
  predikat: string;
  /** Realisasi of earlier years as the PK gives them, oldest first. */
  realisasiLalu: { tahun: number; realisasi: TargetValue }[];
  /** The realisasi of the comparison year (`comparisonYear`), when the PK gives one for this IKU. */
  lalu: TargetValue | null;
  /** realisasiSd − lalu (numbers only, and as the indicators' trend: kumulatif only once the year is complete). */
  perubahan: number | null;
  tren: TrendDirection | null;
  targetRenstra: TargetValue | null;
  /** Progress toward the Renstra's final target in percent (`progresRenstra`); null when it cannot be computed. */
  progresRenstra: number | null;
}

/** One sasaran strategis: its IKU, its capaian, and the serapan of the programs that support it. */
export interface SasaranAnalysis {
  no: string;
  text: string;
  programs: Kode[];
  iku: IkuAnalysis[];
  /** IKU with a realisasi s.d. periode (a number, or a qualitative word). */
  dilaporkan: number;
  /** IKU with a capaian. */
  dinilai: number;
  /** Mean of the IKU's capaian, each capped at capaianCap first; null when none has one. */
  capaian: number | null;
  /** Predikat of `capaian`, or why there is none; null for a sasaran without IKU. */
  predikat: string | null;
  /** Sums over the Data budget rows (every Bagian) whose program or kegiatan kode is one of `programs`. */
  pagu: number | null;
  realisasiAnggaran: number | null;
  /** Serapan terhadap rencana s.d. periode: realisasi ÷ (pagu × plannedShare) × 100. */
  serapan: number | null;
  /** capaian − serapan in points. */
  selisih: number | null;
  efisiensi: EfficiencyCategory | null;
}

/**
 * The year the IKU's realisasi are compared with: the latest year before the round's that any IKU
 * of the PK has a realisasi for; null when none has.
 * @example comparisonYear(pk with realisasi of 2024 and 2025, 2026) === 2025
 */
export function comparisonYear(pk: PerjanjianKinerja, tahun: number): number | null {
  let year: number | null = null;
  for (const iku of pk.iku)
    for (const r of iku.realisasiLalu)
      if (r.tahun < tahun && (year === null || r.tahun > year)) year = r.tahun;
  return year;
}

/**
 * Progress toward the Renstra's final target, in percent, two decimals. Numbers: positive polarity
 * realisasi ÷ target × 100 (target 0: none); negative polarity target ÷ realisasi × 100 (realisasi
 * 0: none). A qualitative IKU: the same on the scores of its scale (both words must be of it).
 * Null when either is missing or of the other kind.
 * @example progresRenstra(80, 100, "positif", null) === 80; progresRenstra(8, 6, "negatif", null) === 75
 */
export function progresRenstra(
  realisasi: TargetValue | null,
  renstra: TargetValue | null,
  polarity: Polarity,
  scale: QualitativeScale | null,
): number | null {
  let r: number | null = null;
  let t: number | null = null;
  if (scale) {
    r = levelIn(realisasi, scale)?.score ?? null;
    t = levelIn(renstra, scale)?.score ?? null;
  } else if (typeof realisasi === "number" && typeof renstra === "number") {
    [r, t] = [realisasi, renstra];
  }
  if (r === null || t === null) return null;
  if (polarity === "positif") return t === 0 ? null : roundExcel((r / t) * 100, D);
  return r === 0 ? null : roundExcel((t / r) * 100, D);
}

/** The sum of the numbers, in order; null when there are none (a blank is not a zero). */
function sumOrNull(values: readonly (number | null)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (v !== null) sum = (sum ?? 0) + v;
  return sum;
}

/** A word as the sheet writes it: runs of spaces as one, trimmed. */
export const renstraShown = (v: TargetValue | null): TargetValue | null =>
  typeof v === "string" ? v.replace(/\s+/g, " ").trim() : v;

/** The Data row that carries an IKU: the first indicator row whose kunci is its key. */
function dataRowOf(refs: readonly DataRowRef[], iku: Iku): DataRowRef | null {
  return refs.find((r) => r.row?.kind === "indicator" && r.row.key === iku.key) ?? null;
}

/** The scale of a Data row whose target is a word of one; null for a numeric one. */
export const scaleOfRow = (setup: RoundSetup, row: SubmittedRow): QualitativeScale | null =>
  qualitativeScaleOf(row.targetTahunan, row.targetText, setup.rules.scales);

function ikuOf(
  setup: RoundSetup,
  iku: Iku,
  found: { row: SubmittedRow; ind: IndicatorAnalysis } | null,
  year: number | null,
): IkuAnalysis {
  const lalu = iku.realisasiLalu.find((r) => r.tahun === year)?.realisasi ?? null;
  const renstra = renstraShown(iku.targetRenstra);
  const base = {
    key: iku.key,
    indikator: iku.indikator,
    satuan: iku.satuan,
    realisasiLalu: iku.realisasiLalu,
    lalu,
    targetRenstra: renstra,
  };
  if (!found) {
    return {
      ...base,
      bagianKode: null,
      dataRow: null,
      polarity: iku.polarity,
      aggregation: iku.aggregation,
      qualitative: false,
      targetSd: null,
      realisasiSd: null,
      targetWord: null,
      realisasiWord: null,
      capaian: null,
      status: "belum-dilaporkan",
      predikat: S.kertasKerja.status.belumDilaporkan,
      perubahan: null,
      tren: null,
      progresRenstra: null,
    };
  }
  const { ind } = found;
  const scale = scaleOfRow(setup, found.row);
  const perubahan =
    !scale &&
    trendApplies(ind.aggregation, setup.periode) &&
    ind.realisasiSd !== null &&
    typeof lalu === "number"
      ? roundExcel(ind.realisasiSd - lalu, D)
      : null;
  return {
    ...base,
    bagianKode: ind.bagianKode,
    dataRow: ind.dataRow,
    polarity: ind.polarity,
    aggregation: ind.aggregation,
    qualitative: scale !== null,
    targetSd: ind.targetSd,
    realisasiSd: ind.realisasiSd,
    targetWord: ind.targetWord ?? null,
    realisasiWord: ind.realisasiWord ?? null,
    capaian: ind.capaian,
    status: ind.status,
    predikat: ind.predikat,
    perubahan,
    tren: perubahan === null ? null : trendOf(perubahan, ind.polarity),
    progresRenstra: progresRenstra(
      scale ? (ind.realisasiWord ?? null) : ind.realisasiSd,
      renstra,
      ind.polarity,
      scale,
    ),
  };
}

/** Whether a Data budget row belongs to one of the programs or kegiatan listed. */
export const supports = (row: SubmittedRow, programs: readonly Kode[]): boolean =>
  programs.includes(row.programKode) || (row.kegiatanKode !== null && programs.includes(row.kegiatanKode));

function sasaranOf(
  setup: RoundSetup,
  refs: readonly DataRowRef[],
  s: PerjanjianKinerja["sasaran"][number],
  iku: IkuAnalysis[],
): SasaranAnalysis {
  const dilaporkan = iku.filter((i) => i.realisasiSd !== null || i.realisasiWord !== null).length;
  const rated = iku.flatMap((i) => (i.capaian === null ? [] : [Math.min(i.capaian, setup.rules.capaianCap)]));
  const total = sumOrNull(rated);
  const capaian = total === null ? null : roundExcel(total / rated.length, D);
  const status = S.kertasKerja.status;
  const predikat =
    iku.length === 0
      ? null
      : dilaporkan === 0
        ? status.belumDilaporkan
        : capaian === null
          ? status.tidakTerdefinisi
          : predikatOf(capaian, setup.rules);
  const budget = refs.flatMap((r) => (r.row?.budgetRow && supports(r.row, s.programs) ? [r.row] : []));
  const pagu = sumOrNull(budget.map((b) => b.pagu));
  const realisasiAnggaran = sumOrNull(budget.map((b) => b.realisasiAnggaran));
  const serapan = serapanRencana(pagu, realisasiAnggaran, setup.periode);
  const selisih = capaian === null || serapan === null ? null : roundExcel(capaian - serapan, D);
  return {
    no: s.no,
    text: s.text,
    programs: s.programs,
    iku,
    dilaporkan,
    dinilai: rated.length,
    capaian,
    predikat,
    pagu,
    realisasiAnggaran,
    serapan,
    selisih,
    efisiensi: selisih === null ? null : efficiencyOf(selisih),
  };
}

/**
 * Capaian per sasaran strategis, in the PK's order; each sasaran's IKU in the PK's order (an IKU
 * belongs to the sasaran whose `no` is its `sasaranNo`). `indicators` is `analyse()`'s analysis of
 * the Data rows `refs`: an IKU's capaian and predikat are its Data row's, never recomputed.
 */
export function analyseSasaran(
  setup: RoundSetup,
  refs: readonly DataRowRef[],
  indicators: readonly IndicatorAnalysis[],
  pk: PerjanjianKinerja,
): SasaranAnalysis[] {
  const byRow = new Map(indicators.map((i) => [i.dataRow, i]));
  const year = comparisonYear(pk, setup.tahun);
  return pk.sasaran.map((s) => {
    const iku = pk.iku
      .filter((i) => i.sasaranNo === s.no)
      .map((i) => {
        const ref = dataRowOf(refs, i);
        const ind = ref ? byRow.get(ref.dataRow) : undefined;
        return ikuOf(setup, i, ref?.row && ind ? { row: ref.row, ind } : null, year);
      });
    return sasaranOf(setup, refs, s, iku);
  });
}
