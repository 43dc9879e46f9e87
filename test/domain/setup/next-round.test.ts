import { nextRoundSetup } from "../../../src/domain/setup/next-round";
import { compareRounds, nextRound } from "../../../src/domain/shared/periode-order";
import type { Periode } from "../../../src/domain/shared/types";
import { makeSetup } from "../../support/round-fixture";

describe("the round after a round", () => {
  it("goes TW I → TW II → TW III → TW IV → TW I of the next year; after Tahunan too", () => {
    const seq: [Periode, number, Periode, number][] = [
      ["TW1", 2026, "TW2", 2026],
      ["TW2", 2026, "TW3", 2026],
      ["TW3", 2026, "TW4", 2026],
      ["TW4", 2026, "TW1", 2027],
      ["TAHUNAN", 2026, "TW1", 2027],
    ];
    for (const [p, t, np, nt] of seq)
      expect(nextRound({ tahun: t, periode: p })).toEqual({ tahun: nt, periode: np });
  });

  it("orders rounds: quarters, then Tahunan, then the next year", () => {
    const order: [number, Periode][] = [
      [2025, "TW4"],
      [2025, "TAHUNAN"],
      [2026, "TW1"],
      [2026, "TW3"],
      [2026, "TW4"],
      [2026, "TAHUNAN"],
    ];
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1]!, order[i]!];
      expect(compareRounds({ tahun: a[0], periode: a[1] }, { tahun: b[0], periode: b[1] })).toBeLessThan(0);
    }
    expect(compareRounds({ tahun: 2026, periode: "TW2" }, { tahun: 2026, periode: "TW2" })).toBe(0);
  });

  it("keeps the setup (Bagian, officials, rules, calendar) and takes the new round's deadline", () => {
    const previous = makeSetup({ batasWaktu: "2026-04-15" }, "TW1");
    const next = nextRoundSetup(previous);
    expect(next).toEqual({ ...previous, periode: "TW2", batasWaktu: "2026-07-15" });
    expect(nextRoundSetup(makeSetup({}, "TW4"))).toMatchObject({
      tahun: 2027,
      periode: "TW1",
      batasWaktu: "2027-04-15",
    });
  });

  it("takes a chosen periode in the first year it follows the previous round; a chosen deadline as given", () => {
    const tw4 = makeSetup({}, "TW4");
    expect(nextRoundSetup(tw4, { periode: "TAHUNAN" })).toMatchObject({ tahun: 2026, periode: "TAHUNAN" });
    expect(nextRoundSetup(tw4, { periode: "TW1" })).toMatchObject({ tahun: 2027, periode: "TW1" });
    expect(nextRoundSetup(makeSetup({}, "TW1"), { periode: "TW3" })).toMatchObject({
      tahun: 2026,
      periode: "TW3",
    });
    expect(nextRoundSetup(makeSetup({}, "TW2"), { tahun: 2027 })).toMatchObject({
      tahun: 2027,
      periode: "TW1",
    });
    expect(nextRoundSetup(tw4, { batasWaktu: "2027-01-20" }).batasWaktu).toBe("2027-01-20");
  });
});
