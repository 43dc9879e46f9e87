import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PriorReadResult } from "../domain/shared/types";
import { S } from "../strings";
import { ImportSource } from "./ImportSource";
import { IssueTable } from "./IssueTable";
import { ErrorNotice } from "./Notice";
import type { AppServices } from "./services";
import { useAction } from "./use-action";

const t = S.taskpane.prior;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  clear: { alignSelf: "start" },
});

export interface PriorStepProps {
  services: AppServices;
  result: PriorReadResult | null;
  onImported: (result: PriorReadResult) => void;
  onCleared: () => void;
}

/** Step 3 (optional): realisasi already reported, to pre-fill the kertas kerja. */
export function PriorStep(props: PriorStepProps) {
  const styles = useStyles();
  const { services, result, onImported } = props;
  const action = useAction();

  const importWith = async (read: () => Promise<PriorReadResult>) => {
    const read_ = await action.run(read);
    if (read_) onImported(read_);
  };

  return (
    <div className={styles.root}>
      <Text size={200}>{t.intro}</Text>
      <ImportSource
        busy={action.busy}
        listSheets={services.listSheets}
        onSheet={(name) => importWith(() => services.importPriorFromSheet(name))}
        onFile={(bytes, name) => importWith(() => services.importPriorFromFile(bytes, name))}
      />
      {action.error !== null && <ErrorNotice error={action.error} />}
      {result && (
        <>
          <Text weight="semibold">{t.values(result.values.length)}</Text>
          <IssueTable issues={result.issues} />
          <Button className={styles.clear} onClick={props.onCleared}>
            {t.clear}
          </Button>
        </>
      )}
    </div>
  );
}
