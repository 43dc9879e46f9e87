import fc from "fast-check";
import { IssueCollector, makeIssue, type IssuePlace } from "../../../src/domain/shared/issues";
import type { Issue, Severity, SourceRef } from "../../../src/domain/shared/types";

const severity = fc.constantFrom<Severity>("error", "warning", "info");
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const place = fc.record({
  cell: maybe(fc.string()),
  row: maybe(fc.nat()),
  found: maybe(fc.string()),
  expected: maybe(fc.string()),
});

describe("makeIssue", () => {
  it("leaves out the parts that are undefined and keeps empty texts", () => {
    expect(
      makeIssue("error", "x.code", "Pesan.", { sheet: "DPA", cell: undefined, found: "", row: 7 }),
    ).toStrictEqual({
      severity: "error",
      code: "x.code",
      message: "Pesan.",
      sheet: "DPA",
      row: 7,
      found: "",
    });
    expect(makeIssue("info", "x.none", "Tanpa tempat.")).toStrictEqual({
      severity: "info",
      code: "x.none",
      message: "Tanpa tempat.",
    });
  });

  it("puts the parts in one order, however they are given", () => {
    const issue = makeIssue("warning", "c", "m", {
      expected: "e",
      found: "f",
      row: 2,
      cell: "B2",
      sheet: "S",
      file: "F",
    });
    expect(Object.keys(issue)).toEqual([
      "severity",
      "code",
      "message",
      "file",
      "sheet",
      "cell",
      "row",
      "found",
      "expected",
    ]);
  });

  // The prior matcher once built its issues with issueAt(severity, code, message, source, found).
  it("builds what the prior matcher's issueAt built from a source and a found text", () => {
    const issueAt = (
      s: Severity,
      code: string,
      message: string,
      source: SourceRef,
      found?: string,
    ): Issue => {
      const issue: Issue = { severity: s, code, message };
      if (source.file !== undefined) issue.file = source.file;
      issue.sheet = source.sheet;
      if (source.cell !== undefined) issue.cell = source.cell;
      issue.row = source.row;
      if (found !== undefined) issue.found = found;
      return issue;
    };
    fc.assert(
      fc.property(
        severity,
        fc.record({ file: maybe(fc.string()), sheet: fc.string(), row: fc.nat(), cell: maybe(fc.string()) }),
        maybe(fc.string()),
        (s, source, found) => {
          const made = makeIssue(s, "c", "m", { ...source, found });
          expect(JSON.stringify(made)).toBe(JSON.stringify(issueAt(s, "c", "m", source, found)));
        },
      ),
    );
  });
});

describe("IssueCollector", () => {
  // The DPA and prior readers once had a class of their own that stamped file and sheet.
  it("stamps each issue as the readers' sheet collector did (file only when known)", () => {
    const old = (s: Severity, file: string | undefined, sheet: string, at: IssuePlace): Issue => {
      const issue: Issue = { severity: s, code: "c", message: "m" };
      if (file !== undefined) issue.file = file;
      issue.sheet = sheet;
      if (at.cell !== undefined) issue.cell = at.cell;
      if (at.row !== undefined) issue.row = at.row;
      if (at.found !== undefined) issue.found = at.found;
      if (at.expected !== undefined) issue.expected = at.expected;
      return issue;
    };
    fc.assert(
      fc.property(severity, maybe(fc.string()), fc.string(), place, (s, file, sheet, at) => {
        const c = new IssueCollector({ file, sheet });
        c[s]("c", "m", at);
        expect(JSON.stringify(c.issues)).toBe(JSON.stringify([old(s, file, sheet, at)]));
      }),
    );
  });

  // A returned file's judgement once pushed { severity, code, message, file } plus what was defined.
  it("reports through a plain function as the returned-file judgement did", () => {
    fc.assert(
      fc.property(severity, fc.string(), place, (s, file, at) => {
        const { issues, report } = new IssueCollector({ file });
        report(s, "c", "m", at);
        const expected: Issue = { severity: s, code: "c", message: "m", file };
        for (const [k, v] of Object.entries(at)) if (v !== undefined) Object.assign(expected, { [k]: v });
        expect(issues).toStrictEqual([expected]);
      }),
    );
  });

  it("lets an issue name its own sheet, and keeps the stamp where the issue leaves a part undefined", () => {
    const c = new IssueCollector({ file: "KK.xlsx", sheet: "Data" });
    c.warning("a", "m", { sheet: "Riwayat", row: 3 });
    c.info("b", "m", { sheet: undefined, cell: "A1" });
    expect(c.issues).toStrictEqual([
      { severity: "warning", code: "a", message: "m", file: "KK.xlsx", sheet: "Riwayat", row: 3 },
      { severity: "info", code: "b", message: "m", file: "KK.xlsx", sheet: "Data", cell: "A1" },
    ]);
  });
});
