/** @jest-environment jsdom */
/**
 * The pane's header: the round, the SOP step and who acts, how many Bagian have sent their kertas
 * kerja of how many, what is late; read again from the workbook after every action that writes
 * (an SOP action, a consolidation, the kertas kerja, the Laporan, the archive), never after a
 * refusal, and without closing anything the user had open.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { collectionLine, lateLine } from "../../src/taskpane/RoundHeader";
import type { PaneRoundView } from "../../src/taskpane/services";
import type { SopView, Submissions } from "../../src/taskpane/sop-view";
import { OFFICIALS } from "../support/sop-fixture";
import { acceptingServices, row, sha, submission } from "./consolidation-stubs";
import { openPaneStep, paneOpened } from "./focus-steps";
import { importDpa, openStep, xlsxFile } from "./pane-steps";
import { laporanBuilt } from "./laporan-stubs";
import { renderPane } from "./render";
import { scheduledView } from "./sop-views";
import { stubServices, type StubServices } from "./stub-services";

type User = ReturnType<typeof userEvent.setup>;

const PEM = "Bagian Pemerintahan";
const ORG = "Bagian Organisasi";
const sent = (submitted: number, missing: string[], late = false): Submissions => ({
  generated: 2,
  submitted,
  of: 2,
  missing,
  late,
});
const round = (sop: SopView, data = true): PaneRoundView => ({
  state: null,
  issue: null,
  kertasKerja: true,
  data,
  sop,
});
/** Step 4 under way and past due (1 jam 30 menit), Bagian Organisasi not yet sent. */
const collecting = (): SopView => ({
  ...scheduledView({ done: [1, 2, 3], statuses: { 4: "terlambat" } }),
  submissions: sent(1, [ORG], true),
});

const header = () => screen.getByRole("banner");

async function openSop(services: StubServices, user: User, nip: string) {
  renderPane(<App services={services} today={new Date(2026, 3, 6, 9)} />);
  await openPaneStep(user, /^4\. SOP/);
  await user.selectOptions(await screen.findByLabelText(/^Saya adalah/), nip);
}

describe("the header as the pane opens", () => {
  it("says the round, the SOP step and who acts, who has sent of how many, and what is late", async () => {
    renderPane(<App services={stubServices({ loadPaneRound: async () => round(collecting()) })} />);
    await paneOpened();
    const h = await screen.findByRole("banner");
    await within(h).findByText(/^Langkah SOP 4:/);
    expect(
      within(h).getByText("Sekretariat Daerah Kabupaten Tapin · 2026 · Triwulan II"),
    ).toBeInTheDocument();
    expect(
      within(h).getByText("Langkah SOP 4: Menghimpun data kinerja dari masing-masing Bagian — Fajar Hidayat"),
    ).toBeInTheDocument();
    expect(
      within(h).getByText("1 dari 2 Bagian sudah mengirim — terlambat: Bagian Organisasi"),
    ).toBeInTheDocument();
    expect(within(h).getByText("Terlambat: langkah 4 (1 jam 30 menit)")).toBeInTheDocument();
  });

  it("the lines on their own: nothing to count before kertas kerja or a schedule; the missing named only when late", () => {
    expect(collectionLine({ ...sent(0, [PEM, ORG]), generated: 0 }, false)).toBeNull();
    expect(collectionLine({ ...sent(0, [PEM, ORG]), generated: 0 }, true)).toBe(
      "0 dari 2 Bagian sudah mengirim",
    );
    expect(collectionLine(sent(1, [ORG]), false)).toBe("1 dari 2 Bagian sudah mengirim");
    expect(collectionLine(sent(2, [], true), true)).toBe("2 dari 2 Bagian sudah mengirim");
    expect(collectionLine(undefined, true)).toBeNull();
    expect(lateLine(scheduledView())).toEqual({ text: "Tidak ada yang terlambat.", late: false });
    expect(lateLine({ ...scheduledView(), steps: null })).toBeNull();
  });
});

describe("the header read again after an action", () => {
  it("an SOP action: the next step and its official; a refusal reads nothing", async () => {
    const services = stubServices({
      loadPaneRound: jest
        .fn()
        .mockResolvedValueOnce(round(collecting()))
        .mockResolvedValue(round({ ...scheduledView({ done: [1, 2, 3, 4] }), submissions: sent(2, []) })),
      loadSop: async () => collecting(),
      actOnSop: jest
        .fn()
        .mockResolvedValueOnce({ ok: false, issue: { severity: "error", code: "x", message: "Belum." } })
        .mockResolvedValue({ ok: true, view: scheduledView({ done: [1, 2, 3, 4] }) }),
    });
    const user = userEvent.setup();
    await openSop(services, user, OFFICIALS.tim.nip);
    await user.click(screen.getByRole("button", { name: "Selesai" }));
    await screen.findByText("Tidak dicatat");
    expect(services.loadPaneRound).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole("button", { name: "Selesai" }));
    expect(await within(header()).findByText(/^Langkah SOP 5: .* — Fajar Hidayat$/)).toBeInTheDocument();
    expect(within(header()).getByText("2 dari 2 Bagian sudah mengirim")).toBeInTheDocument();
    expect(within(header()).getByText("Tidak ada yang terlambat.")).toBeInTheDocument();
    expect(within(header()).queryByText(/^Terlambat/)).not.toBeInTheDocument();
  });

  it("a consolidation written: the collection and the stage; the SOP opened next keeps its result", async () => {
    const pem = submission("PEM", { name: "KK-PEM.xlsx", sha: sha("a") }, [row("ind-1", "Indeks A", 40, 15)]);
    const before = round({ ...scheduledView({ done: [1, 2, 3] }), submissions: sent(0, [PEM, ORG]) }, false);
    const services = stubServices({
      loadPaneRound: jest
        .fn()
        .mockResolvedValueOnce(before)
        .mockResolvedValue(round({ ...scheduledView({ done: [1, 2, 3] }), submissions: sent(1, [ORG]) })),
      ...acceptingServices(pem),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await paneOpened();
    await openPaneStep(user, /^3\. Pengumpulan/);
    const step3 = screen.getByRole("button", { name: /^3\. Pengumpulan/ });
    await within(header()).findByText("0 dari 2 Bagian sudah mengirim");
    await user.upload(
      screen.getByLabelText("Unggah kertas kerja yang dikirim kembali"),
      xlsxFile("KK-PEM.xlsx"),
    );
    await user.click(await screen.findByRole("button", { name: "Terima dan tulis ke buku kerja" }));
    expect(await within(header()).findByText("1 dari 2 Bagian sudah mengirim")).toBeInTheDocument();
    expect(within(header()).getByText("Berikutnya: SOP dan Laporan Kinerja")).toBeInTheDocument();

    await openPaneStep(user, /^4\. SOP/);
    await screen.findByLabelText(/^Saya adalah/);
    expect(step3).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("1 Bagian dihimpun; lembar Data kini memuat 1 Bagian.")).toBeInTheDocument();
  });

  it("the kertas kerja written", async () => {
    const services = stubServices();
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await paneOpened();
    await importDpa(user);
    await user.selectOptions(screen.getByLabelText("Bagian untuk 4.01.02.2.01.0002"), "PEM");
    await openStep(user, /Buat & ekspor/);
    expect(services.loadPaneRound).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Buat kertas kerja di buku kerja ini" }));
    await waitFor(() => expect(services.loadPaneRound).toHaveBeenCalledTimes(2));
  });

  it("the Laporan, the archive, and step 8 marked: the round is finished", async () => {
    const sevenDone = { ...scheduledView({ done: [1, 2, 3, 4, 5, 6, 7] }), submissions: sent(2, []) };
    const allDone = { ...scheduledView({ done: [1, 2, 3, 4, 5, 6, 7, 8] }), submissions: sent(2, []) };
    const services = stubServices({
      loadPaneRound: jest.fn().mockResolvedValue(round(sevenDone)),
      loadSop: async () => sevenDone,
      susunLaporan: async () => laporanBuilt(),
      buildArchive: async () => ({
        ok: true,
        bytes: new Uint8Array([80, 75, 5, 6]),
        view: {
          fileName: "Arsip.zip",
          files: [],
          missing: [],
          unused: [],
          manifestSha256: "a".repeat(64),
          log: { manifestSha256: "a".repeat(64), detail: "Arsip" },
        },
      }),
      actOnSop: async () => ({ ok: true, view: allDone }),
    });
    Object.assign(URL, { createObjectURL: () => "blob:stub", revokeObjectURL: () => undefined });
    const user = userEvent.setup();
    await openSop(services, user, OFFICIALS.kasubag.nip);
    await user.click(screen.getByRole("button", { name: "Susun laporan" }));
    await waitFor(() => expect(services.loadPaneRound).toHaveBeenCalledTimes(2));
    await user.click(screen.getByRole("button", { name: "Buat arsip (.zip)" }));
    await waitFor(() => expect(services.loadPaneRound).toHaveBeenCalledTimes(3));
    // The Laporan's result is still there: building the archive below it hides nothing.
    expect(
      screen.getByText('Lembar "Laporan" ditulis ke buku kerja ini; dokumen Word siap diunduh.'),
    ).toBeInTheDocument();

    services.loadPaneRound.mockResolvedValue(round(allDone));
    await user.click(await screen.findByRole("button", { name: "Tandai langkah 8 selesai" }));
    expect(await within(header()).findByText("Putaran selesai: arsip sudah diserahkan")).toBeInTheDocument();
    expect(services.loadPaneRound).toHaveBeenCalledTimes(4);
    expect(within(header()).queryByText(/^Langkah SOP/)).not.toBeInTheDocument();
  });
});
