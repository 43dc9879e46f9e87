import { Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { FitSelect } from "./FitSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
});

/** One select of the bar: its label, the value chosen, the choices in order. */
export interface FilterChoice {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

export interface ListFilterBarProps {
  /** The search region's accessible name. */
  label: string;
  /** Two selects side by side (a Bagian and a status), each half the pane's width. */
  choices: readonly [FilterChoice, FilterChoice];
  search: { label: string; value: string; onChange: (value: string) => void };
  /** "N dari M …", read out politely as it changes. */
  shown: string;
}

/**
 * The filters of a long list in the pane: two selects side by side, a text search, and how many
 * are shown; nothing is cut at 320 px (the selects share the row and fit their text).
 */
export function ListFilterBar(props: ListFilterBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="search" aria-label={props.label}>
      <div className={styles.pair}>
        {props.choices.map((choice) => (
          <Field key={choice.label} label={choice.label} size="small">
            <FitSelect size="small" value={choice.value} onChange={(_, d) => choice.onChange(d.value)}>
              {choice.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </FitSelect>
          </Field>
        ))}
      </div>
      <Field label={props.search.label} size="small">
        <Input
          size="small"
          type="search"
          value={props.search.value}
          onChange={(_, d) => props.search.onChange(d.value)}
        />
      </Field>
      <Text size={200} role="status" aria-live="polite">
        {props.shown}
      </Text>
    </div>
  );
}
