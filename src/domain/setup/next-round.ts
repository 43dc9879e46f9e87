/**
 * The setup of the round after a master's: the same instansi, Bagian, Kepala Bagian, officials,
 * rules and calendar, for the next periode (TW I → TW II → TW III → TW IV → TW I of the next year;
 * after Tahunan, TW I of the next year too) with that round's default deadline.
 */
import { compareRounds, nextRound } from "../shared/periode-order";
import type { Periode } from "../shared/types";
import { defaultBatasWaktu } from "./setup";
import type { RoundSetup } from "./setup-types";

export interface NextRoundChoice {
  tahun?: number;
  periode?: Periode;
  batasWaktu?: string;
}

/**
 * The round after `previous`, or the one chosen: a periode alone is taken in the first year it
 * comes after the previous round (after TW IV 2026, "TAHUNAN" is Tahunan 2026 and "TW1" is TW I
 * 2027); a tahun alone starts at its TW I unless it is the year the next round falls in.
 * @example nextRoundSetup(tw4of2026).periode // "TW1" (tahun 2027)
 */
export function nextRoundSetup(previous: RoundSetup, choice: NextRoundChoice = {}): RoundSetup {
  const next = nextRound(previous);
  let { tahun, periode } = choice;
  if (periode !== undefined && tahun === undefined) {
    tahun =
      compareRounds({ tahun: previous.tahun, periode }, previous) > 0 ? previous.tahun : previous.tahun + 1;
  }
  tahun ??= next.tahun;
  periode ??= tahun === next.tahun ? next.periode : "TW1";
  return {
    ...previous,
    tahun,
    periode,
    batasWaktu: choice.batasWaktu ?? defaultBatasWaktu(tahun, periode),
  };
}
