/**
 * The master's ledgers on paper and on screen: Data and Riwayat print landscape on the round's
 * paper at full size (so what prints is readable), the header row on every page and the Bagian
 * with the row's number at the left, a band of rows across its pages before the next; their
 * header row carries filter buttons that the sheet's protection leaves usable. LibreOffice prints
 * Data on F4 and keeps the filter when it saves the file again.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATA_COLUMNS, DATA_ROWS, RIWAYAT_EXTRA_COLUMNS } from "../../src/domain/ledger/data-layout";
import { dataSheetPlan } from "../../src/domain/ledger/data-sheet";
import { riwayatSheetPlan } from "../../src/domain/ledger/riwayat-sheet";
import { DEFAULT_RULES } from "../../src/domain/setup/setup-types";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import { columnLetters } from "../../src/sheet/address";
import type { SheetPlan } from "../../src/sheet/plan";
import { S } from "../../src/strings";
import {
  describeWithLibreOffice,
  pdfToPng,
  recalcWithLibreOffice,
  renderPdfWithLibreOffice,
} from "../support/libreoffice";
import { consolidated, indicatorRow, setupWith, submitted } from "../support/submission-fixture";
import { elements, readXlsxParts, sheetFacts } from "../support/xlsx-xml";

const KODES = ["PEM", "ORG"];
const subs = KODES.map((k) =>
  consolidated(
    submitted(
      k,
      Array.from({ length: 12 }, (_, i) =>
        indicatorRow({ key: `4.01.01.2.01.000${(i % 9) + 1}|indikator-${i}~${k}` }),
      ),
    ),
  ),
);

/** The ledger's data rows: everything below the header. */
const lastRow = (plan: SheetPlan) => plan.rows.length;

describe("Data and Riwayat: print setup and filter buttons", () => {
  it.each([
    ["F4 (the default)", undefined, "F4"],
    ["A4 when the round says so", "A4", "A4"],
  ] as const)(
    "print landscape on %s, full size, header row and Bagian repeated, across then down",
    (_t, set, paper) => {
      const setup = setupWith(KODES, "TW2", set ? { rules: { ...DEFAULT_RULES, paperSize: set } } : {});
      const riwayat = riwayatSheetPlan(setup, [
        { replacedAt: "2026-07-10T09:00:00+08:00", replacedBy: "Tim", submission: subs[0]! },
      ]);
      for (const plan of [dataSheetPlan(setup, subs), riwayat]) {
        expect(plan.print).toEqual({
          orientation: "landscape",
          paperSize: paper,
          fitToWidth: false,
          margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
          printTitleRows: `${DATA_ROWS.header}:${DATA_ROWS.header}`,
          printTitleColumns: "A:C",
          pageOrder: "overThenDown",
        });
      }
      // The repeated columns are the Bagian and the row's number.
      expect(DATA_COLUMNS.slice(0, 3)).toEqual(["bagianKode", "bagianNama", "urutan"]);
    },
  );

  it("filter the whole table: the header row's every column, down to the last row", () => {
    const setup = setupWith(KODES);
    const data = dataSheetPlan(setup, subs);
    expect(lastRow(data)).toBe(DATA_ROWS.header + 24);
    expect(data.autoFilter).toBe(
      `A${DATA_ROWS.header}:${columnLetters(DATA_COLUMNS.length - 1)}${lastRow(data)}`,
    );
    expect(data.protection).toBeDefined();
    const riwayat = riwayatSheetPlan(setup, []);
    const width = DATA_COLUMNS.length + RIWAYAT_EXTRA_COLUMNS.length;
    expect(riwayat.autoFilter).toBe(`A${DATA_ROWS.header}:${columnLetters(width - 1)}${DATA_ROWS.header}`);
  });
});

describeWithLibreOffice("Data printed and saved again by LibreOffice", () => {
  let pages: { width: number; height: number; text: string }[] = [];
  let resaved: Awaited<ReturnType<typeof readXlsxParts>>;
  let plan: SheetPlan;

  beforeAll(async () => {
    const out = join(process.cwd(), "test-results");
    await mkdir(out, { recursive: true });
    for (const old of (await readdir(out)).filter((f) => /^data-kertas-.*\.png$/.test(f)))
      await unlink(join(out, old));
    plan = dataSheetPlan(setupWith(KODES), subs);
    const bytes = await plansToXlsx([plan]);
    const work = await mkdtemp(join(tmpdir(), "kk-data-"));
    try {
      const pdf = join(work, "data.pdf");
      await renderPdfWithLibreOffice(bytes, pdf);
      const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
      pages = html
        .split("<page ")
        .slice(1)
        .map((p) => ({
          width: Number(/width="([\d.]+)"/.exec(p)?.[1]),
          height: Number(/height="([\d.]+)"/.exec(p)?.[1]),
          text: [...p.matchAll(/>([^<]*)<\/word>/g)].map((m) => m[1]).join(" "),
        }));
      await pdfToPng(pdf, join(out, "data-kertas"), { dpi: 60 });
      resaved = await readXlsxParts(await recalcWithLibreOffice(bytes));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 120_000);

  it("prints on F4 landscape, the header row on every page", () => {
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(13 * 72, 0);
      expect(page.height).toBeCloseTo(8.5 * 72, 0);
    }
    // Each page shows a header cell of the columns it prints: some column label of the header row.
    const labels = Object.values(S.analysis.data.columns as Record<string, string>);
    for (const page of pages) expect(labels.some((l) => page.text.includes(l))).toBe(true);
  });

  it("keeps the filter buttons and their use under protection when LibreOffice saves the file", () => {
    const name = plan.name;
    expect(elements(resaved.sheetXml(name), "autoFilter")).toEqual([{ ref: plan.autoFilter }]);
    const f = sheetFacts(resaved, name);
    expect(f.isProtected).toBe(true);
    expect(["0", "false"]).toContain(f.protection?.autoFilter);
  });
});
