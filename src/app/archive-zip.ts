/**
 * Step 8 in the task pane: the round's archive built in memory and handed over as one .zip. The
 * same use case as the CLI's folder decides what goes in (`createArchive`: the master, the Laporan,
 * the letters, every returned file found by the SHA-256 its Data or Riwayat sheet records, the
 * manifest and INDEKS.txt), over an ArchiveFs held in memory: the open workbook's file, the
 * Laporan .docx beside it, and the files the user picked as the returned kertas kerja. The folder
 * it "creates" is zipped under its own name, then read back from the zip's bytes and verified
 * (`archiveForLog`), so that what the Log records at step 8 is the manifest of the very file the
 * user downloads.
 */
import { unzipSync, zipSync, type Zippable } from "fflate";
import type { ArchiveManifest } from "../domain/archive/archive-manifest";
import { sha256HexBytes } from "../domain/shared/fingerprint";
import type { Issue } from "../domain/shared/types";
import { archiveForLog, createArchive, type ArchiveFs, type FolderEntry } from "./archive";
import type { WorkbookPort } from "./ports";

/** A file the user picked: read only when the archive needs its bytes (its size matches a record). */
export interface PickedSource {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export interface ArchiveZipRequest {
  /** The open workbook as an .xlsx file: its name and bytes. */
  master: { name: string; bytes: Uint8Array };
  /** The Laporan Kinerja .docx to archive beside the master, or null when there is none. */
  laporan: { name: string; bytes: Uint8Array } | null;
  /** The returned kertas kerja (and the letters, when picked), in pick order. */
  returned: readonly PickedSource[];
  /** ISO instant with offset. */
  now: string;
}

export type ArchiveZipOutcome =
  | {
      ok: true;
      /** "<folder>.zip": the archive's folder is the zip's one top folder. */
      fileName: string;
      folder: string;
      zip: Uint8Array;
      manifest: ArchiveManifest;
      manifestSha256: string;
      /** What marking step 8 done records in the Log, from the zip as verified. */
      log: { manifestSha256: string; detail: string };
      /** Picked files that went into no entry of the archive (recorded nowhere on Data or Riwayat). */
      unused: string[];
    }
  | { ok: false; issues: Issue[] };

/** Where the in-memory files stand for the use case; opaque names, never shown as paths. */
const MASTER_DIR = "induk";
const KEMBALI_DIR = "kembali";
const OUT_DIR = "unduhan";

/** Files already compressed (.xlsx, .docx, .zip …) are stored, not deflated again. */
const STORED = /\.(xlsx|xlsm|docx|zip|pdf|png|jpe?g)$/i;

interface Held {
  path: string;
  source: PickedSource;
}

/** Picked files under unique paths: a name picked twice (from two folders) goes into a sub folder. */
function heldPaths(returned: readonly PickedSource[]): Held[] {
  const seen = new Set<string>();
  return returned.map((source, i) => {
    const lower = source.name.toLowerCase();
    const path = seen.has(lower) ? `${i + 1}/${source.name}` : source.name;
    seen.add(lower);
    return { path, source };
  });
}

/** The ArchiveFs the use case works on: reads from memory, and keeps the folder it is asked to make. */
function memoryFs(req: ArchiveZipRequest, held: Held[], hashes: Map<string, string>) {
  let made: { name: string; files: { path: string; bytes: Uint8Array }[] } | null = null;
  const beside = req.laporan ? [req.laporan] : [];
  const fs: ArchiveFs = {
    async list(dir) {
      if (dir === MASTER_DIR) return beside.map((f) => ({ path: f.name, size: f.bytes.length }));
      if (dir === KEMBALI_DIR) return held.map((h) => ({ path: h.path, size: h.source.size }));
      if (dir === OUT_DIR) return [];
      return null;
    },
    async read(dir, path) {
      const besideFile = dir === MASTER_DIR ? beside.find((f) => f.name === path) : undefined;
      if (besideFile) return besideFile.bytes;
      const h = dir === KEMBALI_DIR ? held.find((x) => x.path === path) : undefined;
      if (!h) throw new Error(`no file ${dir}/${path}`);
      const bytes = await h.source.read();
      hashes.set(h.path, sha256HexBytes(bytes));
      return bytes;
    },
    exists: async (dir, name) => dir === OUT_DIR && made?.name === name,
    async createFolder(_dir, name, files) {
      if (made) return "exists";
      made = { name, files: [...files] };
      return "created";
    },
    describe: (dir, name) => name ?? dir,
  };
  return { fs, made: () => made };
}

/** The zip: every file under the folder's name, with the archive's time on each entry. */
function zipFolder(folder: string, files: { path: string; bytes: Uint8Array }[], now: string): Uint8Array {
  const ms = Date.parse(now);
  const mtime = Number.isNaN(ms) ? undefined : new Date(ms);
  const entries: Zippable = {};
  for (const f of files) {
    entries[`${folder}/${f.path}`] = [
      f.bytes,
      { level: STORED.test(f.path) ? 0 : 6, ...(mtime ? { mtime } : {}) },
    ];
  }
  return zipSync(entries);
}

/** A zip's contents as a read-only ArchiveFs: a folder is the entries under "<dir>/". */
export function zipArchiveFs(zip: Uint8Array): ArchiveFs {
  const entries = unzipSync(zip);
  const files = Object.keys(entries).filter((k) => !k.endsWith("/"));
  return {
    async list(dir, depth) {
      const prefix = `${dir}/`;
      const under = files.filter((k) => k.startsWith(prefix));
      if (under.length === 0) return null;
      return under
        .map((k): FolderEntry => ({ path: k.slice(prefix.length), size: entries[k]?.length ?? 0 }))
        .filter((e) => e.path.split("/").length - 1 <= depth);
    },
    async read(dir, path) {
      const bytes = entries[`${dir}/${path}`];
      if (!bytes) throw new Error(`no file ${dir}/${path} in the zip`);
      return bytes;
    },
    exists: async (dir, name) => files.some((k) => k === `${dir}/${name}` || k.startsWith(`${dir}/${name}/`)),
    createFolder: async () => {
      throw new Error("a zip read back is not written to");
    },
    describe: (dir, name) => (name === undefined ? dir : `${dir}/${name}`),
  };
}

/**
 * Builds the round's archive as a .zip from the open workbook's file, the Laporan and the picked
 * files; refuses (the use case's issues) when the master cannot be used. A returned file recorded
 * on Data or Riwayat but not picked is listed as missing in the manifest and the index.
 */
export async function createArchiveZip(
  port: WorkbookPort,
  req: ArchiveZipRequest,
): Promise<ArchiveZipOutcome> {
  const held = heldPaths(req.returned);
  const hashes = new Map<string, string>();
  const memory = memoryFs(req, held, hashes);
  const outcome = await createArchive(port, memory.fs, {
    master: { dir: MASTER_DIR, name: req.master.name, bytes: req.master.bytes },
    kembali: KEMBALI_DIR,
    out: OUT_DIR,
    now: req.now,
  });
  const made = memory.made();
  if (!outcome.ok) return { ok: false, issues: outcome.issues };
  if (!made) throw new Error("createArchive reported an archive it did not make");

  const zip = zipFolder(made.name, made.files, req.now);
  const fileName = `${made.name}.zip`;
  const check = await archiveForLog(zipArchiveFs(zip), made.name, {
    label: fileName,
    round: outcome.manifest.round,
  });
  if (!check.ok) return { ok: false, issues: [check.issue] };

  const archived = new Set(outcome.manifest.files.map((f) => f.sha256));
  const unused = held
    .filter((h) => {
      const sha = hashes.get(h.path);
      return sha === undefined || !archived.has(sha);
    })
    .map((h) => h.source.name);
  return {
    ok: true,
    fileName,
    folder: made.name,
    zip,
    manifest: outcome.manifest,
    manifestSha256: outcome.manifestSha256,
    log: { manifestSha256: check.manifestSha256, detail: check.detail },
    unused,
  };
}
