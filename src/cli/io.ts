/** What the command line talks to, injected so that tests run it in-process. */
export interface Writer {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  /** Relative paths in arguments are resolved against this folder. */
  cwd: string;
  /** Clock for the generation timestamp; tests pin it. */
  now?: () => Date;
}

export const EXIT = {
  ok: 0,
  /** A wrong command, option or option value. */
  usage: 1,
  /** An input file that is missing, not .xlsx, corrupt or without the expected table. */
  input: 2,
  /** The output folder or a file in it cannot be written. */
  output: 3,
  /** Anything else: a bug. */
  unexpected: 4,
  /** An SOP action refused by the SOP's rules (role, order, paraf, a Log edited by hand): nothing written. */
  refused: 5,
  /** consolidate: nothing rejected, but two or more files claim one Bagian and wait for `--pilih`. */
  waiting: 6,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the user can act on: printed as its message (plus details), never as a stack. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = "CliError";
  }
}

export const usageError = (message: string): CliError => new CliError(EXIT.usage, message);
export const inputError = (message: string, details: readonly string[] = []): CliError =>
  new CliError(EXIT.input, message, details);

export function println(w: Writer, text = ""): void {
  w.write(`${text}\n`);
}
