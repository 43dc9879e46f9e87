/** @jest-environment jsdom */
/**
 * A failed save of the Pengaturan: the problems at the top of the form, each a link that brings
 * its field into view and focuses it (inside the collapsed holidays too); saveSetup's refusals
 * link to the same fields; a save's answer takes focus.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import type { RoundSetup } from "../../src/domain/setup/setup-types";
import { DEFAULT_CALENDAR } from "../../src/domain/setup/working-time";
import type { Issue } from "../../src/domain/shared/types";
import { SetupStep } from "../../src/taskpane/SetupStep";
import type { SetupDraft } from "../../src/taskpane/setup-form";
import { defaultDraft, draftFromSetup } from "../../src/taskpane/setup-form";
import { makeSetup } from "../support/round-fixture";
import { renderPane } from "./render";
import { stubServices } from "./stub-services";

function Harness(props: { initial: SetupDraft; services: ReturnType<typeof stubServices> }) {
  const [draft, setDraft] = useState(props.initial);
  return <SetupStep services={props.services} draft={draft} onDraftChange={setDraft} onSaved={jest.fn()} />;
}

const scrollIntoView = Element.prototype.scrollIntoView;
afterEach(() => {
  Element.prototype.scrollIntoView = scrollIntoView;
});

function renderForm(initial: SetupDraft, services = stubServices()) {
  // jsdom has no layout: scrolling into view is recorded, not done.
  const scrolled: Element[] = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  renderPane(<Harness services={services} initial={initial} />);
  return { services, scrolled, user: userEvent.setup() };
}

const save = () => screen.getByRole("button", { name: "Simpan pengaturan" });

describe("the problems of a failed save", () => {
  it("are listed at the top, in the form's order, and the summary takes focus", async () => {
    const { user, services } = renderForm(defaultDraft(new Date("2026-03-20T00:00:00Z")));
    await user.click(save());

    // A fresh form misses instansi, the deadline, and its one Bagian's kode and name.
    const summary = await screen.findByRole("alert", { name: "4 isian perlu diperbaiki" });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary.compareDocumentPosition(screen.getByLabelText(/^Instansi/))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(
      within(summary)
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual([
      "Instansi: Wajib diisi.",
      "Batas waktu pengisian: Pilih tanggal batas waktu.",
      "Bagian 1 · Kode: Kode 1–16 huruf/angka tanpa spasi, misalnya PEM.",
      "Bagian 1 · Nama Bagian: Wajib diisi.",
    ]);
    expect(services.saveSetup).not.toHaveBeenCalled();
  });

  it("each link, by Enter or by click, brings its field into view and focuses it", async () => {
    const { user, scrolled } = renderForm(defaultDraft(new Date("2026-03-20T00:00:00Z")));
    await user.click(save());
    const summary = await screen.findByRole("alert", { name: "4 isian perlu diperbaiki" });

    const toNama = within(summary).getByRole("link", { name: /^Bagian 1 · Nama Bagian/ });
    toNama.focus();
    await user.keyboard("{Enter}");
    const nama = within(screen.getByRole("group", { name: "Bagian 1" })).getByLabelText(/^Nama Bagian/);
    expect(nama).toHaveFocus();
    expect(scrolled.at(-1)).toBe(nama);

    await user.click(within(summary).getByRole("link", { name: /^Batas waktu/ }));
    expect(screen.getByLabelText(/^Batas waktu/)).toHaveFocus();
    // The field's id is its path's, and the link says so.
    expect(within(summary).getByRole("link", { name: /^Instansi/ })).toHaveAttribute(
      "href",
      "#pengaturan-instansi",
    );
    expect(screen.getByLabelText(/^Instansi/)).toHaveAttribute("id", "pengaturan-instansi");
  });

  it("a holiday's problem opens the collapsed holidays and focuses its date", async () => {
    const setup = makeSetup({ calendar: { ...DEFAULT_CALENDAR, holidays: ["2026-04-03", "2026-04-03"] } });
    const { user } = renderForm(draftFromSetup(setup));
    expect(screen.queryByRole("group", { name: "Hari libur & cuti bersama 2" })).not.toBeInTheDocument();
    await user.click(save());

    const summary = await screen.findByRole("alert", { name: "1 isian perlu diperbaiki" });
    const link = within(summary).getByRole("link", {
      name: "Hari libur 2 · Tanggal: Tanggal ini sudah ada di daftar.",
    });
    link.focus();
    await user.keyboard("{Enter}");
    const second = screen.getByRole("group", { name: "Hari libur & cuti bersama 2" });
    expect(within(second).getByLabelText(/^Tanggal/)).toHaveFocus();
  });

  it("saveSetup's refusal at a field links to that field and shows beside it", async () => {
    const refusal: Issue = {
      severity: "error",
      code: "setup.nip",
      message: "NIP Kepala Bagian Organisasi harus 18 angka.",
      field: "bagian.1.kepalaNip",
      sheet: "Pengaturan",
    };
    const services = stubServices({ saveSetup: async () => [refusal] });
    const { user } = renderForm(draftFromSetup(makeSetup()), services);
    await user.click(save());

    const summary = await screen.findByRole("alert", { name: "1 isian perlu diperbaiki" });
    await waitFor(() => expect(summary).toHaveFocus());
    // The form words the rule as it does its own check of it.
    await user.click(
      within(summary).getByRole("link", {
        name: "Bagian Organisasi · NIP Kepala Bagian: NIP harus 18 angka.",
      }),
    );
    const field = within(screen.getByRole("group", { name: "Bagian Organisasi" })).getByLabelText(
      /^NIP Kepala Bagian/,
    );
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription(/NIP harus 18 angka\./);
  });
});

describe("a successful save", () => {
  it("says so where the save bar is, takes focus, and the summary is gone", async () => {
    const setup: RoundSetup = makeSetup();
    const broken = { ...draftFromSetup(setup), instansi: "" };
    const { user, services, scrolled } = renderForm(broken);
    await user.click(save());
    await screen.findByRole("alert", { name: "1 isian perlu diperbaiki" });
    await user.type(screen.getByLabelText(/^Instansi/), setup.instansi);
    await user.click(save());

    const saved = await screen.findByText("Pengaturan tersimpan di lembar Pengaturan.");
    const result = saved.closest<HTMLElement>("[tabindex='-1']");
    await waitFor(() => expect(result).toHaveFocus());
    expect(scrolled).toContain(result);
    expect(screen.queryByRole("alert", { name: /isian perlu diperbaiki/ })).not.toBeInTheDocument();
    expect(services.saveSetup).toHaveBeenCalledWith(setup);
    // The answer sits right above the bar that holds Save.
    const bar = save().parentElement;
    expect(result?.nextElementSibling).toBe(bar);
  });
});
