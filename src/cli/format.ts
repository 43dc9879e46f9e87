import type { Issue } from "../domain/shared/types";
import { S } from "../strings";
import { println, type CliIo } from "./io";

export type Align = "left" | "right";

/** A plain text table: a header, a rule, the rows, and an optional footer below a second rule. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
  footer?: readonly string[],
): string {
  const all = footer ? [header, ...rows, footer] : [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  const line = (r: readonly string[]): string =>
    widths
      .map((w, c) => {
        const cell = r[c] ?? "";
        return align[c] === "right" ? cell.padStart(w) : cell.padEnd(w);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const out = [line(header), rule, ...rows.map(line)];
  if (footer) out.push(rule, line(footer));
  return out.join("\n");
}

const G = S.cli.generate;

/** One issue on one line: where (file, sheet, row, cell), the message, what was found and expected. */
export function formatIssue(issue: Issue): string {
  const where: string[] = [];
  const place = [issue.file, issue.sheet].filter((s): s is string => !!s).join(" › ");
  if (place) where.push(place);
  if (issue.row !== undefined) where.push(G.issueRow(issue.row));
  if (issue.cell) where.push(G.issueCell(issue.cell));
  const detail: string[] = [];
  if (issue.found !== undefined && issue.found !== "") detail.push(foundPhrase(issue.found));
  if (issue.expected !== undefined && issue.expected !== "") detail.push(G.issueExpected(issue.expected));
  const severity = S.common.severity[issue.severity];
  const head = where.length > 0 ? `${where.join(", ")}: ` : "";
  return `[${severity}] ${head}${issue.message}${detail.length > 0 ? ` (${detail.join("; ")})` : ""}`;
}

/**
 * "ditemukan …": a found value in quotes, unless it says itself what the cell holds — a text the
 * validator quoted already ('"-"', '" "') or "(kosong)" for a cell that holds nothing — so that a
 * dash never reads as empty and an empty cell never as the text "(kosong)".
 */
function foundPhrase(found: string): string {
  const shown = /^"[^]*"$/.test(found) || found === S.returned.empty;
  return shown ? G.issueFoundShown(found) : G.issueFound(found);
}

export function countBySeverity(issues: readonly Issue[]): { error: number; warning: number; info: number } {
  const n = { error: 0, warning: 0, info: 0 };
  for (const i of issues) n[i.severity] += 1;
  return n;
}

/** The issues of a command, with their count by severity, or the line that says there are none. */
export function printIssues(io: CliIo, issues: readonly Issue[]): void {
  const G = S.cli.generate;
  println(io.stdout);
  if (issues.length === 0) {
    println(io.stdout, G.noIssues);
    return;
  }
  const n = countBySeverity(issues);
  println(
    io.stdout,
    `${G.issuesHeading(issues.length)} ${G.issueCountBySeverity(n.error, n.warning, n.info)}`,
  );
  for (const issue of issues) println(io.stdout, `  ${formatIssue(issue)}`);
}
