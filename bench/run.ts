/**
 * `npm run bench`: how the generation of a large round compares with what it cannot be faster
 * than, and how the Office.js gateway batches. Prints figures and their aims; never fails on time
 * (machines differ): the aims are for a person to read.
 *
 * (a) CLI-equivalent generation (prepareRound + plansToXlsx for every Bagian) against exceljs
 *     merely writing the same values and formulas (no styles, validation, protection), in the same
 *     run, median of several repetitions.
 * (b) The gateway writing every Bagian's sheets into the strict Excel fake: context.sync() calls
 *     and the largest request, at 100 and at 10 indicators per Bagian.
 * (c) Consolidating the round's 40 returned files (bench/consolidate.ts): the CLI against exceljs
 *     reading the same files and writing the master's cells, in-process and as whole processes,
 *     where the CLI's time goes, and the gateway's syncs and largest request and response.
 * (d) The CLI's start-up, whole processes as a user waits for them (bench/startup.ts): the bundle,
 *     its first build, tsx, a command loading exceljs, npx, Node alone.
 * (e) Scale (bench/scale.ts): generation and consolidation at 100 and 1,000 indicators per Bagian,
 *     time and peak memory, and the gateway's syncs and largest request at both sizes.
 */
import ExcelJS from "exceljs";
import type { RoundPreparation } from "../src/app/round-types";
import { plansToXlsx } from "../src/hosts/xlsx/write";
import { PAYLOAD_LIMIT } from "../test/fakes/excel-fake";
import { benchConsolidate } from "./consolidate";
import { writePlainSheet } from "./plain";
import { measureGateway, type GatewayFigures } from "./gateway";
import { fmt, median, table, time } from "./report";
import { benchScale } from "./scale";
import { benchStartup } from "./startup";
import { syntheticRound } from "./synthetic";

const BAGIAN = 40;
const PER_BAGIAN = 100;
const SMALL_PER_BAGIAN = 10;
const REPS = Number(process.env.BENCH_REPS ?? 5);

const prepare = syntheticRound;

/** The CLI's work after reading: plan every Bagian, then one .xlsx each. */
async function generate(): Promise<number> {
  const prep = prepare(BAGIAN, PER_BAGIAN);
  let bytes = 0;
  for (const kk of prep.kertasKerja) bytes += (await plansToXlsx(kk.plans)).byteLength;
  return bytes;
}

/** The floor: exceljs writing the same cells, nothing else. */
async function plainExceljs(prep: RoundPreparation): Promise<number> {
  let bytes = 0;
  for (const kk of prep.kertasKerja) {
    const wb = new ExcelJS.Workbook();
    for (const plan of kk.plans) writePlainSheet(wb, plan);
    bytes += (await wb.xlsx.writeBuffer()).byteLength;
  }
  return bytes;
}

async function benchGenerate(): Promise<string[][]> {
  const prep = prepare(BAGIAN, PER_BAGIAN);
  const cells = prep.kertasKerja.reduce(
    (n, kk) => n + kk.plans.reduce((m, p) => m + p.rows.reduce((k, r) => k + r.filter(Boolean).length, 0), 0),
    0,
  );
  console.log(
    `Ronde sintetis: ${prep.kertasKerja.length} Bagian × ${PER_BAGIAN} indikator, ` +
      `${fmt(cells)} sel terisi; ${REPS} ulangan (median), satu pemanasan.`,
  );
  await generate();
  await plainExceljs(prep);
  const gen: number[] = [];
  const plain: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < REPS; i++) {
    // Alternate the order so that neither side always runs on a warmer heap.
    let g: number;
    let p: number;
    if (i % 2 === 0) {
      g = await time(generate);
      p = await time(() => plainExceljs(prep));
    } else {
      p = await time(() => plainExceljs(prep));
      g = await time(generate);
    }
    gen.push(g);
    plain.push(p);
    ratios.push(g / p);
  }
  const ratio = median(ratios);
  console.log(
    `  per ulangan (generate / polos, ms): ${gen.map((g, i) => `${fmt(g)} / ${fmt(plain[i] ?? NaN)}`).join("; ")}`,
  );
  return [
    ["Ukuran", "Nilai", "Sasaran", "Status"],
    ["generate (prepareRound + plansToXlsx), ms", fmt(median(gen)), "", ""],
    ["exceljs polos (nilai + rumus saja), ms", fmt(median(plain)), "", ""],
    ["rasio generate / exceljs polos", fmt(ratio, 2), "≤ 1,3", ratio <= 1.3 ? "tercapai" : "BELUM"],
  ];
}

interface GatewayCase {
  bagian: number;
  perBagian: number;
  figures: GatewayFigures;
}

/**
 * One row per case. Syncs should not grow with rows while a write fits the request budget; past
 * it the gateway splits the data into more requests, so syncs then follow the bytes, not the rows.
 */
function gatewayRows(pairs: [GatewayCase, GatewayCase][]): string[][] {
  const rows: string[][] = [];
  for (const [big, small] of pairs) {
    for (const c of [big, small]) {
      const f = c.figures;
      const reported = f.reportedSyncs === f.syncs ? "" : ` (gateway: ${f.reportedSyncs ?? "-"})`;
      const status = [f.largestRequest <= PAYLOAD_LIMIT ? "≤ 5 MiB" : "> 5 MiB"];
      if (c === small)
        status.unshift(big.figures.syncs === small.figures.syncs ? "sync tetap" : "sync BERTAMBAH");
      rows.push([
        `gateway ${c.bagian} Bagian × ${c.perBagian} ind.: sync; terbesar / total bita`,
        `${fmt(f.syncs)}${reported}; ${fmt(f.largestRequest)} / ${fmt(f.totalRequest)}`,
        c === small ? "sync tetap; ≤ 5 MiB" : "≤ 5 MiB",
        status.join(", "),
      ]);
    }
  }
  return rows;
}

const describeError = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${message}${cause}`;
};

async function gatewayCase(bagian: number, perBagian: number): Promise<GatewayCase> {
  return { bagian, perBagian, figures: await measureGateway(prepare(bagian, perBagian)) };
}

/** Where the request bytes of the large case go, by kind of command. */
function breakdown(c: GatewayCase, top = 8): string {
  const total = c.figures.totalRequest;
  const rows = c.figures.byCommand
    .slice(0, top)
    .map((k) => [k.kind, fmt(k.commands), fmt(k.bytes), `${fmt((100 * k.bytes) / total, 1)} %`]);
  return table([
    ["Perintah (gateway " + `${c.bagian} × ${c.perBagian})`, "jumlah", "bita", "bagian"],
    ...rows,
  ]);
}

async function main(): Promise<void> {
  const rows = await benchGenerate();
  let big: GatewayCase | undefined;
  try {
    big = await gatewayCase(BAGIAN, PER_BAGIAN);
    rows.push(
      ...gatewayRows([
        [big, await gatewayCase(BAGIAN, SMALL_PER_BAGIAN)],
        [await gatewayCase(1, PER_BAGIAN), await gatewayCase(1, SMALL_PER_BAGIAN)],
      ]),
    );
  } catch (error) {
    rows.push(["gateway Office.js", "-", "", `tidak diukur: ${describeError(error)}`]);
  }
  console.log();
  console.log(table(rows));
  if (big) {
    console.log();
    console.log(breakdown(big));
  }
  await benchConsolidate();
  await benchScale();
  await benchStartup();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
