/**
 * `arsip` (step 8) and `arsip periksa` end to end, on a round consolidated by the CLI itself
 * (test/support/arsip-round.ts). Every expected name, size and SHA-256 is computed here from the
 * bytes the round was built from (node:crypto), not taken from what the archive wrote.
 */
import { cp, readFile, readdir, rm, writeFile, appendFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { archiveForLog } from "../../src/app/archive";
import { diskArchiveFs } from "../../src/cli/arsip";
import { EXIT, main } from "../../src/cli/main";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { arsip } from "../../src/strings/arsip";
import { arsipRound, NAMES, sha256, type ArsipRound } from "../support/arsip-round";
import { makeSetup } from "../support/round-fixture";
import { capture, tempDir } from "./support";

const C = arsip.cli;

let dir: string;
let cleanup: () => Promise<void>;
let round: ArsipRound;
let out: string;
let archive: string;
let firstRun: { code: number; out: string; err: string };

/** Thousands with dots, as a person writes a byte count in Bahasa Indonesia. */
const bytesText = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const c = capture(dir);
  const code = await main(args, c.io);
  return { code, out: c.out(), err: c.err() };
}

/** Every file under a folder, relative, "/" between folders. */
async function tree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(root.length + 1)
        .split("\\")
        .join("/"),
    )
    .sort();
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  round = await arsipRound(dir);
  out = join(dir, "arsip");
  archive = join(out, NAMES.folder);
  firstRun = await run(["arsip", "induk/Induk.xlsx", "--kembali", "kembali", "--out", "arsip"]);
}, 120_000);
afterAll(() => cleanup());

interface Manifest {
  type: string;
  version: number;
  round: { instansi: string; tahun: number; periode: string };
  createdAt: string;
  files: {
    path: string;
    role: string;
    size: number;
    sha256: string;
    bagian?: { kode: string; nama: string };
    recordedName?: string;
    sourceName?: string;
    replacedAt?: string;
  }[];
  missing: { role: string; name: string; sha256?: string; size?: number; bagian?: { kode: string } }[];
}

const readManifest = async (folder = archive): Promise<Manifest> =>
  JSON.parse(await readFile(join(folder, "manifest.json"), "utf8")) as Manifest;

describe("arsip", () => {
  it("writes the round's folder with every file found, by hash, and exits 0", async () => {
    expect(firstRun.err).toBe("");
    expect(firstRun.code).toBe(EXIT.ok);
    expect(await tree(out)).toEqual(
      [
        `${NAMES.folder}/Induk.xlsx`,
        `${NAMES.folder}/${NAMES.laporan}`,
        `${NAMES.folder}/${NAMES.surat}`,
        `${NAMES.folder}/INDEKS.txt`,
        `${NAMES.folder}/kertas-kerja/pem.xlsx`,
        `${NAMES.folder}/manifest.json`,
        `${NAMES.folder}/riwayat/org.xlsx`,
      ].sort(),
    );
    // The bytes themselves: the master as read, PEM's renamed file, ORG's first file.
    expect(await readFile(join(archive, "Induk.xlsx"))).toEqual(await readFile(round.masterPath));
    expect(sha256(await readFile(join(archive, "kertas-kerja/pem.xlsx")))).toBe(sha256(round.pem));
    expect(sha256(await readFile(join(archive, "riwayat/org.xlsx")))).toBe(sha256(round.org));
    expect(sha256(await readFile(join(archive, NAMES.laporan)))).toBe(sha256(round.laporan));
  });

  it("records every file in manifest.json: path, role, size, SHA-256, Bagian, and the one not found", async () => {
    const m = await readManifest();
    const master = await readFile(round.masterPath);
    const index = await readFile(join(archive, "INDEKS.txt"));
    expect(m.type).toBe("kertas-kerja-sakip/arsip");
    expect(m.version).toBe(1);
    expect(m.round).toEqual({ instansi: "Sekretariat Daerah Kabupaten Tapin", tahun: 2026, periode: "TW2" });
    // capture() pins the clock at 2026-07-01 08:00 WITA; the manifest says it in the round's zone.
    expect(m.createdAt).toBe("2026-07-01T08:00:00+08:00");
    const pem = { kode: "PEM", nama: "Bagian Pemerintahan" };
    const org = { kode: "ORG", nama: "Bagian Organisasi" };
    expect(m.files.map(({ replacedAt: _r, ...f }) => f)).toEqual([
      { path: "Induk.xlsx", role: "induk", size: master.length, sha256: sha256(master) },
      { path: NAMES.laporan, role: "laporan", size: round.laporan.length, sha256: sha256(round.laporan) },
      { path: NAMES.surat, role: "surat", size: round.surat.length, sha256: sha256(round.surat) },
      {
        path: "kertas-kerja/pem.xlsx",
        role: "kertas-kerja",
        size: round.pem.length,
        sha256: sha256(round.pem),
        bagian: pem,
        recordedName: "pem.xlsx",
        sourceName: "PEM dikirim ulang.xlsx",
      },
      {
        path: "riwayat/org.xlsx",
        role: "riwayat",
        size: round.org.length,
        sha256: sha256(round.org),
        bagian: org,
        recordedName: "org.xlsx",
        sourceName: "org.xlsx",
      },
      { path: "INDEKS.txt", role: "indeks", size: index.length, sha256: sha256(index) },
    ]);
    expect(m.files.find((f) => f.role === "riwayat")?.replacedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // ORG's file on Data is not in kembali (org-v2.xlsx there is another file of the same size).
    expect(m.missing).toEqual([
      {
        role: "kertas-kerja",
        name: "org-v2.xlsx",
        sha256: sha256(round.orgV2),
        size: round.orgV2.length,
        bagian: org,
      },
    ]);
  });

  it("prints what it wrote, the file not found, and the manifest's SHA-256", async () => {
    const manifestSha = sha256(await readFile(join(archive, "manifest.json")));
    expect(firstRun.out).toContain(C.written(archive, 7));
    expect(firstRun.out).toContain(C.fileLine(arsip.roleNames["kertas-kerja"], "kertas-kerja/pem.xlsx"));
    expect(firstRun.out).toContain(C.renamed("PEM dikirim ulang.xlsx"));
    expect(firstRun.out).toContain(C.missingHeading(1));
    expect(firstRun.out).toContain(`org-v2.xlsx (SHA-256 ${sha256(round.orgV2)})`);
    expect(firstRun.out).toContain(`SHA-256 manifest.json: ${manifestSha}`);
    expect(firstRun.out).not.toContain("Peringatan: Laporan Kinerja");
  });

  it("writes a readable index in Bahasa Indonesia that names every file and the one missing", async () => {
    const text = await readFile(join(archive, "INDEKS.txt"), "utf8");
    const lines = text.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "INDEKS ARSIP PENGUMPULAN DATA KINERJA",
      "Sekretariat Daerah Kabupaten Tapin — Triwulan II 2026",
      "Langkah 8 SOP Pengumpulan Data Kinerja: penyerahan laporan dan pengarsipan dokumen.",
      "Dibuat: Rabu, 1 Juli 2026 08.00 WITA",
    ]);
    expect(text).toContain(`npx kertas-kerja arsip periksa ${NAMES.folder}\n`);
    const master = await readFile(round.masterPath);
    const section = (no: number) => {
      const start = lines.findIndex((l) => l.startsWith(`${no}. `));
      const end = lines.findIndex((l, i) => i > start && l === "");
      return lines.slice(start, end);
    };
    expect(section(1)).toEqual([
      "1. Buku kerja induk",
      "   Induk.xlsx",
      `   Ukuran ${bytesText(master.length)} bita; SHA-256 ${sha256(master)}`,
    ]);
    expect(section(4)).toEqual([
      "4. Kertas kerja yang diterima (lembar Data): 1 berkas",
      "   Bagian Pemerintahan (PEM)",
      "   kertas-kerja/pem.xlsx",
      `   Ukuran ${bytesText(round.pem.length)} bita; SHA-256 ${sha256(round.pem)}`,
      "   Ditemukan dengan nama PEM dikirim ulang.xlsx (tercatat di buku kerja induk sebagai pem.xlsx).",
    ]);
    expect(section(5)[0]).toBe("5. Kiriman terdahulu yang digantikan (lembar Riwayat): 1 berkas");
    expect(section(5)[1]).toMatch(/^ {3}Bagian Organisasi \(ORG\), digantikan \d{1,2} \w+ 2026$/);
    expect(section(6)[0]).toBe("6. Kertas kerja yang tidak ditemukan: 1 berkas");
    expect(section(6).at(-1)).toBe(
      `   - Kertas kerja Bagian Organisasi (ORG): org-v2.xlsx (SHA-256 ${sha256(round.orgV2)}; ` +
        `${bytesText(round.orgV2.length)} bita)`,
    );
  });

  it("refuses to overwrite an existing archive folder (exit 3) and leaves it as it was", async () => {
    const before = await readFile(join(archive, "manifest.json"));
    const r = await run(["arsip", "induk/Induk.xlsx", "--kembali", "kembali", "--out", "arsip"]);
    expect(r.code).toBe(EXIT.output);
    expect(r.err).toContain(arsip.app.exists(archive));
    expect(await readFile(join(archive, "manifest.json"))).toEqual(before);
    expect((await readdir(out)).filter((n) => n !== NAMES.folder)).toEqual([]);
  });

  it("says when the Laporan is not beside the master, and archives the rest", async () => {
    const away = join(dir, NAMES.laporan);
    await rename(join(round.induk, NAMES.laporan), away);
    try {
      const r = await run(["arsip", "induk/Induk.xlsx", "--kembali", "kembali", "--out", "arsip-2"]);
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toContain(C.laporanMissing(NAMES.laporan));
      const m = await readManifest(join(dir, "arsip-2", NAMES.folder));
      expect(m.files.map((f) => f.role)).toEqual(["induk", "surat", "kertas-kerja", "riwayat", "indeks"]);
      expect(m.missing.map((x) => [x.role, x.name])).toEqual([
        ["laporan", NAMES.laporan],
        ["kertas-kerja", "org-v2.xlsx"],
      ]);
    } finally {
      await rename(away, join(round.induk, NAMES.laporan));
    }
  });

  it("refuses a master without a Data sheet with a clear message (exit 2), writing nothing", async () => {
    await writeFile(join(dir, "pengaturan.xlsx"), await plansToBytes());
    const r = await run(["arsip", "pengaturan.xlsx", "--kembali", "kembali", "--out", "arsip-3"]);
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(arsip.app.noData);
    expect(await readdir(dir)).not.toContain("arsip-3");
  });

  it("refuses a workbook without Pengaturan: the round is unknown (exit 2)", async () => {
    const r = await run(["arsip", "kembali/org.xlsx", "--kembali", "kembali", "--out", "arsip-5"]);
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(arsip.app.noSetup);
    expect(await readdir(dir)).not.toContain("arsip-5");
  });

  it("refuses a --kembali folder that does not exist (exit 2)", async () => {
    const r = await run(["arsip", "induk/Induk.xlsx", "--kembali", "tidak-ada", "--out", "arsip-4"]);
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(arsip.app.noKembali(join(dir, "tidak-ada")));
    expect(await readdir(dir)).not.toContain("arsip-4");
  });

  it.each([
    [["arsip"], arsip.usage.noMaster],
    [["arsip", "induk/Induk.xlsx", "--out", "x"], "Opsi --kembali wajib diisi."],
    [["arsip", "induk/Induk.xlsx", "--kembali", "kembali"], "Opsi --out wajib diisi."],
    [["arsip", "periksa"], arsip.usage.noFolder],
    [["arsip", "periksa", "x", "--out", "y"], arsip.usage.notForPeriksa("--out")],
    [["arsip", "periksa", "x", "--sha256", "abc"], arsip.usage.badSha("abc")],
  ])("refuses %j as a usage error (exit 1)", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(message);
  });
});

async function plansToBytes(): Promise<Uint8Array> {
  const book = XlsxWorkbook.create();
  await book.writeSheets([setupSheetPlan(makeSetup())]);
  return book.toBytes();
}

describe("arsip periksa", () => {
  /** A copy of the archive to tamper with. */
  async function copy(name: string): Promise<string> {
    const target = join(dir, "salinan", name);
    await cp(archive, target, { recursive: true });
    return target;
  }

  it("finds the archive intact (exit 0) and prints the manifest's SHA-256", async () => {
    const r = await run(["arsip", "periksa", archive]);
    expect(r.err).toBe("");
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain(C.intact(6));
    expect(r.out).toContain(
      "Putaran: Sekretariat Daerah Kabupaten Tapin, Triwulan II 2026; arsip dibuat 1 Juli 2026 pukul 08.00 (UTC+08:00).",
    );
    expect(r.out).toContain(
      `SHA-256 manifest.json: ${sha256(await readFile(join(archive, "manifest.json")))}`,
    );
  });

  it("names a kertas kerja with one byte changed (exit 2)", async () => {
    const folder = await copy("berubah");
    const path = join(folder, "kertas-kerja", "pem.xlsx");
    const bytes = await readFile(path);
    bytes[100] = (bytes[100] ?? 0) ^ 0x01;
    await writeFile(path, bytes);
    const r = await run(["arsip", "periksa", folder]);
    expect(r.code).toBe(EXIT.input);
    expect(r.out).toContain(C.notIntact(1));
    expect(r.out).toContain(C.changed("kertas-kerja/pem.xlsx"));
    expect(r.out).toContain(`SHA-256 ${sha256(round.pem).slice(0, 12)}… → ${sha256(bytes).slice(0, 12)}…`);
    expect(r.out).not.toContain("Hilang:");
    expect(r.out).not.toContain("Tambahan:");
  });

  it("names a removed file (exit 2)", async () => {
    const folder = await copy("hilang");
    await rm(join(folder, "riwayat", "org.xlsx"));
    const r = await run(["arsip", "periksa", folder]);
    expect(r.code).toBe(EXIT.input);
    expect(r.out).toContain(C.notIntact(1));
    expect(r.out).toContain(C.missing("riwayat/org.xlsx"));
    expect(r.out).not.toContain("Berubah:");
  });

  it("names an added file (exit 2)", async () => {
    const folder = await copy("tambahan");
    await writeFile(join(folder, "kertas-kerja", "catatan.txt"), "disisipkan kemudian\n");
    const r = await run(["arsip", "periksa", folder]);
    expect(r.code).toBe(EXIT.input);
    expect(r.out).toContain(C.notIntact(1));
    expect(r.out).toContain(C.added("kertas-kerja/catatan.txt"));
  });

  it("catches a manifest edited to hide a change, given the SHA-256 the Log holds", async () => {
    const folder = await copy("manifest");
    const logged = sha256(await readFile(join(archive, "manifest.json")));
    await appendFile(join(folder, "INDEKS.txt"), "baris tambahan\n");
    const m = await readManifest(folder);
    const index = await readFile(join(folder, "INDEKS.txt"));
    const entry = m.files.find((f) => f.path === "INDEKS.txt")!;
    entry.size = index.length;
    entry.sha256 = sha256(index);
    await writeFile(join(folder, "manifest.json"), `${JSON.stringify(m, null, 2)}\n`);
    expect((await run(["arsip", "periksa", folder])).code).toBe(EXIT.ok);
    const r = await run(["arsip", "periksa", folder, "--sha256", logged.toUpperCase()]);
    expect(r.code).toBe(EXIT.input);
    expect(r.out).toContain(C.manifestChanged(logged));
  });

  it("refuses a folder without manifest.json (exit 2)", async () => {
    const r = await run(["arsip", "periksa", "kembali"]);
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(arsip.app.noManifest(join(dir, "kembali")));
  });
});

describe("archiveForLog (what `sop done --step 8` records)", () => {
  const tapin = { instansi: "Sekretariat Daerah Kabupaten Tapin", tahun: 2026, periode: "TW2" as const };

  it("gives the manifest's SHA-256 and a sentence naming the archive when it is intact", async () => {
    const r = await archiveForLog(diskArchiveFs, archive, { label: NAMES.folder, round: tapin });
    expect(r).toEqual({
      ok: true,
      manifestSha256: sha256(await readFile(join(archive, "manifest.json"))),
      detail: arsip.app.logDetail(NAMES.folder, 6, 1),
    });
  });

  it("refuses an archive that is not intact, or of another round", async () => {
    const broken = await archiveForLog(diskArchiveFs, join(dir, "salinan", "hilang"), { label: "x" });
    expect(broken).toMatchObject({ ok: false, issue: { code: "arsip.not-intact" } });
    const other = await archiveForLog(diskArchiveFs, archive, {
      label: "x",
      round: { ...tapin, periode: "TW3" },
    });
    expect(other).toMatchObject({ ok: false, issue: { code: "arsip.round.other" } });
  });
});
