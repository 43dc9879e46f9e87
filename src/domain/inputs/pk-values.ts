/**
 * The values of a PK's cells: targets, Rencana Aksi, the Renstra's target and earlier realisasi are
 * numbers written the Indonesian way, or words of a qualitative scale kept exactly as typed.
 */
import type { CellValue } from "../../sheet/plan";
import { parseIndonesianNumber } from "../shared/numbers";
import { cellText } from "../shared/text";
import type { TargetValue } from "../shared/types";

/**
 * The words of the usual qualitative scales: opini BPK (WTP > WDP > TW > TMP), predikat SAKIP
 * (AA > A > BB > B > CC > C > D), and Baik > Cukup > Kurang. Compared regardless of case.
 */
export const QUALITATIVE_WORDS = [
  "WTP",
  "WDP",
  "TW",
  "TMP",
  "AA",
  "A",
  "BB",
  "B",
  "CC",
  "C",
  "D",
  "Baik",
  "Cukup",
  "Kurang",
] as const;

const KNOWN = new Set(QUALITATIVE_WORDS.map((w) => w.toLowerCase()));

export type ValueRead =
  | { kind: "empty" }
  | { kind: "value"; value: TargetValue }
  /** Words of no known scale: kept as typed, to be rated through the score table once it knows them. */
  | { kind: "unknown-word"; value: string }
  | { kind: "unreadable"; reason: "ambiguous" | "not-a-number"; found: string };

/**
 * Reads a target or realisasi cell. Numbers as Excel stores them or as Indonesian text ("85,5",
 * "85%", "Rp 1.250.000,00"); a word of a known scale as typed, trimmed ("WTP", "BB", "Baik");
 * other words as typed but told apart; text with digits that is no number (English "1,234.5",
 * "≥ 80") is unreadable.
 * @example readTargetValue("85,5") // { kind: "value", value: 85.5 }
 * @example readTargetValue(" WTP ") // { kind: "value", value: "WTP" }
 */
export function readTargetValue(v: CellValue): ValueRead {
  const parsed = parseIndonesianNumber(v);
  if (parsed.ok) return { kind: "value", value: parsed.value };
  if (parsed.reason === "empty") return { kind: "empty" };
  const text = cellText(v);
  if (parsed.reason === "ambiguous") return { kind: "unreadable", reason: "ambiguous", found: text };
  if (typeof v !== "string" || /\d/.test(text))
    return { kind: "unreadable", reason: "not-a-number", found: text };
  return KNOWN.has(text.toLowerCase())
    ? { kind: "value", value: text }
    : { kind: "unknown-word", value: text };
}
