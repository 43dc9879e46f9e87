import {
  buildManifest,
  isArchivePath,
  manifestText,
  readManifest,
  type ManifestFile,
} from "../../../src/domain/archive/archive-manifest";

const round = { instansi: "Sekretariat Daerah Kabupaten Tapin", tahun: 2026, periode: "TW2" as const };
const files: ManifestFile[] = [
  { path: "Induk.xlsx", role: "induk", size: 900, sha256: "0".repeat(64) },
  {
    // Keys given out of order: the text puts them in the manifest's order.
    sourceName: "pem final.xlsx",
    recordedName: "KK-PEM.xlsx",
    bagian: { nama: "Bagian Pemerintahan", kode: "PEM" },
    sha256: "a".repeat(64),
    size: 100,
    role: "kertas-kerja",
    path: "kertas-kerja/KK-PEM.xlsx",
  },
];
const manifest = buildManifest(round, "2026-07-20T10:15:00+08:00", files, [
  { role: "laporan", name: "Laporan-Kinerja-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2.docx" },
]);

describe("manifest.json", () => {
  it("is written with its keys in a fixed order and reads back as it was", () => {
    const text = manifestText(manifest);
    expect(text.endsWith("}\n")).toBe(true);
    const json = JSON.parse(text) as { files: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(["type", "version", "round", "createdAt", "files", "missing"]);
    expect(Object.keys(json.files[1] ?? {})).toEqual([
      "path",
      "role",
      "size",
      "sha256",
      "bagian",
      "recordedName",
      "sourceName",
    ]);
    const read = readManifest(text);
    expect(read).toEqual({ ok: true, manifest });
    if (read.ok) expect(manifestText(read.manifest)).toBe(text);
  });

  const edited = (
    edit: (m: Record<string, unknown> & { files: Record<string, unknown>[] }) => void,
  ): string => {
    const json = JSON.parse(manifestText(manifest)) as Record<string, unknown> & {
      files: Record<string, unknown>[];
    };
    edit(json);
    return JSON.stringify(json);
  };

  it.each([
    ["not JSON", "{ bukan json", "manifest.json bukan JSON yang sah."],
    ["another type", edited((m) => (m.type = "lain")), "bukan manifest arsip"],
    ["another version", edited((m) => (m.version = 2)), "Versi manifest.json tidak dikenal."],
    ["an unknown periode", edited((m) => (m.round = { ...round, periode: "TW5" })), "Putaran"],
    ["a path out of the folder", edited((m) => (m.files[1]!.path = "../x.xlsx")), "tidak sah"],
    ["an absolute path", edited((m) => (m.files[1]!.path = "/etc/passwd")), "tidak sah"],
    ["a path twice", edited((m) => (m.files[1]!.path = "Induk.xlsx")), "tidak sah"],
    ["an unknown role", edited((m) => (m.files[0]!.role = "lampiran")), "tidak sah"],
    ["a negative size", edited((m) => (m.files[0]!.size = -1)), "tidak sah"],
    ["a short SHA-256", edited((m) => (m.files[0]!.sha256 = "abc")), "tidak sah"],
  ])("refuses %s with an issue, never a throw", (_what, text, words) => {
    const read = readManifest(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.issue).toMatchObject({
        severity: "error",
        code: "arsip.manifest.invalid",
        file: "manifest.json",
      });
      expect(read.issue.message).toContain(words);
    }
  });

  it("keeps paths inside the archive", () => {
    expect(isArchivePath("kertas-kerja/KK.xlsx")).toBe(true);
    expect(isArchivePath("KK (2).xlsx")).toBe(true);
    for (const bad of ["", "manifest.json", "../a", "a/../b", "a//b", "./a", "/a", "a\\b", "a\u0001b"])
      expect(isArchivePath(bad)).toBe(false);
  });
});
