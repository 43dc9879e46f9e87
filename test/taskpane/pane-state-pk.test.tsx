/** @jest-environment jsdom */
/**
 * The pane's saved working state, since version 2, carries a PK read from a file (or from the previous
 * round's master) that its sheet does not hold yet, so that closing the pane loses it no more than
 * the DPA; a state of version 1 (no PK) is still read. Through the real sheet plan and reader.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  judgePaneState,
  paneStatePlan,
  PANE_STATE_TYPE,
  PANE_STATE_VERSION,
  type PaneState,
} from "../../src/app/pane-state";
import { savedReviewOf } from "../../src/app/saved-review";
import { readJsonSheet } from "../../src/domain/shared/json-sheet";
import type { PkReadResult } from "../../src/domain/shared/types";
import { App } from "../../src/taskpane/App";
import { initialRoundState, panePk, roundReducer } from "../../src/taskpane/round-state";
import { samplePk } from "../support/iku-fixture";
import { accepted, reviewOf, row, sha, submission } from "./consolidation-stubs";
import { paneOpened } from "./focus-steps";
import { importDpa, lastInputs, openStep, writeKertasKerja, xlsxFile } from "./pane-steps";
import { paneStore } from "./pane-store";
import { renderPane } from "./render";
import { stubServices } from "./stub-services";

/** A state sheet plan as the workbook gives it back (values only). */
const sheetOf = (plan: ReturnType<typeof paneStatePlan>) => ({
  name: plan.name,
  visibility: "veryHidden" as const,
  values: plan.rows.map((r) => r.map((c) => c?.value ?? null)),
});
const pemStub = submission("PEM", { name: "KK-PEM.xlsx", sha: sha("a") }, [row("ind-1", "Indeks A", 40, 15)]);
const fromFile = (): PkReadResult => ({ pk: { ...samplePk(), file: "PK-2026.xlsx" }, issues: [] });
const onSheet = (): PkReadResult => ({
  pk: { ...samplePk(), tahun: 2025, sheet: "Perjanjian Kinerja" },
  issues: [],
});

function savedDoc(store: ReturnType<typeof paneStore>): Record<string, unknown> {
  if (!store.sheet) throw new Error("nothing written");
  const read = readJsonSheet(store.sheet, PANE_STATE_TYPE);
  if (!read.ok) throw new Error("unreadable");
  return read.value as Record<string, unknown>;
}

/** The JSON document of a state, rewritten as the add-in's version 1 wrote it (no `pk`). */
function versionOne(state: PaneState): Record<string, unknown> {
  const { pk: _pk, ...rest } = state;
  return { type: PANE_STATE_TYPE, version: 1, ...rest };
}

describe("a PK not yet on its sheet, in the saved state", () => {
  it("is saved when picked, restored by a fresh pane over the sheet's own, and written with the kertas kerja", async () => {
    const store = paneStore();
    const user = userEvent.setup();
    const first = renderPane(
      <App services={stubServices({ ...store.services, importPkFromFile: async () => fromFile() })} />,
    );
    await paneOpened();
    await openStep(user, /Impor DPA/);
    await user.upload(screen.getByLabelText("Unggah berkas Perjanjian Kinerja"), xlsxFile("PK-2026.xlsx"));
    await screen.findByText("PK 2026 · 2 sasaran · 4 IKU");
    await waitFor(() => expect(savedDoc(store).pk).toEqual({ read: fromFile(), from: "file" }));
    expect(savedDoc(store).version).toBe(3);
    first.unmount();

    // The workbook's sheet holds an older PK (2025): the one picked, not yet written, is the round's.
    const fresh = stubServices({ ...store.services, loadPk: async () => onSheet() });
    renderPane(<App services={fresh} />);
    await paneOpened();
    await openStep(user, /Impor DPA/);
    expect(await screen.findByText("PK 2026 · 2 sasaran · 4 IKU")).toBeInTheDocument();
    expect(screen.getByText("Terbaca dari berkas PK-2026.xlsx.")).toBeInTheDocument();
    expect(screen.getByText(/^Belum ada di lembar Perjanjian Kinerja/)).toBeInTheDocument();
    await waitFor(() => expect(fresh.loadPk).toHaveBeenCalled());
    expect(screen.queryByText(/^PK 2025/)).not.toBeInTheDocument();
    expect(fresh.importPkFromFile).not.toHaveBeenCalled();

    await importDpa(user);
    await user.selectOptions(screen.getByLabelText("Bagian untuk 4.01.02.2.01.0002"), "PEM");
    await writeKertasKerja(user);
    expect(lastInputs(fresh.prepareRound).pk).toEqual(fromFile().pk);
    expect(fresh.writeKertasKerja.mock.calls[0]![2]).toEqual(fromFile().pk);
    // Now on its sheet: the saved state no longer carries it.
    await waitFor(() => expect(savedDoc(store).pk).toBeNull());
  });

  it("is not kept once written to its sheet", async () => {
    const store = paneStore();
    const user = userEvent.setup();
    renderPane(
      <App services={stubServices({ ...store.services, importPkFromFile: async () => fromFile() })} />,
    );
    await paneOpened();
    await openStep(user, /Impor DPA/);
    await user.upload(screen.getByLabelText("Unggah berkas Perjanjian Kinerja"), xlsxFile("PK-2026.xlsx"));
    await waitFor(() => expect(savedDoc(store).pk).not.toBeNull());
    await user.click(await screen.findByRole("button", { name: "Tulis ke lembar Perjanjian Kinerja" }));
    await screen.findByText("PK ditulis ke lembar Perjanjian Kinerja.");
    await waitFor(() => expect(savedDoc(store).pk).toBeNull());
  });

  it("keeps where a PK came from, and none read from the sheet", () => {
    const read = fromFile();
    const copied = roundReducer(initialRoundState, {
      type: "pk-read",
      pk: { read, from: "previous", onSheet: false },
    });
    expect(panePk(copied)).toEqual({ read, from: "previous" });
    expect(panePk(roundReducer(copied, { type: "pk-written" }))).toBeNull();
    const sheet = roundReducer(initialRoundState, {
      type: "pk-found",
      pk: { read, from: "sheet", onSheet: true },
    });
    expect(panePk(sheet)).toBeNull();
    const restored = roundReducer(initialRoundState, {
      type: "pane-restored",
      saved: { dpa: null, prior: null, assignments: {}, reviews: {}, pk: { read, from: "file" } },
    });
    expect(restored.pk).toEqual({ read, from: "file", onSheet: false });
  });
});

describe("reading the saved state's versions", () => {
  const state: PaneState = {
    dpa: null,
    prior: { values: [], issues: [] },
    pk: null,
    assignments: {},
    reviews: {},
    at: { step: "persiapan", stage: "dpa" },
  };

  it("writes version 3 and reads it back, PK and all", () => {
    expect(PANE_STATE_VERSION).toBe(3);
    const withPk: PaneState = { ...state, pk: { read: fromFile(), from: "file" } };
    const plan = paneStatePlan(withPk);
    expect(judgePaneState(readJsonSheet(sheetOf(plan), PANE_STATE_TYPE))).toEqual({
      state: withPk,
      issue: null,
    });
  });

  it("reads a version 1 state as one without a PK", () => {
    expect(judgePaneState({ ok: true, value: versionOne(state) })).toEqual({
      state: { ...state, pk: null },
      issue: null,
    });
  });

  it("ignores a version 2 state whose PK is not what the add-in wrote", () => {
    const doc = {
      type: PANE_STATE_TYPE,
      version: 2,
      ...state,
      pk: { from: "file", read: { pk: { iku: "x" } } },
    };
    expect(judgePaneState({ ok: true, value: doc })).toMatchObject({
      state: null,
      issue: {
        code: "pane-state.unreadable",
        expected: "lembar _pane_state versi 1, 2 atau 3 yang ditulis add-in ini",
      },
    });
    const from = { type: PANE_STATE_TYPE, version: 2, ...state, pk: { from: "sheet", read: fromFile() } };
    expect(judgePaneState({ ok: true, value: from }).state).toBeNull();
    // Version 1 knew no PK: a `pk` there is not read.
    const v1 = { ...versionOne(state), pk: { from: "file", read: fromFile() } };
    expect(judgePaneState({ ok: true, value: v1 }).state?.pk).toBeNull();
  });
  const review = savedReviewOf(reviewOf([accepted(pemStub)]), { PEM: sha("a") }, "2026-07-16T01:00:00.000Z");

  it("writes a review of returned files (version 3) and reads it back whole", () => {
    const plan = paneStatePlan({ ...state, review });
    expect(judgePaneState(readJsonSheet(sheetOf(plan), PANE_STATE_TYPE))).toEqual({
      state: { ...state, review: JSON.parse(JSON.stringify(review)) },
      issue: null,
    });
  });

  it("drops a review that is not what the add-in wrote, keeps the rest, and says so", () => {
    const doc = { type: PANE_STATE_TYPE, version: 3, ...state, review: { readAt: 5, assessments: "x" } };
    expect(judgePaneState({ ok: true, value: doc })).toEqual({
      state,
      issue: expect.objectContaining({ code: "pane-state.review-unreadable", sheet: "_pane_state" }),
    });
  });

  it("does not read a review from a version 2 state, which had none", () => {
    const doc = { type: PANE_STATE_TYPE, version: 2, ...state, review };
    expect(judgePaneState({ ok: true, value: doc })).toEqual({ state, issue: null });
  });
});
