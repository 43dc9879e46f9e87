import { spawnSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { EXIT, main } from "../../src/cli/main";
import { SAMPLE_BAGIAN } from "../../src/demo";
import { S } from "../../src/strings";
import { capture, STACK_LINE, tempDir } from "./support";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin", "kertas-kerja.cjs");
const D = S.cli.demo;

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(() => cleanup());

it("demo runs a whole round: generate, the Bagian return, consolidate, and the analysis", async () => {
  const c = capture(dir);
  const code = await main(["demo", "--out", "contoh"], c.io);
  expect(c.err()).toBe("");
  expect(code).toBe(EXIT.ok);
  const base = join(dir, "contoh");
  expect((await readdir(base)).sort()).toEqual(
    [D.dpaFile, D.priorFile, D.outSubdir, D.returnedSubdir, D.masterFile, D.reportFile].sort(),
  );
  const bagianCount = Object.keys(SAMPLE_BAGIAN).length;
  const kk = await readdir(join(base, D.outSubdir));
  expect(kk.filter((f) => /^KK-2026-TW2-.+\.xlsx$/.test(f))).toHaveLength(bagianCount);
  // One Bagian never returns its kertas kerja.
  expect(await readdir(join(base, D.returnedSubdir))).toHaveLength(bagianCount - 1);

  const report = JSON.parse(await readFile(join(base, D.reportFile), "utf8")) as {
    written: boolean;
    files: { verdict: string; issues: { code: string; cell?: string; found?: string }[] }[];
  };
  expect(report.written).toBe(true);
  const rejected = report.files.filter((f) => f.verdict === "rejected");
  // The typo ("8O" for 80) and the changed target are rejected, each on the cell concerned.
  expect(rejected).toHaveLength(2);
  const errors = rejected.flatMap((f) => f.issues.filter((i) => i.code.length > 0 && i.cell !== undefined));
  expect(errors.map((i) => i.found)).toContain("8O");

  const out = c.out();
  expect(out).toContain(D.summary.heading);
  expect(out).toContain(D.summary.counts(bagianCount - 3, bagianCount, 1));
  expect(out).toContain(D.summary.missing);
  expect(out).toContain(D.summary.ketepatan.terlambat);
  expect(out).toContain(D.done(base));
  expect(out).toContain(join(base, D.masterFile));
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
