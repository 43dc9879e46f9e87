/**
 * `generate --setup MASTER.xlsx`: the CLI as the task pane's second face. The kertas kerja, the
 * letters and the Log entry of the generation go into the master workbook as the pane writes them
 * into the open workbook (app/generate.ts), and the per-Bagian files into the folder; without a
 * master, the files alone, each with its own record of the generation in its metadata.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { combinedFingerprint } from "../../src/app/log";
import { saveSetup } from "../../src/app/setup";
import { loadSopRound } from "../../src/app/sop";
import { EXIT, main } from "../../src/cli/main";
import { buildSampleDpaPlan } from "../../src/demo";
import { readDpa } from "../../src/domain/inputs/dpa-reader";
import { KK_META_PREFIX, readMeta } from "../../src/domain/kertas-kerja/kertas-kerja-meta";
import { setupFromDpa } from "../../src/domain/setup/setup";
import { LOG_ANCHOR_SHEET, readLog } from "../../src/domain/sop/sop-log-sheet";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { S } from "../../src/strings";
import { OFFICIALS } from "../support/sop-fixture";
import { capture, snapshotOf, tempDir, writeSamples } from "./support";

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeSamples(dir);
});
afterAll(() => cleanup());

/** 9 July 2026, 10:15 WITA. */
const SEKARANG = "2026-07-09T10:15:00+08:00";
const { kasubag } = OFFICIALS;

/** A master as the add-in leaves it after step "Pengaturan": the setup, and its Log entry. */
async function writeMaster(name: string): Promise<string> {
  const { dpa } = readDpa(snapshotOf(buildSampleDpaPlan()));
  const setup = {
    ...setupFromDpa(dpa, { tahun: 2026, periode: "TW2", instansi: "Setda Uji" }),
    pejabat: [kasubag],
  };
  const book = XlsxWorkbook.create();
  const issues = await saveSetup(book, setup, {
    now: "2026-07-01T08:00:00+08:00",
    actor: { nama: kasubag.nama, jabatan: kasubag.jabatan, nip: kasubag.nip },
  });
  expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  await writeFile(join(dir, name), await book.toBytes());
  return join(dir, name);
}

const run = async (...args: string[]) => {
  const c = capture(dir);
  const code = await main(["generate", "--dpa", "dpa.xlsx", ...args], c.io);
  return { code, out: c.out(), err: c.err() };
};

const files = async (sub: string) => (await readdir(join(dir, sub))).sort();

describe("generate with a master workbook", () => {
  let master: XlsxWorkbook;
  let out = "";
  beforeAll(async () => {
    const path = await writeMaster("induk.xlsx");
    const r = await run(
      "--setup",
      "induk.xlsx",
      "--out",
      "kk",
      "--oleh",
      kasubag.nip,
      "--sekarang",
      SEKARANG,
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(EXIT.ok);
    out = r.out;
    master = await XlsxWorkbook.fromBytes(await readFile(path), path);
  });

  it("appends the generation to the master's Log: who, when, which sheets, the fingerprint", async () => {
    const sheets = await Promise.all([S.sopLog.sheetName, LOG_ANCHOR_SHEET].map((n) => master.readSheet(n)));
    const log = readLog({ sheets: sheets.filter((s) => s !== null) });
    expect(log.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(log.entries.map((e) => e.action)).toEqual(["setup", "generate"]);
    const entry = log.entries[1]!;
    expect(entry).toMatchObject({
      at: SEKARANG,
      who: { nama: kasubag.nama, jabatan: kasubag.jabatan, nip: kasubag.nip },
    });
    const kkSheets = (await master.listSheets()).map((s) => s.name).filter((n) => n.startsWith("KK "));
    expect(kkSheets.length).toBeGreaterThan(1);
    expect(entry.detail).toBe(S.sopLog.details.generate(kkSheets.length, kkSheets.join(", ")));

    // The fingerprint is the one of the kertas kerja written to the folder.
    const metas = [];
    for (const file of (await files("kk")).filter((f) => f.startsWith("KK-"))) {
      const wb = await readXlsx(new Uint8Array(await readFile(join(dir, "kk", file))));
      const sheet = wb.sheets.find((s) => s.name.startsWith(KK_META_PREFIX));
      const read = sheet ? readMeta(sheet) : null;
      if (!read?.ok) throw new Error(`${file}: no metadata`);
      metas.push(read.meta);
    }
    const bySheet = new Map(metas.map((m) => [m.sheetName, m.fingerprint]));
    expect(entry.fingerprint).toBe(combinedFingerprint(kkSheets.map((n) => bySheet.get(n) ?? "")));
    expect(metas.every((m) => m.generatedAt === new Date(SEKARANG).toISOString())).toBe(true);
  });

  it("writes the kertas kerja and the letters into the master, which the SOP then counts", async () => {
    const names = (await master.listSheets()).map((s) => s.name);
    expect(names).toContain("Surat");
    expect(names).toContain(S.setup.sheetName);
    const round = await loadSopRound(master, SEKARANG);
    expect(round.kertasKerja.generated).toBe(names.filter((n) => n.startsWith("KK ")).length);
  });

  it("still writes one file per Bagian and the letters to --out, and says where the Log is", async () => {
    const written = await files("kk");
    expect(written.filter((f) => f.startsWith("KK-")).length).toBeGreaterThan(1);
    expect(written).toContain("Surat-Permintaan-Data-2026-TW2.xlsx");
    expect(out).toContain(S.cli.generate.recorded(join(dir, "induk.xlsx")));
  });

  it("without --oleh, the Log says the user did not say who they are", async () => {
    await writeMaster("induk-anonim.xlsx");
    const r = await run("--setup", "induk-anonim.xlsx", "--out", "kk-anonim");
    expect(r.code).toBe(EXIT.ok);
    const path = join(dir, "induk-anonim.xlsx");
    const book = await XlsxWorkbook.fromBytes(await readFile(path), path);
    const sheets = await Promise.all([S.sopLog.sheetName, LOG_ANCHOR_SHEET].map((n) => book.readSheet(n)));
    const last = readLog({ sheets: sheets.filter((s) => s !== null) }).entries.at(-1);
    expect(last).toMatchObject({ action: "generate", who: { ...S.sopLog.unnamedActor, nip: "" } });
  });

  it("leaves the master as it was when the folder cannot be written", async () => {
    const path = await writeMaster("induk-utuh.xlsx");
    const before = await readFile(path);
    await writeFile(join(dir, "bukan-folder"), "x");
    const r = await run("--setup", "induk-utuh.xlsx", "--out", "bukan-folder");
    expect(r.code).toBe(EXIT.output);
    expect(r.err).toContain(S.cli.output.notDirectory(join(dir, "bukan-folder")));
    expect((await readFile(path)).equals(before)).toBe(true);
  });
});

describe("generate without a master", () => {
  it("writes the files alone, each recording its generation in its own metadata", async () => {
    const r = await run("--tahun", "2026", "--periode", "TW2", "--out", "kk-tanpa", "--sekarang", SEKARANG);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).not.toContain(S.cli.generate.recorded(""));
    const written = await files("kk-tanpa");
    expect(written.every((f) => f.endsWith(".xlsx"))).toBe(true);
    for (const file of written.filter((f) => f.startsWith("KK-"))) {
      const wb = await readXlsx(new Uint8Array(await readFile(join(dir, "kk-tanpa", file))));
      expect(wb.sheets.map((s) => s.name)).not.toContain(S.sopLog.sheetName);
      const sheet = wb.sheets.find((s) => s.name.startsWith(KK_META_PREFIX));
      const read = sheet ? readMeta(sheet) : null;
      expect(read?.ok && read.meta.generatedAt).toBe(new Date(SEKARANG).toISOString());
    }
  });

  it("refuses a --oleh that is no NIP and a --sekarang that is no moment", async () => {
    const base = ["--tahun", "2026", "--periode", "TW2", "--out", "kk-x"];
    const nip = await run(...base, "--oleh", "12345");
    expect(nip.code).toBe(EXIT.usage);
    expect(nip.err).toContain(S.cli.usage.badNip("12345"));
    const now = await run(...base, "--sekarang", "kemarin");
    expect(now.code).toBe(EXIT.usage);
    expect(now.err).toContain(S.cli.usage.badSekarang("kemarin"));
  });
});
