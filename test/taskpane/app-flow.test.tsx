/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { RoundInputs, RoundPreparation } from "../../src/app/round-types";
import { App } from "../../src/taskpane/App";
import { itemOf, openStep } from "./pane-steps";
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
