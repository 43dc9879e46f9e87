/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { RoundSetup } from "../../src/domain/setup/setup-types";
import { makeSetup } from "../support/round-fixture";
import { renderSetup } from "./setup-lists.harness";

describe("Hapus Bagian", () => {
  it("deletes, says so, takes focus on Urungkan, and Urungkan puts the Bagian back where it was", async () => {
    const { user, services } = renderSetup(makeSetup());
    const names = () =>
      screen
        .getAllByRole("group")
        .map((g) => g.getAttribute("aria-label"))
        .filter((n) => n?.startsWith("Bagian "));
    expect(names()).toEqual(["Bagian Pemerintahan", "Bagian Organisasi"]);

    await user.click(screen.getByRole("button", { name: "Hapus Bagian Pemerintahan" }));
    expect(names()).toEqual(["Bagian Organisasi"]);
    expect(screen.getByText("Bagian Pemerintahan dihapus.")).toBeInTheDocument();
    const undo = screen.getByRole("button", { name: "Urungkan penghapusan Bagian Pemerintahan" });
    expect(undo).toHaveFocus();

    await user.keyboard("{Enter}");
    expect(names()).toEqual(["Bagian Pemerintahan", "Bagian Organisasi"]);
    const restored = screen.getByRole("group", { name: "Bagian Pemerintahan" });
    expect(within(restored).getByLabelText(/^Kode/)).toHaveFocus();
    expect(within(restored).getByLabelText(/^Nama Kepala Bagian/)).toHaveValue("Ahmad Rizani");
    expect(screen.queryByRole("button", { name: /Urungkan/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
    const saved = jest.mocked(services.saveSetup).mock.calls[0]?.[0] as RoundSetup | undefined;
    expect(saved?.bagian.map((b) => b.kode)).toEqual(["PEM", "ORG"]);
  });
});
