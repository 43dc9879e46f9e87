import { spawnSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { loadConsolidationState } from "../../src/app/consolidate";
import { DEMO_ROUND_DIRS } from "../../src/cli/demo";
import { EXIT, main } from "../../src/cli/main";
import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { loadSetup } from "../../src/app/setup";
import { loadSopRound } from "../../src/app/sop";
import { SOP_TW2 } from "../../src/cli/demo-sop";
import { SAMPLE_BAGIAN, SAMPLE_INSTANSI, SAMPLE_KEPALA, SAMPLE_PEJABAT } from "../../src/demo";
import type { ArchiveManifest } from "../../src/domain/archive/archive-manifest";
import { archiveFolderName, laporanFileName, MANIFEST_FILE } from "../../src/domain/archive/archive-names";
import { LAPORAN_SHEET_NAME } from "../../src/domain/report/laporan-sheet";
import { nipProblem } from "../../src/domain/setup/setup";
import type { SopRole } from "../../src/domain/setup/setup-types";
import { formatInstant, parseInstant } from "../../src/domain/setup/working-time";
import { laporanDocx } from "../../src/strings/laporanDocx";
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

/** The real launcher, as `npx kertas-kerja` starts it, in `cwd`. */
const node = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 180_000 });

let dir: string;
let cleanup: () => Promise<void>;
/** The demo run once for the tests below: its folder and what it printed. */
let base: string;
let out: string;
// Once, through the real launcher and into the default folder, as a user runs it on a fresh
// machine: the demo is the slowest command (its Laporan is rendered twice), so one run serves all.
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const r = node(dir, "demo");
  expect(r.stderr).toBe("");
  expect(r.status).toBe(EXIT.ok);
  base = join(dir, D.defaultDir);
  out = r.stdout;
}, 180_000);
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
  // TW II goes on to its Laporan and its archive, beside its master.
  const tw2Extra = [
    laporanFileName({ instansi: SAMPLE_INSTANSI, tahun: 2026, periode: "TW2" }),
    D.sop.arsipSubdir,
  ];
  for (const [round, periode, returned, extra] of [
    [TW1, "TW1", bagianCount, []],
    [TW2, "TW2", bagianCount - 1, tw2Extra],
  ] as const) {
    expect((await readdir(join(base, round))).sort()).toEqual(
      [D.outSubdir, D.returnedSubdir, D.masterFile(2026, periode), D.reportFile, ...extra].sort(),
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

describe("round TW II to the end of the SOP", () => {
  const round = { instansi: SAMPLE_INSTANSI, tahun: 2026, periode: "TW2" as const };
  const masterPath = () => join(base, TW2, D.masterFile(2026, "TW2"));
  const docxPath = () => join(base, TW2, laporanFileName(round));
  const archiveDir = () => join(base, TW2, D.sop.arsipSubdir, archiveFolderName(round));
  const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
  const official = (peran: SopRole) => SAMPLE_PEJABAT.find((p) => p.peran === peran)!;
  const portOf = async (path: string) => XlsxWorkbook.fromBytes(await readFile(path), path);
  const sopOfMaster = async () => loadSopRound(await portOf(masterPath()), SOP_TW2.status);

  it("the officials stated on TW I's Pengaturan are on TW II's master too, every NIP a valid one", async () => {
    const row = (p: { peran: string; nama: string; jabatan: string; nip: string }) =>
      [p.peran, p.nama, p.jabatan, p.nip].join(" | ");
    for (const [folder, periode] of [
      [TW1, "TW1"],
      [TW2, "TW2"],
    ] as const) {
      const { setup, issues } = await loadSetup(
        await portOf(join(base, folder, D.masterFile(2026, periode))),
      );
      expect(issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(setup!.pejabat.map(row).sort()).toEqual(SAMPLE_PEJABAT.map(row).sort());
      expect(setup!.bagian).toHaveLength(bagianCount);
      for (const b of setup!.bagian) {
        const key = (Object.keys(SAMPLE_BAGIAN) as (keyof typeof SAMPLE_BAGIAN)[]).find(
          (k) => SAMPLE_BAGIAN[k] === b.nama,
        )!;
        expect(b.kepala).toEqual(SAMPLE_KEPALA[key]);
      }
    }
    for (const p of [...SAMPLE_PEJABAT, ...Object.values(SAMPLE_KEPALA)])
      expect(nipProblem(p.nip)).toBeNull();
    // The Kepala Bagian Umum dan Keuangan is the official of steps 2 and 6: one person.
    expect(SAMPLE_KEPALA.UMUM).toEqual({
      nama: official("kabag-umum-keuangan").nama,
      nip: official("kabag-umum-keuangan").nip,
    });
  });

  it("the master holds the Laporan; its .docx is a Word package carrying the paraf and the signature", async () => {
    const sheets = (await readXlsx(new Uint8Array(await readFile(masterPath())))).sheets.map((s) => s.name);
    expect(sheets).toContain(LAPORAN_SHEET_NAME);
    const parts = unzipSync(new Uint8Array(await readFile(docxPath())));
    const xml = strFromU8(parts["word/document.xml"]!);
    // The document's text: the runs of each paragraph joined, one paragraph a line.
    const text = (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
      .map((p) =>
        (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join(""),
      )
      .join("\n");
    const checks = (await sopOfMaster()).parafValidity.checks;
    expect(checks.map((c) => [c.step, c.record.nip, c.status])).toEqual([
      [6, official("kabag-umum-keuangan").nip, "valid"],
      [7, official("sekretaris-daerah").nip, "valid"],
    ]);
    for (const c of checks) {
      expect(text).toContain(c.record.nama);
      expect(text).toContain(laporanDocx.approvals.nip(c.record.nip));
      expect(text).toContain(laporanDocx.approvals.fingerprint(c.record.fingerprint.slice(0, 12)));
    }
    // Neither is missing or void: the cover carries no draft mark.
    expect(text).not.toContain(laporanDocx.cover.draft([]).trim());
  });

  it("sop status: all eight steps done, the paraf and the signature valid", async () => {
    const c = capture(dir);
    expect(await main(["sop", "status", masterPath(), "--sekarang", SOP_TW2.status], c.io)).toBe(EXIT.ok);
    const printed = c.out();
    const rows = printed.split("\n").filter((l) => /^ *\d {2}\S/.test(l));
    expect(rows.map((r) => r.trim().split(" ")[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    for (const r of rows) expect(r.split(/ {2,}/)[4]).toMatch(new RegExp(`^${S.sop.status.selesai}`));
    expect(printed).toContain(S.cli.sop.allDone);

    const sop = await sopOfMaster();
    expect(sop.steps.filter((s) => s.actualFinish !== undefined)).toHaveLength(8);
    const cal = sop.setup!.calendar;
    for (const [step, peran, at] of [
      [6, "kabag-umum-keuangan", SOP_TW2.paraf],
      [7, "sekretaris-daerah", SOP_TW2.sign],
    ] as const) {
      const o = official(peran);
      const when = formatInstant(parseInstant(at)!, cal);
      expect(printed).toContain(S.cli.sop.parafLine(S.cli.sop.parafNames[step], o.nama, o.nip, when, true));
    }
  });

  it("the Log's step 8 records the SHA-256 of the archive's manifest; arsip periksa finds it intact", async () => {
    const manifestBytes = new Uint8Array(await readFile(join(archiveDir(), MANIFEST_FILE)));
    const sha = sha256(manifestBytes);
    const sop = await sopOfMaster();
    const step8 = sop.steps[7]!;
    const done8 = sop.log.entries.filter(
      (e) => e.action === "step-done" && e.detail.startsWith(S.sop.app.log.done(8, step8.aktivitas)),
    );
    expect(done8).toHaveLength(1);
    expect(done8[0]!.fingerprint).toBe(sha);
    expect(done8[0]!.who.nip).toBe(official("kasubag-perencanaan").nip);

    const c = capture(dir);
    expect(await main(["arsip", "periksa", archiveDir(), "--sha256", sha], c.io)).toBe(EXIT.ok);
    expect(out).toContain(D.sop.manifestSha(sha));
    const manifest = JSON.parse(strFromU8(manifestBytes)) as ArchiveManifest;
    expect(out).toContain(D.sop.intact(manifest.files.length));
  });

  it("the archive holds the final .docx, the request letters and every accepted kertas kerja", async () => {
    const manifest = JSON.parse(await readFile(join(archiveDir(), MANIFEST_FILE), "utf8")) as ArchiveManifest;
    expect(manifest.missing).toEqual([]);
    const laporan = manifest.files.filter((f) => f.role === "laporan");
    expect(laporan.map((f) => f.sha256)).toEqual([sha256(new Uint8Array(await readFile(docxPath())))]);
    expect(manifest.files.filter((f) => f.role === "surat")).toHaveLength(1);
    // Six accepted in TW II: one late but complete, a typo and a changed target rejected, one never sent.
    expect(manifest.files.filter((f) => f.role === "kertas-kerja")).toHaveLength(bagianCount - 3);
  });

  it("says each stage and where its files are", () => {
    expect(out).toContain(D.sop.heading(S.common.periode.TW2, 2026));
    expect(out).toContain(D.sop.master(join(TW2, D.masterFile(2026, "TW2"))));
    expect(out).toContain(D.sop.stillValid);
    expect(out).not.toContain(D.sop.voided);
    expect(out).toContain(D.roundEnd(docxPath(), archiveDir()));
    for (const [role, o] of SAMPLE_PEJABAT.map((p) => [p.peran, p] as const)) {
      expect(out).toContain(D.officials.official(S.setup.roles[role], o.nama, o.nip));
    }
    expect(out).toContain(D.officials.carried(join(TW2, D.masterFile(2026, "TW2"))));
  });

  it("refuses to run again over its own rounds, writing nothing", async () => {
    const before = await readFile(masterPath());
    const c = capture(dir);
    expect(await main(["demo"], c.io)).toBe(EXIT.output);
    expect(c.err()).toContain(D.exists(base, `${TW1}, ${TW2}`));
    expect(c.out()).toBe("");
    expect(await readFile(masterPath())).toEqual(before);
  });
});

describe("the real launcher", () => {
  it("runs the demo end to end, into ./kertas-kerja-demo by default", async () => {
    expect(out).toContain(D.done(base));
    expect(await readdir(base)).toContain(D.dpaFile);
  });

  it("passes the exit code on and prints no stack", () => {
    const r = node(
      dir,
      "generate",
      "--dpa",
      "hilang.xlsx",
      "--tahun",
      "2026",
      "--periode",
      "TW1",
      "--out",
      "o",
    );
    expect(r.status).toBe(EXIT.input);
    expect(r.stderr).toContain(S.cli.input.notFound(join(dir, "hilang.xlsx")));
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
