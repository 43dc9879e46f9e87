/** Pairs the realisasi of a prior report with the indicators of this year's DPA. */
import { common } from "../../strings/common";
import { dpa as T } from "../../strings/dpa";
import { makeIssue } from "../shared/issues";
import { formatIndonesianNumber } from "../shared/numbers";
import { normalizeIndicatorText } from "../shared/text";
import type { Dpa, DpaIndicator, IndicatorKey, Issue, Kode, PriorValue } from "../shared/types";

export interface PriorMatch {
  /** Matched values per indicator, in the prior report's order: every year and period kept. */
  byKey: Map<IndicatorKey, PriorValue[]>;
  unmatchedPrior: PriorValue[];
  withoutPrior: DpaIndicator[];
  issues: Issue[];
}

const periodeLabel = (v: PriorValue): string => T.match.periodeLabel(common.periode[v.periode], v.tahun);

/**
 * Matches prior values to DPA indicators by code and `normalizeIndicatorText` equality; when the
 * DPA repeats a text under one code, the n-th prior row of a period goes to the n-th indicator.
 * Fallback: a code whose node has a single indicator and whose prior rows all name one (other)
 * text is matched too, with an info issue. Values of `tahun` (or without a year) and of `tahun - 1`
 * are what a round uses; values of other years are kept as well, with an info issue per year.
 */
export function matchPrior(dpa: Dpa, prior: readonly PriorValue[], tahun: number): PriorMatch {
  const issues: Issue[] = [];
  const byKey = new Map<IndicatorKey, PriorValue[]>();
  const unmatchedPrior: PriorValue[] = [];
  const nodes = new Map<Kode, Dpa["nodes"][number]>();
  const byText = new Map<string, DpaIndicator[]>();
  for (const node of dpa.nodes) {
    if (nodes.has(node.kode)) continue;
    nodes.set(node.kode, node);
    for (const ind of node.indicators) {
      const k = `${node.kode}|${normalizeIndicatorText(ind.text)}`;
      byText.set(k, [...(byText.get(k) ?? []), ind]);
    }
  }

  const assign = (ind: DpaIndicator, v: PriorValue): void => {
    byKey.set(ind.key, [...(byKey.get(ind.key) ?? []), v]);
  };
  const occurrences = new Map<string, number>();
  const pending = new Map<Kode, PriorValue[]>();
  for (const v of prior) {
    const node = nodes.get(v.kode);
    if (!node) {
      unmatchedPrior.push(v);
      issues.push(
        makeIssue(
          "warning",
          "prior.match.kode-not-in-dpa",
          T.match.kodeNotInDpa(v.kode, v.indicatorText, periodeLabel(v)),
          { ...v.source, found: v.kode },
        ),
      );
      continue;
    }
    const textKey = `${v.kode}|${normalizeIndicatorText(v.indicatorText)}`;
    const candidates = byText.get(textKey);
    if (!candidates) {
      pending.set(v.kode, [...(pending.get(v.kode) ?? []), v]);
      continue;
    }
    const slot = `${textKey}|${v.tahun ?? ""}|${v.periode}`;
    const n = occurrences.get(slot) ?? 0;
    occurrences.set(slot, n + 1);
    // Only a text the DPA repeats is dealt out in order; otherwise every row goes to the one
    // indicator (and two different values for one period are reported below as a conflict).
    const target = candidates.length === 1 ? candidates[0] : candidates[n];
    if (target) assign(target, v);
    else {
      unmatchedPrior.push(v);
      issues.push(
        makeIssue(
          "warning",
          "prior.match.surplus",
          T.match.surplus(v.kode, v.indicatorText, periodeLabel(v)),
          { ...v.source, found: v.indicatorText },
        ),
      );
    }
  }

  for (const [kode, values] of pending) {
    const node = nodes.get(kode);
    const only = node?.indicators.length === 1 ? node.indicators[0] : undefined;
    const priorTexts = new Set(
      prior.filter((v) => v.kode === kode).map((v) => normalizeIndicatorText(v.indicatorText)),
    );
    const first = values[0];
    if (only && priorTexts.size === 1 && first) {
      // One indicator on each side: a renamed tolok ukur, most likely the same measure. The value
      // will be pre-filled and locked on the kertas kerja, so the user must look: a warning.
      for (const v of values) assign(only, v);
      issues.push(
        makeIssue("warning", "prior.match.fallback", T.match.fallback(kode, first.indicatorText, only.text), {
          ...first.source,
          found: first.indicatorText,
        }),
      );
      continue;
    }
    for (const v of values) {
      unmatchedPrior.push(v);
      issues.push(
        makeIssue(
          "warning",
          "prior.match.text-not-in-dpa",
          T.match.textNotInDpa(kode, v.indicatorText, periodeLabel(v)),
          { ...v.source, found: v.indicatorText },
        ),
      );
    }
  }

  const otherYears = new Map<number, PriorValue[]>();
  for (const values of byKey.values()) {
    const seen = new Map<string, PriorValue[]>();
    for (const v of values) {
      const slot = `${v.tahun ?? ""}|${v.periode}`;
      seen.set(slot, [...(seen.get(slot) ?? []), v]);
      if (v.tahun !== null && v.tahun !== tahun && v.tahun !== tahun - 1) {
        otherYears.set(v.tahun, [...(otherYears.get(v.tahun) ?? []), v]);
      }
    }
    for (const same of seen.values()) {
      const distinct = [...new Set(same.map((v) => v.realisasi))];
      const first = same[0];
      if (distinct.length > 1 && first) {
        const shown = T.match.valuesAt(
          same.map((v) => ({ value: formatIndonesianNumber(v.realisasi), row: v.source.row })),
        );
        issues.push(
          makeIssue(
            "warning",
            "prior.match.conflict",
            T.match.conflict(first.kode, first.indicatorText, periodeLabel(first), shown),
            { ...first.source, found: shown },
          ),
        );
      }
    }
  }
  for (const [year, values] of [...otherYears].sort(([a], [b]) => a - b)) {
    const first = values[0];
    if (first)
      issues.push(
        makeIssue("info", "prior.match.other-year", T.match.otherYear(values.length, year, tahun), {
          ...first.source,
          found: String(year),
        }),
      );
  }

  const withoutPrior = dpa.nodes.flatMap((n) => n.indicators).filter((ind) => !byKey.has(ind.key));
  if (prior.length === 0) {
    issues.push({ severity: "info", code: "prior.match.no-prior", message: T.match.noPrior() });
  } else {
    const kodeOf = new Map(dpa.nodes.flatMap((n) => n.indicators.map((ind) => [ind, n.kode] as const)));
    for (const ind of withoutPrior) {
      const kode = kodeOf.get(ind) ?? "";
      issues.push(
        makeIssue("info", "prior.match.without-prior", T.match.withoutPrior(kode, ind.text), {
          ...ind.source,
          found: ind.text,
        }),
      );
    }
  }
  return { byKey, unmatchedPrior, withoutPrior, issues };
}
