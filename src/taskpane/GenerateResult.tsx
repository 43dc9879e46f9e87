import { Text } from "@fluentui/react-components";
import type { ExportOutcome } from "../app/ports";
import type { RoundPreparation } from "../app/round-types";
import { formatTanggal, isIsoDate } from "../domain/shared/dates";
import { S } from "../strings";
import { IssueTable } from "./IssueTable";
import { Notice } from "./Notice";
import type { KertasKerjaWritten } from "./services";

const t = S.taskpane.generate;

/** What step 5 last did: a preparation refused, the kertas kerja written, or files exported. */
export type GenerateResultValue =
  | { kind: "blocked"; prep: RoundPreparation }
  | { kind: "written"; prep: RoundPreparation; written: KertasKerjaWritten }
  | { kind: "exported"; outcomes: ExportOutcome[] };

/** What the last write or export did, with the issues the preparation raised. */
export function GenerateResult(props: { result: GenerateResultValue }) {
  const { result } = props;
  if (result.kind === "exported")
    return (
      <Notice intent="success">
        {result.outcomes.map((o) => (
          <Text block key={o.fileName}>
            {t.exported(o.fileName, o.destination)}
          </Text>
        ))}
      </Notice>
    );
  const { prep } = result;
  return (
    <>
      {result.kind === "blocked" ? (
        <Notice intent="error" title={t.blocked} />
      ) : (
        <Notice intent="success" title={t.written(prep.kertasKerja.length)}>
          {prep.kertasKerja.map((k) => (
            <Text block key={k.sheetName}>
              {k.sheetName}
            </Text>
          ))}
          <Text block>
            {t.suratWritten(
              result.written.suratSheet,
              result.written.letters,
              isIsoDate(result.written.batasWaktu)
                ? formatTanggal(result.written.batasWaktu)
                : result.written.batasWaktu,
            )}
          </Text>
          {result.written.pkSheet && <Text block>{t.pkWritten(result.written.pkSheet)}</Text>}
        </Notice>
      )}
      {prep.issues.length > 0 && <IssueTable issues={prep.issues} />}
    </>
  );
}
