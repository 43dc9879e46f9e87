import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../strings";
import { Notice } from "./Notice";
import type { SopView } from "./sop-view";

const t = S.taskpane.sop;

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { color: tokens.colorNeutralForeground3 },
});

/** A scheduled round's state: the step to act on next (who, by when) or all done, and what is late. */
export function SopCurrent(props: { view: SopView }) {
  const styles = useStyles();
  const { current, overdue } = props.view;
  const who = current?.who;
  return (
    <>
      {current ? (
        <section className={styles.card} aria-label={t.currentTitle(current.step.no)}>
          <Text weight="semibold">{t.currentTitle(current.step.no)}</Text>
          <Text size={200}>{current.step.aktivitas}</Text>
          <Text size={200}>
            <span className={styles.label}>{t.who}: </span>
            {who ? t.whoLine(who.nama, who.jabatan) : t.whoMissing(S.taskpane.roles[current.step.role])}
          </Text>
          <Text size={200}>
            <span className={styles.label}>{t.due}: </span>
            {current.step.due}
          </Text>
        </section>
      ) : (
        <Notice intent="success" title={t.allDone} />
      )}
      {overdue.length > 0 && (
        <Notice intent="warning" title={t.overdueTitle}>
          {overdue.map((s) => (
            <Text block size={200} key={s.no}>
              {t.overdueLine(s.no, s.late, s.due)}
            </Text>
          ))}
        </Notice>
      )}
    </>
  );
}
