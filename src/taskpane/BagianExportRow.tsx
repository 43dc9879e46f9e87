import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatRupiah } from "../domain/shared/numbers";
import { S } from "../strings";
import type { IndicatorGroup } from "./services";

const t = S.taskpane.generate;

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { flexGrow: 1, minWidth: 0 },
  button: { flexShrink: 0, whiteSpace: "nowrap" },
});

/** One Bagian in the generate step: what its kertas kerja will hold, and its own export. */
export function BagianExportRow(props: {
  group: IndicatorGroup;
  busy: boolean;
  disabled: boolean;
  onExport: () => void;
}) {
  const styles = useStyles();
  const { group } = props;
  const pagu = group.nodes.reduce((sum, n) => sum + (n.pagu ?? 0), 0);
  return (
    <div className={styles.row}>
      <div className={styles.text}>
        <Text block weight="semibold">
          {group.bagian.nama}
        </Text>
        <Text block size={200}>
          {t.bagianLine(group.items.length, group.nodes.length, formatRupiah(pagu))}
        </Text>
      </div>
      {props.busy && <Spinner size="tiny" />}
      <Button
        size="small"
        className={styles.button}
        disabled={props.disabled}
        aria-label={t.exportOneLabel(group.bagian.nama)}
        onClick={props.onExport}
      >
        {t.exportOne}
      </Button>
    </div>
  );
}
