import { Button, makeStyles } from "@fluentui/react-components";
import { useRef } from "react";
import { visuallyHidden } from "./visually-hidden";

const useStyles = makeStyles({ hidden: visuallyHidden });

export type FilePickButtonProps = {
  /** The button's text. */
  label: string;
  /** The file input's accessible name (the input is hidden; tests and assistive tools find it by this). */
  inputLabel: string;
  disabled?: boolean;
  appearance?: "primary" | "secondary";
} & (
  { multiple?: false; onPick: (file: File) => void } | { multiple: true; onPick: (files: File[]) => void }
);

/**
 * A button that opens the .xlsx file picker; the picked file (or, with `multiple`, every picked
 * file, never none) goes to `onPick`, and the picker is reset.
 */
export function FilePickButton(props: FilePickButtonProps) {
  const styles = useStyles();
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={ref}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={props.multiple}
        aria-label={props.inputLabel}
        className={styles.hidden}
        // Out of the tab order: the keyboard reaches the picker through the visible button.
        tabIndex={-1}
        disabled={props.disabled}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = "";
          if (props.multiple) {
            if (files.length > 0) props.onPick(files);
          } else if (files[0]) props.onPick(files[0]);
        }}
      />
      <Button appearance={props.appearance} disabled={props.disabled} onClick={() => ref.current?.click()}>
        {props.label}
      </Button>
    </>
  );
}
