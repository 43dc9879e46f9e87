import { Text } from "@fluentui/react-components";
import { formatRupiah } from "../domain/shared/numbers";
import type { Dpa } from "../domain/shared/types";
import { S } from "../strings";

const t = S.taskpane.dpa;

/** What was read: how many of each level, and the money. */
export function DpaSummary(props: { dpa: Dpa }) {
  const { nodes } = props.dpa;
  const count = (level: string) => nodes.filter((n) => n.level === level).length;
  const indicators = nodes.reduce((sum, n) => sum + n.indicators.length, 0);
  const pagu = nodes.filter((n) => n.level === "subkegiatan").reduce((sum, n) => sum + (n.pagu ?? 0), 0);
  return (
    <div>
      <Text block weight="semibold">
        {t.counts(count("program"), count("kegiatan"), count("subkegiatan"), indicators)}
      </Text>
      <Text block size={200}>
        {t.pagu(formatRupiah(pagu))}
      </Text>
    </div>
  );
}
