/**
 * `generate --prior MASTER.xlsx`: the master a round's `consolidate` wrote is the next round's
 * prior report. TW I is generated, filled in by the Bagian, consolidated; TW II is generated with
 * TW I's master: its realisasi TW I stand in every kertas kerja, locked, each with its provenance
 * in the metadata; TW II's master in turn gives TW III both quarters. A master of another instansi
 * or of a round not before the one generated is refused (exit 2) with file, sheet, cell, found
 * and expected; `--setup` with the previous master copies its setup into the next round.
 */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fillAsBagian } from "../../src/cli/demo-returns";
import { EXIT, main } from "../../src/cli/main";
import { col, REALISASI_TW } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import {
  KK_META_PREFIX,
  readMeta,
  type KertasKerjaMeta,
} from "../../src/domain/kertas-kerja/kertas-kerja-meta";
import { readDataSheet } from "../../src/domain/ledger/data-sheet";
import type { ConsolidatedSubmission } from "../../src/domain/returned/submission";
import { readXlsx } from "../../src/hosts/xlsx/read";
import type { SheetSnapshot } from "../../src/sheet/plan";
import { S } from "../../src/strings";
import { readXlsxParts, sheetFacts } from "../support/xlsx-xml";
import { capture, tempDir, writeSamples } from "./support";

let dir: string;
let cleanup: () => Promise<void>;
const INSTANSI = "Sekretariat Daerah Kabupaten Uji";
const ASSIGN = [
  "--tetapkan",
  "4.01.01=Umum dan Keuangan",
  "--tetapkan",
  "4.01.02=Pemerintahan",
  "--tetapkan",
  "4.01.03=Administrasi Pembangunan",
];

const run = async (...args: string[]) => {
  const c = capture(dir);
  const code = await main(args, c.io);
  return { code, out: c.out(), err: c.err() };
};

/** The kertas kerja files of a folder, each with its kertas kerja sheet, metadata and bytes. */
async function kertasKerja(sub: string) {
  const names = (await readdir(join(dir, sub))).filter((f) => f.startsWith("KK-")).sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = new Uint8Array(await readFile(join(dir, sub, name)));
      const wb = await readXlsx(bytes);
      const metaSheet = wb.sheets.find((s) => s.name.startsWith(KK_META_PREFIX));
      const read = metaSheet ? readMeta(metaSheet) : null;
      if (!read?.ok) throw new Error(`${name}: no metadata`);
      const sheet = wb.sheets.find((s) => s.name === read.meta.sheetName) as SheetSnapshot;
      return { name, bytes, meta: read.meta, sheet };
    }),
  );
}

/** Every kertas kerja of `from` filled in on time and returned into `to`; their paths. */
async function returnAll(from: string, to: string, savedAt: string): Promise<string[]> {
  await mkdir(join(dir, to), { recursive: true });
  const paths: string[] = [];
  for (const kk of await kertasKerja(from)) {
    const filled = await fillAsBagian(kk.bytes, "on-time", new Date(savedAt));
    await writeFile(join(dir, to, kk.name), filled!);
    paths.push(join(to, kk.name));
  }
  return paths;
}

async function dataOf(master: string): Promise<ConsolidatedSubmission[]> {
  const wb = await readXlsx(new Uint8Array(await readFile(join(dir, master))));
  const read = readDataSheet(wb.sheets.find((s) => s.name === "Data")!);
  expect(read.issues).toEqual([]);
  return read.submissions;
}

const valueAt = (sheet: SheetSnapshot, address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const c = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.values[Number(m[2]) - 1]?.[c] ?? null;
};

/**
 * Each kertas kerja of `folder` against the master's Data: the quarters before the round hold the
 * master's value for that Bagian and indicator, locked, with its provenance; the current one is open.
 */
async function expectCarried(folder: string, masterFile: string, subs: ConsolidatedSubmission[], q: number) {
  let carried = 0;
  for (const kk of await kertasKerja(folder)) {
    const facts = sheetFacts(await readXlsxParts(kk.bytes), kk.meta.sheetName);
    expect(facts.isProtected).toBe(true);
    const sub = subs.find((s) => s.bagian.kode === kk.meta.bagian.kode)!;
    const rows = new Map(sub.rows.map((r) => [r.key, r]));
    for (const ref of kk.meta.rows.filter((r) => r.kind === "indicator")) {
      const data = rows.get(ref.key)!;
      REALISASI_TW.slice(0, q - 1).forEach((c, k) => {
        const cell = `${col[c]}${ref.row}`;
        const value = data.realisasiTw[k];
        expect(value).not.toBeNull();
        expect(valueAt(kk.sheet, cell)).toBe(value);
        expect(facts.isLocked(cell)).toBe(true);
        const record = prefilledAt(kk.meta, cell);
        expect(record).toMatchObject({ key: ref.key, column: c, value, tahun: 2026, periode: `TW${k + 1}` });
        expect(record.source).toMatchObject({ file: masterFile, sheet: "Data" });
        expect(record.provenance).toMatchObject({
          master: { instansi: INSTANSI, tahun: 2026, periode: `TW${q - 1}`, file: masterFile },
          bagian: sub.bagian,
          berkas: sub.file.name,
          sha256: sub.file.sha256,
        });
        carried++;
      });
      expect(facts.isLocked(`${col[REALISASI_TW[q - 1]!]}${ref.row}`)).toBe(false);
    }
  }
  return carried;
}

function prefilledAt(meta: KertasKerjaMeta, cell: string) {
  const found = meta.prefilled?.filter((p) => p.cell === cell) ?? [];
  expect(found).toHaveLength(1);
  return found[0]!;
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeSamples(dir);
  const base = ["generate", "--dpa", "dpa.xlsx", "--tahun", "2026", ...ASSIGN];
  const tw1 = await run(...base, "--periode", "TW1", "--instansi", INSTANSI, "--out", "tw1");
  expect(tw1.code).toBe(EXIT.ok);
  const back = await returnAll("tw1", "kembali-tw1", "2026-04-08T10:00:00+08:00");
  const c1 = await run("consolidate", ...back, "--into", "Induk-TW1.xlsx");
  expect(c1.err).toBe("");
  expect(c1.code).toBe(EXIT.ok);
}, 120_000);
afterAll(() => cleanup());

describe("the master of TW I as the prior report of TW II", () => {
  let tw2: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    // No --instansi: the round takes the master's.
    const args = ["--dpa", "dpa.xlsx", "--prior", "Induk-TW1.xlsx", "--tahun", "2026", "--periode", "TW2"];
    tw2 = await run("generate", ...args, ...ASSIGN, "--out", "tw2");
  }, 60_000);

  it("is accepted, and each kertas kerja arrives with TW I's realisasi, locked, with its provenance", async () => {
    expect(tw2.err).toBe("");
    expect(tw2.code).toBe(EXIT.ok);
    expect(tw2.out).toContain(INSTANSI);
    const subs = await dataOf("Induk-TW1.xlsx");
    const carried = await expectCarried("tw2", "Induk-TW1.xlsx", subs, 2);
    const indicators = subs.flatMap((s) => s.rows.filter((r) => r.kind === "indicator"));
    expect(carried).toBe(indicators.length);
    expect(tw2.out).toContain(
      S.priorMaster.carried(carried, "Induk-TW1.xlsx", "Triwulan I 2026", subs.length).slice(0, 40),
    );
  });

  it("and TW II's master gives TW III both quarters, TW I unchanged through the chain", async () => {
    const back = await returnAll("tw2", "kembali-tw2", "2026-07-08T10:00:00+08:00");
    const c2 = await run("consolidate", ...back, "--into", "Induk-TW2.xlsx");
    expect(c2.code).toBe(EXIT.ok);
    const tw1 = await dataOf("Induk-TW1.xlsx");
    const tw2Data = await dataOf("Induk-TW2.xlsx");
    const first = new Map(tw1.flatMap((s) => s.rows.map((r) => [r.key, r.realisasiTw[0]] as const)));
    for (const row of tw2Data.flatMap((s) => s.rows.filter((r) => r.kind === "indicator"))) {
      expect(row.realisasiTw[0]).toBe(first.get(row.key));
    }
    const args = ["--dpa", "dpa.xlsx", "--prior", "Induk-TW2.xlsx", "--tahun", "2026", "--periode", "TW3"];
    const tw3 = await run("generate", ...args, ...ASSIGN, "--out", "tw3");
    expect(tw3.code).toBe(EXIT.ok);
    expect(await expectCarried("tw3", "Induk-TW2.xlsx", tw2Data, 3)).toBeGreaterThan(100);
  }, 60_000);
});

describe("a master that cannot be the prior report", () => {
  const generate = (...args: string[]) =>
    run("generate", "--dpa", "dpa.xlsx", "--prior", "Induk-TW1.xlsx", ...args, "--out", "ditolak");

  it.each([
    [
      "the same round",
      ["--tahun", "2026", "--periode", "TW1"],
      "B6",
      "Triwulan I 2026",
      "sebelum Triwulan I 2026",
    ],
    [
      "an earlier year",
      ["--tahun", "2025", "--periode", "TW4"],
      "B5",
      "Triwulan I 2026",
      "sebelum Triwulan IV 2025",
    ],
    [
      "another instansi",
      ["--tahun", "2026", "--periode", "TW2", "--instansi", "Sekretariat DPRD Kabupaten Uji"],
      "B4",
      INSTANSI,
      "Sekretariat DPRD Kabupaten Uji",
    ],
  ])(
    "is refused: %s (exit 2, file, sheet, cell, found, expected)",
    async (_name, args, cell, found, expected) => {
      const r = await generate(...args);
      expect(r.code).toBe(EXIT.input);
      expect(r.err).toContain(S.priorMaster.cli.refused(join(dir, "Induk-TW1.xlsx")));
      expect(r.err).toContain(`Induk-TW1.xlsx › Pengaturan, sel ${cell}: Buku kerja induk Induk-TW1.xlsx`);
      expect(r.err).toContain(`ditemukan "${found}"`);
      expect(r.err).toContain(expected);
      await expect(readdir(join(dir, "ditolak"))).rejects.toThrow();
    },
  );
});

describe("--setup with the previous round's master", () => {
  it("copies its setup into the next round, carries its realisasi, and leaves the master as it was", async () => {
    const before = await readFile(join(dir, "Induk-TW1.xlsx"));
    const args = ["--setup", "Induk-TW1.xlsx", "--prior", "Induk-TW1.xlsx", "--periode", "TW2"];
    const r = await run("generate", "--dpa", "dpa.xlsx", ...args, ...ASSIGN, "--out", "tw2-setup");
    expect(r.err).toBe("");
    expect(r.code).toBe(EXIT.ok);
    expect((await readFile(join(dir, "Induk-TW1.xlsx"))).equals(before)).toBe(true);
    const P = S.priorMaster;
    expect(r.out).toContain(
      P.cli.previousMaster(join(dir, "Induk-TW1.xlsx"), "Triwulan I 2026", "Triwulan II 2026"),
    );
    const files = await kertasKerja("tw2-setup");
    expect(files.every((f) => f.meta.periode === "TW2" && f.meta.batasWaktu === "2026-07-15")).toBe(true);
    expect(files.every((f) => f.meta.setup?.instansi === INSTANSI)).toBe(true);
    await expectCarried("tw2-setup", "Induk-TW1.xlsx", await dataOf("Induk-TW1.xlsx"), 2);
  }, 60_000);
});
