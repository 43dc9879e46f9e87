/**
 * The layout of the Pengaturan sheet: a label in column A with its value beside it, a section row
 * with its table below, and the calendar sections ("HARI KERJA", the holidays) written and read
 * back. Reading is lenient: what is missing or wrong is left for `validateSetup` to name.
 */
import type { CellPlan, CellValue } from "../../sheet/plan";
import { S } from "../../strings";
import { isoToSerial, serialToIso } from "../shared/dates";
import {
  DEFAULT_CALENDAR,
  formatUtcOffset,
  parseUtcOffset,
  type IsoWeekday,
  type WorkingCalendar,
} from "./working-time";

const T = S.setup;

/** A cell of the sheet, in the "value" style unless told. */
export const cell = (value: string | number | null, style = "value"): CellPlan => ({ value, style });

/** A cell's text, trimmed; "" when empty. */
export const str = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : String(v).trim();

/** Where things are on a Pengaturan sheet being read. */
export interface SetupSections {
  /** The 0-based row whose column A is `label`; -1 when there is none. */
  rowOf: (label: string) => number;
  /** The value beside a label. */
  valueOf: (label: string) => CellValue | undefined;
  /** The rows of a section's table: from `skip` rows below its title to the first blank column A. */
  table: (section: string, skip?: number) => CellValue[][];
}

/** The sections of a sheet's values, found by their labels. */
export function sectionsOf(v: CellValue[][]): SetupSections {
  const rowOf = (label: string): number => v.findIndex((r) => str(r[0]) === label);
  const valueOf = (label: string): CellValue | undefined => v[rowOf(label)]?.[1];
  const table = (section: string, skip = 2): CellValue[][] => {
    const start = rowOf(section);
    if (start < 0) return [];
    const out: CellValue[][] = [];
    for (let r = start + skip; r < v.length && str(v[r]?.[0]) !== ""; r++) out.push(v[r] ?? []);
    return out;
  };
  return { rowOf, valueOf, table };
}

/** The sections "HARI KERJA" (zone, hours of each worked day) and the holidays with their Keterangan. */
export function calendarRows(cal: WorkingCalendar): (CellPlan | null)[][] {
  return [
    [],
    [cell(T.sections.hariKerja, "section")],
    [cell(T.labels.zona, "label"), cell(T.zona(cal.zoneName, formatUtcOffset(cal.utcOffsetMinutes)))],
    T.hariKerjaHeader.map((h) => cell(h, "header")),
    ...[...cal.week]
      .sort((a, b) => a.weekday - b.weekday)
      .map((d) => [cell(S.sop.hari[d.weekday] ?? "", "boxed"), cell(d.start, "boxed"), cell(d.end, "boxed")]),
    [],
    [cell(T.sections.libur, "section")],
    T.liburHeader.map((h) => cell(h, "header")),
    ...cal.holidays.map((date) => [
      cell(isoToSerial(date), "boxedDate"),
      cell(cal.holidayNames?.[date] ?? "", "boxed"),
    ]),
  ];
}

/** "7:30", "07.30" or a time of day typed as a number (0.3125) → "07:30"; anything else as written. */
function clockText(v: CellValue | undefined): string {
  if (typeof v === "number" && v >= 0 && v < 1) {
    const minutes = Math.round(v * 1440);
    return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  }
  const text = str(v);
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  return m ? `${(m[1] ?? "").padStart(2, "0")}:${m[2] ?? ""}` : text;
}

/**
 * The calendar of a Pengaturan sheet. A sheet written before these sections existed has neither:
 * it gets DEFAULT_CALENDAR (the migration of version 1). Mistakes are left for validateCalendar.
 */
export function readCalendar({ rowOf, valueOf, table }: SetupSections): WorkingCalendar {
  const hasWeek = rowOf(T.sections.hariKerja) >= 0;
  const hasHolidays = rowOf(T.sections.libur) >= 0;
  if (!hasWeek && !hasHolidays) return DEFAULT_CALENDAR;
  const calendar: WorkingCalendar = { ...DEFAULT_CALENDAR };
  if (hasWeek) {
    const zona = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(str(valueOf(T.labels.zona)));
    calendar.zoneName = (zona?.[1] ?? "").trim() || DEFAULT_CALENDAR.zoneName;
    calendar.utcOffsetMinutes = parseUtcOffset(zona?.[2] ?? "") ?? Number.NaN;
    calendar.week = table(T.sections.hariKerja, 3).map((r) => ({
      weekday: (S.sop.hari as readonly string[]).indexOf(str(r[0])) as IsoWeekday,
      start: clockText(r[1]),
      end: clockText(r[2]),
    }));
  }
  if (hasHolidays) {
    const rows = table(T.sections.libur).map((r) => ({
      date: typeof r[0] === "number" ? serialToIso(r[0]) : str(r[0]),
      name: str(r[1]),
    }));
    calendar.holidays = rows.map((r) => r.date);
    calendar.holidayNames = Object.fromEntries(
      rows.filter((r) => r.name !== "").map((r) => [r.date, r.name]),
    );
  }
  return calendar;
}
