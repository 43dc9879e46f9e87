/**
 * The Laporan Kinerja of a consolidated master, as data (report-model.ts): the annual form for
 * TW IV and Tahunan (Permenpan RB 53/2014) or the shorter quarterly form for TW I–III, chapter by
 * chapter (report-bab1.ts … report-lampiran.ts). Deterministic: the same input gives the same
 * document, sentence for sentence; every figure of a table names the Analisis or Data cell it is.
 */
import { S } from "../../strings";
import { laporan as L } from "../../strings/laporan";
import { bab1 } from "./report-bab1";
import { bab2 } from "./report-bab2";
import { bab3 } from "./report-bab3";
import { bab4 } from "./report-bab4";
import type { ReportInput } from "./report-input";
import { contextOf, formOf } from "./report-kit";
import { lampiran } from "./report-lampiran";
import type { ReportDocument } from "./report-model";

export type { ReportInput } from "./report-input";
export { formOf } from "./report-kit";

/** The official of step 7 (the Sekretaris Daerah) from Pengaturan; null when none is set. */
export function penandatanganOf(input: ReportInput): ReportDocument["penandatangan"] {
  const p = input.setup.pejabat.find((o) => o.peran === "sekretaris-daerah");
  return p ? { nama: p.nama, jabatan: p.jabatan, nip: p.nip } : null;
}

/**
 * The report of a master's round.
 * @example buildReport(reportInputOf(setup, subs, pk, { disusun: "2027-01-05" })).form // "tahunan" at TW4
 */
export function buildReport(input: ReportInput): ReportDocument {
  const ctx = contextOf(input);
  const { setup } = input;
  // Lampiran last: its "Sumber data" lists every table built before it.
  const chapters = [bab1(ctx), bab2(ctx), bab3(ctx), bab4(ctx)];
  chapters.push(lampiran(ctx));
  const form = formOf(input);
  return {
    title: form === "tahunan" ? L.title.tahunan : L.title.triwulan(S.common.periode[setup.periode]),
    instansi: setup.instansi,
    tahun: setup.tahun,
    periode: setup.periode,
    form,
    disusun: input.disusun,
    chapters,
    approvals: input.approvals,
    penandatangan: penandatanganOf(input),
  };
}
