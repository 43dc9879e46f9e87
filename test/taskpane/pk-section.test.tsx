/** @jest-environment jsdom */
/**
 * The Perjanjian Kinerja in step 2: imported from a file or read from the workbook's sheet, shown
 * per sasaran with the Bagian of each IKU (the domain's matching: an unknown Bagian is flagged),
 * written to the sheet, and handed to the generation.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PerjanjianKinerja, PkReadResult } from "../../src/domain/shared/types";
import { App } from "../../src/taskpane/App";
import { IKU_KEPUASAN, samplePk } from "../support/iku-fixture";
import { makeSetup } from "../support/round-fixture";
import { importDpa, lastInputs, openStep, writeKertasKerja, xlsxFile, type User, start } from "./pane-steps";
import { renderPane } from "./render";
import { emptyPk, stubServices } from "./stub-services";

/** The sample PK with the Kepuasan IKU given to a Bagian the setup does not have. */
function pkWithHukum(): PerjanjianKinerja {
  const pk = samplePk();
  return {
    ...pk,
    file: "PK-2026.xlsx",
    iku: pk.iku.map((i) => (i.key === IKU_KEPUASAN ? { ...i, bagian: "Bagian Hukum" } : i)),
  };
}

const fileRead = (): PkReadResult => ({
  pk: pkWithHukum(),
  issues: [
    {
      severity: "warning",
      code: "pk.row.target-empty",
      message: "Baris 12: target tahunan IKU “Jumlah pengaduan” kosong.",
      file: "PK-2026.xlsx",
      sheet: "PK",
      row: 12,
      cell: "E12",
      found: "",
    },
  ],
});

const sheetRead = (): PkReadResult => ({ pk: { ...samplePk(), sheet: "Perjanjian Kinerja" }, issues: [] });

const ikuItem = (text: string) => {
  const list = screen.getByRole("list", { name: "Sasaran strategis dan IKU" });
  const item = within(list)
    .getAllByRole("listitem")
    .find((li) => li.textContent?.startsWith(text));
  if (!item) throw new Error(`no IKU ${text}`);
  return item;
};

async function importPk(user: User) {
  await openStep(user, /Impor DPA/);
  await user.upload(screen.getByLabelText("Unggah berkas Perjanjian Kinerja"), xlsxFile("PK-2026.xlsx"));
  await screen.findByText("PK 2026 · 2 sasaran · 4 IKU");
}

describe("the Perjanjian Kinerja in step 2", () => {
  it("shows each IKU's Bagian as the domain matches it and flags one the setup lacks", async () => {
    const services = stubServices({ importPkFromFile: async () => fileRead() });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await importPk(user);

    expect(services.importPkFromFile.mock.calls[0]![1]).toBe("PK-2026.xlsx");
    expect(screen.getByText("Terbaca dari berkas PK-2026.xlsx.")).toBeInTheDocument();
    expect(
      screen.getByText("Sasaran 1. Meningkatnya akuntabilitas kinerja Sekretariat Daerah"),
    ).toBeInTheDocument();
    // "Pemerintahan" (a name without "Bagian") and "ORG" (a kode) match as the domain matches them.
    const sakip = ikuItem("Nilai SAKIP Sekretariat Daerah");
    expect(within(sakip).getByText("Target 72 Nilai")).toBeInTheDocument();
    expect(within(sakip).getByText("Penanggung jawab: Bagian Organisasi (ORG)")).toBeInTheDocument();
    expect(within(ikuItem("Opini BPK")).getByText("Target WTP Opini")).toBeInTheDocument();
    expect(within(ikuItem("Opini BPK")).getByText(/Bagian Organisasi \(ORG\)/)).toBeInTheDocument();
    expect(within(ikuItem("Jumlah pengaduan")).getByText(/Bagian Pemerintahan \(PEM\)/)).toBeInTheDocument();

    const kepuasan = ikuItem("Indeks Kepuasan Layanan Pemerintahan");
    expect(within(kepuasan).getByText("perlu Bagian")).toBeInTheDocument();
    expect(
      within(kepuasan).getByText(/Penanggung jawab “Bagian Hukum” bukan Bagian di pengaturan/),
    ).toBeInTheDocument();
    expect(screen.getAllByText("perlu Bagian")).toHaveLength(1);
    expect(screen.getByText(/^1 IKU tanpa Bagian yang cocok dengan pengaturan/)).toBeInTheDocument();

    const issues = screen.getByRole("table", { name: "Masalah di Perjanjian Kinerja" });
    expect(within(issues).getByText(/target tahunan IKU “Jumlah pengaduan” kosong/)).toBeInTheDocument();
    expect(within(issues).getByLabelText("Sel")).toHaveTextContent("E12");
  });

  it("writes the imported PK to the sheet, then generates with it", async () => {
    const services = stubServices({ importPkFromFile: async () => fileRead() });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await importPk(user);
    expect(screen.getByText(/^Belum ada di lembar Perjanjian Kinerja/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Tulis ke lembar Perjanjian Kinerja" }));
    expect(await screen.findByText("PK ditulis ke lembar Perjanjian Kinerja.")).toBeInTheDocument();
    expect(services.writePkSheet).toHaveBeenCalledWith(pkWithHukum(), makeSetup());
    expect(screen.getByText("Tersimpan di lembar Perjanjian Kinerja.")).toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: "Tulis ke lembar Perjanjian Kinerja" }),
    ).not.toBeInTheDocument();

    await importDpa(user);
    await writeKertasKerja(user);
    expect(lastInputs(services.prepareRound).pk).toEqual(pkWithHukum());
    // Already on the sheet: the generation does not write it again.
    expect(services.writeKertasKerja.mock.calls[0]![2]).toBeNull();
  });

  it("uses the PK already on the workbook's sheet when the pane opens", async () => {
    const services = stubServices({ loadPk: async () => sheetRead() });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openStep(user, /Impor DPA/);
    expect(await screen.findByText("Terbaca dari lembar Perjanjian Kinerja.")).toBeInTheDocument();
    expect(screen.getByText("Tersimpan di lembar Perjanjian Kinerja.")).toBeInTheDocument();

    await importDpa(user);
    await writeKertasKerja(user);
    expect(lastInputs(services.prepareRound).pk).toEqual(sheetRead().pk);
    expect(services.writeKertasKerja.mock.calls[0]![2]).toBeNull();
  });

  it("ignores an empty PK sheet on opening: the round goes without a PK", async () => {
    const services = stubServices({ loadPk: async () => ({ pk: emptyPk(), issues: [] }) });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await importDpa(user);
    expect(services.loadPk).toHaveBeenCalled();
    expect(screen.queryByText(/sasaran · \d+ IKU/)).not.toBeInTheDocument();
    await writeKertasKerja(user);
    expect(lastInputs(services.prepareRound).pk).toBeNull();
  });

  it("asks before an empty sheet replaces a PK sheet with IKU, and reads the sheet again", async () => {
    const services = stubServices({ loadPk: async () => sheetRead() });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openStep(user, /Impor DPA/);
    await screen.findByText("Terbaca dari lembar Perjanjian Kinerja.");

    await user.click(screen.getByRole("button", { name: "Tulis lembar kosong untuk diketik" }));
    expect(await screen.findByText("Lembar Perjanjian Kinerja sudah berisi 4 IKU.")).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Ganti dengan lembar kosong" })).toHaveFocus(),
    );
    expect(services.writePkSheet).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Batal" }));
    expect(screen.queryByText("Lembar Perjanjian Kinerja sudah berisi 4 IKU.")).not.toBeInTheDocument();
    expect(services.writePkSheet).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Tulis lembar kosong untuk diketik" }));
    await user.click(await screen.findByRole("button", { name: "Ganti dengan lembar kosong" }));
    expect(await screen.findByText(/^Lembar Perjanjian Kinerja kosong ditulis\./)).toBeInTheDocument();
    expect(services.writePkSheet).toHaveBeenCalledWith(null, makeSetup());
    expect(screen.queryByText("PK 2026 · 2 sasaran · 4 IKU")).not.toBeInTheDocument();

    services.loadPk.mockResolvedValueOnce(null);
    await user.click(screen.getByRole("button", { name: "Baca ulang dari lembar" }));
    expect(
      await screen.findByText("Buku kerja ini belum memiliki lembar Perjanjian Kinerja."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Baca ulang dari lembar" }));
    expect(await screen.findByText("PK 2026 · 2 sasaran · 4 IKU")).toBeInTheDocument();
  });

  it("without a saved setup: nothing to match or write yet, the IKU's Bagian shown as written", async () => {
    const services = stubServices({
      loadSetup: async () => ({ setup: null, issues: [] }),
      importPkFromFile: async () => fileRead(),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await start(user);
    await importPk(user);
    expect(screen.getByText(/^Simpan pengaturan dulu: lembar PK/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tulis lembar kosong untuk diketik" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Tulis ke lembar Perjanjian Kinerja" })).toBeDisabled();
    expect(
      within(ikuItem("Indeks Kepuasan")).getByText("Penanggung jawab: Bagian Hukum"),
    ).toBeInTheDocument();
    expect(screen.queryByText("perlu Bagian")).not.toBeInTheDocument();
  });
});
