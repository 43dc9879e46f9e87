import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../strings";
import { formatUtcOffset } from "../domain/setup/working-time";
import { fieldId, labelFor } from "./field-ids";
import { useFitStyles } from "./fit-styles";
import { useRowStyles } from "./BagianFields";
import type { FieldErrors, JamKerjaDraft, LiburDraft, SetupDraft } from "./setup-form";
import { emptyLibur } from "./setup-form";

const t = S.taskpane.setup;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hours: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  add: { alignSelf: "start" },
  // A date input needs its full width to show dd/mm/yyyy and its picker: it keeps 11rem and the
  // keterangan takes the rest, or wraps beneath it in a narrow pane (nothing cut at 320 px).
  libur: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  date: { flex: "0 0 11rem", maxWidth: "100%" },
  keterangan: { flex: "1 1 8rem", minWidth: 0 },
});

export interface CalendarFieldsProps {
  draft: Pick<SetupDraft, "jamKerja" | "libur" | "calendar">;
  errors: FieldErrors;
  onChange: (change: (d: SetupDraft) => Partial<SetupDraft>) => void;
}

/** The working hours of each worked day and the editable list of holidays and cuti bersama. */
export function CalendarFields(props: CalendarFieldsProps) {
  const styles = useStyles();
  const row = useRowStyles();
  const fit = useFitStyles();
  const { draft, errors, onChange } = props;
  const zone = `${draft.calendar.zoneName} (${formatUtcOffset(draft.calendar.utcOffsetMinutes)})`;
  const patchJam = (i: number, p: Partial<JamKerjaDraft>) =>
    onChange((d) => ({ jamKerja: d.jamKerja.map((j, k) => (k === i ? { ...j, ...p } : j)) }));
  const patchLibur = (i: number, p: Partial<LiburDraft>) =>
    onChange((d) => ({ libur: d.libur.map((l, k) => (k === i ? { ...l, ...p } : l)) }));

  return (
    <>
      <Text weight="semibold">{t.jamKerjaTitle}</Text>
      <Text size={200}>{t.jamKerjaHint(zone)}</Text>
      <div className={styles.list}>
        {draft.jamKerja.map((j, i) => {
          const hari = S.sop.hari[j.weekday] ?? "";
          return (
            <div key={j.weekday} className={styles.hours} role="group" aria-label={hari}>
              <Field
                label={labelFor(`jamKerja.${i}`, t.jamMulai(hari))}
                validationMessage={errors[`jamKerja.${i}`]}
              >
                <Input
                  id={fieldId(`jamKerja.${i}`)}
                  type="time"
                  value={j.start}
                  onChange={(_, d) => patchJam(i, { start: d.value })}
                />
              </Field>
              <Field label={t.jamSelesai(hari)}>
                <Input type="time" value={j.end} onChange={(_, d) => patchJam(i, { end: d.value })} />
              </Field>
            </div>
          );
        })}
      </div>

      <Text weight="semibold">{t.liburTitle}</Text>
      <Text size={200}>{t.liburHint}</Text>
      {draft.libur.length === 0 && <Text size={200}>{t.liburNone}</Text>}
      <div className={styles.list}>
        {draft.libur.map((l, i) => (
          <fieldset key={l.id} className={row.box} aria-label={`${t.liburTitle} ${i + 1}`}>
            <div className={styles.libur}>
              <Field
                className={styles.date}
                label={labelFor(`libur.${i}.date`, t.tanggal)}
                required
                validationMessage={errors[`libur.${i}.date`]}
              >
                <Input
                  id={fieldId(`libur.${i}.date`)}
                  className={fit.root}
                  input={{ className: fit.control }}
                  type="date"
                  value={l.date}
                  onChange={(_, d) => patchLibur(i, { date: d.value })}
                />
              </Field>
              <Field className={styles.keterangan} label={t.keterangan}>
                <Input
                  className={fit.root}
                  input={{ className: fit.control }}
                  value={l.keterangan}
                  onChange={(_, d) => patchLibur(i, { keterangan: d.value })}
                />
              </Field>
            </div>
            <Button
              size="small"
              appearance="subtle"
              className={row.remove}
              aria-label={t.removeLibur(l.date || String(i + 1))}
              onClick={() => onChange((d) => ({ libur: d.libur.filter((_, k) => k !== i) }))}
            >
              {t.remove}
            </Button>
          </fieldset>
        ))}
      </div>
      <Button className={styles.add} onClick={() => onChange((d) => ({ libur: [...d.libur, emptyLibur()] }))}>
        {t.addLibur}
      </Button>
    </>
  );
}
