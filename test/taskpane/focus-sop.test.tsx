/** @jest-environment jsdom */
/**
 * Every action of step 4 ends with its result in view and focused, a refusal or a failure as much
 * as a success: Jadwalkan, Mulai, Selesai, Paraf, Tanda tangan, Susun laporan, Buat arsip and
 * marking step 8 (focus never drops to the page when the button pressed goes away).
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ArchiveBuilt } from "../../src/taskpane/archive-view";
import type { SopActOutcome } from "../../src/taskpane/sop-view";
import { OFFICIALS } from "../support/sop-fixture";
import { expectResultFocused, openSopAs } from "./focus-steps";
import { laporanBuilt } from "./laporan-stubs";
import { parafBy, scheduledView, unscheduledView } from "./sop-views";
import { stubServices } from "./stub-services";

const KASUBAG = OFFICIALS.kasubag.nip;
const RECORDED = "Tercatat di lembar SOP dan Log.";
const refusal = (message: string): SopActOutcome => ({
  ok: false,
  issue: { severity: "error", code: "sop.refused", message },
});
const excelFailure = () => Object.assign(new Error("RichApi.Error: The request failed."), { name: "Error" });

const builtArchive: ArchiveBuilt = {
  ok: true,
  bytes: new Uint8Array([80, 75, 5, 6]),
  view: {
    fileName: "Arsip.zip",
    files: [{ path: "Induk.xlsx", role: "Buku kerja induk", bagian: null, size: "4 bita" }],
    missing: [],
    unused: [],
    manifestSha256: "a".repeat(64),
    log: { manifestSha256: "a".repeat(64), detail: "Arsip …" },
  },
};

beforeEach(() => {
  Object.assign(URL, { createObjectURL: () => "blob:stub", revokeObjectURL: () => undefined });
});

describe("the SOP's actions give their result the focus", () => {
  it("Jadwalkan: the schedule's confirmation, where the form was", async () => {
    const services = stubServices({
      loadSop: async () => unscheduledView(),
      scheduleSop: async () => ({ ok: true, view: scheduledView() }),
    });
    const user = userEvent.setup();
    await openSopAs(services, user, KASUBAG);
    await user.click(screen.getByRole("button", { name: "Jadwalkan" }));
    await expectResultFocused("Jadwal SOP tersimpan di lembar SOP.", /Saya adalah/);
  });

  it("Mulai, then Selesai: each time the recorded notice", async () => {
    const services = stubServices({
      loadSop: async () => scheduledView(),
      actOnSop: jest
        .fn<Promise<SopActOutcome>, []>()
        .mockResolvedValueOnce({ ok: true, view: scheduledView({ statuses: { 1: "berjalan" } }) })
        .mockResolvedValueOnce({ ok: true, view: scheduledView({ done: [1] }) }),
    });
    const user = userEvent.setup();
    await openSopAs(services, user, KASUBAG);
    await user.click(screen.getByRole("button", { name: "Mulai" }));
    await expectResultFocused(RECORDED, /Langkah 1 saat ini/);
    // The same notice again is a new outcome: the focus comes back to it from the button.
    await user.click(screen.getByRole("button", { name: "Selesai" }));
    expect(services.actOnSop).toHaveBeenCalledTimes(2);
    await expectResultFocused(RECORDED);
    expect(await screen.findByText("Langkah 2 saat ini")).toBeInTheDocument();
  });

  it("Paraf and Tanda tangan", async () => {
    const services = stubServices({
      loadSop: async () => scheduledView({ done: [1, 2, 3, 4, 5] }),
      actOnSop: jest
        .fn<Promise<SopActOutcome>, []>()
        .mockResolvedValueOnce({
          ok: true,
          view: scheduledView({ done: [1, 2, 3, 4, 5, 6], paraf: parafBy(true) }),
        })
        .mockResolvedValueOnce({
          ok: true,
          view: scheduledView({ done: [1, 2, 3, 4, 5, 6, 7], paraf: parafBy(true) }),
        }),
    });
    const user = userEvent.setup();
    await openSopAs(services, user, OFFICIALS.kabag.nip);
    await user.click(screen.getByRole("button", { name: "Paraf" }));
    await expectResultFocused(RECORDED);
    await user.selectOptions(screen.getByLabelText(/^Saya adalah/), OFFICIALS.sekda.nip);
    await user.click(await screen.findByRole("button", { name: "Tanda tangan" }));
    await expectResultFocused(RECORDED);
    expect(await screen.findByText("Langkah 8 saat ini")).toBeInTheDocument();
  });

  it("a refusal and a failure take the focus too", async () => {
    const services = stubServices({
      loadSop: async () => scheduledView(),
      actOnSop: jest
        .fn<Promise<SopActOutcome>, []>()
        .mockResolvedValueOnce(refusal("Langkah 1 belum dimulai."))
        .mockRejectedValueOnce(excelFailure()),
    });
    const user = userEvent.setup();
    await openSopAs(services, user, KASUBAG);
    await user.click(screen.getByRole("button", { name: "Selesai" }));
    await expectResultFocused(/Tidak dicatat.*Langkah 1 belum dimulai\./);
    await user.click(screen.getByRole("button", { name: "Selesai" }));
    await expectResultFocused(/RichApi\.Error: The request failed\./);
    expect(screen.queryByText("Tidak dicatat")).not.toBeInTheDocument();
  });
});

describe("the Laporan and the archive give their result the focus", () => {
  it("Susun laporan: the refusal, a failure, then the Laporan built", async () => {
    const services = stubServices({
      loadSop: async () => scheduledView({ done: [1, 2, 3, 4] }),
      susunLaporan: jest
        .fn()
        .mockResolvedValueOnce({
          ok: false,
          issues: [{ severity: "error", code: "x", message: "Belum ada Data." }],
        })
        .mockRejectedValueOnce(excelFailure())
        .mockResolvedValue(laporanBuilt()),
    });
    const user = userEvent.setup();
    await openSopAs(services, user, KASUBAG);
    const section = screen.getByRole("region", { name: "Laporan Kinerja (langkah 5)" });
    const build = within(section).getByRole("button", { name: "Susun laporan" });
    await user.click(build);
    await expectResultFocused(/Laporan tidak disusun.*Belum ada Data\./, "Susun laporan");
    await user.click(build);
    await expectResultFocused(/RichApi\.Error/);
    await user.click(build);
    await expectResultFocused(
      /Lembar "Laporan" ditulis ke buku kerja ini.*Unduh dokumen Word/,
      "Susun ulang",
    );
  });

  it("Buat arsip: Excel's missing file, a refusal, the archive; then step 8 marked", async () => {
    const noFile: ArchiveBuilt = {
      ok: false,
      kind: "no-workbook-file",
      issues: [
        {
          severity: "error",
          code: "arsip.workbook-file",
          message: "x",
          found: "berkas buku kerja tidak tersedia",
        },
      ],
    };
    const refused: ArchiveBuilt = {
      ok: false,
      kind: "refused",
      issues: [{ severity: "error", code: "arsip.data.missing", message: "Belum ada Data." }],
    };
    const services = stubServices({
      loadSop: async () => scheduledView({ done: [1, 2, 3, 4, 5, 6, 7] }),
      buildArchive: jest
        .fn<Promise<ArchiveBuilt>, []>()
        .mockResolvedValueOnce(noFile)
        .mockResolvedValueOnce(refused)
        .mockResolvedValue(builtArchive),
      actOnSop: async () => ({ ok: true, view: scheduledView({ done: [1, 2, 3, 4, 5, 6, 7, 8] }) }),
    });
    const user = userEvent.setup();
    await openSopAs(services, user, KASUBAG);
    const section = screen.getByRole("region", { name: "Arsip (langkah 8)" });
    const build = within(section).getByRole("button", { name: "Buat arsip (.zip)" });
    await user.click(build);
    await expectResultFocused(/Excel ini tidak memberikan berkas buku kerja/);
    await user.click(build);
    await expectResultFocused(/Arsip tidak dibuat\..*Belum ada Data\./);
    await user.click(build);
    await expectResultFocused(/Arsip siap: 1 berkas dan manifest\.json\./);

    await user.click(within(section).getByRole("button", { name: "Tandai langkah 8 selesai" }));
    await expectResultFocused("Langkah 8 selesai; SHA-256 manifest.json tercatat di Log.", /Arsip siap/);
  });

  it("marking step 8: a refusal, then a failure, each where the button is", async () => {
    const services = stubServices({
      loadSop: async () => scheduledView({ done: [1, 2, 3, 4, 5, 6, 7] }),
      buildArchive: async () => builtArchive,
      actOnSop: jest
        .fn<Promise<SopActOutcome>, []>()
        .mockResolvedValueOnce(refusal("Langkah 7 belum selesai."))
        .mockRejectedValueOnce(excelFailure()),
    });
    const user = userEvent.setup();
    await openSopAs(services, user, KASUBAG);
    const section = screen.getByRole("region", { name: "Arsip (langkah 8)" });
    await user.click(within(section).getByRole("button", { name: "Buat arsip (.zip)" }));
    const mark = await within(section).findByRole("button", { name: "Tandai langkah 8 selesai" });
    await user.click(mark);
    await expectResultFocused(/Langkah 7 belum selesai\./, /Arsip siap/);
    await user.click(mark);
    await expectResultFocused(/RichApi\.Error/, /Arsip siap/);
    // The failure is said in the archive section, not elsewhere in the step.
    expect(within(section).getByText(/RichApi\.Error/)).toBeInTheDocument();
  });
});
