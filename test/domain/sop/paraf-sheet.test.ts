import fc from "fast-check";
import {
  emptyParafState,
  mergeParafStates,
  PARAF_TYPE,
  PARAF_VERSION,
  type ParafRecord,
  type ParafState,
} from "../../../src/domain/sop/paraf";
import { PARAF_STATE_SHEET, parafStateSheetPlan, readParafSheet } from "../../../src/domain/sop/paraf-sheet";
import { snapshotOfPlan } from "../../support/plan-snapshot";
import { hex64, witaInstant } from "../../support/log-fixture";

const arbRecord: fc.Arbitrary<ParafRecord> = fc.record({
  step: fc.constantFrom(6 as const, 7 as const),
  nama: fc.constantFrom("Hj. Norlaila, S.E.", "H. Masyraniansyah"),
  jabatan: fc.constantFrom("Kepala Bagian Umum dan Keuangan", "Sekretaris Daerah"),
  nip: fc.constantFrom("197803152005012009", "196504221988031008"),
  // Few distinct moments, so that equal times are common.
  at: fc.integer({ min: 0, max: 5 }).map((h) => witaInstant(Date.UTC(2026, 6, 20, h))),
  fingerprint: hex64,
});
const arbState: fc.Arbitrary<ParafState> = fc
  .array(arbRecord, { maxLength: 6 })
  .map((records) => ({ type: PARAF_TYPE, version: PARAF_VERSION, records }));

describe("the _paraf_state sheet", () => {
  it("is very hidden and reads back exactly the state it was written from", () => {
    fc.assert(
      fc.property(arbState, (state) => {
        const plan = parafStateSheetPlan(state);
        expect(plan).toMatchObject({ name: PARAF_STATE_SHEET, visibility: "veryHidden" });
        expect(readParafSheet(snapshotOfPlan(plan))).toEqual({ state, issues: [] });
      }),
    );
  });

  it("never throws: no sheet is an empty state, a foreign sheet an issue naming it", () => {
    expect(readParafSheet(null)).toEqual({ state: emptyParafState(), issues: [] });
    const foreign = { ...snapshotOfPlan(parafStateSheetPlan(emptyParafState())), values: [["Laporan"]] };
    expect(readParafSheet(foreign)).toMatchObject({
      state: emptyParafState(),
      issues: [{ code: "paraf.state", sheet: PARAF_STATE_SHEET }],
    });
  });
});

describe("merging two copies of the paraf records", () => {
  const set = (s: ParafState) => new Set(s.records.map((r) => JSON.stringify(r)));

  it("keeps every record of both, once, oldest first", () => {
    fc.assert(
      fc.property(arbState, arbState, (a, b) => {
        const merged = mergeParafStates(a, b);
        expect(set(merged)).toEqual(new Set([...set(a), ...set(b)]));
        expect(merged.records).toHaveLength(set(merged).size);
        const times = merged.records.map((r) => Date.parse(r.at));
        expect(times).toEqual([...times].sort((x, y) => x - y));
      }),
    );
  });

  it("is commutative, associative and idempotent", () => {
    fc.assert(
      fc.property(arbState, arbState, arbState, (a, b, c) => {
        expect(mergeParafStates(a, b)).toEqual(mergeParafStates(b, a));
        expect(mergeParafStates(mergeParafStates(a, b), c)).toEqual(
          mergeParafStates(a, mergeParafStates(b, c)),
        );
        const once = mergeParafStates(a, b);
        expect(mergeParafStates(once, once)).toEqual(once);
        expect(mergeParafStates(once, a)).toEqual(once);
      }),
    );
  });
});
