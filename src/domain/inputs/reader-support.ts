/** What the table readers share: collecting issues with their place, and reporting a missing header. */
import { cellAddress } from "../../sheet/address";
import type { CellValue } from "../../sheet/plan";
import { dpa as T } from "../../strings/dpa";
import type { HeaderSearch, Requirement } from "./header";
import { IssueCollector } from "../shared/issues";
import { cellText, normalizeLabel } from "../shared/text";
import type { SourceRef } from "../shared/types";

/** Collects issues of one sheet, each stamped with the file and sheet. */
export class SheetIssues extends IssueCollector {
  constructor(
    private readonly sheet: string,
    private readonly file: string | undefined,
  ) {
    super({ file, sheet });
  }

  /** Where a value came from: 1-based row and its A1 cell. */
  source(row: number, cell: string): SourceRef {
    return this.file === undefined
      ? { sheet: this.sheet, row, cell }
      : { file: this.file, sheet: this.sheet, row, cell };
  }
}

/** One error for a table whose header could not be found, naming the labels that would do. */
export function headerIssues<F extends string>(
  prefix: "dpa" | "prior",
  sink: SheetIssues,
  sheet: string,
  search: Extract<HeaderSearch<F>, { ok: false }>,
  labels: Record<F, readonly string[]>,
  required: readonly Requirement<F>[],
  searchedRows: number,
): void {
  const fieldsOf = (r: Requirement<F>): readonly F[] => (typeof r === "string" ? [r] : r);
  const describe = (r: Requirement<F>): { text: string; labels: string[] } => {
    const fields = fieldsOf(r);
    const all = fields.flatMap((f) => labels[f]);
    const first = fields[0] ?? "";
    return { text: T.columnWithLabels(T.column[first] ?? first, all), labels: all };
  };
  const met = required.length - search.missing.length;
  // A row naming one required column is a title or a note, not a header with gaps.
  if (search.best === null || met < 2) {
    const all = required.map(describe);
    sink.error(
      `${prefix}.header-not-found`,
      T.headerNotFound(sheet, searchedRows, all.map((d) => d.text).join("; ")),
      {
        expected: T.expected.labels(all.flatMap((d) => d.labels)),
      },
    );
    return;
  }
  const missing = search.missing.map(describe);
  sink.error(
    `${prefix}.header-missing`,
    T.headerMissing(search.best.row + 1, missing.map((d) => d.text).join("; ")),
    {
      row: search.best.row + 1,
      cell: cellAddress(search.best.row, 0),
      expected: T.expected.labels(missing.flatMap((d) => d.labels)),
    },
  );
}

/** True when a row has nothing but blanks. */
export function isRowEmpty(row: readonly CellValue[] | undefined): boolean {
  return (row ?? []).every((v) => cellText(v) === "");
}

/** "Jumlah", "Total", "Sub Total", "Grand Total", "Jumlah Total …": a footer, not a node. */
export function isFooterText(text: string): boolean {
  return /^(jumlah|total|sub ?total|grand total)\b/.test(normalizeLabel(text));
}
