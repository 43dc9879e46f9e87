/**
 * Reads a Perjanjian Kinerja (PK) from a sheet snapshot, or from the sheets of a workbook: the IKU
 * per sasaran strategis with their targets (numbers, or words of a qualitative scale), the
 * Rencana Aksi's targets per triwulan, the Renstra's target, earlier realisasi, the Bagian
 * responsible, and the programs with their anggaran. Never throws: every row it cannot use is an
 * issue with its file, sheet, row, cell, what was found and what was expected.
 */
import type { SheetSnapshot } from "../../sheet/plan";
import { pk as T } from "../../strings/pk";
import { TW_FIELDS } from "./pk-columns";
import { finishPk } from "./pk-finish";
import { PkGrid, type Segment, type TableHeader } from "./pk-grid";
import { IkuRows } from "./pk-iku-rows";
import { ProgramRows } from "./pk-programs";
import { RencanaAksiRows } from "./pk-rencana-aksi";
import { PkState } from "./pk-state";
import { indicatorTable, pkTahun, reportDefaults, reportIgnored, reportNoIkuTable } from "./pk-tables";
import { SheetIssues } from "./reader-support";
import { makeIssue } from "../shared/issues";
import type { PkReadResult } from "../shared/types";

/** The tables a reading of a sheet takes: the IKU table, a Rencana Aksi table, the programs table. */
type Part = "iku" | "ra" | "programs";
const ALL: ReadonlySet<Part> = new Set<Part>(["iku", "ra", "programs"]);

/** One sheet read on its own. */
interface Trial {
  grid: PkGrid;
  state: PkState;
  tahun: number | null;
}

/**
 * Reads the PK of one sheet. The first table's header is looked for in the first 30 rows (title
 * rows above are ignored; a two-row header with merged cells is understood). Below it, tables
 * follow one another: the IKU table (again per sasaran, if so laid out), a Rencana Aksi table, the
 * table of programs and anggaran; a signature block ends the table above it.
 */
export function readPerjanjianKinerja(snapshot: SheetSnapshot, file?: string): PkReadResult {
  const t = trial(snapshot, file);
  const pk = finishPk(t.state, t.grid.sink, { tahun: t.tahun, file, sheet: snapshot.name });
  return { pk, issues: t.grid.sink.issues };
}

/**
 * Reads the PK of a workbook: the visible sheet whose reading finds the most IKU holds the PK.
 * When that sheet has no programs table, the sheet with the most programs gives them; when it has
 * no target per triwulan, the sheet with the most Rencana Aksi rows gives them (keyed by the
 * indikator). With no IKU on any sheet: an error naming the sheets, and the first sheet's own.
 */
export function readPerjanjianKinerjaSheets(
  snapshots: readonly SheetSnapshot[],
  file?: string,
): PkReadResult {
  const visible = snapshots.filter((s) => s.visibility === "visible");
  const trials = (visible.length > 0 ? visible : snapshots).map((s) => trial(s, file));
  const best = largest(trials, (t) => t.state.ikus.length);
  if (!best) return noTable(snapshots, trials, file);
  const sinks = [best.grid.sink];
  const borrow = (part: "programs" | "ra", size: (t: Trial) => number): void => {
    const from = largest(
      trials.filter((t) => t !== best),
      size,
    );
    if (!from) return;
    const sink = new SheetIssues(from.grid.name, file);
    sink.info(`pk.${part}-from-sheet`, T.fromSheet(part, from.grid.name));
    collect(new PkGrid(from.grid.snapshot, sink), best.state, new Set([part]), best.tahun);
    sinks.push(sink);
  };
  if (best.state.programs.length === 0) borrow("programs", (t) => t.state.programs.length);
  if (best.state.twRows === 0) borrow("ra", (t) => t.state.twRows);
  const pk = finishPk(best.state, best.grid.sink, { tahun: best.tahun, file, sheet: best.grid.name });
  return { pk, issues: sinks.flatMap((s) => s.issues) };
}

/** The first trial of the largest size above zero. */
function largest(trials: readonly Trial[], size: (t: Trial) => number): Trial | undefined {
  let best: Trial | undefined;
  for (const t of trials) if (size(t) > (best ? size(best) : 0)) best = t;
  return best;
}

/** Reads every table of one sheet; a sheet without an IKU table, or without IKU, is told. */
function trial(snapshot: SheetSnapshot, file: string | undefined): Trial {
  const grid = new PkGrid(snapshot, new SheetIssues(snapshot.name, file));
  const state = new PkState();
  const { tahun, kinds } = collect(grid, state, ALL, null);
  if (!kinds.includes("iku")) reportNoIkuTable(grid, kinds);
  else if (state.ikus.length === 0) grid.sink.warning("pk.empty", T.noIku(snapshot.name), {});
  return { grid, state, tahun };
}

/** No IKU on any sheet: an empty PK, an error naming the sheets, and the first sheet's own error. */
function noTable(snapshots: readonly SheetSnapshot[], trials: readonly Trial[], file?: string): PkReadResult {
  const first = trials[0];
  const names = snapshots.map((s) => s.name).join(", ");
  const sink = new SheetIssues(first?.grid.name ?? "", file);
  const pk = finishPk(new PkState(), sink, { tahun: null, file, sheet: first?.grid.name ?? "" });
  const detail = (first?.grid.sink.issues ?? []).filter((i) => i.severity === "error").slice(0, 1);
  const issue = makeIssue("error", "pk.no-table", T.noTable(file, names), {
    file,
    expected: T.expected.ikuTable,
  });
  return { pk, issues: [issue, ...detail] };
}

/**
 * Reads the chosen tables of a sheet into `state`: IKU tables first, then Rencana Aksi, then
 * programs. The PK's year comes from the sheet when it holds the IKU; else it is `tahun`.
 */
function collect(
  grid: PkGrid,
  state: PkState,
  parts: ReadonlySet<Part>,
  tahun: number | null,
): { tahun: number | null; kinds: Segment["kind"][] } {
  const first = grid.firstHeader();
  if (!first) return { tahun, kinds: [] };
  const segments = grid.segments(first);
  const year = parts.has("iku")
    ? pkTahun(
        grid,
        first,
        segments.find((s) => s.kind === "iku"),
      )
    : tahun;
  if (parts.has("iku")) readIkuTables(grid, state, segments, first, year);
  if (parts.has("ra")) readRencanaAksi(grid, state, segments, first, !parts.has("iku"));
  if (parts.has("programs")) readPrograms(grid, state, segments, first);
  return { tahun: year, kinds: segments.map((s) => s.kind) };
}

/** A table below the first: its header is told, for the rows read with it. */
function tellNext(grid: PkGrid, seg: Segment, first: TableHeader): void {
  if (seg.header.row === first.header.row) return;
  grid.sink.info("pk.table.next", T.nextTable(seg.header.row + 1, seg.kind), {
    row: seg.header.row + 1,
    cell: grid.addr(seg.header.row, 0),
  });
}

/** Reads the rows of a table with `read`, then tells the signature block that ended it. */
function readRows(grid: PkGrid, seg: Segment, read: (r: number) => void): void {
  for (let r = seg.start; r < seg.end; r++) read(r);
  if (seg.signature === undefined) return;
  const cell = grid.filled(seg.signature)[0];
  grid.sink.info("pk.row.signature", T.signature(seg.signature + 1), {
    row: seg.signature + 1,
    cell: grid.addr(seg.signature, cell?.col),
    found: cell?.text,
  });
}

function readIkuTables(
  grid: PkGrid,
  state: PkState,
  segments: readonly Segment[],
  first: TableHeader,
  tahun: number | null,
): void {
  const rows = new IkuRows(state, grid);
  segments.forEach((seg, i) => {
    if (seg.kind !== "iku") return;
    tellNext(grid, seg, first);
    if (segments.findIndex((s) => s.kind === "iku") === i) reportDefaults(grid, seg.header);
    rows.table(indicatorTable(grid, seg.header, tahun));
    seg.lead.forEach((r) => rows.title(r));
    readRows(grid, seg, (r) => rows.read(r));
  });
}

/** Rencana Aksi tables; when the IKU come from another sheet, an IKU table with targets per triwulan is one too. */
function readRencanaAksi(
  grid: PkGrid,
  state: PkState,
  segments: readonly Segment[],
  first: TableHeader,
  ikuTablesToo: boolean,
): void {
  const rows = new RencanaAksiRows(state, grid);
  for (const seg of segments) {
    if (seg.kind === "programs") continue;
    const hasTw = TW_FIELDS.some((f) => seg.header.columns[f] !== undefined);
    if (seg.kind === "iku" && !(ikuTablesToo && hasTw)) continue;
    tellNext(grid, seg, first);
    if (seg.kind === "ra") reportIgnored(grid, seg.header);
    rows.table({ grid, cols: seg.header.columns, realisasi: [] });
    seg.lead.forEach((r) => rows.title(r));
    readRows(grid, seg, (r) => rows.read(r));
  }
}

function readPrograms(grid: PkGrid, state: PkState, segments: readonly Segment[], first: TableHeader): void {
  const rows = new ProgramRows(state, grid);
  for (const seg of segments) {
    if (seg.kind !== "programs") continue;
    tellNext(grid, seg, first);
    reportIgnored(grid, seg.header);
    rows.table({ grid, cols: seg.header.columns });
    seg.lead.forEach((r) => rows.title(r));
    readRows(grid, seg, (r) => rows.read(r));
  }
}
