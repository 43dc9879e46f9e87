import type { Periode } from "../domain/shared/types";
import { S } from "../strings";
import { parseSop, type SopOptions } from "./args-sop";
import {
  common,
  isRealDate,
  nonEmpty,
  parse,
  parseInstant,
  parseIsoDate,
  parseNip,
  parsePeriode,
  parseTahun,
} from "./args-values";
import { usageError } from "./io";

export { SOP_SUBCOMMANDS, type SopOptions, type SopSubcommand } from "./args-sop";

const T = S.cli.usage;

export interface GenerateOptions {
  dpa: string;
  prior?: string;
  /** The Perjanjian Kinerja (.xlsx): its IKU are collected with the DPA's indicators. */
  pk?: string;
  tahun?: number;
  periode?: Periode;
  out: string;
  instansi?: string;
  /** ISO date "2026-07-10". */
  batasWaktu?: string;
  /** The master workbook (its "Pengaturan"); the generation is recorded in it, in place. */
  setup?: string;
  /** `--tanggal-surat`: ISO date of the request letters; default today. */
  tanggalSurat?: string;
  /** `--tetapkan KODE=BAGIAN`, as typed; resolved against the setup's Bagian once it is known. */
  assign: { kode: string; bagian: string }[];
  /** NIP of the person generating, for the master's Log. */
  oleh?: string;
  /** Hidden, for tests and replays: the moment of the generation (ISO instant with offset). */
  sekarang?: string;
}

export interface ConsolidateOptions {
  /** Returned kertas kerja, as typed. */
  files: string[];
  /** The master workbook: created when it does not exist, otherwise changed in place. */
  into: string;
  /** Where to write the JSON report. */
  report?: string;
  /** `--pilih BAGIAN=BERKAS`: which of two files claiming one Bagian to take. */
  pilih: { bagian: string; file: string }[];
  /** NIP of the person importing, for the Log and the provenance. */
  oleh?: string;
  /** Hidden, for tests and replays: the moment of the import (ISO instant with offset). */
  sekarang?: string;
}

/** `setup`: a Pengaturan workbook from the DPA, to be filled in any spreadsheet program. */
export interface SetupOptions {
  dpa: string;
  /** A Perjanjian Kinerja to read and check (not yet stored in the workbook). */
  pk?: string;
  tahun: number;
  periode: Periode;
  /** The .xlsx to write; never overwritten. */
  out: string;
  instansi?: string;
  /** ISO date "2026-07-10". */
  batasWaktu?: string;
}

/** `laporan INDUK.xlsx [--out FOLDER] [--oleh NIP] [--sekarang T]`: the master, the .docx's folder, who, when. */
export interface LaporanOptions {
  master: string;
  out?: string;
  oleh?: string;
  sekarang?: string;
}

/** `arsip …` as parsed here; which argument is what is src/cli/arsip.ts's (`arsipOptions`). */
export interface ArsipArgs {
  positionals: string[];
  kembali?: string;
  out?: string;
  sha256?: string;
}

export type Command =
  | { kind: "help" }
  | { kind: "arsip"; args: ArsipArgs; debug: boolean }
  | { kind: "laporan"; options: LaporanOptions; debug: boolean }
  | { kind: "setup"; options: SetupOptions; debug: boolean }
  | { kind: "generate"; options: GenerateOptions; debug: boolean }
  | { kind: "demo"; out: string | undefined; debug: boolean }
  | { kind: "sop"; options: SopOptions; debug: boolean }
  | { kind: "consolidate"; options: ConsolidateOptions; debug: boolean };

const generateOptions = {
  ...common,
  dpa: { type: "string" },
  prior: { type: "string" },
  pk: { type: "string" },
  tahun: { type: "string" },
  periode: { type: "string" },
  out: { type: "string" },
  instansi: { type: "string" },
  "batas-waktu": { type: "string" },
  setup: { type: "string" },
  "tanggal-surat": { type: "string" },
  tetapkan: { type: "string", multiple: true },
  oleh: { type: "string" },
  sekarang: { type: "string" },
} as const;

const setupOptions = {
  ...common,
  dpa: { type: "string" },
  pk: { type: "string" },
  tahun: { type: "string" },
  periode: { type: "string" },
  out: { type: "string" },
  instansi: { type: "string" },
  "batas-waktu": { type: "string" },
} as const;

const demoOptions = { ...common, out: { type: "string" } } as const;

const laporanOptions = {
  ...common,
  out: { type: "string" },
  oleh: { type: "string" },
  sekarang: { type: "string" },
} as const;

const arsipOptions = {
  ...common,
  kembali: { type: "string" },
  out: { type: "string" },
  sha256: { type: "string" },
} as const;

const consolidateOptions = {
  ...common,
  into: { type: "string" },
  report: { type: "string" },
  pilih: { type: "string", multiple: true },
  oleh: { type: "string" },
  sekarang: { type: "string" },
} as const;

/** `--debug` anywhere in the arguments, even when they cannot be parsed. */
export function wantsDebug(argv: readonly string[]): boolean {
  return argv.includes("--debug");
}

/** Reads the arguments into a command; a wrong argument throws a usage `CliError`. */
export function parseCommand(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw usageError(T.noCommand);
  if (first === "help" || first === "--help" || first === "-h") return { kind: "help" };
  if (first.startsWith("-")) {
    // Options before the command: still say which option, or that the command is missing.
    if (argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
    throw usageError(T.noCommand);
  }
  switch (first) {
    case "generate": {
      const { values } = parse(rest, generateOptions);
      if (values.help) return { kind: "help" };
      return { kind: "generate", options: generateFrom(values), debug: values.debug === true };
    }
    case "demo": {
      const { values } = parse(rest, demoOptions);
      if (values.help) return { kind: "help" };
      return { kind: "demo", out: nonEmpty("--out", values.out), debug: values.debug === true };
    }
    case "setup":
      return parseSetup(rest);
    case "sop":
      return parseSop(rest);
    case "consolidate":
      return parseConsolidate(rest);
    case "arsip": {
      const { values, positionals } = parse(rest, arsipOptions, true);
      if (values.help) return { kind: "help" };
      const { kembali, out, sha256 } = values;
      return { kind: "arsip", args: { positionals, kembali, out, sha256 }, debug: values.debug === true };
    }
    case "laporan":
      return parseLaporan(rest);
    default:
      throw usageError(T.unknownCommand(first));
  }
}

/** `setup --dpa DPA --tahun TTTT --periode P --out BERKAS.xlsx [--pk PK] [--instansi T] [--batas-waktu D]`. */
function parseSetup(args: readonly string[]): Command {
  const { values } = parse(args, setupOptions);
  if (values.help) return { kind: "help" };
  const required = (flag: string, value: string | undefined): string => {
    const v = nonEmpty(flag, value);
    if (v === undefined) throw usageError(T.required(flag));
    return v;
  };
  const options: SetupOptions = {
    dpa: required("--dpa", values.dpa),
    tahun: parseTahun(required("--tahun", values.tahun)),
    periode: parsePeriode(required("--periode", values.periode)),
    out: required("--out", values.out),
  };
  const pk = nonEmpty("--pk", values.pk);
  const instansi = nonEmpty("--instansi", values.instansi);
  const batas = nonEmpty("--batas-waktu", values["batas-waktu"]);
  if (pk !== undefined) options.pk = pk;
  if (instansi !== undefined) options.instansi = instansi;
  if (batas !== undefined) options.batasWaktu = parseIsoDate(batas);
  return { kind: "setup", options, debug: values.debug === true };
}

/** `consolidate BERKAS... --into MASTER [--report JSON] [--pilih BAGIAN=BERKAS] [--oleh NIP]`. */
function parseConsolidate(args: readonly string[]): Command {
  const { values, positionals } = parse(args, consolidateOptions, true);
  if (values.help) return { kind: "help" };
  const files = positionals.map((f) => f.trim()).filter((f) => f !== "");
  if (files.length === 0) throw usageError(T.consolidateNoFiles);
  const into = nonEmpty("--into", values.into);
  if (into === undefined) throw usageError(T.required("--into"));
  const pilih = (values.pilih ?? []).map((text) => {
    const eq = text.indexOf("=");
    const bagian = text.slice(0, eq).trim();
    const file = text.slice(eq + 1).trim();
    if (eq < 0 || bagian === "" || file === "") throw usageError(T.badPilih(text));
    return { bagian, file };
  });
  const options: ConsolidateOptions = { files, into, pilih };
  const report = nonEmpty("--report", values.report);
  if (report !== undefined) options.report = report;
  const oleh = nonEmpty("--oleh", values.oleh);
  if (oleh !== undefined) options.oleh = parseNip(oleh);
  const sekarang = nonEmpty("--sekarang", values.sekarang);
  if (sekarang !== undefined) options.sekarang = parseInstant(sekarang);
  return { kind: "consolidate", options, debug: values.debug === true };
}

function generateFrom(values: {
  dpa?: string;
  prior?: string;
  pk?: string;
  tahun?: string;
  periode?: string;
  out?: string;
  instansi?: string;
  "batas-waktu"?: string;
  setup?: string;
  "tanggal-surat"?: string;
  tetapkan?: string[];
  oleh?: string;
  sekarang?: string;
}): GenerateOptions {
  const dpa = nonEmpty("--dpa", values.dpa);
  if (dpa === undefined) throw usageError(T.required("--dpa"));
  const out = nonEmpty("--out", values.out);
  if (out === undefined) throw usageError(T.required("--out"));
  const setup = nonEmpty("--setup", values.setup);

  const tahunText = nonEmpty("--tahun", values.tahun);
  if (tahunText === undefined && setup === undefined) throw usageError(T.requiredWithoutSetup("--tahun"));
  const tahun = tahunText === undefined ? undefined : parseTahun(tahunText);

  const periodeText = nonEmpty("--periode", values.periode);
  if (periodeText === undefined && setup === undefined) throw usageError(T.requiredWithoutSetup("--periode"));
  const periode = periodeText === undefined ? undefined : parsePeriode(periodeText);

  const batasText = nonEmpty("--batas-waktu", values["batas-waktu"]);
  const assign = (values.tetapkan ?? []).map((text) => {
    const eq = text.indexOf("=");
    const kode = text.slice(0, eq).trim();
    const bagian = text.slice(eq + 1).trim();
    if (eq < 0 || kode === "" || bagian === "") throw usageError(T.badAssignment(text));
    return { kode, bagian };
  });
  const options: GenerateOptions = { dpa, out, assign };
  const prior = nonEmpty("--prior", values.prior);
  const instansi = nonEmpty("--instansi", values.instansi);
  if (prior !== undefined) options.prior = prior;
  const pk = nonEmpty("--pk", values.pk);
  if (pk !== undefined) options.pk = pk;
  if (tahun !== undefined) options.tahun = tahun;
  if (periode !== undefined) options.periode = periode;
  if (instansi !== undefined) options.instansi = instansi;
  if (batasText !== undefined) options.batasWaktu = parseIsoDate(batasText);
  if (setup !== undefined) options.setup = setup;
  const tanggalText = nonEmpty("--tanggal-surat", values["tanggal-surat"]);
  if (tanggalText !== undefined) {
    if (!isRealDate(tanggalText)) throw usageError(T.badTanggalSurat(tanggalText));
    options.tanggalSurat = tanggalText;
  }
  const oleh = nonEmpty("--oleh", values.oleh);
  if (oleh !== undefined) options.oleh = parseNip(oleh);
  const sekarang = nonEmpty("--sekarang", values.sekarang);
  if (sekarang !== undefined) options.sekarang = parseInstant(sekarang);
  return options;
}

function parseLaporan(args: readonly string[]): Command {
  const { values, positionals } = parse(args, laporanOptions, true);
  if (values.help) return { kind: "help" };
  const [master, extra] = positionals.map((p) => p.trim()).filter((p) => p !== "");
  if (master === undefined) throw usageError(T.laporanNoFile);
  if (extra !== undefined) throw usageError(T.unexpectedArgument(extra));
  const options: LaporanOptions = { master };
  const out = nonEmpty("--out", values.out);
  const oleh = nonEmpty("--oleh", values.oleh);
  const sekarang = nonEmpty("--sekarang", values.sekarang);
  if (out !== undefined) options.out = out;
  if (oleh !== undefined) options.oleh = parseNip(oleh);
  if (sekarang !== undefined) options.sekarang = parseInstant(sekarang);
  return { kind: "laporan", options, debug: values.debug === true };
}
