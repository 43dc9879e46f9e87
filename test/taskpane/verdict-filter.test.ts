import {
  NO_VERDICT_FILTER,
  bagianChoices,
  filterVerdicts,
  type VerdictFilter,
} from "../../src/taskpane/verdict-filter";
import { verdictFiles } from "./verdict-lists.fixture";

const files = verdictFiles();
// Index in the pick: 0 KK-PEM (diterima), 1 KK-ORG rusak (ditolak, ORG), 2 KK-PEM revisi (dengan
// catatan), 3 tanpa-nama (ditolak, no Bagian), 4 KK-ORG (diterima).
const names = (filter: Partial<VerdictFilter>) =>
  filterVerdicts(files, { ...NO_VERDICT_FILTER, ...filter }).groups.map((g) => [
    g.verdict,
    g.items.map((k) => k.assessment.file.name),
  ]);

describe("filterVerdicts", () => {
  it("without a filter, groups every file: ditolak, dengan catatan, diterima, each in pick order", () => {
    const r = filterVerdicts(files, NO_VERDICT_FILTER);
    expect(r).toMatchObject({ shown: 5, total: 5 });
    expect(names({})).toEqual([
      ["rejected", ["KK-ORG rusak.xlsx", "tanpa-nama.xlsx"]],
      ["warnings", ["KK-PEM revisi.xlsx"]],
      ["accepted", ["KK-PEM.xlsx", "KK-ORG.xlsx"]],
    ]);
    expect(r.groups[0]!.items.map((k) => k.index)).toEqual([1, 3]);
  });

  it("keeps one verdict", () => {
    expect(names({ status: "rejected" })).toEqual([["rejected", ["KK-ORG rusak.xlsx", "tanpa-nama.xlsx"]]]);
    expect(names({ status: "warnings" })).toEqual([["warnings", ["KK-PEM revisi.xlsx"]]]);
    expect(filterVerdicts(files, { ...NO_VERDICT_FILTER, status: "accepted" })).toMatchObject({
      shown: 2,
      total: 5,
    });
  });

  it("keeps one Bagian (a rejected file's claimed one too), or the files without a Bagian", () => {
    expect(names({ bagian: { kode: "PEM" } })).toEqual([
      ["warnings", ["KK-PEM revisi.xlsx"]],
      ["accepted", ["KK-PEM.xlsx"]],
    ]);
    expect(names({ bagian: { kode: "ORG" } })).toEqual([
      ["rejected", ["KK-ORG rusak.xlsx"]],
      ["accepted", ["KK-ORG.xlsx"]],
    ]);
    expect(names({ bagian: "none" })).toEqual([["rejected", ["tanpa-nama.xlsx"]]]);
    expect(names({ bagian: { kode: "ORG" }, status: "warnings" })).toEqual([]);
  });

  it("searches file names, Bagian names, issues' messages and cells, case and word order aside", () => {
    expect(names({ query: "l15" })).toEqual([["rejected", ["KK-ORG rusak.xlsx"]]]);
    expect(names({ query: "  ANGKA bukan " })).toEqual([["rejected", ["KK-ORG rusak.xlsx"]]]);
    expect(names({ query: "revisi" })).toEqual([["warnings", ["KK-PEM revisi.xlsx"]]]);
    expect(names({ query: "Tanda AB40" })).toEqual([["warnings", ["KK-PEM revisi.xlsx"]]]);
    expect(names({ query: "organisasi" })).toEqual([
      ["rejected", ["KK-ORG rusak.xlsx"]],
      ["accepted", ["KK-ORG.xlsx"]],
    ]);
    expect(filterVerdicts(files, { ...NO_VERDICT_FILTER, query: "ab40 angka" })).toEqual({
      groups: [],
      shown: 0,
      total: 5,
    });
  });
});

describe("bagianChoices", () => {
  it("names each Bagian once, by name, and says when a file has none", () => {
    expect(bagianChoices(files)).toEqual({
      bagian: [
        { kode: "ORG", nama: "Bagian Organisasi" },
        { kode: "PEM", nama: "Bagian Pemerintahan" },
      ],
      hasNone: true,
    });
    expect(bagianChoices(files.filter((_, i) => i !== 3)).hasNone).toBe(false);
  });
});
