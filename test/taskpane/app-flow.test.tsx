/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { RoundInputs, RoundPreparation } from "../../src/app/round-types";
import { App } from "../../src/taskpane/App";
import { itemOf, openStep, xlsxFile } from "./pane-steps";
import { renderPane } from "./render";
import { NOW, dpaResult, stubServices } from "./stub-services";

async function importDpa(user: ReturnType<typeof userEvent.setup>) {
  await openStep(user, /Impor DPA/);
  const file = new File([new Uint8Array([80, 75, 3, 4])], "DPA-2026.xlsx", {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  await user.upload(screen.getByLabelText("Unggah berkas .xlsx"), file);
  await screen.findByText(/sub kegiatan · 6 indikator/);
}

function lastInputs(mock: jest.Mock): RoundInputs {
  const call = mock.mock.calls.at(-1) as [RoundInputs] | undefined;
  if (!call) throw new Error("not called");
  return call[0];
}

describe("App: import, review, generate", () => {
  it("reads a picked DPA file and shows counts and every issue field", async () => {
    const services = stubServices();
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await importDpa(user);

    const [bytes, fileName] = services.importDpaFromFile.mock.calls[0] as [Uint8Array, string];
    expect(fileName).toBe("DPA-2026.xlsx");
    expect(Array.from(bytes)).toEqual([80, 75, 3, 4]);
    expect(screen.getByText("2 program · 2 kegiatan · 3 sub kegiatan · 6 indikator")).toBeInTheDocument();

    const table = screen.getByRole("table", { name: "Masalah yang ditemukan" });
    const [, row] = within(table).getAllByRole("row");
    if (!row) throw new Error("no issue row");
    expect(within(row).getByLabelText("Baris")).toHaveTextContent("14");
    expect(within(row).getByLabelText("Sel")).toHaveTextContent("H14");
    expect(within(row).getByText("Ditemukan: 1.250.000,0.0")).toBeInTheDocument();
    expect(within(row).getByText("Seharusnya: angka rupiah, misalnya 1.250.000")).toBeInTheDocument();
    expect(within(row).getByText(/Pagu ditulis sebagai teks yang tidak jelas\./)).toBeInTheDocument();
    expect(within(row).getByText("Peringatan")).toBeInTheDocument();
  });

  it("a new round: the DPA first, its Bagian proposed in Pengaturan, saved, the orphan then assigned", async () => {
    const services = stubServices({ loadSetup: async () => ({ setup: null, issues: [] }) });
    const user = userEvent.setup();
    renderPane(<App services={services} today={new Date("2026-03-20T00:00:00Z")} />);
    await user.click(await screen.findByRole("button", { name: "Mulai" }));
    await user.upload(screen.getByLabelText("Unggah berkas .xlsx"), xlsxFile("DPA-2026.xlsx"));
    await screen.findByText(/sub kegiatan · 6 indikator/);
    // The DPA's result has the focus; the Pengaturan opened beside it with the DPA's Bagian.
    await waitFor(() => expect(document.activeElement).toHaveTextContent(/6 indikator/));
    expect(screen.getByText(/^Bagian yang disebut DPA ini diusulkan di Pengaturan/)).toBeInTheDocument();
    const setupHeader = screen.getByRole("button", { name: /^Pengaturan/ });
    expect(setupHeader).toHaveAttribute("aria-expanded", "true");
    expect(
      within(await screen.findByRole("group", { name: "Bagian Organisasi" })).getByLabelText(/^Kode/),
    ).toHaveValue("ORGA");
    const pem = screen.getByRole("group", { name: "Bagian 2" });
    expect(within(pem).getByLabelText(/^Kode/)).toHaveValue("PEM");
    await user.type(within(pem).getByLabelText(/^Nama Bagian/), "Bagian Pemerintahan");
    await user.type(screen.getByLabelText(/^Instansi/), "Setda Tapin");
    await user.type(screen.getByLabelText(/^Batas waktu/), "2026-04-15");
    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));

    const saved = await screen.findByText("Pengaturan tersimpan di lembar Pengaturan.");
    await waitFor(() => expect(saved.closest("[tabindex='-1']")).toHaveFocus());
    // Nothing closed: the save's answer and the DPA's result both stay in their open sections.
    expect(setupHeader).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("button", { name: /^Impor DPA/ })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("2 program · 2 kegiatan · 3 sub kegiatan · 6 indikator")).toBeInTheDocument();
    // The one sub kegiatan the DPA gives no Bagian is offered the saved setup's.
    const select = screen.getByLabelText("Bagian untuk 4.01.02.2.01.0002");
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["— pilih Bagian —", "Bagian Organisasi", "Bagian Pemerintahan"]);
  });

  it("the next round of a year starts from the first-run view in Pengaturan, at the copy from the previous master", async () => {
    const services = stubServices({ loadSetup: async () => ({ setup: null, issues: [] }) });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await user.click(await screen.findByRole("button", { name: "Lanjutkan dari putaran sebelumnya" }));
    const setupHeader = await screen.findByRole("button", { name: /^Pengaturan/ });
    expect(setupHeader).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("button", { name: /^Impor DPA/ })).toHaveAttribute("aria-expanded", "false");
    await waitFor(() => expect(document.activeElement).toBe(setupHeader));
    // One Tab from the header: the copy from the previous round's master, the form's first control.
    await user.tab();
    expect(document.activeElement).toHaveTextContent("Pilih induk sebelumnya (.xlsx)…");
  });

  it("keeps unsaved setup edits when the step is collapsed and reopened", async () => {
    const user = userEvent.setup();
    renderPane(<App services={stubServices()} />);
    await openStep(user, /Pengaturan/);
    const instansi = await screen.findByLabelText(/^Instansi/);
    await user.clear(instansi);
    await user.type(instansi, "Setda Kabupaten Contoh");
    await user.click(screen.getByRole("button", { name: /Pengaturan/ }));
    expect(screen.getByRole("button", { name: /Pengaturan/ })).toHaveAttribute("aria-expanded", "false");
    await openStep(user, /Pengaturan/);
    expect(await screen.findByLabelText(/^Instansi/)).toHaveValue("Setda Kabupaten Contoh");
  });

  it("reads a DPA from a sheet of the open workbook", async () => {
    const services = stubServices();
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openStep(user, /Impor DPA/);
    await user.click(screen.getByRole("radio", { name: "Lembar di buku kerja ini" }));
    await waitFor(() => expect(screen.getByLabelText("Lembar")).toHaveValue("DPA"));
    await user.click(screen.getByRole("button", { name: "Baca lembar" }));
    expect(await screen.findByText(/6 indikator/)).toBeInTheDocument();
    expect(services.importDpaFromSheet).toHaveBeenCalledWith("DPA");
  });

  it("offers a Bagian for a sub kegiatan without one, and the choice reaches the grouping", async () => {
    const services = stubServices();
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await importDpa(user);

    const select = screen.getByLabelText("Bagian untuk 4.01.02.2.01.0002");
    await user.selectOptions(select, "PEM");
    expect(lastInputs(services.groupIndicators).assignments).toEqual({ "4.01.02.2.01.0002": "PEM" });
    expect(select).toHaveValue("PEM");
  });

  it("carries review choices into the generation and writes what prepareRound returned", async () => {
    const services = stubServices();
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await importDpa(user);
    await openStep(user, /Tinjau indikator/);

    const key = dpaResult().dpa.nodes[5]?.indicators[0]?.key;
    if (!key) throw new Error("fixture changed");
    const row = screen.getByRole("group", { name: "Jumlah Laporan Penyelenggaraan Pemerintahan Daerah" });
    await user.selectOptions(within(row).getByLabelText("Polaritas"), "negatif");
    await user.selectOptions(within(row).getByLabelText("Aturan target triwulan"), "year-end");
    expect(within(row).getByLabelText("Target TW IV")).toHaveValue(12);
    expect(within(row).getByLabelText("Target TW I")).toHaveValue(null);
    await user.type(within(row).getByLabelText("Target TW II"), "5");

    await openStep(user, /Buat & ekspor/);
    await user.click(screen.getByRole("button", { name: "Buat kertas kerja di buku kerja ini" }));
    expect(await screen.findByText("2 lembar kertas kerja ditulis ke buku kerja.")).toBeInTheDocument();
    expect(
      screen.getByText("Lembar Surat: 2 surat permintaan data, batas waktu 17 April 2026."),
    ).toBeInTheDocument();

    const inputs = lastInputs(services.prepareRound);
    expect(inputs.generatedAt).toBe(NOW);
    expect(inputs.reviews[key]).toEqual({
      polarity: "negatif",
      aggregation: "kumulatif",
      spread: "as-given",
      targetTw: [null, 5, null, 12],
    });
    const prep = services.prepareRound.mock.results.at(-1)?.value;
    // No PK held: nothing but the kertas kerja and the letters to write.
    expect(services.writeKertasKerja).toHaveBeenCalledWith(prep, inputs.setup, null);
  });

  it("exports one Bagian's workbook on its own", async () => {
    const services = stubServices();
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await importDpa(user);
    await openStep(user, /Buat & ekspor/);
    await user.click(screen.getByRole("button", { name: "Ekspor kertas kerja Bagian Organisasi" }));

    expect(await screen.findByText("KK-ORG.xlsx → dibuka di jendela Excel baru")).toBeInTheDocument();
    const [prep] = services.exportKertasKerja.mock.calls[0] as [RoundPreparation];
    expect(prep.kertasKerja.map((k) => k.bagian.kode)).toEqual(["ORG"]);
  });

  it("does not write when the preparation has an error, and says why", async () => {
    const services = stubServices({
      prepareRound: () => ({
        kertasKerja: [],
        issues: [{ severity: "error", code: "round.x", message: "Nama lembar bentrok: KK Umum." }],
      }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await importDpa(user);
    await openStep(user, /Buat & ekspor/);
    await user.click(screen.getByRole("button", { name: "Buat kertas kerja di buku kerja ini" }));

    expect(await screen.findByText("Kertas kerja belum dapat dibuat:")).toBeInTheDocument();
    expect(screen.getByText(/Nama lembar bentrok/)).toBeInTheDocument();
    expect(services.writeKertasKerja).not.toHaveBeenCalled();
  });

  it("shows a host's own Indonesian error as it is, and no technical detail", async () => {
    const refused = Object.assign(
      new Error("Berkas DPA.xls bukan .xlsx: simpan ulang sebagai Buku Kerja Excel."),
      {
        name: "XlsxError",
      },
    );
    const services = stubServices({
      importDpaFromFile: async () => {
        throw refused;
      },
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openStep(user, /Impor DPA/);
    await user.upload(
      screen.getByLabelText("Unggah berkas .xlsx"),
      new File([new Uint8Array([1])], "DPA-lama.xlsx"),
    );

    expect(await screen.findByText(/bukan \.xlsx: simpan ulang/)).toBeInTheDocument();
    expect(screen.queryByText(/Terjadi kesalahan yang tidak terduga/)).not.toBeInTheDocument();
  });

  it("reads a prior report and lets it go again", async () => {
    const services = stubServices({
      importPriorFromFile: async () => ({
        values: [],
        issues: [{ severity: "info", code: "p", message: "Kosong." }],
      }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openStep(user, /Laporan sebelumnya/);
    await user.upload(
      within(itemOf(/Laporan sebelumnya/)).getByLabelText("Unggah berkas .xlsx"),
      new File([new Uint8Array([1])], "LK-TW1.xlsx"),
    );
    expect(await screen.findByText("0 nilai realisasi terbaca.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Jangan pakai laporan sebelumnya" }));
    expect(screen.queryByText("0 nilai realisasi terbaca.")).not.toBeInTheDocument();
  });
});
