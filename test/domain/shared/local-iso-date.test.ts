import fc from "fast-check";
import { isIsoDate, localIsoDate } from "../../../src/domain/shared/dates";

// One function for the date the task pane (the setup's "today", the letters' date) and the CLI
// (the letters' date) print: the three copies it replaced were this same local-time formula.
describe("localIsoDate", () => {
  it("is the calendar date where the code runs, zero-padded", () => {
    expect(localIsoDate(new Date(2026, 0, 5))).toBe("2026-01-05");
    expect(localIsoDate(new Date(2026, 3, 6, 0, 30))).toBe("2026-04-06");
    // Late evening stays on its own day whatever UTC says (the pane's and the CLI's case).
    expect(localIsoDate(new Date(2026, 3, 10, 23, 30))).toBe("2026-04-10");
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59, 59))).toBe("2026-12-31");
  });

  it("gives a real ISO date that reads back as the same local day, for any moment", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }),
        (d) => {
          const iso = localIsoDate(d);
          expect(isIsoDate(iso)).toBe(true);
          const back = new Date(`${iso}T00:00:00`);
          expect([back.getFullYear(), back.getMonth(), back.getDate()]).toEqual([
            d.getFullYear(),
            d.getMonth(),
            d.getDate(),
          ]);
        },
      ),
    );
  });
});
