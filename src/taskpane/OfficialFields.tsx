import { Button, Field, Input } from "@fluentui/react-components";
import type { SopRole } from "../domain/setup/setup-types";
import { SOP_ROLES } from "../domain/setup/setup-types";
import { S } from "../strings";
import { fieldId, labelFor } from "./field-ids";
import { FitSelect } from "./FitSelect";
import { useRowStyles } from "./BagianFields";
import type { FieldErrors, OfficialDraft } from "./setup-form";

const t = S.taskpane.setup;

export interface OfficialFieldsProps {
  index: number;
  value: OfficialDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<OfficialDraft>) => void;
  onRemove: () => void;
}

/** One official of the SOP: role (fixed list), name, position, NIP. */
export function OfficialFields(props: OfficialFieldsProps) {
  const styles = useRowStyles();
  const { index, value, errors, onChange } = props;
  const label = S.taskpane.roles[value.peran];
  const path = (field: string) => `pejabat.${index}.${field}`;
  return (
    <fieldset className={styles.box} aria-label={`${label} ${index + 1}`}>
      <Field label={labelFor(path("peran"), t.peran)}>
        <FitSelect
          id={fieldId(path("peran"))}
          value={value.peran}
          onChange={(_, d) => onChange({ peran: d.value as SopRole })}
        >
          {SOP_ROLES.map((role) => (
            <option key={role} value={role}>
              {S.taskpane.roles[role]}
            </option>
          ))}
        </FitSelect>
      </Field>
      <Field label={labelFor(path("nama"), t.nama)}>
        <Input
          id={fieldId(path("nama"))}
          value={value.nama}
          onChange={(_, d) => onChange({ nama: d.value })}
        />
      </Field>
      <Field label={labelFor(path("jabatan"), t.jabatan)}>
        <Input
          id={fieldId(path("jabatan"))}
          value={value.jabatan}
          onChange={(_, d) => onChange({ jabatan: d.value })}
        />
      </Field>
      <Field label={labelFor(path("nip"), t.nip)} hint={t.nipHint} validationMessage={errors[path("nip")]}>
        <Input
          id={fieldId(path("nip"))}
          value={value.nip}
          inputMode="numeric"
          onChange={(_, d) => onChange({ nip: d.value })}
        />
      </Field>
      <Button
        size="small"
        appearance="subtle"
        className={styles.remove}
        aria-label={t.removePejabat(`${label} ${index + 1}`)}
        onClick={props.onRemove}
      >
        {t.remove}
      </Button>
    </fieldset>
  );
}
