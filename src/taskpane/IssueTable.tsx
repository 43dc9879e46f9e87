import { Badge, TableCell, TableHeaderCell, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue, Severity } from "../domain/shared/types";
import { S } from "../strings";
import { CompactTable, useCompactCellStyles } from "./CompactTable";

const t = S.taskpane.issues;

const useStyles = makeStyles({
  what: {
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  summary: { display: "block", marginBottom: tokens.spacingVerticalXS },
  badge: { marginRight: tokens.spacingHorizontalXS },
});

const badgeColor: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/**
 * Issues as a compact two-column table that fits a 320 px pane: where (row, cell), then the
 * message with (when `showSheet`) the sheet, what was found and what was expected beneath it.
 */
export function IssueTable(props: { issues: Issue[]; showSheet?: boolean; caption?: string }) {
  const styles = useStyles();
  const cells = useCompactCellStyles();
  const { issues, showSheet } = props;
  if (issues.length === 0) return <Text>{t.none}</Text>;
  const count = (s: Severity) => issues.filter((i) => i.severity === s).length;
  return (
    <CompactTable
      items={issues}
      caption={props.caption ?? t.caption}
      maxHeight="360px"
      summary={
        <Text size={200} className={styles.summary}>
          {t.summary(count("error"), count("warning"), count("info"))}
        </Text>
      }
      header={
        <>
          <TableHeaderCell className={cells.first}>{t.where}</TableHeaderCell>
          <TableHeaderCell>{t.message}</TableHeaderCell>
        </>
      }
      cells={(issue) => (
        <>
          <TableCell className={cells.first}>
            {/* Named groups (aria-label is not allowed on a plain span): "Baris 14", "Sel H14". */}
            <Text block size={200} role="group" aria-label={t.row}>
              {issue.row ?? ""}
            </Text>
            <Text block size={200} className={cells.detail} role="group" aria-label={t.cell}>
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
            {showSheet && issue.sheet !== undefined && (
              <Text size={200} className={cells.detail}>
                {t.sheet}: {issue.sheet}
              </Text>
            )}
            {issue.found !== undefined && (
              <Text size={200} className={cells.detail}>
                {t.found}: {issue.found}
              </Text>
            )}
            {issue.expected !== undefined && (
              <Text size={200} className={cells.detail}>
                {t.expected}: {issue.expected}
              </Text>
            )}
          </TableCell>
        </>
      )}
    />
  );
}
