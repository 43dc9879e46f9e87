/**
 * The sample prior report: a plain table of realisasi already reported, as a Setda keeps it
 * between rounds — TW I 2026 for most indicators, the 2025 annual realisasi for many, and two
 * rows that match nothing in the DPA (a sub kegiatan dropped this year, an indicator renamed).
 */
import { formatIndonesianNumber } from "../domain/shared/numbers";
import { a1, type CellPlan, type SheetPlan } from "../sheet/plan";
import { SAMPLE_INSTANSI, SAMPLE_TAHUN, sampleDpaRows, type SampleIndicator } from "./sample-dpa";

export const SAMPLE_PRIOR_SHEET = "Realisasi";

export interface SamplePriorRow {
  kode: string;
  indikator: string;
  realisasi: number;
  /** Target of the same period (TW I target, or the annual target). */
  target: number;
  tahun: number;
  periode: "TW1" | "TAHUNAN";
  /** True for the rows that match no indicator of the sample DPA. */
  unmatched?: boolean;
}

/** Deterministic 0…1 from a text, so the sample is the same on every run. */
function unit(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  return h / 0x100000000;
}

const round = (n: number, digits: number): number => Number(n.toFixed(digits));

/** The target of TW I for an indicator: a quarter for kumulatif, the annual value otherwise. */
function twOneTarget(ind: SampleIndicator): number {
  return ind.aggregation === "kumulatif" ? round(ind.target / 4, 2) : ind.target;
}

/** A plausible realisasi around `target`: within ±`spread`, integers for counts. */
function around(target: number, ind: SampleIndicator, seed: string, spread: number, bias = 0): number {
  const factor = 1 + bias + (unit(seed) * 2 - 1) * spread;
  // Lower is better for negative polarity: a typical miss is above target.
  const value = ind.polarity === "negatif" ? target * (2 - factor) : target * factor;
  const capped = ind.satuan === "Persen" && ind.polarity === "positif" ? Math.min(value, 100) : value;
  return Number.isInteger(ind.target) && ind.satuan !== "Persen"
    ? Math.max(0, Math.round(capped))
    : round(capped, 1);
}

/** The prior-report rows of the sample, in table order. */
export function samplePriorRows(): SamplePriorRow[] {
  const out: SamplePriorRow[] = [];
  let n = 0;
  for (const node of sampleDpaRows()) {
    for (const ind of node.indicators) {
      n += 1;
      const seed = `${node.kode}|${ind.tolokUkur}`;
      // Every seventh indicator was not reported in TW I (a Bagian that sent nothing back).
      if (n % 7 !== 3) {
        const target = twOneTarget(ind);
        out.push({
          kode: node.kode,
          indikator: ind.tolokUkur,
          realisasi: around(target, ind, `${seed}|tw1`, 0.25, -0.05),
          target,
          tahun: SAMPLE_TAHUN,
          periode: "TW1",
        });
      }
      // Indicators new this year have no 2025 figure.
      if (unit(`${seed}|2025?`) < 0.7) {
        out.push({
          kode: node.kode,
          indikator: ind.tolokUkur,
          realisasi: around(ind.target, ind, `${seed}|2025`, 0.12),
          target: ind.target,
          tahun: SAMPLE_TAHUN - 1,
          periode: "TAHUNAN",
        });
      }
    }
  }
  out.push(
    {
      kode: "4.01.01.2.06.0007",
      indikator: "Jumlah Paket Bahan Bacaan dan Peraturan Perundang-undangan yang Disediakan",
      realisasi: 12,
      target: 12,
      tahun: SAMPLE_TAHUN - 1,
      periode: "TAHUNAN",
      unmatched: true,
    },
    {
      kode: "4.01.02.2.02.0001",
      indikator: "Jumlah Peserta MTQ Tingkat Provinsi yang Difasilitasi",
      realisasi: 3,
      target: 3,
      tahun: SAMPLE_TAHUN,
      periode: "TW1",
      unmatched: true,
    },
  );
  return out;
}

const styles: SheetPlan["styles"] = {
  title: { bold: true, fontSize: 12 },
  header: { bold: true, hAlign: "center", vAlign: "center", wrap: true, fill: "#E2EFDA", border: true },
  cell: { border: true, wrap: true, vAlign: "top" },
  text: { border: true, vAlign: "top", numberFormat: "@" },
  number: { border: true, vAlign: "top", hAlign: "right", numberFormat: "#,##0.##" },
  textRight: { border: true, vAlign: "top", hAlign: "right", numberFormat: "@" },
  center: { border: true, vAlign: "top", hAlign: "center" },
};

const PERIODE_LABEL: Record<SamplePriorRow["periode"], string> = { TW1: "TW I", TAHUNAN: "Tahunan" };

/** The sample prior report as a plain sheet: one title row, a header, one row per value. */
export function buildSamplePriorPlan(): SheetPlan {
  const title = `REALISASI KINERJA ${SAMPLE_INSTANSI.toUpperCase()} — TRIWULAN I ${SAMPLE_TAHUN} DAN TAHUN ${SAMPLE_TAHUN - 1}`;
  const header = ["No", "Kode", "Indikator", "Realisasi", "Target", "Tahun", "Periode"];
  const rows: (CellPlan | null)[][] = [
    [{ value: title, style: "title" }],
    [],
    header.map((h) => ({ value: h, style: "header" })),
  ];
  samplePriorRows().forEach((p, i) => {
    // Some typists write decimals as Indonesian text; Excel keeps them as text.
    const asText = !Number.isInteger(p.realisasi) && i % 3 === 0;
    rows.push([
      { value: i + 1, style: "center" },
      { value: p.kode, style: "text" },
      { value: p.indikator, style: "cell" },
      asText
        ? { value: formatIndonesianNumber(p.realisasi, 1), style: "textRight" }
        : { value: p.realisasi, style: "number" },
      { value: p.target, style: "number" },
      { value: p.tahun, style: "center" },
      { value: PERIODE_LABEL[p.periode], style: "center" },
    ]);
  });
  return {
    name: SAMPLE_PRIOR_SHEET,
    visibility: "visible",
    rows,
    styles,
    columns: [
      { width: 5 },
      { width: 20 },
      { width: 70 },
      { width: 11 },
      { width: 9 },
      { width: 8 },
      { width: 10 },
    ],
    merges: [a1("A1:G1")],
    validations: [],
    freeze: { rows: 3, columns: 0 },
  };
}
