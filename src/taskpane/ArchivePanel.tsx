import { Button, Field, Spinner, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { taskpaneLaporan } from "../strings/taskpaneLaporan";
import type { ArchiveBuilt, ArchiveView } from "./archive-view";
import { ArchiveResult } from "./ArchiveResult";
import { FilePickButton } from "./FilePickButton";
import { IssueTable } from "./IssueTable";
import { ErrorNotice, Notice } from "./Notice";
import { usePanelStyles } from "./panel-styles";
import { Revealed } from "./Revealed";
import type { AppServices } from "./services";
import type { SopActOutcome } from "./sop-view";
import { useAction } from "./use-action";
import { useOutcomes } from "./use-outcomes";

const t = taskpaneLaporan.arsip;

/** Where step 8 stands for marking it done: the round not scheduled, open, or already done. */
export type Step8State = "unscheduled" | "open" | "done";

export interface ArchivePanelProps {
  services: Pick<AppServices, "buildArchive">;
  /** No one is named in "Saya adalah" yet. */
  disabled: boolean;
  step8: Step8State;
  /** The archive was built, or refused after the Laporan was written again: the round may have changed. */
  onBuilt?: () => void;
  /** Marks step 8 done with the verified archive (and a reason when earlier steps are open). */
  onMark: (archive: ArchiveView["log"], reason: string) => Promise<SopActOutcome | undefined>;
}

/** Marking step 8 done with the archive just built: the button, a reason when asked, the outcome. */
function MarkStep8(props: {
  view: ArchiveView;
  state: Step8State;
  disabled: boolean;
  onMark: ArchivePanelProps["onMark"];
}) {
  const styles = usePanelStyles();
  const action = useAction();
  const [outcome, setOutcome] = useState<SopActOutcome | null>(null);
  const [reason, setReason] = useState("");
  const [outcomes, settled] = useOutcomes();
  const marked = outcome?.ok === true;
  const askReason = outcome?.ok === false && outcome.issue.code === "sop.order.reason-required";
  const mark = async () => {
    const result = await action.run(() => props.onMark(props.view.log, reason.trim()));
    setOutcome(result ?? null);
    settled();
  };
  return (
    <>
      {!marked && props.state !== "open" && (
        <Text size={200}>{props.state === "done" ? t.markDone : t.markUnscheduled}</Text>
      )}
      {!marked && props.state === "open" && (
        <>
          {askReason && (
            <Field label={t.reason}>
              <Textarea value={reason} resize="vertical" onChange={(_, d) => setReason(d.value)} />
            </Field>
          )}
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={props.disabled || action.busy || (askReason && reason.trim() === "")}
              onClick={() => void mark()}
            >
              {t.mark}
            </Button>
            {action.busy && <Spinner size="tiny" label={t.marking} />}
          </div>
          <Text size={200} className={styles.note}>
            {t.markHint}
          </Text>
        </>
      )}
      <Revealed at={outcomes}>
        {marked && <Notice intent="success" title={t.marked} />}
        {action.error !== null && <ErrorNotice error={action.error} />}
        {outcome?.ok === false && (
          <Notice intent="error" title={t.notMarked}>
            <Text block size={200}>
              {outcome.issue.message}
            </Text>
          </Notice>
        )}
      </Revealed>
    </>
  );
}

/** Step 8: the round's archive as a .zip built here, downloaded, then step 8 marked with its manifest. */
export function ArchivePanel(props: ArchivePanelProps) {
  const styles = usePanelStyles();
  const { services } = props;
  const action = useAction();
  const [files, setFiles] = useState<File[]>([]);
  const [built, setBuilt] = useState<ArchiveBuilt | null>(null);
  const [outcomes, settled] = useOutcomes();

  const build = async (master?: File) => {
    setBuilt(null);
    const result = await action.run(() => services.buildArchive(files, master));
    settled();
    if (!result) return;
    setBuilt(result);
    // Building writes the Laporan again first (unless Excel gave no file, asked before anything).
    if (result.ok || result.kind === "refused") props.onBuilt?.();
  };
  const busy = action.busy;

  return (
    <section className={styles.section} aria-label={t.title}>
      <Text weight="semibold">{t.title}</Text>
      <Text size={200} className={styles.note}>
        {t.intro}
      </Text>
      <div className={styles.row}>
        <FilePickButton
          multiple
          label={t.pick}
          inputLabel={t.pickInput}
          disabled={busy}
          onPick={(picked) => {
            setFiles(picked);
            setBuilt(null);
          }}
        />
        <Text size={200}>{t.picked(files.length)}</Text>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || props.disabled} onClick={() => void build()}>
          {t.build}
        </Button>
        {busy && <Spinner size="tiny" label={t.building} />}
      </div>
      <Revealed at={outcomes}>
        {action.error !== null && <ErrorNotice error={action.error} />}
        {built?.ok === false && built.kind === "no-workbook-file" && (
          <Notice intent="warning" title={t.noFile}>
            {built.issues[0]?.found && built.issues[0].found !== t.noFileFound && (
              <Text block size={200}>
                {built.issues[0].found}
              </Text>
            )}
            <Text block size={200}>
              {t.noFileHint}
            </Text>
            <div className={styles.row}>
              <FilePickButton
                label={t.pickMaster}
                inputLabel={t.pickMasterInput}
                disabled={busy || props.disabled}
                onPick={(master) => void build(master)}
              />
            </div>
          </Notice>
        )}
        {built?.ok === false && built.kind === "refused" && (
          <Notice intent="error" title={t.refused}>
            <IssueTable issues={built.issues} />
          </Notice>
        )}
        {built?.ok && (
          <>
            <ArchiveResult view={built.view} bytes={built.bytes} />
            <MarkStep8
              key={built.view.manifestSha256}
              view={built.view}
              state={props.step8}
              disabled={props.disabled}
              onMark={props.onMark}
            />
          </>
        )}
      </Revealed>
    </section>
  );
}
