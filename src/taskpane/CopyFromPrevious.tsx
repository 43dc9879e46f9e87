import { Spinner, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import { S } from "../strings";
import { readFileBytes } from "./file-bytes";
import { FilePickButton } from "./FilePickButton";
import { IssueTable } from "./IssueTable";
import { ErrorNotice, Notice } from "./Notice";
import { takeCopy, type CopyTaken } from "./previous-copy";
import type { AppServices } from "./services";
import { useAction } from "./use-action";

const t = S.taskpane.copy;

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface CopyFromPreviousProps {
  services: Pick<AppServices, "setupFromPreviousMaster">;
  /** A setup was copied (the caller fills the form, takes the prior report and the PK). */
  onCopied: (taken: CopyTaken) => void;
  /** The form has been saved since: the notice no longer says it is unsaved. */
  saved: boolean;
  /** The workbook's own "Perjanjian Kinerja" sheet has IKU: the master's PK is not taken. */
  keepPk: boolean;
}

/** "Salin dari putaran sebelumnya": pick the previous round's master; nothing is saved here. */
export function CopyFromPrevious(props: CopyFromPreviousProps) {
  const styles = useStyles();
  const { services, onCopied } = props;
  const action = useAction();
  const [taken, setTaken] = useState<CopyTaken | null>(null);
  const titleId = useId("copy-title");

  const onPicked = async (file: File) => {
    const result = await action.run(async () =>
      takeCopy(
        await services.setupFromPreviousMaster(await readFileBytes(file), file.name),
        file.name,
        props.keepPk,
      ),
    );
    if (!result) return;
    setTaken(result);
    if (result.setup) onCopied(result);
  };

  return (
    <section className={styles.box} aria-labelledby={titleId}>
      <Text id={titleId} weight="semibold">
        {t.title}
      </Text>
      <Text size={200}>{t.hint}</Text>
      <div className={styles.row}>
        <FilePickButton
          label={t.pick}
          inputLabel={t.fileInput}
          disabled={action.busy}
          onPick={(file) => void onPicked(file)}
        />
        {action.busy && <Spinner size="tiny" label={t.reading} />}
      </div>
      {action.error !== null && <ErrorNotice error={action.error} />}
      {taken && (
        <>
          <Notice intent={taken.setup ? "info" : "error"} title={taken.title}>
            {taken.unsaved && !props.saved && (
              <Text block size={200} weight="semibold">
                {taken.unsaved}
              </Text>
            )}
            {taken.taken.length > 0 && (
              <>
                <Text block size={200}>
                  {t.taken}
                </Text>
                <ul className={styles.list}>
                  {taken.taken.map((line) => (
                    <li key={line}>
                      <Text size={200}>{line}</Text>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Notice>
          {taken.issues.length > 0 && (
            <IssueTable issues={taken.issues} showSheet caption={t.issuesCaption} />
          )}
        </>
      )}
    </section>
  );
}
