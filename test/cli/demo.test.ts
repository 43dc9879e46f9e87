import { spawnSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { loadConsolidationState } from "../../src/app/consolidate";
import { DEMO_ROUND_DIRS } from "../../src/cli/demo";
import { EXIT, main } from "../../src/cli/main";
import { SAMPLE_BAGIAN } from "../../src/demo";
import { analyse } from "../../src/domain/analysis/analysis";
import { readPerjanjianKinerjaFromWorkbook, PK_SHEET } from "../../src/domain/inputs/pk-sheet";
import { col, REALISASI_TW } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import {
  KK_META_PREFIX,
  readMeta,
  type KertasKerjaMeta,
} from "../../src/domain/kertas-kerja/kertas-kerja-meta";
import { findWord, levelIn } from "../../src/domain/setup/scales";
import type { QualitativeScale } from "../../src/domain/setup/setup-types";
import { formatPercent } from "../../src/domain/shared/numbers";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { readXlsx } from "../../src/hosts/xlsx/read";
import type { CellValue, SheetSnapshot } from "../../src/sheet/plan";
import { S } from "../../src/strings";
import { readXlsxParts, sheetFacts } from "../support/xlsx-xml";
import { capture, STACK_LINE, tempDir } from "./support";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin", "kertas-kerja.cjs");
const D = S.cli.demo;
const { TW1, TW2 } = DEMO_ROUND_DIRS;
const bagianCount = Object.keys(SAMPLE_BAGIAN).length;

let dir: string;
let cleanup: () => Promise<void>;
/** The demo run once for the tests below: its folder and what it printed. */
let base: string;
let out: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const c = capture(dir);
  const code = await main(["demo", "--out", "contoh"], c.io);
  expect(c.err()).toBe("");
  expect(code).toBe(EXIT.ok);
  base = join(dir, "contoh");
  out = c.out();
}, 60_000);
afterAll(() => cleanup());

const valueAt = (sheet: SheetSnapshot, address: string): CellValue | undefined => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const c = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.values[Number(m[2]) - 1]?.[c] ?? null;
};

/** The kertas kerja of a folder, each with its metadata, its kertas kerja sheet, and its bytes. */
async function kertasKerja(folder: string) {
  const names = (await readdir(folder)).filter((f) => f.startsWith("KK-")).sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = new Uint8Array(await readFile(join(folder, name)));
      const wb = await readXlsx(bytes);
      const read = readMeta(wb.sheets.find((s) => s.name.startsWith(KK_META_PREFIX))!);
      if (!read.ok) throw new Error(`${name}: no metadata`);
      const sheet = wb.sheets.find((s) => s.name === read.meta.sheetName)!;
      return { name, bytes, meta: read.meta, sheet };
    }),
  );
}

/** A master read back as consolidation reads it, with its sheet names. */
async function masterOf(round: string, periode: string) {
  const path = join(base, round, D.masterFile(2026, periode));
  const bytes = new Uint8Array(await readFile(path));
  const state = await loadConsolidationState(await XlsxWorkbook.fromBytes(bytes, path));
  const sheets = (await readXlsx(bytes)).sheets.map((s) => s.name);
  return { state, sheets };
}

/** The rows of the printed table under `heading`: its cells, split where two or more spaces stand. */
function printedTable(heading: string): string[][] {
  const lines = out.split("\n");
  const at = lines.indexOf(heading);
  expect(at).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 3)) {
    if (!/^\S+ {2}/.test(line)) break;
    rows.push(line.split(/ {2,}/));
  }
  return rows;
}

it("writes the inputs and two rounds, each in its own folder", async () => {
  expect((await readdir(base)).sort()).toEqual([D.dpaFile, D.priorFile, D.pkFile, TW1, TW2].sort());
  for (const [round, periode, returned] of [
    [TW1, "TW1", bagianCount],
    [TW2, "TW2", bagianCount - 1],
  ] as const) {
    expect((await readdir(join(base, round))).sort()).toEqual(
      [D.outSubdir, D.returnedSubdir, D.masterFile(2026, periode), D.reportFile].sort(),
    );
    const kk = await readdir(join(base, round, D.outSubdir));
    expect(kk.filter((f) => new RegExp(`^KK-2026-${periode}-.+\\.xlsx$`).test(f))).toHaveLength(bagianCount);
    // In TW II one Bagian never returns its kertas kerja.
    expect(await readdir(join(base, round, D.returnedSubdir))).toHaveLength(returned);
  }
});

it("TW I: every Bagian returns on time and is consolidated", async () => {
  const report = JSON.parse(await readFile(join(base, TW1, D.reportFile), "utf8")) as {
    written: boolean;
    files: { verdict: string }[];
  };
  expect(report.written).toBe(true);
  expect(report.files).toHaveLength(bagianCount);
  expect(report.files.filter((f) => f.verdict === "rejected")).toEqual([]);
  expect(out).toContain(D.summary.heading(S.common.periode.TW1, 2026));
  expect(out).toContain(D.summary.counts(bagianCount, bagianCount, 0));
  expect(out).toContain(D.sasaran.heading(S.common.periode.TW1, 2026));
});

it("TW II: one late, a typo and a changed target rejected, one never returns", async () => {
  const report = JSON.parse(await readFile(join(base, TW2, D.reportFile), "utf8")) as {
    written: boolean;
    files: { verdict: string; issues: { code: string; cell?: string; found?: string }[] }[];
  };
  expect(report.written).toBe(true);
  const rejected = report.files.filter((f) => f.verdict === "rejected");
  // The typo ("8O" for 80) and the changed target are rejected, each on the cell concerned.
  expect(rejected).toHaveLength(2);
  const errors = rejected.flatMap((f) => f.issues.filter((i) => i.code.length > 0 && i.cell !== undefined));
  expect(errors.map((i) => i.found)).toContain("8O");

  expect(out).toContain(D.summary.heading(S.common.periode.TW2, 2026));
  expect(out).toContain(D.summary.counts(bagianCount - 3, bagianCount, 1));
  expect(out).toContain(D.summary.missing);
  expect(out).toContain(D.summary.ketepatan.terlambat);
  expect(out).toContain(D.done(base));
  expect(out).toContain(join(base, TW2, D.masterFile(2026, "TW2")));
});

it("TW II's kertas kerja carry TW I's consolidated qualitative IKU realisasi, locked", async () => {
  const pkFile = await readXlsx(new Uint8Array(await readFile(join(base, D.pkFile))));
  const pk = readPerjanjianKinerjaFromWorkbook(pkFile.sheets)!.pk;
  const { state } = await masterOf(TW2, "TW2");
  const scales = state.setup!.rules.scales;
  const qualitative = pk.iku.filter((i) => findWord(i.targetTahunan, scales) !== null);
  expect(qualitative.length).toBeGreaterThan(0);
  const returnedTw1 = await kertasKerja(join(base, TW1, D.returnedSubdir));
  const tw2 = await kertasKerja(join(base, TW2, D.outSubdir));
  const tw2Facts = new Map<string, ReturnType<typeof sheetFacts>>();
  const cellTw1 = (row: number) => `${col.realisasiTw1}${row}`;
  for (const iku of qualitative) {
    const scale = findWord(iku.targetTahunan, scales)!.scale;
    // The word the responsible Bagian typed in TW I, in the file it returned.
    const typed = returnedTw1.find((k) => k.meta.rows.some((r) => r.key === iku.key))!;
    expect(typed.meta.bagian.nama).toBe(iku.bagian);
    const typedRow = typed.meta.rows.find((r) => r.key === iku.key)!;
    const word = valueAt(typed.sheet, cellTw1(typedRow.row));
    expect(levelIn(word as string, scale)).not.toBeNull();

    // The same Bagian's TW II kertas kerja: the word stands there, locked, with its provenance.
    const kk = tw2.find((k) => k.meta.bagian.kode === typed.meta.bagian.kode)!;
    const row = kk.meta.rows.find((r) => r.key === iku.key)!;
    expect(row.kind).toBe("indicator");
    expect(kk.meta.rows.some((r) => r.kind === "sasaran" && r.key === `SS.${iku.sasaranNo}`)).toBe(true);
    const cell = cellTw1(row.row);
    expect(valueAt(kk.sheet, cell)).toBe(word);
    expect(row.open).not.toContain("realisasiTw1");
    expect(row.open).toContain("realisasiTw2");
    const facts = tw2Facts.get(kk.name) ?? sheetFacts(await readXlsxParts(kk.bytes), kk.meta.sheetName);
    tw2Facts.set(kk.name, facts);
    expect(facts.isLocked(cell)).toBe(true);
    const prefilled = kk.meta.prefilled?.filter((p) => p.cell === cell) ?? [];
    expect(prefilled).toHaveLength(1);
    expect(prefilled[0]!.provenance).toMatchObject({ master: { periode: "TW1", tahun: 2026 } });
  }
});

/** Every open realisasi cell of a word row holds a word of its scale: never a number. */
function expectWordsInWordRows(
  kk: { meta: KertasKerjaMeta; sheet: SheetSnapshot },
  scales: readonly QualitativeScale[],
): number {
  let words = 0;
  for (const row of kk.meta.rows.filter((r) => r.kind === "indicator")) {
    const scale = findWord(valueAt(kk.sheet, `${col.targetTahunan}${row.row}`) as string, scales)?.scale;
    if (!scale) continue;
    for (const c of REALISASI_TW.filter((r) => row.open.includes(r))) {
      const value = valueAt(kk.sheet, `${col[c]}${row.row}`);
      expect(typeof value).toBe("string");
      expect(levelIn(value as string, scale)).not.toBeNull();
      words++;
    }
  }
  return words;
}

it("the Bagian type words, never numbers, in a qualitative IKU's realisasi", async () => {
  const { state } = await masterOf(TW1, "TW1");
  let words = 0;
  for (const round of [TW1, TW2]) {
    for (const kk of await kertasKerja(join(base, round, D.returnedSubdir))) {
      words += expectWordsInWordRows(kk, state.setup!.rules.scales);
    }
  }
  // Opini BPK and predikat SAKIP, in both rounds (one quarter open in each).
  expect(words).toBeGreaterThanOrEqual(4);
});

it("the TW II master holds the PK; the printed capaian per sasaran is the analysis of that master", async () => {
  const { state, sheets } = await masterOf(TW2, "TW2");
  expect(sheets).toContain(PK_SHEET);
  expect(state.pk).not.toBeNull();
  const expected = analyse(state.setup!, state.current, state.pk).perSasaran;
  expect(expected.length).toBe(state.pk!.sasaran.length);
  expect(expected.some((s) => s.capaian !== null)).toBe(true);

  const pct = (n: number | null) => (n === null ? "–" : formatPercent(n));
  const printed = printedTable(D.sasaran.heading(S.common.periode.TW2, 2026));
  expect(printed).toHaveLength(expected.length);
  expected.forEach((s, i) => {
    const [no, text, dinilai, capaian, predikat, serapan, efisiensi] = printed[i]!;
    expect(no).toBe(s.no);
    expect(s.text.startsWith(text!.replace(/…$/, ""))).toBe(true);
    expect(dinilai).toBe(`${s.dinilai}/${s.iku.length}`);
    expect(capaian).toBe(pct(s.capaian));
    expect(predikat).toBe(s.predikat ?? "–");
    expect(serapan).toBe(pct(s.serapan));
    expect(efisiensi).toBe(s.efisiensi ? D.summary.efisiensi[s.efisiensi] : "–");
  });
});

it("demo defaults to ./kertas-kerja-demo", async () => {
  const c = capture(join(dir));
  expect(await main(["demo"], c.io)).toBe(EXIT.ok);
  expect(await readdir(join(dir, D.defaultDir))).toContain(D.dpaFile);
});

describe("the real launcher", () => {
  const node = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 120_000 });

  it("runs the demo end to end", () => {
    const r = node("demo", "--out", "tmp");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(D.done(join(dir, "tmp")));
  });

  it("passes the exit code on and prints no stack", () => {
    const r = node("generate", "--dpa", "hilang.xlsx", "--tahun", "2026", "--periode", "TW1", "--out", "o");
    expect(r.status).toBe(EXIT.input);
    expect(r.stderr).toContain(S.cli.input.notFound(join(dir, "hilang.xlsx")));
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
