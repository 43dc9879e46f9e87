/**
 * The scale part of `npm run bench`: 40 Bagian × 100 and × 1,000 indicators. Generation and
 * consolidation (as bench/run.ts and bench/consolidate.ts run them) each in a process of its own
 * (bench/scale-child.ts): wall time and peak resident memory above the process's own start, once
 * each. Linear growth is 10× for 10× the indicators: the aim is that the ratio of the ratios (time
 * or memory at 1,000 over at 100, over 10) stays ≤ 1.2.
 *
 * Then the Office.js gateway, in the strict fake, generating the round and consolidating the
 * returned one at both sizes (`gatewayScale`, also alone: `npx tsx bench/scale-gateway.ts`): syncs,
 * the largest request and response, the bytes sent and received, and the fewest syncs that could
 * carry those bytes (⌈bytes / 5 MiB⌉, as no request or response may exceed Excel on the web's
 * 5 MB). The aim: syncs stay that minimum plus the same few at both sizes, every request ≤ 5 MiB.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PAYLOAD_LIMIT } from "../test/fakes/excel-fake";
import { filesOnDisk } from "./consolidate";
import { floorSyncs, type ScaleFigures, type Traffic } from "./gateway";
import { fmt, table } from "./report";
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

/** The last line of JSON a bench/scale-child.ts run prints. */
function child<T>(args: string[]): T {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "bench", "scale-child.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * MB,
  });
  if (r.status !== 0) throw new Error(`scale-child ${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as T;
}

function measured(args: string[]): Measured {
  const out = child<{ ms: number; baseRss: number; peakRss: number }>(args);
  return { ms: out.ms, memory: out.peakRss - out.baseRss };
}

interface Size {
  perBagian: number;
  generate: Measured;
  consolidate: Measured;
}

async function measureSize(perBagian: number): Promise<Size> {
  const generate = measured(["generate", String(perBagian)]);
  const round = await syntheticConsolidation(BAGIAN, perBagian);
  const dir = await mkdtemp(join(tmpdir(), "kk-bench-skala-"));
  try {
    await filesOnDisk(round, dir);
    return { perBagian, generate, consolidate: measured(["consolidate", dir]) };
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
    ]),
  );
  gatewayScale();
}

/** The gateway at both sizes, each in a process of its own; prints its table and returns the figures. */
export function gatewayScale(): ScaleFigures[] {
  const figures: ScaleFigures[] = [];
  for (const perBagian of SIZES) {
    const start = Date.now();
    const f = child<ScaleFigures>(["gateway", String(perBagian)]);
    console.log(
      `  gateway ${BAGIAN} × ${fmt(perBagian)}: diukur dalam ${fmt((Date.now() - start) / 1000, 1)} s`,
    );
    figures.push(f);
  }
  console.log();
  console.log(table(gatewayRows(figures)));
  const large = figures[figures.length - 1];
  if (large) {
    console.log();
    console.log(table(breakdown(large)));
  }
  return figures;
}

/** "6 (min 4, +2)": syncs, the fewest that could carry the bytes, and how many more were taken. */
const syncCell = (syncs: number, floor: number) =>
  `${fmt(syncs)} (min ${fmt(floor)}, +${fmt(syncs - floor)})`;
const mib = (n: number) => fmt(n / MB, 2);

/** Both phases of a consolidation as one stretch of traffic. */
function both(a: Traffic, b: Traffic): Traffic {
  return {
    syncs: a.syncs + b.syncs,
    largestRequest: Math.max(a.largestRequest, b.largestRequest),
    totalRequest: a.totalRequest + b.totalRequest,
    largestResponse: Math.max(a.largestResponse, b.largestResponse),
    totalResponse: a.totalResponse + b.totalResponse,
    refused: a.refused + b.refused,
    ms: a.ms + b.ms,
  };
}

/**
 * One row per figure, a column per size. The minimum counts each phase on its own (a review and
 * an acceptance are separate Excel.run calls): ⌈request bytes / 5 MiB⌉ or ⌈response bytes / 5 MiB⌉,
 * whichever is more. "Selisih" is syncs − minimum: the aim is the same at both sizes.
 */
function gatewayRows(figures: readonly ScaleFigures[]): string[][] {
  const col = (pick: (f: ScaleFigures) => string) => figures.map(pick);
  const excess = (pick: (f: ScaleFigures) => number[]) => figures.map((f) => pick(f).reduce((a, b) => a + b));
  const same = (xs: number[]) =>
    new Set(xs).size === 1 ? "selisih tetap" : `selisih ${xs.map((x) => fmt(x)).join(" → ")}`;
  const within = (t: Traffic) => t.largestRequest <= PAYLOAD_LIMIT && t.largestResponse <= PAYLOAD_LIMIT;
  const allWithin = figures.every((f) => within(f.generate) && within(both(f.review, f.accept)));
  const generateExcess = excess((f) => [f.generate.syncs - floorSyncs(f.generate)]);
  const consolidateExcess = excess((f) => [
    f.review.syncs - floorSyncs(f.review),
    f.accept.syncs - floorSyncs(f.accept),
  ]);
  return [
    ["Gateway (fake Excel)", ...figures.map((f) => `${fmt(f.perBagian)} ind.`), "Sasaran", "Status"],
    [
      "generate: sync (minimum ⌈bita / 5 MiB⌉, selisih)",
      ...col((f) => syncCell(f.generate.syncs, floorSyncs(f.generate))),
      "selisih tetap",
      same(generateExcess),
    ],
    [
      "generate: req terbesar, MiB",
      ...col((f) => mib(f.generate.largestRequest)),
      "≤ 5 MiB",
      figures.every((f) => within(f.generate)) ? "≤ 5 MiB" : "> 5 MiB",
    ],
    ["generate: total req dikirim, MiB", ...col((f) => mib(f.generate.totalRequest)), "", ""],
    ["generate: waktu di fake, s", ...col((f) => fmt(f.generate.ms / 1000, 1)), "", ""],
    [
      "konsolidasi: sync tinjau (minimum, selisih)",
      ...col((f) => syncCell(f.review.syncs, floorSyncs(f.review))),
      "",
      "",
    ],
    [
      "konsolidasi: sync terima, tulis di dalamnya (minimum, selisih)",
      ...col((f) => `${syncCell(f.accept.syncs, floorSyncs(f.accept))}; tulis ${fmt(f.writeSyncs)}`),
      "selisih tetap",
      same(consolidateExcess),
    ],
    [
      "konsolidasi: req / resp terbesar, MiB",
      ...col((f) => {
        const t = both(f.review, f.accept);
        return `${mib(t.largestRequest)} / ${mib(t.largestResponse)}`;
      }),
      "≤ 5 MiB",
      allWithin ? "≤ 5 MiB" : "> 5 MiB",
    ],
    [
      "konsolidasi: total req / resp, MiB (resp > 5 MiB ditolak)",
      ...col((f) => {
        const t = both(f.review, f.accept);
        return `${mib(t.totalRequest)} / ${mib(t.totalResponse)} (${fmt(t.refused)})`;
      }),
      "0 ditolak",
      figures.every((f) => f.review.refused + f.accept.refused === 0) ? "0 ditolak" : "ada yang ditolak",
    ],
    ["konsolidasi: waktu di fake, s", ...col((f) => fmt((f.review.ms + f.accept.ms) / 1000, 1)), "", ""],
  ];
}

/** Where the acceptance's request bytes go at the large size, by kind of command. */
function breakdown(f: ScaleFigures): string[][] {
  const total = f.accept.totalRequest;
  return [
    [`Perintah terima konsolidasi (gateway ${BAGIAN} × ${fmt(f.perBagian)})`, "jumlah", "MiB", "bagian"],
    ...f.acceptByCommand.map((k) => [
      k.kind,
      fmt(k.commands),
      mib(k.bytes),
      `${fmt((100 * k.bytes) / total, 1)} %`,
    ]),
  ];
}
