/** The SOP round as `sop status` prints it: a table of the steps, then who acts, parafs and the Log. */
import type { SopRound, SopStepView } from "../app/sop";
import type { SopStepOutline } from "../app/sop-read";
import { formatWorkingMinutes } from "../domain/sop/sop";
import {
  formatInstant,
  parseInstant,
  type Instant,
  type WorkingCalendar,
} from "../domain/setup/working-time";
import { S } from "../strings";
import { formatIssue, formatTable } from "./format";
import { println, type CliIo } from "./io";

const T = S.cli.sop;
const AKTIVITAS_WIDTH = 44;

/** "2026-04-06T08:00:00+08:00" → "06-04-2026 08.00" (instants are stored in the calendar's zone). */
export function shortInstant(t: Instant | undefined): string {
  const m = t ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(t) : null;
  return m ? `${m[3]}-${m[2]}-${m[1]} ${m[4]}.${m[5]}` : "";
}

const shorten = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

function statusText(step: SopStepView, cal: WorkingCalendar): string {
  const st = step.status;
  if (st.status !== "terlambat") return S.sop.status[st.status];
  const late = formatWorkingMinutes(st.lateMinutes, cal);
  return st.done ? S.sop.statusDoneLate(late) : S.sop.statusLate(late);
}

const C = T.columns;
const HEADERS = [C.no, C.aktivitas, C.pelaksana, C.rencana, C.status, C.mulai, C.selesai];
const ALIGN = ["right", "left", "left", "left", "left", "left", "left"] as const;

/** The eight steps of a round not yet scheduled: the form's steps, each "Belum dijadwalkan". */
function printOutline(io: CliIo, outline: readonly SopStepOutline[]): void {
  const rows = outline.map((s) => [
    String(s.no),
    shorten(s.aktivitas, AKTIVITAS_WIDTH),
    s.roleName,
    "",
    S.sop.unscheduled,
    "",
    "",
  ]);
  println(io.stdout, formatTable(HEADERS, rows, ALIGN));
  println(io.stdout);
}

export function printSopRound(io: CliIo, round: SopRound, file: string): void {
  const out = io.stdout;
  const { setup, sop } = round;
  if (setup) println(out, T.heading(setup.instansi, S.common.periode[setup.periode], setup.tahun));
  if (!sop) {
    println(out);
    printOutline(io, round.outline);
    println(out, T.notScheduled(file));
    printIssues(io, round);
    return;
  }
  const cal = sop.calendar;
  println(out, T.startLine(formatInstant(sop.startDate, cal), formatInstant(round.now, cal)));
  println(out);
  const rows = round.steps.map((s) => [
    String(s.no),
    shorten(s.aktivitas, AKTIVITAS_WIDTH),
    s.roleName,
    shortInstant(s.plannedFinish),
    statusText(s, cal),
    shortInstant(s.actualStart),
    shortInstant(s.actualFinish),
  ]);
  println(out, formatTable(HEADERS, rows, ALIGN));
  println(out);
  const current = round.current;
  if (current) {
    println(out, T.current(current.no, current.aktivitas));
    const o = current.official;
    println(out, o ? T.mustAct(o.nama, o.jabatan, o.nip) : T.mustActNobody(current.roleName));
    println(out, T.due(formatInstant(current.plannedFinish, cal)));
  } else println(out, T.allDone);
  if (round.overdue.length > 0) {
    println(out, T.overdueHeading);
    for (const s of round.overdue) {
      const late = formatWorkingMinutes(s.status.lateMinutes, cal);
      println(out, T.overdue(s.no, s.roleName, late, formatInstant(s.plannedFinish, cal)));
    }
  }
  println(out, T.kertasKerja(round.kertasKerja.generated, round.kertasKerja.note));
  println(out);
  printParafs(io, round, cal);
  printIssues(io, round);
}

function printParafs(io: CliIo, round: SopRound, cal: WorkingCalendar): void {
  const out = io.stdout;
  println(out, T.parafHeading);
  const checks = round.parafValidity.checks;
  if (checks.length === 0) println(out, T.noParaf);
  for (const c of checks) {
    const at = parseInstant(c.record.at);
    const when = at ? formatInstant(at, cal) : c.record.at;
    println(out, T.parafLine(T.parafNames[c.step], c.record.nama, c.record.nip, when, c.status === "valid"));
    if (c.status === "stale") {
      println(out, `    ${S.sop.app.parafCell.staleDetail(c.recorded.slice(0, 12), c.current.slice(0, 12))}`);
    }
  }
  println(out, `  ${round.disclaimer}`);
  println(out);
}

function printIssues(io: CliIo, round: SopRound): void {
  const out = io.stdout;
  const logIssues = round.log.issues;
  if (logIssues.length === 0) println(out, T.logIntact(round.log.entries.length));
  else {
    println(out, T.logProblems(logIssues.length));
    for (const i of logIssues) println(out, `  ${formatIssue(i)}`);
  }
  const others = round.issues.filter((i) => !logIssues.includes(i));
  if (others.length > 0) {
    println(out, T.otherIssues);
    for (const i of others) println(out, `  ${formatIssue(i)}`);
  }
}
