/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { FileAssessment } from "../../src/domain/returned/submission";
import { App } from "../../src/taskpane/App";
import { reviewOf } from "./consolidation-stubs";
import { xlsxFile } from "./pane-steps";
import { renderPane } from "./render";
import { stubServices } from "./stub-services";
import { verdictFiles } from "./verdict-lists.fixture";

/** Step 3 with the given files read: returns the user, once the reports are shown. */
async function readFiles(assessments: FileAssessment[]) {
  const services = stubServices({
    reviewReturnedFiles: async () => ({ ok: true, review: reviewOf(assessments) }),
  });
  const user = userEvent.setup();
  renderPane(<App services={services} />);
  await user.click(await screen.findByRole("button", { name: /3\. Pengumpulan/ }));
  await user.upload(
    screen.getByLabelText("Unggah kertas kerja yang dikirim kembali"),
    assessments.map((a) => xlsxFile(a.file.name)),
  );
  await screen.findByRole("region", { name: `Laporan ${assessments[0]!.file.name}` });
  return user;
}

const reports = () =>
  screen.queryAllByRole("region", { name: /^Laporan .+\.xlsx$/ }).map((r) => r.getAttribute("aria-label"));
const filters = () => screen.getByRole("search", { name: "Saring laporan berkas" });

describe("the returned files' reports, filtered", () => {
  it("groups by verdict with counts, the rejected first, under a count of what is shown", async () => {
    await readFiles(verdictFiles());
    expect(screen.getByText("3 diterima (1 dengan catatan) · 2 ditolak")).toBeInTheDocument();
    expect(within(filters()).getByRole("status")).toHaveTextContent("5 dari 5 berkas");
    const groups = within(screen.getByRole("region", { name: "Laporan per berkas" }))
      .getAllByRole("region", { name: /berkas$/ })
      .map((g) => g.getAttribute("aria-label"));
    expect(groups).toEqual([
      "Ditolak · 2 berkas",
      "Diterima dengan catatan · 1 berkas",
      "Diterima · 2 berkas",
    ]);
    expect(reports()).toEqual([
      "Laporan KK-ORG rusak.xlsx",
      "Laporan tanpa-nama.xlsx",
      "Laporan KK-PEM revisi.xlsx",
      "Laporan KK-PEM.xlsx",
      "Laporan KK-ORG.xlsx",
    ]);
  });

  it("'Ditolak' shows only the rejected reports; the count says so", async () => {
    const user = await readFiles(verdictFiles());
    await user.selectOptions(within(filters()).getByLabelText("Status"), "Ditolak");
    expect(reports()).toEqual(["Laporan KK-ORG rusak.xlsx", "Laporan tanpa-nama.xlsx"]);
    for (const name of ["KK-ORG rusak.xlsx", "tanpa-nama.xlsx"]) {
      expect(
        within(screen.getByRole("region", { name: `Laporan ${name}` })).getByText("Ditolak"),
      ).toBeVisible();
    }
    expect(within(filters()).getByRole("status")).toHaveTextContent("2 dari 5 berkas");

    await user.selectOptions(within(filters()).getByLabelText("Bagian"), "Tanpa Bagian");
    expect(reports()).toEqual(["Laporan tanpa-nama.xlsx"]);
    expect(within(filters()).getByRole("status")).toHaveTextContent("1 dari 5 berkas");
  });

  it("finds a file by a cell or a word of an issue's message, and says when nothing matches", async () => {
    const user = await readFiles(verdictFiles());
    const search = within(filters()).getByLabelText("Cari berkas, Bagian, sel atau pesan");
    await user.type(search, "ab40");
    expect(reports()).toEqual(["Laporan KK-PEM revisi.xlsx"]);
    expect(within(filters()).getByRole("status")).toHaveTextContent("1 dari 5 berkas");

    await user.clear(search);
    await user.type(search, "metadata");
    expect(reports()).toEqual(["Laporan tanpa-nama.xlsx"]);

    await user.type(search, " hutan");
    expect(reports()).toEqual([]);
    expect(screen.getByText("Tidak ada berkas yang cocok dengan saringan ini.")).toBeInTheDocument();
    expect(within(filters()).getByRole("status")).toHaveTextContent("0 dari 5 berkas");
    // The tally is of the files read, not of those shown.
    expect(screen.getByText("3 diterima (1 dengan catatan) · 2 ditolak")).toBeInTheDocument();
  });

  it("three files or fewer: no filters, the reports in pick order", async () => {
    await readFiles(verdictFiles().slice(0, 3));
    expect(screen.queryByRole("search", { name: "Saring laporan berkas" })).not.toBeInTheDocument();
    expect(reports()).toEqual([
      "Laporan KK-PEM.xlsx",
      "Laporan KK-ORG rusak.xlsx",
      "Laporan KK-PEM revisi.xlsx",
    ]);
  });
});
