import { Button, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import { taskpaneLaporan } from "../strings/taskpaneLaporan";
import { IssueTable } from "./IssueTable";
import type { LaporanBuilt } from "./laporan-view";
import { LaporanResult } from "./LaporanResult";
import { ErrorNotice, Notice } from "./Notice";
import { usePanelStyles } from "./panel-styles";
import { Revealed } from "./Revealed";
import type { AppServices } from "./services";
import { useAction } from "./use-action";
import { useOutcomes } from "./use-outcomes";

const t = taskpaneLaporan.laporan;

export interface LaporanPanelProps {
  services: Pick<AppServices, "susunLaporan">;
  /** No one is named in "Saya adalah" yet. */
  disabled: boolean;
  /** The Laporan sheet was written: the SOP's view may have changed (paraf validity, step 5). */
  onBuilt: () => void;
}

/** Step 5's draft: "Susun laporan" writes the Laporan sheet and offers its Word document. */
export function LaporanPanel(props: LaporanPanelProps) {
  const styles = usePanelStyles();
  const { services, onBuilt } = props;
  const action = useAction();
  const [built, setBuilt] = useState<LaporanBuilt | null>(null);
  const [outcomes, settled] = useOutcomes();

  const build = async () => {
    setBuilt(null);
    const result = await action.run(() => services.susunLaporan());
    settled();
    if (!result) return;
    setBuilt(result);
    if (result.ok) onBuilt();
  };

  return (
    <section className={styles.section} aria-label={t.title}>
      <Text weight="semibold">{t.title}</Text>
      <Text size={200} className={styles.note}>
        {t.intro}
      </Text>
      <div className={styles.row}>
        <Button disabled={action.busy || props.disabled} onClick={() => void build()}>
          {built?.ok ? t.rebuild : t.build}
        </Button>
        {action.busy && <Spinner size="tiny" label={t.building} />}
      </div>
      <Revealed at={outcomes}>
        {action.error !== null && <ErrorNotice error={action.error} />}
        {built && !built.ok && (
          <Notice intent="error" title={t.refused}>
            <IssueTable issues={built.issues} />
          </Notice>
        )}
        {built?.ok && <LaporanResult built={built} />}
      </Revealed>
    </section>
  );
}
