/**
 * The realisasi of a qualitative indicator on a returned kertas kerja: a word of its scale, read
 * without regard to case and spaces and kept in the scale's spelling ("wtp " → "WTP"). A word the
 * scale does not have, or a number, is an error on its cell naming the allowed words.
 */
import type { SheetSnapshot } from "../../sheet/plan";
import { qualitative as Q } from "../../strings/qualitative";
import { col, colIndex, REALISASI_TW, type KkColumn } from "../kertas-kerja/kertas-kerja-layout";
import { levelIn, wordsOf } from "../setup/scales";
import type { QualitativeScale } from "../setup/setup-types";
import type { ReportIssue } from "../shared/issues";
import type { Quarterly } from "../shared/types";
import { cellAt } from "./returned-rows";
import { describeCell, foundText } from "./returned-values";

/** The realisasi of one row as the submission and the plausibility checks need it. */
export interface RealisasiRead {
  /** Numbers per quarter (null on a qualitative row). */
  realisasiTw: Quarterly<number | null>;
  /** Words per quarter in the scale's spelling, on a qualitative row with at least one; else undefined. */
  realisasiWords?: Quarterly<string | null>;
  /** Per quarter: a value the checks may look at (a word's score), or null when blank. */
  checked: Quarterly<number | null>;
  /** Per quarter: unreadable (already an error). */
  invalid: Quarterly<boolean>;
}

/** A word cell: blank → null; a word of the scale → its level; anything else → an error, "invalid". */
function wordCell(
  sheet: SheetSnapshot,
  row: number,
  c: KkColumn,
  scale: QualitativeScale,
  issue: ReportIssue,
): { label: string; score: number } | null | "invalid" {
  const cell = cellAt(sheet, row, colIndex[c]);
  const v = cell.value;
  if (v === null || (typeof v === "string" && v.trim() === "")) return null;
  const level = typeof v === "string" ? levelIn(v, scale) : null;
  if (level) return level;
  const address = `${col[c]}${row}`;
  const words = wordsOf(scale);
  const message =
    typeof v === "number" ? Q.returned.number(address, words) : Q.returned.unknownWord(address, words);
  issue("error", typeof v === "number" ? "returned.word.number" : "returned.word.unknown", message, {
    sheet: sheet.name,
    cell: address,
    row,
    found: foundText(describeCell(v, cell.formula)),
    expected: Q.returned.expected(words),
  });
  return "invalid";
}

/**
 * The realisasi words of a qualitative row: every quarter up to the period, open or pre-filled,
 * read against the row's scale (a pre-filled word is locked and checked elsewhere: read leniently).
 */
export function readWords(
  sheet: SheetSnapshot,
  row: number,
  open: ReadonlySet<KkColumn>,
  scale: QualitativeScale,
  issue: ReportIssue,
): RealisasiRead {
  const silent: ReportIssue = () => undefined;
  const reads = REALISASI_TW.map((c) => wordCell(sheet, row, c, scale, open.has(c) ? issue : silent));
  const words = reads.map((w) => (w === null || w === "invalid" ? null : w.label)) as Quarterly<
    string | null
  >;
  return {
    realisasiTw: [null, null, null, null],
    ...(words.some((w) => w !== null) ? { realisasiWords: words } : {}),
    checked: reads.map((w) => (w === null || w === "invalid" ? null : w.score)) as Quarterly<number | null>,
    invalid: reads.map((w) => w === "invalid") as Quarterly<boolean>,
  };
}
