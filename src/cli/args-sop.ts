/**
 * `sop status | jadwal | start | done | paraf | sign FILE [--step N] [--by NIP] [--reason T]
 * [--mulai D] [--arsip FOLDER]`: the SOP command's arguments.
 */
import { S } from "../strings";
import { common, isRealDate, nonEmpty, parse, parseInstant } from "./args-values";
import { usageError } from "./io";

const T = S.cli.usage;

export type SopSubcommand = "status" | "jadwal" | "start" | "done" | "paraf" | "sign";
export const SOP_SUBCOMMANDS: readonly SopSubcommand[] = [
  "status",
  "jadwal",
  "start",
  "done",
  "paraf",
  "sign",
];

export interface SopOptions {
  sub: SopSubcommand;
  /** The master workbook, acted on in place. */
  file: string;
  step?: number;
  /** NIP of the person acting. */
  by?: string;
  reason?: string;
  /** `jadwal`: ISO date of the round's first day. */
  mulai?: string;
  /** Hidden, for tests and replays: the moment of the action (ISO instant with offset). */
  sekarang?: string;
  /** `done --step 8`: the archive folder written by `arsip`, verified and recorded in the Log. */
  arsip?: string;
}

const sopOptions = {
  ...common,
  step: { type: "string" },
  by: { type: "string" },
  reason: { type: "string" },
  mulai: { type: "string" },
  sekarang: { type: "string" },
  arsip: { type: "string" },
} as const;

/** `sop SUB FILE [--step N] [--by NIP] [--reason TEKS] [--mulai TTTT-BB-HH] [--sekarang ISO]`. */
export function parseSop(
  args: readonly string[],
): { kind: "sop"; options: SopOptions; debug: boolean } | { kind: "help" } {
  const { values, positionals } = parse(args, sopOptions, true);
  if (values.help) return { kind: "help" };
  const [sub, file, ...extra] = positionals;
  if (sub === undefined) throw usageError(T.sopNoSubcommand);
  if (!(SOP_SUBCOMMANDS as readonly string[]).includes(sub)) throw usageError(T.sopUnknownSubcommand(sub));
  if (file === undefined || file.trim() === "") throw usageError(T.sopNoFile);
  const [unexpected] = extra;
  if (unexpected !== undefined) throw usageError(T.unexpectedArgument(unexpected));
  const options: SopOptions = { sub: sub as SopSubcommand, file: file.trim() };
  const stepText = nonEmpty("--step", values.step);
  const by = nonEmpty("--by", values.by);
  const reason = nonEmpty("--reason", values.reason);
  const mulai = nonEmpty("--mulai", values.mulai);
  const sekarang = nonEmpty("--sekarang", values.sekarang);
  if (stepText !== undefined) {
    if (!/^[1-9]\d*$/.test(stepText)) throw usageError(T.badStep(stepText));
    options.step = Number(stepText);
  }
  if (by !== undefined) {
    if (!/^\d{18}$/.test(by)) throw usageError(T.badNip(by));
    options.by = by;
  }
  if (reason !== undefined) options.reason = reason;
  if (mulai !== undefined) {
    if (!isRealDate(mulai)) throw usageError(T.badMulai(mulai));
    options.mulai = mulai;
  }
  if (sekarang !== undefined) options.sekarang = parseInstant(sekarang);
  const arsip = nonEmpty("--arsip", values.arsip);
  if (arsip !== undefined) options.arsip = arsip;
  const needs: Record<SopSubcommand, string[]> = {
    status: [],
    jadwal: ["--mulai", "--by"],
    start: ["--step", "--by"],
    done: ["--step", "--by"],
    paraf: ["--step", "--by"],
    sign: ["--step", "--by"],
  };
  const given: Record<string, unknown> = {
    "--mulai": options.mulai,
    "--by": options.by,
    "--step": options.step,
  };
  const missing = needs[options.sub].find((flag) => given[flag] === undefined);
  if (missing) throw usageError(T.sopRequired(missing, options.sub));
  return { kind: "sop", options, debug: values.debug === true };
}
