import { parseArgs } from "node:util";
/** The values of command-line options, read or refused with a usage error that says what to type. */
import { PERIODES, type Periode } from "../domain/shared/types";
import { S } from "../strings";
import { usageError } from "./io";

const T = S.cli.usage;

/** A NIP as typed: 18 digits. */
export function parseNip(text: string): string {
  if (!/^\d{18}$/.test(text)) throw usageError(T.badNip(text));
  return text;
}

/** An ISO instant with an offset or Z. */
export function parseInstant(text: string): string {
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(text) ||
    Number.isNaN(Date.parse(text))
  )
    throw usageError(T.badSekarang(text));
  return text;
}

export function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === "") throw usageError(T.emptyValue(flag));
  return value.trim();
}

export function parseTahun(text: string): number {
  if (!/^\d{4}$/.test(text)) throw usageError(T.badTahun(text));
  const tahun = Number(text);
  if (tahun < 2000 || tahun > 2100) throw usageError(T.badTahun(text));
  return tahun;
}

/** "TW1", "tw2", "TW 3", "TAHUNAN" → Periode. */
export function parsePeriode(text: string): Periode {
  const normal = text.toUpperCase().replace(/\s+/g, "");
  const found = PERIODES.find((p) => p === normal);
  if (found === undefined) throw usageError(T.badPeriode(text));
  return found;
}

/** "2026-07-10", a real calendar date. */
export function parseIsoDate(text: string): string {
  if (!isRealDate(text)) throw usageError(T.badDate(text));
  return text;
}

export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Options every command takes. */
export const common = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
} as const;

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** node:util parseArgs, strict, its errors as usage errors in Indonesian. */
export function parse<O extends OptionSpec>(args: readonly string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (error) {
    throw usageError(translateParseError(error));
  }
}

/** node:util parseArgs speaks English: say the same thing in Indonesian. */
function translateParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  const option = quoted.split(" ")[0] ?? quoted;
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return T.unknownOption(option);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return T.unexpectedArgument(quoted);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return message.includes("does not take") ? T.noValueAllowed(option) : T.missingValue(option);
    default:
      return T.badOption(message);
  }
}
