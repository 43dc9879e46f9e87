/**
 * The cells of a DPA row that carry numbers and choices: the pagu of a coded row and the target,
 * satuan, polarity, aggregation and quarterly targets of an indicator. A cell that cannot be read
 * is an issue naming the cell, what was found and what was expected, and reads as empty.
 */
import { cellAddress } from "../../sheet/address";
import type { CellValue } from "../../sheet/plan";
import { dpa as T, type NumberReason } from "../../strings/dpa";
import { cellAt } from "./header";
import { parseIndonesianNumber } from "../shared/numbers";
import type { SheetIssues } from "./reader-support";
import { JENIS, parseAggregation, parsePolarity, ROMAN, type DpaField } from "./dpa-columns";
import { cellText, normalizeLabel } from "../shared/text";
import type { Aggregation, DpaIndicator, DpaNode, IndicatorKey, Polarity, Quarterly } from "../shared/types";

/** A DPA table being read: its cells, the column of each field found, and where issues go. */
export interface DpaTable {
  values: readonly (readonly CellValue[] | undefined)[];
  cols: Partial<Record<DpaField, number>>;
  /** The column whose text is an indicator: Tolok Ukur when there is one, else Indikator. */
  indicatorCol: number;
  sink: SheetIssues;
}

const TW_FIELDS = ["targetTw1", "targetTw2", "targetTw3", "targetTw4"] as const;

/** A cell of row `r` (0-based); null for a column the table does not have. */
export function cellIn(t: DpaTable, r: number, c: number | undefined): CellValue {
  return c === undefined ? null : cellAt(t.values, r, c);
}

/** The pagu of row `r`, or null when absent, blank or unreadable (then a warning: a negative or a percent is no rupiah). */
export function readPagu(t: DpaTable, r: number): number | null {
  const { cols, sink } = t;
  if (cols.pagu === undefined) return null;
  const raw = cellAt(t.values, r, cols.pagu);
  const parsed = parseIndonesianNumber(raw);
  if (!parsed.ok && parsed.reason === "empty") return null;
  let reason: NumberReason | null = null;
  if (!parsed.ok) reason = parsed.reason;
  else if (parsed.percent) reason = "percent";
  else if (parsed.value < 0) reason = "negative";
  if (parsed.ok && reason === null) return parsed.value;
  const found = cellText(raw);
  const kode = cellText(cellAt(t.values, r, cols.kode ?? 0));
  sink.warning("dpa.row.bad-pagu", T.paguUnreadable(r + 1, kode, found, reason ?? "not-a-number"), {
    row: r + 1,
    cell: cellAddress(r, cols.pagu),
    found,
    expected: T.expected.rupiah,
  });
  return null;
}

/** Adds the indicator of row `r` to `node`, unless its jenis is "Masukan" (the money, not a performance indicator). */
export function addIndicator(t: DpaTable, node: DpaNode, r: number): void {
  const excelRow = r + 1;
  const text = cellText(cellIn(t, r, t.indicatorCol));
  const jenisText = cellText(cellIn(t, r, t.cols.jenis));
  const jenis = jenisText === "" ? null : (JENIS[normalizeLabel(jenisText)] ?? jenisText);
  if (jenis === "Masukan") {
    t.sink.info("dpa.row.masukan", T.masukan(excelRow, text), {
      row: excelRow,
      cell: cellAddress(r, t.indicatorCol),
      found: text,
    });
    return;
  }
  const { targetTahunan, targetText } = readTarget(t, r, text);
  const satuan = readSatuan(t, r, text);
  const polarity: Polarity | null = readChoice(
    t,
    r,
    t.cols.polaritas,
    parsePolarity,
    "dpa.row.polarity-unknown",
    T.polarityUnknown,
    T.expected.polarity,
  );
  const aggregation: Aggregation | null = readChoice(
    t,
    r,
    t.cols.jenisCapaian,
    parseAggregation,
    "dpa.row.aggregation-unknown",
    T.aggregationUnknown,
    T.expected.aggregation,
  );
  const tw = readTargetTw(t, r);
  const indicator: DpaIndicator = {
    key: "" as IndicatorKey,
    text,
    jenis,
    satuan,
    targetTahunan,
    targetText,
    targetTw: tw.some((x) => x !== null) ? tw : null,
    polarity,
    aggregation,
    source: t.sink.source(excelRow, cellAddress(r, t.indicatorCol)),
  };
  node.indicators.push(indicator);
}

/** The annual target: a number, or a qualitative text kept as written ("WTP"); empty and ambiguous are issues. */
function readTarget(
  t: DpaTable,
  r: number,
  indicator: string,
): { targetTahunan: number | null; targetText: string | null } {
  const excelRow = r + 1;
  const raw = cellIn(t, r, t.cols.target);
  const cell = cellAddress(r, t.cols.target ?? 0);
  const target = parseIndonesianNumber(raw);
  if (target.ok) return { targetTahunan: target.value, targetText: null };
  if (target.reason === "empty") {
    t.sink.warning("dpa.row.target-empty", T.targetEmpty(excelRow, indicator), {
      row: excelRow,
      cell,
      found: "",
      expected: T.expected.number,
    });
    return { targetTahunan: null, targetText: null };
  }
  if (target.reason === "ambiguous") {
    t.sink.error("dpa.row.target-ambiguous", T.targetAmbiguous(excelRow, target.found), {
      row: excelRow,
      cell,
      found: target.found,
      expected: T.expected.number,
    });
    return { targetTahunan: null, targetText: null };
  }
  const targetText = cellText(raw);
  t.sink.warning("dpa.row.target-qualitative", T.targetQualitative(excelRow, targetText), {
    row: excelRow,
    cell,
    found: targetText,
    expected: T.expected.number,
  });
  return { targetTahunan: null, targetText };
}

/** The satuan as written; a blank one is a warning. */
function readSatuan(t: DpaTable, r: number, indicator: string): string {
  const excelRow = r + 1;
  const satuan = cellText(cellIn(t, r, t.cols.satuan));
  if (satuan === "") {
    t.sink.warning("dpa.row.satuan-empty", T.satuanEmpty(excelRow, indicator), {
      row: excelRow,
      cell: cellAddress(r, t.cols.satuan ?? 0),
      found: "",
      expected: T.expected.notEmpty,
    });
  }
  return satuan;
}

/** An optional choice column: null when absent or blank, a warning (and null) when unknown. */
function readChoice<V>(
  t: DpaTable,
  r: number,
  c: number | undefined,
  parse: (v: CellValue) => V | null | undefined,
  code: string,
  message: (row: number, found: string) => string,
  expected: string,
): V | null {
  if (c === undefined) return null;
  const value = parse(cellIn(t, r, c));
  if (value !== undefined) return value;
  const excelRow = r + 1;
  const found = cellText(cellIn(t, r, c));
  t.sink.warning(code, message(excelRow, found), {
    row: excelRow,
    cell: cellAddress(r, c),
    found,
    expected,
  });
  return null;
}

/** The quarterly targets, each null when absent, blank or unreadable (then a warning). */
function readTargetTw(t: DpaTable, r: number): Quarterly<number | null> {
  const tw: Quarterly<number | null> = [null, null, null, null];
  TW_FIELDS.forEach((field, q) => {
    const c = t.cols[field];
    if (c === undefined) return;
    const parsed = parseIndonesianNumber(cellIn(t, r, c));
    if (parsed.ok) tw[q] = parsed.value;
    else if (parsed.reason !== "empty") {
      const found = cellText(cellIn(t, r, c));
      t.sink.warning(
        "dpa.row.target-tw-unreadable",
        T.targetTwUnreadable(r + 1, `TW ${ROMAN[q] ?? ""}`, found, parsed.reason),
        { row: r + 1, cell: cellAddress(r, c), found, expected: T.expected.number },
      );
    }
  });
  return tw;
}
