import type { Aggregation, Quarterly } from "../shared/types";
import { roundExcel } from "../shared/rounding";

/** How quarterly targets are derived (see app/round-types SpreadRule). */
export type SpreadRule = "as-given" | "equal" | "annual-each" | "year-end";

const none: Quarterly<number | null> = [null, null, null, null];

/**
 * Quarterly targets from the annual target by a rule.
 * - equal: four equal parts, rounded to 2 decimals, the last quarter taking the remainder so the
 *   quarters add up to the annual target exactly;
 * - annual-each: every quarter carries the annual target (for nilai akhir / persentase);
 * - year-end: only TW IV carries it;
 * - as-given: the quarterly targets given, unchanged.
 * @example spreadTargets("equal", 10, null) → [2.5, 2.5, 2.5, 2.5]; ("equal", 1, null) → [0.25, 0.25, 0.25, 0.25]
 */
export function spreadTargets(
  rule: SpreadRule,
  annual: number | null,
  given: Quarterly<number | null> | null,
): Quarterly<number | null> {
  if (rule === "as-given") return given ? [...given] : [...none];
  if (annual === null) return [...none];
  switch (rule) {
    case "equal": {
      const part = roundExcel(annual / 4, 2);
      return [part, part, part, roundExcel(annual - 3 * part, 2)];
    }
    case "annual-each":
      return [annual, annual, annual, annual];
    case "year-end":
      return [null, null, null, annual];
  }
}

/** The rule a reviewer starts from: the DPA's own quarters when given, else by aggregation. */
export function defaultSpreadRule(aggregation: Aggregation, hasGivenQuarters: boolean): SpreadRule {
  if (hasGivenQuarters) return "as-given";
  return aggregation === "kumulatif" ? "equal" : "annual-each";
}
