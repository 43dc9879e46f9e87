/** @jest-environment jsdom */
/**
 * "Salin dari putaran sebelumnya" in the pane: the form is filled from the copied setup and saved
 * only by Save; the notice names the round and what was taken; the master's realisasi and PK reach
 * the generation.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PreviousRoundCopy } from "../../src/app/pk-pane";
import type { PriorValue } from "../../src/domain/shared/types";
import type { Kode } from "../../src/domain/shared/types";
import { App } from "../../src/taskpane/App";
import { samplePk } from "../support/iku-fixture";
import { importDpa, lastInputs, openStep, writeKertasKerja, xlsxFile, start } from "./pane-steps";
import { tw1Setup } from "./previous-master";
import { renderPane } from "./render";
import { stubServices } from "./stub-services";

const FILE = "Induk-2026-TW1.xlsx";
const INSTANSI = "Sekretariat Daerah Kabupaten Contoh";

const prior = (kode: string, realisasi: number): PriorValue => ({
  kode: kode as Kode,
  indicatorText: "Jumlah Laporan Penyelenggaraan Pemerintahan Daerah",
  tahun: 2026,
  periode: "TW1",
  realisasi,
  target: 3,
  source: { file: FILE, sheet: "Data", row: 7, cell: "M7" },
});

function copied(): PreviousRoundCopy {
  const setup = { ...tw1Setup(), instansi: INSTANSI, periode: "TW2" as const, batasWaktu: "2026-07-15" };
  return {
    setup,
    previous: { instansi: INSTANSI, tahun: 2026, periode: "TW1" },
    issues: [
      {
        severity: "warning",
        code: "setup.test",
        message: "Jam kerja Jumat di induk tidak lengkap.",
        file: FILE,
        sheet: "Pengaturan",
        row: 30,
        cell: "C30",
      },
    ],
    prior: { values: [prior("4.01.02.2.01.0001", 3), prior("4.01.01.2.13.0003", 1)], issues: [] },
    pk: { pk: { ...samplePk(), file: FILE }, issues: [] },
  };
}

async function copyFrom(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(
    await screen.findByLabelText("Unggah buku kerja induk putaran sebelumnya"),
    xlsxFile(FILE),
  );
  await screen.findByText(`Disalin dari putaran Triwulan I 2026 (${FILE}).`);
}

describe("Salin dari putaran sebelumnya", () => {
  it("fills the form with the next round's setup and saves it only when the user presses Save", async () => {
    const services = stubServices({
      loadSetup: async () => ({ setup: null, issues: [] }),
      setupFromPreviousMaster: async () => copied(),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} today={new Date("2026-03-20T00:00:00Z")} />);
    await start(user);
    await copyFrom(user);

    const [bytes, fileName] = services.setupFromPreviousMaster.mock.calls[0] as [Uint8Array, string];
    expect(fileName).toBe(FILE);
    expect(Array.from(bytes)).toEqual([80, 75, 3, 4]);
    expect(screen.getByLabelText(/^Instansi/)).toHaveValue(INSTANSI);
    expect(screen.getByLabelText("Periode")).toHaveValue("TW2");
    expect(screen.getByLabelText(/^Batas waktu/)).toHaveValue("2026-07-15");
    const bagian = screen.getByRole("group", { name: "Bagian Pemerintahan" });
    expect(within(bagian).getByLabelText(/^Kode/)).toHaveValue("PEM");
    expect(within(bagian).getByLabelText(/^NIP Kepala Bagian/)).toHaveValue("197803152005011003");
    const sekda = screen.getByRole("group", { name: "Sekretaris Daerah 4" });
    expect(within(sekda).getByLabelText(/^Nama$/)).toHaveValue("H. Masyraniansyah, SP, M.MA, MP");

    // The notice: the round copied from, unsaved, what was taken, and the reading's issues.
    const notice = screen
      .getByText(`Disalin dari putaran Triwulan I 2026 (${FILE}).`)
      .closest(".fui-MessageBar");
    if (!(notice instanceof HTMLElement)) throw new Error("no notice");
    expect(within(notice).getByText(/Belum disimpan/)).toBeInTheDocument();
    expect(within(notice).getByText(/^Pengaturan Triwulan II 2026: instansi, Bagian/)).toBeInTheDocument();
    expect(
      within(notice).getByText("Laporan sebelumnya: 2 nilai realisasi (langkah 3)."),
    ).toBeInTheDocument();
    expect(within(notice).getByText("Perjanjian Kinerja: 4 IKU (langkah 2).")).toBeInTheDocument();
    const issues = screen.getByRole("table", { name: "Catatan penyalinan" });
    expect(within(issues).getByText(/Jam kerja Jumat di induk tidak lengkap\./)).toBeInTheDocument();
    expect(within(issues).getByText("Lembar: Pengaturan")).toBeInTheDocument();

    // Nothing saved yet: no saveSetup, no round in the header.
    expect(services.saveSetup).not.toHaveBeenCalled();
    expect(screen.queryByText(`${INSTANSI} · 2026 · Triwulan II`)).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
    // Saved: the header names the round, and step 2 opens.
    expect(await screen.findByText(`${INSTANSI} · 2026 · Triwulan II`)).toBeInTheDocument();
    expect(services.saveSetup).toHaveBeenCalledTimes(1);
    expect(services.saveSetup.mock.calls[0]![0]).toMatchObject({
      instansi: INSTANSI,
      tahun: 2026,
      periode: "TW2",
      batasWaktu: "2026-07-15",
      bagian: tw1Setup().bagian,
      pejabat: tw1Setup().pejabat,
    });
  });

  it("takes the master's realisasi as the prior report and its PK into the generation", async () => {
    const services = stubServices({
      loadSetup: async () => ({ setup: null, issues: [] }),
      setupFromPreviousMaster: async () => copied(),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await start(user);
    await copyFrom(user);
    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
    await screen.findByText(`${INSTANSI} · 2026 · Triwulan II`);

    await importDpa(user);
    expect(screen.getByText(`Diambil dari induk putaran sebelumnya ${FILE}.`)).toBeInTheDocument();
    expect(screen.getByText("PK 2026 · 2 sasaran · 4 IKU")).toBeInTheDocument();
    expect(screen.getByText(/^Belum ada di lembar Perjanjian Kinerja/)).toBeInTheDocument();
    await openStep(user, /Laporan sebelumnya/);
    expect(screen.getByText("2 nilai realisasi terbaca.")).toBeInTheDocument();

    await writeKertasKerja(user);
    const inputs = lastInputs(services.prepareRound);
    expect(inputs.setup.periode).toBe("TW2");
    expect(inputs.prior).toEqual(copied().prior!.values);
    expect(inputs.pk).toEqual(copied().pk!.pk);
    // Not on the sheet yet: the PK goes into the same write as the kertas kerja.
    expect(services.writeKertasKerja.mock.calls[0]![2]).toEqual(copied().pk!.pk);
    expect(screen.getByText("Lembar Perjanjian Kinerja ditulis bersama kertas kerja.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Buat kertas kerja di buku kerja ini" }));
    await screen.findByText(/lembar kertas kerja ditulis ke buku kerja/);
    expect(services.writeKertasKerja).toHaveBeenCalledTimes(2);
    expect(services.writeKertasKerja.mock.calls[1]![2]).toBeNull();
  });

  it("keeps the PK already on the workbook's sheet rather than the master's", async () => {
    const own = { ...samplePk(), sheet: "Perjanjian Kinerja", iku: samplePk().iku.slice(0, 2) };
    const services = stubServices({
      loadPk: async () => ({ pk: own, issues: [] }),
      setupFromPreviousMaster: async () => copied(),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openStep(user, /Impor DPA/);
    await screen.findByText("PK 2026 · 2 sasaran · 2 IKU");
    await openStep(user, /Pengaturan/);
    await copyFrom(user);
    expect(
      screen.getByText(/^Perjanjian Kinerja: tidak diambil, karena buku kerja ini sudah/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));

    await importDpa(user);
    expect(screen.getByText("PK 2026 · 2 sasaran · 2 IKU")).toBeInTheDocument();
    await writeKertasKerja(user);
    expect(lastInputs(services.prepareRound).pk).toEqual(own);
    expect(services.writeKertasKerja.mock.calls[0]![2]).toBeNull();
  });

  it("tells what it could not copy and leaves the form as it was", async () => {
    const services = stubServices({
      setupFromPreviousMaster: async () => ({
        setup: null,
        previous: null,
        prior: null,
        pk: null,
        issues: [
          {
            severity: "error",
            code: "next-round.no-setup",
            message: 'DPA.xlsx tidak memiliki lembar "Pengaturan" yang dapat dibaca.',
            file: "DPA.xlsx",
          },
        ],
      }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openStep(user, /Pengaturan/);
    const instansi = await screen.findByLabelText(/^Instansi/);
    const before = (instansi as HTMLInputElement).value;
    await user.upload(
      screen.getByLabelText("Unggah buku kerja induk putaran sebelumnya"),
      xlsxFile("DPA.xlsx"),
    );

    expect(await screen.findByText("Tidak ada yang disalin:")).toBeInTheDocument();
    expect(screen.getByText(/DPA\.xlsx tidak memiliki lembar "Pengaturan"/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Instansi/)).toHaveValue(before);
    await openStep(user, /Laporan sebelumnya/);
    expect(screen.queryByText(/nilai realisasi terbaca/)).not.toBeInTheDocument();
  });
});
