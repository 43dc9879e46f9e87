/**
 * The demo's officials and its round TW II taken to the end of the SOP, by the CLI's own commands
 * run in-process on the round's master: the four officials and the Kepala Bagian stated in
 * Pengaturan (`saveSetup`, as a planner types them), then `sop jadwal`, steps 1–4 started and done,
 * `laporan` (step 5's draft: the "Laporan" sheet and the .docx), the paraf (step 6) and the
 * signature (step 7), `laporan` again for the .docx that carries both records, `arsip`, `sop done
 * --step 8 --arsip` and `arsip periksa --sha256`. Every action has a fixed moment, so every run
 * prints the same lines — but for the manifest's SHA-256: the .xlsx files carry the clock's time
 * in their document properties (exceljs), and the archive holds them. The commands' own output is
 * not shown; a line per stage is, and at the end `sop status`.
 */
import { readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { loadSopRound } from "../app/sop";
import { loadSetup, saveSetup } from "../app/setup";
import { SAMPLE_PEJABAT, sampleKepalaOf, withSampleOfficials } from "../demo";
import {
  archiveFolderName,
  laporanFileName,
  MANIFEST_FILE,
  type ArchiveRound,
} from "../domain/archive/archive-names";
import { readManifest } from "../domain/archive/archive-manifest";
import type { Official, RoundSetup, SopRole } from "../domain/setup/setup-types";
import { SOP_ROLES } from "../domain/setup/setup-types";
import { parseInstant } from "../domain/setup/working-time";
import { formatTanggal } from "../domain/shared/dates";
import { DEFAULT_SOP } from "../domain/sop/sop";
import { sha256HexBytes } from "../domain/shared/fingerprint";
import { XlsxWorkbook } from "../hosts/xlsx/port";
import { S } from "../strings";
import type { SopOptions } from "./args";
import { runArsip } from "./arsip";
import { writeMasterFile } from "./files";
import { formatIssue } from "./format";
import { CliError, EXIT, inputError, println, type CliIo } from "./io";
import { runLaporan } from "./laporan";
import { runSop } from "./sop";
import { shortInstant } from "./sop-status";

const T = S.cli.demo;
const P = T.sop;

/**
 * The moments of round TW II's SOP (WITA). They agree with the round's own (demo.ts): the kertas
 * kerja are generated on 1 July 08.00 (step 3 done), the Bagian return until 13 July and the
 * master is consolidated on 14 July 08.30 (step 4 done just after: late, as one Bagian was).
 */
export const SOP_TW2 = {
  jadwal: { at: "2026-06-26T09:00:00+08:00", mulai: "2026-06-29" },
  steps: [
    { no: 1, start: "2026-06-29T07:30:00+08:00", done: "2026-06-29T07:55:00+08:00" },
    { no: 2, start: "2026-06-29T08:00:00+08:00", done: "2026-06-29T10:45:00+08:00" },
    { no: 3, start: "2026-06-29T13:00:00+08:00", done: "2026-07-01T08:00:00+08:00" },
    { no: 4, start: "2026-07-01T08:30:00+08:00", done: "2026-07-14T09:00:00+08:00" },
  ],
  step5: {
    start: "2026-07-14T09:30:00+08:00",
    laporan: "2026-07-20T10:00:00+08:00",
    done: "2026-07-20T10:30:00+08:00",
  },
  paraf: "2026-07-21T09:00:00+08:00",
  sign: "2026-07-22T10:00:00+08:00",
  laporanFinal: "2026-07-22T10:30:00+08:00",
  step8: {
    start: "2026-07-23T08:00:00+08:00",
    arsip: "2026-07-23T09:00:00+08:00",
    done: "2026-07-23T09:30:00+08:00",
  },
  status: "2026-07-23T10:00:00+08:00",
} as const;

/** When the officials are stated on the TW I master: after its consolidation (20 April 08.30). */
export const OFFICIALS_AT = "2026-04-20T09:00:00+08:00";

/** The sample official of a role (the sample names one for each). */
function official(role: SopRole): Official {
  const o = SAMPLE_PEJABAT.find((p) => p.peran === role);
  if (!o) throw new Error(`pejabat contoh untuk ${role} tidak ada`);
  return o;
}

/** The sample official who does a step: the one of the step's role in the SOP the round runs. */
function officialOf(step: number): Official {
  const role = DEFAULT_SOP.steps.find((s) => s.no === step)?.pelaksana;
  if (!role) throw new Error(`langkah ${step} tidak ada di SOP`);
  return official(role);
}

/** "2026-06-29T07:30:00+08:00" → "29-06-2026 07.30", as `sop status` writes it. */
const when = (at: string): string => shortInstant(parseInstant(at));

const whoText = (o: Official): string => P.who(o.nama, S.setup.roles[o.peran]);

/** A writer that drops what it is given: the commands' own output, summed up by the demo's lines. */
const SILENT = { write: () => true };

/** The master's setup, read as every command reads it. */
async function setupOf(masterPath: string): Promise<{ port: XlsxWorkbook; setup: RoundSetup }> {
  const port = await XlsxWorkbook.fromBytes(await readFile(masterPath), masterPath);
  const { setup, issues } = await loadSetup(port);
  if (!setup) throw inputError(S.cli.input.noSetup(masterPath), issues.map(formatIssue));
  return { port, setup };
}

/** Whether a setup names every sample official and the Kepala of every sample Bagian. */
function hasSampleOfficials(setup: RoundSetup): boolean {
  const officials = SOP_ROLES.every((role) => {
    const o = official(role);
    return setup.pejabat.some((p) => p.peran === role && p.nama === o.nama && p.nip === o.nip);
  });
  return (
    officials &&
    setup.bagian.every((b) => {
      const k = sampleKepalaOf(b.nama);
      return !k || (b.kepala.nama === k.nama && b.kepala.nip === k.nip);
    })
  );
}

/**
 * States the sample officials and Kepala Bagian in the master's Pengaturan with `saveSetup` (and its
 * Log entry, by the Kasubag Perencanaan at `at`), as a planner types them, and says so.
 */
export async function stateOfficials(io: CliIo, base: string, masterPath: string, at: string): Promise<void> {
  const { port, setup } = await setupOf(masterPath);
  const next = withSampleOfficials(setup);
  const kasubag = official("kasubag-perencanaan");
  const actor = { nama: kasubag.nama, jabatan: kasubag.jabatan, nip: kasubag.nip };
  const issues = await saveSetup(port, next, { now: at, actor });
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0)
    throw new CliError(EXIT.unexpected, T.officials.refused(masterPath), errors.map(formatIssue));
  await writeMasterFile(masterPath, await port.toBytes());
  println(io.stdout, T.officials.stated(relative(base, masterPath)));
  for (const o of next.pejabat)
    println(io.stdout, T.officials.official(S.setup.roles[o.peran], o.nama, o.nip));
  const named = next.bagian.filter((b) => b.kepala.nama !== "" && b.kepala.nip !== "").length;
  println(io.stdout, T.officials.kepala(named, next.bagian.length));
}

/**
 * The TW II master, made by `consolidate` from the setup its kertas kerja carry, should name the
 * officials stated on TW I's: says so, or states them there too.
 */
export async function ensureOfficials(
  io: CliIo,
  base: string,
  masterPath: string,
  at: string,
): Promise<void> {
  const { setup } = await setupOf(masterPath);
  if (hasSampleOfficials(setup)) println(io.stdout, T.officials.carried(relative(base, masterPath)));
  else await stateOfficials(io, base, masterPath, at);
}

/** What the SOP part of the demo leaves: the Laporan's document, the archive and its manifest's hash. */
export interface DemoSopResult {
  laporanPath: string;
  archiveDir: string;
  manifestSha256: string;
}

/** The master's round, for the names of the Laporan and the archive. */
const roundOf = (setup: RoundSetup): ArchiveRound => ({
  instansi: setup.instansi,
  tahun: setup.tahun,
  periode: setup.periode,
});

/** The master a walk through the SOP acts on, the demo's folder (paths are printed relative to it) and its writers. */
interface Walk {
  io: CliIo;
  base: string;
  masterPath: string;
}

/** The demo's writers with the command's own output dropped and the clock pinned at `at`. */
const quiet = (io: CliIo, at: string): CliIo => ({ ...io, stdout: SILENT, now: () => new Date(at) });

const rel = (w: Walk, path: string): string => relative(w.base, path);

const out = (w: Walk, text = ""): void => println(w.io.stdout, text);

/** `sop SUB MASTER --step N --by <the step's official> --sekarang AT`. */
function act(w: Walk, sub: SopOptions["sub"], step: number, at: string, extra: Partial<SopOptions> = {}) {
  const by = officialOf(step).nip;
  return runSop({ sub, file: w.masterPath, step, by, sekarang: at, ...extra }, quiet(w.io, at));
}

/** `laporan MASTER --oleh <Tim SAKIP> --sekarang AT`: the sheet in the master, the .docx beside it. */
const laporan = (w: Walk, at: string) =>
  runLaporan({ master: w.masterPath, oleh: official("tim-sakip").nip, sekarang: at }, quiet(w.io, at));

/** Round TW II's master taken from `sop jadwal` to a verified archive (module comment). */
export async function runDemoSop(io: CliIo, base: string, masterPath: string): Promise<DemoSopResult> {
  const w: Walk = { io, base, masterPath };
  const { setup } = await setupOf(masterPath);
  const round = roundOf(setup);
  const laporanPath = join(dirname(masterPath), laporanFileName(round));
  out(w, P.heading(S.common.periode[setup.periode], setup.tahun));
  out(w);
  out(w, P.master(rel(w, masterPath)));
  await stepsOneToFour(w);

  // Step 5: the draft, by the Tim SAKIP; done once the master holds it.
  const { step5 } = SOP_TW2;
  await act(w, "start", 5, step5.start);
  await laporan(w, step5.laporan);
  await act(w, "done", 5, step5.done);
  out(w, P.stepStart(5, P.what[5], when(step5.start), whoText(official("tim-sakip"))));
  out(w, P.laporan(when(step5.laporan), rel(w, laporanPath)));
  out(w, P.stepDone(when(step5.done)));

  await act(w, "paraf", 6, SOP_TW2.paraf);
  out(w, P.paraf(when(SOP_TW2.paraf), whoText(official("kabag-umum-keuangan"))));
  await act(w, "sign", 7, SOP_TW2.sign);
  out(w, P.sign(when(SOP_TW2.sign), whoText(official("sekretaris-daerah"))));

  // The same master gives the same Laporan: built again, it leaves both records valid, and its
  // .docx now carries them. The archive must hold this .docx, so it comes first.
  const final = SOP_TW2.laporanFinal;
  await laporan(w, final);
  out(w, P.rebuilt(when(final), rel(w, laporanPath)));
  out(w, (await approvalsValid(masterPath, final)) ? P.stillValid : P.voided);

  const archive = await archiveStep(w, round);
  out(w);
  await runSop({ sub: "status", file: masterPath, sekarang: SOP_TW2.status }, io);
  return { laporanPath, ...archive };
}

/** `sop jadwal` by the Kasubag Perencanaan, then steps 1–4, each started and done by its official. */
async function stepsOneToFour(w: Walk): Promise<void> {
  const kasubag = official("kasubag-perencanaan");
  const { jadwal } = SOP_TW2;
  const plan = { sub: "jadwal", file: w.masterPath, mulai: jadwal.mulai, by: kasubag.nip } as const;
  await runSop({ ...plan, sekarang: jadwal.at }, quiet(w.io, jadwal.at));
  out(w, P.jadwal(formatTanggal(jadwal.mulai), when(jadwal.at), whoText(kasubag)));
  for (const s of SOP_TW2.steps) {
    await act(w, "start", s.no, s.start);
    await act(w, "done", s.no, s.done);
    const who = whoText(officialOf(s.no));
    out(w, P.step(s.no, P.what[s.no], when(s.start), when(s.done), who));
  }
}

/** Whether the paraf and the signature both stand and still cover the master's content. */
async function approvalsValid(masterPath: string, at: string): Promise<boolean> {
  const port = await XlsxWorkbook.fromBytes(await readFile(masterPath), masterPath);
  const checks = (await loadSopRound(port, at)).parafValidity.checks;
  return checks.length === 2 && checks.every((c) => c.status === "valid");
}

/** Step 8: `arsip` into <round>/arsip, `sop done --step 8 --arsip`, then `arsip periksa --sha256`. */
async function archiveStep(
  w: Walk,
  round: ArchiveRound,
): Promise<{ archiveDir: string; manifestSha256: string }> {
  const dir = dirname(w.masterPath);
  const { step8 } = SOP_TW2;
  await act(w, "start", 8, step8.start);
  out(w, P.stepStart(8, P.what[8], when(step8.start), whoText(official("kasubag-perencanaan"))));
  // --kembali is the round's folder: the returned files are in dikembalikan/, the request letters
  // that `generate` wrote in kertas-kerja/; both are searched with the folder's sub folders.
  const outDir = join(dir, P.arsipSubdir);
  await runArsip({ positionals: [w.masterPath], kembali: dir, out: outDir }, quiet(w.io, step8.arsip));
  const archiveDir = join(outDir, archiveFolderName(round));
  const manifestBytes = new Uint8Array(await readFile(join(archiveDir, MANIFEST_FILE)));
  const manifestSha256 = sha256HexBytes(manifestBytes);
  const read = readManifest(new TextDecoder().decode(manifestBytes));
  if (!read.ok) throw inputError(read.issue.message, [formatIssue(read.issue)]);
  const { files, missing } = read.manifest;
  out(w, P.arsip(when(step8.arsip), rel(w, archiveDir), files.length));
  if (missing.length > 0) out(w, P.missing(missing.length));
  out(w, P.manifestSha(manifestSha256));

  await act(w, "done", 8, step8.done, { arsip: archiveDir });
  out(w, P.step8Done(when(step8.done)));
  const periksa = await runArsip(
    { positionals: ["periksa", archiveDir], sha256: manifestSha256 },
    quiet(w.io, step8.done),
  );
  if (periksa !== EXIT.ok) throw new CliError(EXIT.input, P.notIntact(rel(w, archiveDir)));
  out(w, P.intact(files.length));
  return { archiveDir, manifestSha256 };
}
