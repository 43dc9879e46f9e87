/**
 * What the SOP panel shows, already in the words and times a person reads: the app's `SopRound`
 * turned into plain, formatted data (`toSopView`). The panel renders it and never computes a
 * schedule, so component tests need only this shape.
 */
import type { SopRound } from "../app/sop-read";
import { latestParaf } from "../domain/sop/paraf";
import type { Official, SopRole } from "../domain/setup/setup-types";
import { formatWorkingMinutes, type SopStatus } from "../domain/sop/sop";
import type { Issue } from "../domain/shared/types";
import {
  DEFAULT_CALENDAR,
  formatInstant,
  parseInstant,
  type WorkingCalendar,
} from "../domain/setup/working-time";
import { S } from "../strings";

export interface SopStepRow {
  no: number;
  aktivitas: string;
  role: SopRole;
  status: SopStatus;
  started: boolean;
  done: boolean;
  /** Working time past the planned finish, "1 jam 30 menit", "3 hari kerja 2 jam"; "" when on time. */
  late: string;
  /** "Senin, 13 April 2026 10.30 WITA" */
  due: string;
}

export interface ParafView {
  nama: string;
  jabatan: string;
  at: string;
  valid: boolean;
}

export interface SopView {
  /** A setup is saved (the officials come from it). */
  setupReady: boolean;
  officials: Official[];
  /** Null until the round is scheduled. */
  steps: SopStepRow[] | null;
  /** The step to act on next; null when not scheduled or all steps are done. */
  current: { step: SopStepRow; who: Official | null } | null;
  overdue: SopStepRow[];
  /** Step 4's line: what has been generated and what is counted later. */
  collection: string | null;
  /** Step 4 in numbers, for the pane's header (`submissionsOf`); absent when not known. */
  submissions?: Submissions;
  paraf: ParafView | null;
  signature: ParafView | null;
  /** Problems reading the SOP state, the log or the setup, for the user. */
  issues: Issue[];
}

/** The SOP step in which the Bagian send their kertas kerja back ("Menghimpun data kinerja"). */
const COLLECTION_STEP = 4;

/**
 * Who has sent their kertas kerja back: the Bagian of the setup whose submission is on the Data
 * sheet, of how many; the names of the others; whether step 4 (collecting them) is past its
 * planned finish, which makes those others late.
 */
export interface Submissions {
  /** Kertas kerja generated in this workbook. */
  generated: number;
  submitted: number;
  of: number;
  missing: string[];
  late: boolean;
}

/** Step 4 of a round in numbers (pure): `of` counts the setup's Bagian, `submitted` those on Data. */
export function submissionsOf(round: SopRound): Submissions {
  const { generated, missing } = round.kertasKerja;
  const of = round.setup?.bagian.length ?? 0;
  const step4 = round.steps.find((s) => s.no === COLLECTION_STEP);
  return {
    generated,
    submitted: Math.max(0, of - missing.length),
    of,
    missing,
    late: step4 !== undefined && step4.status.status === "terlambat" && !step4.status.done,
  };
}

export type SopActKind = "start" | "done" | "paraf" | "sign";

export interface SopActRequest {
  kind: SopActKind;
  step: number;
  /** NIP of the person who says they are acting ("Saya adalah"). */
  nip: string;
  reason?: string;
  /** Step 8 done: the archive built and verified in the pane (its manifest's SHA-256 and the Log's sentence). */
  archive?: { manifestSha256: string; detail: string };
}

/** A recorded action gives the new view; a refusal gives the Indonesian reason. */
export type SopActOutcome = { ok: true; view: SopView } | { ok: false; issue: Issue };

function parafView(round: SopRound, step: 6 | 7, cal: WorkingCalendar): ParafView | null {
  const record = latestParaf(round.paraf, step);
  if (!record) return null;
  const at = parseInstant(record.at);
  const stale = round.parafValidity.stale.some((c) => c.step === step);
  return {
    nama: record.nama,
    jabatan: record.jabatan,
    at: at ? formatInstant(at, cal) : record.at,
    valid: !stale,
  };
}

/** The panel's view of a round (pure). */
export function toSopView(round: SopRound): SopView {
  const cal = round.sop?.calendar ?? DEFAULT_CALENDAR;
  const steps: SopStepRow[] = round.steps.map((s) => ({
    no: s.no,
    aktivitas: s.aktivitas,
    role: s.role,
    status: s.status.status,
    started: s.actualStart !== undefined,
    done: s.status.done,
    late: s.status.lateMinutes > 0 ? formatWorkingMinutes(s.status.lateMinutes, cal) : "",
    due: formatInstant(s.plannedFinish, cal),
  }));
  const row = (no: number | undefined) => steps.find((s) => s.no === no);
  const current = row(round.current?.no);
  const { generated, note } = round.kertasKerja;
  return {
    setupReady: round.setup !== null,
    officials: round.setup?.pejabat.filter((o) => o.nip !== "") ?? [],
    steps: round.sop ? steps : null,
    current: current ? { step: current, who: round.current?.official ?? null } : null,
    overdue: round.overdue.flatMap((s) => row(s.no) ?? []),
    collection: `${S.taskpane.sop.generated(generated)} ${note}`,
    submissions: submissionsOf(round),
    paraf: parafView(round, 6, cal),
    signature: parafView(round, 7, cal),
    issues: round.issues,
  };
}
