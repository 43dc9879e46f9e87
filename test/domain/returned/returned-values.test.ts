import fc from "fast-check";
import { formatIndonesianNumber } from "../../../src/domain/shared/numbers";
import { remapFormula } from "../../../src/domain/returned/returned-formulas";
import {
  buktiDukungLink,
  dateFormatKind,
  decodeLocked,
  describeCell,
  foundText,
  isExcelError,
  isPercentFormat,
  readNumberInput,
  readSignatureDate,
  readTextInput,
  showSerial,
  type InputCell,
} from "../../../src/domain/returned/returned-values";
import type { CellValue } from "../../../src/sheet/plan";

const typed = (value: CellValue, numberFormat: string | null = null): InputCell => ({
  value,
  formula: null,
  numberFormat,
});

describe("readNumberInput", () => {
  it.each<[CellValue, string | null, number]>([
    [85, null, 85],
    [0, null, 0],
    [85.5, "General", 85.5],
    ["85", null, 85],
    [" 85 ", null, 85],
    ["85%", null, 85],
    ["85,5", null, 85.5],
    ["85,5 %", null, 85.5],
    ["1.234,5", null, 1234.5],
    ["1.200", null, 1200],
    ["0,125", null, 0.125],
    // Excel stores 85 % as 0.85 in a percent cell.
    [0.85, "0%", 85],
    [0.855, "0.0%", 85.5],
    [1.2, "0.00%", 120],
    // Text in a percent cell: below 1 a fraction, from 1 up percent points (Excel's percent entry).
    ["0,85", "0%", 85],
    ["85", "0%", 85],
    ["85%", "0%", 85],
    // A literal "%" in quotes is decoration: the value is stored as written.
    [85, '0.0"%"', 85],
    [0.85, "0.00\\%", 0.85],
  ])("%p in a %p cell is %p", (value, format, expected) => {
    expect(readNumberInput(typed(value, format))).toEqual({
      kind: "number",
      value: expected,
      fromFormula: false,
    });
  });

  it.each<CellValue>([null, "", "   ", "-", "–"])("%p is blank (not reported), never 0", (value) => {
    expect(readNumberInput(typed(value))).toEqual({ kind: "blank" });
  });

  it.each<[CellValue, string]>([
    ["1.5", "ambiguous"],
    ["1,500", "ambiguous"],
    ["1,234.5", "ambiguous"],
    ["1,234,567", "ambiguous"],
    ["sudah 3 dokumen", "not-a-number"],
    ["tiga", "not-a-number"],
    ["1.2.3", "not-a-number"],
    [true, "boolean"],
    [false, "boolean"],
    ["#DIV/0!", "excel-error"],
    ["#REF!", "excel-error"],
    ["#N/A", "excel-error"],
    [-1, "negative"],
    ["-2", "negative"],
    ["-0,5", "negative"],
    [Number.POSITIVE_INFINITY, "not-a-number"],
  ])("%p is invalid: %s", (value, reason) => {
    const read = readNumberInput(typed(value));
    expect(read).toMatchObject({ kind: "invalid", reason });
  });

  it("says what was found as written", () => {
    expect(readNumberInput(typed("1.5"))).toEqual({ kind: "invalid", reason: "ambiguous", found: "1.5" });
    expect(readNumberInput(typed(true))).toEqual({ kind: "invalid", reason: "boolean", found: "TRUE" });
  });

  it("takes a formula's cached number, and marks it", () => {
    expect(readNumberInput({ value: 480, formula: "=400+80", numberFormat: null })).toEqual({
      kind: "number",
      value: 480,
      fromFormula: true,
    });
    expect(readNumberInput({ value: 0.5, formula: "=1/2", numberFormat: "0%" })).toEqual({
      kind: "number",
      value: 50,
      fromFormula: true,
    });
    expect(readNumberInput({ value: null, formula: "=400+80", numberFormat: null })).toEqual({
      kind: "invalid",
      reason: "formula-no-result",
      found: "=400+80",
    });
    expect(readNumberInput({ value: "#DIV/0!", formula: "=1/0", numberFormat: null })).toMatchObject({
      reason: "excel-error",
    });
  });

  it("refuses a number in a cell formatted as a date or a time, saying what the cell shows", () => {
    // 46093 is 12 March 2026: what Excel makes of "3/12" typed in a General cell.
    expect(readNumberInput(typed(46093, "m/d/yyyy"))).toEqual({
      kind: "invalid",
      reason: "date",
      found: "12/03/2026",
      shows: "date",
    });
    expect(readNumberInput(typed(46093, "mm-dd-yy"), true)).toMatchObject({
      reason: "date",
      found: "12/03/2026",
    });
    expect(readNumberInput(typed(8.5 / 24, "h:mm"))).toMatchObject({ found: "08:30", shows: "time" });
    expect(readNumberInput(typed(46093.75, "d/m/yyyy h:mm"))).toMatchObject({
      found: "12/03/2026 18:00",
      shows: "datetime",
    });
    // A formula's date result too (=TODAY()).
    expect(readNumberInput({ value: 46093, formula: "=TODAY()", numberFormat: "dd/mm/yyyy" })).toMatchObject({
      reason: "date",
    });
    // Text in a date cell is read as text is.
    expect(readNumberInput(typed("480", "dd/mm/yyyy"))).toMatchObject({ kind: "number", value: 480 });
  });

  it("reads money: rupiah forms, never a percent, never × 100", () => {
    expect(readNumberInput(typed("Rp 1.250.000,00"), true)).toMatchObject({ value: 1_250_000 });
    expect(readNumberInput(typed("1.250.000,-"), true)).toMatchObject({ value: 1_250_000 });
    expect(readNumberInput(typed(1_250_000, "#,##0"), true)).toMatchObject({ value: 1_250_000 });
    expect(readNumberInput(typed(0.4, "0%"), true)).toMatchObject({ value: 0.4 });
    expect(readNumberInput(typed("40%"), true)).toEqual({
      kind: "invalid",
      reason: "percent-money",
      found: "40%",
    });
  });

  it("reads back any non-negative number as typed, as text with two decimals, and in a percent cell", () => {
    fc.assert(
      fc.property(fc.nat(10_000_000_000), (cents) => {
        const n = cents / 100;
        expect(readNumberInput(typed(n))).toMatchObject({ value: n });
        expect(readNumberInput(typed(formatIndonesianNumber(n, 2)))).toMatchObject({ value: n });
        expect(readNumberInput(typed(n / 100, "0.00%"))).toMatchObject({ value: n });
      }),
    );
  });
});

describe("isPercentFormat and isExcelError", () => {
  it.each<[string | null, boolean]>([
    ["0%", true],
    ["0.00%", true],
    ["#,##0.0%;[Red]-#,##0.0%", true],
    ['0.0"%"', false],
    ["0.0\\%", false],
    ["[$%-421]0", false],
    ["General", false],
    ["@", false],
    [null, false],
  ])("%p → %p", (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });

  it("knows Excel's error values and nothing else", () => {
    expect(
      ["#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#N/A", "#NUM!", "#NULL!", "#SPILL!"].every(isExcelError),
    ).toBe(true);
    expect(["#", "#1", "DIV/0", "#KOSONG!", 0, null].some((v) => isExcelError(v))).toBe(false);
  });
});

describe("readTextInput", () => {
  it.each(['=HYPERLINK("http://x","klik")', "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3", "=1+1", "#REF!"])(
    "keeps %p exactly",
    (text) => {
      expect(readTextInput(text)).toBe(text);
    },
  );

  it("trims, keeps numbers as their digits, and gives null for nothing", () => {
    expect(readTextInput("  SK Bupati No. 12  ")).toBe("SK Bupati No. 12");
    expect(readTextInput(12)).toBe("12");
    expect(readTextInput(0.5)).toBe("0.5");
    expect(readTextInput(true)).toBe("TRUE");
    expect(readTextInput("")).toBeNull();
    expect(readTextInput("  \n ")).toBeNull();
    expect(readTextInput(null)).toBeNull();
  });
});

describe("dateFormatKind", () => {
  it.each<[string | null, ReturnType<typeof dateFormatKind>]>([
    ["m/d/yyyy", "date"],
    ["mm-dd-yy", "date"],
    ["dd mmmm yyyy", "date"],
    ["mmm-yy", "date"],
    ["[$-421]dddd, d mmmm yyyy", "date"],
    ["DD/MM/YYYY", "date"],
    ["h:mm", "time"],
    ["hh:mm:ss AM/PM", "time"],
    ["[h]:mm", "time"],
    ["mm:ss", "time"],
    ["d/m/yyyy h:mm", "datetime"],
    [null, null],
    ["0", null],
    ["#,##0", null],
    ["0.00%", null],
    ['0.0 "hari"', null],
    ['"Rp" #,##0', null],
    ["[$Rp-421]#,##0.00", null],
    ["[Red]#,##0;[Blue]-#,##0", null],
    ['_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)', null],
    ["0.00E+00", null],
    ["@", null],
    ["0\\d", null],
  ])("%p shows %p", (format, kind) => {
    expect(dateFormatKind(format)).toBe(kind);
  });

  it("shows a serial as a person reads it in Indonesia", () => {
    expect(showSerial(46093, "date")).toBe("12/03/2026");
    expect(showSerial(46093.5, "time")).toBe("12:00");
    expect(showSerial(46213.999, "datetime")).toBe("10/07/2026 23:59");
  });
});

describe("describeCell and foundText", () => {
  it("say what a cell holds: a dash is a dash, a space a space, nothing is (kosong)", () => {
    expect(describeCell("-")).toBe('"-"');
    expect(describeCell(" ")).toBe('" "');
    expect(describeCell(null)).toBe("(kosong)");
    expect(describeCell(1234.5)).toBe("1.234,5");
    expect(describeCell(false)).toBe("FALSE");
    expect(describeCell(null, "=A1")).toBe("=A1");
  });

  it("shorten a long found text, saying its length", () => {
    expect(foundText("pendek")).toBe("pendek");
    const long = "x".repeat(40_000);
    expect(foundText(long)).toBe(`${"x".repeat(120)}… (40.000 karakter)`);
  });
});

describe("buktiDukungLink", () => {
  it("takes an http(s) hyperlink target", () => {
    expect(buktiDukungLink("Laporan", "https://x.id/a.pdf")).toEqual({
      url: "https://x.id/a.pdf",
      refused: null,
      tooLong: false,
    });
    expect(buktiDukungLink("Laporan", "http://x.id/a")).toEqual({
      url: "http://x.id/a",
      refused: null,
      tooLong: false,
    });
  });

  it("takes the text when it is one http(s) URL", () => {
    expect(buktiDukungLink(" https://x.id/a ", undefined)).toEqual({
      url: "https://x.id/a",
      refused: null,
      tooLong: false,
    });
    expect(buktiDukungLink("lihat https://x.id/a", undefined)).toEqual({
      url: null,
      refused: null,
      tooLong: false,
    });
    expect(buktiDukungLink("SK No. 12", undefined)).toEqual({ url: null, refused: null, tooLong: false });
  });

  it.each(["file:///C:/bukti.pdf", "javascript:alert(1)", "\\\\server\\share\\bukti.pdf", "mailto:a@b.id"])(
    "refuses a %p hyperlink",
    (target) => {
      expect(buktiDukungLink("bukti", target)).toEqual({ url: null, refused: target, tooLong: false });
    },
  );

  it("refuses a link longer than 2,000 characters, as hyperlink or as text, and says it is the length", () => {
    const long = `https://x.id/${"a".repeat(2_000)}`;
    expect(buktiDukungLink("bukti", long)).toEqual({ url: null, refused: long, tooLong: true });
    expect(buktiDukungLink(long, undefined)).toEqual({ url: null, refused: null, tooLong: false });
    const fits = `https://x.id/${"a".repeat(2_000 - 13)}`;
    expect(fits).toHaveLength(2_000);
    expect(buktiDukungLink("bukti", fits).url).toBe(fits);
  });

  it("never takes a javascript: or file: text as a link", () => {
    expect(buktiDukungLink("javascript:alert(1)", undefined).url).toBeNull();
    expect(buktiDukungLink("file:///C:/a.pdf", undefined).url).toBeNull();
  });
});

describe("readSignatureDate", () => {
  it.each<[CellValue, string]>([
    [46213, "2026-07-10"],
    [46213.75, "2026-07-10"],
    ["10/07/2026", "2026-07-10"],
    ["10-7-2026", "2026-07-10"],
    ["2026-07-10", "2026-07-10"],
    ["10 Juli 2026", "2026-07-10"],
    ["1 januari 2027", "2027-01-01"],
  ])("%p → %s", (value, iso) => {
    expect(readSignatureDate(value)).toEqual({ kind: "date", iso });
  });

  it.each<CellValue>(["kemarin", "31/02/2026", "10 July 2026", 12, -3, true, "2026"])(
    "%p is not a date",
    (value) => {
      expect(readSignatureDate(value)).toMatchObject({ kind: "invalid" });
    },
  );

  it("blank is missing", () => {
    expect(readSignatureDate(null)).toEqual({ kind: "blank" });
    expect(readSignatureDate(" ")).toEqual({ kind: "blank" });
  });
});

describe("decodeLocked", () => {
  it("shows locked content as a person reads it", () => {
    const fmt = (n: number) => formatIndonesianNumber(n);
    expect(decodeLocked("n:5", "(kosong)", fmt)).toBe("5");
    expect(decodeLocked("n:250000000", "(kosong)", fmt)).toBe("250.000.000");
    expect(decodeLocked("n:2.5", "(kosong)", fmt)).toBe("2,5");
    expect(decodeLocked("s:Dokumen", "(kosong)", fmt)).toBe("Dokumen");
    expect(decodeLocked(undefined, "(kosong)", fmt)).toBe("(kosong)");
  });
});

describe("remapFormula", () => {
  it("maps references back to the generated rows, leaving text and function names alone", () => {
    const map = new Map([
      [17, 18],
      [15, 17],
    ]);
    expect(remapFormula("SUM(U14,U17)", map)).toBe("SUM(U14,U18)");
    expect(remapFormula('IF(COUNT(M15:N15)=0,"",SUM(M15:N15))', map)).toBe(
      'IF(COUNT(M17:N17)=0,"",SUM(M17:N17))',
    );
    expect(remapFormula('IF(R15="","A15 ""B17""",$S$15)', map)).toBe('IF(R17="","A15 ""B17""",$S$17)');
    expect(remapFormula("LOG10(A15)+ATAN2(B17,1)", map)).toBe("LOG10(A17)+ATAN2(B18,1)");
    expect(remapFormula("MIN(S15,120)>=91", map)).toBe("MIN(S17,120)>=91");
  });
});
