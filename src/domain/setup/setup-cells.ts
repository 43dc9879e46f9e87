/**
 * Where on a Pengaturan sheet each problem of its setup sits. `validateSetup` names the form field
 * (`Issue.field`: "batasWaktu", "pejabat.1.nip", "libur.4.date"); a sheet read back names the cell,
 * found from the sheet's own layout (sections by their labels), so that a person who typed the
 * sheet in any program is told which cell to fix.
 */
import type { CellValue, SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { qualitative as Q } from "../../strings/qualitative";
import { setupFill as F } from "../../strings/setupFill";
import type { Issue } from "../shared/types";
import { sectionsOf, str, type SetupSections } from "./setup-sections";
import type { RoundSetup } from "./setup-types";

const T = S.setup;

const at = (col: string, row: number): string | undefined => (row < 0 ? undefined : `${col}${row + 1}`);

/** The issues of a setup read from `snapshot`, each with the address of its cell where there is one. */
export function locateSetupIssues(
  issues: readonly Issue[],
  snapshot: SheetSnapshot,
  setup: RoundSetup,
): Issue[] {
  const sections = sectionsOf(snapshot.values);
  return issues.map((issue) => {
    if (issue.cell !== undefined) return issue;
    const cell = cellOf(issue, sections, setup);
    return cell === undefined ? issue : { ...issue, cell };
  });
}

function cellOf(issue: Issue, s: SetupSections, setup: RoundSetup): string | undefined {
  const [head = "", index = "", part = ""] = (issue.field ?? "").split(".");
  const i = Number(index);
  const beside = (label: string): string | undefined => at("B", s.rowOf(label));
  switch (head) {
    case "instansi":
    case "tahun":
    case "periode":
    case "batasWaktu":
      return beside(T.labels[head]);
    case "bagian": {
      const start = s.rowOf(T.sections.bagian);
      if (index === "") return at("A", start);
      const col = part === "kode" ? "A" : part === "nama" ? "B" : "D";
      return start < 0 ? undefined : at(col, start + 2 + i);
    }
    case "pejabat":
      return at("D", pejabatRow(s, setup, i));
    case "rules":
      return rulesCell(issue, s);
    case "kalender":
      return issue.code === "sop.calendar.offset"
        ? beside(T.labels.zona)
        : at("A", startOf(s, T.sections.hariKerja, 3));
    case "jamKerja": {
      const day = setup.calendar.week[i];
      const col = day && /^([01]\d|2[0-3]):[0-5]\d$/.test(day.start) && issue.found === day.end ? "C" : "B";
      return at(col, startOf(s, T.sections.hariKerja, 3, i));
    }
    case "libur":
      return at("A", startOf(s, T.sections.libur, 2, i));
    default:
      return undefined;
  }
}

/** The row `n` of a section's table (`skip` rows below its title); -1 when the section is missing. */
function startOf(s: SetupSections, section: string, skip: number, n = 0): number {
  const row = s.rowOf(section);
  return row < 0 ? -1 : row + skip + n;
}

/** The row of the role of `setup.pejabat[i]` in the officials' table (readPejabat skips empty roles). */
function pejabatRow(s: SetupSections, setup: RoundSetup, i: number): number {
  const peran = setup.pejabat[i]?.peran;
  const start = startOf(s, T.sections.pejabat, 2);
  if (peran === undefined || start < 0) return -1;
  const k = s.table(T.sections.pejabat).findIndex((r) => str(r[0]) === T.roles[peran]);
  return k < 0 ? -1 : start + k;
}

/** A rule's cell: the cap, the first band, or a scale's word ("rules.scales.1.levels.2"). */
function rulesCell(issue: Issue, s: SetupSections): string | undefined {
  if (issue.code === "setup.cap") return at("B", s.rowOf(T.labels.capaianCap));
  if (issue.code === "setup.predikat") return at("A", startOf(s, T.sections.predikat, 2));
  const m = /^rules\.scales\.(\d+)(?:\.levels\.(\d+))?$/.exec(issue.field ?? "");
  if (!m) return undefined;
  const row = scaleRow(s, Number(m[1]), m[2] === undefined ? 0 : Number(m[2]));
  if (m[2] === undefined) return at("A", row);
  return at(issue.code === "setup.scale.score" || issue.code === "setup.scale.conflict" ? "C" : "B", row);
}

/** The row of word `level` of the `scale`-th scale, counting scales as `readScales` groups them. */
function scaleRow(s: SetupSections, scale: number, level: number): number {
  const start = startOf(s, Q.section, 2);
  if (start < 0) return -1;
  const names: string[] = [];
  const counts: number[] = [];
  const rows = s.table(Q.section);
  for (let k = 0; k < rows.length; k++) {
    const name = str(rows[k]?.[0]);
    let n = names.indexOf(name);
    if (n < 0) n = names.push(name) - 1;
    const j = counts[n] ?? 0;
    counts[n] = j + 1;
    if (n === scale && j === level) return start + k;
  }
  return -1;
}

/**
 * A NIP typed where the cell is a number (a cell that lost its text format): 18 digits do not fit
 * a spreadsheet number, so its last digits may already have changed. An error at its cell.
 */
export function numericNipIssues(snapshot: SheetSnapshot): Issue[] {
  const s = sectionsOf(snapshot.values);
  const issues: Issue[] = [];
  const check = (section: string, who: (r: CellValue[]) => string): void => {
    const start = startOf(s, section, 2);
    s.table(section).forEach((r, k) => {
      const nip = r[3];
      if (typeof nip !== "number") return;
      issues.push({
        severity: "error",
        code: "setup.nip-number",
        message: F.errors.nipNumber(who(r)),
        sheet: snapshot.name,
        cell: at("D", start + k) ?? "",
        found: String(nip),
        expected: F.errors.nipNumberExpected,
      });
    });
  };
  check(T.sections.bagian, (r) => T.fields.kepala(str(r[1])));
  check(T.sections.pejabat, (r) => str(r[0]));
  return issues;
}
