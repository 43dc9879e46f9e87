/**
 * What goes into a round's archive and where: the master, the Laporan and the request letters when
 * found, and every returned file the master accepted — looked up by the SHA-256 its Data or
 * Riwayat sheet records, never by name, so a file renamed since is still found and a different
 * file under the recorded name is not taken. What is not found is listed, not a failure.
 */
import {
  archiveFolderName,
  INDEX_FILE,
  KERTAS_KERJA_DIR,
  RIWAYAT_DIR,
  safeFileName,
  uniquePath,
  type ArchiveRound,
} from "./archive-names";
import type { ArchiveBagian, ManifestFile, MissingFile } from "./archive-manifest";

/** A file the archive can take: `source` is where the app will read it from (opaque here). */
export interface FoundFile {
  source: string;
  /** Its name where it was found. */
  name: string;
  size: number;
  sha256: string;
}

/** A returned file as the master records it (Data: "kertas-kerja"; Riwayat: "riwayat"). */
export interface RecordedFile {
  role: "kertas-kerja" | "riwayat";
  name: string;
  sha256: string;
  size: number;
  bagian: ArchiveBagian;
  /** Riwayat: when a later submission replaced it. */
  replacedAt?: string;
}

export interface ArchiveInput {
  round: ArchiveRound;
  master: FoundFile;
  /** The Laporan beside the master, or what name was looked for when there is none. */
  laporan: FoundFile | { missing: string };
  surat: FoundFile | { missing: string };
  /** Data's submissions, then Riwayat's, in sheet order. */
  recorded: readonly RecordedFile[];
  /** The files of the returned-files folder, hashed (only those whose size a record has need be). */
  pool: readonly FoundFile[];
}

/** One file of the archive: its manifest entry, and where its bytes come from. */
export interface PlannedFile {
  entry: ManifestFile;
  source: string;
}

export interface ArchivePlan {
  /** The folder's name: "Arsip-<instansi>-<tahun>-<periode>". */
  folder: string;
  /** In manifest order: induk, laporan, surat, kertas kerja, riwayat (the index comes last, written later). */
  files: PlannedFile[];
  missing: MissingFile[];
}

const isFound = (f: FoundFile | { missing: string }): f is FoundFile => "source" in f;

/** Where each file goes; every path unique (case-insensitively), the index's name kept free. */
export function planArchive(input: ArchiveInput): ArchivePlan {
  const taken = new Set<string>([INDEX_FILE.toLowerCase(), KERTAS_KERJA_DIR, RIWAYAT_DIR]);
  const files: PlannedFile[] = [];
  const missing: MissingFile[] = [];
  const archived = new Set<string>();
  const put = (
    dir: string,
    name: string,
    fallback: string,
    file: FoundFile,
    extra: Partial<ManifestFile>,
  ) => {
    const path = uniquePath(dir, safeFileName(name, fallback), taken);
    const entry: ManifestFile = { path, role: "induk", size: file.size, sha256: file.sha256, ...extra };
    files.push({ entry, source: file.source });
    archived.add(file.sha256);
  };

  put("", input.master.name, "Induk.xlsx", input.master, { role: "induk" });
  for (const role of ["laporan", "surat"] as const) {
    const f = input[role];
    if (isFound(f)) put("", f.name, `${role}.bin`, f, { role });
    else missing.push({ role, name: f.missing });
  }

  const bySha = new Map<string, FoundFile>();
  for (const f of input.pool) if (!bySha.has(f.sha256)) bySha.set(f.sha256, f);
  for (const rec of input.recorded) {
    // The same bytes recorded twice (a file sent again after a replacement) are archived once.
    if (archived.has(rec.sha256)) continue;
    const found = bySha.get(rec.sha256);
    const bagian = { kode: rec.bagian.kode, nama: rec.bagian.nama };
    if (!found || found.size !== rec.size) {
      if (!missing.some((m) => m.sha256 === rec.sha256))
        missing.push({ role: rec.role, name: rec.name, sha256: rec.sha256, size: rec.size, bagian });
      continue;
    }
    const dir = rec.role === "kertas-kerja" ? KERTAS_KERJA_DIR : RIWAYAT_DIR;
    put(dir, rec.name, `KK-${safeFileName(rec.bagian.kode, "Bagian")}.xlsx`, found, {
      role: rec.role,
      bagian,
      recordedName: rec.name,
      sourceName: found.name,
      ...(rec.replacedAt !== undefined ? { replacedAt: rec.replacedAt } : {}),
    });
  }
  return { folder: archiveFolderName(input.round), files, missing };
}

/** The sizes of the recorded files: only files of these sizes need hashing to be found. */
export function wantedSizes(recorded: readonly RecordedFile[]): Set<number> {
  return new Set(recorded.map((r) => r.size));
}
