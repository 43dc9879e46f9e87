import { taskpaneLists } from "../strings/taskpaneLists";
import { ListFilterBar } from "./ListFilterBar";
import type { ReviewFilter, ReviewStatus } from "./review-filter";
import { REVIEW_STATUSES } from "./review-filter";
import type { IndicatorGroup } from "./services";

const t = taskpaneLists.review;

export interface ReviewFiltersProps {
  groups: IndicatorGroup[];
  filter: ReviewFilter;
  onChange: (filter: ReviewFilter) => void;
  shown: number;
  total: number;
}

/** The review list's filters: one Bagian, a status, a text search; and how many are shown. */
export function ReviewFilters(props: ReviewFiltersProps) {
  const { groups, filter, onChange } = props;
  return (
    <ListFilterBar
      label={t.filtersLabel}
      choices={[
        {
          label: t.bagian,
          value: filter.bagian ?? "",
          options: [
            { value: "", label: t.allBagian },
            ...groups.map((g) => ({ value: g.bagian.kode, label: g.bagian.nama })),
          ],
          onChange: (v) => onChange({ ...filter, bagian: v === "" ? null : v }),
        },
        {
          label: t.status,
          value: filter.status,
          options: REVIEW_STATUSES.map((s) => ({ value: s, label: t.statuses[s] })),
          onChange: (v) => onChange({ ...filter, status: v as ReviewStatus }),
        },
      ]}
      search={{ label: t.search, value: filter.query, onChange: (query) => onChange({ ...filter, query }) }}
      shown={t.shown(props.shown, props.total)}
    />
  );
}
