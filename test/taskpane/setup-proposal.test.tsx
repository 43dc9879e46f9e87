/** @jest-environment jsdom */
/**
 * The Bagian of the DPA in the Pengaturan form: an empty form is filled with them at once
 * (unsaved); a form with Bagian is told which ones the DPA names that it lacks, and adds them.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import type { RoundSetup } from "../../src/domain/setup/setup-types";
import type { Dpa } from "../../src/domain/shared/types";
import { SetupStep } from "../../src/taskpane/SetupStep";
import type { SetupDraft } from "../../src/taskpane/setup-form";
import { defaultDraft, draftFromSetup } from "../../src/taskpane/setup-form";
import { makeSetup, smallDpa } from "../support/round-fixture";
import { renderPane } from "./render";
import { stubServices } from "./stub-services";

function Harness(props: { initial: SetupDraft; dpa: Dpa; services: ReturnType<typeof stubServices> }) {
  const [draft, setDraft] = useState(props.initial);
  return (
    <SetupStep
      services={props.services}
      draft={draft}
      dpa={props.dpa}
      onDraftChange={setDraft}
      onSaved={jest.fn()}
    />
  );
}

function renderForm(initial: SetupDraft, dpa: Dpa = smallDpa()) {
  const services = stubServices();
  renderPane(<Harness services={services} initial={initial} dpa={dpa} />);
  return { services, user: userEvent.setup() };
}

const bagianNames = () =>
  screen
    .getAllByRole("group")
    .map((g) => g.getAttribute("aria-label") ?? "")
    .filter((n) => n.startsWith("Bagian"));

describe("the Bagian the DPA names", () => {
  it("fill an empty form at once, unsaved, each with a kode, for the user to finish", async () => {
    const { services, user } = renderForm(defaultDraft(new Date("2026-03-20T00:00:00Z")));

    // smallDpa names "Organisasi" / "Bagian Organisasi" (one Bagian) and the code "PEM".
    await waitFor(() => expect(bagianNames()).toEqual(["Bagian Organisasi", "Bagian 2"]));
    const org = screen.getByRole("group", { name: "Bagian Organisasi" });
    expect(within(org).getByLabelText(/^Kode/)).toHaveValue("ORGA");
    expect(within(org).getByLabelText(/^Nama Kepala Bagian/)).toHaveValue("");
    const pem = screen.getByRole("group", { name: "Bagian 2" });
    expect(within(pem).getByLabelText(/^Kode/)).toHaveValue("PEM");
    expect(within(pem).getByLabelText(/^Nama Bagian/)).toHaveValue("");
    // Said in a live region, not by moving the focus (the user is at the DPA's result).
    const title = screen.getByText("2 Bagian diisi dari DPA, belum disimpan.");
    expect(title.closest(".fui-MessageBar")).toHaveAttribute("role", "status");
    // What each carries of the DPA, under it.
    expect(within(org).getByText("Di DPA: 1 sub kegiatan, 3 indikator.")).toBeInTheDocument();
    expect(within(pem).getByText("Di DPA: 1 sub kegiatan, 2 indikator.")).toBeInTheDocument();
    expect(services.saveSetup).not.toHaveBeenCalled();

    // The name the DPA does not give is the user's to type; then the setup saves as proposed.
    await user.type(within(pem).getByLabelText(/^Nama Bagian/), "Bagian Pemerintahan");
    await user.type(screen.getByLabelText(/^Instansi/), "Setda Tapin");
    await user.type(screen.getByLabelText(/^Batas waktu/), "2026-04-15");
    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
    await screen.findByText("Pengaturan tersimpan di lembar Pengaturan.");
    const saved = services.saveSetup.mock.calls[0]?.[0] as RoundSetup;
    expect(saved.bagian.map((b) => [b.kode, b.nama])).toEqual([
      ["ORGA", "Bagian Organisasi"],
      ["PEM", "Bagian Pemerintahan"],
    ]);
    expect(screen.queryByText("2 Bagian diisi dari DPA, belum disimpan.")).not.toBeInTheDocument();
  });

  it("fill the form once per DPA: a Bagian the user deletes stays deleted", async () => {
    const { user } = renderForm(defaultDraft(new Date("2026-03-20T00:00:00Z")));
    await waitFor(() => expect(bagianNames()).toEqual(["Bagian Organisasi", "Bagian 2"]));
    await user.click(screen.getByRole("button", { name: "Hapus Bagian Organisasi" }));
    await user.click(screen.getByRole("button", { name: "Hapus Bagian 1" }));
    expect(bagianNames()).toEqual([]);
  });

  it("that the form lacks are named, with what they carry, and Tambahkan adds them and focuses the first", async () => {
    const onlyPem = makeSetup({ bagian: makeSetup().bagian.slice(0, 1) });
    const { user } = renderForm(draftFromSetup(onlyPem));
    expect(bagianNames()).toEqual(["Bagian Pemerintahan"]);
    expect(
      screen.getByText(
        "DPA menyebut 1 Bagian yang belum ada: Bagian Organisasi. 1 sub kegiatannya belum punya Bagian.",
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole("group", { name: "Bagian Pemerintahan" })).getByText(
        "Di DPA: 1 sub kegiatan, 2 indikator.",
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Tambahkan 1 Bagian dari DPA" }));
    expect(bagianNames()).toEqual(["Bagian Pemerintahan", "Bagian Organisasi"]);
    const added = screen.getByRole("group", { name: "Bagian Organisasi" });
    expect(within(added).getByLabelText(/^Kode/)).toHaveValue("ORGA");
    expect(within(added).getByText("Di DPA: 1 sub kegiatan, 3 indikator.")).toBeInTheDocument();
    await waitFor(() => expect(within(added).getByLabelText(/^Kode/)).toHaveFocus());
    expect(screen.queryByText(/DPA menyebut/)).not.toBeInTheDocument();
    expect(screen.getByText("1 Bagian dari DPA ditambahkan, belum disimpan.")).toBeInTheDocument();
  });

  it("already in the form, by kode or by name, are not proposed again", () => {
    renderForm(draftFromSetup(makeSetup()));
    expect(bagianNames()).toEqual(["Bagian Pemerintahan", "Bagian Organisasi"]);
    expect(screen.queryByText(/DPA menyebut/)).not.toBeInTheDocument();
    expect(screen.queryByText(/diisi dari DPA/)).not.toBeInTheDocument();
  });
});
