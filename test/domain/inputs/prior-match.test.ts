import fc from "fast-check";
import { makeIndicatorKeys } from "../../../src/domain/shared/kode";
import { matchPrior } from "../../../src/domain/inputs/prior-match";
import type { Dpa, DpaIndicator, DpaNode, Kode, Periode, PriorValue } from "../../../src/domain/shared/types";

function must<T>(v: T | undefined): T {
  if (v === undefined) throw new Error("missing test value");
  return v;
}

const src = (row: number) => ({ sheet: "DPA", row, cell: `C${row}` });

function node(kode: string, texts: string[]): DpaNode {
  const keys = makeIndicatorKeys(kode as Kode, texts);
  const indicators: DpaIndicator[] = texts.map((text, i) => ({
    key: must(keys[i]),
    text,
    jenis: null,
    satuan: "Dokumen",
    targetTahunan: 1,
    targetText: null,
    targetTw: null,
    polarity: null,
    aggregation: null,
    source: src(10 + i),
  }));
  return {
    level: "subkegiatan",
    kode: kode as Kode,
    name: kode,
    pagu: null,
    bagian: null,
    indicators,
    source: src(10),
  };
}

let row = 0;
function prior(
  kode: string,
  text: string,
  realisasi: number,
  periode: Periode = "TW1",
  tahun: number | null = 2026,
): PriorValue {
  row += 1;
  return {
    kode: kode as Kode,
    indicatorText: text,
    tahun,
    periode,
    realisasi,
    target: null,
    source: { file: "lalu.xlsx", sheet: "Realisasi", row, cell: `D${row}` },
  };
}

const SUB1 = "4.01.01.2.01.0001";
const SUB6 = "4.01.01.2.01.0006";
const dpa: Dpa = {
  sheet: "DPA",
  nodes: [
    node(SUB1, ["Jumlah Dokumen Perencanaan Perangkat Daerah", "Persentase dokumen tepat waktu (%)"]),
    node(SUB6, ["Jumlah Laporan Capaian Kinerja"]),
    node("4.01.02.2.01.0001", ["Jumlah dokumen", "Jumlah dokumen"]),
  ],
};
const [ind1, ind2] = must(dpa.nodes[0]).indicators.map((i) => i.key);
const [ind6] = must(dpa.nodes[1]).indicators.map((i) => i.key);
const [dup1, dup2] = must(dpa.nodes[2]).indicators.map((i) => i.key);

test("matches by code and indicator text, whatever the case and punctuation", () => {
  const a = prior(SUB1, "jumlah dokumen perencanaan perangkat daerah.", 1);
  const b = prior(SUB1, "JUMLAH DOKUMEN PERENCANAAN PERANGKAT DAERAH", 4, "TAHUNAN", 2025);
  const c = prior(SUB1, "Persentase dokumen tepat waktu %", 90);
  const m = matchPrior(dpa, [a, b, c], 2026);
  expect(m.byKey.get(must(ind1))).toEqual([a, b]);
  expect(m.byKey.get(must(ind2))).toEqual([c]);
  expect(m.unmatchedPrior).toEqual([]);
  expect(m.withoutPrior.map((i) => i.key)).toEqual([ind6, dup1, dup2]);
  expect(m.issues.map((i) => [i.severity, i.code])).toEqual([
    ["info", "prior.match.without-prior"],
    ["info", "prior.match.without-prior"],
    ["info", "prior.match.without-prior"],
  ]);
});

test("a repeated text goes to the indicators in order; one too many is unmatched", () => {
  const a = prior("4.01.02.2.01.0001", "Jumlah dokumen", 1);
  const b = prior("4.01.02.2.01.0001", "Jumlah dokumen", 2);
  const c = prior("4.01.02.2.01.0001", "Jumlah dokumen", 3);
  const m = matchPrior(dpa, [a, b, c], 2026);
  expect(m.byKey.get(must(dup1))).toEqual([a]);
  expect(m.byKey.get(must(dup2))).toEqual([b]);
  expect(m.unmatchedPrior).toEqual([c]);
  expect(m.issues.filter((i) => i.severity === "warning").map((i) => [i.code, i.row, i.file])).toEqual([
    ["prior.match.surplus", c.source.row, "lalu.xlsx"],
  ]);
});

test("fallback: one indicator on each side under the same code, with a warning", () => {
  const a = prior(SUB6, "Jumlah laporan kinerja", 1);
  const b = prior(SUB6, "Jumlah laporan kinerja", 5, "TAHUNAN", 2025);
  const m = matchPrior(dpa, [a, b], 2026);
  expect(m.byKey.get(must(ind6))).toEqual([a, b]);
  const warning = m.issues.find((i) => i.code === "prior.match.fallback");
  expect(warning).toMatchObject({ severity: "warning", row: a.source.row, sheet: "Realisasi" });
  expect(warning?.message).toContain("Jumlah Laporan Capaian Kinerja");
});

test("no fallback when the node has several indicators or the prior names several texts", () => {
  const a = prior(SUB1, "Indikator lain", 1);
  const b = prior(SUB6, "Teks A", 1);
  const c = prior(SUB6, "Teks B", 2);
  const m = matchPrior(dpa, [a, b, c], 2026);
  expect(m.unmatchedPrior).toEqual([a, b, c]);
  expect(m.issues.filter((i) => i.severity === "warning").map((i) => i.code)).toEqual([
    "prior.match.text-not-in-dpa",
    "prior.match.text-not-in-dpa",
    "prior.match.text-not-in-dpa",
  ]);
});

test("an unknown code is a warning with the prior row's place", () => {
  const a = prior("4.01.01.2.06.0007", "Jumlah Paket Bahan Bacaan", 12, "TAHUNAN", 2025);
  const m = matchPrior(dpa, [a], 2026);
  expect(m.unmatchedPrior).toEqual([a]);
  expect(m.issues[0]).toMatchObject({
    severity: "warning",
    code: "prior.match.kode-not-in-dpa",
    file: "lalu.xlsx",
    sheet: "Realisasi",
    row: a.source.row,
    cell: a.source.cell,
    found: "4.01.01.2.06.0007",
  });
});

test("conflicting values for one period and values of other years are reported, and all kept", () => {
  const a = prior(SUB1, "Jumlah Dokumen Perencanaan Perangkat Daerah", 1);
  const b = prior(SUB1, "Jumlah Dokumen Perencanaan Perangkat Daerah", 2);
  const old = prior(SUB1, "Jumlah Dokumen Perencanaan Perangkat Daerah", 3, "TAHUNAN", 2023);
  const m = matchPrior(dpa, [a, b, old], 2026);
  expect(m.byKey.get(must(ind1))).toEqual([a, b, old]);
  const codes = m.issues.map((i) => i.code);
  expect(codes).toContain("prior.match.conflict");
  expect(codes).toContain("prior.match.other-year");
  expect(m.issues.find((i) => i.code === "prior.match.conflict")?.message).toContain("1 (baris");
});

test("no prior values at all: one info, every indicator without prior", () => {
  const m = matchPrior(dpa, [], 2026);
  expect(m.withoutPrior).toHaveLength(5);
  expect(m.issues.map((i) => i.code)).toEqual(["prior.match.no-prior"]);
});

test("every prior value ends up matched or unmatched, exactly once (property)", () => {
  const texts = [
    "Jumlah Dokumen Perencanaan Perangkat Daerah",
    "Persentase dokumen tepat waktu",
    "Jumlah dokumen",
    "Lain",
  ];
  const kodes = [SUB1, SUB6, "4.01.02.2.01.0001", "4.01.03.2.02.0002"];
  const value = fc
    .tuple(fc.constantFrom(...kodes), fc.constantFrom(...texts), fc.integer({ min: 0, max: 100 }))
    .map(([k, t, r]) => prior(k, t, r));
  fc.assert(
    fc.property(fc.array(value, { maxLength: 20 }), (values) => {
      const m = matchPrior(dpa, values, 2026);
      const matched = [...m.byKey.values()].flat();
      expect(matched.length + m.unmatchedPrior.length).toBe(values.length);
      expect(new Set([...matched, ...m.unmatchedPrior]).size).toBe(values.length);
    }),
  );
});
