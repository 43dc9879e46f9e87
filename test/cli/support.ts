/** Helpers for the CLI tests: captured output, a temp folder, the sample files on disk. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/io";
import type { SheetPlan, SheetSnapshot } from "../../src/sheet/plan";
import { buildSampleDpaPlan, buildSamplePriorPlan } from "../../src/demo";
import { plansToXlsx } from "../../src/hosts/xlsx/write";

export interface Captured {
  io: CliIo;
  out: () => string;
  err: () => string;
}

export function capture(cwd: string): Captured {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
      cwd,
      now: () => new Date("2026-07-01T08:00:00+08:00"),
    },
    out: () => out,
    err: () => err,
  };
}

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "kk-cli-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes the sample DPA and prior report into `dir`; returns their file names. */
export async function writeSamples(dir: string): Promise<{ dpa: string; prior: string }> {
  await writeFile(join(dir, "dpa.xlsx"), await plansToXlsx([buildSampleDpaPlan()]));
  await writeFile(join(dir, "prior.xlsx"), await plansToXlsx([buildSamplePriorPlan()]));
  return { dpa: "dpa.xlsx", prior: "prior.xlsx" };
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = /^\s+at .+(\(|:\d+:\d+)/m;

/** A plan as a host would read it back (values and merges only). */
export function snapshotOf(plan: SheetPlan): SheetSnapshot {
  return {
    name: plan.name,
    visibility: plan.visibility,
    values: plan.rows.map((r) => r.map((c) => c?.value ?? null)),
    merges: plan.merges,
  };
}
