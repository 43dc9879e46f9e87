/**
 * The cells of a qualitative indicator row on a kertas kerja, and the validations of the realisasi
 * inputs: a list of its scale's words where the row is qualitative, non-negative numbers elsewhere.
 */
import { a1, type DataValidation } from "../../sheet/plan";
import { S } from "../../strings";
import { qualitative as Q } from "../../strings/qualitative";
import { wordsOf } from "../setup/scales";
import type { QualitativeScale, RoundSetup } from "../setup/setup-types";
import type { Polarity } from "../shared/types";
import { formula, put, type Row } from "./kertas-kerja-cells";
import { col, REALISASI_TW } from "./kertas-kerja-layout";
import { wordCapaianFormula, wordRealisasiSdFormula, wordTargetSdFormula } from "./qualitative-formulas";

/** Replaces the numeric s.d. and capaian formulas of row r with those on the words of `scale`. */
export function putWordFormulas(
  row: Row,
  r: number,
  polarity: Polarity,
  scale: QualitativeScale,
  setup: Pick<RoundSetup, "periode" | "rules">,
): void {
  put(row, "targetSd", formula(wordTargetSdFormula(setup.periode, r), "computed"));
  put(row, "realisasiSd", formula(wordRealisasiSdFormula(setup.periode, r), "computed"));
  put(row, "capaian", formula(wordCapaianFormula(polarity, setup.rules, scale, r), "computedPercent"));
}

/**
 * The validations of the realisasi columns (quarters 1…q) over rows first…last: one rectangle per
 * run of numeric rows, one list per qualitative row. No two overlap: Excel allows one rule per cell.
 */
export function realisasiValidations(
  wordRows: ReadonlyMap<number, QualitativeScale>,
  q: number,
  first: number,
  last: number,
): DataValidation[] {
  const v = S.kertasKerja.validation;
  const from = col.realisasiTw1;
  const to = col[REALISASI_TW[q - 1] ?? "realisasiTw4"];
  const out: DataValidation[] = [];
  const numeric = (a: number, b: number): void => {
    if (b < a) return;
    out.push({
      range: a1(`${from}${a}:${to}${b}`),
      rule: { type: "decimal", min: 0 },
      allowBlank: true,
      prompt: { title: v.numberTitle, message: v.realisasiPrompt },
      error: { title: v.numberTitle, message: v.numberError },
    });
  };
  let start = first;
  for (const r of [...wordRows.keys()].filter((k) => k >= first && k <= last).sort((a, b) => a - b)) {
    numeric(start, r - 1);
    const words = wordsOf(wordRows.get(r) as QualitativeScale);
    out.push({
      range: a1(`${from}${r}:${to}${r}`),
      rule: { type: "list", values: words },
      allowBlank: true,
      prompt: { title: Q.validation.title, message: Q.validation.prompt(words) },
      error: { title: Q.validation.title, message: Q.validation.error(words) },
    });
    start = r + 1;
  }
  numeric(start, last);
  return out;
}
