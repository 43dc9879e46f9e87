/**
 * Excel serial numbers ↔ the JS Dates exceljs uses. exceljs models a date as UTC midnight of the
 * day (no time zone), so these are plain arithmetic from 1970-01-01 = serial 25569.
 */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;
/** Serial of the same day in the 1904 date system is this much smaller. */
const DATE1904_OFFSET = 1462;

export function serialToDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE1904_OFFSET : 0)) * MS_PER_DAY));
}

export function dateToSerial(date: Date, date1904 = false): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);
}
