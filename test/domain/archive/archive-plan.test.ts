import {
  planArchive,
  wantedSizes,
  type FoundFile,
  type RecordedFile,
} from "../../../src/domain/archive/archive-plan";

const round = { instansi: "Sekretariat Daerah Kabupaten Tapin", tahun: 2026, periode: "TW2" as const };
const sha = (c: string): string => c.repeat(64);
const file = (source: string, name: string, size: number, hash: string): FoundFile => ({
  source,
  name,
  size,
  sha256: hash,
});
const pem = { kode: "PEM", nama: "Bagian Pemerintahan" };
const org = { kode: "ORG", nama: "Bagian Organisasi" };
const master = file("induk", "Induk.xlsx", 900, sha("0"));

const recorded: RecordedFile[] = [
  { role: "kertas-kerja", name: "KK-PEM.xlsx", sha256: sha("a"), size: 100, bagian: pem },
  { role: "kertas-kerja", name: "KK-ORG.xlsx", sha256: sha("b"), size: 200, bagian: org },
  {
    role: "riwayat",
    name: "KK-ORG.xlsx",
    sha256: sha("c"),
    size: 210,
    bagian: org,
    replacedAt: "2026-07-10T09:00:00+08:00",
  },
];

describe("planArchive", () => {
  it("finds returned files by SHA-256 whatever their name, and lists the one not found", () => {
    const plan = planArchive({
      round,
      master,
      laporan: file("laporan", "Laporan.docx", 50, sha("1")),
      surat: { missing: "Surat-Permintaan-Data-2026-TW2.xlsx" },
      recorded,
      pool: [
        file("k:1", "pemerintahan final.xlsx", 100, sha("a")),
        // Under the recorded name but other bytes: not ORG's file.
        file("k:2", "KK-ORG.xlsx", 200, sha("d")),
        file("k:3", "lama/KK-ORG.xlsx", 210, sha("c")),
      ],
    });
    expect(plan.folder).toBe("Arsip-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2");
    expect(plan.files.map((f) => [f.entry.path, f.entry.role, f.source])).toEqual([
      ["Induk.xlsx", "induk", "induk"],
      ["Laporan.docx", "laporan", "laporan"],
      ["kertas-kerja/KK-PEM.xlsx", "kertas-kerja", "k:1"],
      ["riwayat/KK-ORG.xlsx", "riwayat", "k:3"],
    ]);
    expect(plan.files[2]?.entry).toEqual({
      path: "kertas-kerja/KK-PEM.xlsx",
      role: "kertas-kerja",
      size: 100,
      sha256: sha("a"),
      bagian: pem,
      recordedName: "KK-PEM.xlsx",
      sourceName: "pemerintahan final.xlsx",
    });
    expect(plan.files[3]?.entry.replacedAt).toBe("2026-07-10T09:00:00+08:00");
    expect(plan.missing).toEqual([
      { role: "surat", name: "Surat-Permintaan-Data-2026-TW2.xlsx" },
      { role: "kertas-kerja", name: "KK-ORG.xlsx", sha256: sha("b"), size: 200, bagian: org },
    ]);
  });

  it("archives the same bytes once, and gives two files of one name two paths", () => {
    const twice: RecordedFile[] = [
      { role: "kertas-kerja", name: "KK.xlsx", sha256: sha("a"), size: 100, bagian: pem },
      { role: "kertas-kerja", name: "KK.xlsx", sha256: sha("b"), size: 100, bagian: org },
      { role: "riwayat", name: "KK.xlsx", sha256: sha("a"), size: 100, bagian: pem },
    ];
    const plan = planArchive({
      round,
      master,
      laporan: { missing: "L.docx" },
      surat: { missing: "S.xlsx" },
      recorded: twice,
      pool: [file("k:1", "x.xlsx", 100, sha("a")), file("k:2", "y.xlsx", 100, sha("b"))],
    });
    expect(plan.files.map((f) => f.entry.path)).toEqual([
      "Induk.xlsx",
      "kertas-kerja/KK.xlsx",
      "kertas-kerja/KK (2).xlsx",
    ]);
    expect(plan.missing.map((m) => m.role)).toEqual(["laporan", "surat"]);
  });

  it("never writes outside its folder nor over the index, whatever name the master records", () => {
    const plan = planArchive({
      round,
      master: file("induk", "INDEKS.txt", 900, sha("0")),
      laporan: { missing: "L.docx" },
      surat: { missing: "S.xlsx" },
      recorded: [{ role: "kertas-kerja", name: "../../../.bashrc", sha256: sha("a"), size: 1, bagian: pem }],
      pool: [file("k:1", "x", 1, sha("a"))],
    });
    expect(plan.files.map((f) => f.entry.path)).toEqual(["INDEKS (2).txt", "kertas-kerja/bashrc"]);
  });

  it("needs only files of a recorded size hashed", () => {
    expect([...wantedSizes(recorded)].sort((a, b) => a - b)).toEqual([100, 200, 210]);
  });
});
