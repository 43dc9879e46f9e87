/**
 * What the demo prints after each round: the summary per Bagian (whatever became of its kertas
 * kerja) and the capaian per sasaran strategis of the Perjanjian Kinerja.
 */
import type { Analysis } from "../domain/analysis/analysis";
import type { SasaranAnalysis } from "../domain/analysis/analysis-sasaran";
import { formatPercent } from "../domain/shared/numbers";
import type { Periode } from "../domain/shared/types";
import { S } from "../strings";
import type { ConsolidateResult } from "./consolidate";
import { formatTable } from "./format";
import { println, type CliIo } from "./io";

const T = S.cli.demo;

/** Sasaran longer than this many characters are shortened, "…" standing for the rest. */
const SASARAN_MAX = 60;

const pct = (n: number | null): string => (n === null ? "–" : formatPercent(n));

/** A text cut to `max` characters, "…" standing for the rest. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** The summary table: one line per Bagian of the setup, whatever became of its kertas kerja. */
export function printBagianSummary(
  io: CliIo,
  round: { periode: Periode; tahun: number },
  analysis: Analysis,
  consolidated: ConsolidateResult,
  fileNames: ReadonlyMap<string, string>,
): void {
  const rejected = new Set(
    consolidated.review.assessments.flatMap((a) => (a.verdict === "rejected" ? [a.file.name] : [])),
  );
  const C = T.summary;
  const rows = analysis.status.map((st) => {
    const sum = analysis.perBagian.find((g) => g.kode === st.kode);
    const file = fileNames.get(st.kode);
    const status = st.submitted ? C.accepted : file && rejected.has(file) ? C.rejected : C.missing;
    return [
      st.nama,
      status,
      st.ketepatan === null ? "–" : C.ketepatan[st.ketepatan],
      sum ? `${sum.dinilai}/${sum.indikator}` : "–",
      pct(sum?.rataCapaian ?? null),
      sum?.rataCapaian === null || sum === undefined ? "–" : sum.predikat,
      pct(sum?.serapan ?? null),
      sum?.efisiensi ? C.efisiensi[sum.efisiensi] : "–",
    ];
  });
  println(io.stdout, C.heading(S.common.periode[round.periode], round.tahun));
  println(
    io.stdout,
    formatTable(C.columns, rows, ["left", "left", "left", "right", "right", "left", "right", "left"]),
  );
  println(io.stdout, C.counts(analysis.counts.sudah, analysis.counts.bagian, analysis.counts.terlambat));
}

/** The cells of one sasaran's line, as the demo prints them. */
export function sasaranCells(s: SasaranAnalysis): string[] {
  return [
    s.no,
    shorten(s.text, SASARAN_MAX),
    `${s.dinilai}/${s.iku.length}`,
    pct(s.capaian),
    s.predikat ?? "–",
    pct(s.serapan),
    s.efisiensi ? T.summary.efisiensi[s.efisiensi] : "–",
  ];
}

/** The capaian per sasaran strategis: one line per sasaran of the PK, in its order. */
export function printSasaran(
  io: CliIo,
  round: { periode: Periode; tahun: number },
  perSasaran: readonly SasaranAnalysis[],
): void {
  const C = T.sasaran;
  println(io.stdout, C.heading(S.common.periode[round.periode], round.tahun));
  println(
    io.stdout,
    formatTable(C.columns, perSasaran.map(sasaranCells), [
      "left",
      "left",
      "right",
      "right",
      "left",
      "right",
      "left",
    ]),
  );
  println(io.stdout, C.note);
}
