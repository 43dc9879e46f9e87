import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Periode } from "../domain/shared/types";
import { PERIODES } from "../domain/shared/types";
import { S } from "../strings";
import { fieldId, labelFor } from "./field-ids";
import { useFitStyles } from "./fit-styles";
import { FitSelect } from "./FitSelect";
import type { FieldErrors, SetupDraft } from "./setup-form";

const t = S.taskpane.setup;

const useStyles = makeStyles({
  // Tahun and Periode side by side, each shrinking with the pane (nothing cut at 320 px).
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
});

export interface RoundFieldsProps {
  draft: Pick<SetupDraft, "instansi" | "tahun" | "periode" | "batasWaktu">;
  errors: FieldErrors;
  onChange: (patch: Partial<SetupDraft>) => void;
}

/** The round itself: instansi, tahun and periode, and the deadline for the Bagian. */
export function RoundFields(props: RoundFieldsProps) {
  const styles = useStyles();
  const fit = useFitStyles();
  const { draft, errors, onChange: patch } = props;
  return (
    <>
      <Field
        label={labelFor("instansi", t.instansi)}
        hint={t.instansiHint}
        required
        validationMessage={errors.instansi}
      >
        <Input
          id={fieldId("instansi")}
          value={draft.instansi}
          onChange={(_, d) => patch({ instansi: d.value })}
        />
      </Field>
      <div className={styles.pair}>
        <Field label={labelFor("tahun", t.tahun)} required validationMessage={errors.tahun}>
          <Input
            id={fieldId("tahun")}
            className={fit.root}
            input={{ className: fit.control }}
            type="number"
            value={draft.tahun}
            onChange={(_, d) => patch({ tahun: d.value })}
          />
        </Field>
        <Field label={labelFor("periode", t.periode)} validationMessage={errors.periode}>
          <FitSelect
            id={fieldId("periode")}
            value={draft.periode}
            onChange={(_, d) => patch({ periode: d.value as Periode })}
          >
            {PERIODES.map((p) => (
              <option key={p} value={p}>
                {S.common.periode[p]}
              </option>
            ))}
          </FitSelect>
        </Field>
      </div>
      <Field label={labelFor("batasWaktu", t.batasWaktu)} required validationMessage={errors.batasWaktu}>
        <Input
          id={fieldId("batasWaktu")}
          type="date"
          value={draft.batasWaktu}
          onChange={(_, d) => patch({ batasWaktu: d.value })}
        />
      </Field>
    </>
  );
}
