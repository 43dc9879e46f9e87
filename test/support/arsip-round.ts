/**
 * A consolidated round on disk, ready to archive (step 8), built with the CLI itself:
 *   induk/Induk.xlsx            the master: PEM on Data, ORG replaced once (the first ORG file on Riwayat)
 *   induk/Laporan-Kinerja-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2.docx
 *   kembali/                    the returned files as they lie after the round:
 *     sub/PEM dikirim ulang.xlsx  PEM's file (consolidated as pem.xlsx), renamed and moved since
 *     org.xlsx                    ORG's first file, on Riwayat
 *     org-v2.xlsx                 NOT ORG's second file: the same size, one byte changed (a decoy)
 *     Surat-Permintaan-Data-2026-TW2.xlsx
 * ORG's second file, on Data, is nowhere: the archive must list it as missing.
 */
import { createHash } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { returned } from "./consolidation-fixture";
import { capture } from "../cli/support";

export const sha256 = (bytes: Uint8Array | string): string =>
  createHash("sha256").update(bytes).digest("hex");

/** The round's file names, as written here by hand. */
export const NAMES = {
  master: "Induk.xlsx",
  laporan: "Laporan-Kinerja-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2.docx",
  surat: "Surat-Permintaan-Data-2026-TW2.xlsx",
  folder: "Arsip-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2",
  pemRenamed: "sub/PEM dikirim ulang.xlsx",
} as const;

export interface ArsipRound {
  induk: string;
  kembali: string;
  masterPath: string;
  /** Bytes of each file, by role. */
  pem: Uint8Array;
  org: Uint8Array;
  orgV2: Uint8Array;
  laporan: Uint8Array;
  surat: Uint8Array;
}

async function consolidate(cwd: string, files: string[], into: string): Promise<void> {
  const c = capture(cwd);
  const code = await main(["consolidate", ...files, "--into", into], c.io);
  if (code !== 0) throw new Error(`consolidate exited ${code}: ${c.err()}${c.out()}`);
}

/** Builds the round described above in `dir`. */
export async function arsipRound(dir: string): Promise<ArsipRound> {
  const induk = join(dir, "induk");
  const kembali = join(dir, "kembali");
  await mkdir(induk, { recursive: true });
  await mkdir(join(kembali, "sub"), { recursive: true });
  const pem = (await returned("PEM")).bytes;
  const org = (await returned("ORG")).bytes;
  const orgV2 = (await returned("ORG", { realisasi: () => 9 })).bytes;
  await writeFile(join(kembali, "pem.xlsx"), pem);
  await writeFile(join(kembali, "org.xlsx"), org);
  await writeFile(join(kembali, "org-v2.xlsx"), orgV2);
  const masterPath = join(induk, NAMES.master);
  await consolidate(kembali, ["pem.xlsx", "org.xlsx"], masterPath);
  await consolidate(kembali, ["org-v2.xlsx"], masterPath);

  await rename(join(kembali, "pem.xlsx"), join(kembali, ...NAMES.pemRenamed.split("/")));
  const decoy = new Uint8Array(orgV2);
  decoy[decoy.length - 1] = (decoy[decoy.length - 1] ?? 0) ^ 0xff;
  await writeFile(join(kembali, "org-v2.xlsx"), decoy);
  // The archive only copies these two: any bytes stand in for a Word document and a workbook.
  const laporan = new TextEncoder().encode("Laporan Kinerja Triwulan II 2026 (pengganti .docx untuk uji)\n");
  const surat = new TextEncoder().encode(
    "Surat permintaan data Triwulan II 2026 (pengganti .xlsx untuk uji)\n",
  );
  await writeFile(join(induk, NAMES.laporan), laporan);
  await writeFile(join(kembali, NAMES.surat), surat);
  return { induk, kembali, masterPath, pem, org, orgV2, laporan, surat };
}
