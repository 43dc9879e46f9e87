/**
 * The order of a year's rounds — Triwulan I < II < III < IV < Tahunan — and of rounds across years,
 * and the round that follows one.
 */
import type { Periode } from "./types";

const RANK: Readonly<Record<Periode, number>> = { TW1: 1, TW2: 2, TW3: 3, TW4: 4, TAHUNAN: 5 };

export interface RoundTime {
  tahun: number;
  periode: Periode;
}

/** Negative when `a` comes before `b`, 0 when it is the same round, positive when after. */
export function compareRounds(a: RoundTime, b: RoundTime): number {
  return a.tahun !== b.tahun ? a.tahun - b.tahun : RANK[a.periode] - RANK[b.periode];
}

/**
 * The round after `r`: TW I → TW II → TW III → TW IV → TW I of the next year. The annual report
 * (Tahunan) is a round of its own that a user chooses after TW IV; after it comes TW I of the next
 * year too.
 * @example nextRound({ tahun: 2026, periode: "TW4" }) // { tahun: 2027, periode: "TW1" }
 */
export function nextRound(r: RoundTime): RoundTime {
  switch (r.periode) {
    case "TW1":
      return { tahun: r.tahun, periode: "TW2" };
    case "TW2":
      return { tahun: r.tahun, periode: "TW3" };
    case "TW3":
      return { tahun: r.tahun, periode: "TW4" };
    default:
      return { tahun: r.tahun + 1, periode: "TW1" };
  }
}
