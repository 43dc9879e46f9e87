/**
 * Qualitative scales: finding a word's scale and score (case and spaces do not count), checking a
 * set of scales, and their section of the Pengaturan sheet. A Pengaturan written before the
 * section existed has none: it reads as DEFAULT_SCALES (the migration of version 1).
 */
import type { CellPlan, CellValue } from "../../sheet/plan";
import { qualitative as Q } from "../../strings/qualitative";
import { parseIndonesianNumber } from "../shared/numbers";
import { cell, str, type SetupSections } from "./setup-sections";
import { DEFAULT_SCALES, type QualitativeLevel, type QualitativeScale } from "./setup-types";

/**
 * A word as compared: runs of spaces as one, trimmed, upper case — what Excel's UPPER(TRIM(…))
 * makes of it, so that the sheet's formulas and the domain match the same words.
 * @example wordKey("  wtp ") === "WTP"
 */
export const wordKey = (word: string): string => word.replace(/\s+/g, " ").trim().toUpperCase();

/** The first scale holding `word`, and the word's level in it; null when no scale has it. */
export function findWord(
  word: string | number | null | undefined,
  scales: readonly QualitativeScale[],
): { scale: QualitativeScale; level: QualitativeLevel } | null {
  if (typeof word !== "string") return null;
  const key = wordKey(word);
  if (key === "") return null;
  for (const scale of scales) {
    const level = scale.levels.find((l) => wordKey(l.label) === key);
    if (level) return { scale, level };
  }
  return null;
}

/** The level of `word` in one scale; null when the scale does not have it (or it is not a word). */
export function levelIn(
  word: string | number | null | undefined,
  scale: QualitativeScale,
): QualitativeLevel | null {
  if (typeof word !== "string") return null;
  const key = wordKey(word);
  return scale.levels.find((l) => wordKey(l.label) === key) ?? null;
}

/** The words of a scale, best first, as written in Pengaturan. */
export const wordsOf = (scale: QualitativeScale): string[] => scale.levels.map((l) => l.label);

/** Reports one problem of the scales at its field ("rules.scales.1.levels.2"). */
export type ScaleReport = (
  field: string,
  code: string,
  message: string,
  found: string,
  expected: string,
) => void;

/** Words in a list validation are separated by commas and quoted: neither may be part of a word. */
const LIST_BREAKING = /[,"]/;

/**
 * Every problem of a set of scales: a scale without name or words, a scale named twice, a word
 * empty, with a comma or quote, or twice in one scale, a score that is no number ≥ 0, and a word
 * in two scales with different scores (a capaian must not depend on which scale is found first).
 */
export function checkScales(scales: readonly QualitativeScale[], report: ScaleReport): void {
  const E = Q.errors;
  const names = new Set<string>();
  const scoreOf = new Map<string, { score: number; scale: string }>();
  scales.forEach((scale, i) => {
    const at = `rules.scales.${i}`;
    const name = scale.name.trim();
    if (name === "") report(at, "setup.scale.name", E.scaleName, "", E.scaleNameExpected);
    else if (names.has(wordKey(name)))
      report(at, "setup.scale.duplicate", E.scaleDuplicate(name), name, E.scaleDuplicateExpected);
    names.add(wordKey(name));
    if (scale.levels.length === 0) report(at, "setup.scale.empty", E.noLevels(name), "", E.noLevelsExpected);
    const seen = new Set<string>();
    scale.levels.forEach((level, j) => {
      const field = `${at}.levels.${j}`;
      const label = level.label.trim();
      const key = wordKey(label);
      if (label === "") report(field, "setup.scale.label", E.label(name), "", E.labelExpected);
      else if (LIST_BREAKING.test(label))
        report(field, "setup.scale.label-chars", E.labelChars(name, label), label, E.labelCharsExpected);
      else if (seen.has(key))
        report(
          field,
          "setup.scale.label-duplicate",
          E.labelDuplicate(name, label),
          label,
          E.labelDuplicateExpected,
        );
      seen.add(key);
      if (!Number.isFinite(level.score) || level.score < 0) {
        report(field, "setup.scale.score", E.score(name, label), String(level.score), E.scoreExpected);
        return;
      }
      const other = scoreOf.get(key);
      if (label !== "" && other && other.scale !== name && other.score !== level.score)
        report(
          field,
          "setup.scale.conflict",
          E.scoreConflict(label, other.scale, name),
          String(level.score),
          E.scoreConflictExpected,
        );
      if (label !== "" && !other) scoreOf.set(key, { score: level.score, scale: name });
    });
  });
}

/** The Pengaturan section: a title, a note, the header, then one row per word (its scale, word, score). */
export function scaleRows(scales: readonly QualitativeScale[]): (CellPlan | null)[][] {
  return [
    [],
    [cell(Q.section, "section"), cell(Q.note, "note")],
    Q.header.map((h) => cell(h, "header")),
    ...scales.flatMap((s) =>
      s.levels.map((l) => [cell(s.name, "boxed"), cell(l.label, "boxed"), cell(l.score, "boxedNumber")]),
    ),
  ];
}

/** A score as typed: a number, or a number written as text ("4", "2,5"); NaN otherwise. */
function scoreOf(v: CellValue | undefined): number {
  if (typeof v === "number") return v;
  const parsed = parseIndonesianNumber(str(v));
  return parsed.ok && !parsed.percent ? parsed.value : Number.NaN;
}

/**
 * The scales of a Pengaturan sheet, words grouped under their scale in the order written. No
 * section: DEFAULT_SCALES. A section left empty: no scales. Mistakes are left for checkScales.
 */
export function readScales({ rowOf, table }: SetupSections): QualitativeScale[] {
  if (rowOf(Q.section) < 0) return DEFAULT_SCALES;
  const scales: QualitativeScale[] = [];
  for (const r of table(Q.section)) {
    const name = str(r[0]);
    let scale = scales.find((s) => s.name === name);
    if (!scale) {
      scale = { name, levels: [] };
      scales.push(scale);
    }
    scale.levels.push({ label: str(r[1]), score: scoreOf(r[2]) });
  }
  return scales;
}

/**
 * The scales of rules stored before scales existed (a kertas kerja's metadata of an older
 * generation): DEFAULT_SCALES, as for a Pengaturan without the section.
 */
export function scalesOfStored(rules: unknown): QualitativeScale[] {
  const scales = (rules as { scales?: unknown } | null | undefined)?.scales;
  return Array.isArray(scales) ? (scales as QualitativeScale[]) : DEFAULT_SCALES;
}
