import type { WorkbookExporter, WorkbookFileReader, WorkbookPort } from "../../../src/app/ports";
import type { BagianCode, Kode } from "../../../src/domain/shared/types";
import { sopStateSheetPlan } from "../../../src/domain/sop/sop-sheet";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/port";
import { localIsoDate } from "../../../src/domain/shared/dates";
import { createAppServices, groupIndicators } from "../../../src/taskpane/root/real-services";
import { makeSetup, smallDpa } from "../../support/round-fixture";
import { at, newRound, NIP_OF_STEP, OFFICIALS } from "../../support/sop-fixture";
import { dataPlan, laporanPlan, sopWorkbook } from "../../support/sop-workbook";

const inputs = (assignments: Record<string, string> = {}) => ({
  setup: makeSetup(),
  dpa: smallDpa(),
  prior: [],
  reviews: {},
  assignments: assignments as Partial<Record<Kode, BagianCode>>,
  generatedAt: "2026-04-01T00:00:00.000Z",
});

describe("groupIndicators (the app's Bagian resolution, arranged for the review step)", () => {
  it("puts each indicator under the Bagian the DPA names, and lists what has none", () => {
    const { groups, unassigned } = groupIndicators(inputs());
    expect(groups.map((g) => [g.bagian.kode, g.items.map((i) => i.indicator.text)])).toEqual([
      [
        "PEM",
        ["Jumlah Laporan Penyelenggaraan Pemerintahan Daerah", "Rata-rata waktu penyelesaian rekomendasi"],
      ],
      [
        "ORG",
        [
          "Nilai SAKIP Sekretariat Daerah",
          "Jumlah Dokumen Evaluasi Kinerja",
          "Persentase rekomendasi LHE yang ditindaklanjuti",
        ],
      ],
    ]);
    expect(groups.map((g) => g.nodes.map((n) => n.kode))).toEqual([
      ["4.01.02.2.01.0001"],
      ["4.01.01.2.13.0003"],
    ]);
    expect(unassigned.map((n) => n.kode)).toEqual(["4.01.02.2.01.0002"]);
  });

  it("follows the user's assignment but keeps the node in the list of choices", () => {
    const { groups, unassigned } = groupIndicators(inputs({ "4.01.02.2.01.0002": "PEM" }));
    expect(groups[0]?.items.map((i) => i.indicator.text)).toContain("Jumlah Rapat Koordinasi");
    expect(unassigned.map((n) => n.kode)).toEqual(["4.01.02.2.01.0002"]);
  });
});

describe("createAppServices", () => {
  it("lists only visible sheets and writes every Bagian's plans and the letters through the port", async () => {
    const written: string[][] = [];
    const port: WorkbookPort = {
      listSheets: async () => [
        { name: "Lembar1", visibility: "visible" },
        { name: "_meta", visibility: "veryHidden" },
      ],
      readSheet: async () => null,
      writeSheets: async (plans) => {
        written.push(plans.map((p) => p.name));
      },
    };
    const exporter: WorkbookExporter = {
      exportWorkbook: async (fileName) => ({ fileName, destination: "x" }),
    };
    const services = createAppServices(port, exporter, () => new Date("2026-04-01T08:00:00Z"));

    expect(await services.listSheets()).toEqual(["Lembar1"]);
    expect(services.now()).toBe("2026-04-01T08:00:00.000Z");
    expect(await services.loadSetup()).toEqual({ setup: null, issues: [] });
    const prep = services.prepareRound(inputs());
    // Not scheduled (no _sop_state): the letters give the setup's deadline.
    expect(await services.writeKertasKerja(prep, makeSetup())).toEqual({
      suratSheet: "Surat",
      letters: 2,
      batasWaktu: "2026-07-15",
      pkSheet: null,
    });
    // One write: the kertas kerja, the letters, and the Log recording the generation.
    expect(written).toEqual([
      [...prep.kertasKerja.flatMap((k) => k.plans.map((p) => p.name)), "Surat", "Log", "_kk_log"],
    ]);
    expect((await services.exportKertasKerja(prep)).map((o) => o.fileName)).toEqual(
      prep.kertasKerja.map((k) => k.fileName),
    );
  });
});

describe("importing a picked file", () => {
  it("reads its bytes through the file reader it is given", async () => {
    const read: Uint8Array[] = [];
    const files: WorkbookFileReader = {
      readWorkbook: async (bytes) => {
        read.push(bytes);
        return { sheets: [] };
      },
    };
    const services = createAppServices(
      XlsxWorkbook.create(),
      { exportWorkbook: jest.fn() },
      undefined,
      files,
    );
    const bytes = new Uint8Array([0x50, 0x4b]);
    const dpa = await services.importDpaFromFile(bytes, "dpa.xlsx");
    const prior = await services.importPriorFromFile(bytes, "lkj.xlsx");
    expect(read).toEqual([bytes, bytes]);
    expect(dpa.issues[0]).toMatchObject({ code: "import.dpa.no-table", file: "dpa.xlsx" });
    expect(prior.issues[0]).toMatchObject({ code: "import.prior.no-table", file: "lkj.xlsx" });
  });
});

describe("writeKertasKerja on a scheduled round", () => {
  it("dates the letters today where the pane runs and gives step 4's planned finish", async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheets([dataPlan([["x"]]), sopStateSheetPlan(newRound())]);
    const clock = new Date(2026, 3, 10, 23, 30);
    const services = createAppServices(book, { exportWorkbook: jest.fn() }, () => clock);
    const prep = services.prepareRound(inputs());
    const written = await services.writeKertasKerja(prep, makeSetup());
    expect(written).toEqual({ suratSheet: "Surat", letters: 2, batasWaktu: "2026-04-17", pkSheet: null });
    const surat = await book.readSheet("Surat");
    const text = (surat?.values.flat() ?? []).filter((v) => typeof v === "string").join("\n");
    expect(text).toContain("10 April 2026");
    expect(text).toContain("17 April 2026");
    expect(localIsoDate(clock)).toBe("2026-04-10");
  });
});

describe("the SOP services (app use cases over an in-memory workbook, then the panel's view)", () => {
  it("schedules, acts with the stated NIP at the clock's moment, and shows a stale paraf", async () => {
    const book = await sopWorkbook([
      dataPlan([
        ["Indikator", "Realisasi"],
        ["Persentase", 80],
      ]),
    ]);
    let clock = new Date(at("2026-04-02 09:00"));
    const services = createAppServices(book, { exportWorkbook: jest.fn() }, () => clock);
    const nip = (step: number) => NIP_OF_STEP[step]!;

    const fresh = await services.loadSop();
    expect(fresh.steps).toBeNull();
    expect(fresh.officials.map((o) => o.nip)).toContain(OFFICIALS.kasubag.nip);

    const scheduled = await services.scheduleSop("2026-04-06", nip(1));
    if (!scheduled.ok) throw new Error(scheduled.issue.message);
    expect(scheduled.view.current?.step.due).toBe("Senin, 6 April 2026 08.00 WITA");
    expect(scheduled.view.current?.who?.nama).toBe(OFFICIALS.kasubag.nama);
    expect(scheduled.view.collection).toMatch(/^0 kertas kerja dibuat\. /);

    const refused = await services.actOnSop({ kind: "done", step: 1, nip: nip(2) });
    expect(refused.ok).toBe(false);

    clock = new Date(at("2026-04-06 10:00"));
    const late = await services.actOnSop({ kind: "done", step: 1, nip: nip(1) });
    if (!late.ok) throw new Error(late.issue.message);
    expect(late.view.steps?.[0]).toMatchObject({ status: "terlambat", done: true, late: "2 jam" });
    expect(late.view.current?.step.no).toBe(2);

    for (const step of [2, 3, 4, 5]) {
      // Step 5's outcome is the draft Laporan: it must exist before the step is done.
      if (step === 5) await book.writeSheets([laporanPlan()]);
      const r = await services.actOnSop({ kind: "done", step, nip: nip(step) });
      expect(r.ok).toBe(true);
    }
    const paraf = await services.actOnSop({ kind: "paraf", step: 6, nip: nip(6) });
    if (!paraf.ok) throw new Error(paraf.issue.message);
    expect(paraf.view.paraf).toMatchObject({ nama: OFFICIALS.kabag.nama, valid: true });
    expect(paraf.view.paraf?.at).toBe("Senin, 6 April 2026 10.00 WITA");

    await book.writeSheets([
      dataPlan([
        ["Indikator", "Realisasi"],
        ["Persentase", 95],
      ]),
    ]);
    const stale = await services.loadSop();
    expect(stale.paraf?.valid).toBe(false);
    const sign = await services.actOnSop({ kind: "sign", step: 7, nip: nip(7) });
    expect(sign.ok ? "recorded" : sign.issue.code).toBe("paraf.stale");
  });
});
