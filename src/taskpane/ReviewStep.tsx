import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { IndicatorReview } from "../app/round-types";
import type { IndicatorKey } from "../domain/shared/types";
import { S } from "../strings";
import { taskpaneLists } from "../strings/taskpaneLists";
import { IndicatorReviewRow } from "./IndicatorReviewRow";
import { NO_FILTER, filterGroups } from "./review-filter";
import type { ReviewFilter } from "./review-filter";
import { ReviewFilters } from "./ReviewFilters";
import type { AppServices, IndicatorGroup } from "./services";

const t = S.taskpane.review;
const tl = taskpaneLists.review;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column" },
});

export interface ReviewStepProps {
  services: Pick<AppServices, "defaultReview" | "applySpread">;
  groups: IndicatorGroup[] | null;
  reviews: Partial<Record<IndicatorKey, IndicatorReview>>;
  onReview: (key: IndicatorKey, review: IndicatorReview) => void;
}

/** Step 4: every indicator per Bagian, with what the DPA could not say settled by the user. */
export function ReviewStep(props: ReviewStepProps) {
  const styles = useStyles();
  const { services, groups, reviews, onReview } = props;
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);
  // The status is read from the reviews when the filter changes, not at every edit: a row the
  // user is settling stays in view until they change the filter.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const shown = useMemo(() => filterGroups(groups ?? [], reviews, filter), [groups, filter]);
  if (!groups) return <Text>{t.needInputs}</Text>;
  return (
    <div className={styles.root}>
      <ReviewFilters
        groups={groups}
        filter={filter}
        onChange={setFilter}
        shown={shown.shown}
        total={shown.total}
      />
      {shown.groups.length === 0 && <Text>{tl.none}</Text>}
      {shown.groups.map((group) => (
        <section
          key={group.bagian.kode}
          className={styles.group}
          aria-label={tl.groupTitle(group.bagian.nama, group.bagian.kode, group.items.length)}
        >
          <Text weight="semibold" size={400}>
            {tl.groupTitle(group.bagian.nama, group.bagian.kode, group.items.length)}
          </Text>
          {group.items.length === 0 && <Text size={200}>{t.noIndicators}</Text>}
          {group.items.map(({ node, indicator }) => (
            <IndicatorReviewRow
              key={indicator.key}
              node={node}
              indicator={indicator}
              review={reviews[indicator.key] ?? services.defaultReview(indicator)}
              applySpread={services.applySpread}
              onChange={(review) => onReview(indicator.key, review)}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
