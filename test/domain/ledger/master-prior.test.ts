/**
 * A master's Data sheet read as a prior report: one value per reported quarter (never the s.d.
 * sum), last year's realisasi, the annual realisasi of a TW IV or Tahunan master, each with its
 * Data cell and provenance; and the refusals, each naming file, sheet, cell, found and expected.
 */
import { dataSheetPlan } from "../../../src/domain/ledger/data-sheet";
import {
  masterRoundRefusal,
  masterSheetsOf,
  readMasterPrior,
  type PriorRound,
} from "../../../src/domain/ledger/master-prior";
import { setupSheetPlan } from "../../../src/domain/setup/setup";
import { makeIndicatorKeys } from "../../../src/domain/shared/kode";
import type { Kode, Periode, PriorValue } from "../../../src/domain/shared/types";
import type { CellValue, SheetSnapshot } from "../../../src/sheet/plan";
import { S } from "../../../src/strings";
import { snapshotOfPlan } from "../../support/plan-snapshot";
import { kode } from "../../support/round-fixture";
import { indicatorRow, setupWith, submission } from "../../support/submission-fixture";

const SUB = kode("4.01.01.2.01.0001");
const [K1, K2] = makeIndicatorKeys(SUB, ["Jumlah Dokumen Perencanaan", "Nilai Evaluasi Kinerja"]);
const INSTANSI = "Sekretariat Daerah Kabupaten Tapin";
const FILE = "Induk-TW2.xlsx";

/** A master of `periode` 2026 (unless told) with one Bagian's two indicators. */
function master(periode: Periode, over: { tahun?: number; instansi?: string; rows?: boolean } = {}) {
  const tahun = over.tahun ?? 2026;
  const setup = setupWith(["ORG"], periode, { tahun, instansi: over.instansi ?? INSTANSI });
  const rows = [
    indicatorRow({
      key: K1!,
      indikator: "Jumlah Dokumen Perencanaan",
      subKegiatanKode: SUB,
      aggregation: "kumulatif",
      targetTahunan: 12,
      targetTw: [3, 3, 3, 3],
      realisasiLalu: 9,
      realisasiTw: [2, 4, null, 5],
      sheet: "KK Organisasi",
      cells: "M14:AA14",
    }),
    indicatorRow({
      key: K2!,
      indikator: "Nilai Evaluasi Kinerja",
      subKegiatanKode: SUB,
      aggregation: "nilai-akhir",
      targetTahunan: 80,
      targetTw: [70, 75, 78, 80],
      realisasiTw: [68, 74.5, 79, null],
    }),
  ];
  const sub = submission("ORG", over.rows === false ? [] : rows, {
    tahun,
    periode,
    instansi: setup.instansi,
  });
  return [setupSheetPlan(setup), dataSheetPlan(setup, [sub])].map(snapshotOfPlan);
}

const round = (periode: Periode, tahun = 2026, instansi: string | null = INSTANSI): PriorRound => ({
  instansi,
  tahun,
  periode,
});
const read = (sheets: SheetSnapshot[], r?: PriorRound) => readMasterPrior(masterSheetsOf(sheets, FILE)!, r);
const cellValue = (sheet: SheetSnapshot, a1: string): CellValue => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.values[Number(m[2]) - 1]?.[col] ?? null;
};
const brief = (v: PriorValue) => [v.indicatorText.split(" ")[0], v.tahun, v.periode, v.realisasi];

describe("a master as the prior report", () => {
  it("recognises a master by its Data or Pengaturan sheet, and nothing else", () => {
    const sheets = master("TW2");
    expect(masterSheetsOf(sheets, FILE)).toMatchObject({ file: FILE });
    expect(masterSheetsOf([sheets[0]!], FILE)).toMatchObject({ data: null });
    const plain: SheetSnapshot = { name: "Data", visibility: "visible", values: [["Kode", "Realisasi"]] };
    expect(masterSheetsOf([plain], FILE)).toBeNull();
  });

  it("carries each reported quarter as that quarter's value, and last year's realisasi", () => {
    const result = read(master("TW2"), round("TW3"));
    expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(result.master).toEqual({ instansi: INSTANSI, tahun: 2026, periode: "TW2", file: FILE });
    // TW2: quarters 1–2 only; 9 is the 2025 annual carried on; never a sum of quarters.
    expect(result.values.map(brief)).toEqual([
      ["Jumlah", 2026, "TW1", 2],
      ["Jumlah", 2026, "TW2", 4],
      ["Jumlah", 2025, "TAHUNAN", 9],
      ["Nilai", 2026, "TW1", 68],
      ["Nilai", 2026, "TW2", 74.5],
    ]);
    expect(result.values.map((v) => v.target)).toEqual([3, 3, null, 70, 75]);
  });

  it("says where each value was read (the Data cell holds it) and where it was consolidated from", () => {
    const sheets = master("TW2");
    const data = sheets[1]!;
    for (const v of read(sheets, round("TW3")).values) {
      expect(v.source).toMatchObject({ file: FILE, sheet: "Data" });
      expect(cellValue(data, v.source.cell!)).toBe(v.realisasi);
      expect(Number(v.source.cell!.replace(/^[A-Z]+/, ""))).toBe(v.source.row);
    }
    const first = read(sheets, round("TW3")).values[0]!;
    expect(first.provenance).toEqual({
      master: { instansi: INSTANSI, tahun: 2026, periode: "TW2", file: FILE },
      bagian: { kode: "ORG", nama: "Bagian ORG" },
      berkas: "kertas-kerja-ORG.xlsx",
      sha256: "org".padEnd(64, "0"),
      lembar: "KK Organisasi",
      sel: "M14:AA14",
      diimporPada: "2026-07-16T08:00:00+08:00",
    });
  });

  it("gives a TW IV or Tahunan master's annual realisasi: the sum (kumulatif), the latest (nilai akhir)", () => {
    for (const periode of ["TW4", "TAHUNAN"] as const) {
      const result = read(master(periode, { tahun: 2025 }), round("TW1", 2026));
      const annual = result.values.filter((v) => v.periode === "TAHUNAN" && v.tahun === 2025);
      expect(annual.map(brief)).toEqual([
        ["Jumlah", 2025, "TAHUNAN", 11],
        ["Nilai", 2025, "TAHUNAN", 79],
      ]);
      expect(annual[0]!.source.cell!.split(",")).toHaveLength(4);
      // For a round of 2026, that is all it uses; read for no round, the quarters and 2024's come too.
      expect(result.values).toEqual(annual);
      const everything = read(master(periode, { tahun: 2025 }));
      expect(everything.values.filter((v) => v.tahun === 2024).map(brief)).toEqual([
        ["Jumlah", 2024, "TAHUNAN", 9],
      ]);
      expect(everything.values.filter((v) => v.periode !== "TAHUNAN")).toHaveLength(6);
    }
  });

  it("refuses a master of another instansi, naming Pengaturan's cell", () => {
    const result = read(master("TW1", { instansi: "Sekretariat DPRD Kabupaten Tapin" }), round("TW2"));
    expect(result.values).toEqual([]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "prior.master.instansi",
        file: FILE,
        sheet: "Pengaturan",
        cell: "B4",
        found: "Sekretariat DPRD Kabupaten Tapin",
        expected: S.priorMaster.instansiExpected(INSTANSI),
      }),
    ]);
    expect(result.issues[0]!.message).toContain("milik instansi lain");
    // A round that names no instansi takes the master's; spacing and case do not matter.
    expect(read(master("TW1"), round("TW2", 2026, null)).values).not.toEqual([]);
    expect(
      read(master("TW1"), round("TW2", 2026, "  sekretariat daerah  KABUPATEN tapin")).values,
    ).not.toEqual([]);
  });

  it.each([
    ["the same round", "TW2", 2026, "TW2", 2026, "prior.master.not-earlier", "B6"],
    ["a later quarter", "TW3", 2026, "TW2", 2026, "prior.master.not-earlier", "B6"],
    ["Tahunan before TW IV", "TAHUNAN", 2026, "TW4", 2026, "prior.master.not-earlier", "B6"],
    ["a later year", "TW1", 2027, "TW4", 2026, "prior.master.not-earlier", "B5"],
    ["two years before", "TW4", 2024, "TW1", 2026, "prior.master.too-old", "B5"],
    ["last year's TW III", "TW3", 2025, "TW1", 2026, "prior.master.not-year-end", "B6"],
  ] as const)("refuses %s", (_name, mp, mt, rp, rt, code, cell) => {
    const result = read(master(mp, { tahun: mt }), round(rp, rt));
    expect(result.values).toEqual([]);
    expect(result.master).toMatchObject({ tahun: mt, periode: mp });
    const [issue] = result.issues;
    expect(issue).toMatchObject({ severity: "error", code, file: FILE, sheet: "Pengaturan", cell });
    expect(issue!.found).toBe(S.priorMaster.round(mt, mp));
    expect(issue!.expected).toMatch(/^induk /);
    expect(issue!.message).toContain(FILE);
  });

  it("accepts every earlier round of the year, and last year's TW IV or Tahunan", () => {
    const ok: [Periode, number, Periode, number][] = [
      ["TW1", 2026, "TW2", 2026],
      ["TW1", 2026, "TW4", 2026],
      ["TW3", 2026, "TAHUNAN", 2026],
      ["TW4", 2026, "TAHUNAN", 2026],
      ["TW4", 2025, "TW1", 2026],
      ["TAHUNAN", 2025, "TW3", 2026],
    ];
    for (const [mp, mt, rp, rt] of ok) {
      const id = { instansi: INSTANSI, tahun: mt, periode: mp };
      expect(masterRoundRefusal(id, round(rp, rt), FILE)).toBeNull();
    }
  });

  it("takes the master's round from Data when Pengaturan is missing, and says so", () => {
    const [, data] = master("TW1");
    const result = read([data!], round("TW2"));
    expect(result.values).toHaveLength(3);
    expect(result.issues.map((i) => i.code)).toEqual([
      "prior.master.setup-from-data",
      "prior.master.carried",
    ]);
    const refused = read([data!], round("TW1"));
    expect(refused.issues[1]).toMatchObject({ code: "prior.master.not-earlier", sheet: "Data" });
    expect(refused.issues[1]!.cell).toMatch(/^[A-Z]+6$/);
  });

  it("refuses a master without Data, and one with nothing consolidated", () => {
    const [pengaturan] = master("TW1");
    expect(read([pengaturan!], round("TW2")).issues).toEqual([
      expect.objectContaining({ severity: "error", code: "prior.master.no-data", file: FILE }),
    ]);
    const empty = read(master("TW1", { rows: false }), round("TW2"));
    expect(empty.values).toEqual([]);
    expect(empty.issues.map((i) => i.code)).toEqual(["prior.master.empty"]);
  });

  it("passes over a submission of another round than the master's, and a row without a DPA kode or IKU key", () => {
    const setup = setupWith(["ORG", "PEM"], "TW1", { instansi: INSTANSI });
    const row = indicatorRow({ key: K1!, indikator: "Jumlah", realisasiTw: [5, null, null, null] });
    const iku = indicatorRow({
      key: "IKU:1:nilai-sakip~abc",
      indikator: "Nilai SAKIP",
      programKode: "SS.1" as Kode,
      realisasiTw: [60, null, null, null],
    });
    const stray = indicatorRow({
      key: "catatan|lain",
      indikator: "Lain",
      realisasiTw: [7, null, null, null],
    });
    const subs = [
      submission("ORG", [row, iku, stray], { periode: "TW1", instansi: INSTANSI }),
      submission("PEM", [row], { periode: "TW2", instansi: INSTANSI }),
    ];
    const sheets = [setupSheetPlan(setup), dataSheetPlan(setup, subs)].map(snapshotOfPlan);
    const result = read(sheets, round("TW3"));
    expect(result.values.map(brief)).toEqual([
      ["Jumlah", 2026, "TW1", 5],
      ["Nilai", 2026, "TW1", 60],
    ]);
    // The IKU is carried by its key, under its sasaran's kode.
    expect(result.values[1]).toMatchObject({ ikuKey: "IKU:1:nilai-sakip~abc", kode: "SS.1" });
    expect(result.values[0]!.ikuKey).toBeUndefined();
    const other = result.issues.find((i) => i.code === "prior.master.row-other-round");
    expect(other).toMatchObject({
      severity: "warning",
      sheet: "Data",
      found: expect.stringContaining("Triwulan II"),
    });
    expect(result.issues.some((i) => i.code === "prior.master.without-kode")).toBe(true);
  });
});
