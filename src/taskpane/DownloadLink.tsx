import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
  name: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export interface DownloadLinkProps {
  bytes: Uint8Array;
  fileName: string;
  /** The file's MIME type. */
  type: string;
  label: string;
  /** Said instead of the link where the webview cannot make one (no object URLs). */
  unavailable: string;
}

/**
 * A link the user clicks to save `bytes` as `fileName`: a Blob behind an object URL and
 * `<a download>`. A click of the user's own, not a scripted one, is what webviews and pop-up
 * blockers let through. The URL lives as long as the link.
 */
export function DownloadLink(props: DownloadLinkProps) {
  const styles = useStyles();
  const { bytes, type } = props;
  const [url, setUrl] = useState<string | null>(null);
  const canLink = typeof URL.createObjectURL === "function";
  useEffect(() => {
    if (!canLink) return;
    const made = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [bytes, type, canLink]);

  return (
    <div className={styles.root}>
      {!canLink ? (
        <Text size={200}>{props.unavailable}</Text>
      ) : url ? (
        <Button as="a" appearance="primary" href={url} download={props.fileName}>
          {props.label}
        </Button>
      ) : (
        <Button appearance="primary" disabled>
          {props.label}
        </Button>
      )}
      <Text size={200} className={styles.name}>
        {props.fileName}
      </Text>
    </div>
  );
}
