import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { FileAssessment } from "../domain/returned/submission";
import { S } from "../strings";
import { paneVerdicts as t } from "../strings/paneVerdicts";
import { FileReport } from "./FileReport";
import { ListFilterBar } from "./ListFilterBar";
import type { BagianPick, VerdictFilter, VerdictStatus } from "./verdict-filter";
import { NO_VERDICT_FILTER, VERDICT_STATUSES, bagianChoices, filterVerdicts } from "./verdict-filter";

/** Below this many files the list is short: no filters, no groups, the files in pick order. */
export const FILTER_FROM = 4;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

// The Bagian select's values: "" every Bagian, "-" none, "=KODE" one (a kode cannot start with "=").
const pickValue = (p: BagianPick) => (p === "all" ? "" : p === "none" ? "-" : `=${p.kode}`);
const valuePick = (v: string): BagianPick => (v === "" ? "all" : v === "-" ? "none" : { kode: v.slice(1) });

export interface VerdictFiltersProps {
  assessments: readonly FileAssessment[];
  filter: VerdictFilter;
  onChange: (filter: VerdictFilter) => void;
  shown: number;
  total: number;
}

/** The file reports' filters: one Bagian, a verdict, a text search; and how many are shown. */
export function VerdictFilters(props: VerdictFiltersProps) {
  const { filter, onChange } = props;
  const choices = useMemo(() => bagianChoices(props.assessments), [props.assessments]);
  return (
    <ListFilterBar
      label={t.filtersLabel}
      choices={[
        {
          label: t.bagian,
          value: pickValue(filter.bagian),
          options: [
            { value: "", label: t.allBagian },
            ...choices.bagian.map((b) => ({ value: pickValue({ kode: b.kode }), label: b.nama })),
            ...(choices.hasNone ? [{ value: "-", label: t.noBagian }] : []),
          ],
          onChange: (v) => onChange({ ...filter, bagian: valuePick(v) }),
        },
        {
          label: t.status,
          value: filter.status,
          options: VERDICT_STATUSES.map((s) => ({ value: s, label: t.statuses[s] })),
          onChange: (v) => onChange({ ...filter, status: v as VerdictStatus }),
        },
      ]}
      search={{ label: t.search, value: filter.query, onChange: (query) => onChange({ ...filter, query }) }}
      shown={t.shown(props.shown, props.total)}
    />
  );
}

/**
 * One report per file: in pick order while the list is short; from FILTER_FROM files on, under
 * the filters and grouped by verdict (ditolak, dengan catatan, diterima), each group with its count.
 */
export function VerdictList(props: { assessments: readonly FileAssessment[]; label: string }) {
  const styles = useStyles();
  const { assessments } = props;
  const [filter, setFilter] = useState<VerdictFilter>(NO_VERDICT_FILTER);
  const shown = useMemo(() => filterVerdicts(assessments, filter), [assessments, filter]);
  if (assessments.length < FILTER_FROM) {
    return (
      <section className={styles.list} aria-label={props.label}>
        {assessments.map((a, i) => (
          <FileReport key={i} assessment={a} />
        ))}
      </section>
    );
  }
  return (
    <>
      <VerdictFilters
        assessments={assessments}
        filter={filter}
        onChange={setFilter}
        shown={shown.shown}
        total={shown.total}
      />
      <section className={styles.list} aria-label={props.label}>
        {shown.groups.length === 0 && <Text>{t.none}</Text>}
        {shown.groups.map((g) => {
          const title = t.groupTitle(S.consolidate.verdicts[g.verdict], g.items.length);
          return (
            <section key={g.verdict} className={styles.list} aria-label={title}>
              <Text weight="semibold">{title}</Text>
              {g.items.map((k) => (
                <FileReport key={k.index} assessment={k.assessment} />
              ))}
            </section>
          );
        })}
      </section>
    </>
  );
}
