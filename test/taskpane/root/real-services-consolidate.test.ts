/**
 * The pane's consolidation services over real returned files and an in-memory master: browser
 * Files become lazy sources, progress names each file as it is read, nothing is written before
 * accepting, and the write carries the stated official and the clock's moment.
 */
import type { WorkbookExporter } from "../../../src/app/ports";
import { createAppServices } from "../../../src/taskpane/root/real-services";
import { returnedSources } from "../../../src/taskpane/root/returned-sources";
import type { ReadProgress } from "../../../src/taskpane/services";
import { returned, roundMaster, snapshotAll } from "../../support/consolidation-fixture";
import { makeSetup } from "../../support/round-fixture";

const exporter: WorkbookExporter = { exportWorkbook: async (fileName) => ({ fileName, destination: "x" }) };
/** 16 July 2026 09.00 WITA. */
const clock = () => new Date("2026-07-16T01:00:00.000Z");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("createAppServices: consolidation", () => {
  it("reads picked files one by one with progress, writes nothing until accepted, then writes as the stated NIP", async () => {
    const master = await roundMaster();
    const [pem, org] = await Promise.all([returned("PEM"), returned("ORG")]);
    const saved = Date.UTC(2026, 6, 9, 1, 30);
    const files = [
      new File([pem.bytes as BlobPart], pem.name, { type: XLSX, lastModified: saved }),
      new File([org.bytes as BlobPart], org.name, { type: XLSX, lastModified: saved }),
      new File([new TextEncoder().encode("Laporan, bukan buku kerja")], "catatan.xlsx", {
        lastModified: saved,
      }),
    ];
    const services = createAppServices(master, exporter, clock);
    const kepala = makeSetup().bagian[0]!.kepala;
    services.identify(kepala.nip);
    const before = await snapshotAll(master);

    const progress: ReadProgress[] = [];
    const outcome = await services.reviewReturnedFiles(files, (p) => progress.push(p));
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join("; "));
    const { review } = outcome;
    expect(progress).toEqual([
      { done: 0, total: 3, current: null },
      { done: 0, total: 3, current: pem.name },
      { done: 1, total: 3, current: null },
      { done: 1, total: 3, current: org.name },
      { done: 2, total: 3, current: null },
      { done: 2, total: 3, current: "catatan.xlsx" },
      { done: 3, total: 3, current: null },
    ]);
    expect(review.assessments.map((a) => [a.file.name, a.verdict === "rejected"])).toEqual([
      [pem.name, false],
      [org.name, false],
      ["catatan.xlsx", true],
    ]);
    expect(review.assessments[2]!.issues.map((i) => i.code)).toEqual(["returned.file.not-xlsx"]);
    expect(review.plan.proposals.map((p) => [p.bagian, p.kind])).toEqual([
      ["PEM", "new"],
      ["ORG", "new"],
    ]);
    expect(await snapshotAll(master)).toEqual(before);

    const accepted = await services.acceptConsolidation(review, {});
    if (!accepted.ok) throw new Error(accepted.issues.map((i) => i.message).join("; "));
    expect(accepted.written).toBe(true);
    const data = await master.readSheet("Data");
    const texts = (data?.values.flat() ?? []).filter((v): v is string => typeof v === "string");
    expect(texts).toContain(`${kepala.nama} (NIP ${kepala.nip})`);
    expect(texts).toContain("2026-07-16T09:00:00+08:00");
    expect(texts).toEqual(expect.arrayContaining([pem.name, org.name]));
    expect(texts).not.toContain("catatan.xlsx");
  });
});

describe("returnedSources", () => {
  const picked = (over: Partial<File> & { arrayBuffer: () => Promise<ArrayBuffer> }): File =>
    ({ name: "KK Bagian Umum.xlsx", size: 1000, lastModified: Date.UTC(2026, 6, 9), ...over }) as File;

  it("refuses a file over the size limit without reading its bytes", async () => {
    const arrayBuffer = jest.fn(async () => new ArrayBuffer(0));
    const [source] = returnedSources([picked({ size: 21 * 1024 * 1024, arrayBuffer })]);
    const read = await source!.read();
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((i) => [i.code, i.file])).toEqual([
      ["returned.file.too-large", "KK Bagian Umum.xlsx"],
    ]);
    expect(read.file).toEqual({
      name: "KK Bagian Umum.xlsx",
      sha256: "",
      size: 21 * 1024 * 1024,
      savedAt: "2026-07-09T00:00:00.000Z",
    });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it("turns a file the browser cannot read into a rejected read naming it", async () => {
    const [source] = returnedSources([
      picked({ arrayBuffer: () => Promise.reject(new Error("NotReadableError")) }),
    ]);
    const read = await source!.read();
    if (read.ok) throw new Error("read");
    expect(read.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "returned.file.unreadable",
        file: "KK Bagian Umum.xlsx",
        message: expect.stringContaining("KK Bagian Umum.xlsx"),
      }),
    ]);
  });
});
