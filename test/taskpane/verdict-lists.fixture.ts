/**
 * Five returned files for the verdict filters: two accepted, one with a warning, two rejected (one
 * that names its Bagian, one whose Bagian could not be read).
 */
import type { FileAssessment } from "../../src/domain/returned/submission";
import type { BagianCode, Issue } from "../../src/domain/shared/types";
import { accepted, rejected, row, sha, submission } from "./consolidation-stubs";

const issue = (severity: Issue["severity"], message: string, cell?: string): Issue => ({
  severity,
  code: "returned.test",
  message,
  ...(cell === undefined ? {} : { cell }),
});

export function verdictFiles(): FileAssessment[] {
  const pem = submission("PEM", { name: "KK-PEM.xlsx", sha: sha("a") }, [row("ind-1", "Indeks A", 40, 15)]);
  const pemRevisi = submission("PEM", { name: "KK-PEM revisi.xlsx", sha: sha("b") }, [
    row("ind-1", "Indeks A", 45, 15),
  ]);
  const org = submission("ORG", { name: "KK-ORG.xlsx", sha: sha("c") }, [row("ind-2", "Indeks B", 30, 15)]);
  return [
    accepted(pem),
    {
      ...rejected({ name: "KK-ORG rusak.xlsx", sha: sha("d") }, [
        issue("error", "Realisasi TW II bukan angka.", "L15"),
      ]),
      claimedBagian: { kode: "ORG" as BagianCode, nama: "Bagian Organisasi" },
    },
    accepted(pemRevisi, [issue("warning", "Tanggal tanda tangan sesudah batas waktu.", "AB40")]),
    rejected({ name: "tanpa-nama.xlsx", sha: sha("e") }, [
      issue("error", "Metadata kertas kerja tidak ditemukan."),
    ]),
    accepted(org),
  ];
}
