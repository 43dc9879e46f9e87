/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { DEFAULT_CALENDAR } from "../../src/domain/setup/working-time";
import { HolidaySummary } from "../../src/taskpane/HolidaySummary";
import type { SetupDraft } from "../../src/taskpane/setup-form";
import { draftFromSetup } from "../../src/taskpane/setup-form";
import { makeSetup } from "../support/round-fixture";
import { renderPane } from "./render";

// 22 holidays: the 1st to the 22nd of January 2026.
const holidays = Array.from({ length: 22 }, (_, i) => `2026-01-${String(i + 1).padStart(2, "0")}`);

function Harness(props: { initial: SetupDraft }) {
  const [draft, setDraft] = useState(props.initial);
  return <HolidaySummary draft={draft} errors={{}} onChange={(c) => setDraft((d) => ({ ...d, ...c(d) }))} />;
}

describe("HolidaySummary", () => {
  it("shows '22 hari libur 2026 · ubah' collapsed, and opens the holiday list by keyboard", async () => {
    const setup = makeSetup({ calendar: { ...DEFAULT_CALENDAR, holidays } });
    renderPane(<Harness initial={draftFromSetup(setup)} />);
    const user = userEvent.setup();
    expect(screen.getByText("22 hari libur 2026")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tambah hari libur" })).not.toBeInTheDocument();

    const edit = screen.getByRole("button", { name: "Ubah jam kerja dan hari libur" });
    expect(edit).toHaveAttribute("aria-expanded", "false");
    edit.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Tutup hari libur" })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("group", { name: "Hari libur & cuti bersama 22" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Tambah hari libur" }));
    expect(screen.getByText("23 hari libur 2026")).toBeInTheDocument();
  });

  it("is open at once when the setup has no holiday yet", () => {
    const setup = makeSetup({ calendar: { ...DEFAULT_CALENDAR, holidays: [] } });
    renderPane(<Harness initial={draftFromSetup(setup)} />);
    expect(screen.getByText("0 hari libur 2026")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tambah hari libur" })).toBeInTheDocument();
  });
});
