import fc from "fast-check";
import {
  applyConsolidation,
  diffSubmissions,
  planConsolidation,
  type Proposal,
} from "../../../src/domain/ledger/consolidate";
import type { Submission, SubmittedRow } from "../../../src/domain/returned/submission";
import type { Quarterly } from "../../../src/domain/shared/types";
import { makeSetup } from "../../support/round-fixture";
import { consolidated, indicatorRow, submitted } from "../../support/submission-fixture";

const setup = makeSetup();

/** An indicator row of sheet row 15 (inputs M15:AA15). */
const row = (key: string, realisasi: Quarterly<number | null>, bukti: string | null = null): SubmittedRow =>
  indicatorRow({ key, realisasiTw: realisasi, buktiDukung: bukti, cells: "M15:AA15" });

/** A submission of Bagian `bagian` from the file whose hash is `sha`. */
const submission = (bagian: string, sha: string, rows: SubmittedRow[]): Submission =>
  submitted(bagian, rows, { file: { name: `${bagian}-${sha}.xlsx`, sha256: sha, size: 100, savedAt: null } });

const provenance = { importedAt: "2026-07-12T10:00:00+08:00", importedBy: "Tim SAKIP" };

describe("planConsolidation", () => {
  it("proposes a Bagian not yet in the master as new, in the setup's Bagian order", () => {
    const org = submission("ORG", "b", [row("k1", [1, 2, null, null])]);
    const pem = submission("PEM", "a", [row("k2", [3, 4, null, null])]);
    const plan = planConsolidation(setup, [], [org, pem]);
    expect(plan.proposals.map((p) => [p.kind, p.bagian])).toEqual([
      ["new", "PEM"],
      ["new", "ORG"],
    ]);
    expect(plan.conflicts).toEqual([]);
  });

  it("shows a re-submission cell by cell, naming the cell in the new file", () => {
    const before = consolidated(submission("ORG", "a", [row("k1", [1, 2, null, null], "SK 1")]));
    const after = submission("ORG", "b", [row("k1", [1, 5, null, null], null)]);
    const plan = planConsolidation(setup, [before], [after]);
    const p = plan.proposals[0]!;
    expect(p.kind).toBe("replace");
    if (p.kind !== "replace") return;
    expect(p.changes).toEqual([
      { key: "k1", label: "Indikator k1", field: "realisasiTw2", cell: "N15", before: 2, after: 5 },
      { key: "k1", label: "Indikator k1", field: "buktiDukung", cell: "AA15", before: "SK 1", after: null },
    ]);
  });

  it("treats the same file again, or a different file with the same inputs, as unchanged", () => {
    const before = consolidated(submission("ORG", "a", [row("k1", [1, 2, null, null])]));
    const again = submission("ORG", "a", [row("k1", [1, 2, null, null])]);
    const resaved = submission("ORG", "c", [row("k1", [1, 2, null, null])]);
    expect(planConsolidation(setup, [before], [again]).proposals[0]!.kind).toBe("unchanged");
    expect(planConsolidation(setup, [before], [resaved]).proposals[0]!.kind).toBe("unchanged");
  });

  it("holds two different files for one Bagian back until the user chooses one", () => {
    const x = submission("ORG", "x", [row("k1", [1, 2, null, null])]);
    const y = submission("ORG", "y", [row("k1", [1, 3, null, null])]);
    const open = planConsolidation(setup, [], [y, x]);
    expect(open.proposals).toEqual([]);
    expect(open.conflicts.map((c) => c.candidates.map((s) => s.file.sha256))).toEqual([["x", "y"]]);
    const chosen = planConsolidation(setup, [], [y, x], { ORG: "y" });
    expect(chosen.conflicts).toEqual([]);
    expect(chosen.proposals.map((p) => p.submission.file.sha256)).toEqual(["y"]);
  });

  it("counts the same file picked twice once", () => {
    const x = submission("ORG", "x", [row("k1", [1, 2, null, null])]);
    expect(planConsolidation(setup, [], [x, { ...x }]).conflicts).toEqual([]);
  });
});

describe("diffSubmissions", () => {
  it("reports rows only one side has, and signature changes", () => {
    const a = submission("ORG", "a", [row("k1", [1, null, null, null]), row("k2", [1, null, null, null])]);
    const b = {
      ...submission("ORG", "b", [row("k1", [1, null, null, null]), row("k3", [1, null, null, null])]),
      signature: { ...a.signature, tanggal: "2026-07-11" },
    };
    const changes = diffSubmissions(a, b).map((c) => [c.key, c.field, c.before, c.after]);
    expect(changes).toEqual([
      ["k3", "row", null, "k3"],
      ["k2", "row", "k2", null],
      ["", "signature.tanggal", "2026-07-10", "2026-07-11"],
    ]);
  });
});

describe("applyConsolidation", () => {
  it("keeps the replaced submission for the Riwayat and stamps the new one", () => {
    const before = consolidated(submission("ORG", "a", [row("k1", [1, 2, null, null])]));
    const after = submission("ORG", "b", [row("k1", [1, 5, null, null])]);
    const plan = planConsolidation(setup, [before], [after]);
    const applied = applyConsolidation(setup, [before], plan.proposals, provenance);
    expect(applied.changed).toBe(true);
    expect(applied.replaced).toEqual([before]);
    expect(applied.current).toEqual([{ ...after, ...provenance }]);
  });

  it("changes nothing when every proposal is unchanged", () => {
    const before = consolidated(submission("ORG", "a", [row("k1", [1, 2, null, null])]));
    const plan = planConsolidation(setup, [before], [submission("ORG", "a", before.rows)]);
    const applied = applyConsolidation(setup, [before], plan.proposals, provenance);
    expect(applied).toEqual({ current: [before], replaced: [], changed: false });
  });
});

describe("properties", () => {
  const arbSubmission = fc
    .record({
      bagian: fc.constantFrom("PEM", "ORG"),
      sha: fc.constantFrom("s1", "s2", "s3", "s4"),
      values: fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }), {
        minLength: 2,
        maxLength: 2,
      }),
    })
    // One content per file hash, as for real files.
    .map(({ bagian, sha, values }) =>
      submission(bagian, `${bagian}-${sha}`, [row("k1", [values[0] ?? null, values[1] ?? null, null, null])]),
    );
  const unique = (subs: Submission[]): Submission[] => {
    const seen = new Map<string, Submission>();
    for (const s of subs) if (!seen.has(s.file.sha256)) seen.set(s.file.sha256, s);
    return [...seen.values()];
  };
  const settle = (subs: Submission[]): Record<string, string> => {
    const choices: Record<string, string> = {};
    for (const s of subs) choices[s.bagian.kode] = [choices[s.bagian.kode] ?? "", s.file.sha256].sort()[1]!;
    return choices;
  };

  it("does not depend on the order of the pick", () => {
    fc.assert(
      fc.property(
        fc.array(arbSubmission, { maxLength: 6 }).map(unique),
        fc.array(arbSubmission, { maxLength: 2 }).map(unique),
        fc.boolean(),
        (picked, existing, withChoices) => {
          const current = unique(existing)
            .filter((s, i, all) => all.findIndex((t) => t.bagian.kode === s.bagian.kode) === i)
            .map(consolidated);
          const choices = withChoices ? settle(picked) : {};
          const forward = planConsolidation(setup, current, picked, choices);
          const backward = planConsolidation(setup, current, [...picked].reverse(), choices);
          expect(backward).toEqual(forward);
          const apply = (p: Proposal[]) => applyConsolidation(setup, current, p, provenance);
          expect(apply(backward.proposals)).toEqual(apply(forward.proposals));
        },
      ),
    );
  });

  it("is idempotent: accepting the same pick again changes nothing", () => {
    fc.assert(
      fc.property(fc.array(arbSubmission, { maxLength: 6 }).map(unique), (picked) => {
        const choices = settle(picked);
        const once = applyConsolidation(
          setup,
          [],
          planConsolidation(setup, [], picked, choices).proposals,
          provenance,
        );
        const twice = applyConsolidation(
          setup,
          once.current,
          planConsolidation(setup, once.current, picked, choices).proposals,
          provenance,
        );
        expect(twice.changed).toBe(false);
        expect(twice.current).toEqual(once.current);
      }),
    );
  });
});
