import { Badge, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { SopStatus } from "../domain/sop/sop";
import { S } from "../strings";
import type { ParafView, SopStepRow, SopView } from "./sop-view";

const t = S.taskpane.sop;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  aktivitas: {
    overflow: "hidden",
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
  },
  sub: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground3 },
  stale: { gridColumn: "1 / -1", color: tokens.colorPaletteRedForeground1 },
  badge: { alignSelf: "start", marginTop: "2px" },
});

const color: Record<SopStatus, "subtle" | "informative" | "success" | "danger"> = {
  belum: "subtle",
  berjalan: "informative",
  selesai: "success",
  terlambat: "danger",
};

function statusText(step: SopStepRow): string {
  if (step.status === "terlambat" && step.done) return t.doneLate(step.late);
  return t.status[step.status];
}

function RecordLines(props: { title: string; record: ParafView | null }) {
  const styles = useStyles();
  const { record } = props;
  return (
    <>
      <Text size={200} className={styles.sub}>
        {`${props.title}: ${record ? t.recordLine(record.nama, record.jabatan, record.at) : t.none}`}
      </Text>
      {record && (
        <Text size={200} weight="semibold" className={record.valid ? styles.sub : styles.stale}>
          {record.valid ? t.valid : t.stale}
        </Text>
      )}
    </>
  );
}

/** The eight steps, one compact row each: number and aktivitas, status badge, due date. */
export function SopStepList(props: { view: SopView; steps: SopStepRow[] }) {
  const styles = useStyles();
  const { view, steps } = props;
  const currentNo = view.current?.step.no;
  return (
    <ol className={styles.list} aria-label={t.stepsCaption}>
      {steps.map((step) => (
        <li key={step.no} className={mergeClasses(styles.item, step.no === currentNo && styles.current)}>
          <Text size={200} className={styles.aktivitas} title={step.aktivitas}>
            {t.stepLine(step.no, step.aktivitas)}
          </Text>
          <Badge className={styles.badge} size="small" appearance="tint" color={color[step.status]}>
            {statusText(step)}
          </Badge>
          {!step.done && (
            <Text size={200} className={styles.sub}>
              {t.stepDue(step.due)}
            </Text>
          )}
          {step.no === 4 && view.collection && (
            <Text size={200} className={styles.sub}>
              {view.collection}
            </Text>
          )}
          {step.no === 6 && <RecordLines title={t.parafTitle} record={view.paraf} />}
          {step.no === 7 && <RecordLines title={t.signatureTitle} record={view.signature} />}
        </li>
      ))}
    </ol>
  );
}
