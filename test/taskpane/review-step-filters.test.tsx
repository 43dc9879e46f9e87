/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ReviewStep } from "../../src/taskpane/ReviewStep";
import { renderPane } from "./render";
import { reviewGroups } from "./review-lists.fixture";
import { stubServices } from "./stub-services";

function renderReview() {
  renderPane(
    <ReviewStep services={stubServices()} groups={reviewGroups()} reviews={{}} onReview={jest.fn()} />,
  );
  return userEvent.setup();
}

const cards = () => screen.queryAllByRole("group").map((g) => g.getAttribute("aria-label"));

describe("ReviewStep filters", () => {
  it("groups per Bagian with a count, and filters by Bagian from the keyboard", async () => {
    const user = renderReview();
    expect(
      screen.getByRole("region", { name: "Bagian Pemerintahan (PEM) · 3 indikator" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Bagian Organisasi (ORG) · 1 indikator" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("4 dari 4 indikator");

    const bagian = screen.getByLabelText("Bagian");
    bagian.focus();
    await user.selectOptions(bagian, "ORG");
    expect(cards()).toEqual(["Jumlah Dokumen Kelembagaan"]);
    expect(screen.getByRole("status")).toHaveTextContent("1 dari 4 indikator");
  });

  it("filters by status and searches text, and says when nothing is left", async () => {
    const user = renderReview();
    await user.selectOptions(screen.getByLabelText("Status"), "Tanpa target angka");
    expect(cards()).toEqual(["Predikat Evaluasi Kinerja"]);
    expect(screen.queryByRole("region", { name: /Bagian Organisasi/ })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Status"), "Semua");
    await user.type(screen.getByLabelText("Cari indikator atau kode"), "desa");
    expect(cards()).toEqual(["Persentase Desa Berbatas Jelas"]);
    expect(screen.getByRole("status")).toHaveTextContent("1 dari 4 indikator");

    await user.type(screen.getByLabelText("Cari indikator atau kode"), " hutan");
    expect(cards()).toEqual([]);
    expect(screen.getByText("Tidak ada indikator yang cocok dengan saringan ini.")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("0 dari 4 indikator");
  });
});
