import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { S } from "../strings";
import { FitSelect } from "./FitSelect";
import { ErrorNotice } from "./Notice";
import { readFileBytes } from "./file-bytes";
import { useAction } from "./use-action";
import { visuallyHidden } from "./visually-hidden";

const t = S.taskpane.source;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
  hidden: visuallyHidden,
});

export interface ImportSourceProps {
  listSheets: () => Promise<string[]>;
  onSheet: (sheetName: string) => Promise<void>;
  onFile: (bytes: Uint8Array, fileName: string) => Promise<void>;
  busy: boolean;
}

/** Where an input table comes from: a sheet of the open workbook, or a picked .xlsx file. */
export function ImportSource(props: ImportSourceProps) {
  const styles = useStyles();
  const { listSheets, onSheet, onFile, busy } = props;
  const [mode, setMode] = useState<"file" | "sheet">("file");
  const [sheets, setSheets] = useState<string[] | null>(null);
  const [sheet, setSheet] = useState("");
  const fileRef = useRef<HTMLInputElement>(null);
  const sheetAction = useAction();
  const { run } = sheetAction;
  const fileInputId = useId("file");

  const refresh = useCallback(async () => {
    const names = await run(listSheets);
    if (!names) return;
    setSheets(names);
    setSheet((current) => (names.includes(current) ? current : (names[0] ?? "")));
  }, [run, listSheets]);

  useEffect(() => {
    if (mode === "sheet" && sheets === null) void refresh();
  }, [mode, sheets, refresh]);

  const onPicked = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    const bytes = await sheetAction.run(() => readFileBytes(file));
    if (fileRef.current) fileRef.current.value = "";
    if (bytes) await onFile(bytes, file.name);
  };

  return (
    <div className={styles.root}>
      <Field label={t.label}>
        <RadioGroup
          layout="horizontal"
          value={mode}
          onChange={(_, d) => setMode(d.value as "file" | "sheet")}
        >
          <Radio value="file" label={t.file} />
          <Radio value="sheet" label={t.sheet} />
        </RadioGroup>
      </Field>
      {mode === "file" ? (
        <div className={styles.row}>
          <input
            id={fileInputId}
            ref={fileRef}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t.fileInput}
            className={styles.hidden}
            // Out of the tab order: the keyboard reaches the picker through the visible button.
            tabIndex={-1}
            disabled={busy}
            onChange={(e) => void onPicked(e.currentTarget.files)}
          />
          <Button appearance="primary" disabled={busy} onClick={() => fileRef.current?.click()}>
            {t.pickFile}
          </Button>
          {busy && <Spinner size="tiny" label={t.reading} />}
        </div>
      ) : (
        <div className={styles.row}>
          <Field
            label={t.pickSheet}
            className={styles.grow}
            validationMessage={sheets?.length === 0 ? t.noSheets : undefined}
          >
            <FitSelect value={sheet} onChange={(_, d) => setSheet(d.value)} disabled={!sheets?.length}>
              {(sheets ?? []).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </FitSelect>
          </Field>
          <Button onClick={() => void refresh()} disabled={sheetAction.busy}>
            {t.refreshSheets}
          </Button>
          <Button appearance="primary" disabled={busy || !sheet} onClick={() => void onSheet(sheet)}>
            {t.readSheet}
          </Button>
          {busy && <Spinner size="tiny" label={t.reading} />}
        </div>
      )}
      {sheetAction.error !== null && <ErrorNotice error={sheetAction.error} />}
    </div>
  );
}
