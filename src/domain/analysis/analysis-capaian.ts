/**
 * The capaian of one Data row as the Analisis computes it: on the scores of its scale when its
 * target is a word of one (qualitative, always nilai akhir), else on the numbers.
 */
import { computeCapaian, type CapaianResult } from "../kertas-kerja/capaian";
import { computeQualitativeCapaian, qualitativeScaleOf } from "../kertas-kerja/qualitative";
import { aggregationOf, polarityOf } from "../ledger/data-layout";
import type { SubmittedRow } from "../returned/submission";
import type { RoundSetup } from "../setup/setup-types";
import type { Quarterly, TargetValue } from "../shared/types";

/** The capaian of a row: on the scores of its scale when its target is a word of one, else on numbers. */
export function capaianOf(
  setup: RoundSetup,
  row: SubmittedRow,
): CapaianResult & { targetWord?: string | null; realisasiWord?: string | null } {
  const polarity = polarityOf(row);
  if (qualitativeScaleOf(row.targetTahunan, row.targetText, setup.rules.scales)) {
    const q = computeQualitativeCapaian(
      {
        polarity,
        periode: setup.periode,
        targetTahunan: row.targetText,
        targetTw: row.targetTw.map((v, i) => row.targetTwWords?.[i] ?? v) as Quarterly<TargetValue | null>,
        realisasiTw: row.realisasiTw.map(
          (v, i) => row.realisasiWords?.[i] ?? v,
        ) as Quarterly<TargetValue | null>,
      },
      setup.rules,
    );
    return {
      status: q.status,
      capaian: q.capaian,
      realisasiSdPeriode: null,
      targetSdPeriode: null,
      targetWord: q.targetWord,
      realisasiWord: q.realisasiWord,
    };
  }
  return computeCapaian(
    {
      polarity,
      aggregation: aggregationOf(row),
      periode: setup.periode,
      targetTahunan: row.targetTahunan,
      targetTw: row.targetTw,
      realisasiTw: row.realisasiTw,
    },
    setup.rules,
  );
}
