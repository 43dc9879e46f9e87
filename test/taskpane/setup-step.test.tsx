/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEFAULT_RULES, type RoundSetup } from "../../src/domain/setup/setup-types";
import { DEFAULT_CALENDAR } from "../../src/domain/setup/working-time";
import { SetupStep } from "../../src/taskpane/SetupStep";
import type { SetupStepProps } from "../../src/taskpane/SetupStep";
import type { SetupDraft } from "../../src/taskpane/setup-form";
import { defaultDraft, draftFromSetup } from "../../src/taskpane/setup-form";
import { useState } from "react";
import { makeSetup } from "../support/round-fixture";
import { renderPane } from "./render";
import { stubServices } from "./stub-services";

const today = new Date("2026-03-20T00:00:00Z");

/** Holds the draft as App does. */
function Harness(props: Omit<SetupStepProps, "draft" | "onDraftChange"> & { initial: SetupDraft }) {
  const [draft, setDraft] = useState(props.initial);
  return <SetupStep {...props} draft={draft} onDraftChange={setDraft} />;
}

function setupForm(initial = null as ReturnType<typeof makeSetup> | null, services = stubServices()) {
  const onSaved = jest.fn();
  const draft = initial ? draftFromSetup(initial) : defaultDraft(today);
  renderPane(<Harness services={services} initial={draft} onSaved={onSaved} />);
  return { services, onSaved, user: userEvent.setup() };
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Instansi/), "Sekretariat Daerah Kabupaten Tapin");
  await user.type(screen.getByLabelText(/^Batas waktu/), "2026-04-15");
  const bagian = screen.getByRole("group", { name: "Bagian 1" });
  await user.type(within(bagian).getByLabelText(/^Kode/), "pem");
  await user.type(within(bagian).getByLabelText(/^Nama Bagian/), "Bagian Pemerintahan");
  await user.type(within(bagian).getByLabelText(/^Nama Kepala Bagian/), "Ahmad Rizani");
  return bagian;
}

describe("SetupStep", () => {
  it("rejects a NIP that is not 18 digits and does not call saveSetup", async () => {
    const { services, user } = setupForm();
    const bagian = await fillRequired(user);
    await user.type(within(bagian).getByLabelText(/^NIP Kepala Bagian/), "19780315200501100");
    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));

    // Beside the field, and in the summary at the top, which takes focus.
    const field = within(bagian).getByLabelText(/^NIP Kepala Bagian/);
    expect(field).toHaveAccessibleDescription(/NIP harus 18 angka\./);
    const summary = await screen.findByRole("alert", { name: "1 isian perlu diperbaiki" });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary).getByRole("link", {
        name: "Bagian Pemerintahan · NIP Kepala Bagian: NIP harus 18 angka.",
      }),
    ).toBeInTheDocument();
    expect(services.saveSetup).not.toHaveBeenCalled();
  });

  it("explains a NIP whose birth date is impossible", async () => {
    const { services, user } = setupForm();
    const bagian = await fillRequired(user);
    await user.type(within(bagian).getByLabelText(/^NIP Kepala Bagian/), "197813152005011003");
    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));

    const field = within(bagian).getByLabelText(/^NIP Kepala Bagian/);
    await waitFor(() => expect(field).toHaveAccessibleDescription(/8 angka pertama NIP harus tanggal lahir/));
    expect(services.saveSetup).not.toHaveBeenCalled();
  });

  it("saves the setup it was given, normalised, and reports success", async () => {
    const { services, onSaved, user } = setupForm();
    const bagian = await fillRequired(user);
    await user.type(within(bagian).getByLabelText(/^NIP Kepala Bagian/), "19780315 200501 1 003");
    await user.selectOptions(screen.getByLabelText("Periode"), "TW2");
    const sekda = screen.getByRole("group", { name: "Sekretaris Daerah 4" });
    await user.type(within(sekda).getByLabelText("Nama"), "H. Sekda");
    await user.type(within(sekda).getByLabelText(/^NIP/), "196504221988031008");
    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));

    expect(await screen.findByText("Pengaturan tersimpan di lembar Pengaturan.")).toBeInTheDocument();
    const expected = {
      type: "kertas-kerja-sakip/pengaturan",
      version: 1,
      instansi: "Sekretariat Daerah Kabupaten Tapin",
      tahun: 2026,
      periode: "TW2",
      batasWaktu: "2026-04-15",
      bagian: [
        {
          kode: "PEM",
          nama: "Bagian Pemerintahan",
          kepala: { nama: "Ahmad Rizani", nip: "197803152005011003" },
        },
      ],
      pejabat: [
        { peran: "kasubag-perencanaan", nama: "", jabatan: "Kasubag Perencanaan dan Pelaporan", nip: "" },
        { peran: "tim-sakip", nama: "", jabatan: "Tim SAKIP Setda", nip: "" },
        { peran: "kabag-umum-keuangan", nama: "", jabatan: "Kepala Bagian Umum dan Keuangan", nip: "" },
        {
          peran: "sekretaris-daerah",
          nama: "H. Sekda",
          jabatan: "Sekretaris Daerah",
          nip: "196504221988031008",
        },
      ],
      rules: DEFAULT_RULES,
      calendar: DEFAULT_CALENDAR,
    };
    expect(services.saveSetup).toHaveBeenCalledTimes(1);
    expect(services.saveSetup).toHaveBeenCalledWith(expected);
    expect(onSaved).toHaveBeenCalledWith(expected);
  });

  it("edits the working hours and the holidays, and saves them with the setup", async () => {
    const setup = makeSetup({
      calendar: {
        ...DEFAULT_CALENDAR,
        holidays: ["2026-04-03", "2026-05-01"],
        holidayNames: { "2026-04-03": "Wafat Yesus Kristus" },
      },
    });
    const { services, user } = setupForm(setup);
    // The working hours and holidays sit behind their summary ("2 hari libur 2026 · ubah").
    await user.click(screen.getByRole("button", { name: "Ubah jam kerja dan hari libur" }));
    const jumat = screen.getByRole("group", { name: "Jumat" });
    const end = within(jumat).getByLabelText("Jumat selesai");
    await user.clear(end);
    await user.type(end, "11:00");

    await user.click(screen.getByRole("button", { name: "Hapus hari libur 2026-05-01" }));
    await user.click(screen.getByRole("button", { name: "Tambah hari libur" }));
    const added = screen.getByRole("group", { name: "Hari libur & cuti bersama 2" });
    await user.type(within(added).getByLabelText(/^Tanggal/), "2026-04-21");
    await user.type(within(added).getByLabelText("Keterangan"), "Hari jadi Kabupaten");
    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));

    expect(await screen.findByText("Pengaturan tersimpan di lembar Pengaturan.")).toBeInTheDocument();
    const saved = jest.mocked(services.saveSetup).mock.calls[0]?.[0] as RoundSetup | undefined;
    expect(saved?.calendar.week.find((d) => d.weekday === 5)).toEqual({
      weekday: 5,
      start: "07:30",
      end: "11:00",
    });
    expect(saved?.calendar.holidays).toEqual(["2026-04-03", "2026-04-21"]);
    expect(saved?.calendar.holidayNames).toEqual({
      "2026-04-03": "Wafat Yesus Kristus",
      "2026-04-21": "Hari jadi Kabupaten",
    });
    expect(saved?.calendar.zoneName).toBe("WITA");
    expect(screen.getByText(/Jam WITA \(UTC\+08:00\)/)).toBeInTheDocument();
  });

  it("refuses hours that end before they start, a holiday without a date, and a date twice", async () => {
    const { services, user } = setupForm(
      makeSetup({ calendar: { ...DEFAULT_CALENDAR, holidays: ["2026-04-03"] } }),
    );
    await user.click(screen.getByRole("button", { name: "Ubah jam kerja dan hari libur" }));
    const senin = screen.getByRole("group", { name: "Senin" });
    const end = within(senin).getByLabelText("Senin selesai");
    await user.clear(end);
    await user.type(end, "07:00");
    await user.click(screen.getByRole("button", { name: "Tambah hari libur" }));
    await user.click(screen.getByRole("button", { name: "Tambah hari libur" }));
    const third = screen.getByRole("group", { name: "Hari libur & cuti bersama 3" });
    await user.type(within(third).getByLabelText(/^Tanggal/), "2026-04-03");
    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));

    expect(
      await screen.findByText("Isi jam JJ:MM; jam selesai harus sesudah jam mulai."),
    ).toBeInTheDocument();
    expect(screen.getByText("Pilih tanggal.")).toBeInTheDocument();
    expect(screen.getByText("Tanggal ini sudah ada di daftar.")).toBeInTheDocument();
    expect(services.saveSetup).not.toHaveBeenCalled();
  });

  it("shows the reasons when saveSetup refuses, and does not report the setup saved", async () => {
    const services = stubServices({
      saveSetup: async () => [
        {
          severity: "error",
          code: "setup.bagian.duplicate-name",
          message: "Nama Bagian dipakai dua kali.",
          cell: "B12",
        },
      ],
    });
    const { onSaved, user } = setupForm(makeSetup(), services);
    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));

    const summary = await screen.findByRole("alert", { name: "1 isian perlu diperbaiki" });
    expect(
      within(summary).getByText("Pengaturan belum disimpan. Pilih isian di bawah untuk menuju ke sana."),
    ).toBeInTheDocument();
    // No field of the form to go to: the sheet's cell is told, as text.
    expect(within(summary).getByText("B12: Nama Bagian dipakai dua kali.")).toBeInTheDocument();
    expect(within(summary).queryByRole("link")).not.toBeInTheDocument();
    expect(screen.queryByText("Pengaturan tersimpan di lembar Pengaturan.")).not.toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("shows an Indonesian message, not a stack, when saving throws", async () => {
    const services = stubServices({
      saveSetup: async () => {
        throw new Error("RichApi.Error: The workbook is protected.\n    at stack line");
      },
    });
    const { user } = setupForm(makeSetup(), services);
    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));

    expect(await screen.findByText(/Terjadi kesalahan yang tidak terduga/)).toBeInTheDocument();
    expect(screen.getByText(/The workbook is protected\./)).toBeInTheDocument();
    expect(screen.queryByText(/at stack line/)).not.toBeInTheDocument();
  });

  it("starts from a loaded setup and can add and remove Bagian", async () => {
    const { user } = setupForm(makeSetup());
    expect(screen.getByLabelText(/^Instansi/)).toHaveValue("Sekretariat Daerah Kabupaten Tapin");
    expect(screen.getByRole("group", { name: "Bagian Organisasi" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Tambah Bagian" }));
    expect(screen.getByRole("group", { name: "Bagian 3" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Hapus Bagian Organisasi" }));
    expect(screen.queryByRole("group", { name: "Bagian Organisasi" })).not.toBeInTheDocument();
  });
});
