import { Button, Spinner, Text, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { PkReadResult } from "../domain/shared/types";
import { S } from "../strings";
import { readFileBytes } from "./file-bytes";
import { FilePickButton } from "./FilePickButton";
import { ErrorNotice, Notice } from "./Notice";
import { PkHeld } from "./PkHeld";
import { Revealed } from "./Revealed";
import type { HeldPk, RoundAction } from "./round-state";
import type { AppServices } from "./services";
import { useAction } from "./use-action";
import { useOutcomes } from "./use-outcomes";

const t = S.taskpane.pk;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  confirm: { marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalXS },
});

export type PkAction = Extract<RoundAction, { type: "pk-read" | "pk-written" | "pk-cleared" }>;

export interface PkSectionProps {
  services: Pick<AppServices, "loadPk" | "importPkFromFile" | "writePkSheet">;
  held: HeldPk | null;
  /** The saved setup (the sheet's instansi and tahun, the Bagian to match); null while none is saved. */
  setup: RoundSetup | null;
  onChange: (action: PkAction) => void;
}

type Done = "written" | "emptyWritten" | "noSheet";
/** Nothing done yet: the user is asked first (the confirmation takes the focus). */
type Asked = "asked";

/**
 * The round's Perjanjian Kinerja, in the DPA step: imported from a file or read from the workbook's
 * "Perjanjian Kinerja" sheet, shown with the Bagian of each IKU, written to that sheet (or an empty
 * one written to type in).
 */
export function PkSection(props: PkSectionProps) {
  const styles = useStyles();
  const { services, held, setup, onChange } = props;
  const action = useAction();
  const [busyWith, setBusyWith] = useState<"read" | "write" | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  /** The IKU on the sheet an empty one would replace, while the user is asked. */
  const [replacing, setReplacing] = useState<number | null>(null);
  const titleId = useId("pk-title");
  const [outcomes, settled] = useOutcomes();

  const act = async (kind: "read" | "write", fn: () => Promise<Done | Asked | null>) => {
    setBusyWith(kind);
    setDone(null);
    setReplacing(null);
    const result = await action.run(fn);
    setDone(result === "asked" ? null : (result ?? null));
    setBusyWith(null);
    if (result !== "asked") settled();
  };
  const hold = (read: PkReadResult, from: HeldPk["from"], onSheet: boolean) =>
    onChange({ type: "pk-read", pk: { read, from, onSheet } });

  const importFile = (file: File) =>
    act("read", async () => {
      hold(await services.importPkFromFile(await readFileBytes(file), file.name), "file", false);
      return null;
    });
  const readSheet = () =>
    act("read", async () => {
      const read = await services.loadPk();
      if (!read) return "noSheet";
      hold(read, "sheet", true);
      return null;
    });
  const write = (pk: HeldPk) =>
    act("write", async () => {
      if (!setup) return null;
      await services.writePkSheet(pk.read.pk, setup);
      onChange({ type: "pk-written" });
      return "written";
    });
  const writeEmpty = (confirmed: boolean) =>
    act("write", async () => {
      if (!setup) return null;
      const current = confirmed ? null : await services.loadPk();
      if (current && current.pk.iku.length > 0) {
        setReplacing(current.pk.iku.length);
        return "asked";
      }
      await services.writePkSheet(null, setup);
      // The round has no PK until the user types one and reads the sheet back.
      onChange({ type: "pk-cleared" });
      return "emptyWritten";
    });

  const busy = busyWith !== null;
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Text id={titleId} weight="semibold" size={400}>
        {t.title}
      </Text>
      <Text size={200}>{t.intro}</Text>
      <div className={styles.row}>
        <FilePickButton label={t.pickFile} inputLabel={t.fileInput} disabled={busy} onPick={importFile} />
        <Button disabled={busy} onClick={() => void readSheet()}>
          {t.readSheet}
        </Button>
        <Button disabled={busy || !setup} onClick={() => void writeEmpty(false)}>
          {t.writeEmpty}
        </Button>
        {busy && <Spinner size="tiny" label={busyWith === "write" ? t.writing : t.reading} />}
      </div>
      {!setup && <Text size={200}>{t.needSetup}</Text>}
      {replacing !== null && (
        <ConfirmReplace
          count={replacing}
          onReplace={() => void writeEmpty(true)}
          onCancel={() => setReplacing(null)}
        />
      )}
      <Revealed at={outcomes}>
        {action.error !== null && <ErrorNotice error={action.error} />}
        {done === "noSheet" && <Notice intent="warning" title={t.noSheet} />}
        {done === "written" && <Notice intent="success" title={t.written} />}
        {done === "emptyWritten" && <Notice intent="success" title={t.emptyWritten} />}
        {held && <PkHeld held={held} setup={setup} busy={busy} onWrite={() => void write(held)} />}
      </Revealed>
    </section>
  );
}

/** Asks before an empty sheet replaces a PK sheet that has IKU; the replace button takes the focus. */
function ConfirmReplace(props: { count: number; onReplace: () => void; onCancel: () => void }) {
  const styles = useStyles();
  const replace = useRef<HTMLButtonElement>(null);
  useEffect(() => replace.current?.focus(), []);
  return (
    <Notice intent="warning" title={t.replaceTitle(props.count)}>
      <Text block size={200}>
        {t.replaceHint}
      </Text>
      <div className={mergeClasses(styles.row, styles.confirm)}>
        <Button ref={replace} appearance="primary" onClick={props.onReplace}>
          {t.replace}
        </Button>
        <Button onClick={props.onCancel}>{t.cancel}</Button>
      </div>
    </Notice>
  );
}
