import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent, type Ref } from "react";
import { S } from "../strings";
import { visuallyHidden } from "./visually-hidden";

const t = S.taskpane.consolidate;

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "center",
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: visuallyHidden,
});

export interface ReturnedPickerProps {
  /** The picked or dropped files, in the order given; never empty. */
  onFiles: (files: File[]) => void;
  /** The button that opens the picker, for focusing it when the picker comes back. */
  buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * Many returned files at once: a drop zone for dragging, and inside it a button that opens the
 * file input (the keyboard and screen-reader path). Every file is passed on whatever its name:
 * the reader judges the bytes, not the extension.
 */
export function ReturnedPicker(props: ReturnedPickerProps) {
  const styles = useStyles();
  const { onFiles } = props;
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (list: FileList | null | undefined) => {
    const files = Array.from(list ?? []);
    if (files.length > 0) onFiles(files);
  };
  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setOver(true);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };

  return (
    <div
      role="group"
      aria-label={t.dropZone}
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Text size={200}>{t.dropHint}</Text>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.fileInput}
        className={styles.hidden}
        // Out of the tab order: the keyboard reaches the picker through the visible button.
        tabIndex={-1}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = "";
        }}
      />
      <Button ref={props.buttonRef} appearance="primary" onClick={() => inputRef.current?.click()}>
        {t.pick}
      </Button>
    </div>
  );
}
