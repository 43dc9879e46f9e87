/**
 * The start-up part of `npm run bench`: whole processes, as a user waits for them (wall time from
 * spawn to exit, median of several runs after one warm-up).
 *
 * - `node bin/kertas-kerja.cjs --help` from the current bundle (bin/cli-bundle.cjs), from an empty
 *   cache (the first start after `npm ci`: it builds the bundle first), and from the sources
 *   through tsx (KERTAS_KERJA_CLI=sources: how every start went before the bundle);
 * - a command's start-up: `sop status` on a missing file loads the command and exceljs, then exits
 *   2; with exceljs and the other packages from the bundled vendor.cjs, from node_modules, and
 *   through tsx;
 * - `npx kertas-kerja --help`, the command the README shows: npm's own start-up comes on top;
 * - `node -e 0`: Node alone, the floor.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fmt, median, table } from "./report";

const ROOT = resolve(__dirname, "..");
const BIN = join(ROOT, "bin", "kertas-kerja.cjs");
const REPS = Number(process.env.BENCH_STARTUP_REPS ?? 10);
const NPX_REPS = Number(process.env.BENCH_NPX_REPS ?? 3);
const AIM_MS = 500;

interface Run {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Before each timed run (not timed). */
  before?: () => Promise<void>;
  expectStatus: number;
}

/** Wall time of one whole process, ms; throws when it ends otherwise than expected. */
function once(run: Run, cwd: string): number {
  const env: NodeJS.ProcessEnv = { ...process.env, ...run.env };
  const start = performance.now();
  const r = spawnSync(run.command, run.args, { cwd, env, encoding: "utf8", timeout: 120_000 });
  const ms = performance.now() - start;
  if (r.status !== run.expectStatus)
    throw new Error(
      `${run.command} ${run.args.join(" ")}: exit ${r.status}, expected ${run.expectStatus}: ${r.stderr}`,
    );
  return ms;
}

async function measure(run: Run, cwd: string, reps: number): Promise<number> {
  await run.before?.();
  once(run, cwd); // warm-up: file cache, and the bundle built if a source changed
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    await run.before?.();
    times.push(once(run, cwd));
  }
  return median(times);
}

const aim = (ms: number): string[] => [`≤ ${fmt(AIM_MS)}`, ms <= AIM_MS ? "tercapai" : "BELUM"];

export async function benchStartup(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "kk-bench-startup-"));
  const emptyCache = join(dir, "cache");
  const node = (args: string[], env: NodeJS.ProcessEnv = {}, expectStatus = 0): Run => ({
    command: process.execPath,
    args: [BIN, ...args],
    env: { KERTAS_KERJA_CLI: undefined, KERTAS_KERJA_CLI_VENDOR: undefined, ...env },
    expectStatus,
  });
  const command = ["sop", "status", "hilang.xlsx"];
  try {
    console.log(`\nMulai CLI, proses utuh (median ${REPS} ulangan, satu pemanasan; npx: ${NPX_REPS}):`);
    const help = await measure(node(["--help"]), dir, REPS);
    const first = await measure(
      {
        ...node(["--help"], { KERTAS_KERJA_CLI_CACHE: emptyCache }),
        before: () => rm(emptyCache, { recursive: true, force: true }),
      },
      dir,
      REPS,
    );
    const helpTsx = await measure(node(["--help"], { KERTAS_KERJA_CLI: "sources" }), dir, REPS);
    const cmd = await measure(node(command, {}, 2), dir, REPS);
    const cmdNodeModules = await measure(
      node(command, { KERTAS_KERJA_CLI_VENDOR: "node_modules" }, 2),
      dir,
      REPS,
    );
    const cmdTsx = await measure(node(command, { KERTAS_KERJA_CLI: "sources" }, 2), dir, REPS);
    const bare = await measure({ command: process.execPath, args: ["-e", "0"], expectStatus: 0 }, dir, REPS);
    const rows = [
      ["Ukuran (proses utuh)", "Nilai", "Sasaran", "Status"],
      ["node bin/kertas-kerja.cjs --help (bundel), ms", fmt(help), ...aim(help)],
      ["  pertama kali, cache kosong (membangun bundel), ms", fmt(first), ...aim(first)],
      ["  lewat tsx (KERTAS_KERJA_CLI=sources), ms", fmt(helpTsx), "", ""],
      ["rasio tsx / bundel (--help)", fmt(helpTsx / help, 1), "", ""],
      ["sop status hilang.xlsx (memuat perintah + exceljs), ms", fmt(cmd), "", ""],
      ["  paket dari node_modules, bukan vendor.cjs, ms", fmt(cmdNodeModules), "", ""],
      ["  lewat tsx, ms", fmt(cmdTsx), "", ""],
      ["node -e 0 (Node saja), ms", fmt(bare), "", ""],
    ];
    if (NPX_REPS > 0) {
      const npx = await measure(
        {
          command: "npx",
          args: ["kertas-kerja", "--help"],
          env: { KERTAS_KERJA_CLI: undefined },
          expectStatus: 0,
        },
        ROOT,
        NPX_REPS,
      );
      rows.push([
        "npx kertas-kerja --help (npm + CLI), ms",
        fmt(npx),
        "",
        `npm sendiri ≈ ${fmt(npx - help)} ms`,
      ]);
    }
    console.log(table(rows));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
