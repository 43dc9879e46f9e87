/**
 * The domain's own analysis of a round's consolidated submissions: the reference numbers the
 * Analisis sheet's formulas must equal. Every step is the formula's step, in the same order and
 * with the same rounding (roundExcel, two decimals), so that the two can be compared exactly.
 */
import { S } from "../../strings";
import { PERCENT_DECIMALS, predikatOf, type CapaianStatus } from "../kertas-kerja/capaian";
import { capaianOf } from "./analysis-capaian";
import { serapanRencana } from "./analysis-serapan";
import { scopeBudgetRows } from "./analysis-scope";
import { analyseSasaran, type SasaranAnalysis } from "./analysis-sasaran";
import { aggregationOf, DATA_ROWS, instantSerial, polarityOf } from "../ledger/data-layout";
import { sortSubmissions } from "../ledger/data-sheet";
import { isIsoDate, isoToSerial } from "../shared/dates";
import { roundExcel } from "../shared/rounding";
import type { RoundSetup } from "../setup/setup-types";
import type { ConsolidatedSubmission, SubmittedRow } from "../returned/submission";
import {
  isSasaranKode,
  type Aggregation,
  type BagianCode,
  type PerjanjianKinerja,
  type Periode,
  type Polarity,
} from "../shared/types";

/**
 * Capaian − serapan, in percentage points, from which a group counts as efficient (≥ +margin) or
 * needing attention (≤ −margin). DOMAIN.md: no national formula exists, so the sheet states this one.
 */
export const EFFICIENCY_MARGIN = 10;

export type EfficiencyCategory = "efisien" | "sebanding" | "perlu-perhatian";
export type TrendDirection = "membaik" | "memburuk" | "tetap";
export type Ketepatan = "tepat-waktu" | "terlambat" | "tidak-diketahui";

/** A row of Data: the submission, the row (null for a submission without rows) and its 1-based row. */
export interface DataRowRef {
  sub: ConsolidatedSubmission;
  row: SubmittedRow | null;
  dataRow: number;
}

export interface IndicatorAnalysis {
  bagianKode: BagianCode;
  bagianNama: string;
  /** The kode the indicator belongs to: its sub kegiatan, else its kegiatan, else its program. */
  kode: string;
  key: string;
  indikator: string;
  satuan: string;
  polarity: Polarity;
  aggregation: Aggregation;
  targetSd: number | null;
  realisasiSd: number | null;
  /** A qualitative indicator's target and realisasi words s.d. periode (then targetSd, realisasiSd are null). */
  targetWord?: string | null;
  realisasiWord?: string | null;
  capaian: number | null;
  status: CapaianStatus;
  /** The band of the capped capaian, or why there is none (S.kertasKerja.status). */
  predikat: string;
  /** Serapan terhadap rencana s.d. periode (analysis-serapan.ts) of the budget rows in the indicator's scope, same Bagian. */
  serapan: number | null;
  realisasiLalu: number | null;
  /** realisasiSd − realisasiLalu; null when either is missing or the comparison does not apply. */
  perubahan: number | null;
  tren: TrendDirection | null;
  dataRow: number;
}

export interface GroupSummary {
  kode: string;
  nama: string;
  indikator: number;
  /** Indicators with a realisasi s.d. periode. */
  dilaporkan: number;
  /** Indicators with a capaian (reported, with a usable target). */
  dinilai: number;
  /** Mean of the capaian of `dinilai` indicators, each capped at capaianCap first. */
  rataCapaian: number | null;
  predikat: string;
  /** The annual pagu and the realisasi anggaran of the group's budget rows. */
  pagu: number | null;
  realisasiAnggaran: number | null;
  /** Serapan terhadap rencana s.d. periode: realisasi ÷ (pagu × plannedShare) × 100 (analysis-serapan.ts). */
  serapan: number | null;
  /** rataCapaian − serapan in points. */
  selisih: number | null;
  efisiensi: EfficiencyCategory | null;
}

export interface SubmissionStatus {
  kode: BagianCode;
  nama: string;
  submitted: boolean;
  dikirimPada: string | null;
  /** dikirimPada as a date-time serial in the round's zone. */
  dikirimSerial: number | null;
  ketepatan: Ketepatan | null;
  diimporPada: string | null;
  diimporSerial: number | null;
  berkas: string | null;
}

export interface Analysis {
  status: SubmissionStatus[];
  counts: { bagian: number; sudah: number; belum: number; terlambat: number };
  perBagian: GroupSummary[];
  perProgram: GroupSummary[];
  perSubKegiatan: GroupSummary[];
  indicators: IndicatorAnalysis[];
  /** Capaian per sasaran strategis of the PK (analysis-sasaran.ts); empty without a PK. */
  perSasaran: SasaranAnalysis[];
}

/** Every row of the Data sheet in its order, with its row number (a submission without rows takes one). */
export function dataRowsOf(setup: RoundSetup, subs: readonly ConsolidatedSubmission[]): DataRowRef[] {
  const refs: DataRowRef[] = [];
  let dataRow: number = DATA_ROWS.firstData;
  for (const sub of sortSubmissions(setup, subs)) {
    if (sub.rows.length === 0) refs.push({ sub, row: null, dataRow: dataRow++ });
    for (const row of sub.rows) refs.push({ sub, row, dataRow: dataRow++ });
  }
  return refs;
}

/** Whether the trend compares like with like: a kumulatif realisasi only once the year is complete. */
export function trendApplies(aggregation: Aggregation, periode: Periode): boolean {
  return aggregation !== "kumulatif" || periode === "TW4" || periode === "TAHUNAN";
}

/** The sum of the numbers, in order; null when there are none (a blank is not a zero). */
function sumOrNull(values: readonly (number | null)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (v !== null) sum = (sum ?? 0) + v;
  return sum;
}

/** The efficiency category of capaian − serapan. */
export function efficiencyOf(selisih: number): EfficiencyCategory {
  if (selisih >= EFFICIENCY_MARGIN) return "efisien";
  if (selisih <= -EFFICIENCY_MARGIN) return "perlu-perhatian";
  return "sebanding";
}

/** The direction of a change for an indicator of this polarity. */
export function trendOf(perubahan: number, polarity: Polarity): TrendDirection {
  if (perubahan === 0) return "tetap";
  return perubahan > 0 === (polarity === "positif") ? "membaik" : "memburuk";
}

function indicatorOf(setup: RoundSetup, refs: readonly DataRowRef[], ref: DataRowRef): IndicatorAnalysis {
  const row = ref.row as SubmittedRow;
  const polarity = polarityOf(row);
  const aggregation = aggregationOf(row);
  const result = capaianOf(setup, row);
  const status = S.kertasKerja.status;
  const predikat =
    result.capaian !== null
      ? predikatOf(result.capaian, setup.rules)
      : result.status === "belum-dilaporkan"
        ? status.belumDilaporkan
        : status.tidakTerdefinisi;
  const budget = scopeBudgetRows(refs, ref).map((o) => o.row as SubmittedRow);
  const serapan = serapanRencana(
    sumOrNull(budget.map((b) => b.pagu)),
    sumOrNull(budget.map((b) => b.realisasiAnggaran)),
    setup.periode,
  );
  const perubahan =
    trendApplies(aggregation, setup.periode) &&
    result.realisasiSdPeriode !== null &&
    row.realisasiLalu !== null
      ? roundExcel(result.realisasiSdPeriode - row.realisasiLalu, PERCENT_DECIMALS)
      : null;
  return {
    bagianKode: ref.sub.bagian.kode,
    bagianNama: ref.sub.bagian.nama,
    kode: row.subKegiatanKode ?? row.kegiatanKode ?? row.programKode,
    key: row.key,
    indikator: row.indikator ?? "",
    satuan: row.satuan ?? "",
    polarity,
    aggregation,
    targetSd: result.targetSdPeriode,
    realisasiSd: result.realisasiSdPeriode,
    ...("targetWord" in result ? { targetWord: result.targetWord, realisasiWord: result.realisasiWord } : {}),
    capaian: result.capaian,
    status: result.status,
    predikat,
    serapan,
    realisasiLalu: row.realisasiLalu,
    perubahan,
    tren: perubahan === null ? null : trendOf(perubahan, polarity),
    dataRow: ref.dataRow,
  };
}

/**
 * A group's summary: counts, the mean capaian over the indicators that have one (each capped at
 * capaianCap first: the rating basis), its predikat, the budget sums of its budget rows, serapan
 * against the budget planned s.d. periode and the efficiency comparison.
 */
function summaryOf(
  setup: RoundSetup,
  kode: string,
  nama: string,
  members: readonly DataRowRef[],
  indicators: ReadonlyMap<DataRowRef, IndicatorAnalysis>,
): GroupSummary {
  const ind = members.flatMap((m) => {
    const a = indicators.get(m);
    return a ? [a] : [];
  });
  const dilaporkan = ind.filter((i) => i.realisasiSd !== null || (i.realisasiWord ?? null) !== null).length;
  const rated = ind.flatMap((i) => (i.capaian === null ? [] : [Math.min(i.capaian, setup.rules.capaianCap)]));
  const total = sumOrNull(rated);
  const rataCapaian = total === null ? null : roundExcel(total / rated.length, PERCENT_DECIMALS);
  const status = S.kertasKerja.status;
  const predikat =
    dilaporkan === 0
      ? status.belumDilaporkan
      : rataCapaian === null
        ? status.tidakTerdefinisi
        : predikatOf(rataCapaian, setup.rules);
  const budget = members.flatMap((m) => (m.row?.budgetRow ? [m.row] : []));
  const pagu = sumOrNull(budget.map((b) => b.pagu));
  const realisasiAnggaran = sumOrNull(budget.map((b) => b.realisasiAnggaran));
  const serapan = serapanRencana(pagu, realisasiAnggaran, setup.periode);
  const selisih =
    rataCapaian === null || serapan === null ? null : roundExcel(rataCapaian - serapan, PERCENT_DECIMALS);
  return {
    kode,
    nama,
    indikator: ind.length,
    dilaporkan,
    dinilai: rated.length,
    rataCapaian,
    predikat,
    pagu,
    realisasiAnggaran,
    serapan,
    selisih,
    efisiensi: selisih === null ? null : efficiencyOf(selisih),
  };
}

/** Groups rows by a key, groups sorted by key; the name is the first row's. */
function groupBy(
  refs: readonly DataRowRef[],
  keyOf: (row: SubmittedRow) => { kode: string; nama: string } | null,
): { kode: string; nama: string; members: DataRowRef[] }[] {
  const groups = new Map<string, { kode: string; nama: string; members: DataRowRef[] }>();
  for (const ref of refs) {
    const k = ref.row ? keyOf(ref.row) : null;
    if (k === null || k.kode === "") continue;
    const group = groups.get(k.kode) ?? { ...k, members: [] };
    group.members.push(ref);
    groups.set(k.kode, group);
  }
  return [...groups.values()].sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));
}

/** The Bagian summarised: the setup's, in order, then any other that submitted, by kode. */
export function summaryBagian(
  setup: RoundSetup,
  subs: readonly ConsolidatedSubmission[],
): { kode: BagianCode; nama: string }[] {
  const list = setup.bagian.map((b) => ({ kode: b.kode, nama: b.nama }));
  const known = new Set(list.map((b) => b.kode));
  for (const sub of sortSubmissions(setup, subs)) {
    if (known.has(sub.bagian.kode)) continue;
    known.add(sub.bagian.kode);
    list.push({ kode: sub.bagian.kode, nama: sub.bagian.nama });
  }
  return list;
}

/** Whether a submission saved at `serial` is late: after the end of the deadline's day, round's zone. */
export function ketepatanOf(serial: number | null, batasWaktu: string): Ketepatan {
  if (serial === null || !isIsoDate(batasWaktu)) return "tidak-diketahui";
  return serial >= isoToSerial(batasWaktu) + 1 ? "terlambat" : "tepat-waktu";
}

function statusOf(setup: RoundSetup, refs: readonly DataRowRef[]): SubmissionStatus[] {
  const offset = setup.calendar.utcOffsetMinutes;
  return setup.bagian.map((b) => {
    const sub = refs.find((r) => r.sub.bagian.kode === b.kode)?.sub;
    if (!sub) {
      return {
        kode: b.kode,
        nama: b.nama,
        submitted: false,
        dikirimPada: null,
        dikirimSerial: null,
        ketepatan: null,
        diimporPada: null,
        diimporSerial: null,
        berkas: null,
      };
    }
    const dikirimSerial = instantSerial(sub.file.savedAt, offset);
    return {
      kode: b.kode,
      nama: b.nama,
      submitted: true,
      dikirimPada: sub.file.savedAt,
      dikirimSerial,
      ketepatan: ketepatanOf(dikirimSerial, setup.batasWaktu),
      diimporPada: sub.importedAt,
      diimporSerial: instantSerial(sub.importedAt, offset),
      berkas: sub.file.name,
    };
  });
}

/**
 * The analysis of a round: submission status of every Bagian of the setup, summaries per Bagian,
 * program and sub kegiatan, every indicator's capaian, predikat, serapan and trend, and with a
 * Perjanjian Kinerja the capaian per sasaran strategis.
 * @example analyse(setup, []).counts // { bagian: setup.bagian.length, sudah: 0, belum: …, terlambat: 0 }
 */
export function analyse(
  setup: RoundSetup,
  subs: readonly ConsolidatedSubmission[],
  pk?: PerjanjianKinerja | null,
): Analysis {
  const refs = dataRowsOf(setup, subs);
  const indicators = new Map<DataRowRef, IndicatorAnalysis>();
  for (const ref of refs)
    if (ref.row?.kind === "indicator") indicators.set(ref, indicatorOf(setup, refs, ref));
  const summarise = (groups: { kode: string; nama: string; members: DataRowRef[] }[]) =>
    groups.map((g) => summaryOf(setup, g.kode, g.nama, g.members, indicators));

  const perBagian = summarise(
    summaryBagian(setup, subs).map((b) => ({
      ...b,
      members: refs.filter((r) => r.sub.bagian.kode === b.kode),
    })),
  );
  const status = statusOf(setup, refs);
  const sudah = status.filter((s) => s.submitted).length;
  return {
    status,
    counts: {
      bagian: status.length,
      sudah,
      belum: status.length - sudah,
      terlambat: status.filter((s) => s.ketepatan === "terlambat").length,
    },
    perBagian,
    // An IKU's sasaran ("SS.1") is no program: its IKU are summarised per sasaran instead.
    perProgram: summarise(
      groupBy(refs, (r) =>
        isSasaranKode(r.programKode) ? null : { kode: r.programKode, nama: r.programNama },
      ),
    ),
    perSubKegiatan: summarise(
      groupBy(refs, (r) =>
        r.subKegiatanKode === null ? null : { kode: r.subKegiatanKode, nama: r.subKegiatanNama ?? "" },
      ),
    ),
    indicators: [...indicators.values()],
    perSasaran: pk ? analyseSasaran(setup, refs, [...indicators.values()], pk) : [],
  };
}
