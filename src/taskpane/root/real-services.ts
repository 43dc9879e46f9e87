/**
 * The AppServices of the running add-in: the app's use cases bound to a workbook port (the
 * Office.js gateway), an exporter, a reader of picked files and the open workbook's own file
 * (getFileAsync, for step 8's archive). The xlsx host stays behind dynamic imports (the file reader
 * here, returned-sources and the exporter load it on first use), so exceljs is not part of the
 * first load; so does the consolidation, which few sessions need, and so do the Laporan, its Word
 * renderer and the archive (laporan-services.ts).
 */
import { writeKertasKerjaToWorkbook, exportKertasKerja } from "../../app/generate";
import {
  importDpaFromBytes,
  importDpaFromWorkbook,
  importPriorFromBytes,
  importPriorFromWorkbook,
} from "../../app/imports";
import { importPkFromBytes, loadPk, pkSheetFor, PK_SHEET } from "../../app/pk";
import { loadPaneRound, savePaneState } from "../../app/pane-state";
import { copyPreviousRound } from "../../app/pk-pane";
import type { WorkbookExporter, WorkbookFileReader, WorkbookPort } from "../../app/ports";
import { applySpread, defaultReview, prepareRound, resolveBagian } from "../../app/round";
import type { RoundInputs } from "../../app/round-types";
import { loadSetup, saveSetup } from "../../app/setup";
import { actorFor } from "../../app/log";
import { actOnSop, loadSopRound, scheduleSop } from "../../app/sop";
import { deadlineFromSchedule } from "../../app/surat";
import { localIsoDate } from "../../domain/shared/dates";
import type { RoundSetup } from "../../domain/setup/setup-types";
import type { DpaNode } from "../../domain/shared/types";
import { S } from "../../strings";
import { DEFAULT_CALENDAR, instantFromMs } from "../../domain/setup/working-time";
import { laporanServices } from "./laporan-services";
import { browserMeMemory, type MeMemory } from "./me-memory";
import { returnedSources } from "./returned-sources";
import { officeWorkbookFile, type WorkbookFileSource } from "./workbook-file";
import type { AppServices, IndicatorGroups } from "../services";
import { toSopView, type SopActOutcome } from "../sop-view";

/**
 * The consolidation use cases (with the Data, Analisis and Riwayat sheet builders) arrive in their
 * own chunk when the user first picks returned files.
 */
const consolidation = () => import("../../app/consolidate");

/** The xlsx host's reader of a picked DPA or prior report, with exceljs loaded on the first file. */
export const lazyXlsxReader: WorkbookFileReader = {
  readWorkbook: async (bytes) => (await import("../../hosts/xlsx/read")).readXlsx(bytes),
};

export function createAppServices(
  port: WorkbookPort,
  exporter: WorkbookExporter,
  clock = () => new Date(),
  files: WorkbookFileReader = lazyXlsxReader,
  workbookFile: WorkbookFileSource = officeWorkbookFile(),
  memory: MeMemory = browserMeMemory(),
): AppServices {
  // The use cases keep every instant in the round's calendar zone; they re-zone this one.
  const instant = () => instantFromMs(clock().getTime(), DEFAULT_CALENDAR);
  /** Who the user said they are (the SOP step's "Saya adalah"), for the Log of setup and generation. */
  let me = "";
  // Who the Log names: a NIP remembered from another workbook that is nobody in this one's setup
  // is not written here.
  const listed = (setup: RoundSetup) =>
    setup.pejabat.some((p) => p.nip === me) || setup.bagian.some((b) => b.kepala.nip === me);
  const actorIn = (setup: RoundSetup) => actorFor(setup, me && listed(setup) ? me : undefined);
  const logContext = (setup: RoundSetup) => ({ now: instant(), actor: actorIn(setup) });
  const savedRound = async () => {
    const { setup } = await loadSetup(port);
    return setup ? { instansi: setup.instansi, tahun: setup.tahun, periode: setup.periode } : undefined;
  };
  const outcome = (r: Awaited<ReturnType<typeof actOnSop>>): SopActOutcome =>
    r.ok ? { ok: true, view: toSopView(r.round) } : r;
  return {
    loadSetup: () => loadSetup(port),
    loadPaneRound: async () => {
      const round = await loadPaneRound(port);
      const sop = await loadSopRound(port, instant()).then(toSopView, () => null);
      return { ...round, sop };
    },
    savePaneState: (state) => savePaneState(port, state),
    identify: (nip) => {
      me = nip;
      memory.write(nip);
    },
    rememberedMe: () => memory.read(),
    saveSetup: (setup) => saveSetup(port, setup, logContext(setup)),
    listSheets: async () =>
      (await port.listSheets()).filter((s) => s.visibility === "visible").map((s) => s.name),
    importDpaFromSheet: (name) => importDpaFromWorkbook(port, name),
    importDpaFromFile: (bytes, name) => importDpaFromBytes(files, bytes, name),
    // A master given as the prior report is checked against the round saved in Pengaturan.
    importPriorFromSheet: async (name) => importPriorFromWorkbook(port, name, await savedRound()),
    importPriorFromFile: async (bytes, name) => importPriorFromBytes(files, bytes, name, await savedRound()),
    // The master's realisasi are checked against the round copied from it, not the one saved here.
    setupFromPreviousMaster: (bytes, name) => copyPreviousRound(files, bytes, name),
    loadPk: () => loadPk(port),
    importPkFromFile: (bytes, name) => importPkFromBytes(files, bytes, name),
    writePkSheet: (pk, setup) => port.writeSheets([pkSheetFor(pk, setup)]),
    defaultReview,
    applySpread,
    groupIndicators,
    prepareRound,
    writeKertasKerja: async (prep, setup, pk) => {
      const batasWaktu = await deadlineFromSchedule(port, setup);
      const tanggal = localIsoDate(clock());
      await writeKertasKerjaToWorkbook(port, prep, {
        surat: { setup, tanggal, batasWaktu },
        log: logContext(setup),
        ...(pk ? { pk: pkSheetFor(pk, setup) } : {}),
      });
      const pkSheet = pk ? PK_SHEET : null;
      return { suratSheet: S.surat.sheetName, letters: prep.kertasKerja.length, batasWaktu, pkSheet };
    },
    exportKertasKerja: (prep) => exportKertasKerja(exporter, prep),
    reviewReturnedFiles: async (files, onProgress) => {
      onProgress?.({ done: 0, total: files.length, current: null });
      const { reviewReturnedFiles } = await consolidation();
      return reviewReturnedFiles(port, returnedSources(files, onProgress), {
        onProgress: (done, total) => onProgress?.({ done, total, current: null }),
      });
    },
    resumeReview: async (saved) => (await import("../../app/consolidate-resume")).resumeReview(port, saved),
    acceptConsolidation: async (review, choices) => {
      const { acceptConsolidation } = await consolidation();
      return acceptConsolidation(port, review, {
        choices,
        now: instant(),
        actor: actorIn(review.setup),
      });
    },
    loadSop: async () => toSopView(await loadSopRound(port, instant())),
    scheduleSop: async (startDate, nip) =>
      outcome(await scheduleSop(port, { startDate, now: instant(), by: nip })),
    actOnSop: async (request) => outcome(await actOnSop(port, { ...request, now: instant() })),
    ...laporanServices({ port, instant, actor: actorIn, workbookFile }),
    now: () => clock().toISOString(),
  };
}

/**
 * Indicators per Bagian as the app will assign them, and the nodes that need the user's choice.
 * "Needs a choice" is judged without the user's assignments, so that a choice already made stays
 * visible (and changeable) in the list.
 */
export function groupIndicators(inputs: RoundInputs): IndicatorGroups {
  const { setup, dpa } = inputs;
  const owner = resolveBagian(inputs).byKode;
  const unaided = resolveBagian({ setup, dpa, assignments: {} }).byKode;
  const needsOwner = (n: DpaNode) => n.level === "subkegiatan" || n.indicators.length > 0;
  return {
    groups: setup.bagian.map((bagian) => {
      const nodes = dpa.nodes.filter((n) => owner.get(n.kode)?.kode === bagian.kode);
      return {
        bagian,
        nodes: nodes.filter((n) => n.level === "subkegiatan"),
        items: nodes.flatMap((node) => node.indicators.map((indicator) => ({ node, indicator }))),
      };
    }),
    unassigned: dpa.nodes.filter((n) => needsOwner(n) && !unaided.get(n.kode)),
  };
}
