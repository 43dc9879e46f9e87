/**
 * One measurement of bench/scale.ts in a process of its own, so that its peak memory is its own:
 *   node --import tsx bench/scale-child.ts generate PER_BAGIAN
 *   node --import tsx bench/scale-child.ts consolidate DIR
 *   node --import tsx bench/scale-child.ts gateway PER_BAGIAN
 * Prints one line of JSON: the work's wall time (ms), the resident memory before it and the peak;
 * for "gateway", what the Office.js gateway sent and received in the strict fake (bench/gateway.ts).
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { plansToXlsx } from "../src/hosts/xlsx/write";
import { cli } from "./consolidate";
import { measureScale } from "./gateway";
import { syntheticRound } from "./synthetic";
import { syntheticConsolidation } from "./synthetic-returns";

const BAGIAN = 40;

async function main(): Promise<void> {
  const [kind, arg = ""] = process.argv.slice(2);
  if (kind === "gateway") {
    const perBagian = Number(arg);
    const figures = await measureScale(
      perBagian,
      syntheticRound(BAGIAN, perBagian),
      await syntheticConsolidation(BAGIAN, perBagian),
    );
    console.log(JSON.stringify({ ...figures, acceptByCommand: figures.acceptByCommand.slice(0, 8) }));
    return;
  }
  const paths =
    kind === "consolidate"
      ? (await readdir(arg)).filter((f) => f.endsWith(".xlsx")).map((f) => join(arg, f))
      : [];
  const baseRss = process.memoryUsage.rss();
  const start = performance.now();
  if (kind === "generate") {
    // As bench/run.ts's generate(): every Bagian planned, then one .xlsx each.
    const prep = syntheticRound(BAGIAN, Number(arg));
    for (const kk of prep.kertasKerja) await plansToXlsx(kk.plans);
  } else if (kind === "consolidate") {
    await cli(arg, paths, "skala");
  } else {
    throw new Error(`unknown measurement ${kind ?? ""}`);
  }
  const ms = performance.now() - start;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ ms, baseRss, peakRss }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
