/**
 * What the pane shows of a built archive (step 8): what went into the .zip, what was looked for and
 * not found, which picked files were not used, and what marking step 8 done records. Derived from
 * the use case's manifest by `toArchiveView` (pure); component tests need only this shape.
 */
import type { ArchiveZipOutcome } from "../app/archive-zip";
import { formatNumber } from "../domain/shared/numbers";
import type { Issue } from "../domain/shared/types";
import { arsip } from "../strings/arsip";
import { taskpaneLaporan } from "../strings/taskpaneLaporan";

const t = taskpaneLaporan.arsip;

export interface ArchiveView {
  /** "Arsip-<instansi>-<tahun>-<periode>.zip" */
  fileName: string;
  /** Every file of the manifest (manifest.json itself aside), in its order. */
  files: { path: string; role: string; bagian: string | null; size: string }[];
  /** What the archive should hold and did not find. */
  missing: { role: string; name: string; bagian: string | null }[];
  /** Names of picked files that went into no entry. */
  unused: string[];
  manifestSha256: string;
  /** What marking step 8 done records: the manifest's SHA-256 and the Log's sentence. */
  log: { manifestSha256: string; detail: string };
}

/**
 * "Buat arsip": the .zip to download with what it holds; or the open workbook's file could not be
 * had from Excel (`no-workbook-file`: the user may pick the saved file); or the use case refused.
 */
export type ArchiveBuilt =
  | { ok: true; bytes: Uint8Array; view: ArchiveView }
  | { ok: false; kind: "no-workbook-file" | "refused"; issues: Issue[] };

export const ZIP_TYPE = "application/zip";

const bagianOf = (b: { kode: string; nama: string } | undefined) => (b ? t.bagian(b.nama, b.kode) : null);

/** The pane's view of a built archive (pure). */
export function toArchiveView(outcome: Extract<ArchiveZipOutcome, { ok: true }>): ArchiveView {
  const { manifest } = outcome;
  return {
    fileName: outcome.fileName,
    files: manifest.files.map((f) => ({
      path: f.path,
      role: arsip.roleNames[f.role],
      bagian: bagianOf(f.bagian),
      size: t.size(formatNumber(f.size, 0)),
    })),
    missing: manifest.missing.map((m) => ({
      role: arsip.index.missingRole[m.role],
      name: m.name,
      bagian: bagianOf(m.bagian),
    })),
    unused: outcome.unused,
    manifestSha256: outcome.manifestSha256,
    log: outcome.log,
  };
}
