/**
 * Building issues: one function for one issue, and one collector for a reader, which stamps every
 * issue it collects with the same place (the file, the sheet). An issue carries only the parts
 * that are known: no key holds undefined, and the parts stand in one order (where, then what), so
 * issues compare and serialise alike however they were built.
 */
import type { Issue, Severity } from "./types";

/** Where an issue points and what was found and expected: all of an Issue but its verdict and words. */
export type IssuePlace = Omit<Issue, "severity" | "code" | "message">;

/** The parts in their order: any other part of an Issue follows them. */
const ORDER: IssuePlace = {
  file: undefined,
  sheet: undefined,
  cell: undefined,
  row: undefined,
  found: undefined,
  expected: undefined,
};

/**
 * One issue from its parts; a part that is undefined is left out.
 * @example makeIssue("error", "dpa.kode", "Kode tidak terbaca.", { sheet: "DPA", cell: "A7", found: undefined })
 * // { severity: "error", code: "dpa.kode", message: "Kode tidak terbaca.", sheet: "DPA", cell: "A7" }
 */
export function makeIssue(severity: Severity, code: string, message: string, place: IssuePlace = {}): Issue {
  const issue: Issue = { severity, code, message };
  for (const [key, value] of Object.entries({ ...ORDER, ...place })) {
    if (value !== undefined) Object.assign(issue, { [key]: value });
  }
  return issue;
}

/** Reports one issue; its collector adds the place every issue of it shares. */
export type ReportIssue = (severity: Severity, code: string, message: string, place?: IssuePlace) => void;

/**
 * Collects the issues of one reading, each stamped with `stamp` (a part the issue names itself
 * wins). `report` can be handed on as a plain function.
 * @example const c = new IssueCollector({ file: "KK.xlsx" }); c.error("x", "…", { cell: "B3" }); c.issues
 * // [{ severity: "error", code: "x", message: "…", file: "KK.xlsx", cell: "B3" }]
 */
export class IssueCollector {
  readonly issues: Issue[] = [];

  constructor(private readonly stamp: IssuePlace = {}) {}

  readonly report: ReportIssue = (severity, code, message, place = {}) => {
    const defined = Object.entries(place).filter(([, v]) => v !== undefined);
    this.issues.push(makeIssue(severity, code, message, { ...this.stamp, ...Object.fromEntries(defined) }));
  };

  error(code: string, message: string, place?: IssuePlace): void {
    this.report("error", code, message, place);
  }
  warning(code: string, message: string, place?: IssuePlace): void {
    this.report("warning", code, message, place);
  }
  info(code: string, message: string, place?: IssuePlace): void {
    this.report("info", code, message, place);
  }
}
