import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../strings";
import { taskpaneLaporan } from "../strings/taskpaneLaporan";
import { DownloadLink } from "./DownloadLink";
import { IssueTable } from "./IssueTable";
import { DOCX_TYPE, type ApprovalLine, type LaporanBuilt } from "./laporan-view";
import { Notice } from "./Notice";

const t = taskpaneLaporan.laporan;
const sop = S.taskpane.sop;

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  sub: { color: tokens.colorNeutralForeground3 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  valid: { color: tokens.colorPaletteGreenForeground1 },
  stale: { color: tokens.colorPaletteRedForeground1 },
});

const approvalName = (kind: ApprovalLine["kind"]) => (kind === "paraf" ? sop.parafTitle : sop.signatureTitle);

function Approval(props: { line: ApprovalLine }) {
  const styles = useStyles();
  const { kind, record } = props.line;
  if (!record) return <Text size={200}>{t.approvalMissing(approvalName(kind))}</Text>;
  return (
    <Text size={200}>
      {t.approvalLine(approvalName(kind), record.nama, record.jabatan, record.at)}{" "}
      <Text size={200} weight="semibold" className={record.valid ? styles.valid : styles.stale}>
        {`(${record.valid ? t.valid : t.stale})`}
      </Text>
    </Text>
  );
}

/** A built Laporan: the link to its Word document, its form, chapters and tables, and the parafs it carries. */
export function LaporanResult(props: { built: Extract<LaporanBuilt, { ok: true }> }) {
  const styles = useStyles();
  const { view, fileName, bytes, issues } = props.built;
  return (
    <>
      <Notice intent="success" title={t.written} />
      <section className={styles.card} aria-label={t.heading(view.periode, view.tahun)}>
        <Text weight="semibold">{t.heading(view.periode, view.tahun)}</Text>
        <Text size={200} className={styles.sub}>
          {view.instansi}
        </Text>
        <Text size={200} className={styles.sub}>
          {t.form[view.form]}
        </Text>
        <DownloadLink
          bytes={bytes}
          fileName={fileName}
          type={DOCX_TYPE}
          label={t.download}
          unavailable={t.downloadUnavailable}
        />
        <Text size={200} weight="semibold">
          {`${t.contents}: ${t.counts(view.chapters.length, view.tables)}`}
        </Text>
        <ul className={styles.list} aria-label={t.contents}>
          {view.chapters.map((c) => (
            <li key={c.title}>
              <Text size={200}>
                {c.title}
                {c.tables > 0 && <span className={styles.sub}>{` · ${t.chapterTables(c.tables)}`}</span>}
              </Text>
            </li>
          ))}
        </ul>
        <Text size={200} weight="semibold">
          {t.approvalsTitle}
        </Text>
        {view.approvals.map((a) => (
          <Approval key={a.kind} line={a} />
        ))}
      </section>
      {issues.length > 0 && (
        <Notice intent="warning" title={t.notes}>
          <IssueTable issues={issues} />
        </Notice>
      )}
    </>
  );
}
