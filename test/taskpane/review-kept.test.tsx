/** @jest-environment jsdom */
/**
 * Returned files read but not yet accepted, across closing the pane: the review goes into the
 * pane's saved state (not the files), a fresh pane takes it up with the choice made, and it leaves
 * the state once accepted; a review that cannot be taken up says why.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PaneState } from "../../src/app/pane-state";
import { savedReviewOf } from "../../src/app/saved-review";
import { App } from "../../src/taskpane/App";
import { PERSIST_DELAY_MS } from "../../src/taskpane/use-pane-persist";
import { accepted, consolidated, reviewOf, row, sha, submission } from "./consolidation-stubs";
import { renderPane } from "./render";
import { stubServices } from "./stub-services";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const file = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name, { type: XLSX });
const pem = submission("PEM", { name: "KK-PEM.xlsx", sha: sha("a") }, [row("ind-1", "Indeks A", 40, 15)]);
const pemAgain = submission("PEM", { name: "KK-PEM revisi.xlsx", sha: sha("c") }, [
  row("ind-1", "Indeks A", 41, 15),
]);
const org = submission("ORG", { name: "KK-ORG.xlsx", sha: sha("b") }, [row("ind-2", "Indeks B", 30, 15)]);
const READ_AT = "2026-07-16T01:00:00.000Z";

const emptyState: PaneState = { dpa: null, prior: null, pk: null, assignments: {}, reviews: {}, at: null };
const saved = (state: PaneState) => ({ state, issue: null, kertasKerja: true, data: false, sop: null });

async function openConsolidation(user: ReturnType<typeof userEvent.setup>) {
  const header = await screen.findByRole("button", { name: /3\. Pengumpulan/ });
  if (header.getAttribute("aria-expanded") !== "true") await user.click(header);
}

describe("a review of returned files kept across closing the pane", () => {
  it("is saved with the pane's state once read, with the choice made, and leaves it once accepted", async () => {
    const review = reviewOf([accepted(pem), accepted(pemAgain), accepted(org)]);
    const services = stubServices({
      reviewReturnedFiles: async () => ({ ok: true, review }),
      acceptConsolidation: async () => ({
        ok: true,
        written: true,
        plan: review.plan,
        applied: { current: [consolidated(org)], replaced: [], changed: true },
      }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openConsolidation(user);
    await user.upload(screen.getByLabelText("Unggah kertas kerja yang dikirim kembali"), [
      file("KK-PEM.xlsx"),
      file("KK-PEM revisi.xlsx"),
      file("KK-ORG.xlsx"),
    ]);
    await screen.findByRole("region", { name: "Laporan KK-ORG.xlsx" });
    await user.click(await screen.findByRole("radio", { name: /KK-PEM revisi\.xlsx/ }));

    const lastSaved = () => services.savePaneState.mock.calls.at(-1)?.[0] as PaneState | undefined;
    await waitFor(() => expect(lastSaved()?.review?.choices).toEqual({ PEM: sha("c") }), { timeout: 3000 });
    const kept = lastSaved()!.review!;
    expect(kept.assessments.map((a) => a.file.name)).toEqual([
      "KK-PEM.xlsx",
      "KK-PEM revisi.xlsx",
      "KK-ORG.xlsx",
    ]);
    expect(kept.readAt).toBe(services.now());
    expect(JSON.stringify(kept)).not.toContain("[80,75,3,4]"); // the files' bytes stay out

    await user.click(screen.getByRole("button", { name: "Terima dan tulis ke buku kerja" }));
    await screen.findByText(/Bagian dihimpun/);
    await waitFor(() => expect(lastSaved()?.review).toBeUndefined(), { timeout: 3000 });
  });

  it("is taken up by a fresh pane: the reports, the choice, and a note of when the files were read", async () => {
    const review = reviewOf([accepted(pem), accepted(pemAgain), accepted(org)]);
    const kept = savedReviewOf(review, { PEM: sha("c") }, READ_AT);
    const services = stubServices({
      loadPaneRound: async () => saved({ ...emptyState, review: kept }),
      resumeReview: async () => ({ ok: true, review }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openConsolidation(user);
    expect(
      await screen.findByText("Hasil pemeriksaan 3 berkas dipulihkan dari buku kerja"),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "Berkas dibaca Kamis, 16 Juli 2026 09.00 WITA; tidak perlu dipilih lagi. Yang akan berubah dihitung ulang dari isi buku kerja sekarang.",
      ),
    ).toBeInTheDocument();
    expect(services.resumeReview).toHaveBeenCalledWith(kept);
    expect(services.reviewReturnedFiles).not.toHaveBeenCalled();
    expect(
      within(screen.getByRole("region", { name: "Laporan KK-ORG.xlsx" })).getByText("Diterima"),
    ).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: /KK-PEM revisi\.xlsx/ })).toBeChecked();
    expect(screen.getByRole("button", { name: "Terima dan tulis ke buku kerja" })).toBeEnabled();
    // Taking the review up is no change: the pane writes nothing (Excel would call the workbook modified).
    await new Promise((resolve) => setTimeout(resolve, PERSIST_DELAY_MS + 300));
    expect(services.savePaneState).not.toHaveBeenCalled();
  });

  it("says why a kept review is not taken up, and offers the picker", async () => {
    const kept = savedReviewOf(reviewOf([accepted(org)]), {}, READ_AT);
    const refusal =
      "Hasil pemeriksaan berkas yang tersimpan tidak dipulihkan: Pengaturan di buku kerja ini berubah sejak berkas dibaca. Pilih berkasnya lagi.";
    const services = stubServices({
      loadPaneRound: async () => saved({ ...emptyState, review: kept }),
      resumeReview: async () => ({
        ok: false,
        issues: [{ severity: "error", code: "consolidate.resume.setup-changed", message: refusal }],
      }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openConsolidation(user);
    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect(screen.getByText("Hasil pemeriksaan berkas yang tersimpan tidak dipulihkan")).toBeInTheDocument();
    expect(screen.getByLabelText("Unggah kertas kerja yang dikirim kembali")).toBeInTheDocument();
  });
});
