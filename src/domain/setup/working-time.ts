/**
 * Working time of a Sekretariat Daerah: which days are worked, the hours of each, the time zone
 * and the holidays (libur nasional and cuti bersama) — and durations of the SOP counted in it.
 *
 * Instants are ISO 8601 strings with an explicit offset, always written in the calendar's zone
 * ("2026-04-06T08:00:00+08:00"): they survive JSON and a workbook, a person can read them, and
 * they order correctly once parsed. Arithmetic is done on epoch milliseconds internally.
 * An `Instant` is made by `parseInstant`, `localInstant` or `instantFromMs`, so it is valid: the
 * arithmetic below does not re-check it.
 */
import { S } from "../../strings";
import { BULAN, isIsoDate } from "../shared/dates";
import type { Issue } from "../shared/types";

/** An ISO 8601 instant with an offset, e.g. "2026-04-06T08:00:00+08:00". */
export type Instant = string & { readonly __brand: "Instant" };
/** ISO weekday: 1 = Senin … 7 = Minggu. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface WorkingDayHours {
  weekday: IsoWeekday;
  /** "07:30" */
  start: string;
  /** "16:00" */
  end: string;
}

/** The working calendar. Versioned; every field is a setting (DOMAIN.md: it varies). */
export interface WorkingCalendar {
  type: "kertas-kerja-sakip/kalender-kerja";
  version: 1;
  /** The worked weekdays and their hours; a weekday not listed is not worked. */
  week: WorkingDayHours[];
  /** Minutes east of UTC: 480 for WITA. */
  utcOffsetMinutes: number;
  /** Shown after a time: "WITA". */
  zoneName: string;
  /** Libur nasional and cuti bersama, ISO dates; the user edits this list every year. */
  holidays: string[];
  /**
   * What each holiday is ("Nyepi", "cuti bersama Idulfitri"), by ISO date: the Keterangan of the
   * Pengaturan sheet. Optional and beside `holidays` (not in it), so that states written before it
   * existed — plain date strings — still read; the arithmetic never looks at it.
   */
  holidayNames?: Record<string, string>;
}

export type DurationUnit = "menit" | "jam" | "hari";
/** A mutu baku waktu: "30 Menit", "3 Jam", "2 hari". */
export interface WorkingDuration {
  unit: DurationUnit;
  amount: number;
}

/**
 * Libur nasional and cuti bersama 2026 (SKB Menteri Agama, Menteri Ketenagakerjaan and Menteri
 * PANRB No. 1497, 2 and 5 Tahun 2025), with their Keterangan. Weekend dates are kept so the list
 * reads like the SKB.
 */
export const HOLIDAY_NAMES_2026: Readonly<Record<string, string>> = {
  "2026-01-01": "Tahun Baru Masehi",
  "2026-01-16": "Isra Mikraj",
  "2026-02-16": "Cuti bersama Imlek",
  "2026-02-17": "Tahun Baru Imlek",
  "2026-03-18": "Cuti bersama Nyepi",
  "2026-03-19": "Nyepi",
  "2026-03-20": "Cuti bersama Idulfitri",
  "2026-03-21": "Idulfitri",
  "2026-03-22": "Idulfitri",
  "2026-03-23": "Cuti bersama Idulfitri",
  "2026-03-24": "Cuti bersama Idulfitri",
  "2026-04-03": "Wafat Yesus Kristus",
  "2026-04-05": "Paskah",
  "2026-05-01": "Hari Buruh",
  "2026-05-14": "Kenaikan Yesus Kristus",
  "2026-05-15": "Cuti bersama Kenaikan Yesus Kristus",
  "2026-05-27": "Iduladha",
  "2026-05-28": "Cuti bersama Iduladha",
  "2026-05-31": "Waisak",
  "2026-06-01": "Hari Lahir Pancasila",
  "2026-06-16": "Tahun Baru Islam",
  "2026-08-17": "Proklamasi Kemerdekaan",
  "2026-08-25": "Maulid Nabi",
  "2026-12-24": "Cuti bersama Natal",
  "2026-12-25": "Natal",
};

export const HOLIDAYS_2026: readonly string[] = Object.keys(HOLIDAY_NAMES_2026);

/** Monday–Friday 07:30–16:00 WITA (UTC+8, Tapin) with the 2026 holidays. */
export const DEFAULT_CALENDAR: WorkingCalendar = {
  type: "kertas-kerja-sakip/kalender-kerja",
  version: 1,
  week: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: "07:30", end: "16:00" })),
  utcOffsetMinutes: 480,
  zoneName: "WITA",
  holidays: [...HOLIDAYS_2026],
  holidayNames: { ...HOLIDAY_NAMES_2026 },
};

/** "UTC+08:00" for 480. */
export function formatUtcOffset(minutes: number): string {
  const off = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `UTC${minutes < 0 ? "-" : "+"}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

/** "UTC+08:00" (also "UTC−8", "UTC+8:30") → 480; undefined when it is no offset. */
export function parseUtcOffset(text: string): number | undefined {
  const m = /^UTC\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(text.trim());
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "+" ? minutes : -minutes;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** A calendar with no working day in this many days is treated as broken (no endless loops). */
const HORIZON_DAYS = 3660;

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant's epoch milliseconds; undefined unless it is a real ISO instant with an offset. */
export function instantMs(s: string): number | undefined {
  const m = INSTANT_RE.exec(s);
  if (!m || !isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return undefined;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The string as an Instant when it is one ("2026-04-06T08:00:00+08:00"); undefined otherwise. */
export function parseInstant(s: string): Instant | undefined {
  return instantMs(s) === undefined ? undefined : (s as Instant);
}

/** Epoch ms → the instant written in the calendar's zone, to the second. */
export function instantFromMs(ms: number, cal: WorkingCalendar): Instant {
  const local = new Date(Math.floor(ms / 1000) * 1000 + cal.utcOffsetMinutes * MINUTE);
  const off = Math.abs(cal.utcOffsetMinutes);
  const sign = cal.utcOffsetMinutes < 0 ? "-" : "+";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}` as Instant;
}

/** The same moment written in the calendar's zone; a string that is no instant is returned as is. */
export function inCalendarZone(t: Instant, cal: WorkingCalendar): Instant {
  const ms = instantMs(t);
  return ms === undefined ? t : instantFromMs(ms, cal);
}

/** A wall-clock time in the calendar's zone: localInstant("2026-04-06", "08:00") → "2026-04-06T08:00:00+08:00". */
export function localInstant(date: string, time: string, cal: WorkingCalendar): Instant {
  const [y, mo, d] = date.split("-").map(Number);
  const dayIndex = Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1) / DAY;
  return instantFromMs(toMs(dayIndex, clockMinutes(time) * MINUTE, cal), cal);
}

/** The instant as a person reads it: "Senin, 13 April 2026 10.30 WITA". */
export function formatInstant(instant: Instant, cal: WorkingCalendar): string {
  const ms = instantMs(instant);
  if (ms === undefined) return instant;
  const { day, tod } = toLocal(ms, cal);
  const date = new Date(day * DAY);
  const hh = String(Math.floor(tod / (60 * MINUTE))).padStart(2, "0");
  const mm = String(Math.floor(tod / MINUTE) % 60).padStart(2, "0");
  return `${S.sop.hari[weekdayOf(day)]}, ${date.getUTCDate()} ${BULAN[date.getUTCMonth()]} ${date.getUTCFullYear()} ${hh}.${mm} ${cal.zoneName}`;
}

/** True when the ISO date is worked: its weekday is in the week and it is not a holiday. */
export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  if (!isIsoDate(date)) return false;
  return hoursOf(Date.parse(`${date}T00:00:00Z`) / DAY, cal) !== undefined;
}

/**
 * The first working moment at or after `t`: `t` itself inside working hours, else the opening of
 * the next working day. A moment at closing time is not working time.
 * @example nextWorkingStart("2026-04-10T16:30:00+08:00") // Friday after hours
 *   → "2026-04-13T07:30:00+08:00" (Monday opening)
 */
export function nextWorkingStart(t: Instant, cal: WorkingCalendar): Instant {
  return instantFromMs(nextStartMs(msOf(t), cal), cal);
}

/**
 * The planned finish of a task of the given duration started at `start`. A start outside
 * working time begins at the next working start (see `nextWorkingStart`).
 *
 * - "menit"/"jam" count working time only, running across closing time, weekends and holidays.
 *   A task ending exactly at closing time ends then, not at the next opening.
 * - "hari" counts working days: N working days later at the same clock time (a non-integer
 *   amount is rounded up). If that clock time is after the finishing day's closing time it is
 *   clamped to closing; if it is at or before that day's opening (a start at opening), the task
 *   ends at the close of the working day before instead — the same working moment, as a Kasubag
 *   would say it ("2 hari from Monday morning: done Tuesday").
 *
 * @example (Monday–Friday 07:30–16:00)
 *   2 hari from Monday 10:00            → Wednesday 10:00
 *   2 hari from Monday 07:30            → Tuesday 16:00
 *   1 hari from Saturday 10:00          → Monday 16:00
 *   3 jam from Friday 14:00             → Monday 08:30 (2 jam Friday, 1 jam Monday)
 *   30 menit from Monday 15:30          → Monday 16:00
 */
export function addWorkingDuration(start: Instant, duration: WorkingDuration, cal: WorkingCalendar): Instant {
  const from = nextStartMs(msOf(start), cal);
  const amount = Math.max(0, duration.amount);
  if (duration.unit === "hari") return instantFromMs(addDaysMs(from, Math.ceil(amount), cal), cal);
  const minutes = duration.unit === "jam" ? amount * 60 : amount;
  return instantFromMs(addMinutesMs(from, minutes, cal), cal);
}

/**
 * Working minutes from `a` to `b`: only time inside working hours counts. Negative when `b` is
 * before `a` (antisymmetric), so `workingMinutesBetween(plannedFinish, actualFinish)` is the
 * lateness of a step in working minutes.
 * @example Friday 15:00 → Monday 08:30 = 60 + 60 = 120
 */
export function workingMinutesBetween(a: Instant, b: Instant, cal: WorkingCalendar): number {
  const from = msOf(a);
  const to = msOf(b);
  if (to < from) return -workingMinutesBetween(b, a, cal);
  let total = 0;
  const last = toLocal(to, cal).day;
  for (let day = toLocal(from, cal).day; day <= last; day++) {
    const h = hoursOf(day, cal);
    if (!h) continue;
    const open = toMs(day, h.start, cal);
    const close = toMs(day, h.end, cal);
    total += Math.max(0, Math.min(close, to) - Math.max(open, from));
  }
  return total / MINUTE;
}

/** Every problem of a calendar; an empty list means it can be used. */
export function validateCalendar(cal: WorkingCalendar, sheet?: string): Issue[] {
  const T = S.sop.calendar;
  const issues: Issue[] = [];
  // Fields are paths of the Pengaturan form: a day of `week` is "jamKerja.<index>", a holiday
  // "libur.<index>.date", the rest of the calendar "kalender".
  const err = (field: string, code: string, message: string, found: string, expected: string) =>
    issues.push({ severity: "error", code, message, sheet, field, found, expected });
  const weekdays = cal.week.map((d) => d.weekday);
  if (
    weekdays.some((w) => !Number.isInteger(w) || w < 1 || w > 7) ||
    new Set(weekdays).size !== weekdays.length
  ) {
    err("kalender", "sop.calendar.weekday", T.badWeekday, weekdays.join(", "), T.badWeekdayExpected);
  }
  if (cal.week.length === 0)
    err("kalender", "sop.calendar.empty", T.noWorkingDay, "", T.noWorkingDayExpected);
  cal.week.forEach((d, i) => {
    const bad = [d.start, d.end].find((t) => !CLOCK_RE.test(t));
    if (bad !== undefined) {
      err(`jamKerja.${i}`, "sop.calendar.time", T.badTime(String(bad)), String(bad), T.badTimeExpected);
    } else if (clockMinutes(d.start) >= clockMinutes(d.end)) {
      err(
        `jamKerja.${i}`,
        "sop.calendar.hours",
        T.badHours(S.sop.hari[d.weekday] ?? ""),
        `${d.start}–${d.end}`,
        T.badHoursExpected,
      );
    }
  });
  if (!Number.isInteger(cal.utcOffsetMinutes) || cal.utcOffsetMinutes < -720 || cal.utcOffsetMinutes > 840) {
    err("kalender", "sop.calendar.offset", T.badOffset, String(cal.utcOffsetMinutes), T.badOffsetExpected);
  }
  cal.holidays.forEach((h, i) => {
    if (!isIsoDate(h))
      err(`libur.${i}.date`, "sop.calendar.holiday", T.badHoliday(h), h, T.badHolidayExpected);
  });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Internals: a local day is counted in days since 1970-01-01 in the calendar's zone; `tod` is the
// time of day in milliseconds.

const CLOCK_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function msOf(t: Instant): number {
  return instantMs(t) ?? Number.NaN;
}

function toLocal(ms: number, cal: WorkingCalendar): { day: number; tod: number } {
  const local = ms + cal.utcOffsetMinutes * MINUTE;
  const day = Math.floor(local / DAY);
  return { day, tod: local - day * DAY };
}

function toMs(day: number, tod: number, cal: WorkingCalendar): number {
  return day * DAY + tod - cal.utcOffsetMinutes * MINUTE;
}

/** 1970-01-01 was a Thursday (ISO weekday 4). */
function weekdayOf(day: number): IsoWeekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

interface Compiled {
  hours: Map<number, { start: number; end: number }>;
  holidays: Set<number>;
}
const compiled = new WeakMap<WorkingCalendar, Compiled>();

function compile(cal: WorkingCalendar): Compiled {
  let c = compiled.get(cal);
  if (!c) {
    c = {
      hours: new Map(
        cal.week.map((d) => [
          d.weekday,
          { start: clockMinutes(d.start) * MINUTE, end: clockMinutes(d.end) * MINUTE },
        ]),
      ),
      holidays: new Set(cal.holidays.filter(isIsoDate).map((h) => Date.parse(`${h}T00:00:00Z`) / DAY)),
    };
    compiled.set(cal, c);
  }
  return c;
}

/** Opening and closing (ms into the day) of a working day; undefined when the day is not worked. */
function hoursOf(day: number, cal: WorkingCalendar): { start: number; end: number } | undefined {
  const c = compile(cal);
  if (c.holidays.has(day)) return undefined;
  const h = c.hours.get(weekdayOf(day));
  return h && h.end > h.start ? h : undefined;
}

function nextWorkingDay(day: number, cal: WorkingCalendar): number | undefined {
  for (let d = day + 1; d <= day + HORIZON_DAYS; d++) if (hoursOf(d, cal)) return d;
  return undefined;
}

function nextStartMs(ms: number, cal: WorkingCalendar): number {
  if (Number.isNaN(ms)) return ms;
  const { day, tod } = toLocal(ms, cal);
  const today = hoursOf(day, cal);
  if (today && tod < today.end) return tod < today.start ? toMs(day, today.start, cal) : ms;
  const next = nextWorkingDay(day, cal);
  const h = next === undefined ? undefined : hoursOf(next, cal);
  return next === undefined || !h ? ms : toMs(next, h.start, cal);
}

/** `from` must be working time (the result of nextStartMs). */
function addMinutesMs(from: number, minutes: number, cal: WorkingCalendar): number {
  let t = from;
  let rest = minutes * MINUTE;
  for (let guard = 0; guard < HORIZON_DAYS * 10; guard++) {
    const { day, tod } = toLocal(t, cal);
    const h = hoursOf(day, cal);
    if (!h) return t;
    const available = h.end - tod;
    if (rest <= available) return t + rest;
    rest -= available;
    const next = nextWorkingDay(day, cal);
    const nh = next === undefined ? undefined : hoursOf(next, cal);
    if (next === undefined || !nh) return t + available;
    t = toMs(next, nh.start, cal);
  }
  return t;
}

function addDaysMs(from: number, days: number, cal: WorkingCalendar): number {
  if (days === 0 || Number.isNaN(from)) return from;
  const { day, tod } = toLocal(from, cal);
  let before = day;
  for (let i = 1; i < days; i++) before = nextWorkingDay(before, cal) ?? before;
  const target = nextWorkingDay(before, cal);
  const th = target === undefined ? undefined : hoursOf(target, cal);
  if (target === undefined || !th) return from;
  if (tod <= th.start) {
    const bh = hoursOf(before, cal);
    return bh ? toMs(before, bh.end, cal) : toMs(target, th.start, cal);
  }
  return toMs(target, Math.min(tod, th.end), cal);
}
