import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { taskpaneLists } from "../strings/taskpaneLists";
import { CalendarFields } from "./CalendarFields";
import type { CalendarFieldsProps } from "./CalendarFields";
import type { SetupDraft } from "./setup-form";

const t = taskpaneLists.libur;

const useStyles = makeStyles({
  summary: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface HolidaySummaryProps extends CalendarFieldsProps {
  draft: CalendarFieldsProps["draft"] & Pick<SetupDraft, "tahun">;
}

/**
 * The working hours and holidays behind one line, "22 hari libur 2026 · ubah": collapsed when
 * the setup already has holidays (a setup without any opens them, to be filled).
 */
export function HolidaySummary(props: HolidaySummaryProps) {
  const styles = useStyles();
  const panelId = useId();
  const { draft } = props;
  const [open, setOpen] = useState(draft.libur.length === 0);
  const hasErrors = Object.keys(props.errors).some((k) => k.startsWith("libur") || k.startsWith("jamKerja"));
  const shown = open || hasErrors;
  return (
    <>
      <div className={styles.summary}>
        <Text weight="semibold">{t.summary(draft.libur.length, draft.tahun.trim())}</Text>
        <Text aria-hidden>·</Text>
        <Button
          size="small"
          appearance="transparent"
          aria-expanded={shown}
          aria-controls={panelId}
          aria-label={shown ? t.collapse : t.editLabel}
          disabled={hasErrors}
          onClick={() => setOpen(!shown)}
        >
          {shown ? t.collapse : t.edit}
        </Button>
      </div>
      <div id={panelId} className={styles.panel} hidden={!shown}>
        {shown && <CalendarFields draft={draft} errors={props.errors} onChange={props.onChange} />}
      </div>
    </>
  );
}
