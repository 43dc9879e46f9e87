import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { taskpaneLaporan } from "../strings/taskpaneLaporan";
import { ZIP_TYPE, type ArchiveView } from "./archive-view";
import { DownloadLink } from "./DownloadLink";
import { Notice } from "./Notice";

const t = taskpaneLaporan.arsip;

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  /** A list under a notice's sentence: set apart from it. */
  after: { marginTop: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  sub: { color: tokens.colorNeutralForeground3 },
  sha: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

/** A built archive: the link to its .zip, what it holds, what it misses, which picked files it left out. */
export function ArchiveResult(props: { view: ArchiveView; bytes: Uint8Array }) {
  const styles = useStyles();
  const { view } = props;
  return (
    <>
      <Notice intent="success" title={t.built(view.files.length)} />
      <DownloadLink
        bytes={props.bytes}
        fileName={view.fileName}
        type={ZIP_TYPE}
        label={t.download}
        unavailable={taskpaneLaporan.laporan.downloadUnavailable}
      />
      <Text size={200} weight="semibold">
        {t.contents}
      </Text>
      <ul className={styles.list} aria-label={t.contents}>
        {view.files.map((f) => (
          <li key={f.path} className={styles.item}>
            <Text size={200}>{f.path}</Text>
            <Text size={100} className={styles.sub}>
              {`${t.fileRole(f.role, f.bagian)} · ${f.size}`}
            </Text>
          </li>
        ))}
      </ul>
      {view.missing.length > 0 && (
        <Notice intent="warning" title={t.missingTitle(view.missing.length)}>
          <Text block size={200}>
            {t.missingHint}
          </Text>
          <ul
            className={mergeClasses(styles.list, styles.after)}
            aria-label={t.missingTitle(view.missing.length)}
          >
            {view.missing.map((m, i) => (
              <li key={`${m.name}-${i}`} className={styles.item}>
                <Text size={200}>{m.name}</Text>
                <Text size={100} className={styles.sub}>
                  {t.fileRole(m.role, m.bagian)}
                </Text>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {view.unused.length > 0 && (
        <Notice intent="info" title={t.unusedTitle(view.unused.length)}>
          <Text block size={200}>
            {t.unusedHint}
          </Text>
          <ul
            className={mergeClasses(styles.list, styles.after)}
            aria-label={t.unusedTitle(view.unused.length)}
          >
            {view.unused.map((name, i) => (
              <li key={`${name}-${i}`} className={styles.item}>
                <Text size={200}>{name}</Text>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <Text size={200}>
        <span className={styles.sub}>{`${t.sha}: `}</span>
        <span className={styles.sha}>{view.manifestSha256}</span>
      </Text>
    </>
  );
}
