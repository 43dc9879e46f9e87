/**
 * Where the round stands, in the order people work: the DPA first (the setup's Bagian are proposed
 * from it), then the setup, the assignments, the generation; outputs further along win.
 */
import { roundStage, stepOfStage, stepStatuses, type RoundFacts } from "../../src/taskpane/round-stage";
import type { BagianCode, DpaReadResult } from "../../src/domain/shared/types";
import { makeSetup, smallDpa } from "../support/round-fixture";

const usable: DpaReadResult = { dpa: smallDpa(), issues: [] };
const withoutIndicators: DpaReadResult = {
  dpa: { ...smallDpa(), nodes: smallDpa().nodes.map((n) => ({ ...n, indicators: [] })) },
  issues: [],
};
const orphan = smallDpa().nodes.find((n) => n.bagian === null && n.level === "subkegiatan");

function facts(over: Partial<RoundFacts["state"]> & Partial<Omit<RoundFacts, "state">> = {}): RoundFacts {
  const { setup = null, dpa = null, assignments = {}, ...rest } = over;
  return {
    state: { setup, dpa, assignments },
    unassigned: [],
    kertasKerja: false,
    data: false,
    archived: false,
    ...rest,
  };
}

describe("roundStage", () => {
  it("a new round starts with its DPA, before any setup", () => {
    expect(roundStage(facts())).toBe("dpa");
    expect(stepOfStage("dpa")).toBe("persiapan");
  });

  it("a DPA without indicators is no DPA yet, setup or not", () => {
    expect(roundStage(facts({ dpa: withoutIndicators }))).toBe("dpa");
    expect(roundStage(facts({ dpa: withoutIndicators, setup: makeSetup() }))).toBe("dpa");
  });

  it("a usable DPA without a saved setup asks for the setup", () => {
    expect(roundStage(facts({ dpa: usable }))).toBe("setup");
    // A DPA with row errors still gives kertas kerja: the setup comes next all the same.
    const withErrors = {
      ...usable,
      issues: [{ severity: "error" as const, code: "x", message: "baris rusak" }],
    };
    expect(roundStage(facts({ dpa: withErrors }))).toBe("setup");
  });

  it("then the sub kegiatan without a Bagian, then the generation", () => {
    if (!orphan) throw new Error("fixture changed");
    const setup = makeSetup();
    expect(roundStage(facts({ dpa: usable, setup, unassigned: [orphan] }))).toBe("assign");
    const assigned = facts({
      dpa: usable,
      setup,
      unassigned: [orphan],
      assignments: { [orphan.kode]: "PEM" as BagianCode },
    });
    expect(roundStage(assigned)).toBe("generate");
    expect(stepOfStage("generate")).toBe("kertasKerja");
  });

  it("outputs further along win over a missing DPA or setup", () => {
    expect(roundStage(facts({ kertasKerja: true }))).toBe("collect");
    expect(roundStage(facts({ kertasKerja: true, data: true }))).toBe("laporan");
    expect(roundStage(facts({ data: true, archived: true }))).toBe("finished");
  });
});

describe("stepStatuses", () => {
  it("step 1 is done only with a saved setup and a usable, fully assigned DPA", () => {
    expect(stepStatuses(facts(), false)).toMatchObject({
      dpa: "pending",
      setup: "pending",
      persiapan: "pending",
    });
    expect(stepStatuses(facts({ dpa: usable }), false)).toMatchObject({
      dpa: "done",
      setup: "pending",
      persiapan: "pending",
    });
    expect(stepStatuses(facts({ dpa: usable, setup: makeSetup() }), true)).toMatchObject({
      dpa: "done",
      setup: "done",
      prior: "done",
      persiapan: "done",
    });
    expect(stepStatuses(facts({ dpa: withoutIndicators }), false)).toMatchObject({
      dpa: "error",
      persiapan: "error",
      prior: "optional",
    });
  });
});
