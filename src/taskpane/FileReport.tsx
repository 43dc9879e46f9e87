import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FileAssessment, Verdict } from "../domain/returned/submission";
import { S } from "../strings";
import { formatSavedAt } from "./consolidate-view";
import { IssueTable } from "./IssueTable";

const t = S.taskpane.consolidate;

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  name: { overflowWrap: "anywhere" },
  label: { color: tokens.colorNeutralForeground3 },
});

const verdictColor: Record<Verdict, "success" | "warning" | "danger"> = {
  accepted: "success",
  warnings: "warning",
  rejected: "danger",
};

/** One picked file's report: its verdict, the Bagian it claims, when it was saved, every issue. */
export function FileReport(props: { assessment: FileAssessment }) {
  const styles = useStyles();
  const { file, verdict, issues, submission, claimedBagian } = props.assessment;
  const claimed = submission?.bagian ?? claimedBagian;
  const bagian = claimed ? `${claimed.nama} (${claimed.kode})` : t.bagianUnknown;
  return (
    <section className={styles.card} aria-label={t.fileCard(file.name)}>
      <div className={styles.head}>
        <Text weight="semibold" className={styles.name}>
          {file.name}
        </Text>
        <Badge appearance="filled" color={verdictColor[verdict]}>
          {S.consolidate.verdicts[verdict]}
        </Badge>
      </div>
      <Text size={200}>
        <span className={styles.label}>{t.bagian}: </span>
        {bagian}
      </Text>
      <Text size={200}>
        <span className={styles.label}>{t.savedAt}: </span>
        {formatSavedAt(file.savedAt)}
        <span className={styles.label}>
          {" · "}
          {t.size}:{" "}
        </span>
        {S.returnedFile.fileSize(file.size)}
      </Text>
      <IssueTable issues={issues} showSheet caption={t.issuesCaption(file.name)} />
    </section>
  );
}
