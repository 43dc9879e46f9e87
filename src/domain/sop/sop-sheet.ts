/**
 * The "SOP" sheet: the SOP form as people know it (No, Aktivitas, the four Pelaksana columns,
 * Mutu Baku, Ket.) with this round's schedule and record beside it — visible, protected and
 * printable on A4 — and the machine-readable state in the very hidden "_sop_state" sheet.
 */
import type { A1, CellPlan, CellStyle, SheetPlan, SheetSnapshot } from "../../sheet/plan";
import { CHARS_PER_UNIT, charsPerLine, LINE_HEIGHT, wrappedLines } from "../shared/text-fit";
import { rangeAddress } from "../../sheet/address";
import { a4Landscape } from "../../sheet/print";
import { S } from "../../strings";
import { formatTanggal } from "../shared/dates";
import { HOUSE_STYLES } from "../shared/house-styles";
import { jsonSheetPlan, readJsonSheet } from "../shared/json-sheet";
import { SOP_ROLES, type RoundSetup } from "../setup/setup-types";
import {
  currentStep,
  DEFAULT_SOP,
  formatWorkingMinutes,
  SOP_STATE_VERSION,
  stepStatus,
  type SopDefinition,
  type SopState,
  type SopStepState,
  type SopStepStatus,
} from "./sop";
import { restoreSopState, type SopStateRead } from "./sop-restore";
import { formatInstant, isWorkingDay, type Instant, type WorkingCalendar } from "../setup/working-time";

export interface SopSheetInput {
  state: SopState;
  setup: RoundSetup;
  /** The SOP form; DEFAULT_SOP unless the round uses another. */
  definition?: SopDefinition;
  /** What the paraf/tanda tangan column shows per step (written by paraf.ts). */
  parafs?: { step: number; text: string }[];
  /** The moment the statuses are computed for; printed on the sheet. */
  now: Instant;
}

const T = S.sop.sheet;
const C = T.columns;

/** Column widths, in Excel character units, A … Q. */
const WIDTHS = {
  no: 5,
  aktivitas: 34,
  role: 13,
  kelengkapan: 20,
  waktu: 8,
  output: 24,
  ket: 12,
  time: 17,
  status: 18,
  oleh: 22,
  paraf: 26,
} as const;
const COLUMN_WIDTHS = [
  WIDTHS.no,
  WIDTHS.aktivitas,
  ...SOP_ROLES.map(() => WIDTHS.role),
  WIDTHS.kelengkapan,
  WIDTHS.waktu,
  WIDTHS.output,
  WIDTHS.ket,
  WIDTHS.time,
  WIDTHS.time,
  WIDTHS.time,
  WIDTHS.time,
  WIDTHS.status,
  WIDTHS.oleh,
  WIDTHS.paraf,
];
const LAST_COL = COLUMN_WIDTHS.length - 1;
/** First column of the round's part (Rencana Mulai). */
const ROUND_COL = 2 + SOP_ROLES.length + 4;

const border: CellStyle = { border: true, vAlign: "top", wrap: true, numberFormat: "@" };
const STYLES = {
  ...HOUSE_STYLES,
  title: { ...HOUSE_STYLES.title, hAlign: "center" },
  subtitle: { ...HOUSE_STYLES.subtitle, hAlign: "center" },
  label: { ...HOUSE_STYLES.label, vAlign: "top" },
  value: { vAlign: "top", wrap: true, numberFormat: "@" },
  cell: border,
  center: { ...border, hAlign: "center" },
  mark: { ...border, hAlign: "center", vAlign: "center", bold: true, fontSize: 12 },
  belum: border,
  berjalan: { ...border, fill: "#FFF2CC" },
  selesai: { ...border, fill: "#E2EFDA" },
  terlambat: { ...border, fill: "#F8CBAD", bold: true },
  legend: { italic: true, fontColor: "#595959" },
  signature: { hAlign: "center" },
  signatureName: { hAlign: "center", bold: true },
} satisfies Record<string, CellStyle>;
type Style = keyof typeof STYLES;

type Row = (CellPlan | null)[];
const cell = (value: string | number | null, style: Style = "cell"): CellPlan => ({ value, style });
const blank = (): Row => new Array<CellPlan | null>(LAST_COL + 1).fill(null);

/** The visible, protected "SOP" sheet of a round. */
export function sopSheetPlan(input: SopSheetInput): SheetPlan {
  const { state, setup, now } = input;
  const definition = input.definition ?? DEFAULT_SOP;
  const cal = state.calendar;
  const rows: Row[] = [];
  const merges: A1[] = [];
  const heights: Record<number, number> = {};
  const full = (value: string, style: Style) => {
    const row = blank();
    row[0] = cell(value, style);
    merges.push(rangeAddress(rows.length, 0, rows.length, LAST_COL));
    rows.push(row);
  };

  full(setup.instansi.toUpperCase(), "title");
  rows.push([]);
  const h = definition.header;
  const current = currentStep(state);
  const left: [string, string][] = [
    [T.headerLabels.nomor, h.nomor],
    [T.headerLabels.tanggalPembuatan, h.tanggalPembuatan],
    [T.headerLabels.tanggalRevisi, h.tanggalRevisi],
    [T.headerLabels.tanggalEfektif, h.tanggalEfektif],
    [T.headerLabels.disahkanOleh, h.disahkanOleh],
    [T.headerLabels.nama, h.nama],
  ];
  const right: [string, string][] = [
    [T.roundLabels.periode, T.periode(S.common.periode[setup.periode], setup.tahun)],
    [T.roundLabels.mulai, formatInstant(state.startDate, cal)],
    [T.roundLabels.hariKerja, describeWeek(cal)],
    [T.roundLabels.libur, holidaysInSchedule(state)],
    [T.roundLabels.per, formatInstant(now, cal)],
    [T.roundLabels.langkah, current ? T.currentStep(current.no, S.setup.roles[current.role]) : T.allDone],
  ];
  left.forEach(([label, value], i) => {
    const r = rows.length;
    const row = blank();
    row[0] = cell(label, "label");
    row[2] = cell(value, "value");
    const [rl, rv] = right[i] ?? ["", ""];
    row[ROUND_COL] = cell(rl, "label");
    row[ROUND_COL + 2] = cell(rv, "value");
    merges.push(
      rangeAddress(r, 0, r, 1),
      rangeAddress(r, 2, r, ROUND_COL - 1),
      rangeAddress(r, ROUND_COL, r, ROUND_COL + 1),
      rangeAddress(r, ROUND_COL + 2, r, LAST_COL),
    );
    const span = (from: number, to: number) => COLUMN_WIDTHS.slice(from, to + 1).reduce((a, b) => a + b, 0);
    heights[r] = heightOf([
      [value, span(2, ROUND_COL - 1)],
      [rv, span(ROUND_COL + 2, LAST_COL)],
    ]);
    rows.push(row);
  });
  rows.push([]);
  full(h.nama.toUpperCase(), "subtitle");

  // Two header rows, as on the form.
  const head1 = blank();
  const head2 = blank();
  const top = rows.length;
  head1[0] = cell(C.no, "header");
  head1[1] = cell(C.aktivitas, "header");
  head1[2] = cell(C.pelaksana, "header");
  SOP_ROLES.forEach((role, i) => (head2[2 + i] = cell(S.setup.roles[role], "header")));
  const mutu = 2 + SOP_ROLES.length;
  head1[mutu] = cell(C.mutuBaku, "header");
  head2[mutu] = cell(C.kelengkapan, "header");
  head2[mutu + 1] = cell(C.waktu, "header");
  head2[mutu + 2] = cell(C.output, "header");
  head1[mutu + 3] = cell(C.ket, "header");
  head1[ROUND_COL] = cell(C.putaran, "header");
  [C.rencanaMulai, C.rencanaSelesai, C.mulai, C.selesai, C.status, C.olehSiapa, C.paraf].forEach(
    (label, i) => (head2[ROUND_COL + i] = cell(label, "header")),
  );
  // Cells under a merge still carry the header style, so the borders print whole.
  for (let c = 0; c <= LAST_COL; c++) {
    head1[c] ??= cell(null, "header");
    head2[c] ??= cell(null, "header");
  }
  merges.push(
    rangeAddress(top, 0, top + 1, 0),
    rangeAddress(top, 1, top + 1, 1),
    rangeAddress(top, 2, top, mutu - 1),
    rangeAddress(top, mutu, top, mutu + 2),
    rangeAddress(top, mutu + 3, top + 1, mutu + 3),
    rangeAddress(top, ROUND_COL, top, LAST_COL),
  );
  rows.push(head1, head2);
  // Bold, centred headers: fewer characters fit a line than in body text.
  heights[top + 1] = heightOf(
    head2.map((c, i) => [String(c?.value ?? ""), COLUMN_WIDTHS[i] ?? 8]),
    1,
    0.8,
  );

  const byNo = new Map(state.steps.map((s) => [s.no, s]));
  for (const def of definition.steps) {
    const stepState = byNo.get(def.no);
    const status = stepState ? stepStatus(stepState, now, cal) : undefined;
    const values: [string, Style][] = [
      [def.aktivitas, "cell"],
      ...SOP_ROLES.map((role): [string, Style] => [role === def.pelaksana ? T.mark : "", "mark"]),
      [def.kelengkapan, "cell"],
      [`${def.waktu.amount} ${S.sop.unit[def.waktu.unit]}`, "center"],
      [def.output, "cell"],
      [def.ket, "cell"],
      [stepState ? formatInstant(stepState.plannedStart, cal) : "", "cell"],
      [stepState ? formatInstant(stepState.plannedFinish, cal) : "", "cell"],
      [stepState?.actualStart ? formatInstant(stepState.actualStart, cal) : "", "cell"],
      [stepState?.actualFinish ? formatInstant(stepState.actualFinish, cal) : "", "cell"],
      [stepState && status ? statusText(stepState, status, cal) : "", status?.status ?? "cell"],
      [stepState?.actor ? `${stepState.actor.nama}\n${stepState.actor.jabatan}` : "", "cell"],
      [
        (input.parafs ?? [])
          .filter((p) => p.step === def.no)
          .map((p) => p.text)
          .join("\n"),
        "cell",
      ],
    ];
    const row: Row = [cell(def.no, "center"), ...values.map(([v, s]) => cell(v, s))];
    heights[rows.length] = heightOf([
      [String(def.no), WIDTHS.no],
      ...values.map(([v], i): [string, number] => [v, COLUMN_WIDTHS[i + 1] ?? 8]),
    ]);
    rows.push(row);
  }

  rows.push([]);
  for (const line of T.legend) full(line, "legend");
  rows.push([]);
  const sekda = setup.pejabat.find((p) => p.peran === "sekretaris-daerah");
  const signature = (value: string, style: Style) => {
    const row = blank();
    row[ROUND_COL + 3] = cell(value, style);
    merges.push(rangeAddress(rows.length, ROUND_COL + 3, rows.length, LAST_COL));
    rows.push(row);
  };
  signature(T.signatureRole, "signature");
  rows.push([], [], []);
  signature(sekda?.nama ?? "", "signatureName");
  signature(sekda?.nip ? T.nip(sekda.nip) : "", "signature");

  return {
    name: S.sop.sheetName,
    visibility: "visible",
    rows,
    styles: STYLES,
    columns: COLUMN_WIDTHS.map((width) => ({ width })),
    rowHeights: heights,
    merges,
    validations: [],
    protection: {},
    print: a4Landscape({ printTitleRows: `${top + 1}:${top + 2}` }),
    tabColor: "#70AD47",
  };
}

/** The very hidden "_sop_state" sheet: the state as JSON, for the add-in and the CLI. */
export function sopStateSheetPlan(state: SopState): SheetPlan {
  return jsonSheetPlan({
    name: S.sop.stateSheetName,
    marker: S.sop.stateMarker,
    version: state.version,
    note: S.sop.stateNote,
    json: JSON.stringify(state),
  });
}

/** Reads the "_sop_state" sheet back into a valid state; never throws. */
export function readSopState(snapshot: SheetSnapshot): SopStateRead {
  const R = S.sop.state;
  const read = readJsonSheet(snapshot, S.sop.stateMarker);
  if (read.ok) return restoreSopState(read.value, snapshot.name);
  const found = read.problem === "marker" ? String(read.found ?? R.empty) : R.brokenJson;
  return {
    state: null,
    issues: [
      {
        severity: "error",
        code: "sop.state.unreadable",
        message: R.unreadable(found),
        sheet: snapshot.name,
        cell: read.problem === "marker" ? "A1" : "A3",
        found,
        expected: R.expected(SOP_STATE_VERSION),
      },
    ],
  };
}

function statusText(stepState: SopStepState, status: SopStepStatus, cal: WorkingCalendar): string {
  const late = formatWorkingMinutes(status.lateMinutes, cal);
  const label =
    status.status === "terlambat"
      ? status.done
        ? S.sop.statusDoneLate(late)
        : S.sop.statusLate(late)
      : S.sop.status[status.status];
  const reason = [...stepState.events].reverse().find((e) => e.kind === "start" && e.reason)?.reason;
  return reason ? `${label}\n${S.sop.reasonLine(reason)}` : label;
}

/** "Senin–Jumat 07.30–16.00 WITA"; days with other hours are listed apart. */
export function describeWeek(cal: WorkingCalendar): string {
  const days = [...cal.week].sort((a, b) => a.weekday - b.weekday);
  const groups: { from: number; to: number; start: string; end: string }[] = [];
  for (const d of days) {
    const last = groups[groups.length - 1];
    if (last && last.to === d.weekday - 1 && last.start === d.start && last.end === d.end)
      last.to = d.weekday;
    else groups.push({ from: d.weekday, to: d.weekday, start: d.start, end: d.end });
  }
  const clock = (t: string) => t.replace(":", ".");
  const parts = groups.map((g) =>
    T.dayHours(
      g.from === g.to ? (S.sop.hari[g.from] ?? "") : `${S.sop.hari[g.from]}–${S.sop.hari[g.to]}`,
      clock(g.start),
      clock(g.end),
    ),
  );
  return T.hariKerja(parts.join("; "), cal.zoneName);
}

/** Holidays on otherwise worked weekdays between the round's start and its last planned finish. */
function holidaysInSchedule(state: SopState): string {
  const cal = state.calendar;
  const from = state.startDate.slice(0, 10);
  const to = state.steps.reduce(
    (m, s) => (s.plannedFinish.slice(0, 10) > m ? s.plannedFinish.slice(0, 10) : m),
    from,
  );
  const withoutHolidays = { ...cal, holidays: [] };
  const list = [...new Set(cal.holidays)]
    .filter((d) => d >= from && d <= to && isWorkingDay(d, withoutHolidays))
    .sort()
    .map(formatTanggal);
  return list.length > 0 ? list.join(", ") : T.noHolidays;
}

/** A row height that shows every wrapped text in full (see text-fit.ts). */
function heightOf(cells: [string, number][], minLines = 1, charsPerUnit = CHARS_PER_UNIT): number {
  let lines = minLines;
  for (const [value, width] of cells) {
    lines = Math.max(lines, wrappedLines(value, charsPerLine(width, charsPerUnit)));
  }
  return Math.round(lines * LINE_HEIGHT + 3);
}
