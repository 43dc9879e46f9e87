/**
 * The paper a round prints on, as the Pengaturan sheet holds it: a row "Ukuran Kertas Cetak" with
 * A4 or F4 beside it (and what each measures), read back leniently. A sheet written before the row
 * existed reads as DEFAULT_PAPER; a word it does not know too, with a warning at its cell.
 */
import { a1, type CellPlan, type DataValidation, type PaperSize } from "../../sheet/plan";
import { S } from "../../strings";
import type { Issue } from "../shared/types";
import { cell, str, type SetupSections } from "./setup-sections";
import { DEFAULT_PAPER, paperOf, type RoundRules } from "./setup-types";

const T = S.setup;
const PAPERS: readonly PaperSize[] = ["A4", "F4"];

/** The Pengaturan row of the paper: label, choice, and its size in words. */
export function paperRow(rules: Pick<RoundRules, "paperSize">): CellPlan[] {
  const paper = paperOf(rules);
  return [cell(T.labels.kertas, "label"), cell(paper), cell(T.kertas[paper])];
}

/** A list of the two papers on the choice's cell (`row` 0-based), for whoever edits the sheet. */
export function paperValidation(row: number): DataValidation {
  return {
    range: a1(`B${row + 1}`),
    rule: { type: "list", values: [...PAPERS] },
    allowBlank: true,
    error: { title: T.labels.kertas, message: T.errors.kertasExpected },
  };
}

/** "f4", "Folio", "F4/Folio (215 × 330 mm)" → F4; "A4 …" → A4; blank → undefined. */
function parsePaper(written: string): PaperSize | null | undefined {
  const word = written.toUpperCase().replace(/\s+/g, "");
  if (word === "") return undefined;
  if (word.startsWith("A4")) return "A4";
  if (word.startsWith("F4") || word.startsWith("FOLIO")) return "F4";
  return null;
}

/** The paper of a Pengaturan sheet being read, and a warning when its word is not a paper. */
export function readPaper(
  sections: SetupSections,
  sheet: string,
): { paperSize: PaperSize; issue: Issue | null } {
  const written = str(sections.valueOf(T.labels.kertas));
  const paper = parsePaper(written);
  if (paper !== null) return { paperSize: paper ?? DEFAULT_PAPER, issue: null };
  const row = sections.rowOf(T.labels.kertas);
  return {
    paperSize: DEFAULT_PAPER,
    issue: {
      severity: "warning",
      code: "setup.kertas",
      message: T.errors.kertas(written, DEFAULT_PAPER),
      sheet,
      cell: `B${row + 1}`,
      found: written,
      expected: T.errors.kertasExpected,
    },
  };
}
