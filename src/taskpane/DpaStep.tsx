import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { BagianInfo } from "../domain/setup/setup-types";
import type { BagianCode, DpaNode, DpaReadResult, Kode } from "../domain/shared/types";
import { S } from "../strings";
import { AssignmentList } from "./AssignmentList";
import { DpaSummary } from "./DpaSummary";
import { ImportSource } from "./ImportSource";
import { IssueTable } from "./IssueTable";
import { ErrorNotice, Notice } from "./Notice";
import { dpaProblem } from "./round-stage";
import { useReveal } from "./use-reveal";
import { useState } from "react";
import { paneSetupForm } from "../strings/paneSetupForm";
import { taskpaneRound } from "../strings/taskpaneRound";
import type { AppServices } from "./services";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // The result takes focus after an import: the ring stands clear of its text, as Revealed's does.
  result: {
    borderRadius: tokens.borderRadiusMedium,
    ":focus": { outlineStyle: "none" },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXS,
    },
  },
});

export interface DpaStepProps {
  services: AppServices;
  result: DpaReadResult | null;
  bagian: BagianInfo[];
  /** A setup is saved: its Bagian are offered for the sub kegiatan the DPA leaves without one. */
  setupSaved?: boolean;
  unassigned: DpaNode[];
  assignments: Partial<Record<Kode, BagianCode>>;
  onImported: (result: DpaReadResult) => void;
  onAssign: (kode: Kode, bagian: BagianCode | null) => void;
}

/**
 * Read the DPA (the first thing of a round: the setup's Bagian are proposed from it), show what
 * was read and what is wrong, and, once a setup is saved, assign orphan sub kegiatan.
 */
export function DpaStep(props: DpaStepProps) {
  const styles = useStyles();
  const { services, result, onImported } = props;
  const action = useAction();
  /** Counts the imports of this session: each one's result comes into view and takes focus. */
  const [imports, setImports] = useState(0);
  const resultRef = useReveal<HTMLDivElement>(imports > 0 ? imports : null);

  const importWith = async (read: () => Promise<DpaReadResult>) => {
    const read_ = await action.run(read);
    if (read_) {
      onImported(read_);
      setImports((n) => n + 1);
    }
  };
  const problem = dpaProblem(result);

  return (
    <div className={styles.root}>
      <Text size={200}>{S.taskpane.dpa.intro}</Text>
      <ImportSource
        busy={action.busy}
        listSheets={services.listSheets}
        onSheet={(name) => importWith(() => services.importDpaFromSheet(name))}
        onFile={(bytes, name) => importWith(() => services.importDpaFromFile(bytes, name))}
      />
      {action.error !== null && <ErrorNotice error={action.error} />}
      {result && (
        <div ref={resultRef} tabIndex={-1} className={mergeClasses(styles.root, styles.result)}>
          {problem === "empty" && <Notice intent="error" title={taskpaneRound.status.dpaNoIndicators} />}
          <Text size={200}>{S.taskpane.source.readFrom(result.dpa.file ?? result.dpa.sheet)}</Text>
          <DpaSummary dpa={result.dpa} />
          {props.setupSaved === false && result.dpa.nodes.some((n) => n.bagian) && (
            <Text size={200}>{paneSetupForm.dpa.toSetup}</Text>
          )}
          <IssueTable issues={result.issues} />
          <AssignmentList
            nodes={props.unassigned}
            bagian={props.bagian}
            assignments={props.assignments}
            onAssign={props.onAssign}
          />
        </div>
      )}
    </div>
  );
}
