/**
 * The scale part of `npm run bench`: 40 Bagian × 100 and × 1,000 indicators. Generation and
 * consolidation (as bench/run.ts and bench/consolidate.ts run them) each in a process of its own
 * (bench/scale-child.ts): wall time and peak resident memory above the process's own start, once
 * each. Linear growth is 10× for 10× the indicators: the aim is that the ratio of the ratios (time
 * or memory at 1,000 over at 100, over 10) stays ≤ 1.2. And the Office.js gateway, in the strict
 * fake, writing the generated round and consolidating the returned one at both sizes: syncs and the
 * largest request (and response) against Excel on the web's 5 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PAYLOAD_LIMIT } from "../test/fakes/excel-fake";
import { filesOnDisk, gatewayFigures, measureConsolidationGateway } from "./consolidate";
import { measureGateway } from "./gateway";
import { fmt, table } from "./report";
import { syntheticRound } from "./synthetic";
import { syntheticConsolidation } from "./synthetic-returns";

const BAGIAN = 40;
const SIZES = [100, 1000] as const;
const AIM = 1.2;
const ROOT = resolve(__dirname, "..");
const MB = 1024 * 1024;

interface Measured {
  ms: number;
  /** Peak resident memory above the process's own before the work, bytes. */
  memory: number;
}

function child(args: string[]): Measured {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "bench", "scale-child.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * MB,
  });
  if (r.status !== 0) throw new Error(`scale-child ${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as {
    ms: number;
    baseRss: number;
    peakRss: number;
  };
  return { ms: out.ms, memory: out.peakRss - out.baseRss };
}

interface Size {
  perBagian: number;
  generate: Measured;
  consolidate: Measured;
  gatewayGenerate: string;
  gatewayConsolidate: string;
  within: boolean;
}

async function measureSize(perBagian: number): Promise<Size> {
  const generate = child(["generate", String(perBagian)]);
  const round = await syntheticConsolidation(BAGIAN, perBagian);
  const dir = await mkdtemp(join(tmpdir(), "kk-bench-skala-"));
  try {
    await filesOnDisk(round, dir);
    const consolidate = child(["consolidate", dir]);
    const g = await measureGateway(syntheticRound(BAGIAN, perBagian));
    const c = await measureConsolidationGateway(round, perBagian);
    return {
      perBagian,
      generate,
      consolidate,
      gatewayGenerate: `${g.syncs}; ${fmt(g.largestRequest)}`,
      gatewayConsolidate: gatewayFigures(c),
      within: Math.max(g.largestRequest, c.largestRequest, c.largestResponse) <= PAYLOAD_LIMIT,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A row of the table: both sizes, their ratio, and the ratio of the ratios against the aim. */
function growth(label: string, small: number, large: number, show: (n: number) => string): string[] {
  const ratio = large / small;
  const ofLinear = ratio / (SIZES[1] / SIZES[0]);
  return [
    label,
    show(small),
    show(large),
    `${fmt(ratio, 1)}×`,
    fmt(ofLinear, 2),
    `≤ ${fmt(AIM, 1)}`,
    ofLinear <= AIM ? "tercapai" : "BELUM",
  ];
}

export async function benchScale(): Promise<void> {
  if (process.env.BENCH_SCALE === "0") return;
  console.log(`\nSkala: ${BAGIAN} Bagian × ${SIZES.join(" dan × ")} indikator, sekali tiap ukuran.`);
  const [small, large] = [await measureSize(SIZES[0]), await measureSize(SIZES[1])];
  const ms = (n: number) => fmt(n);
  const mb = (n: number) => fmt(n / MB);
  const head = `${fmt(SIZES[0])} ind.`;
  console.log(
    table([
      ["Ukuran", head, `${fmt(SIZES[1])} ind.`, "rasio", "rasio / 10", "Sasaran", "Status"],
      growth("generate: waktu, ms", small.generate.ms, large.generate.ms, ms),
      growth("generate: memori puncak di atas awal, MB", small.generate.memory, large.generate.memory, mb),
      growth("consolidate: waktu, ms", small.consolidate.ms, large.consolidate.ms, ms),
      growth(
        "consolidate: memori puncak di atas awal, MB",
        small.consolidate.memory,
        large.consolidate.memory,
        mb,
      ),
      ["gateway generate: sync; req terbesar", small.gatewayGenerate, large.gatewayGenerate, "", "", "", ""],
      [
        "gateway konsolidasi: sync tinjau + terima (tulis); req / resp terbesar",
        small.gatewayConsolidate,
        large.gatewayConsolidate,
        "",
        "",
        "≤ 5 MiB",
        small.within && large.within ? "≤ 5 MiB" : "> 5 MiB",
      ],
    ]),
  );
}
