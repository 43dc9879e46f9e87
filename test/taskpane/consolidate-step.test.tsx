/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AcceptOutcome, ReviewOutcome } from "../../src/app/consolidate";
import { col } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import { App } from "../../src/taskpane/App";
import type { ReadProgress } from "../../src/taskpane/services";
import { accepted, consolidated, rejected, reviewOf, row, sha, submission } from "./consolidation-stubs";
import { renderPane } from "./render";
import { stubServices } from "./stub-services";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const file = (name: string, bytes = [80, 75, 3, 4]) =>
  new File([new Uint8Array(bytes)], name, { type: XLSX });

type User = ReturnType<typeof userEvent.setup>;

async function openConsolidation(user: User) {
  await user.click(await screen.findByRole("button", { name: /3\. Pengumpulan/ }));
}

async function pick(user: User, ...files: File[]) {
  await user.upload(screen.getByLabelText("Unggah kertas kerja yang dikirim kembali"), files);
}

const pemNew = submission("PEM", { name: "KK-PEM.xlsx", sha: sha("a") }, [row("ind-1", "Indeks A", 40, 15)]);
const orgNew = submission("ORG", { name: "KK-ORG.xlsx", sha: sha("b") }, [row("ind-2", "Indeks B", 30, 15)]);

describe("Kumpulkan & konsolidasi", () => {
  it("sits before the SOP step, which is now step 7", async () => {
    renderPane(<App services={stubServices()} />);
    expect(await screen.findByRole("button", { name: /3\. Pengumpulan/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /4\. SOP/ })).toBeInTheDocument();
  });

  it("reads two picked files with a progress bar, then shows one report per file", async () => {
    let finish: (r: ReviewOutcome) => void = () => undefined;
    let progress: (p: ReadProgress) => void = () => undefined;
    const services = stubServices({
      reviewReturnedFiles: (_files, onProgress) =>
        new Promise<ReviewOutcome>((resolve) => {
          finish = resolve;
          progress = onProgress ?? (() => undefined);
        }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openConsolidation(user);
    await pick(user, file("KK-PEM.xlsx"), file("KK-ORG.xlsx"));

    const [files] = services.reviewReturnedFiles.mock.calls[0] as [File[]];
    expect(files.map((f) => f.name)).toEqual(["KK-PEM.xlsx", "KK-ORG.xlsx"]);
    act(() => progress({ done: 1, total: 2, current: "KK-ORG.xlsx" }));
    const bar = await screen.findByRole("progressbar", { name: "Membaca 2 dari 2: KK-ORG.xlsx" });
    expect(bar).toHaveAttribute("aria-valuenow", "1");
    expect(bar).toHaveAttribute("aria-valuemax", "2");

    await act(async () => finish({ ok: true, review: reviewOf([accepted(pemNew), accepted(orgNew)]) }));
    const pem = await screen.findByRole("region", { name: "Laporan KK-PEM.xlsx" });
    expect(within(pem).getByText("Diterima")).toBeInTheDocument();
    expect(within(pem).getByText("Bagian Pemerintahan (PEM)")).toBeInTheDocument();
    expect(within(pem).getByText("Tidak ada masalah.")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Laporan KK-ORG.xlsx" })).toBeInTheDocument();
    expect(screen.getByText("2 diterima (0 dengan catatan) · 0 ditolak")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    // Both Bagian are new; nothing is written until the user accepts.
    expect(screen.getByText("Bagian Pemerintahan (PEM): baru")).toBeInTheDocument();
    expect(screen.getByText("Bagian Organisasi (ORG): baru")).toBeInTheDocument();
    expect(
      screen.getByText(
        "Belum ada yang ditulis ke buku kerja. Hasil pemeriksaan ini disimpan bersama keadaan kerja panel: bila panel ditutup sebelum Terima, hasilnya kembali saat panel dibuka lagi.",
      ),
    ).toBeInTheDocument();
    expect(services.acceptConsolidation).not.toHaveBeenCalled();
  });

  it("shows a rejected file's issue with sheet, cell, what was found and what was expected", async () => {
    const issue = {
      severity: "error" as const,
      code: "returned.value.number",
      message: "Realisasi TW II bukan angka.",
      file: "KK-ORG rusak.xlsx",
      sheet: "KK Bagian Organisasi",
      row: 15,
      cell: "L15",
      found: "delapan puluh",
      expected: "angka, misalnya 85 atau 85,5",
    };
    const bad = rejected({ name: "KK-ORG rusak.xlsx", sha: sha("c") }, [issue]);
    const services = stubServices({
      reviewReturnedFiles: async () => ({ ok: true, review: reviewOf([accepted(pemNew), bad]) }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openConsolidation(user);
    await pick(user, file("KK-PEM.xlsx"), file("KK-ORG rusak.xlsx"));

    const card = await screen.findByRole("region", { name: "Laporan KK-ORG rusak.xlsx" });
    expect(within(card).getByText("Ditolak")).toBeInTheDocument();
    expect(within(card).getByText("Bagian:").parentElement).toHaveTextContent(/^Bagian: —$/);
    const table = within(card).getByRole("table", { name: "Masalah di KK-ORG rusak.xlsx" });
    expect(within(table).getByLabelText("Sel")).toHaveTextContent("L15");
    expect(within(table).getByLabelText("Baris")).toHaveTextContent("15");
    expect(within(table).getByText(/Realisasi TW II bukan angka\./)).toBeInTheDocument();
    expect(within(table).getByText("Lembar: KK Bagian Organisasi")).toBeInTheDocument();
    expect(within(table).getByText("Ditemukan: delapan puluh")).toBeInTheDocument();
    expect(within(table).getByText("Seharusnya: angka, misalnya 85 atau 85,5")).toBeInTheDocument();
    expect(screen.getByText("1 diterima (0 dengan catatan) · 1 ditolak")).toBeInTheDocument();
  });

  it("blocks accepting until a conflict is settled, then passes the chosen file's SHA-256", async () => {
    const first = submission(
      "ORG",
      { name: "KK-ORG pagi.xlsx", sha: sha("1"), size: 2048, savedAt: "2026-07-10T02:00:00Z" },
      [row("ind-2", "Indeks B", 30, 15)],
    );
    const second = submission(
      "ORG",
      { name: "KK-ORG sore.xlsx", sha: sha("2"), size: 4096, savedAt: "2026-07-10T09:30:00Z" },
      [row("ind-2", "Indeks B", 35, 15)],
    );
    const review = reviewOf([accepted(first), accepted(second)]);
    const services = stubServices({
      reviewReturnedFiles: async () => ({ ok: true, review }),
      acceptConsolidation: async (r) => ({
        ok: true,
        written: true,
        plan: reviewOf([accepted(second)]).plan,
        applied: { current: [consolidated(r.assessments[1]!.submission!)], replaced: [], changed: true },
      }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openConsolidation(user);
    await pick(user, file("KK-ORG pagi.xlsx"), file("KK-ORG sore.xlsx"));

    const accept = await screen.findByRole("button", { name: "Terima dan tulis ke buku kerja" });
    expect(accept).toBeDisabled();
    expect(screen.getByText("Pilih satu berkas untuk setiap Bagian di atas dahulu.")).toBeInTheDocument();
    const group = screen.getByRole("radiogroup", { name: /Berkas untuk Bagian Organisasi \(ORG\)/ });
    // 09.30 UTC is 17.30 WITA; 4096 bytes are 4 KB.
    const later = within(group).getByRole("radio", {
      name: /^KK-ORG sore\.xlsx · disimpan .*17\.30 WITA · 4 KB$/,
    });
    expect(
      within(group).getByRole("radio", { name: /^KK-ORG pagi\.xlsx · .*10\.00 WITA · 2 KB$/ }),
    ).toBeInTheDocument();
    await user.click(later);

    expect(accept).toBeEnabled();
    expect(screen.getByText("Bagian Organisasi (ORG): baru")).toBeInTheDocument();
    expect(screen.getByText("Berkas KK-ORG sore.xlsx")).toBeInTheDocument();
    await user.click(accept);
    expect(services.acceptConsolidation).toHaveBeenCalledWith(review, { ORG: sha("2") });
    expect(
      await screen.findByText("1 Bagian dihimpun; lembar Data kini memuat 1 Bagian."),
    ).toBeInTheDocument();
    expect(screen.getByText("Lembar Data, Analisis dan Log diperbarui.")).toBeInTheDocument();
  });

  it("shows a re-submission's cell-by-cell difference and says Riwayat keeps the old one", async () => {
    const before = consolidated(
      submission("PEM", { name: "KK-PEM lama.xlsx", sha: sha("d") }, [row("ind-1", "Indeks A", 50, 15)]),
    );
    const after = submission("PEM", { name: "KK-PEM revisi.xlsx", sha: sha("e") }, [
      row("ind-1", "Indeks A", 60.5, 15),
    ]);
    const review = reviewOf([accepted(after)], [before]);
    const services = stubServices({
      reviewReturnedFiles: async () => ({ ok: true, review }),
      acceptConsolidation: async () =>
        ({
          ok: true,
          written: true,
          plan: review.plan,
          applied: { current: [consolidated(after)], replaced: [before], changed: true },
        }) satisfies AcceptOutcome,
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openConsolidation(user);
    await pick(user, file("KK-PEM revisi.xlsx"));

    await screen.findByText("Bagian Pemerintahan (PEM): menggantikan kiriman sebelumnya");
    expect(screen.getByText("Menggantikan KK-PEM lama.xlsx")).toBeInTheDocument();
    const diff = screen.getByRole("table", { name: "Perubahan sel Bagian Pemerintahan (PEM)" });
    const rows = within(diff).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(1);
    // The cell of realisasi TW II on the row the new file holds it (row 15).
    expect(rows[0]).toHaveTextContent(`${col.realisasiTw2}15`);
    expect(within(rows[0]!).getByText("Realisasi TW II")).toBeInTheDocument();
    expect(within(rows[0]!).getByText("Indeks A")).toBeInTheDocument();
    expect(within(rows[0]!).getByText("50 → 60,5")).toBeInTheDocument();
    expect(screen.getByText("1 sel berubah")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Terima dan tulis ke buku kerja" }));
    expect(await screen.findByText("Lembar Data, Analisis, Riwayat dan Log diperbarui.")).toBeInTheDocument();
    expect(screen.getByText("1 kiriman lama disimpan di lembar Riwayat.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /3\. Pengumpulan/ })).toHaveTextContent("selesai");
  });

  it("does not offer to write when the files change nothing", async () => {
    const same = consolidated(pemNew);
    const services = stubServices({
      reviewReturnedFiles: async () => ({ ok: true, review: reviewOf([accepted(pemNew)], [same]) }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openConsolidation(user);
    await pick(user, file("KK-PEM.xlsx"));
    expect(
      await screen.findByText("Bagian Pemerintahan (PEM): sama dengan yang sudah ada (tidak ada perubahan)"),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Terima dan tulis ke buku kerja" })).toBeDisabled();
    expect(
      screen.getByText("Tidak ada yang akan berubah: buku kerja tidak perlu ditulis."),
    ).toBeInTheDocument();
  });

  it("tells the user that a refused write changed nothing, and why", async () => {
    const services = stubServices({
      reviewReturnedFiles: async () => ({ ok: true, review: reviewOf([accepted(pemNew)]) }),
      acceptConsolidation: async () => ({
        ok: false,
        issues: [
          {
            severity: "error",
            code: "consolidate.master.changed",
            message: "Lembar Data berubah sejak berkas ditinjau.",
            sheet: "Data",
            found: "isi yang berbeda",
            expected: "isi yang sama",
          },
        ],
      }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openConsolidation(user);
    await pick(user, file("KK-PEM.xlsx"));
    await user.click(await screen.findByRole("button", { name: "Terima dan tulis ke buku kerja" }));

    expect(await screen.findByText(/tidak ada yang diubah di buku kerja/)).toBeInTheDocument();
    expect(screen.getByText(/Lembar Data berubah sejak berkas ditinjau\./)).toBeInTheDocument();
    expect(screen.getByText("Lembar: Data")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Terima dan tulis ke buku kerja" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Pilih berkas lain" }));
    expect(screen.getByLabelText("Unggah kertas kerja yang dikirim kembali")).toBeInTheDocument();
  });

  it("says nothing was changed when Excel fails during the write", async () => {
    const excelError = Object.assign(new Error("RichApi.Error: The request failed."), { name: "Error" });
    const services = stubServices({
      reviewReturnedFiles: async () => ({ ok: true, review: reviewOf([accepted(pemNew)]) }),
      acceptConsolidation: async () => {
        throw excelError;
      },
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openConsolidation(user);
    await pick(user, file("KK-PEM.xlsx"));
    await user.click(await screen.findByRole("button", { name: "Terima dan tulis ke buku kerja" }));
    expect(
      await screen.findByText("Penulisan gagal. Tidak ada yang diubah di buku kerja."),
    ).toBeInTheDocument();
    expect(screen.getByText(/RichApi\.Error: The request failed\./)).toBeInTheDocument();
    // The master is as it was: accepting may be tried again.
    expect(screen.getByRole("button", { name: "Terima dan tulis ke buku kerja" })).toBeEnabled();
  });

  it("takes dropped files whatever their extension, and Batal starts over", async () => {
    const services = stubServices({
      reviewReturnedFiles: async () => ({ ok: true, review: reviewOf([accepted(pemNew)]) }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openConsolidation(user);
    const zone = screen.getByRole("group", { name: "Daerah taruh berkas kertas kerja" });
    const dropped = [file("KK-PEM.xlsx"), file("catatan.txt", [104, 105])];
    fireEvent.dragOver(zone, { dataTransfer: { files: dropped, dropEffect: "none" } });
    fireEvent.drop(zone, { dataTransfer: { files: dropped } });

    await screen.findByRole("region", { name: "Laporan KK-PEM.xlsx" });
    const [files] = services.reviewReturnedFiles.mock.calls[0] as [File[]];
    expect(files.map((f) => f.name)).toEqual(["KK-PEM.xlsx", "catatan.txt"]);
    await user.click(screen.getByRole("button", { name: "Batal" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "Laporan KK-PEM.xlsx" })).toBeNull());
    expect(services.acceptConsolidation).not.toHaveBeenCalled();
  });

  it("opens the file picker from the keyboard, through the button in the drop zone", async () => {
    const user = userEvent.setup();
    renderPane(<App services={stubServices()} />);
    await openConsolidation(user);
    const input = screen.getByLabelText("Unggah kertas kerja yang dikirim kembali");
    expect(input).toHaveAttribute("multiple");
    const opened = jest.fn();
    input.addEventListener("click", opened);
    const button = within(screen.getByRole("group", { name: "Daerah taruh berkas kertas kerja" })).getByRole(
      "button",
      { name: "Pilih berkas…" },
    );
    button.focus();
    await user.keyboard("{Enter}");
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it("says why the files cannot be judged when there is no setup anywhere", async () => {
    const services = stubServices({
      reviewReturnedFiles: async () => ({
        ok: false,
        issues: [
          {
            severity: "error",
            code: "consolidate.setup.missing",
            message: "Buku kerja master belum memiliki lembar Pengaturan.",
            sheet: "Pengaturan",
          },
        ],
      }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await openConsolidation(user);
    await pick(user, file("x.xlsx"));
    expect(await screen.findByText("Berkas belum dapat diperiksa:")).toBeInTheDocument();
    expect(screen.getByText(/Buku kerja master belum memiliki lembar Pengaturan\./)).toBeInTheDocument();
  });
});
