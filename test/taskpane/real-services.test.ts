import type { WorkbookExporter, WorkbookPort } from "../../src/app/ports";
import type { BagianCode, Kode } from "../../src/domain/types";
import { createAppServices, groupIndicators } from "../../src/taskpane/real-services";
import { makeSetup, smallDpa } from "../support/round-fixture";

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
  it("lists only visible sheets and writes every Bagian's plans through the port", async () => {
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
    await services.writeKertasKerja(prep);
    expect(written).toEqual([prep.kertasKerja.flatMap((k) => k.plans.map((p) => p.name))]);
    expect((await services.exportKertasKerja(prep)).map((o) => o.fileName)).toEqual(
      prep.kertasKerja.map((k) => k.fileName),
    );
  });
});
