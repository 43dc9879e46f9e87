import { Field, Radio, RadioGroup, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Conflict, ConsolidationPlan, Proposal } from "../domain/ledger/consolidate";
import { S } from "../strings";
import { ChangeTable } from "./ChangeTable";
import { formatSavedAt, type Choices } from "./consolidate-view";

const t = S.taskpane.consolidate;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  replace: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorderActive}` },
  fresh: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteGreenBorderActive}` },
  note: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  radio: { overflowWrap: "anywhere" },
});

const bagianName = (p: Proposal): string => `${p.submission.bagian.nama} (${p.bagian})`;

function ProposalItem(props: { proposal: Proposal }) {
  const styles = useStyles();
  const p = props.proposal;
  const name = bagianName(p);
  const accent = p.kind === "replace" ? styles.replace : p.kind === "new" ? styles.fresh : undefined;
  return (
    <section className={mergeClasses(styles.item, accent)} aria-label={name}>
      <Text size={200} weight="semibold">
        {t.proposal(name, S.consolidate.kinds[p.kind])}
      </Text>
      <Text size={200} className={styles.note}>
        {t.proposalFile(p.submission.file.name)}
      </Text>
      {p.kind === "replace" && (
        <>
          <Text size={200} className={styles.note}>
            {t.previousFile(p.previous.file.name)}
          </Text>
          <ChangeTable changes={p.changes} caption={t.changesCaption(name)} />
        </>
      )}
    </section>
  );
}

function ConflictChoice(props: { conflict: Conflict; chosen: string; onChoose: (sha: string) => void }) {
  const styles = useStyles();
  const { conflict } = props;
  const first = conflict.candidates[0];
  const name = first ? `${first.bagian.nama} (${conflict.bagian})` : conflict.bagian;
  return (
    <Field label={t.conflictLabel(name)} hint={t.conflictHint(name, conflict.candidates.length)} required>
      <RadioGroup value={props.chosen} onChange={(_, d) => props.onChoose(d.value)}>
        {conflict.candidates.map((c) => (
          <Radio
            key={c.file.sha256}
            value={c.file.sha256}
            className={styles.radio}
            label={t.candidate(
              c.file.name,
              formatSavedAt(c.file.savedAt),
              S.returnedFile.fileSize(c.file.size),
            )}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}

export interface PlanViewProps {
  /** The conflicts as first found (they stay listed after a choice, so it can be changed). */
  conflicts: Conflict[];
  /** The plan with the choices made so far. */
  plan: ConsolidationPlan;
  choices: Choices;
  onChoose: (bagian: string, sha256: string) => void;
  /** True once accepting wrote the plan: the list then says what was written. */
  written?: boolean;
}

/** What accepting would do per Bagian (new, replace with its difference, unchanged), and the choices. */
export function PlanView(props: PlanViewProps) {
  const styles = useStyles();
  const { conflicts, plan, choices, onChoose } = props;
  const title = props.written ? t.planWritten : t.planTitle;
  return (
    <div className={styles.root}>
      {conflicts.length > 0 && (
        <section className={styles.root} aria-label={t.conflictsTitle}>
          <Text weight="semibold">{t.conflictsTitle}</Text>
          {conflicts.map((c) => (
            <ConflictChoice
              key={c.bagian}
              conflict={c}
              chosen={choices[c.bagian] ?? ""}
              onChoose={(sha) => onChoose(c.bagian, sha)}
            />
          ))}
        </section>
      )}
      <section className={styles.root} aria-label={title}>
        <Text weight="semibold">{title}</Text>
        {plan.proposals.length === 0 && plan.conflicts.length === 0 && <Text size={200}>{t.planNone}</Text>}
        {plan.proposals.map((p) => (
          <ProposalItem key={p.bagian} proposal={p} />
        ))}
      </section>
    </div>
  );
}
