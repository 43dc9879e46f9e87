import { join, resolve } from "node:path";
import { buildSampleDpaPlan, buildSamplePriorPlan, SAMPLE_TAHUN } from "../demo";
import { plansToXlsx } from "../hosts/xlsx/write";
import { S } from "../strings";
import { writeOutputFiles } from "./files";
import { runGenerate, type GenerateResult } from "./generate";
import { println, type CliIo } from "./io";

const T = S.cli.demo;

/**
 * `demo`: writes the sample DPA and prior report of Sekretariat Daerah Kabupaten Tapin into a
 * folder, then runs `generate` on them exactly as a user would (TW II 2026, prior = TW I).
 */
export async function runDemo(out: string | undefined, io: CliIo): Promise<GenerateResult> {
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
  println(io.stdout);
  println(io.stdout, T.done(dir));
  println(io.stdout, T.inputs(dpaPath ?? "", priorPath ?? ""));
  println(io.stdout, T.outputs(outDir));
  return result;
}
