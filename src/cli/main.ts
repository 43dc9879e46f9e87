/**
 * The command line: `kertas-kerja setup | generate | consolidate | demo | sop | arsip | help`. Testable in-process: `main` takes its
 * writers and folder, returns the exit code, and never lets a stack trace reach the user unless
 * `--debug` asks for it.
 *
 * Each command is loaded when it runs (`import()`), so that `--help` and a wrong option never load
 * exceljs and the rest of a command's code: start-up is part of every call (bin/kertas-kerja.cjs).
 */
import { S } from "../strings";
import { parseCommand, wantsDebug } from "./args";
import { CliError, EXIT, println, type CliIo } from "./io";

export type { CliIo } from "./io";
export { EXIT } from "./io";

const defaultIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });

export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const debug = wantsDebug(argv);
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case "help":
        println(io.stdout, S.cli.help);
        return EXIT.ok;
      case "generate":
        await (await import("./generate")).runGenerate(command.options, io);
        return EXIT.ok;
      case "setup":
        await (await import("./setup")).runSetup(command.options, io);
        return EXIT.ok;
      case "demo":
        await (await import("./demo")).runDemo(command.out, io);
        return EXIT.ok;
      case "sop":
        await (await import("./sop")).runSop(command.options, io);
        return EXIT.ok;
      case "consolidate":
        return (await (await import("./consolidate")).runConsolidate(command.options, io)).exitCode;
      case "laporan":
        await (await import("./laporan")).runLaporan(command.options, io);
        return EXIT.ok;
      case "arsip":
        return await (await import("./arsip")).runArsip(command.args, io);
    }
  } catch (error) {
    return report(error, io, debug);
  }
}

/** The launcher's last guard, when `main` itself rejects (it catches everything, so never expected). */
export const unexpectedMessage = (error: unknown): string =>
  S.cli.unexpected(error instanceof Error ? error.message : String(error));

function report(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof CliError) {
    println(io.stderr, error.message);
    for (const line of error.details) println(io.stderr, `  ${line}`);
    if (error.exitCode === EXIT.usage) println(io.stderr, S.cli.usage.hint);
    if (debug && error.stack) println(io.stderr, error.stack);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  println(io.stderr, S.cli.unexpected(message));
  if (debug && error instanceof Error && error.stack) println(io.stderr, error.stack);
  else println(io.stderr, S.cli.debugHint);
  return EXIT.unexpected;
}
