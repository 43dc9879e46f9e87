import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import {
  Table,
  TableBody,
  TableHeader,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { S } from "../strings";
import { taskpaneLook as L } from "../strings/taskpaneLook";

/** Thousands of rows mean the wrong file (or another file); the first few hundred say so. */
const MAX_ROWS = 200;

const useStyles = makeStyles({
  scroll: {
    overflowY: "auto",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
});

/**
 * Whether the box scrolls (its content is taller than it): only then is it a stop in the Tab order,
 * so that keyboard users can scroll it with the arrow keys (a box that does not scroll is no stop).
 */
function useScrolls(deps: unknown) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollHeight > box.clientHeight + 1);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [deps]);
  return { ref, scrolls };
}

/** Cell styles the compact tables share: the narrow first column and a grey line beneath a value. */
export const useCompactCellStyles = makeStyles({
  first: { width: "52px", verticalAlign: "top" },
  detail: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/**
 * A compact table that fits a 320 px pane: a summary line, then at most the first 200 rows in a
 * box that scrolls (`maxHeight`), then a line counting the rows left out.
 *
 * @example
 * <CompactTable items={issues} caption="Masalah" summary={…} maxHeight="360px"
 *   header={<TableHeaderCell>Pesan</TableHeaderCell>} cells={(i) => <TableCell>{i.message}</TableCell>} />
 */
export function CompactTable<T>(props: {
  items: readonly T[];
  caption: string;
  summary: ReactNode;
  maxHeight: string;
  /** The header cells. */
  header: ReactNode;
  /** The cells of one item's row. */
  cells: (item: T) => ReactNode;
}) {
  const styles = useStyles();
  const { items } = props;
  const { ref, scrolls } = useScrolls(items);
  return (
    <div>
      {props.summary}
      <div
        ref={ref}
        className={styles.scroll}
        style={{ maxHeight: props.maxHeight }}
        {...(scrolls ? { tabIndex: 0, role: "region", "aria-label": L.scrollRegion(props.caption) } : {})}
      >
        <Table size="extra-small" aria-label={props.caption}>
          <TableHeader>
            <TableRow>{props.header}</TableRow>
          </TableHeader>
          <TableBody>
            {items.slice(0, MAX_ROWS).map((item, i) => (
              <TableRow key={i}>{props.cells(item)}</TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {items.length > MAX_ROWS && <Text size={200}>{S.taskpane.issues.more(items.length - MAX_ROWS)}</Text>}
    </div>
  );
}
