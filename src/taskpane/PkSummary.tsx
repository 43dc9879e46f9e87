import { Badge, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { S } from "../strings";
import type { IkuLine, PkView } from "./pk-view";

const t = S.taskpane.pk;

const useStyles = makeStyles({
  scroll: { maxHeight: "420px", overflowY: "auto" },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  sasaran: { marginBottom: tokens.spacingVerticalS },
  iku: {
    display: "flex",
    flexDirection: "column",
    marginTop: tokens.spacingVerticalXS,
    marginLeft: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  flagged: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  detail: { color: tokens.colorNeutralForeground3 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  badge: { marginRight: tokens.spacingHorizontalXS },
});

/** The Bagian line of one IKU: the setup's Bagian, or a flag saying why it goes to no kertas kerja. */
function OwnerLine(props: { line: IkuLine }) {
  const styles = useStyles();
  const { owner } = props.line;
  if (owner.kind === "bagian")
    return (
      <Text size={200} className={styles.detail}>
        {t.bagian(`${owner.bagian.nama} (${owner.bagian.kode})`)}
      </Text>
    );
  if (owner.kind === "unmatched")
    return (
      <Text size={200} className={styles.detail}>
        {owner.written === null ? t.bagianNone : t.bagianWritten(owner.written)}
      </Text>
    );
  return (
    <Text size={200} className={styles.warn}>
      <Badge className={styles.badge} size="small" appearance="tint" color="warning">
        {t.flag}
      </Badge>
      {owner.kind === "unknown" ? t.bagianUnknown(owner.written) : t.bagianNone}
    </Text>
  );
}

/** The PK's sasaran strategis, each with its IKU: target and the Bagian responsible. */
export function PkSummary(props: { view: PkView }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <ul className={styles.list} aria-label={t.listLabel}>
        {props.view.sasaran.map((s) => (
          <li key={s.no} className={styles.sasaran}>
            <Text size={200} weight="semibold">
              {t.sasaran(s.no, s.text)}
            </Text>
            <ul className={styles.list}>
              {s.iku.map((line) => {
                const flagged = line.owner.kind === "unknown" || line.owner.kind === "none";
                return (
                  <li key={line.key} className={mergeClasses(styles.iku, flagged && styles.flagged)}>
                    <Text size={200}>{line.indikator}</Text>
                    <Text size={200} className={styles.detail}>
                      {line.target === null ? t.noTarget : t.target(line.target, line.satuan)}
                    </Text>
                    <OwnerLine line={line} />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
