/**
 * `arsip INDUK.xlsx --kembali FOLDER --out FOLDER` (step 8: gather the round's files into a new
 * archive folder with its manifest and index) and `arsip periksa FOLDER [--sha256 HEX]` (hold an
 * archive to its manifest). The use cases are src/app/archive.ts; this file is the disk under them
 * and what is printed. The arguments are checked before the use cases and exceljs are loaded.
 *
 * Exit codes (README "Exit codes", `--help`): arsip 0 written (files not found are warnings), 2 the
 * master or --kembali unusable, 3 the archive folder exists or cannot be written; arsip periksa 0
 * intact, 2 not intact (a file changed, missing or added) or no readable manifest.json.
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { ArchiveFs, FolderEntry } from "../app/archive";
import type { ArchiveManifest } from "../domain/archive/archive-manifest";
import type { ArchiveCheck } from "../domain/archive/archive-check";
import { formatTanggal, isIsoDate } from "../domain/shared/dates";
import { formatNumber } from "../domain/shared/numbers";
import { S } from "../strings";
import { arsip } from "../strings/arsip";
import type { ArsipArgs } from "./args";
import { formatIssue } from "./format";
import { CliError, EXIT, inputError, println, usageError, type CliIo } from "./io";

const T = arsip.cli;
const U = arsip.usage;

export type ArsipOptions =
  | { sub: "buat"; master: string; kembali: string; out: string }
  | { sub: "periksa"; folder: string; sha256?: string };

/** Which argument is what: `arsip INDUK.xlsx --kembali F --out F` or `arsip periksa FOLDER [--sha256 HEX]`. */
export function arsipOptions(args: ArsipArgs): ArsipOptions {
  const value = (flag: string, v: string | undefined): string | undefined => {
    if (v === undefined) return undefined;
    if (v.trim() === "") throw usageError(S.cli.usage.emptyValue(flag));
    return v.trim();
  };
  const [first, second, extra] = args.positionals.map((p) => p.trim()).filter((p) => p !== "");
  const kembali = value("--kembali", args.kembali);
  const out = value("--out", args.out);
  const sha = value("--sha256", args.sha256);
  if (first === "periksa") {
    if (extra !== undefined) throw usageError(S.cli.usage.unexpectedArgument(extra));
    if (second === undefined) throw usageError(U.noFolder);
    if (kembali !== undefined) throw usageError(U.notForPeriksa("--kembali"));
    if (out !== undefined) throw usageError(U.notForPeriksa("--out"));
    if (sha !== undefined && !/^[0-9a-fA-F]{64}$/.test(sha)) throw usageError(U.badSha(sha));
    return { sub: "periksa", folder: second, ...(sha !== undefined ? { sha256: sha.toLowerCase() } : {}) };
  }
  if (first === undefined) throw usageError(U.noMaster);
  if (second !== undefined) throw usageError(S.cli.usage.unexpectedArgument(second));
  if (sha !== undefined) throw usageError(U.onlyForPeriksa("--sha256"));
  if (kembali === undefined) throw usageError(S.cli.usage.required("--kembali"));
  if (out === undefined) throw usageError(S.cli.usage.required("--out"));
  return { sub: "buat", master: first, kembali, out };
}

export async function runArsip(args: ArsipArgs, io: CliIo): Promise<number> {
  const opts = arsipOptions(args);
  return opts.sub === "periksa" ? runPeriksa(opts, io) : runBuat(opts, io);
}

const detail = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A relative "/" path under `dir` as a path of this system. */
const under = (dir: string, path: string): string => join(dir, ...path.split("/"));

async function walk(dir: string, prefix: string, depth: number, into: FolderEntry[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = prefix === "" ? e.name : `${prefix}/${e.name}`;
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (depth > 0) await walk(full, path, depth - 1, into);
      continue;
    }
    // A link to a file counts as that file; a link to a folder is listed, not followed.
    const info = await stat(full).catch(() => null);
    into.push({ path, size: info?.isFile() ? info.size : 0 });
  }
}

const exists = (dir: string, name: string): Promise<boolean> =>
  lstat(join(dir, name)).then(
    () => true,
    () => false,
  );

/** The archive's folders on disk. Reads that fail are the input's fault (exit 2), writes the output's (3). */
export const diskArchiveFs: ArchiveFs = {
  async list(dir, depth) {
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) return null;
    const entries: FolderEntry[] = [];
    try {
      await walk(dir, "", depth, entries);
    } catch (error) {
      throw inputError(S.cli.input.cannotRead(dir, detail(error)));
    }
    return entries;
  },
  async read(dir, path) {
    const full = under(dir, path);
    try {
      return new Uint8Array(await readFile(full));
    } catch (error) {
      throw inputError(S.cli.input.cannotRead(full, detail(error)));
    }
  },
  exists,
  async createFolder(dir, name, files) {
    const target = join(dir, name);
    let temp: string | null = null;
    try {
      await mkdir(dir, { recursive: true });
      if (await exists(dir, name)) return "exists";
      // Written whole into a hidden sibling, then renamed: the archive appears complete or not at all.
      temp = await mkdtemp(join(dir, `.${name}-`));
      for (const f of files) {
        const path = under(temp, f.path);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, f.bytes, { flag: "wx" });
      }
      if (await exists(dir, name)) {
        await rm(temp, { recursive: true, force: true });
        return "exists";
      }
      await rename(temp, target);
      return "created";
    } catch (error) {
      if (temp) await rm(temp, { recursive: true, force: true }).catch(() => undefined);
      throw new CliError(EXIT.output, S.cli.output.cannotWrite(target, detail(error)));
    }
  },
  describe: (dir, name) => (name === undefined ? dir : join(dir, name)),
};

async function runBuat(opts: Extract<ArsipOptions, { sub: "buat" }>, io: CliIo): Promise<number> {
  const [{ createArchive }, { XlsxWorkbook }, { guardRead, readInputWorkbook }, { NOW_ENV }] =
    await Promise.all([
      import("../app/archive"),
      import("../hosts/xlsx/port"),
      import("./files"),
      import("./sop"),
    ]);
  const masterPath = resolve(io.cwd, opts.master);
  println(io.stdout, T.reading(masterPath));
  const bytes = await readInputWorkbook(masterPath);
  const port = await guardRead(masterPath, () => XlsxWorkbook.fromBytes(bytes, masterPath));
  const now = process.env[NOW_ENV] ?? (io.now?.() ?? new Date()).toISOString();
  const out = resolve(io.cwd, opts.out);
  const outcome = await createArchive(port, diskArchiveFs, {
    master: { dir: dirname(masterPath), name: basename(masterPath), bytes },
    kembali: resolve(io.cwd, opts.kembali),
    out,
    now,
  });
  if (!outcome.ok) {
    const [first, ...details] = outcome.issues;
    const message = first?.message ?? "";
    if (outcome.kind === "exists") throw new CliError(EXIT.output, message);
    throw inputError(message, details.map(formatIssue));
  }
  printArchive(io, join(out, outcome.folder), outcome.manifest, outcome.manifestSha256);
  return EXIT.ok;
}

function printArchive(io: CliIo, folder: string, manifest: ArchiveManifest, sha: string): void {
  println(io.stdout, T.written(folder, manifest.files.length + 1));
  for (const f of manifest.files) {
    println(io.stdout, T.fileLine(arsip.roleNames[f.role], f.path));
    if (f.sourceName !== undefined && f.sourceName !== f.recordedName)
      println(io.stdout, T.renamed(f.sourceName));
  }
  println(io.stdout, T.fileLine("", "manifest.json"));
  const laporan = manifest.missing.find((m) => m.role === "laporan");
  const surat = manifest.missing.find((m) => m.role === "surat");
  if (laporan) println(io.stdout, T.laporanMissing(laporan.name));
  if (surat) println(io.stdout, T.suratMissing(surat.name));
  const returned = manifest.missing.filter((m) => m.role === "kertas-kerja" || m.role === "riwayat");
  if (returned.length > 0) {
    println(io.stdout, T.missingHeading(returned.length));
    for (const m of returned) {
      const bagian = m.bagian ? arsip.index.bagian(m.bagian.nama, m.bagian.kode) : "";
      println(io.stdout, T.missingLine(arsip.index.missingRole[m.role], bagian, m.name, m.sha256 ?? ""));
    }
  }
  println(io.stdout, T.manifestSha(sha));
  println(io.stdout, T.logHint);
}

async function runPeriksa(opts: Extract<ArsipOptions, { sub: "periksa" }>, io: CliIo): Promise<number> {
  const { verifyArchive, differences } = await import("../app/archive");
  const folder = resolve(io.cwd, opts.folder);
  println(io.stdout, T.checking(folder));
  const verified = await verifyArchive(diskArchiveFs, folder);
  if (!verified.ok)
    throw inputError(verified.issue.message, verified.issue.found ? [formatIssue(verified.issue)] : []);
  const { manifest, check, manifestSha256 } = verified;
  const r = manifest.round;
  println(
    io.stdout,
    T.round(r.instansi, S.common.periode[r.periode], r.tahun, createdAtText(manifest.createdAt)),
  );
  const shaDiffers = opts.sha256 !== undefined && opts.sha256 !== manifestSha256;
  const count = differences(check) + (shaDiffers ? 1 : 0);
  if (count === 0) println(io.stdout, T.intact(manifest.files.length));
  else {
    println(io.stdout, T.notIntact(count));
    if (shaDiffers) println(io.stdout, T.manifestChanged(opts.sha256 ?? ""));
    printDifferences(io, check);
  }
  println(io.stdout, T.manifestSha(manifestSha256));
  return count === 0 ? EXIT.ok : EXIT.input;
}

/** The manifest's ISO time as a person reads it; as written when it is no such time. */
function createdAtText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m?.[1] || !isIsoDate(m[1])) return iso;
  return T.createdAt(formatTanggal(m[1]), `${m[2]}.${m[3]}`, m[4] === "Z" ? "+00:00" : (m[4] ?? ""));
}

function printDifferences(io: CliIo, check: ArchiveCheck): void {
  for (const c of check.changed) {
    println(io.stdout, T.changed(c.path));
    println(
      io.stdout,
      T.changedDetail(
        formatNumber(c.expected.size, 0),
        formatNumber(c.found.size, 0),
        c.expected.sha256.slice(0, 12),
        (c.found.sha256 ?? "").slice(0, 12),
      ),
    );
  }
  for (const m of check.missing) println(io.stdout, T.missing(m.path));
  for (const a of check.added) println(io.stdout, T.added(a.path));
}
