import { Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { taskpaneLists } from "../strings/taskpaneLists";
import { FitSelect } from "./FitSelect";
import type { ReviewFilter, ReviewStatus } from "./review-filter";
import { REVIEW_STATUSES } from "./review-filter";
import type { IndicatorGroup } from "./services";

const t = taskpaneLists.review;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
});

export interface ReviewFiltersProps {
  groups: IndicatorGroup[];
  filter: ReviewFilter;
  onChange: (filter: ReviewFilter) => void;
  shown: number;
  total: number;
}

/** The review list's filters: one Bagian, a status, a text search; and how many are shown. */
export function ReviewFilters(props: ReviewFiltersProps) {
  const styles = useStyles();
  const { groups, filter, onChange } = props;
  return (
    <div className={styles.root} role="search" aria-label={t.filtersLabel}>
      <div className={styles.pair}>
        <Field label={t.bagian} size="small">
          <FitSelect
            size="small"
            value={filter.bagian ?? ""}
            onChange={(_, d) => onChange({ ...filter, bagian: d.value === "" ? null : d.value })}
          >
            <option value="">{t.allBagian}</option>
            {groups.map((g) => (
              <option key={g.bagian.kode} value={g.bagian.kode}>
                {g.bagian.nama}
              </option>
            ))}
          </FitSelect>
        </Field>
        <Field label={t.status} size="small">
          <FitSelect
            size="small"
            value={filter.status}
            onChange={(_, d) => onChange({ ...filter, status: d.value as ReviewStatus })}
          >
            {REVIEW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.statuses[s]}
              </option>
            ))}
          </FitSelect>
        </Field>
      </div>
      <Field label={t.search} size="small">
        <Input
          size="small"
          type="search"
          value={filter.query}
          onChange={(_, d) => onChange({ ...filter, query: d.value })}
        />
      </Field>
      <Text size={200} role="status" aria-live="polite">
        {t.shown(props.shown, props.total)}
      </Text>
    </div>
  );
}
