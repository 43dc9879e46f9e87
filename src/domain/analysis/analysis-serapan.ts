/**
 * The serapan the Analisis compares with capaian: realisasi anggaran against the budget planned
 * s.d. periode, never the annual pagu (DOMAIN.md, "Budget:"). At TW I–III capaian is measured
 * against the target s.d. periode; measuring serapan against the whole year's pagu would make every
 * Bagian "efisien" until October. The DPA reader reads no anggaran kas (RAK) per triwulan, so the
 * budget planned s.d. periode is pagu × the share of the year elapsed. The Data sheet's serapan and
 * the kertas kerja's stay realisasi ÷ pagu: a Bagian's view of its whole budget.
 */
import { PERCENT_DECIMALS } from "../kertas-kerja/capaian";
import { roundExcel } from "../shared/rounding";
import type { Periode } from "../shared/types";

const SHARES: Record<Periode, number> = { TW1: 0.25, TW2: 0.5, TW3: 0.75, TW4: 1, TAHUNAN: 1 };

/**
 * The share of the year's pagu planned to be spent by the end of the periode.
 * @example plannedShare("TW2") === 0.5; plannedShare("TAHUNAN") === 1
 */
export function plannedShare(periode: Periode): number {
  return SHARES[periode];
}

/**
 * Serapan terhadap rencana s.d. periode in percent, two decimals: realisasi ÷ (pagu × share) × 100,
 * in the formula's order. Null when the pagu is blank or 0, or the realisasi blank.
 * @example serapanRencana(1_000, 500, "TW2") === 100 // 500 ÷ (1 000 × 0,5) × 100
 */
export function serapanRencana(
  pagu: number | null,
  realisasiAnggaran: number | null,
  periode: Periode,
): number | null {
  if (pagu === null || pagu === 0 || realisasiAnggaran === null) return null;
  return roundExcel((realisasiAnggaran / (pagu * plannedShare(periode))) * 100, PERCENT_DECIMALS);
}

/** The budget planned s.d. periode as a formula over a pagu expression: `(P*0.5)`, the pagu itself at share 1. */
export function plannedFormula(pagu: string, periode: Periode): string {
  const share = plannedShare(periode);
  return share === 1 ? pagu : `(${pagu}*${share})`;
}

/**
 * The formula of `serapanRencana` for a row whose pagu and realisasi anggaran are in columns of
 * row `r`: empty when the pagu is blank or 0 or the realisasi blank.
 * @example serapanRencanaFormula(9, { pagu: "$I", realisasiAnggaran: "$J" }, "TW2")
 *   // 'IF(OR($I9="",$I9=0,$J9=""),"",ROUND($J9/($I9*0.5)*100,2))'
 */
export function serapanRencanaFormula(
  r: number,
  cols: { pagu: string; realisasiAnggaran: string },
  periode: Periode,
): string {
  const P = `${cols.pagu}${r}`;
  const RA = `${cols.realisasiAnggaran}${r}`;
  return `IF(OR(${P}="",${P}=0,${RA}=""),"",ROUND(${RA}/${plannedFormula(P, periode)}*100,${PERCENT_DECIMALS}))`;
}
