import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../strings";
import { useFitStyles } from "./fit-styles";
import type { BagianDraft, FieldErrors } from "./setup-form";

const t = S.taskpane.setup;

export const useRowStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    minWidth: 0,
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(64px, 1fr) minmax(0, 3fr)",
    gap: tokens.spacingHorizontalS,
  },
  remove: { alignSelf: "end" },
});

export interface BagianFieldsProps {
  index: number;
  value: BagianDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<BagianDraft>) => void;
  onRemove: () => void;
}

/** One Bagian of the round: code, name, and its Kepala Bagian. */
export function BagianFields(props: BagianFieldsProps) {
  const styles = useRowStyles();
  const fit = useFitStyles();
  const { index, value, errors, onChange } = props;
  const err = (field: string) => errors[`bagian.${index}.${field}`];
  return (
    <fieldset
      className={styles.box}
      data-bagian={value.id}
      aria-label={value.nama || `${t.bagianTitle} ${index + 1}`}
    >
      <div className={styles.pair}>
        <Field label={t.kode} required validationMessage={err("kode")}>
          <Input
            className={fit.root}
            input={{ className: fit.control }}
            value={value.kode}
            onChange={(_, d) => onChange({ kode: d.value })}
          />
        </Field>
        <Field label={t.namaBagian} required validationMessage={err("nama")}>
          <Input
            className={fit.root}
            input={{ className: fit.control }}
            value={value.nama}
            onChange={(_, d) => onChange({ nama: d.value })}
          />
        </Field>
      </div>
      <Field label={t.kepalaNama}>
        <Input value={value.kepalaNama} onChange={(_, d) => onChange({ kepalaNama: d.value })} />
      </Field>
      <Field label={t.kepalaNip} hint={t.nipHint} validationMessage={err("kepalaNip")}>
        <Input
          value={value.kepalaNip}
          inputMode="numeric"
          onChange={(_, d) => onChange({ kepalaNip: d.value })}
        />
      </Field>
      <Button
        size="small"
        appearance="subtle"
        className={styles.remove}
        aria-label={t.removeBagian(value.nama || String(index + 1))}
        onClick={props.onRemove}
      >
        {t.remove}
      </Button>
    </fieldset>
  );
}
