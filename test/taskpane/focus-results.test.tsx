/** @jest-environment jsdom */
/**
 * Steps 1 to 3 end every action with its result in view and focused (a refusal or a failure as
 * much as a success): the prior report read or let go, the returned files read (their verdicts),
 * accepted ("N Bagian dihimpun") or set aside, a failed write of the kertas kerja, the PK. A step
 * opened again does not take the focus back to a result already seen; Tab past the pane's last
 * control is the browser's own (no focusable aria-hidden stand-in).
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { bringIntoView } from "../../src/taskpane/use-reveal";
import { samplePk } from "../support/iku-fixture";
import { accepted, acceptingServices, reviewOf, row, sha, submission } from "./consolidation-stubs";
import { expectResultFocused, openPaneStep, paneOpened } from "./focus-steps";
import { importDpa, itemOf, openStep, xlsxFile } from "./pane-steps";
import { renderPane } from "./render";
import { stubServices } from "./stub-services";

type User = ReturnType<typeof userEvent.setup>;

const ORPHAN = "Bagian untuk 4.01.02.2.01.0002";
const excelFailure = () => Object.assign(new Error("RichApi.Error: The request failed."), { name: "Error" });
const pem = submission("PEM", { name: "KK-PEM.xlsx", sha: sha("a") }, [row("ind-1", "Indeks A", 40, 15)]);

async function pickReturned(user: User) {
  await openPaneStep(user, /^3\. Pengumpulan/);
  await user.upload(
    screen.getByLabelText("Unggah kertas kerja yang dikirim kembali"),
    xlsxFile("KK-PEM.xlsx"),
  );
}

describe("step 1: the prior report", () => {
  it("a failed read, the values read, then let go: each answer has the focus", async () => {
    const services = stubServices({
      importPriorFromFile: jest
        .fn()
        .mockRejectedValueOnce(Object.assign(new Error("Berkas LK.xls bukan .xlsx."), { name: "XlsxError" }))
        .mockResolvedValue({ values: [], issues: [] }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await paneOpened();
    await openStep(user, /Laporan sebelumnya/);
    const input = () => within(itemOf(/Laporan sebelumnya/)).getByLabelText("Unggah berkas .xlsx");
    await user.upload(input(), xlsxFile("LK.xls"));
    await expectResultFocused("Berkas LK.xls bukan .xlsx.");
    await user.upload(input(), xlsxFile("LK-TW1.xlsx"));
    await expectResultFocused("0 nilai realisasi terbaca.", "Berkas LK.xls");
    await user.click(screen.getByRole("button", { name: "Jangan pakai laporan sebelumnya" }));
    await expectResultFocused(/^Laporan sebelumnya tidak dipakai/);
  });
});

describe("step 3: the returned files", () => {
  it("the verdicts of the files read, then the accepted result, then the picker again", async () => {
    const services = stubServices({
      ...acceptingServices(pem),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await paneOpened();
    await pickReturned(user);
    await expectResultFocused(/1 diterima \(0 dengan catatan\) · 0 ditolak.*KK-PEM\.xlsx.*Diterima/);
    expect(document.activeElement).not.toHaveTextContent("Terima dan tulis ke buku kerja");

    await user.click(screen.getByRole("button", { name: "Terima dan tulis ke buku kerja" }));
    await expectResultFocused("1 Bagian dihimpun; lembar Data kini memuat 1 Bagian.", /diterima \(0/);

    await user.click(screen.getByRole("button", { name: "Pilih berkas lain" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Pilih berkas…" })).toHaveFocus());
  });

  it("a refused write, a failed read and files that cannot be judged", async () => {
    const services = stubServices({
      reviewReturnedFiles: jest
        .fn()
        .mockResolvedValueOnce({ ok: true, review: reviewOf([accepted(pem)]) })
        .mockRejectedValueOnce(excelFailure())
        .mockResolvedValueOnce({
          ok: false,
          issues: [{ severity: "error", code: "consolidate.setup.missing", message: "Tanpa Pengaturan." }],
        }),
      acceptConsolidation: async () => ({
        ok: false,
        issues: [{ severity: "error", code: "consolidate.master.changed", message: "Data berubah." }],
      }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await paneOpened();
    await pickReturned(user);
    await user.click(await screen.findByRole("button", { name: "Terima dan tulis ke buku kerja" }));
    await expectResultFocused(/tidak ada yang diubah di buku kerja.*Data berubah\./);

    const input = () => screen.getByLabelText("Unggah kertas kerja yang dikirim kembali");
    await user.click(screen.getByRole("button", { name: "Pilih berkas lain" }));
    await user.upload(input(), xlsxFile("KK-PEM.xlsx"));
    await expectResultFocused(/RichApi\.Error/);
    await user.upload(input(), xlsxFile("x.xlsx"));
    await expectResultFocused(/Berkas belum dapat diperiksa:.*Tanpa Pengaturan\./);
  });

  it("a failed accept has the focus, and Terima stays for another try", async () => {
    const services = stubServices({
      reviewReturnedFiles: async () => ({ ok: true, review: reviewOf([accepted(pem)]) }),
      acceptConsolidation: async () => {
        throw excelFailure();
      },
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await paneOpened();
    await pickReturned(user);
    await user.click(await screen.findByRole("button", { name: "Terima dan tulis ke buku kerja" }));
    await expectResultFocused(/RichApi\.Error.*Penulisan gagal\. Tidak ada yang diubah di buku kerja\./);
    expect(screen.getByRole("button", { name: "Terima dan tulis ke buku kerja" })).toBeEnabled();
  });

  it("the step closed and opened again does not take the focus back to its result", async () => {
    const services = stubServices({
      reviewReturnedFiles: async () => ({ ok: true, review: reviewOf([accepted(pem)]) }),
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await paneOpened();
    await pickReturned(user);
    await expectResultFocused(/0 ditolak/);
    const header = screen.getByRole("button", { name: /3\. Pengumpulan/ });
    await user.click(header);
    await user.click(header);
    expect(await screen.findByRole("region", { name: "Laporan KK-PEM.xlsx" })).toBeInTheDocument();
    expect(header).toHaveFocus();
  });
});

describe("step 2 and the PK", () => {
  it("a failed write of the kertas kerja has the focus", async () => {
    const services = stubServices({
      writeKertasKerja: async () => {
        throw excelFailure();
      },
    });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await paneOpened();
    await importDpa(user);
    await user.selectOptions(screen.getByLabelText(ORPHAN), "PEM");
    await openStep(user, /Buat & ekspor/);
    await user.click(screen.getByRole("button", { name: "Buat kertas kerja di buku kerja ini" }));
    await expectResultFocused(/RichApi\.Error/);
  });

  it("the PK read from a file, then written to its sheet", async () => {
    const services = stubServices({ importPkFromFile: async () => ({ pk: samplePk(), issues: [] }) });
    const user = userEvent.setup();
    renderPane(<App services={services} />);
    await paneOpened();
    await openStep(user, /Impor DPA/);
    await user.upload(screen.getByLabelText("Unggah berkas Perjanjian Kinerja"), xlsxFile("PK-2026.xlsx"));
    await expectResultFocused(/PK 2026 · 2 sasaran · 4 IKU/);
    await user.click(screen.getByRole("button", { name: "Tulis ke lembar Perjanjian Kinerja" }));
    await expectResultFocused(/PK ditulis ke lembar Perjanjian Kinerja\./);
  });
});

describe("the pane's edges", () => {
  it("Tab past the last step header leaves the page without a focusable aria-hidden stand-in", async () => {
    const inserted: Element[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        for (const n of Array.from(r.addedNodes))
          if (n instanceof Element && n.getAttribute("aria-hidden") === "true" && n.hasAttribute("tabindex"))
            inserted.push(n);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const user = userEvent.setup();
    renderPane(<App services={stubServices()} />);
    await paneOpened();
    screen.getByRole("button", { name: /4\. SOP/ }).focus();
    await user.tab();
    await new Promise((r) => setTimeout(r, 20));
    observer.disconnect();
    expect(inserted).toEqual([]);
  });

  it("brings a result's top into view: not when it is in view, to its top when that is hidden", () => {
    const el = document.createElement("div");
    const scroll = jest.fn();
    el.scrollIntoView = scroll;
    const at = (top: number, height: number) =>
      jest
        .spyOn(el, "getBoundingClientRect")
        .mockReturnValue({ top, bottom: top + height, height } as DOMRect);
    const viewport = window.innerHeight;
    at(100, 50);
    bringIntoView(el);
    expect(scroll).not.toHaveBeenCalled();
    at(viewport + 40, 100);
    bringIntoView(el);
    expect(scroll).toHaveBeenLastCalledWith({ block: "nearest" });
    at(-300, 100);
    bringIntoView(el);
    expect(scroll).toHaveBeenLastCalledWith({ block: "start" });
    at(viewport - 10, viewport * 2);
    bringIntoView(el);
    expect(scroll).toHaveBeenLastCalledWith({ block: "start" });
  });
});
