/**
 * The pane's services of step 5's draft and step 8's archive, bound to the workbook port, the open
 * workbook's file (Office's getFileAsync) and the clock. The Laporan use case, the Word renderer
 * (the docx library) and the archive's zip arrive in their own chunks on first use.
 */
import type { LogActor } from "../../domain/sop/sop-log";
import type { PickedSource } from "../../app/archive-zip";
import type { WorkbookPort } from "../../app/ports";
import { loadSetup } from "../../app/setup";
import { fileSlug } from "../../domain/archive/archive-names";
import type { RoundSetup } from "../../domain/setup/setup-types";
import { DEFAULT_CALENDAR } from "../../domain/setup/working-time";
import type { Issue } from "../../domain/shared/types";
import { S } from "../../strings";
import { taskpaneLaporan } from "../../strings/taskpaneLaporan";
import { toArchiveView, type ArchiveBuilt } from "../archive-view";
import { describeError } from "../describe-error";
import { toLaporanView, type LaporanBuilt } from "../laporan-view";
import type { AppServices } from "../services";
import { bytesOf } from "./returned-sources";
import type { WorkbookFileSource } from "./workbook-file";

const t = taskpaneLaporan.arsip;

const laporanApp = () => import("../../app/laporan");
const docxHost = () => import("../../hosts/docx/laporan-docx");
const archiveZip = () => import("../../app/archive-zip");

export interface LaporanDeps {
  port: WorkbookPort;
  /** Now, as an ISO instant in the round's zone. */
  instant: () => string;
  /** Who the Log names for the round of `setup`: the user who stated "Saya adalah", when listed there. */
  actor: (setup: RoundSetup) => LogActor;
  workbookFile: WorkbookFileSource;
}

/** The name the master goes into the archive under when the workbook has none yet (never saved). */
const fallbackName = (setup: RoundSetup | null) =>
  setup
    ? `Induk-${fileSlug(setup.instansi) || "Instansi"}-${setup.tahun}-${setup.periode}.xlsx`
    : "Induk.xlsx";

const noFile = (found: string): ArchiveBuilt => ({
  ok: false,
  kind: "no-workbook-file",
  issues: [
    { severity: "error", code: "arsip.workbook-file", message: t.noFile, found, expected: t.noFileExpected },
  ],
});

/** The use case's refusals, the one written for the CLI said the pane's way. */
const paneIssues = (issues: Issue[]): Issue[] =>
  issues.map((i) => (i.code === "arsip.data.missing" ? { ...i, message: t.noData } : i));

const pickedSource = (file: File): PickedSource => ({
  name: file.name,
  size: file.size,
  read: () => bytesOf(file),
});

export function laporanServices(deps: LaporanDeps): Pick<AppServices, "susunLaporan" | "buildArchive"> {
  const { port } = deps;

  const susunLaporan = async (): Promise<LaporanBuilt> => {
    const { setup } = await loadSetup(port);
    const actor = setup ? deps.actor(setup) : { ...S.sopLog.unnamedActor, nip: "" };
    const [{ susunLaporan: build }, { laporanDocx }] = await Promise.all([laporanApp(), docxHost()]);
    const outcome = await build(port, { now: deps.instant(), actor });
    if (!outcome.ok) return { ok: false, issues: outcome.issues };
    return {
      ok: true,
      fileName: outcome.fileName,
      bytes: await laporanDocx(outcome.doc),
      view: toLaporanView(outcome.doc, setup?.calendar ?? DEFAULT_CALENDAR),
      issues: outcome.issues,
    };
  };

  const buildArchive = async (returned: readonly File[], master?: File): Promise<ArchiveBuilt> => {
    // Asked before anything is written: where Excel gives no file, the user picks the saved one.
    if (!master && !deps.workbookFile.available()) return noFile(t.noFileFound);
    const laporan = await susunLaporan();
    let masterFile: { name: string; bytes: Uint8Array };
    if (master) masterFile = { name: master.name, bytes: await bytesOf(master) };
    else {
      try {
        // Read after the Laporan is written, so the archived master holds it and its Log entry.
        const file = await deps.workbookFile.read();
        const { setup } = await loadSetup(port);
        masterFile = { name: file.name ?? fallbackName(setup), bytes: file.bytes };
      } catch (err) {
        return noFile(t.readFailed(describeError(err).message));
      }
    }
    const { createArchiveZip } = await archiveZip();
    const outcome = await createArchiveZip(port, {
      master: masterFile,
      laporan: laporan.ok ? { name: laporan.fileName, bytes: laporan.bytes } : null,
      returned: returned.map(pickedSource),
      now: deps.instant(),
    });
    if (!outcome.ok) return { ok: false, kind: "refused", issues: paneIssues(outcome.issues) };
    return { ok: true, bytes: outcome.zip, view: toArchiveView(outcome) };
  };

  return { susunLaporan, buildArchive };
}
