/**
 * `kertas-kerja laporan INDUK.xlsx [--out FOLDER]`: step 5's draft from a consolidated master —
 * the "Laporan" sheet written into the master with a Log entry, the Word document beside it (or
 * in --out); refused, with nothing written, for a master with nothing consolidated; built again
 * over unchanged data it is the same Laporan, so a paraf recorded on it stays valid.
 */
import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { loadSopRound } from "../../src/app/sop";
import { EXIT, main } from "../../src/cli/main";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import { laporanCli } from "../../src/strings/laporanApp";
import { returned } from "../support/consolidation-fixture";
import { sopSetup } from "../support/sop-fixture";
import { capture, tempDir } from "./support";

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(() => cleanup());

const run = async (...args: string[]) => {
  const c = capture(dir);
  const code = await main(args, c.io);
  return { code, out: c.out(), err: c.err() };
};

const DOCX = "Laporan-Kinerja-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2.docx";

/** A master of TW II with PEM's and ORG's kertas kerja consolidated. */
async function consolidated(name: string): Promise<string> {
  const sub = join(dir, name);
  await mkdir(sub, { recursive: true });
  const files: string[] = [];
  for (const b of ["PEM", "ORG"] as const) {
    const path = join(sub, `${b}.xlsx`);
    await writeFile(path, (await returned(b)).bytes);
    files.push(path);
  }
  const r = await run("consolidate", ...files, "--into", join(sub, "Induk.xlsx"));
  if (r.code !== EXIT.ok) throw new Error(r.err + r.out);
  return join(sub, "Induk.xlsx");
}

describe("laporan", () => {
  it("writes the Laporan sheet into the master, with its Log entry, and the .docx beside it", async () => {
    const master = await consolidated("satu");
    const r = await run("laporan", master);
    expect([r.code, r.err]).toEqual([EXIT.ok, ""]);
    expect(r.out).toContain(laporanCli.sheet(master));
    expect(r.out).toContain(laporanCli.noApproval);
    const book = await XlsxWorkbook.fromBytes(await readFile(master), master);
    expect((await book.listSheets()).map((s) => s.name)).toContain("Laporan");
    const round = await loadSopRound(book, "2026-07-20T09:00:00+08:00");
    expect(round.log.entries.at(-1)?.action).toBe("laporan");
    expect(round.log.issues).toEqual([]);
    // The Word document: a package whose body names the instansi.
    const docx = await readFile(join(dir, "satu", DOCX));
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    expect(xml).toContain("Sekretariat Daerah Kabupaten Tapin");
  });

  it("writes the .docx into --out when given", async () => {
    const master = await consolidated("dua");
    const r = await run("laporan", master, "--out", "keluar");
    expect(r.code).toBe(EXIT.ok);
    expect(await readdir(join(dir, "keluar"))).toEqual([DOCX]);
    await expect(stat(join(dir, "dua", DOCX))).rejects.toThrow();
  });

  it("gives the same Laporan over the same data: its reviewed content does not change", async () => {
    const master = await consolidated("tiga");
    expect((await run("laporan", master, "--sekarang", "2026-07-20T09:00:00+08:00")).code).toBe(EXIT.ok);
    const first = await loadSopRound(
      await XlsxWorkbook.fromBytes(await readFile(master), master),
      "2026-07-21T09:00:00+08:00",
    );
    expect((await run("laporan", master, "--sekarang", "2026-07-22T09:00:00+08:00")).code).toBe(EXIT.ok);
    const again = await loadSopRound(
      await XlsxWorkbook.fromBytes(await readFile(master), master),
      "2026-07-22T10:00:00+08:00",
    );
    expect(again.fingerprint).toBe(first.fingerprint);
  });

  it("refuses a master with nothing consolidated (exit 2) and writes nothing", async () => {
    const sub = join(dir, "kosong");
    await mkdir(sub, { recursive: true });
    const master = join(sub, "Induk.xlsx");
    await writeFile(master, await plansToXlsx([setupSheetPlan(sopSetup())]));
    const before = await readFile(master);
    const r = await run("laporan", master);
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(laporanCli.refused(master));
    expect(await readFile(master)).toEqual(before);
    expect(await readdir(sub)).toEqual(["Induk.xlsx"]);
  });

  it("asks for the master when none is named (exit 1)", async () => {
    const r = await run("laporan");
    expect(r.code).toBe(EXIT.usage);
  });
});
