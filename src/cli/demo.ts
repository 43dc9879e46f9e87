import { readFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { loadConsolidationState } from "../app/consolidate";
import { analyse, type Analysis } from "../domain/analysis/analysis";
import { formatPercent } from "../domain/shared/numbers";
import { buildSampleDpaPlan, buildSamplePriorPlan, SAMPLE_TAHUN } from "../demo";
import { XlsxWorkbook } from "../hosts/xlsx/port";
import { plansToXlsx } from "../hosts/xlsx/write";
import { S } from "../strings";
import { runConsolidate, type ConsolidateResult } from "./consolidate";
import { demoBehaviour, fillAsBagian } from "./demo-returns";
import { writeOutputFiles } from "./files";
import { formatTable } from "./format";
import { runGenerate, type GenerateResult } from "./generate";
import { println, type CliIo } from "./io";

const T = S.cli.demo;

export interface DemoResult {
  generated: GenerateResult;
  consolidated: ConsolidateResult;
  analysis: Analysis;
}

/**
 * `demo`: a whole round on the sample data of Sekretariat Daerah Kabupaten Tapin. Writes the DPA
 * and the prior report, runs `generate` on them as a user would (TW II 2026, prior = TW I), has
 * the Bagian fill their kertas kerja (one late, one with a typo in a number, one who changes a
 * locked target, one who never returns), runs `consolidate` on what came back, and prints the
 * analysis per Bagian.
 */
export async function runDemo(out: string | undefined, io: CliIo): Promise<DemoResult> {
  const dir = resolve(io.cwd, out ?? T.defaultDir);
  println(io.stdout, T.writingSamples(dir));
  const [dpaPath, priorPath] = await writeOutputFiles(dir, [
    { name: T.dpaFile, bytes: await plansToXlsx([buildSampleDpaPlan()]) },
    { name: T.priorFile, bytes: await plansToXlsx([buildSamplePriorPlan()]) },
  ]);
  const outDir = join(dir, T.outSubdir);
  println(io.stdout);
  const result = await runGenerate(
    {
      dpa: dpaPath ?? join(dir, T.dpaFile),
      prior: priorPath ?? join(dir, T.priorFile),
      tahun: SAMPLE_TAHUN,
      periode: "TW2",
      out: outDir,
      instansi: T.instansi,
      batasWaktu: T.batasWaktu,
      // The programs span several Bagian; their Capaian Program indicators are reported by the
      // Bagian that coordinates each program, as a planner would state with --tetapkan.
      assign: [
        { kode: "4.01.01", bagian: "Umum dan Keuangan" },
        { kode: "4.01.02", bagian: "Pemerintahan" },
        { kode: "4.01.03", bagian: "Administrasi Pembangunan" },
      ],
    },
    io,
  );

  // The Bagian fill in and send back what they were sent.
  println(io.stdout);
  println(io.stdout, T.returning);
  const returnedDir = join(dir, T.returnedSubdir);
  const back: { name: string; bytes: Uint8Array }[] = [];
  for (const [i, path] of result.files.slice(0, result.prep.kertasKerja.length).entries()) {
    const behaviour = demoBehaviour(i);
    const bagian = result.prep.kertasKerja[i]?.bagian.nama ?? basename(path);
    println(io.stdout, T.behaviour(bagian, S.cli.demo.behaviours[behaviour]));
    const savedAt = behaviour === "late" ? T.lateSavedAt : T.onTimeSavedAt;
    const filled = await fillAsBagian(await readFile(path), behaviour, new Date(savedAt));
    if (filled) back.push({ name: basename(path), bytes: filled });
  }
  const returnedPaths = await writeOutputFiles(returnedDir, back);

  println(io.stdout);
  const masterPath = join(dir, T.masterFile);
  const consolidated = await runConsolidate(
    { files: returnedPaths, into: masterPath, report: join(dir, T.reportFile), pilih: [] },
    io,
  );
  const master = await XlsxWorkbook.fromBytes(await readFile(masterPath), masterPath);
  const state = await loadConsolidationState(master);
  const setup = state.setup ?? consolidated.review.setup;
  const analysis = analyse(setup, state.current);
  println(io.stdout);
  const fileNames = new Map(result.prep.kertasKerja.map((kk) => [kk.bagian.kode as string, kk.fileName]));
  printAnalysis(io, analysis, consolidated, fileNames);
  println(io.stdout);
  println(io.stdout, T.done(dir));
  println(io.stdout, T.inputs(dpaPath ?? "", priorPath ?? ""));
  println(io.stdout, T.outputs(outDir));
  println(io.stdout, T.returned(returnedDir));
  println(io.stdout, T.master(masterPath));
  return { generated: result, consolidated, analysis };
}

const pct = (n: number | null): string => (n === null ? "–" : formatPercent(n));

/** The summary table: one line per Bagian of the setup, whatever became of its kertas kerja. */
function printAnalysis(
  io: CliIo,
  analysis: Analysis,
  consolidated: ConsolidateResult,
  fileNames: ReadonlyMap<string, string>,
): void {
  const rejected = new Set(
    consolidated.review.assessments.flatMap((a) => (a.verdict === "rejected" ? [a.file.name] : [])),
  );
  const C = T.summary;
  const rows = analysis.status.map((st) => {
    const sum = analysis.perBagian.find((g) => g.kode === st.kode);
    const file = fileNames.get(st.kode);
    const status = st.submitted ? C.accepted : file && rejected.has(file) ? C.rejected : C.missing;
    return [
      st.nama,
      status,
      st.ketepatan === null ? "–" : C.ketepatan[st.ketepatan],
      sum ? `${sum.dinilai}/${sum.indikator}` : "–",
      pct(sum?.rataCapaian ?? null),
      sum?.rataCapaian === null || sum === undefined ? "–" : sum.predikat,
      pct(sum?.serapan ?? null),
      sum?.efisiensi ? C.efisiensi[sum.efisiensi] : "–",
    ];
  });
  println(io.stdout, C.heading);
  println(
    io.stdout,
    formatTable(C.columns, rows, ["left", "left", "left", "right", "right", "left", "right", "left"]),
  );
  println(io.stdout, C.counts(analysis.counts.sudah, analysis.counts.bagian, analysis.counts.terlambat));
}
