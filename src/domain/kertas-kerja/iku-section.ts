/**
 * The IKU of the Perjanjian Kinerja on the kertas kerja: each IKU goes, under its sasaran
 * strategis, to the top of the kertas kerja of the Bagian responsible for it, as an indicator row
 * like any other (same formulas, validation, locking, metadata and checks when it comes back).
 * Its earlier quarters come from a prior master by the IKU's key; last year's realisasi from the
 * PK's earlier years, else from a prior master.
 */
import { S } from "../../strings";
import { matchBagian } from "../setup/bagian-match";
import type { BagianInfo, RoundSetup } from "../setup/setup-types";
import { makeIssue } from "../shared/issues";
import {
  currentTriwulan,
  sasaranKode,
  type Iku,
  type IndicatorKey,
  type Issue,
  type PerjanjianKinerja,
  type PriorValue,
  type Quarterly,
  type TargetValue,
} from "../shared/types";
import type { KkIndicator, KkNode } from "./kertas-kerja";
import { priorFill } from "./kertas-kerja-prefill";
import { qualitativeAggregation, qualitativeScaleOf } from "./qualitative";
import { defaultSpreadRule, spreadTargets } from "./targets";

const T = S.round.iku;

/**
 * The Bagian responsible for each IKU (by key), or null when the PK names none or one the setup
 * does not have — each such IKU an issue naming its cell: it is not collected until the PK says.
 * A round with a single Bagian takes every IKU without a Bagian.
 */
export function ikuOwners(
  pk: PerjanjianKinerja,
  bagian: readonly BagianInfo[],
): { byKey: Map<IndicatorKey, BagianInfo | null>; issues: Issue[] } {
  const issues: Issue[] = [];
  const byKey = new Map<IndicatorKey, BagianInfo | null>();
  const names = bagian.map((b) => b.nama).join(", ");
  for (const iku of pk.iku) {
    const at = { ...iku.source, ...(pk.file === undefined ? {} : { file: pk.file }) };
    if (iku.bagian === null) {
      const only = bagian.length === 1 ? (bagian[0] ?? null) : null;
      byKey.set(iku.key, only);
      if (!only) {
        issues.push(
          makeIssue("warning", "round.iku.no-bagian", T.noBagian(iku.indikator), {
            ...at,
            found: T.nothing,
            expected: T.expectedBagian(names),
          }),
        );
      }
      continue;
    }
    const found = matchBagian(iku.bagian, bagian) ?? null;
    byKey.set(iku.key, found);
    if (!found) {
      issues.push(
        makeIssue("warning", "round.iku.unknown-bagian", T.unknownBagian(iku.indikator, iku.bagian), {
          ...at,
          found: iku.bagian,
          expected: T.expectedBagian(names),
        }),
      );
    }
  }
  return { byKey, issues };
}

/** Numbers and words of a quarterly target as the kertas kerja writes them. */
function splitTargets(tw: Quarterly<TargetValue | null> | null): {
  numbers: Quarterly<number | null> | null;
  words: Quarterly<string | null> | null;
} {
  if (!tw) return { numbers: null, words: null };
  const numbers = tw.map((v) => (typeof v === "number" ? v : null)) as Quarterly<number | null>;
  const words = tw.map((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null)) as Quarterly<
    string | null
  >;
  return {
    numbers: numbers.some((v) => v !== null) ? numbers : null,
    words: words.some((v) => v !== null) ? words : null,
  };
}

/** One IKU as a kertas kerja indicator row. */
export function ikuIndicator(
  iku: Iku,
  setup: Pick<RoundSetup, "tahun" | "periode" | "rules">,
  prior: readonly PriorValue[] | undefined,
  issues: Issue[],
): KkIndicator {
  const annual = typeof iku.targetTahunan === "number" ? iku.targetTahunan : null;
  const word = typeof iku.targetTahunan === "string" ? iku.targetTahunan : null;
  const judged = qualitativeAggregation(
    { text: iku.indikator, targetTahunan: annual, targetText: word, source: iku.source },
    iku.aggregation,
    setup.rules.scales,
  );
  if (judged.issue) issues.push(judged.issue);
  const aggregation = judged.aggregation;
  const given = splitTargets(iku.targetTw);
  const spread = defaultSpreadRule(aggregation, given.numbers !== null);
  const fill = priorFill(prior, setup.tahun, currentTriwulan(setup.periode));
  const words = qualitativeScaleOf(annual, word, setup.rules.scales) !== null;
  const lastYear = iku.realisasiLalu.find((r) => r.tahun === setup.tahun - 1)?.realisasi;
  const ind: KkIndicator = {
    key: iku.key,
    text: iku.indikator,
    satuan: iku.satuan,
    polarity: iku.polarity,
    aggregation,
    targetTahunan: annual,
    targetText: word,
    targetTw: words ? [null, null, null, null] : spreadTargets(spread, annual, given.numbers),
    prefill: fill.prefill,
    realisasiLalu: typeof lastYear === "number" ? lastYear : fill.lalu,
    prefillFrom: typeof lastYear === "number" ? { ...fill.from, lalu: null } : fill.from,
  };
  if (words && given.words) ind.targetTwWords = given.words;
  if (fill.prefillWords.some((w) => w !== null)) ind.prefillWords = fill.prefillWords;
  return ind;
}

/**
 * The IKU section of one Bagian's kertas kerja: a node per sasaran strategis ("SS.1") holding the
 * IKU this Bagian is responsible for, in the PK's order; empty when it has none.
 */
export function ikuNodesFor(
  bagian: BagianInfo,
  pk: PerjanjianKinerja,
  owners: ReadonlyMap<IndicatorKey, BagianInfo | null>,
  prior: ReadonlyMap<IndicatorKey, PriorValue[]>,
  setup: Pick<RoundSetup, "tahun" | "periode" | "rules">,
  issues: Issue[],
): KkNode[] {
  const nodes: KkNode[] = [];
  for (const sasaran of pk.sasaran) {
    const ikus = pk.iku.filter((i) => i.sasaranNo === sasaran.no && owners.get(i.key)?.kode === bagian.kode);
    if (ikus.length === 0) continue;
    nodes.push({
      level: "sasaran",
      kode: sasaranKode(sasaran.no),
      name: sasaran.text,
      pagu: null,
      indicators: ikus.map((i) => ikuIndicator(i, setup, prior.get(i.key), issues)),
      children: [],
    });
  }
  return nodes;
}
