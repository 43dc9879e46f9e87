import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { RoundInputs, RoundPreparation } from "../app/round-types";
import type { BagianCode, PerjanjianKinerja } from "../domain/shared/types";
import { S } from "../strings";
import { BagianExportRow } from "./BagianExportRow";
import { GenerateResult, type GenerateResultValue } from "./GenerateResult";
import { ErrorNotice } from "./Notice";
import type { AppServices, IndicatorGroup } from "./services";
import { Revealed } from "./Revealed";
import { useAction } from "./use-action";
import { useOutcomes } from "./use-outcomes";

const t = S.taskpane.generate;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { display: "flex", flexDirection: "column" },
});

export interface GenerateStepProps {
  services: Pick<AppServices, "prepareRound" | "writeKertasKerja" | "exportKertasKerja" | "now">;
  groups: IndicatorGroup[] | null;
  /** The use cases' input for a generation at `generatedAt`; null while setup or DPA is missing. */
  makeInputs: ((generatedAt: string) => RoundInputs) | null;
  /** The round's PK when the workbook's "Perjanjian Kinerja" sheet does not hold it: written with the kertas kerja. */
  unwrittenPk?: PerjanjianKinerja | null;
  onPkWritten?: () => void;
  /** The kertas kerja are in the workbook now. */
  onWritten?: () => void;
}

/** Step 5: write every Bagian's kertas kerja into this workbook, or export them as files. */
export function GenerateStep(props: GenerateStepProps) {
  const styles = useStyles();
  const { services, groups, makeInputs } = props;
  const action = useAction();
  const [busyWith, setBusyWith] = useState<"write" | BagianCode | "all" | null>(null);
  const [result, setResult] = useState<GenerateResultValue | null>(null);
  const [outcomes, settled] = useOutcomes();
  if (!groups || !makeInputs) return <Text>{t.needInputs}</Text>;

  const prepareWith = (): { inputs: RoundInputs; prep: RoundPreparation } => {
    const inputs = makeInputs(services.now());
    return { inputs, prep: services.prepareRound(inputs) };
  };
  const prepare = (): RoundPreparation => prepareWith().prep;
  const blocking = (prep: RoundPreparation) => prep.issues.some((i) => i.severity === "error");

  const write = async () => {
    setBusyWith("write");
    setResult(null);
    await action.run(async () => {
      const { inputs, prep } = prepareWith();
      if (blocking(prep)) return setResult({ kind: "blocked", prep });
      const written = await services.writeKertasKerja(prep, inputs.setup, props.unwrittenPk ?? null);
      if (written.pkSheet) props.onPkWritten?.();
      props.onWritten?.();
      setResult({ kind: "written", prep, written });
    });
    setBusyWith(null);
    settled();
  };

  const exportSome = async (only: BagianCode | "all") => {
    setBusyWith(only);
    setResult(null);
    await action.run(async () => {
      const full = prepare();
      if (blocking(full)) return setResult({ kind: "blocked", prep: full });
      const prep =
        only === "all"
          ? full
          : { ...full, kertasKerja: full.kertasKerja.filter((k) => k.bagian.kode === only) };
      setResult({ kind: "exported", outcomes: await services.exportKertasKerja(prep) });
    });
    setBusyWith(null);
    settled();
  };

  const busy = busyWith !== null;
  return (
    <div className={styles.root}>
      <Text size={200}>{t.intro(groups.length)}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void write()}>
          {t.write}
        </Button>
        {busyWith === "write" && <Spinner size="tiny" label={t.writing} />}
      </div>
      <div className={styles.list}>
        {groups.map((g) => (
          <BagianExportRow
            key={g.bagian.kode}
            group={g}
            busy={busyWith === g.bagian.kode}
            disabled={busy}
            onExport={() => void exportSome(g.bagian.kode)}
          />
        ))}
      </div>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void exportSome("all")}>
          {t.exportAll}
        </Button>
        {busyWith === "all" && <Spinner size="tiny" label={t.exporting} />}
      </div>
      <Revealed at={outcomes}>
        {action.error !== null && <ErrorNotice error={action.error} />}
        {result && <GenerateResult result={result} />}
      </Revealed>
    </div>
  );
}
