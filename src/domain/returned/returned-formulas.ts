/**
 * The formula a locked formula cell of a returned kertas kerja should hold, so that an error about
 * an overwritten or changed formula can name it. The metadata keeps formulas only as a digest; the
 * formula is rebuilt with the template's own functions from what the metadata says of its row
 * (jenis capaian, polaritas, the sub kegiatan under a program) and the round's rules, and named
 * only when its digest is the one recorded at generation: a rebuilt formula is never a guess.
 */
import { S } from "../../strings";
import {
  capaianFormula,
  paguSumFormula,
  predikatFormula,
  realisasiAnggaranSumFormula,
  realisasiSdFormula,
  serapanFormula,
  targetSdFormula,
} from "../kertas-kerja/kertas-kerja-formulas";
import { colIndex, KK_COLUMNS, type KkColumn } from "../kertas-kerja/kertas-kerja-layout";
import { lockedContent, type KertasKerjaMeta, type KkMetaRow } from "../kertas-kerja/kertas-kerja-meta";
import type { RoundRules } from "../setup/setup-types";
import { scalesOfStored } from "../setup/scales";
import { qualitativeScaleOf } from "../kertas-kerja/qualitative";
import {
  wordCapaianFormula,
  wordRealisasiSdFormula,
  wordTargetSdFormula,
} from "../kertas-kerja/qualitative-formulas";
import type { Aggregation, Polarity } from "../shared/types";

/** "Positif" → "positif": the words the sheet shows, back to the domain's values. */
export const POLARITY: ReadonlyMap<string, Polarity> = new Map(
  Object.entries(S.common.polarity).map(([k, v]) => [v, k as Polarity]),
);
export const AGGREGATION: ReadonlyMap<string, Aggregation> = new Map(
  Object.entries(S.common.aggregation).map(([k, v]) => [v, k as Aggregation]),
);

type FormulaRules = Pick<RoundRules, "negativeFormula" | "predikat" | "capaianCap">;

/** What rebuilding needs: the metadata, the rules it may have been generated with, where rows stand now. */
export interface FormulaContext {
  meta: Pick<KertasKerjaMeta, "periode" | "rows">;
  /** The rules of the master and of the file's own setup (the generation used one of them). */
  rules: readonly FormulaRules[];
  /** Generated row → the row where it stands now (rows sorted, inserted, deleted). */
  toCurrent: ReadonlyMap<number, number>;
}

const lockedText = (r: KkMetaRow, c: KkColumn): string => {
  const v = r.locked?.[c] ?? "";
  return v.startsWith("s:") ? v.slice(2) : "";
};

/** Every formula the template could have written in column `c` of row `r`, at its generated row. */
function candidates(r: KkMetaRow, c: KkColumn, ctx: FormulaContext): string[] {
  const g = r.row;
  const words = wordCandidates(r, c, ctx);
  if (words.length > 0) return words;
  const aggregation = AGGREGATION.get(lockedText(r, "jenisCapaian"));
  const polarity = POLARITY.get(lockedText(r, "polaritas"));
  const { periode } = ctx.meta;
  const variants = ctx.rules.flatMap((rules) => [
    rules,
    { ...rules, negativeFormula: rules.negativeFormula === "selisih" ? "rasio" : "selisih" } as FormulaRules,
  ]);
  const subRows = (): number[] =>
    ctx.meta.rows
      .filter((s) => s.kind === "subkegiatan" && s.key.startsWith(`${r.key}.`))
      .map((s) => s.row)
      .sort((a, b) => a - b);
  const nodeRow = r.kind === "program" || r.kind === "kegiatan";
  switch (c) {
    case "targetSd":
      return aggregation ? [targetSdFormula(aggregation, periode, g)] : [];
    case "realisasiSd":
      return aggregation ? [realisasiSdFormula(aggregation, periode, g)] : [];
    case "capaian":
      return polarity ? variants.map((rules) => capaianFormula(polarity, rules, g)) : [];
    case "predikat":
      return variants.map((rules) => predikatFormula(rules, g));
    case "serapan":
      return [serapanFormula(g)];
    case "pagu":
      return nodeRow ? [paguSumFormula(subRows())] : [];
    case "realisasiAnggaran":
      return nodeRow ? [realisasiAnggaranSumFormula(subRows())] : [];
    default:
      return [];
  }
}

/** The formulas of a qualitative row (its target a word of a scale of the rules), for s.d. and capaian. */
function wordCandidates(r: KkMetaRow, c: KkColumn, ctx: FormulaContext): string[] {
  const polarity = POLARITY.get(lockedText(r, "polaritas"));
  const target = lockedText(r, "targetTahunan");
  const { periode } = ctx.meta;
  return ctx.rules.flatMap((rules) => {
    const scale = qualitativeScaleOf(null, target, scalesOfStored(rules));
    if (!scale) return [];
    if (c === "targetSd") return [wordTargetSdFormula(periode, r.row)];
    if (c === "realisasiSd") return [wordRealisasiSdFormula(periode, r.row)];
    if (c !== "capaian" || !polarity) return [];
    return (["selisih", "rasio"] as const).map((f) =>
      wordCapaianFormula(polarity, { negativeFormula: f }, scale, r.row),
    );
  });
}

/** The metadata's digest of a formula standing in column `c` of generated row `row`. */
function digestOf(formula: string, c: KkColumn, row: number): string | undefined {
  const cells = KK_COLUMNS.map((k) => ({ value: null, formula: k === c ? formula : null }));
  return lockedContent(cells, row, [])[c];
}

/**
 * The formula (with "=") the locked cell in column `c` of metadata row `r` held when generated,
 * written for the rows where they stand now; null when it cannot be rebuilt with certainty.
 * @example expectedFormula(row15, "capaian", ctx) // '=IF(R15="","",IF(OR(Q15="",Q15=0),"",ROUND(R15/Q15*100,2)))'
 */
export function expectedFormula(r: KkMetaRow, c: KkColumn, ctx: FormulaContext): string | null {
  const recorded = r.locked?.[c];
  if (recorded === undefined || !recorded.startsWith("=") || colIndex[c] === undefined) return null;
  for (const f of candidates(r, c, ctx)) {
    const formula = `=${f}`;
    if (digestOf(formula, c, r.row) === recorded) return remapFormula(formula, ctx.toCurrent);
  }
  return null;
}

/**
 * A formula's cell references rewritten from the rows where they stand now to the rows where
 * those rows were generated (`toGenerated`: current row → generated row, from the keys). Rows
 * inserted, deleted or sorted make Excel shift every reference below them ("SUM(U14,U18)" becomes
 * "SUM(U14,U17)" when a row above row 18 is deleted): mapped back, an unchanged formula compares
 * equal. Text in quotes and function names with digits ("LOG10(") are left alone; a reference to
 * a row without a key stays as it is.
 * @example remapFormula("SUM(U14,U17)", new Map([[17, 18]])) // "SUM(U14,U18)"
 */
export function remapFormula(formula: string, toGenerated: ReadonlyMap<number, number>): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z_$])(\$?[A-Z]{1,3}\$?)(\d+)(?![\d(])/g,
            (whole, letters: string, row: string) => {
              const generated = toGenerated.get(Number(row));
              return generated === undefined ? whole : `${letters}${generated}`;
            },
          ),
    )
    .join("");
}
