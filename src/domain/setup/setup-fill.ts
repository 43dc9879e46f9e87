/**
 * The Pengaturan sheet made to be filled in by hand, in any spreadsheet program (CLI `setup`): the
 * sheet `setupSheetPlan` writes, with instructions at its top, the cells a person types in unlocked
 * and shaded, and empty rows below the holidays to add more. Still protected without a password.
 * It reads back as any Pengaturan does (`readSetupSheet`: sections are found by their labels).
 */
import { a1, type CellPlan, type CellStyle, type SheetPlan } from "../../sheet/plan";
import { S } from "../../strings";
import { qualitative as Q } from "../../strings/qualitative";
import { setupFill as F } from "../../strings/setupFill";
import { SETUP_VERSION, setupSheetPlan } from "./setup";
import type { RoundSetup } from "./setup-types";
import { SOP_ROLES } from "./setup-types";

const T = S.setup;

/** The shade of a cell to type in. */
export const INPUT_FILL = "#FFF2CC";
/** Empty rows under the holidays, for the ones the DPA's year adds. */
export const EXTRA_HOLIDAY_ROWS = 12;
/** Characters of note text per line in the four merged columns, for the row heights. */
const NOTE_CHARS_PER_LINE = 105;

const columnIndex = { A: 0, B: 1, C: 2, D: 3 } as const;
type Column = keyof typeof columnIndex;

/** The Pengaturan sheet of `setup`, ready to be typed in. */
export function setupFillPlan(setup: RoundSetup): SheetPlan {
  const base = setupSheetPlan(setup);
  const rows = base.rows.map((r) => [...r]);
  const find = (label: string): number => rows.findIndex((r) => r[0]?.value === label);
  const open = (row: number, col: Column): void => {
    const r = rows[row];
    if (row < 0 || !r) return;
    const c = r[columnIndex[col]] ?? { value: null, style: "boxed" };
    r[columnIndex[col]] = { ...c, locked: false, style: `${c.style ?? "value"}Input` };
  };
  open(find(T.labels.instansi), "B");
  open(find(T.labels.batasWaktu), "B");
  open(find(T.labels.kertas), "B");
  const bagian = find(T.sections.bagian) + 2;
  setup.bagian.forEach((_, i) => (["C", "D"] as const).forEach((col) => open(bagian + i, col)));
  const pejabat = find(T.sections.pejabat) + 2;
  SOP_ROLES.forEach((_, i) => (["B", "C", "D"] as const).forEach((col) => open(pejabat + i, col)));
  const scales = find(Q.section) + 2;
  const words = setup.rules.scales.reduce((n, s) => n + s.levels.length, 0);
  for (let i = 0; i < words; i++) open(scales + i, "C");
  const libur = find(T.sections.libur) + 2;
  const holidays = setup.calendar.holidays.length;
  for (let i = 0; i < holidays + EXTRA_HOLIDAY_ROWS; i++) {
    if (i >= holidays) rows[libur + i] = [cell(null, "boxedDate"), cell(null, "boxed")];
    open(libur + i, "A");
    open(libur + i, "B");
  }
  rows[1] = [rows[1]?.[0] ?? null, rows[1]?.[1] ?? null, cell(F.formatLine(SETUP_VERSION), "marker")];
  return withNote({ ...base, rows, styles: withInputStyles(base.styles) });
}

const cell = (value: string | number | null, style: string): CellPlan => ({ value, style });

/** For every style, its shaded twin "<name>Input" for the cells to type in. */
function withInputStyles(styles: Record<string, CellStyle>): Record<string, CellStyle> {
  const out: Record<string, CellStyle> = { ...styles };
  for (const [name, style] of Object.entries(styles))
    out[`${name}Input`] = { ...style, fill: INPUT_FILL, border: true };
  out.noteText = { wrap: true, vAlign: "top" };
  return out;
}

/** Inserts the instructions under the marker row (row 2): a title and one merged paragraph per row. */
function withNote(plan: SheetPlan): SheetPlan {
  const noteRows: (CellPlan | null)[][] = [
    [],
    [cell(F.noteTitle, "section")],
    ...F.note.map((text) => [cell(text, "noteText")]),
  ];
  const at = 2; // 0-based: after the title and the marker row
  const shift = noteRows.length;
  const moved = (range: string): string =>
    range.replace(
      /(\$?)(\d+)/g,
      (_, abs: string, n: string) => `${abs}${Number(n) > at ? Number(n) + shift : n}`,
    );
  const rowHeights: Record<number, number> = {};
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) {
    const r = Number(row);
    rowHeights[r >= at ? r + shift : r] = height;
  }
  const merges = F.note.map((_, i) => a1(`A${at + 3 + i}:D${at + 3 + i}`));
  F.note.forEach((text, i) => {
    rowHeights[at + 2 + i] = Math.ceil(text.length / NOTE_CHARS_PER_LINE) * 15 + 4;
  });
  return {
    ...plan,
    rows: [...plan.rows.slice(0, at), ...noteRows, ...plan.rows.slice(at)],
    rowHeights,
    merges: [...plan.merges.map((m) => a1(moved(m))), ...merges],
    validations: plan.validations.map((v) => ({ ...v, range: a1(moved(v.range)) })),
  };
}
