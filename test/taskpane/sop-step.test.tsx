/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { SopActOutcome } from "../../src/taskpane/sop-view";
import { OFFICIALS } from "../support/sop-fixture";
import { renderPane } from "./render";
import { DUE_1, parafBy, scheduledView, unscheduledView } from "./sop-views";
import { stubServices, type StubServices } from "./stub-services";

type User = ReturnType<typeof userEvent.setup>;

async function openSop(services: StubServices, user: User) {
  renderPane(<App services={services} today={new Date(2026, 3, 6, 9, 0)} />);
  await user.click(await screen.findByRole("button", { name: /4\. SOP/ }));
}

const iAm = (user: User, nip: string) => user.selectOptions(screen.getByLabelText(/^Saya adalah/), nip);

describe("SOP step", () => {
  it("schedules a round that is not yet scheduled, as the chosen official", async () => {
    const services = stubServices({
      scheduleSop: async () => ({ ok: true, view: scheduledView() }),
    });
    const user = userEvent.setup();
    await openSop(services, user);

    expect(await screen.findByText("SOP putaran ini belum dijadwalkan.")).toBeInTheDocument();
    const schedule = screen.getByRole("button", { name: "Jadwalkan" });
    expect(schedule).toBeDisabled();
    expect(screen.getByLabelText(/^Tanggal mulai/)).toHaveValue("2026-04-06");
    await iAm(user, OFFICIALS.kasubag.nip);
    await user.click(schedule);

    expect(services.scheduleSop).toHaveBeenCalledWith("2026-04-06", OFFICIALS.kasubag.nip);
    expect(await screen.findByText("Langkah 1 saat ini")).toBeInTheDocument();
    expect(screen.getByText("Jadwal SOP tersimpan di lembar SOP.")).toBeInTheDocument();
    expect(screen.getByText(/bukan tanda tangan elektronik tersertifikasi/)).toBeInTheDocument();
  });

  it("shows the current step, who must act, its due date and the eight steps", async () => {
    const services = stubServices({ loadSop: async () => scheduledView() });
    const user = userEvent.setup();
    await openSop(services, user);

    const card = await screen.findByRole("region", { name: "Langkah 1 saat ini" });
    expect(within(card).getByText(/^Menyiapkan surat untuk dikirim kepada Bagian/)).toBeInTheDocument();
    expect(
      within(card).getByText("Rina Marlina, Kasubag Perencanaan dan Pelaporan", { exact: false }),
    ).toBeInTheDocument();
    expect(within(card).getByText(DUE_1, { exact: false })).toBeInTheDocument();

    const list = screen.getByRole("list", { name: "Langkah SOP" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(8);
    expect(within(list).getByText(/2 kertas kerja dibuat\./)).toBeInTheDocument();
    expect(within(list).getByText("Paraf (langkah 6): belum ada")).toBeInTheDocument();
  });

  it("warns about an overdue step", async () => {
    const services = stubServices({
      loadSop: async () => scheduledView({ statuses: { 1: "terlambat" } }),
    });
    const user = userEvent.setup();
    await openSop(services, user);

    expect(await screen.findByText("Terlambat")).toBeInTheDocument();
    expect(screen.getByText(`Langkah 1 terlambat 1 jam 30 menit (batas ${DUE_1}).`)).toBeInTheDocument();
  });

  it("passes the NIP the user chose to actOnSop, and remembers it when the step is reopened", async () => {
    const services = stubServices({
      loadSop: async () => scheduledView(),
      actOnSop: async () => ({ ok: true, view: scheduledView({ done: [1] }) }),
    });
    const user = userEvent.setup();
    await openSop(services, user);
    await screen.findByText("Langkah 1 saat ini");
    expect(screen.getByRole("button", { name: "Selesai" })).toBeDisabled();

    await iAm(user, OFFICIALS.kasubag.nip);
    await user.click(screen.getByRole("button", { name: "Selesai" }));
    expect(services.actOnSop).toHaveBeenCalledWith({ kind: "done", step: 1, nip: OFFICIALS.kasubag.nip });
    expect(await screen.findByText("Langkah 2 saat ini")).toBeInTheDocument();
    expect(screen.getByText("Tercatat di lembar SOP dan Log.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: /4\. SOP/ }));
    await user.click(screen.getByRole("button", { name: /4\. SOP/ }));
    await screen.findByText("Langkah 1 saat ini");
    expect(screen.getByLabelText(/^Saya adalah/)).toHaveValue(OFFICIALS.kasubag.nip);
  });

  it("shows a refusal with its Indonesian reason, and asks a reason to start out of order", async () => {
    const refusal: SopActOutcome = {
      ok: false,
      issue: {
        severity: "error",
        code: "sop.order.reason-required",
        message: "Langkah 3 dimulai sebelum langkah 1, 2 selesai: sebutkan alasannya.",
      },
    };
    const services = stubServices({
      loadSop: async () => scheduledView(),
      actOnSop: jest
        .fn<Promise<SopActOutcome>, []>()
        .mockResolvedValueOnce(refusal)
        .mockResolvedValue({ ok: true, view: scheduledView({ statuses: { 3: "berjalan" } }) }),
    });
    const user = userEvent.setup();
    await openSop(services, user);
    await screen.findByText("Langkah 1 saat ini");
    await iAm(user, OFFICIALS.kasubag.nip);
    await user.selectOptions(screen.getByLabelText("Langkah"), "3");
    await user.click(screen.getByRole("button", { name: "Mulai" }));

    expect(await screen.findByText("Tidak dicatat")).toBeInTheDocument();
    expect(screen.getByText(refusal.issue.message)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Alasan mendahului/), "Rapat arahan ditunda");
    await user.click(screen.getByRole("button", { name: "Mulai" }));
    await waitFor(() =>
      expect(services.actOnSop).toHaveBeenLastCalledWith({
        kind: "start",
        step: 3,
        nip: OFFICIALS.kasubag.nip,
        reason: "Rapat arahan ditunda",
      }),
    );
    expect(screen.queryByText("Tidak dicatat")).not.toBeInTheDocument();
  });

  it("shows a stale paraf plainly and keeps the signature from being recorded", async () => {
    const services = stubServices({
      loadSop: async () => scheduledView({ done: [1, 2, 3, 4, 5, 6], paraf: parafBy(false) }),
    });
    const user = userEvent.setup();
    await openSop(services, user);
    await screen.findByText("Langkah 7 saat ini");
    await iAm(user, OFFICIALS.sekda.nip);

    const list = screen.getByRole("list", { name: "Langkah SOP" });
    expect(
      within(list).getByText("tidak berlaku lagi: isi Data, Analisis atau Laporan berubah sejak diparaf"),
    ).toBeInTheDocument();
    expect(within(list).getByText(/^Paraf \(langkah 6\): Hj\. Noor Aini/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tanda tangan" })).toBeDisabled();
    expect(screen.getByText(/Tanda tangan menunggu paraf yang berlaku/)).toBeInTheDocument();

    await iAm(user, OFFICIALS.kabag.nip);
    await user.click(screen.getByRole("button", { name: "Paraf ulang" }));
    expect(services.actOnSop).toHaveBeenCalledWith({ kind: "paraf", step: 6, nip: OFFICIALS.kabag.nip });
  });

  it("offers the paraf on step 6 and shows a valid one", async () => {
    const services = stubServices({
      loadSop: async () => scheduledView({ done: [1, 2, 3, 4, 5] }),
      actOnSop: async () => ({
        ok: true,
        view: scheduledView({ done: [1, 2, 3, 4, 5, 6], paraf: parafBy(true) }),
      }),
    });
    const user = userEvent.setup();
    await openSop(services, user);
    await screen.findByText("Langkah 6 saat ini");
    await iAm(user, OFFICIALS.kabag.nip);
    await user.click(screen.getByRole("button", { name: "Paraf" }));
    expect(services.actOnSop).toHaveBeenCalledWith({ kind: "paraf", step: 6, nip: OFFICIALS.kabag.nip });
    expect(await screen.findByText("berlaku")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tanda tangan" })).toBeEnabled();
  });

  it("asks for the setup first", async () => {
    const services = stubServices({
      loadSop: async () => ({ ...unscheduledView(), setupReady: false, officials: [] }),
    });
    const user = userEvent.setup();
    await openSop(services, user);
    expect(await screen.findByText(/Simpan pengaturan \(dengan pejabat SOP\) dulu/)).toBeInTheDocument();
  });
});
