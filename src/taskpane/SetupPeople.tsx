import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../strings";
import { BagianFields } from "./BagianFields";
import { Notice } from "./Notice";
import { OfficialFields } from "./OfficialFields";
import type { BagianDraft, FieldErrors, OfficialDraft, SetupDraft } from "./setup-form";
import { emptyBagian, emptyOfficial } from "./setup-form";

const t = S.taskpane.setup;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  add: { alignSelf: "start" },
});

export interface SetupPeopleProps {
  draft: Pick<SetupDraft, "bagian" | "pejabat">;
  errors: FieldErrors;
  onChange: (change: (d: SetupDraft) => Partial<SetupDraft>) => void;
}

/** The Bagian of the round with their Kepala, and the officials of the SOP: editable lists. */
export function SetupPeople(props: SetupPeopleProps) {
  const styles = useStyles();
  const { draft, errors, onChange: update } = props;
  const patchBagian = (i: number, p: Partial<BagianDraft>) =>
    update((d) => ({ bagian: d.bagian.map((b, j) => (j === i ? { ...b, ...p } : b)) }));
  const patchOfficial = (i: number, p: Partial<OfficialDraft>) =>
    update((d) => ({ pejabat: d.pejabat.map((o, j) => (j === i ? { ...o, ...p } : o)) }));

  return (
    <>
      <Text weight="semibold">{t.bagianTitle}</Text>
      {errors.bagian && <Notice intent="error">{errors.bagian}</Notice>}
      <div className={styles.list}>
        {draft.bagian.map((b, i) => (
          <BagianFields
            key={b.id}
            index={i}
            value={b}
            errors={errors}
            onChange={(p) => patchBagian(i, p)}
            onRemove={() => update((d) => ({ bagian: d.bagian.filter((_, j) => j !== i) }))}
          />
        ))}
      </div>
      <Button
        className={styles.add}
        onClick={() => update((d) => ({ bagian: [...d.bagian, emptyBagian()] }))}
      >
        {t.addBagian}
      </Button>

      <Text weight="semibold">{t.pejabatTitle}</Text>
      <div className={styles.list}>
        {draft.pejabat.map((o, i) => (
          <OfficialFields
            key={o.id}
            index={i}
            value={o}
            errors={errors}
            onChange={(p) => patchOfficial(i, p)}
            onRemove={() => update((d) => ({ pejabat: d.pejabat.filter((_, j) => j !== i) }))}
          />
        ))}
      </div>
      <Button
        className={styles.add}
        onClick={() => update((d) => ({ pejabat: [...d.pejabat, emptyOfficial("tim-sakip")] }))}
      >
        {t.addPejabat}
      </Button>
    </>
  );
}
