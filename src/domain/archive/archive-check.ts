/**
 * Holding an archive folder to its manifest: every file the manifest lists must be there with its
 * size and SHA-256, and nothing else may be (manifest.json itself aside). Each difference is named.
 */
import { MANIFEST_FILE } from "./archive-names";
import type { ArchiveManifest, ManifestFile } from "./archive-manifest";

/** A file as it is in the folder now. */
export interface ActualFile {
  /** Relative to the archive's folder, "/" between folders. */
  path: string;
  size: number;
  /** Needed only for a file the manifest lists (an added file need not be read). */
  sha256?: string;
}

export interface ChangedFile {
  path: string;
  expected: { size: number; sha256: string };
  /** `sha256` absent when the file could not be hashed. */
  found: { size: number; sha256?: string };
}

export interface ArchiveCheck {
  intact: boolean;
  /** Listed and unchanged, in manifest order. */
  matched: ManifestFile[];
  /** Listed, present, but other bytes (another size or SHA-256), in manifest order. */
  changed: ChangedFile[];
  /** Listed and not in the folder, in manifest order. */
  missing: ManifestFile[];
  /** In the folder and not listed, by path. */
  added: ActualFile[];
}

/**
 * Compares the folder's files with the manifest.
 * @example checkArchive(m, filesOf(folder)).intact // false when one byte of one file changed
 */
export function checkArchive(manifest: ArchiveManifest, actual: readonly ActualFile[]): ArchiveCheck {
  const here = new Map(actual.filter((f) => f.path !== MANIFEST_FILE).map((f) => [f.path, f]));
  const listed = new Set(manifest.files.map((f) => f.path));
  const matched: ManifestFile[] = [];
  const changed: ChangedFile[] = [];
  const missing: ManifestFile[] = [];
  for (const entry of manifest.files) {
    const now = here.get(entry.path);
    if (!now) missing.push(entry);
    else if (now.size === entry.size && now.sha256 === entry.sha256) matched.push(entry);
    else
      changed.push({
        path: entry.path,
        expected: { size: entry.size, sha256: entry.sha256 },
        found: { size: now.size, ...(now.sha256 !== undefined ? { sha256: now.sha256 } : {}) },
      });
  }
  const added = [...here.values()]
    .filter((f) => !listed.has(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    intact: changed.length === 0 && missing.length === 0 && added.length === 0,
    matched,
    changed,
    missing,
    added,
  };
}
