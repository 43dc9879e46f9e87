/**
 * The task pane's working state kept in the workbook, so that closing the pane (or opening the
 * workbook on another computer) loses nothing: the DPA as read, the prior report as read, a PK
 * read but not yet written to its sheet, the Bagian chosen per sub kegiatan, the indicator review,
 * where the user was, and returned files judged but not yet accepted (saved-review.ts). A very
 * hidden JSON sheet, versioned (version 1 had no PK, version 2 no review; both are still read);
 * what is on a sheet of its own (Pengaturan, PK, kertas kerja, Data, SOP, Laporan) is read from
 * there, not from here. Reading never throws: an unreadable or foreign state is ignored with
 * an issue.
 */
import { KK_META_PREFIX } from "../domain/kertas-kerja/kertas-kerja-meta";
import { jsonSheetPlan, readJsonSheet } from "../domain/shared/json-sheet";
import type {
  BagianCode,
  DpaReadResult,
  IndicatorKey,
  Issue,
  Kode,
  PkReadResult,
  PriorReadResult,
} from "../domain/shared/types";
import type { SheetPlan } from "../sheet/plan";
import { analysis } from "../strings/analysis";
import { paneFocus } from "../strings/paneFocus";
import { taskpaneRound } from "../strings/taskpaneRound";
import type { WorkbookPort } from "./ports";
import { isSavedReview, type SavedReview } from "./saved-review";
import type { IndicatorReview } from "./round-types";

const T = taskpaneRound.paneState;
const F = paneFocus.paneState;
export const PANE_STATE_SHEET = T.sheetName;
export const PANE_STATE_TYPE = "kertas-kerja-sakip/pane-state";
/** 3: with `review`; 2: with `pk`. Versions 1 and 2 are read as states without them. */
export const PANE_STATE_VERSION = 3;

/** A PK the user read (from a picked file, or the previous round's master) that its sheet does not hold yet. */
export interface PanePk {
  read: PkReadResult;
  from: "file" | "previous";
}

/** What the pane keeps of its work between sessions. */
export interface PaneState {
  dpa: DpaReadResult | null;
  prior: PriorReadResult | null;
  /**
   * Null when the round has no PK, or when the workbook's "Perjanjian Kinerja" sheet holds it (and
   * in a state read from version 1, which had no PK).
   */
  pk: PanePk | null;
  assignments: Partial<Record<Kode, BagianCode>>;
  reviews: Partial<Record<IndicatorKey, IndicatorReview>>;
  /** The top-level step the user had open, and the round's stage then (see the pane's round-stage). */
  at: { step: string; stage: string } | null;
  /** Returned files read and judged but not yet accepted (absent: none). */
  review?: SavedReview | null;
}

export const emptyPaneState: PaneState = {
  dpa: null,
  prior: null,
  pk: null,
  assignments: {},
  reviews: {},
  at: null,
};

/** The very hidden sheet that holds `state`. */
export function paneStatePlan(state: PaneState): SheetPlan {
  const json = JSON.stringify({ type: PANE_STATE_TYPE, version: PANE_STATE_VERSION, ...state });
  return jsonSheetPlan({
    name: PANE_STATE_SHEET,
    marker: PANE_STATE_TYPE,
    version: PANE_STATE_VERSION,
    note: F.note,
    json,
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isIssueList = (v: unknown) =>
  Array.isArray(v) && v.every((i) => isRecord(i) && typeof i.message === "string");

function isDpaRead(v: unknown): v is DpaReadResult {
  if (!isRecord(v) || !isRecord(v.dpa) || !isIssueList(v.issues) || !Array.isArray(v.dpa.nodes)) return false;
  return v.dpa.nodes.every(
    (n) =>
      isRecord(n) &&
      typeof n.kode === "string" &&
      typeof n.level === "string" &&
      Array.isArray(n.indicators) &&
      n.indicators.every((i) => isRecord(i) && typeof i.key === "string"),
  );
}

const isPriorRead = (v: unknown): v is PriorReadResult =>
  isRecord(v) && Array.isArray(v.values) && isIssueList(v.issues);

const isReview = (v: unknown): v is IndicatorReview =>
  isRecord(v) &&
  typeof v.polarity === "string" &&
  typeof v.aggregation === "string" &&
  typeof v.spread === "string" &&
  Array.isArray(v.targetTw) &&
  v.targetTw.length === 4;

function isPkRead(v: unknown): v is PkReadResult {
  if (!isRecord(v) || !isRecord(v.pk) || !isIssueList(v.issues)) return false;
  const { pk } = v;
  return (
    pk.type === "kertas-kerja-sakip/perjanjian-kinerja" &&
    Array.isArray(pk.sasaran) &&
    pk.sasaran.every((s) => isRecord(s) && typeof s.no === "string" && typeof s.text === "string") &&
    Array.isArray(pk.programs) &&
    Array.isArray(pk.iku) &&
    pk.iku.every(
      (i) =>
        isRecord(i) &&
        typeof i.key === "string" &&
        typeof i.sasaranNo === "string" &&
        typeof i.indikator === "string",
    )
  );
}

const isPanePk = (v: unknown): v is PanePk =>
  isRecord(v) && (v.from === "file" || v.from === "previous") && isPkRead(v.read);

/**
 * The state in a parsed document of version 1 (no PK) or 2, or null when any part of it is not
 * what the add-in wrote.
 */
function stateOf(doc: Record<string, unknown>, version: 1 | 2 | 3): PaneState | null {
  const { dpa, prior, assignments, reviews, at } = doc;
  const pk = version === 1 ? null : doc.pk;
  if (dpa !== null && !isDpaRead(dpa)) return null;
  if (prior !== null && !isPriorRead(prior)) return null;
  if (pk !== null && !isPanePk(pk)) return null;
  if (!isRecord(assignments) || !Object.values(assignments).every((b) => typeof b === "string")) return null;
  if (!isRecord(reviews) || !Object.values(reviews).every(isReview)) return null;
  const atOk = at === null || (isRecord(at) && typeof at.step === "string" && typeof at.stage === "string");
  if (!atOk) return null;
  return {
    dpa,
    prior,
    pk,
    assignments: assignments as PaneState["assignments"],
    reviews: reviews as PaneState["reviews"],
    at: at as PaneState["at"],
  };
}

export interface PaneStateRead {
  /** Null when there is none, or when it was ignored (then `issue` says why). */
  state: PaneState | null;
  issue: Issue | null;
}

/** Judges the JSON read from the sheet (or its failure to read): a state, or an issue. */
export function judgePaneState(read: ReturnType<typeof readJsonSheet>): PaneStateRead {
  const unreadable = (found?: string): PaneStateRead => ({
    state: null,
    issue: {
      severity: "warning",
      code: "pane-state.unreadable",
      message: T.unreadable,
      sheet: PANE_STATE_SHEET,
      expected: F.expected,
      ...(found !== undefined ? { found } : {}),
    },
  });
  if (!read.ok) return unreadable();
  const doc = read.value;
  if (!isRecord(doc) || doc.type !== PANE_STATE_TYPE) return unreadable();
  if (doc.version !== 1 && doc.version !== 2 && doc.version !== PANE_STATE_VERSION) {
    const version = String(doc.version);
    return {
      state: null,
      issue: {
        severity: "warning",
        code: "pane-state.version",
        message: T.otherVersion(version),
        sheet: PANE_STATE_SHEET,
        found: version,
        expected: F.expected,
      },
    };
  }
  const state = stateOf(doc, doc.version);
  if (!state) return unreadable();
  // A review that is not what the pane wrote is dropped alone: the rest of the work stays.
  const review = doc.version === 3 ? (doc.review ?? null) : null;
  if (review === null) return { state, issue: null };
  if (isSavedReview(review)) return { state: { ...state, review }, issue: null };
  return {
    state,
    issue: {
      severity: "warning",
      code: "pane-state.review-unreadable",
      message: T.reviewUnreadable,
      sheet: PANE_STATE_SHEET,
      expected: F.expected,
    },
  };
}

/** The pane's saved state from the workbook; no sheet gives no state and no issue. */
export async function loadPaneState(port: WorkbookPort): Promise<PaneStateRead> {
  const sheet = await port.readSheet(PANE_STATE_SHEET);
  if (!sheet) return { state: null, issue: null };
  return judgePaneState(readJsonSheet(sheet, PANE_STATE_TYPE));
}

/** Writes the pane's state, replacing the one before. */
export function savePaneState(port: WorkbookPort, state: PaneState): Promise<void> {
  return port.writeSheets([paneStatePlan(state)]);
}

/** What the pane reads when it opens, besides the setup, the PK and the SOP: its state and which outputs exist. */
export interface PaneRound extends PaneStateRead {
  /** Kertas kerja were generated in this workbook (their metadata sheets are there). */
  kertasKerja: boolean;
  /** The consolidated "Data" sheet is there. */
  data: boolean;
}

export async function loadPaneRound(port: WorkbookPort): Promise<PaneRound> {
  const names = (await port.listSheets()).map((s) => s.name);
  const read = names.includes(PANE_STATE_SHEET) ? await loadPaneState(port) : { state: null, issue: null };
  return {
    ...read,
    kertasKerja: names.some((n) => n.startsWith(KK_META_PREFIX)),
    data: names.includes(analysis.sheetNames.data),
  };
}
