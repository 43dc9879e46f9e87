/**
 * Step 8 of the SOP: archiving a round, and checking an archive. The master is read through the
 * Workbook port; the folders through `ArchiveFs`, which the CLI implements on disk (and a zip could
 * implement in the task pane). What goes where, the manifest, the index and the comparison are the
 * domain's (src/domain/archive); this file only reads, hashes and hands the files over to be written.
 */
import { checkArchive, type ActualFile, type ArchiveCheck } from "../domain/archive/archive-check";
import { archiveIndexText } from "../domain/archive/archive-index";
import {
  buildManifest,
  manifestText,
  readManifest,
  type ArchiveManifest,
  type ManifestFile,
  type MissingFile,
} from "../domain/archive/archive-manifest";
import {
  archiveFolderName,
  findLaporan,
  INDEX_FILE,
  laporanFileName,
  MANIFEST_FILE,
  suratFileName,
  type ArchiveRound,
} from "../domain/archive/archive-names";
import { planArchive, wantedSizes, type FoundFile, type RecordedFile } from "../domain/archive/archive-plan";
import { DATA_SHEET, readDataSheet } from "../domain/ledger/data-sheet";
import { RIWAYAT_SHEET, readRiwayatSheet } from "../domain/ledger/riwayat-sheet";
import { readSetupSheet } from "../domain/setup/setup";
import type { RoundSetup } from "../domain/setup/setup-types";
import { formatInstant, inCalendarZone, type Instant } from "../domain/setup/working-time";
import { sha256HexBytes } from "../domain/shared/fingerprint";
import type { Issue } from "../domain/shared/types";
import { S } from "../strings";
import { arsip } from "../strings/arsip";
import { readSheetsOf, type WorkbookPort } from "./ports";

const A = arsip.app;

/** A file under a folder: its path relative to that folder ("/" between folders) and its size. */
export interface FolderEntry {
  path: string;
  size: number;
}

/** The folders the archive reads and writes. Locations (`dir`) are opaque here: the port's own. */
export interface ArchiveFs {
  /** Files under `dir`, down to `depth` sub folders (0: its own files only); null when `dir` is no folder. */
  list(dir: string, depth: number): Promise<FolderEntry[] | null>;
  /** The bytes of the file at `path` under `dir`. */
  read(dir: string, path: string): Promise<Uint8Array>;
  /** Whether anything named `name` exists in `dir`. */
  exists(dir: string, name: string): Promise<boolean>;
  /**
   * Makes the folder `name` in `dir` (`dir` made when missing) holding these files, all or
   * nothing; "exists" — and nothing written — when `name` is already there.
   */
  createFolder(
    dir: string,
    name: string,
    files: readonly { path: string; bytes: Uint8Array }[],
  ): Promise<"created" | "exists">;
  /** `name` in `dir` as a person reads it, for messages: a path. */
  describe(dir: string, name?: string): string;
}

export interface ArchiveRequest {
  /** The master as read: its folder (Laporan and letters are looked for beside it), name and bytes. */
  master: { dir: string; name: string; bytes: Uint8Array };
  /** The folder of the returned kertas kerja (searched with its sub folders). */
  kembali: string;
  /** Where the archive's folder is made. */
  out: string;
  /** ISO instant with offset. */
  now: string;
}

export type ArchiveOutcome =
  | {
      ok: true;
      /** The archive's folder name, in `out`. */
      folder: string;
      manifest: ArchiveManifest;
      /** SHA-256 of manifest.json as written: what the Log records at step 8. */
      manifestSha256: string;
    }
  /** The first issue says what was refused; any others are its details (a damaged cell…). */
  | { ok: false; kind: "input" | "exists"; issues: Issue[] };

/** How deep returned files are looked for under --kembali. */
const KEMBALI_DEPTH = 3;
/** How deep an archive folder is listed when checked: deeper than the archive ever writes. */
const CHECK_DEPTH = 16;

const encoder = new TextEncoder();

type Refusal = Extract<ArchiveOutcome, { ok: false }>;

const refuse = (kind: Refusal["kind"], issue: Omit<Issue, "severity">, details: Issue[] = []): Refusal => ({
  ok: false,
  kind,
  issues: [{ severity: "error", ...issue }, ...details],
});

type Recorded = { ok: true; setup: RoundSetup; recorded: RecordedFile[] } | Refusal;

/** The round and the returned files the master records, from Pengaturan, Data and Riwayat. */
async function readMaster(port: WorkbookPort, file: string): Promise<Recorded> {
  const [setupSheet, data, riwayat] = await readSheetsOf(port, [
    S.setup.sheetName,
    DATA_SHEET,
    RIWAYAT_SHEET,
  ]);
  const read = setupSheet ? readSetupSheet(setupSheet) : null;
  const setup = read?.setup;
  if (!setup) {
    const errors = (read?.issues ?? []).filter((i) => i.severity === "error");
    return refuse(
      "input",
      {
        code: "arsip.setup.missing",
        message: A.noSetup,
        file,
        sheet: S.setup.sheetName,
        expected: A.noSetupExpected,
      },
      errors,
    );
  }
  if (!data) {
    return refuse("input", {
      code: "arsip.data.missing",
      message: A.noData,
      file,
      sheet: DATA_SHEET,
      expected: A.noDataExpected,
    });
  }
  const onData = readDataSheet(data, file);
  const onRiwayat = riwayat ? readRiwayatSheet(riwayat, file) : { entries: [], issues: [] };
  const errors = [...onData.issues, ...onRiwayat.issues].filter((i) => i.severity === "error");
  if (errors.length > 0) {
    return refuse("input", { code: "arsip.data.unreadable", message: A.dataUnreadable, file }, errors);
  }
  const recorded: RecordedFile[] = [
    ...onData.submissions.map((s) => ({
      role: "kertas-kerja" as const,
      submission: s,
      replacedAt: undefined,
    })),
    ...onRiwayat.entries.map((e) => ({
      role: "riwayat" as const,
      submission: e.submission,
      replacedAt: e.replacedAt,
    })),
  ].map(({ role, submission: s, replacedAt }) => ({
    role,
    name: s.file.name,
    sha256: s.file.sha256,
    size: s.file.size,
    bagian: { kode: s.bagian.kode, nama: s.bagian.nama },
    // Said in the round's zone, as every other time of the round (the index reads its date).
    ...(replacedAt ? { replacedAt: inCalendarZone(replacedAt as Instant, setup.calendar) } : {}),
  }));
  return { ok: true, setup, recorded };
}

/** A file read and hashed; its bytes kept for the write. */
interface Held extends FoundFile {
  bytes: Uint8Array;
}

async function hold(fs: ArchiveFs, dir: string, path: string, key: string): Promise<Held> {
  const bytes = await fs.read(dir, path);
  const name = path.split("/").pop() ?? path;
  return { source: key, name, size: bytes.length, sha256: sha256HexBytes(bytes), bytes };
}

const existsRefusal = (fs: ArchiveFs, out: string, folder: string): Refusal =>
  refuse("exists", {
    code: "arsip.exists",
    message: A.exists(fs.describe(out, folder)),
    found: folder,
    expected: A.existsExpected,
  });

/**
 * Gathers the round's files into a new folder `Arsip-<instansi>-<tahun>-<periode>` in `req.out`,
 * with manifest.json and INDEKS.txt. Nothing is written when the master cannot be used or the
 * folder exists; a returned file not found is listed in both, never a failure.
 */
export async function createArchive(
  port: WorkbookPort,
  fs: ArchiveFs,
  req: ArchiveRequest,
): Promise<ArchiveOutcome> {
  const master = await readMaster(port, req.master.name);
  if (!master.ok) return master;
  const { setup, recorded } = master;
  const round: ArchiveRound = { instansi: setup.instansi, tahun: setup.tahun, periode: setup.periode };
  const folder = archiveFolderName(round);
  if (await fs.exists(req.out, folder)) {
    return existsRefusal(fs, req.out, folder);
  }
  const kembali = await fs.list(req.kembali, KEMBALI_DEPTH);
  if (!kembali) {
    return refuse("input", {
      code: "arsip.kembali.missing",
      message: A.noKembali(fs.describe(req.kembali)),
      expected: A.kembaliExpected,
    });
  }
  const besideMaster = (await fs.list(req.master.dir, 0)) ?? [];
  const held = new Map<string, Held>();
  const take = async (dir: string, path: string, key: string): Promise<Held> => {
    const h = await hold(fs, dir, path, key);
    held.set(key, h);
    return h;
  };

  const masterFile: Held = {
    source: "induk",
    name: req.master.name,
    size: req.master.bytes.length,
    sha256: sha256HexBytes(req.master.bytes),
    bytes: req.master.bytes,
  };
  held.set("induk", masterFile);
  const laporanName = findLaporan(
    besideMaster.map((e) => e.path),
    round,
  );
  const laporan = laporanName
    ? await take(req.master.dir, laporanName, "laporan")
    : { missing: laporanFileName(round) };
  const suratName = suratFileName(round);
  const suratBeside = besideMaster.find((e) => e.path === suratName);
  const suratKembali = kembali.find((e) => e.path.split("/").pop() === suratName);
  const surat = suratBeside
    ? await take(req.master.dir, suratBeside.path, "surat")
    : suratKembali
      ? await take(req.kembali, suratKembali.path, "surat")
      : { missing: suratName };

  const sizes = wantedSizes(recorded);
  const pool: Held[] = [];
  for (const entry of kembali.filter((e) => sizes.has(e.size))) {
    pool.push(await take(req.kembali, entry.path, `kembali:${entry.path}`));
  }

  const plan = planArchive({ round, master: masterFile, laporan, surat, recorded, pool });
  const createdAt = inCalendarZone(req.now as Instant, setup.calendar);
  const index = encoder.encode(
    archiveIndexText({
      round,
      createdAtText: formatInstant(createdAt, setup.calendar),
      folder: plan.folder,
      files: plan.files.map((f) => f.entry),
      missing: plan.missing,
    }),
  );
  const indexEntry: ManifestFile = {
    path: INDEX_FILE,
    role: "indeks",
    size: index.length,
    sha256: sha256HexBytes(index),
  };
  const manifest = buildManifest(
    round,
    createdAt,
    [...plan.files.map((f) => f.entry), indexEntry],
    plan.missing,
  );
  const manifestBytes = encoder.encode(manifestText(manifest));

  const files = [
    ...plan.files.map((f) => ({ path: f.entry.path, bytes: (held.get(f.source) as Held).bytes })),
    { path: INDEX_FILE, bytes: index },
    { path: MANIFEST_FILE, bytes: manifestBytes },
  ];
  if ((await fs.createFolder(req.out, plan.folder, files)) === "exists") {
    return existsRefusal(fs, req.out, folder);
  }
  return { ok: true, folder: plan.folder, manifest, manifestSha256: sha256HexBytes(manifestBytes) };
}

export type VerifyOutcome =
  | { ok: true; manifest: ArchiveManifest; manifestSha256: string; check: ArchiveCheck }
  | { ok: false; issue: Issue };

/** manifest.json larger than this is no manifest this product wrote. */
const MAX_MANIFEST = 16 * 1024 * 1024;

/**
 * Recomputes every file's size and SHA-256 in the archive folder `dir` and holds them to its
 * manifest.json: what changed, what is missing, what was added. Files the manifest does not list
 * are not read.
 */
export async function verifyArchive(fs: ArchiveFs, dir: string): Promise<VerifyOutcome> {
  const entries = await fs.list(dir, CHECK_DEPTH);
  const problem = (code: string, message: string, extra: Partial<Issue> = {}): VerifyOutcome => ({
    ok: false,
    issue: { severity: "error", code, message, ...extra },
  });
  if (!entries) return problem("arsip.folder.missing", A.noFolder(fs.describe(dir)));
  const manifestEntry = entries.find((e) => e.path === MANIFEST_FILE);
  if (!manifestEntry)
    return problem("arsip.manifest.missing", A.noManifest(fs.describe(dir)), { file: MANIFEST_FILE });
  if (manifestEntry.size > MAX_MANIFEST)
    return problem("arsip.manifest.invalid", arsip.manifest.notManifest, { file: MANIFEST_FILE });
  const manifestBytes = await fs.read(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(manifestBytes);
  } catch {
    return problem("arsip.manifest.invalid", arsip.manifest.notJson, { file: MANIFEST_FILE });
  }
  const read = readManifest(text);
  if (!read.ok) return { ok: false, issue: read.issue };
  const listed = new Set(read.manifest.files.map((f) => f.path));
  const actual: ActualFile[] = [];
  for (const e of entries) {
    if (e.path === MANIFEST_FILE) continue;
    if (!listed.has(e.path)) actual.push({ path: e.path, size: e.size });
    else actual.push({ path: e.path, size: e.size, sha256: sha256HexBytes(await fs.read(dir, e.path)) });
  }
  return {
    ok: true,
    manifest: read.manifest,
    manifestSha256: sha256HexBytes(manifestBytes),
    check: checkArchive(read.manifest, actual),
  };
}

/** How many differences a check found. */
export const differences = (check: ArchiveCheck): number =>
  check.changed.length + check.missing.length + check.added.length;

/**
 * What marking step 8 done records in the Log: the archive at `dir` is checked first (it must be
 * intact, and of `round` when given), then its manifest's SHA-256 (the Log entry's fingerprint)
 * and a sentence saying which archive it is. `label` names the archive in that sentence (its
 * folder name).
 * @example archiveForLog(fs, "/arsip/Arsip-Setda-2026-TW2", { label: "Arsip-Setda-2026-TW2", round })
 */
export async function archiveForLog(
  fs: ArchiveFs,
  dir: string,
  opts: { label: string; round?: ArchiveRound },
): Promise<{ ok: true; manifestSha256: string; detail: string } | { ok: false; issue: Issue }> {
  const verified = await verifyArchive(fs, dir);
  if (!verified.ok) return verified;
  const { manifest, check, manifestSha256 } = verified;
  const r = manifest.round;
  if (
    opts.round &&
    (r.instansi !== opts.round.instansi || r.tahun !== opts.round.tahun || r.periode !== opts.round.periode)
  ) {
    const label = (x: ArchiveRound) => `${x.instansi}, ${S.common.periode[x.periode]} ${x.tahun}`;
    return {
      ok: false,
      issue: {
        severity: "error",
        code: "arsip.round.other",
        message: A.otherRound(label(r), label(opts.round)),
        file: MANIFEST_FILE,
        found: label(r),
        expected: label(opts.round),
      },
    };
  }
  if (!check.intact) {
    return {
      ok: false,
      issue: {
        severity: "error",
        code: "arsip.not-intact",
        message: A.notIntact(differences(check)),
        file: MANIFEST_FILE,
      },
    };
  }
  const missing = manifest.missing.filter(
    (m: MissingFile) => m.role === "kertas-kerja" || m.role === "riwayat",
  );
  return { ok: true, manifestSha256, detail: A.logDetail(opts.label, manifest.files.length, missing.length) };
}
