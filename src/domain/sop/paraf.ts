/**
 * The paraf of step 6 (Kepala Bagian Umum dan Keuangan) and the tanda tangan of step 7
 * (Sekretaris Daerah), each bound to a SHA-256 fingerprint of the reviewed content. A record,
 * not a cryptographic signature: the user states who they are (`S.sopLog.paraf.disclaimer`).
 */
import type { CellValue, SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { ANALYSIS_SHEET, DATA_SHEET } from "../ledger/data-layout";
import { canonicalJson, sha256Hex } from "../shared/fingerprint";
import { nipProblem } from "../setup/setup";
import type { Official, RoundSetup, SopRole } from "../setup/setup-types";
import { isHash, isIsoInstant, type LogEntry, type NewLogEntry } from "./sop-log";
import type { Issue } from "../shared/types";
import { instantMs } from "../setup/working-time";
import { LAPORAN_SHEET } from "./laporan-sheet-name";

export const PARAF_TYPE = "kertas-kerja-sakip/paraf";
export const PARAF_VERSION = 1;
export type ParafStep = 6 | 7;
/** The role that may act on each step (DOMAIN.md; who holds it comes from `setup.pejabat`). */
export const PARAF_ROLE: Readonly<Record<ParafStep, SopRole>> = {
  6: "kabag-umum-keuangan",
  7: "sekretaris-daerah",
};
/** The draft report the paraf and the signature cover: the figures, their analysis, the Laporan. */
export const REVIEWED_SHEETS: readonly string[] = [DATA_SHEET, ANALYSIS_SHEET, LAPORAN_SHEET];
/** What a paraf covered before the Laporan existed (fingerprint version 1). */
const REVIEWED_SHEETS_V1: readonly string[] = [DATA_SHEET, ANALYSIS_SHEET];

export interface ParafRecord {
  step: ParafStep;
  nama: string;
  jabatan: string;
  nip: string;
  /** ISO instant with offset. */
  at: string;
  /** `reviewedContentFingerprint` of what was reviewed. */
  fingerprint: string;
}

/** Every paraf and signature of a round, oldest first; the latest per step is the one that counts. */
export interface ParafState {
  type: typeof PARAF_TYPE;
  version: typeof PARAF_VERSION;
  records: ParafRecord[];
}

export const emptyParafState = (): ParafState => ({ type: PARAF_TYPE, version: PARAF_VERSION, records: [] });

type CanonicalCell = null | number | string | boolean | { f: string };

/** A formula counts by its text, not its result: a result can move with sheets outside the review. */
function canonicalCell(value: CellValue | undefined, formula: string | null | undefined): CanonicalCell {
  if (typeof formula === "string" && formula.startsWith("=")) return { f: formula };
  if (value === null || value === undefined || value === "") return null;
  return value;
}

function canonicalRows(sheet: SheetSnapshot): CanonicalCell[][] {
  const height = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
  const rows: CanonicalCell[][] = [];
  for (let r = 0; r < height; r++) {
    const values = sheet.values[r] ?? [];
    const formulas = sheet.formulas?.[r] ?? [];
    const width = Math.max(values.length, formulas.length);
    const row: CanonicalCell[] = [];
    for (let c = 0; c < width; c++) row.push(canonicalCell(values[c], formulas[c]));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

/** The sheet of that name, matched case-insensitively as Excel does. */
const sheetNamed = (sheets: readonly SheetSnapshot[], name: string): SheetSnapshot | undefined =>
  sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

/**
 * SHA-256 of the reviewed content: for each of Data, Analisis and Laporan, its constants and
 * formulas by position. Formula results, formats, other sheets, the order of the sheets and
 * trailing empty cells or rows never count; a missing Data or Analisis counts as missing.
 *
 * Older masters: a workbook without a Laporan sheet is fingerprinted exactly as before the Laporan
 * was covered (version 1, Data and Analisis only). A paraf recorded on such a master therefore
 * still matches while Data and Analisis are unchanged, and stops matching ("tidak berlaku lagi")
 * once they change or a Laporan is built; with a Laporan the fingerprint is version 2.
 * @example reviewedContentFingerprint(workbook.sheets) === reviewedContentFingerprint(withAnotherSheetEdited)
 */
export function reviewedContentFingerprint(sheets: readonly SheetSnapshot[]): string {
  const withLaporan = sheetNamed(sheets, LAPORAN_SHEET) !== undefined;
  const names = withLaporan ? REVIEWED_SHEETS : REVIEWED_SHEETS_V1;
  const content = names.map((name) => {
    const sheet = sheetNamed(sheets, name);
    return sheet ? { name, rows: canonicalRows(sheet) } : { name, missing: true };
  });
  return sha256Hex(
    canonicalJson({
      type: "kertas-kerja-sakip/reviewed-content",
      version: withLaporan ? 2 : 1,
      sheets: content,
    }),
  );
}

/**
 * True when the sheet holds a draft: at least one value or formula. An empty "Laporan" sheet (made
 * by hand, or left by an interrupted write) is no draft to finish step 5 with or to initial.
 */
export function hasReviewableContent(sheet: SheetSnapshot | null | undefined): boolean {
  return sheet ? canonicalRows(sheet).some((row) => row.length > 0) : false;
}

/**
 * Two copies of the records merged (co-authoring, or a copy sent round): every record of either,
 * once, oldest first (equal moments in a fixed order). Commutative, associative and idempotent.
 */
export function mergeParafStates(a: ParafState, b: ParafState): ParafState {
  const byKey = new Map([...a.records, ...b.records].map((r) => [canonicalJson(r), r] as const));
  const records = [...byKey]
    .sort(
      ([ka, ra], [kb, rb]) =>
        (instantMs(ra.at) ?? 0) - (instantMs(rb.at) ?? 0) || (ka < kb ? -1 : ka > kb ? 1 : 0),
    )
    .map(([, r]) => r);
  return { type: PARAF_TYPE, version: PARAF_VERSION, records };
}

/** The latest record of a step, if any. */
export function latestParaf(state: ParafState, step: ParafStep): ParafRecord | undefined {
  return [...state.records].reverse().find((r) => r.step === step);
}

export interface ParafRequest {
  step: number;
  /** NIP of the person acting, as they state it. */
  by: string;
  at: string;
  fingerprint: string;
}

export type ParafResult =
  /** `logEntry` is null when the same person already recorded this step for the same content. */
  { ok: true; state: ParafState; logEntry: NewLogEntry | null } | { ok: false; issue: Issue };

const refuse = (
  code: string,
  message: string,
  found: string,
  expected: string,
  sheet?: string,
): ParafResult => ({
  ok: false,
  issue: { severity: "error", code, message, found, expected, ...(sheet ? { sheet } : {}) },
});

/**
 * Records a paraf (step 6) or signature (step 7), or refuses with the reason in Indonesian:
 * only the official configured for the step's role, with a valid NIP; the signature only over
 * content that carries a current paraf.
 * @example recordParaf(state, { step: 7, by: sekdaNip, at, fingerprint }, setup) // refused until step 6 is recorded for `fingerprint`
 */
export function recordParaf(
  state: ParafState,
  request: ParafRequest,
  setup: Pick<RoundSetup, "pejabat">,
): ParafResult {
  const P = S.sopLog.paraf;
  const { by, at, fingerprint } = request;
  if (request.step !== 6 && request.step !== 7) {
    return refuse("paraf.step", P.stepUnknown(String(request.step)), String(request.step), P.stepExpected);
  }
  const step: ParafStep = request.step;
  const role = PARAF_ROLE[step];
  const roleName = S.setup.roles[role];
  if (nipProblem(by) !== null) return refuse("paraf.nip-invalid", P.nipInvalid(by), by, P.nipExpected);
  if (!isIsoInstant(at)) return refuse("paraf.time", P.badTime(at), at, P.badTimeExpected);
  if (!isHash(fingerprint)) {
    return refuse("paraf.fingerprint", P.badFingerprint, fingerprint, P.badFingerprintExpected);
  }
  const holders = setup.pejabat.filter((o) => o.peran === role && o.nip !== "");
  const sheet = S.setup.sheetName;
  const expected = holders.map((o) => P.roleExpected(o.nama, o.nip)).join("; ");
  const official: Official | undefined = holders.find((o) => o.nip === by);
  if (!official) {
    const other = setup.pejabat.find((o) => o.nip === by);
    if (other) {
      const message = P.wrongRole(other.nama, S.setup.roles[other.peran], step, roleName);
      return refuse("paraf.wrong-role", message, by, expected || roleName, sheet);
    }
    if (holders.length === 0)
      return refuse("paraf.role-not-configured", P.roleNotConfigured(roleName), by, roleName, sheet);
    return refuse("paraf.unknown-official", P.unknownOfficial(by, roleName), by, expected, sheet);
  }
  if (step === 7) {
    const paraf = latestParaf(state, 6);
    if (!paraf) return refuse("paraf.missing", P.parafMissing, "", P.parafExpected);
    if (paraf.fingerprint !== fingerprint) {
      return refuse("paraf.stale", P.parafStale, paraf.fingerprint, fingerprint);
    }
  }
  const latest = latestParaf(state, step);
  if (latest && latest.nip === by && latest.fingerprint === fingerprint)
    return { ok: true, state, logEntry: null };

  const record: ParafRecord = {
    step,
    nama: official.nama,
    jabatan: official.jabatan,
    nip: by,
    at,
    fingerprint,
  };
  const detail = step === 6 ? S.sopLog.detail.paraf : S.sopLog.detail.signature;
  return {
    ok: true,
    state: { ...state, records: [...state.records, record] },
    logEntry: {
      at,
      who: { nama: official.nama, jabatan: official.jabatan, nip: by },
      action: step === 6 ? "paraf" : "signature",
      detail: detail(official.nama, official.jabatan),
      fingerprint,
    },
  };
}

export interface ParafCheck {
  step: ParafStep;
  record: ParafRecord;
  status: "valid" | "stale";
  /** The fingerprint the record was made over. */
  recorded: string;
  current: string;
}

export interface ParafValidity {
  /** True when every recorded step (the latest record of each) covers the current content. */
  valid: boolean;
  checks: ParafCheck[];
  stale: ParafCheck[];
  /** An "invalidation" entry to append, or null (nothing stale, no context, or already logged). */
  logEntry: NewLogEntry | null;
}

/**
 * Whether the latest paraf and signature still cover `currentFingerprint`. With `context`, also
 * the invalidation to log: once per new content since the last paraf or signature — an
 * "invalidation" entry for the same fingerprint after the last paraf/signature entry means it
 * was already logged. Content changed back to exactly what was reviewed makes a record valid again.
 * @example parafValidity(state, fp, { log, at: now }).logEntry // append with appendLog when not null
 */
export function parafValidity(
  state: ParafState,
  currentFingerprint: string,
  context?: { log: readonly LogEntry[]; at: string },
): ParafValidity {
  const checks: ParafCheck[] = ([6, 7] as const).flatMap((step) => {
    const record = latestParaf(state, step);
    if (!record) return [];
    const status = record.fingerprint === currentFingerprint ? ("valid" as const) : ("stale" as const);
    return [{ step, record, status, recorded: record.fingerprint, current: currentFingerprint }];
  });
  const stale = checks.filter((c) => c.status === "stale");
  return {
    valid: stale.length === 0,
    checks,
    stale,
    logEntry: context ? invalidation(stale, context) : null,
  };
}

function invalidation(stale: readonly ParafCheck[], context: { log: readonly LogEntry[]; at: string }) {
  const first = stale[0];
  if (!first) return null;
  const log = context.log;
  let lastSign = -1;
  log.forEach((e, i) => {
    if (e.action === "paraf" || e.action === "signature") lastSign = i;
  });
  const logged = log
    .slice(lastSign + 1)
    .some((e) => e.action === "invalidation" && e.fingerprint === first.current);
  if (logged) return null;
  const P = S.sopLog.paraf;
  const which = stale.map((c) => P.names[c.step]).join(S.sopLog.detail.and);
  return {
    at: context.at,
    who: { ...S.sopLog.systemActor, nip: "" },
    action: "invalidation" as const,
    detail: S.sopLog.detail.invalidated(which, first.recorded.slice(0, 12), first.current.slice(0, 12)),
    fingerprint: first.current,
  };
}

/**
 * A paraf state from stored JSON; never throws. Records that are not well formed are dropped
 * with an issue. (A later version adds its migration here.)
 */
export function restoreParafState(json: unknown): { state: ParafState; issues: Issue[] } {
  const P = S.sopLog.paraf;
  const issue = (message: string, found: string): Issue => ({
    severity: "error",
    code: "paraf.state",
    message,
    found,
  });
  const raw = json as Partial<ParafState> | null;
  if (typeof raw !== "object" || raw === null || raw.type !== PARAF_TYPE) {
    return { state: emptyParafState(), issues: [issue(P.unreadableState, String(raw?.type))] };
  }
  if (raw.version !== PARAF_VERSION) {
    return {
      state: emptyParafState(),
      issues: [issue(P.unknownStateVersion(String(raw.version)), String(raw.version))],
    };
  }
  const all: unknown[] = Array.isArray(raw.records) ? raw.records : [];
  const records = all.filter(
    (r): r is ParafRecord =>
      typeof r === "object" &&
      r !== null &&
      ((r as ParafRecord).step === 6 || (r as ParafRecord).step === 7) &&
      (["nama", "jabatan", "nip", "at", "fingerprint"] as const).every(
        (k) => typeof (r as ParafRecord)[k] === "string",
      ),
  );
  const issues =
    records.length === all.length ? [] : [issue(P.unreadableState, String(all.length - records.length))];
  return { state: { type: PARAF_TYPE, version: PARAF_VERSION, records }, issues };
}
