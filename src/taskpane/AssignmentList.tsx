import { Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BagianInfo } from "../domain/setup/setup-types";
import type { BagianCode, DpaNode, Kode } from "../domain/shared/types";
import { S } from "../strings";
import { FitSelect } from "./FitSelect";

const t = S.taskpane.dpa;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface AssignmentListProps {
  nodes: DpaNode[];
  bagian: BagianInfo[];
  assignments: Partial<Record<Kode, BagianCode>>;
  onAssign: (kode: Kode, bagian: BagianCode | null) => void;
}

/** A Bagian dropdown for each sub kegiatan the DPA did not assign (or assigned to an unknown Bagian). */
export function AssignmentList(props: AssignmentListProps) {
  const styles = useStyles();
  const { nodes, bagian, assignments, onAssign } = props;
  if (nodes.length === 0) return null;
  return (
    <div className={styles.root}>
      <Text weight="semibold">{t.unassignedTitle}</Text>
      <Text size={200}>{bagian.length > 0 ? t.unassignedHint : t.needSetup}</Text>
      {nodes.map((node) => (
        <Field key={node.kode} label={`${node.kode} ${node.name}`}>
          <FitSelect
            aria-label={t.assignLabel(node.kode)}
            value={assignments[node.kode] ?? ""}
            disabled={bagian.length === 0}
            onChange={(_, d) => onAssign(node.kode, d.value ? (d.value as BagianCode) : null)}
          >
            <option value="">{t.chooseBagian}</option>
            {bagian.map((b) => (
              <option key={b.kode} value={b.kode}>
                {b.nama}
              </option>
            ))}
          </FitSelect>
        </Field>
      ))}
    </div>
  );
}
