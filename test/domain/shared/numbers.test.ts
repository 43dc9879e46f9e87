import fc from "fast-check";
import {
  formatIndonesianNumber,
  formatNumber,
  formatPercent,
  formatRupiah,
  parseIndonesianNumber,
} from "../../../src/domain/shared/numbers";
import { fileSize } from "../../../src/strings/returnedFile";

const value = (v: Parameters<typeof parseIndonesianNumber>[0]): number | string => {
  const r = parseIndonesianNumber(v);
  return r.ok ? r.value : r.reason;
};

describe("parseIndonesianNumber", () => {
  test.each([
    ["Rp 1.250.000.000,00", 1250000000],
    ["Rp. 1.250.000,-", 1250000],
    ["rp1.250", 1250],
    ["1.234,5", 1234.5],
    ["99,5", 99.5],
    ["0,85", 0.85],
    ["0,125", 0.125],
    ["1.200", 1200],
    ["1.250.000", 1250000],
    ["  12 ", 12],
    ["12\u00a0", 12],
    ["-5", -5],
    ["- 1.000,5", -1000.5],
    ["−2,5", -2.5],
    ["-Rp 5.000", -5000],
    ["+7", 7],
    ["85%", 85],
    ["85,5 %", 85.5],
    ["1.234,567", 1234.567],
    ["007", 7],
  ])("reads %j as %p", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test("takes numeric cells as they are, and says when a percent sign was dropped", () => {
    expect(parseIndonesianNumber(1234.5)).toEqual({ ok: true, value: 1234.5, percent: false });
    expect(parseIndonesianNumber(0)).toEqual({ ok: true, value: 0, percent: false });
    expect(parseIndonesianNumber("85%")).toEqual({ ok: true, value: 85, percent: true });
  });

  test.each([null, "", "   ", "-", "–", "—"])("reads %j as empty", (v) => {
    expect(value(v)).toBe("empty");
  });

  test.each([
    ["1,234.5", "English decimal point after a thousands comma"],
    ["1,234,567", "English thousands commas"],
    ["1.5", "a lone dot that does not group by three"],
    ["12.75", "a lone dot that does not group by three"],
    ["1,500", "one comma and exactly three digits: 1,5 or 1500"],
    ["Rp 2,500", "the same with a currency"],
  ])("rejects %j as ambiguous (%s)", (text) => {
    expect(parseIndonesianNumber(text)).toEqual({ ok: false, reason: "ambiguous", found: text });
  });

  test.each([
    "WTP",
    "BB",
    "12 dokumen",
    "1 250 000",
    "1.2.3",
    "1..2",
    ",5",
    "5,",
    "1,2,3",
    "Rp",
    "%",
    "1e5",
    "--5",
  ])("rejects %j as not a number", (text) => {
    expect(value(text)).toBe("not-a-number");
  });

  test("rejects non-finite numbers and booleans", () => {
    expect(value(Number.NaN)).toBe("not-a-number");
    expect(value(Number.POSITIVE_INFINITY)).toBe("not-a-number");
    expect(value(true)).toBe("not-a-number");
  });
});

describe("formatIndonesianNumber", () => {
  test.each([
    [1234.5, 2, "1.234,50"],
    [1250000000, 0, "1.250.000.000"],
    [-1234.5, 1, "-1.234,5"],
    [-0.001, 2, "0,00"],
    [999, 0, "999"],
    [0.85, 2, "0,85"],
  ])("formats %p with %p decimals as %j", (n, d, expected) => {
    expect(formatIndonesianNumber(n, d)).toBe(expected);
  });

  test("without decimals shows the digits the number has", () => {
    expect(formatIndonesianNumber(1234.5)).toBe("1.234,5");
    expect(formatIndonesianNumber(45000000)).toBe("45.000.000");
    expect(formatIndonesianNumber(Number.NaN)).toBe("NaN");
  });
});

/** The one documented case where Indonesian output reads back as ambiguous: "1,125". */
const isAmbiguousThreeDecimals = (text: string): boolean => /^-?[1-9]\d{0,2},\d{3}$/.test(text);

describe("round trip (property)", () => {
  test("formatting a decimal then parsing gives it back", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (k, d) => {
        const n = k / 10 ** d;
        const text = formatIndonesianNumber(n, d);
        const parsed = parseIndonesianNumber(text);
        if (isAmbiguousThreeDecimals(text)) return !parsed.ok && parsed.reason === "ambiguous";
        return parsed.ok && parsed.value === n && !parsed.percent;
      }),
    );
  });

  test("any double, rounded by formatting, parses to the rounded value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (x, d) => {
          const text = formatIndonesianNumber(x, d);
          const parsed = parseIndonesianNumber(text);
          if (isAmbiguousThreeDecimals(text)) return !parsed.ok && parsed.reason === "ambiguous";
          return parsed.ok && parsed.value === Number(x.toFixed(d)) + 0;
        },
      ),
    );
  });

  test("with a currency or a percent sign around it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (k) => {
        const rp = parseIndonesianNumber(`Rp ${formatIndonesianNumber(k, 2)}`);
        const pct = parseIndonesianNumber(`${formatIndonesianNumber(k / 100, 2)}%`);
        return rp.ok && rp.value === k && pct.ok && pct.percent && pct.value === k / 100;
      }),
    );
  });
});

// One formatter for the task pane, the CLI and the messages. The pane once used Intl (id-ID, at
// most 2 decimals; rupiah as IDR currency), the CLI "Rp " + formatIndonesianNumber(Math.round(n)).
describe("formatNumber, formatRupiah, formatPercent (what the pane and the CLI show)", () => {
  const paneNumber = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
  const paneRupiah = new Intl.NumberFormat("id-ID", {
    style: "currency",
    currency: "IDR",
    maximumFractionDigits: 0,
  });
  const cliRupiah = (n: number) => `Rp ${formatIndonesianNumber(Math.round(n), 0)}`;

  test.each([
    [1234.5, "1.234,5"],
    [1234.567, "1.234,57"],
    [1250000, "1.250.000"],
    [0.85, "0,85"],
    [-1234.5, "-1.234,5"],
    [2.999, "3"],
    [-0.001, "0"],
  ])("formatNumber(%p) is %j", (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });

  test("gives what the pane's Intl formatter gave for whole numbers and cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 2 }), (k, d) => {
        const n = k / 10 ** d;
        expect(formatNumber(n)).toBe(paneNumber.format(n));
      }),
    );
  });

  test("takes a smaller number of decimals (a file size has one)", () => {
    expect(formatNumber(4.04, 1)).toBe("4");
    expect(formatNumber(12.46, 1)).toBe("12,5");
    expect(formatNumber(1234.5, 0)).toBe("1.235");
  });

  test("writes rupiah as the CLI did, and as the pane did but with a plain space", () => {
    expect(formatRupiah(824_600_000)).toBe("Rp 824.600.000");
    expect(formatRupiah(1_250_000_000.4)).toBe("Rp 1.250.000.000");
    expect(formatRupiah(0)).toBe("Rp 0");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e14 }), fc.integer({ min: 0, max: 2 }), (k, d) => {
        const n = k / 10 ** d;
        expect(formatRupiah(n)).toBe(cliRupiah(n));
        expect(formatRupiah(n)).toBe(paneRupiah.format(n).replace("\u00a0", " "));
      }),
    );
  });

  test('puts a negative sign before Rp, as the pane did (the CLI wrote "Rp -1.500")', () => {
    expect(formatRupiah(-1500)).toBe("-Rp 1.500");
    expect(formatRupiah(-1500)).toBe(paneRupiah.format(-1500).replace("\u00a0", " "));
    expect(formatRupiah(-0.4)).toBe("Rp 0");
  });

  test("writes a percentage with two decimals, as the demo's summary did", () => {
    expect(formatPercent(85.5)).toBe("85,50 %");
    expect(formatPercent(100)).toBe("100,00 %");
    expect(formatPercent(12.345, 1)).toBe("12,3 %");
  });
});

// The pane's file size (one decimal) and the messages' file size (one decimal under 10) are one.
describe("fileSize", () => {
  test.each([
    [850, "850 bita"],
    [1000, "1.000 bita"],
    [2048, "2 KB"],
    [4096, "4 KB"],
    [12.5 * 1024, "12,5 KB"],
    [1.5 * 1024 * 1024, "1,5 MB"],
    [20 * 1024 * 1024, "20 MB"],
    [25.64 * 1024 * 1024, "25,6 MB"],
  ])("%p bytes are %j", (bytes, expected) => {
    expect(fileSize(bytes)).toBe(expected);
  });
});
