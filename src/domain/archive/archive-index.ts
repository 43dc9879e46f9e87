/**
 * INDEKS.txt: the archive's contents for a person who opens the folder — what each file is, from
 * which Bagian, its size and SHA-256, and what should be there and was not found — in Bahasa
 * Indonesia. Built from the same entries as the manifest, so the two never disagree.
 */
import { arsip } from "../../strings/arsip";
import { S } from "../../strings";
import { formatTanggal } from "../shared/dates";
import { formatNumber } from "../shared/numbers";
import type { ArchiveRound } from "./archive-names";
import type { ArchiveRole, ManifestFile, MissingFile } from "./archive-manifest";

const T = arsip.index;

export interface IndexInput {
  round: ArchiveRound;
  /** When the archive was made, as a person reads it ("Rabu, 1 Juli 2026 08.00 WITA"). */
  createdAtText: string;
  /** The archive's folder name, for the command that checks it. */
  folder: string;
  files: readonly ManifestFile[];
  missing: readonly MissingFile[];
}

const bagianText = (b: { kode: string; nama: string } | undefined): string =>
  b ? T.bagian(b.nama, b.kode) : "";

/** The lines of one archived file: what it is, its path, size and SHA-256, and how it was found. */
function fileLines(f: ManifestFile): string[] {
  const lines: string[] = [];
  if (f.bagian) {
    const replaced = f.replacedAt ? T.replacedAt(formatTanggal(f.replacedAt.slice(0, 10))) : "";
    lines.push(`${bagianText(f.bagian)}${replaced}`);
  }
  lines.push(f.path, T.sizeAndSha(formatNumber(f.size, 0), f.sha256));
  if (f.sourceName !== undefined && f.recordedName !== undefined && f.sourceName !== f.recordedName)
    lines.push(T.foundAs(f.sourceName, f.recordedName));
  return lines.map((l) => `   ${l}`);
}

function missingLine(m: MissingFile): string {
  const facts = [
    m.sha256 ? T.missingSha(m.sha256) : "",
    m.size !== undefined ? T.missingSize(formatNumber(m.size, 0)) : "",
  ].filter((s) => s !== "");
  const who = m.bagian ? ` ${bagianText(m.bagian)}` : "";
  return `   - ${T.missingRole[m.role]}${who}: ${m.name}${facts.length > 0 ? ` (${facts.join("; ")})` : ""}`;
}

/** One numbered section: its heading, its files, or the sentence that stands for none. */
function section(no: number, heading: string, files: readonly ManifestFile[], none: string): string[] {
  const body =
    files.length === 0
      ? [`   ${none}`]
      : files.flatMap((f, i) => (i > 0 ? ["", ...fileLines(f)] : fileLines(f)));
  return [`${no}. ${heading}`, ...body, ""];
}

const of = (files: readonly ManifestFile[], role: ArchiveRole) => files.filter((f) => f.role === role);

/** The index's text, lines joined with "\n" and ending in one. */
export function archiveIndexText(input: IndexInput): string {
  const { round, files, missing } = input;
  const missingOf = (role: MissingFile["role"]) => missing.find((m) => m.role === role);
  const laporanMissing = missingOf("laporan");
  const suratMissing = missingOf("surat");
  const kk = of(files, "kertas-kerja");
  const riwayat = of(files, "riwayat");
  const lines = [
    T.title,
    T.round(round.instansi, S.common.periode[round.periode], round.tahun),
    T.step,
    T.createdAt(input.createdAtText),
    "",
    ...T.intro(input.folder),
    "",
    ...section(1, T.induk, of(files, "induk"), ""),
    ...section(
      2,
      T.laporan,
      of(files, "laporan"),
      laporanMissing ? T.laporanMissing(laporanMissing.name) : "",
    ),
    ...section(3, T.surat, of(files, "surat"), suratMissing ? T.suratMissing(suratMissing.name) : ""),
    ...section(4, T.kertasKerja(kk.length), kk, T.noKertasKerja),
    ...section(5, T.riwayat(riwayat.length), riwayat, T.noRiwayat),
  ];
  const returned = missing.filter((m) => m.role === "kertas-kerja" || m.role === "riwayat");
  lines.push(`6. ${T.missingHeading(returned.length)}`);
  if (returned.length === 0) lines.push(`   ${T.noneMissing}`);
  else lines.push(...T.missingWarning.map((l) => `   ${l}`), ...returned.map(missingLine));
  lines.push("");
  return lines.join("\n");
}
