import fc from "fast-check";
import { checkArchive, type ActualFile } from "../../../src/domain/archive/archive-check";
import { buildManifest, type ManifestFile } from "../../../src/domain/archive/archive-manifest";

const round = { instansi: "Setda", tahun: 2026, periode: "TW2" as const };
const files: ManifestFile[] = [
  { path: "Induk.xlsx", role: "induk", size: 900, sha256: "0".repeat(64) },
  { path: "kertas-kerja/KK-PEM.xlsx", role: "kertas-kerja", size: 100, sha256: "a".repeat(64) },
  { path: "riwayat/KK-ORG.xlsx", role: "riwayat", size: 200, sha256: "b".repeat(64) },
  { path: "INDEKS.txt", role: "indeks", size: 50, sha256: "c".repeat(64) },
];
const manifest = buildManifest(round, "2026-07-20T10:15:00+08:00", files, []);
const asFound = (f: ManifestFile): ActualFile => ({ path: f.path, size: f.size, sha256: f.sha256 });
const intact = [...files.map(asFound), { path: "manifest.json", size: 1234 }];

describe("checkArchive", () => {
  it("finds the folder as written intact (manifest.json itself aside)", () => {
    const check = checkArchive(manifest, intact);
    expect(check).toEqual({ intact: true, matched: files, changed: [], missing: [], added: [] });
  });

  it("names a changed file, with what was expected and what was found", () => {
    const now = intact.map((f) =>
      f.path === "kertas-kerja/KK-PEM.xlsx" ? { ...f, sha256: "d".repeat(64) } : f,
    );
    const check = checkArchive(manifest, now);
    expect(check.intact).toBe(false);
    expect(check.changed).toEqual([
      {
        path: "kertas-kerja/KK-PEM.xlsx",
        expected: { size: 100, sha256: "a".repeat(64) },
        found: { size: 100, sha256: "d".repeat(64) },
      },
    ]);
    expect([check.missing, check.added]).toEqual([[], []]);
  });

  it("names a missing file and an added one, in a sub folder too", () => {
    const now = [
      ...intact.filter((f) => f.path !== "riwayat/KK-ORG.xlsx"),
      { path: "riwayat/KK-ORG (salinan).xlsx", size: 200 },
    ];
    const check = checkArchive(manifest, now);
    expect(check.missing.map((f) => f.path)).toEqual(["riwayat/KK-ORG.xlsx"]);
    expect(check.added).toEqual([{ path: "riwayat/KK-ORG (salinan).xlsx", size: 200 }]);
    expect(check.changed).toEqual([]);
  });

  it("notices any single tampering — a byte, a removal, an addition — and nothing else", () => {
    const tamper = fc.oneof(
      fc.record({
        kind: fc.constant("byte" as const),
        at: fc.nat(files.length - 1),
        hex: fc.constantFrom("e", "f"),
      }),
      fc.record({
        kind: fc.constant("size" as const),
        at: fc.nat(files.length - 1),
        delta: fc.integer({ min: 1, max: 9 }),
      }),
      fc.record({ kind: fc.constant("remove" as const), at: fc.nat(files.length - 1) }),
      fc.record({ kind: fc.constant("add" as const), name: fc.stringMatching(/^[a-z]{1,8}\.txt$/) }),
    );
    fc.assert(
      fc.property(tamper, (t) => {
        let now = intact;
        const target = "at" in t ? files[t.at]!.path : "";
        if (t.kind === "byte")
          now = intact.map((f) => (f.path === target ? { ...f, sha256: t.hex.repeat(64) } : f));
        if (t.kind === "size")
          now = intact.map((f) => (f.path === target ? { ...f, size: f.size + t.delta } : f));
        if (t.kind === "remove") now = intact.filter((f) => f.path !== target);
        if (t.kind === "add") now = [...intact, { path: `tambahan/${t.name}`, size: 3 }];
        const check = checkArchive(manifest, now);
        expect(check.intact).toBe(false);
        expect(check.changed.map((c) => c.path)).toEqual(
          t.kind === "byte" || t.kind === "size" ? [target] : [],
        );
        expect(check.missing.map((c) => c.path)).toEqual(t.kind === "remove" ? [target] : []);
        expect(check.added.map((c) => c.path)).toEqual(t.kind === "add" ? [`tambahan/${t.name}`] : []);
        expect(check.matched).toHaveLength(files.length - (t.kind === "add" ? 0 : 1));
      }),
    );
  });
});
