import fc from "fast-check";
import { instantSerial } from "../../../src/domain/ledger/data-layout";
import {
  dateToSerial,
  instantToSerial,
  isoToSerial,
  msToSerial,
  serialToDate,
  serialToIso,
  serialToMs,
} from "../../../src/domain/shared/dates";

// One module converts between dates and Excel serials. These tests hold it to each conversion it
// replaced, written out here as they were: the Excel host's serial → ISO date for validation
// bounds, the .xlsx host's serial ↔ Date (both date systems), and the Data sheet's instant +
// UTC offset → serial. (A millisecond is about 1.2e-8 of a day: 9 decimals tell them apart.)
const DAY = 86_400_000;
const old = {
  excelSerialToIsoDate: (serial: number) =>
    new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000)).toISOString().slice(0, 10),
  xlsxSerialToDate: (serial: number, date1904: boolean) =>
    new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY)),
  xlsxDateToSerial: (date: Date, date1904: boolean) => 25569 + date.getTime() / DAY - (date1904 ? 1462 : 0),
  dataInstantSerial: (ms: number, utcOffsetMinutes: number) => (ms + utcOffsetMinutes * 60_000) / DAY + 25569,
};

/** Serials from 1900-03-01 to 9999-12-31, with a time of day to the millisecond. */
const serials = fc
  .record({ day: fc.integer({ min: 61, max: 2_958_465 }), ms: fc.integer({ min: 0, max: DAY - 1 }) })
  .map(({ day, ms }) => day + ms / DAY);
const instants = fc.integer({ min: Date.UTC(1900, 2, 1), max: Date.UTC(9999, 11, 31) });
/** Offsets from UTC−12:00 to UTC+14:00, in quarter hours. */
const offsets = fc.integer({ min: -48, max: 56 }).map((q) => q * 15);

describe("dates ↔ serials", () => {
  it("maps ISO dates to whole serials and back", () => {
    expect(isoToSerial("2026-04-15")).toBe(46127);
    expect(isoToSerial("1970-01-01")).toBe(25569);
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(serialToIso(46127)).toBe("2026-04-15");
    expect(serialToIso(45292)).toBe("2024-01-01");
    expect(serialToIso(61)).toBe("1900-03-01");
    // Before March 1900 the arithmetic stays exceljs's, a day off Excel's fictitious 1900-02-29.
    expect(serialToIso(1)).toBe("1899-12-31");
  });

  it("keeps the time of day as the fraction", () => {
    expect(msToSerial(Date.UTC(2026, 3, 15, 12))).toBe(46127.5);
    expect(msToSerial(Date.UTC(2026, 3, 15, 18))).toBe(46127.75);
    expect(msToSerial(Date.UTC(2026, 3, 15, 0, 0, 1))).toBeCloseTo(46127 + 1 / 86_400, 9);
    expect(serialToMs(46127.25)).toBe(Date.UTC(2026, 3, 15, 6));
    expect(serialToDate(46127.5).toISOString()).toBe("2026-04-15T12:00:00.000Z");
    expect(dateToSerial(new Date("2026-04-15T18:00:00Z"))).toBe(46127.75);
    // A date of a serial drops the time, whatever the time (INT in Excel).
    expect(serialToIso(46127.999)).toBe("2026-04-15");
  });

  it("reads and writes 1904-system serials", () => {
    // 15 April 2026 is 46127 in the 1900 system, 44665 in the 1904 system.
    expect(serialToDate(44665, true).toISOString()).toBe("2026-04-15T00:00:00.000Z");
    expect(dateToSerial(new Date("2026-04-15T12:00:00Z"), true)).toBe(44665.5);
    expect(serialToMs(0, true)).toBe(Date.UTC(1904, 0, 1));
  });

  it("turns an instant into the serial of its clock time in the round's zone", () => {
    const ms = Date.parse("2026-04-15T16:00:00Z");
    expect(instantToSerial(ms, 480)).toBe(46128); // 16 April, 00:00 WITA
    expect(instantToSerial(ms, 0)).toBeCloseTo(46127 + 16 / 24, 9);
    expect(instantToSerial(ms, -300)).toBeCloseTo(46127 + 11 / 24, 9); // 11:00 in UTC−05:00
    expect(instantToSerial(ms, 330)).toBeCloseTo(46127 + 21.5 / 24, 9); // 21:30 in UTC+05:30
    // The Data sheet's reading of an ISO instant goes through it.
    expect(instantSerial("2026-04-15T16:00:00Z", 480)).toBe(46128);
    expect(instantSerial("2026-04-15T18:00:00", 480)).toBe(46127.75);
    expect(instantSerial("2026-04-15T18:00:00+08:00", 0)).toBeCloseTo(46127 + 10 / 24, 9);
  });

  it("round-trips every millisecond between 1900 and 9999 through a serial, in both date systems", () => {
    fc.assert(
      fc.property(instants, fc.boolean(), (ms, date1904) => {
        expect(serialToDate(dateToSerial(new Date(ms), date1904), date1904).getTime()).toBe(ms);
      }),
    );
  });
});

describe("what each replaced conversion did", () => {
  it("the Excel host's serial → ISO date (validation bounds)", () => {
    fc.assert(
      fc.property(serials, (serial) => {
        expect(serialToIso(serial)).toBe(old.excelSerialToIsoDate(serial));
      }),
    );
    expect(serialToIso(1)).toBe(old.excelSerialToIsoDate(1));
  });

  it("the .xlsx host's serial ↔ Date, with fractions and the 1904 system", () => {
    fc.assert(
      fc.property(serials, fc.boolean(), (serial, date1904) => {
        expect(serialToDate(serial, date1904).getTime()).toBe(
          old.xlsxSerialToDate(serial, date1904).getTime(),
        );
      }),
    );
    fc.assert(
      fc.property(instants, fc.boolean(), (ms, date1904) => {
        expect(dateToSerial(new Date(ms), date1904)).toBe(old.xlsxDateToSerial(new Date(ms), date1904));
      }),
    );
  });

  it("the Data sheet's instant + UTC offset → serial", () => {
    fc.assert(
      fc.property(instants, offsets, (ms, offset) => {
        expect(instantToSerial(ms, offset)).toBe(old.dataInstantSerial(ms, offset));
        const iso = new Date(ms).toISOString();
        expect(instantSerial(iso, offset)).toBe(old.dataInstantSerial(ms, offset));
      }),
    );
  });
});
