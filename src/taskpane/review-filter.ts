import type { IndicatorReview } from "../app/round-types";
import type { DpaIndicator, DpaNode, IndicatorKey } from "../domain/shared/types";
import type { IndicatorGroup } from "./services";

/** Which indicators the review list shows, by what the user has done with them. */
export type ReviewStatus = "all" | "needs-review" | "changed" | "qualitative";
export const REVIEW_STATUSES: ReviewStatus[] = ["all", "needs-review", "changed", "qualitative"];

export interface ReviewFilter {
  /** A Bagian's kode, or null for every Bagian. */
  bagian: string | null;
  status: ReviewStatus;
  /** Free text over the indicator's text and its node's kode and name. */
  query: string;
}

export const NO_FILTER: ReviewFilter = { bagian: null, status: "all", query: "" };

type Reviews = Partial<Record<IndicatorKey, IndicatorReview>>;
type Item = { node: DpaNode; indicator: DpaIndicator };

export interface FilteredGroups {
  groups: IndicatorGroup[];
  shown: number;
  total: number;
}

/**
 * "Perlu ditinjau": the DPA leaves the polarity or the kind of capaian open and the user has
 * not settled it yet. "Sudah diubah": the user has a decision of their own for it.
 */
export function matchesStatus(status: ReviewStatus, indicator: DpaIndicator, reviews: Reviews): boolean {
  const reviewed = reviews[indicator.key] !== undefined;
  switch (status) {
    case "all":
      return true;
    case "needs-review":
      return !reviewed && (indicator.polarity === null || indicator.aggregation === null);
    case "changed":
      return reviewed;
    case "qualitative":
      return indicator.targetTahunan === null;
  }
}

const fold = (s: string) => s.toLocaleLowerCase("id-ID").normalize("NFKD");

function matchesQuery(words: string[], { node, indicator }: Item): boolean {
  if (words.length === 0) return true;
  const haystack = fold(`${indicator.text} ${node.kode} ${node.name}`);
  return words.every((w) => haystack.includes(w));
}

function isActive(filter: ReviewFilter): boolean {
  return filter.status !== "all" || filter.query.trim() !== "";
}

/**
 * The groups and indicators the filter keeps, in their order. A Bagian with nothing left is
 * dropped while a status or a search is set; without one, it stays (to say it has none).
 */
export function filterGroups(
  groups: IndicatorGroup[],
  reviews: Reviews,
  filter: ReviewFilter,
): FilteredGroups {
  const words = fold(filter.query)
    .split(/\s+/)
    .filter((w) => w !== "");
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const kept: IndicatorGroup[] = [];
  for (const group of groups) {
    if (filter.bagian !== null && group.bagian.kode !== filter.bagian) continue;
    const items = group.items.filter(
      (item) => matchesStatus(filter.status, item.indicator, reviews) && matchesQuery(words, item),
    );
    if (items.length === 0 && isActive(filter)) continue;
    kept.push({ ...group, items });
  }
  return { groups: kept, shown: kept.reduce((n, g) => n + g.items.length, 0), total };
}
