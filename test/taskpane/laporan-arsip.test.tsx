/** @jest-environment jsdom */
import { createHash } from "node:crypto";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { unzipSync } from "fflate";
import { App } from "../../src/taskpane/App";
import type { ArchiveBuilt } from "../../src/taskpane/archive-view";
import { readFileBytes } from "../../src/taskpane/file-bytes";
import type { LaporanBuilt } from "../../src/taskpane/laporan-view";
import type { SopActOutcome } from "../../src/taskpane/sop-view";
import { OFFICIALS } from "../support/sop-fixture";
import { ARCHIVE_FOLDER, LAPORAN_FILE, archiveOver, consolidatedBook, laporanBuilt } from "./laporan-stubs";
import { XLSX } from "./pane-steps";
import { renderPane } from "./render";
import { parafBy, scheduledView } from "./sop-views";
import { stubServices, type StubServices } from "./stub-services";

type User = ReturnType<typeof userEvent.setup>;

/** What the pane handed to URL.createObjectURL, in order (jsdom has no object URLs). */
let blobs: Blob[];
beforeEach(() => {
  blobs = [];
  Object.assign(URL, {
    createObjectURL: (b: Blob) => {
      blobs.push(b);
      return `blob:stub-${blobs.length}`;
    },
    revokeObjectURL: () => undefined,
  });
});
afterEach(() => {
  const u = URL as unknown as Record<string, unknown>;
  delete u.createObjectURL;
  delete u.revokeObjectURL;
});

async function openSop(services: StubServices, user: User) {
  renderPane(<App services={services} today={new Date(2026, 6, 16, 9, 0)} />);
  await user.click(await screen.findByRole("button", { name: /4\. SOP/ }));
}

const iAm = (user: User, nip: string) => user.selectOptions(screen.getByLabelText(/^Saya adalah/), nip);
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("Susun laporan in the SOP step", () => {
  it("shows the refusal and its reason, and writes nothing", async () => {
    const refusal: LaporanBuilt = {
      ok: false,
      issues: [
        {
          severity: "error",
          code: "laporan.no-data",
          message: 'Laporan tidak dapat disusun: belum ada kertas kerja yang dihimpun ke lembar "Data".',
          sheet: "Data",
        },
      ],
    };
    const services = stubServices({
      loadSop: async () => scheduledView(),
      susunLaporan: async () => refusal,
    });
    const user = userEvent.setup();
    await openSop(services, user);
    const section = await screen.findByRole("region", { name: "Laporan Kinerja (langkah 5)" });
    const build = within(section).getByRole("button", { name: "Susun laporan" });
    expect(build).toBeDisabled();

    await iAm(user, OFFICIALS.kasubag.nip);
    await user.click(build);
    expect(
      await within(section).findByText("Laporan tidak disusun; tidak ada yang ditulis."),
    ).toBeInTheDocument();
    expect(within(section).getByText(refusal.issues[0]!.message)).toBeInTheDocument();
    expect(within(section).queryByRole("link")).not.toBeInTheDocument();
    expect(services.identify).toHaveBeenLastCalledWith(OFFICIALS.kasubag.nip);
    // A refusal changes nothing: the SOP is not read again.
    expect(services.loadSop).toHaveBeenCalledTimes(1);
  });

  it("offers the Word document under its name, shows form, chapters and the parafs it carries, and refreshes the SOP", async () => {
    const docx = new Uint8Array([80, 75, 3, 4, 9, 8, 7, 6]);
    const services = stubServices({
      loadSop: jest
        .fn()
        .mockResolvedValueOnce(scheduledView({ done: [1, 2, 3, 4, 5, 6], paraf: parafBy(true) }))
        .mockResolvedValue(scheduledView({ done: [1, 2, 3, 4, 5, 6], paraf: parafBy(false) })),
      susunLaporan: async () => laporanBuilt(docx),
    });
    const user = userEvent.setup();
    await openSop(services, user);
    const section = await screen.findByRole("region", { name: "Laporan Kinerja (langkah 5)" });
    await iAm(user, OFFICIALS.kasubag.nip);
    await user.click(within(section).getByRole("button", { name: "Susun laporan" }));

    const link = await within(section).findByRole("link", { name: "Unduh dokumen Word (.docx)" });
    expect(link).toHaveAttribute("download", LAPORAN_FILE);
    expect(link).toHaveAttribute("href", "blob:stub-1");
    expect(blobs[0]!.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(await readFileBytes(blobs[0]!)).toEqual(docx);
    expect(within(section).getByText(LAPORAN_FILE)).toBeInTheDocument();

    expect(within(section).getByText("Laporan Kinerja Triwulan II 2026")).toBeInTheDocument();
    expect(within(section).getByText(/Bentuk triwulanan/)).toBeInTheDocument();
    expect(within(section).getByText("Isi: 4 bagian, 12 tabel")).toBeInTheDocument();
    const chapters = within(section).getByRole("list", { name: "Isi" });
    expect(
      within(chapters)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "BAB I PENDAHULUAN · 1 tabel",
      "BAB II PERENCANAAN KINERJA · 2 tabel",
      "BAB III AKUNTABILITAS KINERJA · 9 tabel",
      "BAB IV PENUTUP",
    ]);
    expect(
      within(section).getByText(
        `Paraf (langkah 6): ${OFFICIALS.kabag.nama}, ${OFFICIALS.kabag.jabatan} · Rabu, 29 April 2026 09.15 WITA`,
        { exact: false },
      ),
    ).toHaveTextContent("(berlaku)");
    expect(within(section).getByText("Tanda tangan (langkah 7): belum ada")).toBeInTheDocument();

    // The SOP is read again: the rebuilt Laporan voided the paraf.
    await waitFor(() => expect(services.loadSop).toHaveBeenCalledTimes(2));
    const list = screen.getByRole("list", { name: "Langkah SOP" });
    expect(
      await within(list).findByText(
        "tidak berlaku lagi: isi Data, Analisis atau Laporan berubah sejak diparaf",
      ),
    ).toBeInTheDocument();
    expect(within(section).getByRole("button", { name: "Susun ulang" })).toBeEnabled();
  });
});

describe("Unduh arsip (.zip) in the SOP step", () => {
  it("builds the zip from the picked files, shows what it holds and misses, and marks step 8 with the manifest's SHA-256", async () => {
    const { book, pem, org } = await consolidatedBook();
    const afterMark = scheduledView({ done: [1, 2, 3, 4, 5, 6, 7, 8] });
    const services = stubServices({
      loadSop: async () => scheduledView({ done: [1, 2, 3, 4, 5, 6, 7] }),
      buildArchive: archiveOver(book),
      actOnSop: async () => ({ ok: true, view: afterMark }),
    });
    const user = userEvent.setup();
    await openSop(services, user);
    const section = await screen.findByRole("region", { name: "Arsip (langkah 8)" });
    await iAm(user, OFFICIALS.kasubag.nip);
    const picked = [
      new File([pem.bytes as BlobPart], pem.name, { type: XLSX }),
      new File([org.bytes as BlobPart], "KK ORG (salinan).xlsx", { type: XLSX }),
      new File([new TextEncoder().encode("catatan rapat")], "catatan.xlsx", { type: XLSX }),
    ];
    await user.upload(within(section).getByLabelText("Kertas kerja kembali untuk arsip"), picked);
    expect(within(section).getByText("3 berkas dipilih.")).toBeInTheDocument();
    await user.click(within(section).getByRole("button", { name: "Buat arsip (.zip)" }));

    const link = await within(section).findByRole(
      "link",
      { name: "Unduh arsip (.zip)" },
      { timeout: 15_000 },
    );
    expect(link).toHaveAttribute("download", `${ARCHIVE_FOLDER}.zip`);
    expect(services.buildArchive).toHaveBeenCalledWith(picked, undefined);

    // The zip the link offers: its manifest lists the picked files found by SHA-256 (a renamed one too).
    const zip = unzipSync(await readFileBytes(blobs.at(-1)!));
    const manifestBytes = zip[`${ARCHIVE_FOLDER}/manifest.json`]!;
    const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as {
      files: { path: string; role: string; sha256: string; sourceName?: string }[];
    };
    const kk = manifest.files.filter((f) => f.role === "kertas-kerja");
    expect(kk.map((f) => f.sourceName).sort()).toEqual([pem.name, "KK ORG (salinan).xlsx"].sort());
    expect(kk.map((f) => f.sha256).sort()).toEqual([sha(pem.bytes), sha(org.bytes)].sort());

    const contents = within(section).getByRole("list", { name: "Isi arsip" });
    expect(within(contents).getAllByRole("listitem")).toHaveLength(manifest.files.length);
    expect(within(contents).getByText("Induk.xlsx")).toBeInTheDocument();
    const missing = within(section).getByRole("list", { name: "Tidak ditemukan (2)" });
    expect(within(missing).getByText(LAPORAN_FILE)).toBeInTheDocument();
    const unused = within(section).getByRole("list", { name: "Tidak diarsipkan (1)" });
    expect(within(unused).getByText("catatan.xlsx")).toBeInTheDocument();
    expect(within(section).getByText(sha(manifestBytes))).toBeInTheDocument();

    await user.click(within(section).getByRole("button", { name: "Tandai langkah 8 selesai" }));
    expect(services.actOnSop).toHaveBeenCalledWith({
      kind: "done",
      step: 8,
      nip: OFFICIALS.kasubag.nip,
      archive: {
        manifestSha256: sha(manifestBytes),
        detail: expect.stringContaining(`${ARCHIVE_FOLDER}.zip`),
      },
    });
    expect(
      await within(section).findByText("Langkah 8 selesai; SHA-256 manifest.json tercatat di Log."),
    ).toBeInTheDocument();
    expect(await screen.findByText("Semua langkah SOP selesai.")).toBeInTheDocument();
  }, 30_000);

  it("asks a reason when earlier steps are open, and sends it with the archive", async () => {
    const built: ArchiveBuilt = {
      ok: true,
      bytes: new Uint8Array([80, 75, 5, 6]),
      view: {
        fileName: `${ARCHIVE_FOLDER}.zip`,
        files: [{ path: "Induk.xlsx", role: "Buku kerja induk", bagian: null, size: "4 bita" }],
        missing: [],
        unused: [],
        manifestSha256: "a".repeat(64),
        log: { manifestSha256: "a".repeat(64), detail: "Arsip …" },
      },
    };
    const refusal: SopActOutcome = {
      ok: false,
      issue: {
        severity: "error",
        code: "sop.order.reason-required",
        message: "Langkah 8 diselesaikan sebelum langkah 6, 7 selesai: sebutkan alasannya.",
      },
    };
    const services = stubServices({
      loadSop: async () => scheduledView({ done: [1, 2, 3, 4, 5] }),
      buildArchive: async () => built,
      actOnSop: jest
        .fn<Promise<SopActOutcome>, []>()
        .mockResolvedValueOnce(refusal)
        .mockResolvedValue({ ok: true, view: scheduledView({ done: [1, 2, 3, 4, 5, 8] }) }),
    });
    const user = userEvent.setup();
    await openSop(services, user);
    const section = await screen.findByRole("region", { name: "Arsip (langkah 8)" });
    await iAm(user, OFFICIALS.kasubag.nip);
    await user.click(within(section).getByRole("button", { name: "Buat arsip (.zip)" }));
    expect(services.buildArchive).toHaveBeenCalledWith([], undefined);
    await user.click(await within(section).findByRole("button", { name: "Tandai langkah 8 selesai" }));

    expect(await within(section).findByText(refusal.issue.message)).toBeInTheDocument();
    const mark = within(section).getByRole("button", { name: "Tandai langkah 8 selesai" });
    expect(mark).toBeDisabled();
    await user.type(
      within(section).getByLabelText("Alasan mendahului langkah sebelumnya"),
      "Diserahkan lebih dulu",
    );
    await user.click(mark);
    expect(services.actOnSop).toHaveBeenLastCalledWith({
      kind: "done",
      step: 8,
      nip: OFFICIALS.kasubag.nip,
      reason: "Diserahkan lebih dulu",
      archive: built.view.log,
    });
    expect(await within(section).findByText(/Langkah 8 selesai/)).toBeInTheDocument();
  });

  it("where Excel gives no file, asks for the saved workbook and builds from it", async () => {
    const noFile: ArchiveBuilt = {
      ok: false,
      kind: "no-workbook-file",
      issues: [
        {
          severity: "error",
          code: "arsip.workbook-file",
          message: "Excel ini tidak memberikan berkas buku kerja kepada add-in.",
          found: "berkas buku kerja tidak tersedia",
        },
      ],
    };
    const services = stubServices({
      loadSop: async () => scheduledView(),
      buildArchive: jest.fn<Promise<ArchiveBuilt>, []>().mockResolvedValue(noFile),
    });
    const user = userEvent.setup();
    await openSop(services, user);
    const section = await screen.findByRole("region", { name: "Arsip (langkah 8)" });
    await iAm(user, OFFICIALS.kasubag.nip);
    await user.click(within(section).getByRole("button", { name: "Buat arsip (.zip)" }));

    expect(await within(section).findByText(noFile.issues[0]!.message)).toBeInTheDocument();
    expect(within(section).getByText(/Simpan buku kerja ini \(Ctrl\+S\)/)).toBeInTheDocument();
    const master = new File([new Uint8Array([80, 75])], "Induk.xlsx", { type: XLSX });
    await user.upload(within(section).getByLabelText("Buku kerja induk untuk arsip"), master);
    expect(services.buildArchive).toHaveBeenLastCalledWith([], master);
  });

  it("finishes step 8 from the archive section, not with a bare Selesai", async () => {
    const services = stubServices({ loadSop: async () => scheduledView({ done: [1, 2, 3, 4, 5, 6, 7] }) });
    const user = userEvent.setup();
    await openSop(services, user);
    await screen.findByText("Langkah 8 saat ini");
    expect(screen.queryByRole("button", { name: "Selesai" })).not.toBeInTheDocument();
    expect(screen.getByText(/ditandai selesai di bagian Arsip di bawah/)).toBeInTheDocument();
  });
});
