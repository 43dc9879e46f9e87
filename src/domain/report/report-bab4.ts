/**
 * Bab IV Penutup: the results in a few sentences (who reported, how the IKU and sasaran strategis
 * and all indicators rate, which need attention, the budget), the follow-ups the Bagian planned
 * (their Tindak Lanjut, the same text once), and the closing sentence.
 */
import { laporan as L } from "../../strings/laporan";
import { kirimanSentence } from "./report-bab3";
import { sebaranOf } from "./report-bab3-sasaran";
import { anggaranSentence } from "./report-bab3-unit";
import { groupTexts } from "./report-faktor";
import { bullets, empty, heading, paragraph, type Ctx } from "./report-kit";
import type { ReportBlock, ReportChapter } from "./report-model";

const K = L.kalimat;

/** The IKU and the sasaran strategis: how the IKU rate, and each sasaran's capaian. */
function hasilSasaran(ctx: Ctx): string[] {
  const { analysis, pk } = ctx.input;
  if (!pk || analysis.perSasaran.length === 0) return [];
  const iku = sebaranOf(
    ctx,
    "IKU",
    analysis.perSasaran.flatMap((s) => s.iku),
  );
  const items = analysis.perSasaran.flatMap((s) =>
    s.predikat === null ? [] : [K.sasaranItem(s.no, s.capaian, s.predikat)],
  );
  return [...(iku === null ? [] : [iku]), ...(items.length === 0 ? [] : [K.kesimpulanSasaran(items)])];
}

/** All indicators, and those in the two lowest bands. */
function hasilIndikator(ctx: Ctx): string[] {
  const { analysis, setup } = ctx.input;
  const sebaran = sebaranOf(ctx, "indikator kinerja", analysis.indicators);
  const low = setup.rules.predikat.slice(-2).map((b) => b.label);
  const n = analysis.indicators.filter((i) => i.capaian !== null && low.includes(i.predikat)).length;
  return [...(sebaran === null ? [] : [sebaran]), ...(n > 0 ? [K.perhatian(n, low)] : [])];
}

function kesimpulan(ctx: Ctx): ReportBlock[] {
  const anggaran = anggaranSentence(ctx);
  const paragraphs = [
    [kirimanSentence(ctx), ...hasilSasaran(ctx)],
    hasilIndikator(ctx),
    anggaran === null ? [] : [anggaran],
  ].filter((p) => p.length > 0);
  return [heading(2, L.headings.kesimpulan), ...paragraphs.map((p) => paragraph(p.join(" ")))];
}

function tindakLanjut(ctx: Ctx): ReportBlock[] {
  const head = heading(2, L.headings.tindakLanjut);
  const groups = groupTexts(ctx, "tindakLanjut");
  if (groups.length === 0) return [head, empty(L.empty.tindakLanjut)];
  return [
    head,
    paragraph(K.tindakLanjut(groups.length)),
    bullets(groups.map((g) => K.tindakLanjutItem(g.text.trim(), g.bagian))),
  ];
}

export function bab4(ctx: Ctx): ReportChapter {
  return {
    title: L.chapters.bab4,
    blocks: [...kesimpulan(ctx), ...tindakLanjut(ctx), paragraph(K.penutup(ctx.input.setup.instansi))],
  };
}
