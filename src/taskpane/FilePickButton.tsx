import { Button, makeStyles } from "@fluentui/react-components";
import { useRef } from "react";
import { visuallyHidden } from "./visually-hidden";

const useStyles = makeStyles({ hidden: visuallyHidden });

export interface FilePickButtonProps {
  /** The button's text. */
  label: string;
  /** The file input's accessible name (the input is hidden; tests and assistive tools find it by this). */
  inputLabel: string;
  disabled?: boolean;
  appearance?: "primary" | "secondary";
  onPick: (file: File) => void;
}

/** A button that opens the .xlsx file picker; the picked file goes to `onPick`, and the picker is reset. */
export function FilePickButton(props: FilePickButtonProps) {
  const styles = useStyles();
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={ref}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={props.inputLabel}
        className={styles.hidden}
        disabled={props.disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) props.onPick(file);
        }}
      />
      <Button appearance={props.appearance} disabled={props.disabled} onClick={() => ref.current?.click()}>
        {props.label}
      </Button>
    </>
  );
}
