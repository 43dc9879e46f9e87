/**
 * `sop status | jadwal | start | done | paraf | sign FILE`: the SOP use cases of src/app over a
 * master workbook on disk, read, acted on and written back in place (temp file + rename).
 */
import { basename, resolve } from "node:path";
import { loadSetup } from "../app/setup";
import { actOnSop, loadSopRound, scheduleSop, type SopOutcome } from "../app/sop";
import { XlsxError } from "../hosts/xlsx/errors";
import { writeXlsxFile } from "../hosts/xlsx/files";
import { XlsxWorkbook } from "../hosts/xlsx/port";
import { S } from "../strings";
import type { SopOptions } from "./args";
import { guardRead, readInputWorkbook } from "./files";
import { formatIssue } from "./format";
import { CliError, EXIT, inputError, println, type CliIo } from "./io";
import { printSopRound } from "./sop-status";

/** The environment variable that pins "now" when --sekarang is not given (tests, replays). */
export const NOW_ENV = "KERTAS_KERJA_SEKARANG";

export async function runSop(opts: SopOptions, io: CliIo): Promise<void> {
  const path = resolve(io.cwd, opts.file);
  const bytes = await readInputWorkbook(path);
  const port = await guardRead(path, () => XlsxWorkbook.fromBytes(bytes, path));
  const now = opts.sekarang ?? process.env[NOW_ENV] ?? (io.now?.() ?? new Date()).toISOString();

  if (opts.sub === "status") {
    const round = await loadSopRound(port, now);
    if (!round.setup && !round.sop) {
      throw inputError(
        S.cli.input.noSetup(path),
        round.issues.filter((i) => i.severity === "error").map(formatIssue),
      );
    }
    printSopRound(io, round, opts.file);
    return;
  }

  const by = opts.by ?? "";
  const archive = opts.sub === "done" && opts.step === 8 ? await archiveOf(opts, io, port) : undefined;
  const outcome: SopOutcome =
    opts.sub === "jadwal"
      ? await scheduleSop(port, { startDate: opts.mulai ?? "", now, by })
      : await actOnSop(port, {
          kind: opts.sub,
          step: opts.step ?? 0,
          nip: by,
          now,
          ...(opts.reason !== undefined ? { reason: opts.reason } : {}),
          ...(archive ? { archive } : {}),
        });
  if (!outcome.ok) throw new CliError(EXIT.refused, S.cli.sop.refused, [formatIssue(outcome.issue)]);

  try {
    await writeXlsxFile(path, await port.toBytes());
  } catch (error) {
    if (error instanceof XlsxError) throw new CliError(EXIT.output, error.message);
    throw error;
  }
  println(io.stdout, S.cli.sop.done(path));
  println(io.stdout);
  printSopRound(io, outcome.round, opts.file);
}

/**
 * `done --step 8 --arsip FOLDER`: the archive, verified intact and of this round, for the Log.
 * Without --arsip the use case refuses step 8 itself, saying how to make the archive.
 */
async function archiveOf(
  opts: SopOptions,
  io: CliIo,
  port: XlsxWorkbook,
): Promise<{ manifestSha256: string; detail: string } | undefined> {
  if (opts.arsip === undefined) return undefined;
  const [{ archiveForLog }, { diskArchiveFs }, { setup }] = await Promise.all([
    import("../app/archive"),
    import("./arsip"),
    loadSetup(port),
  ]);
  const dir = resolve(io.cwd, opts.arsip);
  const round = setup ? { instansi: setup.instansi, tahun: setup.tahun, periode: setup.periode } : undefined;
  const rec = await archiveForLog(diskArchiveFs, dir, { label: basename(dir), ...(round ? { round } : {}) });
  if (!rec.ok) throw new CliError(EXIT.refused, S.cli.sop.refused, [formatIssue(rec.issue)]);
  return { manifestSha256: rec.manifestSha256, detail: rec.detail };
}
