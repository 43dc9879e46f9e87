/**
 * A property over random rounds: each round's master is the next round's prior report. The
 * realisasi consolidated in round N stand, unchanged and locked, in round N+1's kertas kerja (the
 * earlier quarters of the year; across a year, TW IV's annual realisasi as "Realisasi Tahun Lalu"),
 * each with its provenance, and nothing is counted twice in a kumulatif indicator: the realisasi
 * s.d. periode of round N+1 is round N's plus exactly the quarters reported in round N+1.
 */
import fc from "fast-check";
import { defaultReview, prepareRound } from "../../src/app/round";
import type { IndicatorReview, RoundInputs } from "../../src/app/round-types";
import { periodBasis } from "../../src/domain/kertas-kerja/capaian";
import { colIndex, REALISASI_TW } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import { masterSheetsOf, readMasterPrior } from "../../src/domain/ledger/master-prior";
import type { ConsolidatedSubmission, SubmittedRow } from "../../src/domain/returned/submission";
import { nextRound, type RoundTime } from "../../src/domain/shared/periode-order";
import {
  currentTriwulan,
  type Aggregation,
  type IndicatorKey,
  type PriorValue,
} from "../../src/domain/shared/types";
import { consolidateInMemory, filledFile, metaOf } from "../support/round-chain";
import { makeSetup, smallDpa } from "../support/round-fixture";

const dpa = smallDpa();
const indicators = dpa.nodes.flatMap((n) => n.indicators);
const AGGREGATIONS: Aggregation[] = ["kumulatif", "nilai-akhir", "persentase"];

interface Chain {
  start: RoundTime;
  aggregation: Aggregation[];
  /** Per round: does each Bagian (by position) return its file, and what it types per indicator and quarter. */
  rounds: { returns: boolean[]; values: (number | null)[][] }[];
}

const value = fc.option(
  fc.integer({ min: 0, max: 4000 }).map((n) => n / 4),
  { freq: 5, nil: null },
);
const chain: fc.Arbitrary<Chain> = fc.record({
  start: fc.constantFrom<RoundTime>(
    { tahun: 2026, periode: "TW1" },
    { tahun: 2026, periode: "TW2" },
    { tahun: 2026, periode: "TW3" },
  ),
  aggregation: fc.array(fc.constantFrom(...AGGREGATIONS), {
    minLength: indicators.length,
    maxLength: indicators.length,
  }),
  rounds: fc.array(
    fc.record({
      // Mostly returned; sometimes a Bagian (or both) never sends its file back.
      returns: fc.array(
        fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
        { minLength: 2, maxLength: 2 },
      ),
      values: fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), {
        minLength: indicators.length,
        maxLength: indicators.length,
      }),
    }),
    { minLength: 2, maxLength: 5 },
  ),
});

function inputsFor(time: RoundTime, c: Chain, prior: PriorValue[]): RoundInputs {
  const reviews: Partial<Record<IndicatorKey, IndicatorReview>> = {};
  indicators.forEach((ind, i) => {
    reviews[ind.key] = { ...defaultReview(ind), aggregation: c.aggregation[i] ?? "kumulatif" };
  });
  return {
    setup: makeSetup({ tahun: time.tahun, batasWaktu: `${time.tahun}-12-15` }, time.periode),
    dpa,
    prior,
    reviews,
    assignments: {},
    generatedAt: "2026-04-01T00:00:00.000Z",
  };
}

const rowsByKey = (subs: readonly ConsolidatedSubmission[]): Map<string, SubmittedRow> =>
  new Map(subs.flatMap((s) => s.rows.filter((r) => r.kind === "indicator").map((r) => [r.key, r] as const)));

const sdOf = (row: SubmittedRow, time: RoundTime): number | null =>
  periodBasis({
    polarity: row.polarity ?? "positif",
    aggregation: row.aggregation ?? "kumulatif",
    periode: time.periode,
    targetTahunan: row.targetTahunan,
    targetTw: row.targetTw,
    realisasiTw: row.realisasiTw,
  }).realisasi;

/** Round N+1's kertas kerja against round N's Data: the carried cells, locked, with provenance. */
function checkCarried(
  inputs: RoundInputs,
  prep: ReturnType<typeof prepareRound>,
  before: Map<string, SubmittedRow>,
  previous: { time: RoundTime; file: string },
): void {
  const time = inputs.setup;
  const q = currentTriwulan(time.periode);
  for (const kk of prep.kertasKerja) {
    const meta = metaOf(kk);
    const plan = kk.plans[0]!;
    for (const ref of meta.rows.filter((r) => r.kind === "indicator")) {
      const cells = plan.rows[ref.row - 1] ?? [];
      const old = before.get(ref.key);
      const prefilled = kk.prefilled.filter((p) => p.key === ref.key);
      expect(meta.prefilled ?? []).toEqual(expect.arrayContaining(prefilled));
      if (previous.time.tahun === time.tahun) {
        REALISASI_TW.slice(0, q - 1).forEach((c, k) => {
          const cell = cells[colIndex[c]];
          const carried = old?.realisasiTw[k] ?? null;
          if (carried === null) {
            expect(cell?.locked).toBe(false);
            return;
          }
          expect(cell?.value).toBe(carried);
          expect(cell?.locked).not.toBe(false);
          const record = prefilled.find((p) => p.column === c);
          expect(record).toMatchObject({ value: carried, tahun: time.tahun, periode: `TW${k + 1}` });
          expect(record?.source).toMatchObject({ file: previous.file, sheet: "Data" });
          expect(record?.provenance?.master).toMatchObject({ ...previous.time, file: previous.file });
        });
      } else {
        // A new year: last year's annual realisasi (TW IV's s.d. periode), nothing in the quarters.
        const annual = old ? sdOf(old, { tahun: previous.time.tahun, periode: "TAHUNAN" }) : null;
        expect(cells[colIndex.realisasiLalu]?.value ?? null).toBe(annual);
        expect(cells[colIndex.realisasiLalu]?.locked).not.toBe(false);
        if (annual !== null) {
          expect(prefilled.find((p) => p.column === "realisasiLalu")).toMatchObject({
            value: annual,
            tahun: previous.time.tahun,
            periode: "TAHUNAN",
          });
        }
        expect(prefilled.filter((p) => p.column !== "realisasiLalu")).toEqual([]);
      }
    }
  }
}

/** Round N+1's Data against round N's: carried quarters unchanged, a kumulatif s.d. grown by the new quarters only. */
function checkNoDoubleCount(
  time: RoundTime,
  previous: RoundTime,
  before: Map<string, SubmittedRow>,
  after: Map<string, SubmittedRow>,
): void {
  if (previous.tahun !== time.tahun) return;
  const qBefore = currentTriwulan(previous.periode);
  for (const [key, row] of after) {
    const old = before.get(key);
    if (!old) continue;
    let added = 0;
    row.realisasiTw.forEach((v, k) => {
      const carried = k < qBefore ? old.realisasiTw[k] : null;
      if (carried !== null && carried !== undefined) expect(v).toBe(carried);
      else added += v ?? 0;
    });
    if (row.aggregation === "kumulatif") {
      const sd = sdOf(row, time);
      const oldSd = sdOf(old, previous);
      if (sd !== null) expect(sd).toBeCloseTo((oldSd ?? 0) + added, 9);
    }
  }
}

describe("each round's master is the next round's prior report", () => {
  it("carries every consolidated realisasi, unchanged and locked, and never counts a quarter twice", () => {
    fc.assert(
      fc.property(chain, (c) => {
        let time = c.start;
        let prior: PriorValue[] = [];
        let before: { time: RoundTime; file: string; rows: Map<string, SubmittedRow> } | null = null;
        for (const [n, round] of c.rounds.entries()) {
          const inputs = inputsFor(time, c, prior);
          const prep = prepareRound(inputs);
          expect(prep.issues.filter((i) => i.severity === "error")).toEqual([]);
          if (before) checkCarried(inputs, prep, before.rows, before);
          const index = new Map(indicators.map((ind, i) => [ind.key as string, i]));
          const files = prep.kertasKerja
            .filter((_, b) => round.returns[b] !== false)
            .map((kk) => filledFile(kk, (key, q) => round.values[index.get(key) ?? 0]?.[q] ?? null));
          const done = consolidateInMemory(inputs.setup, files);
          expect(done.assessments.filter((a) => a.verdict === "rejected")).toEqual([]);
          const rows = rowsByKey(done.submissions);
          if (before) checkNoDoubleCount(time, before.time, before.rows, rows);

          const file = `Induk-${time.tahun}-${time.periode}-${n}.xlsx`;
          const master = masterSheetsOf(done.sheets, file);
          const next = nextRound(time);
          const read = readMasterPrior(master!, { instansi: inputs.setup.instansi, ...next });
          expect(
            read.issues.filter((i) => i.severity === "error" && i.code !== "prior.master.empty"),
          ).toEqual([]);
          prior = read.values;
          before = { time, file, rows };
          time = next;
        }
      }),
      { numRuns: 40 },
    );
  });
});
