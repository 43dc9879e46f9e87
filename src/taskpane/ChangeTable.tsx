import { TableCell, TableHeaderCell, Text, makeStyles } from "@fluentui/react-components";
import type { CellChange } from "../domain/ledger/consolidate";
import { S } from "../strings";
import { CompactTable, useCompactCellStyles } from "./CompactTable";
import { fieldLabel, formatChangeValue } from "./consolidate-view";

const t = S.taskpane.consolidate;

const useStyles = makeStyles({
  top: { verticalAlign: "top" },
  value: { overflowWrap: "anywhere" },
});

/** The cell-by-cell difference of a re-submission: cell, field (and its row), before → after. */
export function ChangeTable(props: { changes: CellChange[]; caption: string }) {
  const styles = useStyles();
  const cells = useCompactCellStyles();
  return (
    <CompactTable
      items={props.changes}
      caption={props.caption}
      maxHeight="320px"
      summary={<Text size={200}>{t.changesCount(props.changes.length)}</Text>}
      header={
        <>
          <TableHeaderCell className={cells.first}>{t.cell}</TableHeaderCell>
          <TableHeaderCell>{t.field}</TableHeaderCell>
          <TableHeaderCell>{t.change}</TableHeaderCell>
        </>
      }
      cells={(c) => (
        <>
          <TableCell className={cells.first}>
            <Text size={200}>{c.cell ?? ""}</Text>
          </TableCell>
          <TableCell className={styles.top}>
            <Text size={200}>{fieldLabel(c)}</Text>
            {c.label && (
              <Text size={200} className={cells.detail}>
                {c.label}
              </Text>
            )}
          </TableCell>
          <TableCell className={styles.top}>
            <Text size={200} className={styles.value}>
              {`${formatChangeValue(c.before)} ${t.arrow} ${formatChangeValue(c.after)}`}
            </Text>
          </TableCell>
        </>
      )}
    />
  );
}
