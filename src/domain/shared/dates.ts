/**
 * Excel date serials and Indonesian date words. The one place a date becomes a serial and back:
 * the domain, the .xlsx host (exceljs's Dates) and the Excel host all convert here.
 *
 * A serial counts days, the time of day as the fraction: 46127.5 is 15 April 2026, 12:00. It has
 * no zone; in milliseconds it is read as a UTC clock (what exceljs does with its Dates). From
 * 1900-03-01 (serial 61) on it is Excel's calendar; earlier serials are one day off Excel's, which
 * counts a fictitious 1900-02-29 (serial 60), as in exceljs.
 */

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
/** Serial 25569 is 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** A day's serial in the 1904 date system (a workbook setting) is this much smaller. */
const DATE1904_OFFSET = 1462;
/** 9999-12-31, the last date Excel knows. */
const MAX_EXCEL_SERIAL = 2958465;

/**
 * Milliseconds of a UTC clock → serial, the time of day kept as the fraction.
 * @example msToSerial(Date.UTC(2026, 3, 15, 12)) === 46127.5
 */
export function msToSerial(ms: number): number {
  return UNIX_EPOCH_SERIAL + ms / MS_PER_DAY;
}

/** Serial → milliseconds of a UTC clock, to the nearest millisecond; `date1904` for a 1904-system serial. */
export function serialToMs(serial: number, date1904 = false): number {
  return Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE1904_OFFSET : 0)) * MS_PER_DAY);
}

/**
 * An instant (epoch milliseconds) as the serial of its clock time in a zone `utcOffsetMinutes`
 * east of UTC, so that a formula compares it with a date of that zone.
 * @example instantToSerial(Date.parse("2026-04-15T16:00:00Z"), 480) === 46128 // 16 April, 00:00 WITA
 */
export function instantToSerial(ms: number, utcOffsetMinutes: number): number {
  return msToSerial(ms + utcOffsetMinutes * MS_PER_MINUTE);
}

/** Serial → the Date exceljs takes for it (the clock time as UTC); `date1904` for that workbook setting. */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date(serialToMs(serial, date1904));
}

/** A Date as exceljs gives it (the clock time as UTC) → serial; `date1904` for that workbook setting. */
export function dateToSerial(date: Date, date1904 = false): number {
  return msToSerial(date.getTime()) - (date1904 ? DATE1904_OFFSET : 0);
}

export const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

/** True for a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** "2026-04-15" → 46127 (Excel serial). */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return msToSerial(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** 46127 → "2026-04-15" (the fraction of a day is dropped, as Excel's INT does). */
export function serialToIso(serial: number): string {
  // A number that is no Excel date (NaN, 1e12, negative) comes back as written: no ISO check
  // accepts it, so a reader reports it instead of throwing "Invalid time value".
  if (!Number.isFinite(serial) || serial < 0 || Math.floor(serial) > MAX_EXCEL_SERIAL) return String(serial);
  return new Date(serialToMs(Math.floor(serial))).toISOString().slice(0, 10);
}

/** "2026-04-15" → "15 April 2026". */
export function formatTanggal(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${BULAN[(m ?? 1) - 1]} ${y}`;
}

/**
 * The calendar date of `d` where the code runs, "2026-04-06": local time, not UTC (early morning
 * in WITA is still yesterday in UTC).
 * @example localIsoDate(new Date(2026, 3, 6, 0, 30)) // "2026-04-06" in any zone
 */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
