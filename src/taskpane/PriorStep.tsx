import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PriorReadResult } from "../domain/shared/types";
import { S } from "../strings";
import { paneFocus } from "../strings/paneFocus";
import { ImportSource } from "./ImportSource";
import { IssueTable } from "./IssueTable";
import { ErrorNotice, Notice } from "./Notice";
import { Revealed } from "./Revealed";
import type { AppServices } from "./services";
import { useAction } from "./use-action";
import { useOutcomes } from "./use-outcomes";

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
  const [outcomes, settled] = useOutcomes();
  /** "Jangan pakai" was the last thing done: its button has gone, the notice says what it did. */
  const [cleared, setCleared] = useState(false);

  const importWith = async (read: () => Promise<PriorReadResult>) => {
    setCleared(false);
    const read_ = await action.run(read);
    if (read_) onImported(read_);
    settled();
  };
  const clear = () => {
    props.onCleared();
    setCleared(true);
    settled();
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
      <Revealed at={outcomes} className={styles.root}>
        {action.error !== null && <ErrorNotice error={action.error} />}
        {cleared && !result && <Notice intent="info" title={paneFocus.prior.cleared} />}
        {result && (
          <>
            <Text weight="semibold">{t.values(result.values.length)}</Text>
            <IssueTable issues={result.issues} />
            <Button className={styles.clear} onClick={clear}>
              {t.clear}
            </Button>
          </>
        )}
      </Revealed>
    </div>
  );
}
