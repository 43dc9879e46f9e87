/**
 * The names of an archive and of what goes into it: the round's folder, the Laporan and the request
 * letters as the other steps name them, and a safe file name for a returned file whose recorded
 * name came from a user (a name on the Data sheet may hold anything: a folder, "..", a colon).
 */
import { S } from "../../strings";
import type { Periode } from "../shared/types";

/** The round an archive is of, as the master's Pengaturan says. */
export interface ArchiveRound {
  instansi: string;
  tahun: number;
  periode: Periode;
}

/** The manifest's file name, at the archive's root. */
export const MANIFEST_FILE = "manifest.json";
/** The readable index, at the archive's root. */
export const INDEX_FILE = "INDEKS.txt";
/** Sub folders of the archive for the returned files. */
export const KERTAS_KERJA_DIR = "kertas-kerja";
export const RIWAYAT_DIR = "riwayat";

/**
 * A text as a file-name part: accents dropped, every run of other characters one "-".
 * @example fileSlug("Sekretariat Daerah Kabupaten Tapin") // "Sekretariat-Daerah-Kabupaten-Tapin"
 */
export function fileSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "Arsip-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2": the folder an archive is written to. */
export function archiveFolderName(round: ArchiveRound): string {
  return `Arsip-${fileSlug(round.instansi) || "Instansi"}-${round.tahun}-${round.periode}`;
}

/** "Laporan-Kinerja-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2.docx": the Laporan as step 5 names it. */
export function laporanFileName(round: ArchiveRound): string {
  return `Laporan-Kinerja-${fileSlug(round.instansi) || "Instansi"}-${round.tahun}-${round.periode}.docx`;
}

/** "Surat-Permintaan-Data-2026-TW2.xlsx": the request letters, by the name `generate` gives them. */
export function suratFileName(round: Pick<ArchiveRound, "tahun" | "periode">): string {
  return S.cli.generate.suratFile(round.tahun, round.periode);
}

/**
 * The Laporan among the names of a folder: its exact name, else the only
 * `Laporan-Kinerja-…-<tahun>-<periode>.docx` there (an instansi written another way); else null.
 */
export function findLaporan(names: readonly string[], round: ArchiveRound): string | null {
  const exact = laporanFileName(round);
  if (names.includes(exact)) return exact;
  const suffix = `-${round.tahun}-${round.periode}.docx`.toLowerCase();
  const like = names.filter((n) => {
    const lower = n.toLowerCase();
    return lower.startsWith("laporan-kinerja-") && lower.endsWith(suffix);
  });
  return like.length === 1 ? (like[0] ?? null) : null;
}

const MAX_NAME = 120;

/**
 * A name that is safe as one file in any file system: no folder part, no character Windows
 * refuses, no leading dot, at most 120 characters (the extension kept); `fallback` when nothing
 * is left.
 * @example safeFileName("../../etc/KK:Hukum.xlsx", "x.xlsx") // "KK_Hukum.xlsx"
 */
export function safeFileName(name: string, fallback: string): string {
  const last = name.split(/[/\\]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const cleaned = last.replace(/[<>:"|?*\u0000-\u001f\u007f]/g, "_").replace(/^[.\s]+|[.\s]+$/g, "");
  if (cleaned === "") return fallback;
  if (cleaned.length <= MAX_NAME) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, MAX_NAME - ext.length) + ext;
}

/**
 * `name`, or "name (2).ext", "name (3).ext"… the first that `taken` (lower-cased paths) does not
 * hold; the chosen path is added to `taken`.
 */
export function uniquePath(dir: string, name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  let path = dir === "" ? name : `${dir}/${name}`;
  for (let i = 2; taken.has(path.toLowerCase()); i++) {
    const next = `${stem} (${i})${ext}`;
    path = dir === "" ? next : `${dir}/${next}`;
  }
  taken.add(path.toLowerCase());
  return path;
}
