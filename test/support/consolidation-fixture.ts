/**
 * A master workbook that generated the small round (Pengaturan + every Bagian's kertas kerja and
 * metadata), and returned files for it, for the consolidation use cases.
 */
import {
  reviewReturnedFiles,
  type ConsolidationReview,
  type ReturnedSource,
} from "../../src/app/consolidate";
import { writeKertasKerjaToWorkbook } from "../../src/app/generate";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { readReturnedFile, type ReturnedLimits } from "../../src/hosts/xlsx/untrusted/returned";
import {
  filledKertasKerja,
  generatedKertasKerja,
  type EditOptions,
  type Filling,
  type KkFixture,
} from "./returned-fixture";

export const NOW = "2026-07-16T09:00:00+08:00";
export const ACTOR = { nama: "Rina Kartika", jabatan: "Tim SAKIP", nip: "198805122014022001" };

/** The round's master: Pengaturan and the generated kertas kerja, as the pane writes them. */
export async function roundMaster(fx?: KkFixture): Promise<XlsxWorkbook> {
  const f = fx ?? (await generatedKertasKerja());
  const book = XlsxWorkbook.create();
  await book.writeSheets([setupSheetPlan(f.setup)]);
  await writeKertasKerjaToWorkbook(book, f.prep);
  return book;
}

export interface Returned {
  name: string;
  bytes: Uint8Array;
  lastModified?: string;
}

/** A Bagian's kertas kerja, filled in and saved. */
export async function returned(
  bagian: "PEM" | "ORG",
  filling?: Partial<Filling>,
  opts: EditOptions & { name?: string } = {},
): Promise<Returned> {
  const fx = await generatedKertasKerja({ bagian });
  return { name: opts.name ?? fx.kk.fileName, bytes: await filledKertasKerja(fx, filling, opts) };
}

export function sourceOf(file: Returned, limits?: Partial<ReturnedLimits>): ReturnedSource {
  return {
    name: file.name,
    read: () =>
      readReturnedFile(file.bytes, file.name, {
        lastModified: file.lastModified ?? null,
        ...(limits ? { limits } : {}),
      }),
  };
}

/** The review of `files` against `book`; a review that cannot be made fails the test with its issues. */
export async function reviewed(book: XlsxWorkbook, files: Returned[]): Promise<ConsolidationReview> {
  const outcome = await reviewReturnedFiles(
    book,
    files.map((f) => sourceOf(f)),
  );
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join("; "));
  return outcome.review;
}

export { snapshotAll } from "./sop-workbook";
