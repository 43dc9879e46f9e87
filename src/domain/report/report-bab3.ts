/**
 * Bab III Akuntabilitas Kinerja. A: who reported, how the indicators rate, capaian per sasaran
 * strategis (report-bab3-sasaran.ts) with the annual comparisons, the causes as the Bagian wrote
 * them (report-faktor.ts), efficiency and the supporting programs (report-bab3-efisiensi.ts), and
 * capaian per Bagian, program, kegiatan and sub kegiatan; B: realisasi anggaran
 * (report-bab3-unit.ts). The quarterly form leaves out the three comparisons.
 */
import { laporan as L } from "../../strings/laporan";
import { causesSection } from "./report-faktor";
import { efisiensi, pendukung } from "./report-bab3-efisiensi";
import { comparisons, perSasaran, sebaranOf } from "./report-bab3-sasaran";
import { anggaran, perUnit } from "./report-bab3-unit";
import { empty, heading, paragraph, type Ctx } from "./report-kit";
import type { ReportBlock, ReportChapter } from "./report-model";

/** Who reported: submitted, not submitted, late. */
export function kirimanSentence(ctx: Ctx): string {
  const c = ctx.input.analysis.counts;
  return L.kalimat.kiriman(ctx.periodeText, c.sudah, c.bagian, c.belum, c.terlambat);
}

/** How every indicator on Data rates, or the line saying there is none. */
export function indicatorsRating(ctx: Ctx): ReportBlock {
  const sentence = sebaranOf(ctx, "indikator kinerja", ctx.input.analysis.indicators);
  return sentence === null ? empty(L.empty.indikator) : paragraph(sentence);
}

export function bab3(ctx: Ctx): ReportChapter {
  const H = L.headings;
  // The quarterly form has no A.2–A.4: the subsections after A.1 are numbered on from 2.
  const n = ctx.form === "tahunan" ? 5 : 2;
  return {
    title: L.chapters.bab3,
    blocks: [
      heading(2, H.capaianOrganisasi),
      paragraph(kirimanSentence(ctx)),
      indicatorsRating(ctx),
      ...perSasaran(ctx),
      ...comparisons(ctx),
      heading(3, H.penyebab(n)),
      ...causesSection(ctx),
      heading(3, H.efisiensi(n + 1)),
      ...efisiensi(ctx),
      heading(3, H.pendukung(n + 2)),
      ...pendukung(ctx),
      heading(3, H.perUnit(n + 3)),
      ...perUnit(ctx),
      ...anggaran(ctx),
    ],
  };
}
