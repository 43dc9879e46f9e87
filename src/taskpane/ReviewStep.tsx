import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { IndicatorReview } from "../app/round-types";
import type { IndicatorKey } from "../domain/shared/types";
import { S } from "../strings";
import { IndicatorReviewRow } from "./IndicatorReviewRow";
import type { AppServices, IndicatorGroup } from "./services";

const t = S.taskpane.review;

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
  if (!groups) return <Text>{t.needInputs}</Text>;
  return (
    <div className={styles.root}>
      {groups.map((group) => (
        <section
          key={group.bagian.kode}
          className={styles.group}
          aria-label={t.groupTitle(group.bagian.nama, group.bagian.kode, group.items.length)}
        >
          <Text weight="semibold" size={400}>
            {t.groupTitle(group.bagian.nama, group.bagian.kode, group.items.length)}
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
