import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Issue, Severity } from "../domain/types";
import { S } from "../strings";

const t = S.taskpane.issues;
/** A DPA with thousands of problems is the wrong file; the first few hundred say so. */
const MAX_ROWS = 200;

const useStyles = makeStyles({
  scroll: { maxHeight: "360px", overflowY: "auto" },
  where: { width: "52px", verticalAlign: "top" },
  what: {
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  summary: { display: "block", marginBottom: tokens.spacingVerticalXS },
  detail: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  badge: { marginRight: tokens.spacingHorizontalXS },
});

const badgeColor: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/**
 * Issues as a compact two-column table that fits a 320 px pane: where (row, cell), then the
 * message with what was found and what was expected beneath it.
 */
export function IssueTable(props: { issues: Issue[] }) {
  const styles = useStyles();
  const { issues } = props;
  if (issues.length === 0) return <Text>{t.none}</Text>;
  const count = (s: Severity) => issues.filter((i) => i.severity === s).length;
  const shown = issues.slice(0, MAX_ROWS);
  return (
    <div>
      <Text size={200} className={styles.summary}>
        {t.summary(count("error"), count("warning"), count("info"))}
      </Text>
      <div className={styles.scroll}>
        <Table size="extra-small" aria-label={t.caption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.where}>{t.where}</TableHeaderCell>
              <TableHeaderCell>{t.message}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((issue, i) => (
              <TableRow key={i}>
                <TableCell className={styles.where}>
                  <Text block size={200} aria-label={t.row}>
                    {issue.row ?? ""}
                  </Text>
                  <Text block size={200} className={styles.detail} aria-label={t.cell}>
                    {issue.cell ?? ""}
                  </Text>
                </TableCell>
                <TableCell className={styles.what}>
                  <Text size={200}>
                    <Badge
                      className={styles.badge}
                      size="small"
                      appearance="tint"
                      color={badgeColor[issue.severity]}
                    >
                      {S.common.severity[issue.severity]}
                    </Badge>
                    {issue.message}
                  </Text>
                  {issue.found !== undefined && (
                    <Text size={200} className={styles.detail}>
                      {t.found}: {issue.found}
                    </Text>
                  )}
                  {issue.expected !== undefined && (
                    <Text size={200} className={styles.detail}>
                      {t.expected}: {issue.expected}
                    </Text>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {issues.length > MAX_ROWS && <Text size={200}>{t.more(issues.length - MAX_ROWS)}</Text>}
    </div>
  );
}
