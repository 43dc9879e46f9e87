/** @jest-environment jsdom */
/**
 * The pane's working state in the workbook: written after each change, restored by a fresh pane
 * over the same workbook, ignored with a notice when unreadable; the pane opens where the round
 * stands; results take focus.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { judgePaneState, paneStatePlan, PANE_STATE_TYPE, type PaneState } from "../../src/app/pane-state";
import { readJsonSheet } from "../../src/domain/shared/json-sheet";
import type { IndicatorKey } from "../../src/domain/shared/types";
import { App } from "../../src/taskpane/App";
import { importDpa, itemOf, openStep, writeKertasKerja, xlsxFile } from "./pane-steps";
import { paneStore } from "./pane-store";
import { renderPane } from "./render";
import { dpaResult, stubServices } from "./stub-services";
import { scheduledView } from "./sop-views";

const ORPHAN = "Bagian untuk 4.01.02.2.01.0002";

function savedDoc(store: ReturnType<typeof paneStore>): Record<string, unknown> {
  if (!store.sheet) throw new Error("nothing written");
  const read = readJsonSheet(store.sheet, PANE_STATE_TYPE);
  if (!read.ok) throw new Error("unreadable");
  return read.value as Record<string, unknown>;
}

describe("the pane's state in the workbook", () => {
  it("writes the DPA, the Bagian chosen and the review, and a fresh pane restores them", async () => {
    const store = paneStore();
    const services = stubServices(store.services);
    const user = userEvent.setup();
    const first = renderPane(<App services={services} />);
    await importDpa(user);
    await user.selectOptions(screen.getByLabelText(ORPHAN), "PEM");
    await openStep(user, /Tinjau indikator/);
    const row = screen.getByRole("group", { name: "Jumlah Laporan Penyelenggaraan Pemerintahan Daerah" });
    await user.selectOptions(within(row).getByLabelText("Polaritas"), "negatif");
    await waitFor(() => expect(savedDoc(store).reviews).not.toEqual({}));

    const doc = savedDoc(store);
    expect(store.sheet?.visibility).toBe("veryHidden");
    expect(doc.type).toBe(PANE_STATE_TYPE);
    expect(doc.version).toBe(3);
    expect(doc.pk).toBeNull();
    expect(doc.dpa).toEqual(dpaResult());
    expect(doc.assignments).toEqual({ "4.01.02.2.01.0002": "PEM" });
    const key = dpaResult().dpa.nodes[5]?.indicators[0]?.key as IndicatorKey;
    expect((doc.reviews as Record<string, { polarity: string }>)[key]?.polarity).toBe("negatif");
    // The user was last in step 2, with every sub kegiatan assigned: the round is at "generate".
    expect(doc.at).toEqual({ step: "kertasKerja", stage: "generate" });
    first.unmount();

    const fresh = stubServices(store.services);
    renderPane(<App services={fresh} />);
    const kertas = await screen.findByRole("button", { name: /^2\. Kertas kerja/ });
    await waitFor(() => expect(kertas).toHaveAttribute("aria-expanded", "true"));
    const again = screen.getByRole("group", { name: "Jumlah Laporan Penyelenggaraan Pemerintahan Daerah" });
    expect(within(again).getByLabelText("Polaritas")).toHaveValue("negatif");
    await openStep(user, /Impor DPA/);
    expect(screen.getByText("2 program · 2 kegiatan · 3 sub kegiatan · 6 indikator")).toBeInTheDocument();
    expect(screen.getByLabelText(ORPHAN)).toHaveValue("PEM");
    expect(fresh.importDpaFromFile).not.toHaveBeenCalled();
  });

  it("writes nothing when the pane only opens", async () => {
    const store = paneStore();
    renderPane(<App services={stubServices(store.services)} />);
    await screen.findByRole("button", { name: /^1\. Persiapan/ });
    await act(() => new Promise((r) => setTimeout(r, 600)));
    expect(store.writes).toBe(0);
  });

  it("ignores a state of another version or unreadable JSON with a notice, and the pane still opens", async () => {
    const plan = paneStatePlan({ dpa: null, prior: null, pk: null, assignments: {}, reviews: {}, at: null });
    const values = plan.rows.map((r) => r.map((c) => c?.value ?? null));
    const v4 = values.map((r, i) => (i === 2 ? [String(r[0]).replace('"version":3', '"version":4')] : r));
    expect(
      judgePaneState(
        readJsonSheet({ name: "_pane_state", visibility: "veryHidden", values: v4 }, PANE_STATE_TYPE),
      ),
    ).toMatchObject({ state: null, issue: { code: "pane-state.version", found: "4" } });
    const broken = values.map((r, i) => (i === 2 ? ["{not json"] : r));
    expect(
      judgePaneState(
        readJsonSheet({ name: "_pane_state", visibility: "veryHidden", values: broken }, PANE_STATE_TYPE),
      ),
    ).toMatchObject({ state: null, issue: { code: "pane-state.unreadable" } });
    const badDpa = {
      ...JSON.parse(String(values[2]?.[0])),
      dpa: { dpa: { nodes: "x" }, issues: [] },
    } as PaneState;
    expect(judgePaneState({ ok: true, value: badDpa }).issue?.code).toBe("pane-state.unreadable");

    const store = paneStore();
    store.sheet = { name: "_pane_state", visibility: "veryHidden", values: broken };
    renderPane(<App services={stubServices(store.services)} />);
    expect(
      await screen.findByText(/lembar _pane_state\) tidak dapat dibaca dan diabaikan/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^1\. Persiapan/ })).toBeInTheDocument();
  });
});

describe("opening where the round stands", () => {
  it("a workbook without setup shows the first-run view, and Mulai opens the DPA import first", async () => {
    const user = userEvent.setup();
    renderPane(<App services={stubServices({ loadSetup: async () => ({ setup: null, issues: [] }) })} />);
    expect(await screen.findByText(/menyiapkan kertas kerja data kinerja/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^1\. Persiapan/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Mulai" }));
    const dpa = await screen.findByRole("button", { name: /^Impor DPA/ });
    expect(dpa).toHaveAttribute("aria-expanded", "true");
    await waitFor(() => expect(dpa).toHaveFocus());
    expect(screen.getByLabelText("Unggah berkas .xlsx")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Pengaturan/ })).toHaveAttribute("aria-expanded", "false");
  });

  it("a DPA imported, no setup yet: a fresh pane reopens on Pengaturan with the DPA, not the first-run view", async () => {
    const store = paneStore();
    const noSetup = { loadSetup: async () => ({ setup: null, issues: [] }) };
    const user = userEvent.setup();
    const first = renderPane(<App services={stubServices({ ...store.services, ...noSetup })} />);
    await user.click(await screen.findByRole("button", { name: "Mulai" }));
    await user.upload(screen.getByLabelText("Unggah berkas .xlsx"), xlsxFile("DPA-2026.xlsx"));
    await screen.findByText(/sub kegiatan · 6 indikator/);
    await waitFor(() => expect(savedDoc(store).dpa).toEqual(dpaResult()));
    first.unmount();

    renderPane(<App services={stubServices({ ...store.services, ...noSetup })} />);
    const setup = await screen.findByRole("button", { name: /^Pengaturan/ });
    await waitFor(() => expect(setup).toHaveAttribute("aria-expanded", "true"));
    expect(screen.queryByRole("button", { name: "Mulai" })).not.toBeInTheDocument();
    await openStep(user, /Impor DPA/);
    expect(screen.getByText("2 program · 2 kegiatan · 3 sub kegiatan · 6 indikator")).toBeInTheDocument();
  });

  it("setup saved, no DPA: step 1 open on the DPA import", async () => {
    renderPane(<App services={stubServices()} />);
    expect(await screen.findByText("Berikutnya: Impor DPA")).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole("button", { name: /^Impor DPA/ })).toHaveAttribute("aria-expanded", "true"),
    );
  });

  it("kertas kerja in the workbook: opens Pengumpulan; Data there: opens the SOP with its header", async () => {
    const store = paneStore();
    store.kertasKerja = true;
    const first = renderPane(<App services={stubServices(store.services)} />);
    const pengumpulan = await screen.findByRole("button", { name: /^3\. Pengumpulan/ });
    await waitFor(() => expect(pengumpulan).toHaveAttribute("aria-expanded", "true"));
    expect(screen.getByRole("button", { name: /^2\. Kertas kerja/ })).toHaveTextContent("selesai");
    first.unmount();

    store.data = true;
    store.sop = scheduledView({ done: [1, 2, 3, 4] });
    renderPane(<App services={stubServices(store.services)} />);
    const sop = await screen.findByRole("button", { name: /^4\. SOP/ });
    await waitFor(() => expect(sop).toHaveAttribute("aria-expanded", "true"));
    expect(screen.getByText("Berikutnya: SOP dan Laporan Kinerja")).toBeInTheDocument();
    expect(screen.getByText(/^Langkah SOP 5: /)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^3\. Pengumpulan/ })).toHaveTextContent("selesai");
  });
});

describe("honest status", () => {
  it("a DPA without indicators is an error, not done", async () => {
    const empty = dpaResult();
    const services = stubServices({
      importDpaFromFile: async () => ({
        ...empty,
        dpa: { ...empty.dpa, nodes: empty.dpa.nodes.map((n) => ({ ...n, indicators: [] })) },
      }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openStep(user, /Impor DPA/);
    await user.upload(
      within(itemOf(/Impor DPA/)).getByLabelText("Unggah berkas .xlsx"),
      new File([new Uint8Array([80, 75, 3, 4])], "LK.xlsx"),
    );
    expect(await screen.findByText(/DPA ini tidak memuat indikator/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Impor DPA/ })).toHaveTextContent("galat");
    expect(screen.getByRole("button", { name: /^1\. Persiapan/ })).toHaveTextContent("galat");
  });

  it("a sub kegiatan without a Bagian keeps step 1 open and names it; assigning it makes it done", async () => {
    const user = userEvent.setup();
    renderPane(<App services={stubServices()} />);
    await importDpa(user);
    const header = screen.getByRole("button", { name: /^Impor DPA/ });
    expect(header).toHaveTextContent("belum");
    expect(header).toHaveTextContent("1 tanpa Bagian: 4.01.02.2.01.0002");
    expect(screen.getByRole("button", { name: /^1\. Persiapan/ })).not.toHaveTextContent("selesai");
    await user.selectOptions(screen.getByLabelText(ORPHAN), "PEM");
    expect(header).toHaveTextContent("selesai");
    expect(screen.getByRole("button", { name: /^1\. Persiapan/ })).toHaveTextContent("selesai");
  });

  it("step 2 is done once the kertas kerja are written", async () => {
    const user = userEvent.setup();
    renderPane(<App services={stubServices()} />);
    await importDpa(user);
    await user.selectOptions(screen.getByLabelText(ORPHAN), "PEM");
    expect(screen.getByRole("button", { name: /^2\. Kertas kerja/ })).toHaveTextContent("belum");
    await writeKertasKerja(user);
    expect(screen.getByRole("button", { name: /^2\. Kertas kerja/ })).toHaveTextContent("selesai");
  });
});

describe("focus follows the result", () => {
  it("the DPA read and the kertas kerja written take focus", async () => {
    const user = userEvent.setup();
    renderPane(<App services={stubServices()} />);
    await importDpa(user);
    await waitFor(() => expect(document.activeElement).toHaveTextContent(/6 indikator/));
    await writeKertasKerja(user);
    await waitFor(() =>
      expect(document.activeElement).toHaveTextContent(/lembar kertas kerja ditulis ke buku kerja/),
    );
    // The DPA's result is still there: opening another step hides nothing.
    expect(screen.getByText("2 program · 2 kegiatan · 3 sub kegiatan · 6 indikator")).toBeInTheDocument();
  });
});
