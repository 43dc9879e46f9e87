import { Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { IndicatorReview, SpreadRule } from "../app/round-types";
import { formatNumber } from "../domain/shared/numbers";
import type { Aggregation, DpaIndicator, DpaNode, Polarity, Quarterly } from "../domain/shared/types";
import { S } from "../strings";
import { FitSelect } from "./FitSelect";
import { useFitStyles } from "./fit-styles";
import type { AppServices } from "./services";

const t = S.taskpane.review;
const POLARITIES: Polarity[] = ["positif", "negatif"];
const AGGREGATIONS: Aggregation[] = ["kumulatif", "nilai-akhir", "persentase"];
const SPREADS: SpreadRule[] = ["as-given", "equal", "annual-each", "year-end"];

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    border: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  selects: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  wide: { gridColumn: "1 / -1" },
  tw: { display: "grid", gridTemplateColumns: "repeat(4, minmax(0, 1fr))", gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface IndicatorReviewRowProps {
  node: DpaNode;
  indicator: DpaIndicator;
  review: IndicatorReview;
  applySpread: AppServices["applySpread"];
  onChange: (review: IndicatorReview) => void;
}

/** One indicator: polarity, aggregation, the quarterly-target rule and the resulting targets. */
export function IndicatorReviewRow(props: IndicatorReviewRowProps) {
  const styles = useStyles();
  const fit = useFitStyles();
  const { node, indicator, review, applySpread, onChange } = props;
  const spreadTo = (spread: SpreadRule) =>
    onChange({
      ...review,
      spread,
      targetTw: applySpread(spread, indicator.targetTahunan, indicator.targetTw),
    });

  const onAggregation = (aggregation: Aggregation) => {
    // Kumulatif sums the quarters; the others compare a quarter with the annual level. A rule
    // the user chose by hand ("as-given") is kept.
    const spread: SpreadRule =
      review.spread === "as-given" ? "as-given" : aggregation === "kumulatif" ? "equal" : "annual-each";
    onChange({
      ...review,
      aggregation,
      spread,
      targetTw: applySpread(
        spread,
        indicator.targetTahunan,
        review.spread === "as-given" ? review.targetTw : indicator.targetTw,
      ),
    });
  };

  const onTarget = (q: number, text: string) => {
    const value = text.trim() === "" ? null : Number(text.replace(",", "."));
    if (value !== null && !Number.isFinite(value)) return;
    const targetTw = review.targetTw.map((v, i) => (i === q ? value : v)) as Quarterly<number | null>;
    onChange({ ...review, spread: "as-given", targetTw });
  };

  const annual =
    indicator.targetTahunan !== null
      ? formatNumber(indicator.targetTahunan)
      : (indicator.targetText ?? t.noTarget);
  return (
    <fieldset className={styles.row} aria-label={indicator.text}>
      <Text weight="semibold">{indicator.text}</Text>
      <Text size={200} className={styles.muted}>
        {t.subKegiatan(node.kode, node.name)}
      </Text>
      <Text size={200}>{t.annual(annual, indicator.satuan)}</Text>
      <div className={styles.selects}>
        <Field label={t.polarity} size="small">
          <FitSelect
            size="small"
            value={review.polarity}
            onChange={(_, d) => onChange({ ...review, polarity: d.value as Polarity })}
          >
            {POLARITIES.map((p) => (
              <option key={p} value={p}>
                {S.common.polarity[p]}
              </option>
            ))}
          </FitSelect>
        </Field>
        <Field label={t.aggregation} size="small">
          <FitSelect
            size="small"
            value={review.aggregation}
            onChange={(_, d) => onAggregation(d.value as Aggregation)}
          >
            {AGGREGATIONS.map((a) => (
              <option key={a} value={a}>
                {S.common.aggregation[a]}
              </option>
            ))}
          </FitSelect>
        </Field>
        <Field label={t.spread} size="small" className={styles.wide}>
          <FitSelect size="small" value={review.spread} onChange={(_, d) => spreadTo(d.value as SpreadRule)}>
            {SPREADS.map((s) => (
              <option key={s} value={s}>
                {S.taskpane.spread[s]}
              </option>
            ))}
          </FitSelect>
        </Field>
      </div>
      <div className={styles.tw}>
        {review.targetTw.map((value, q) => (
          <Field key={q} label={S.taskpane.tw[q]} size="small">
            <Input
              size="small"
              type="number"
              className={fit.root}
              input={{ className: fit.control }}
              aria-label={t.targetTw(S.taskpane.tw[q] ?? "")}
              value={value === null ? "" : String(value)}
              onChange={(_, d) => onTarget(q, d.value)}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
