import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BagianShare } from "../domain/setup/propose-bagian";
import { paneSetupForm } from "../strings/paneSetupForm";
import { S } from "../strings";
import { fieldId, labelFor } from "./field-ids";
import { useFitStyles } from "./fit-styles";
import { bagianLabel, type BagianDraft, type FieldErrors } from "./setup-form";

const t = S.taskpane.setup;
const T = paneSetupForm.proposal;

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
  // The kode keeps room for 7 or 8 capitals (PROKOPIM); the name takes the rest.
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(6rem, 1fr) minmax(0, 2fr)",
    gap: tokens.spacingHorizontalS,
  },
  foot: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  remove: { alignSelf: "end" },
});

export interface BagianFieldsProps {
  index: number;
  value: BagianDraft;
  errors: FieldErrors;
  /** What the DPA gives this Bagian; undefined without a DPA. */
  share?: BagianShare;
  onChange: (patch: Partial<BagianDraft>) => void;
  onRemove: () => void;
}

/** One Bagian of the round: code, name, and its Kepala Bagian. */
export function BagianFields(props: BagianFieldsProps) {
  const styles = useRowStyles();
  const fit = useFitStyles();
  const { index, value, errors, share, onChange } = props;
  const path = (field: string) => `bagian.${index}.${field}`;
  const err = (field: string) => errors[path(field)];
  return (
    <fieldset
      className={styles.box}
      data-bagian={value.id}
      aria-label={value.nama || `${t.bagianTitle} ${index + 1}`}
    >
      <div className={styles.pair}>
        <Field label={labelFor(path("kode"), t.kode)} required validationMessage={err("kode")}>
          <Input
            id={fieldId(path("kode"))}
            className={fit.root}
            input={{ className: fit.control }}
            value={value.kode}
            onChange={(_, d) => onChange({ kode: d.value })}
          />
        </Field>
        <Field label={labelFor(path("nama"), t.namaBagian)} required validationMessage={err("nama")}>
          <Input
            id={fieldId(path("nama"))}
            className={fit.root}
            input={{ className: fit.control }}
            value={value.nama}
            onChange={(_, d) => onChange({ nama: d.value })}
          />
        </Field>
      </div>
      <Field label={labelFor(path("kepalaNama"), t.kepalaNama)}>
        <Input
          id={fieldId(path("kepalaNama"))}
          value={value.kepalaNama}
          onChange={(_, d) => onChange({ kepalaNama: d.value })}
        />
      </Field>
      <Field
        label={labelFor(path("kepalaNip"), t.kepalaNip)}
        hint={t.nipHint}
        validationMessage={err("kepalaNip")}
      >
        <Input
          id={fieldId(path("kepalaNip"))}
          value={value.kepalaNip}
          inputMode="numeric"
          onChange={(_, d) => onChange({ kepalaNip: d.value })}
        />
      </Field>
      <div className={styles.foot}>
        <Text size={200}>
          {share &&
            (share.subKegiatan > 0 || share.indicators > 0
              ? T.share(share.subKegiatan, share.indicators)
              : T.noShare)}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          aria-label={t.removeBagian(bagianLabel(value.nama, index))}
          onClick={props.onRemove}
        >
          {t.remove}
        </Button>
      </div>
    </fieldset>
  );
}
