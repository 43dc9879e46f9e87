import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { RoundSetup } from "../domain/setup/setup-types";
import { S } from "../strings";
import { IssueTable } from "./IssueTable";
import { Notice } from "./Notice";
import { PkSummary } from "./PkSummary";
import { pkView } from "./pk-view";
import type { HeldPk } from "./round-state";

const t = S.taskpane.pk;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  write: { alignSelf: "start" },
});

export interface PkHeldProps {
  held: HeldPk;
  /** The saved setup: its Bagian are matched, its year compared; null while none is saved. */
  setup: RoundSetup | null;
  busy: boolean;
  onWrite: () => void;
}

/** The round's PK: counts, where it came from, whether the sheet has it, its IKU per sasaran, the issues. */
export function PkHeld(props: PkHeldProps) {
  const styles = useStyles();
  const { held, setup } = props;
  const { pk, issues } = held.read;
  const view = useMemo(() => pkView(pk, setup?.bagian ?? null), [pk, setup]);
  const file = pk.file ?? pk.sheet;
  const from =
    held.from === "sheet" ? t.fromSheet : held.from === "file" ? t.fromFile(file) : t.fromPrevious(file);
  const hasIku = view.ikuCount > 0;
  // The reader's notes on how it read the layout (a header row taken, a total row skipped) are not the user's concern.
  const shown = issues.filter((i) => i.severity !== "info");
  return (
    <div className={styles.root}>
      <div>
        <Text block weight="semibold">
          {t.counts(pk.tahun, pk.sasaran.length, view.ikuCount)}
        </Text>
        <Text block size={200} className={styles.muted}>
          {from}
        </Text>
        {hasIku && (
          <Text block size={200} className={styles.muted}>
            {held.onSheet ? t.onSheet : t.notOnSheet}
          </Text>
        )}
      </div>
      {hasIku && !held.onSheet && (
        <Button className={styles.write} disabled={props.busy || !setup} onClick={props.onWrite}>
          {t.writeSheet}
        </Button>
      )}
      {!hasIku && <Text size={200}>{t.noIku}</Text>}
      {setup && pk.tahun !== null && pk.tahun !== setup.tahun && (
        <Notice intent="warning">{t.otherYear(pk.tahun, setup.tahun)}</Notice>
      )}
      {view.flagged > 0 && <Notice intent="warning">{t.flagged(view.flagged)}</Notice>}
      {hasIku && <PkSummary view={view} />}
      <IssueTable issues={shown} showSheet caption={t.issuesCaption} />
    </div>
  );
}
