/**
 * The archive's manifest (manifest.json): which round, when, and every file with its role, size
 * and SHA-256 — what `arsip periksa` holds the folder to — plus the files the archive should have
 * held and did not find. Written with its keys in a fixed order, so the same archive always gives
 * the same text (and the same SHA-256); read back without ever throwing.
 */
import { arsip } from "../../strings/arsip";
import { PERIODES, type Issue, type Periode } from "../shared/types";
import { MANIFEST_FILE, type ArchiveRound } from "./archive-names";

export const MANIFEST_TYPE = "kertas-kerja-sakip/arsip";
export const MANIFEST_VERSION = 1;

/** What a file is to the round: the master, the Laporan, the letters, a returned file on Data or on Riwayat, the index. */
export type ArchiveRole = "induk" | "laporan" | "surat" | "kertas-kerja" | "riwayat" | "indeks";
export const ARCHIVE_ROLES: readonly ArchiveRole[] = [
  "induk",
  "laporan",
  "surat",
  "kertas-kerja",
  "riwayat",
  "indeks",
];

export interface ArchiveBagian {
  kode: string;
  nama: string;
}

export interface ManifestFile {
  /** Relative to the archive's folder, "/" between folders: "kertas-kerja/KK-2026-TW2-Hukum.xlsx". */
  path: string;
  role: ArchiveRole;
  /** Bytes. */
  size: number;
  /** Lowercase hex. */
  sha256: string;
  /** The Bagian a returned file is from. */
  bagian?: ArchiveBagian;
  /** A returned file's name as the master's Data or Riwayat sheet records it. */
  recordedName?: string;
  /** The name it was found under in the returned-files folder (it may have been renamed since). */
  sourceName?: string;
  /** Riwayat: when a later submission replaced it (ISO instant). */
  replacedAt?: string;
}

/** A file the archive should hold but did not find. */
export interface MissingFile {
  role: Exclude<ArchiveRole, "induk" | "indeks">;
  /** The name looked for (for a returned file, the one on Data or Riwayat). */
  name: string;
  sha256?: string;
  size?: number;
  bagian?: ArchiveBagian;
}

export interface ArchiveManifest {
  type: typeof MANIFEST_TYPE;
  version: typeof MANIFEST_VERSION;
  round: ArchiveRound;
  /** ISO instant with the round's offset. */
  createdAt: string;
  files: ManifestFile[];
  missing: MissingFile[];
}

/** One file's entry with its keys in the manifest's order, optional ones only when present. */
function fileEntry(f: ManifestFile): ManifestFile {
  return {
    path: f.path,
    role: f.role,
    size: f.size,
    sha256: f.sha256,
    ...(f.bagian ? { bagian: { kode: f.bagian.kode, nama: f.bagian.nama } } : {}),
    ...(f.recordedName !== undefined ? { recordedName: f.recordedName } : {}),
    ...(f.sourceName !== undefined ? { sourceName: f.sourceName } : {}),
    ...(f.replacedAt !== undefined ? { replacedAt: f.replacedAt } : {}),
  };
}

function missingEntry(m: MissingFile): MissingFile {
  return {
    role: m.role,
    name: m.name,
    ...(m.sha256 !== undefined ? { sha256: m.sha256 } : {}),
    ...(m.size !== undefined ? { size: m.size } : {}),
    ...(m.bagian ? { bagian: { kode: m.bagian.kode, nama: m.bagian.nama } } : {}),
  };
}

/** The manifest of an archive, its files in the order given. */
export function buildManifest(
  round: ArchiveRound,
  createdAt: string,
  files: readonly ManifestFile[],
  missing: readonly MissingFile[],
): ArchiveManifest {
  return {
    type: MANIFEST_TYPE,
    version: MANIFEST_VERSION,
    round: { instansi: round.instansi, tahun: round.tahun, periode: round.periode },
    createdAt,
    files: files.map(fileEntry),
    missing: missing.map(missingEntry),
  };
}

/** manifest.json as written: two-space indentation, a final newline, keys in a fixed order. */
export function manifestText(manifest: ArchiveManifest): string {
  return `${JSON.stringify(buildManifest(manifest.round, manifest.createdAt, manifest.files, manifest.missing), null, 2)}\n`;
}

const SHA256 = /^[0-9a-f]{64}$/;
const M = arsip.manifest;

/**
 * A path that stays inside the archive: relative, "/" only, no empty, "." or ".." part, not the
 * manifest itself.
 */
export function isArchivePath(path: string): boolean {
  if (path === "" || path === MANIFEST_FILE || path.includes("\\") || path.startsWith("/")) return false;
  // eslint-disable-next-line no-control-regex -- a control character has no place in a path
  if (/[\u0000-\u001f]/.test(path)) return false;
  return path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

type Read<T> = { ok: true; value: T } | { ok: false; found: string; expected: string };

function readBagian(v: unknown): ArchiveBagian | undefined {
  if (!isRecord(v) || typeof v.kode !== "string" || typeof v.nama !== "string") return undefined;
  return { kode: v.kode, nama: v.nama };
}

function readFile(v: unknown, seen: Set<string>): Read<ManifestFile> {
  if (!isRecord(v)) return { ok: false, found: JSON.stringify(v) ?? "", expected: M.fileExpected };
  const { path, role, size, sha256 } = v;
  if (typeof path !== "string" || !isArchivePath(path))
    return { ok: false, found: String(path), expected: M.pathExpected };
  if (seen.has(path)) return { ok: false, found: path, expected: M.uniqueExpected };
  if (typeof role !== "string" || !(ARCHIVE_ROLES as readonly string[]).includes(role))
    return { ok: false, found: `${path}: ${String(role)}`, expected: M.roleExpected };
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0)
    return { ok: false, found: `${path}: ${String(size)}`, expected: M.sizeExpected };
  if (typeof sha256 !== "string" || !SHA256.test(sha256))
    return { ok: false, found: `${path}: ${String(sha256)}`, expected: M.shaExpected };
  seen.add(path);
  const text = (k: string) => (typeof v[k] === "string" ? { [k]: v[k] } : {});
  const bagian = readBagian(v.bagian);
  return {
    ok: true,
    value: fileEntry({
      path,
      role: role as ArchiveRole,
      size,
      sha256,
      ...(bagian ? { bagian } : {}),
      ...text("recordedName"),
      ...text("sourceName"),
      ...text("replacedAt"),
    }),
  };
}

function readMissing(v: unknown): MissingFile | null {
  if (!isRecord(v) || typeof v.role !== "string" || typeof v.name !== "string") return null;
  const roles = ARCHIVE_ROLES.filter((r) => r !== "induk" && r !== "indeks") as string[];
  if (!roles.includes(v.role)) return null;
  const bagian = readBagian(v.bagian);
  return missingEntry({
    role: v.role as MissingFile["role"],
    name: v.name,
    ...(typeof v.sha256 === "string" ? { sha256: v.sha256 } : {}),
    ...(typeof v.size === "number" ? { size: v.size } : {}),
    ...(bagian ? { bagian } : {}),
  });
}

function readRound(v: unknown): ArchiveRound | null {
  if (!isRecord(v) || typeof v.instansi !== "string" || typeof v.tahun !== "number") return null;
  if (typeof v.periode !== "string" || !(PERIODES as readonly string[]).includes(v.periode)) return null;
  return { instansi: v.instansi, tahun: v.tahun, periode: v.periode as Periode };
}

const problem = (message: string, found: string, expected: string): Issue => ({
  severity: "error",
  code: "arsip.manifest.invalid",
  message,
  file: MANIFEST_FILE,
  found,
  expected,
});

/** Reads manifest.json's text; never throws: an unreadable or unknown manifest is an issue. */
export function readManifest(
  text: string,
): { ok: true; manifest: ArchiveManifest } | { ok: false; issue: Issue } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, issue: problem(M.notJson, text.slice(0, 40), M.jsonExpected) };
  }
  if (!isRecord(json) || json.type !== MANIFEST_TYPE)
    return {
      ok: false,
      issue: problem(M.notManifest, String(isRecord(json) ? json.type : ""), MANIFEST_TYPE),
    };
  if (json.version !== MANIFEST_VERSION)
    return { ok: false, issue: problem(M.unknownVersion, String(json.version), String(MANIFEST_VERSION)) };
  const round = readRound(json.round);
  if (!round)
    return { ok: false, issue: problem(M.badRound, JSON.stringify(json.round) ?? "", M.roundExpected) };
  if (typeof json.createdAt !== "string" || !Array.isArray(json.files))
    return { ok: false, issue: problem(M.badFiles, "", M.filesExpected) };
  const seen = new Set<string>();
  const files: ManifestFile[] = [];
  for (const entry of json.files as unknown[]) {
    const read = readFile(entry, seen);
    if (!read.ok) return { ok: false, issue: problem(M.badFile, read.found, read.expected) };
    files.push(read.value);
  }
  const missing = (Array.isArray(json.missing) ? (json.missing as unknown[]) : [])
    .map(readMissing)
    .filter((m): m is MissingFile => m !== null);
  return { ok: true, manifest: buildManifest(round, json.createdAt, files, missing) };
}
