import type { PredikatBand, RoundRules } from "../setup/setup-types";
import { roundExcel } from "../shared/rounding";
import {
  currentTriwulan,
  type Aggregation,
  type Periode,
  type Polarity,
  type Quarterly,
} from "../shared/types";

/** Capaian and serapan are shown, and rated, with two decimals. */
export const PERCENT_DECIMALS = 2;

export interface CapaianInput {
  polarity: Polarity;
  aggregation: Aggregation;
  periode: Periode;
  targetTahunan: number | null;
  targetTw: Quarterly<number | null>;
  /** Blank (null) means not reported; 0 is a value. */
  realisasiTw: Quarterly<number | null>;
}

/** Why a capaian has no number: nothing reported yet, or no usable target (blank or 0). */
export type CapaianStatus = "ok" | "belum-dilaporkan" | "tidak-terdefinisi";

export interface CapaianResult {
  status: CapaianStatus;
  /** The realisasi the period is judged on (sum, or the latest reported quarter). */
  realisasiSdPeriode: number | null;
  /** The target it is judged against. */
  targetSdPeriode: number | null;
  /** Capaian in percent, rounded to two decimals; null unless status is "ok". */
  capaian: number | null;
}

function sumOf(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}

/**
 * The realisasi and target a period is judged on.
 * - kumulatif: the sum of the quarters reported up to the period, against the sum of their targets
 *   (TAHUNAN: against the annual target).
 * - nilai akhir, persentase: the latest reported quarter against that quarter's target
 *   (TAHUNAN: against the annual target).
 * @example kumulatif TW2, realisasi [3, null], targets [5, 5] → realisasi 3 against target 10.
 */
export function periodBasis(input: CapaianInput): { realisasi: number | null; target: number | null } {
  const q = currentTriwulan(input.periode);
  const realisasi = input.realisasiTw.slice(0, q);
  const targets = input.targetTw.slice(0, q);
  if (input.aggregation === "kumulatif") {
    return {
      realisasi: sumOf(realisasi),
      target: input.periode === "TAHUNAN" ? input.targetTahunan : sumOf(targets),
    };
  }
  for (let i = q - 1; i >= 0; i--) {
    const r = realisasi[i];
    if (r !== null && r !== undefined) {
      return {
        realisasi: r,
        target: input.periode === "TAHUNAN" ? input.targetTahunan : (targets[i] ?? null),
      };
    }
  }
  return { realisasi: null, target: input.periode === "TAHUNAN" ? input.targetTahunan : null };
}

/**
 * Capaian of one indicator for a period, in percent, rounded as Excel's ROUND(…, 2).
 * Positive polarity: R / T × 100. Negative: (2T − R) / T × 100 ("selisih", Permenpan RB 8/2021)
 * or T / R × 100 ("rasio"). Not reported → "belum-dilaporkan"; target blank or 0 (or R = 0 with
 * "rasio") → "tidak-terdefinisi"; never a division error.
 * @example positif, T 100, R 85.5 → 85.5; negatif selisih, T 10, R 12 → 80.
 */
export function computeCapaian(
  input: CapaianInput,
  rules: Pick<RoundRules, "negativeFormula">,
): CapaianResult {
  const { realisasi, target } = periodBasis(input);
  const base = { realisasiSdPeriode: realisasi, targetSdPeriode: target };
  if (realisasi === null) return { ...base, status: "belum-dilaporkan", capaian: null };
  if (target === null || target === 0) return { ...base, status: "tidak-terdefinisi", capaian: null };
  let raw: number;
  if (input.polarity === "positif") raw = (realisasi / target) * 100;
  else if (rules.negativeFormula === "selisih") raw = ((2 * target - realisasi) / target) * 100;
  else if (realisasi === 0) return { ...base, status: "tidak-terdefinisi", capaian: null };
  else raw = (target / realisasi) * 100;
  return { ...base, status: "ok", capaian: roundExcel(raw, PERCENT_DECIMALS) };
}

/**
 * The predikat of a capaian: the first band whose minimum it reaches, after capping at
 * `capaianCap` (a capaian of 150 % is rated as 120 %, but still shown as 150 %).
 * @example with the default bands, 91 → "Sangat Tinggi", 90.99 → "Tinggi".
 */
export function predikatOf(capaian: number, rules: Pick<RoundRules, "predikat" | "capaianCap">): string {
  const rated = Math.min(capaian, rules.capaianCap);
  const band = rules.predikat.find((b: PredikatBand) => rated >= b.min);
  return band?.label ?? rules.predikat[rules.predikat.length - 1]?.label ?? "";
}

/** Serapan anggaran in percent (realisasi / pagu × 100, two decimals); null when either is missing or pagu is 0. */
export function computeSerapan(pagu: number | null, realisasiAnggaran: number | null): number | null {
  if (pagu === null || pagu === 0 || realisasiAnggaran === null) return null;
  return roundExcel((realisasiAnggaran / pagu) * 100, PERCENT_DECIMALS);
}
