import type { IndicatorReview } from "../../src/app/round-types";
import { NO_FILTER, filterGroups } from "../../src/taskpane/review-filter";
import { reviewGroups } from "./review-lists.fixture";

const texts = (r: ReturnType<typeof filterGroups>) =>
  r.groups.map((g) => [g.bagian.kode, g.items.map((i) => i.indicator.text)]);

describe("filterGroups", () => {
  const groups = reviewGroups();

  it("keeps everything without a filter, every Bagian in order", () => {
    const r = filterGroups(groups, {}, NO_FILTER);
    expect(r).toMatchObject({ shown: 4, total: 4 });
    expect(r.groups.map((g) => g.bagian.kode)).toEqual(["PEM", "ORG"]);
  });

  it("keeps one Bagian", () => {
    const r = filterGroups(groups, {}, { ...NO_FILTER, bagian: "ORG" });
    expect(texts(r)).toEqual([["ORG", ["Jumlah Dokumen Kelembagaan"]]]);
    expect(r).toMatchObject({ shown: 1, total: 4 });
  });

  it("searches the indicator's text and its sub kegiatan's kode, case and word order aside", () => {
    expect(texts(filterGroups(groups, {}, { ...NO_FILTER, query: "  laporan JUMLAH " }))).toEqual([
      ["PEM", ["Jumlah Laporan Otonomi Daerah"]],
    ]);
    expect(texts(filterGroups(groups, {}, { ...NO_FILTER, query: "2.02.0003" }))).toEqual([
      ["ORG", ["Jumlah Dokumen Kelembagaan"]],
    ]);
    expect(filterGroups(groups, {}, { ...NO_FILTER, query: "anggaran" })).toMatchObject({
      groups: [],
      shown: 0,
      total: 4,
    });
  });

  it("'perlu ditinjau' is what the DPA left open and the user has not settled; 'diubah' the user's", () => {
    const key = groups[0]!.items[0]!.indicator.key;
    const review: IndicatorReview = {
      polarity: "negatif",
      aggregation: "kumulatif",
      spread: "equal",
      targetTw: [1, 1, 1, 1],
    };
    const reviews = { [key]: review };
    expect(texts(filterGroups(groups, reviews, { ...NO_FILTER, status: "needs-review" }))).toEqual([
      ["PEM", ["Predikat Evaluasi Kinerja"]],
      ["ORG", ["Jumlah Dokumen Kelembagaan"]],
    ]);
    expect(texts(filterGroups(groups, reviews, { ...NO_FILTER, status: "changed" }))).toEqual([
      ["PEM", ["Jumlah Laporan Otonomi Daerah"]],
    ]);
    expect(texts(filterGroups(groups, reviews, { ...NO_FILTER, status: "qualitative" }))).toEqual([
      ["PEM", ["Predikat Evaluasi Kinerja"]],
    ]);
  });
});
