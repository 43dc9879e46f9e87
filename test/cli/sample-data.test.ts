import {
  buildSampleDpaPlan,
  buildSamplePriorPlan,
  SAMPLE_BAGIAN,
  SAMPLE_FAULTY_ROWS,
  sampleDpaRows,
  samplePriorRows,
} from "../../src/demo";
import { readDpa } from "../../src/domain/inputs/dpa-reader";
import { readPriorReport } from "../../src/domain/inputs/prior-reader";
import { snapshotOf } from "./support";

describe("sample DPA", () => {
  const rows = sampleDpaRows();
  const subs = rows.filter((r) => r.level === "subkegiatan");

  it("is a Setda DPA of realistic size", () => {
    expect(rows.filter((r) => r.level === "program").map((r) => r.kode)).toEqual([
      "4.01.01",
      "4.01.02",
      "4.01.03",
    ]);
    expect(subs.length).toBeGreaterThanOrEqual(30);
    expect(new Set(subs.map((s) => s.bagian)).size).toBeGreaterThanOrEqual(8);
    for (const s of subs) {
      expect(s.kode).toMatch(/^4\.01\.0[1-3]\.2\.\d{2}\.\d{4}$/);
      expect(s.indicators.length).toBeGreaterThanOrEqual(1);
      expect(s.indicators.length).toBeLessThanOrEqual(3);
      expect(s.pagu).toBeGreaterThanOrEqual(10_000_000);
    }
    const all = rows.flatMap((r) => r.indicators);
    expect(all.filter((i) => i.polarity === "negatif").length).toBeGreaterThanOrEqual(3);
    expect(all.filter((i) => i.aggregation === "persentase").length).toBeGreaterThanOrEqual(3);
    expect(all.some((i) => i.jenis === "Capaian Program")).toBe(true);
    expect(all.some((i) => i.jenis === "Hasil")).toBe(true);
  });

  it("reads back through the DPA reader, with exactly the faulty rows reported", () => {
    const { dpa, issues } = readDpa(snapshotOf(buildSampleDpaPlan()), "dpa.xlsx");
    const read = dpa.nodes.filter((n) => n.level === "subkegiatan");
    // The ambiguous-pagu row is kept (pagu emptied); the bad-code row is dropped.
    expect(read).toHaveLength(subs.length + 1);
    for (const s of subs) {
      const node = read.find((n) => n.kode === s.kode);
      expect(node?.pagu).toBe(s.pagu);
      expect(node?.bagian).toBe(s.bagian);
      expect(node?.indicators.map((i) => [i.text, i.targetTahunan, i.satuan])).toEqual(
        s.indicators.map((i) => [i.tolokUkur, i.target, i.satuan]),
      );
      expect(node?.indicators.map((i) => i.polarity ?? "positif")).toEqual(
        s.indicators.map((i) => i.polarity),
      );
      expect(node?.indicators.map((i) => i.aggregation ?? "kumulatif")).toEqual(
        s.indicators.map((i) => i.aggregation),
      );
    }
    const serious = issues.filter((i) => i.severity !== "info");
    expect(serious.map((i) => [i.code, i.found])).toEqual([
      ["dpa.row.bad-pagu", SAMPLE_FAULTY_ROWS[1].pagu],
      ["dpa.row.bad-kode", SAMPLE_FAULTY_ROWS[0].kode],
    ]);
    expect(Object.values(SAMPLE_BAGIAN)).toEqual(
      expect.arrayContaining([...new Set(subs.map((s) => s.bagian))]),
    );
  });
});

describe("sample prior report", () => {
  it("reads back: TW I 2026 for most indicators, 2025 annual for many", () => {
    const { values, issues } = readPriorReport(snapshotOf(buildSamplePriorPlan()), "prior.xlsx");
    const rows = samplePriorRows();
    expect(values).toHaveLength(rows.length);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const indicators = sampleDpaRows().reduce((n, r) => n + r.indicators.length, 0);
    expect(values.filter((v) => v.periode === "TW1" && v.tahun === 2026).length).toBeGreaterThan(
      indicators * 0.7,
    );
    expect(values.filter((v) => v.periode === "TAHUNAN" && v.tahun === 2025).length).toBeGreaterThan(
      indicators * 0.4,
    );
    expect(rows.filter((r) => r.unmatched)).toHaveLength(2);
    expect(values.map((v) => v.realisasi)).toEqual(rows.map((r) => r.realisasi));
  });
});
