/**
 * Consolidation as a user waits for it: the whole `consolidate` process (Node, the CLI's start-up,
 * reading, judging, writing the master to disk) against a whole process of exceljs reading the same
 * files and writing the master's cells (bench/floor-process.cjs), wall time from spawn to exit,
 * alternating, median of several runs after one warm-up each.
 */
import { spawnSync } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { SheetPlan } from "../src/sheet/plan";
import { plainSheet } from "./plain";
import { median } from "./report";

const ROOT = resolve(__dirname, "..");
const BIN = join(ROOT, "bin", "kertas-kerja.cjs");
const FLOOR = join(ROOT, "bench", "floor-process.cjs");

function run(args: string[], env: NodeJS.ProcessEnv, cwd: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, env: { ...process.env, ...env }, encoding: "utf8" });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.slice(0, 2).join(" ")}: exit ${r.status}: ${r.stderr}`);
  return ms;
}

/** Median wall times of the two processes, ms. */
export async function wholeProcesses(
  dir: string,
  paths: readonly string[],
  masterPlans: readonly SheetPlan[],
  now: string,
  reps: number,
): Promise<{ cli: number; floor: number }> {
  const cells = join(dir, "sel-master.json");
  await writeFile(cells, JSON.stringify(masterPlans.map(plainSheet)));
  const master = join(dir, "Induk-proses.xlsx");
  const cli = async () => {
    await rm(master, { force: true });
    return run([BIN, "consolidate", ...paths, "--into", master], { KERTAS_KERJA_SEKARANG: now }, dir);
  };
  const floor = async () => run([FLOOR, cells, join(dir, "lantai-proses.xlsx"), ...paths], {}, dir);
  await cli();
  await floor();
  const times = { cli: [] as number[], floor: [] as number[] };
  for (let i = 0; i < reps; i++) {
    if (i % 2 === 0) {
      times.cli.push(await cli());
      times.floor.push(await floor());
    } else {
      times.floor.push(await floor());
      times.cli.push(await cli());
    }
  }
  return { cli: median(times.cli), floor: median(times.floor) };
}
