/**
 * The cells of one IKU row: target, satuan, polarity, jenis capaian, Rencana Aksi, the Renstra's
 * target, earlier realisasi and the Bagian. A cell that cannot be read is an issue naming the
 * cell, what was found and what was expected, and reads as empty.
 */
import type { CellValue } from "../../sheet/plan";
import { pk as T } from "../../strings/pk";
import { parseAggregation, parsePolarity, ROMAN } from "./dpa-columns";
import { TW_FIELDS, type PkField } from "./pk-columns";
import type { PkGrid } from "./pk-grid";
import type { IkuFields } from "./pk-state";
import { QUALITATIVE_WORDS, readTargetValue } from "./pk-values";
import { cellText } from "../shared/text";
import type { Quarterly, TargetValue } from "../shared/types";

/** A table of indicators being read: its cells, the column of each field, and its realisasi columns. */
export interface IkuTable {
  grid: PkGrid;
  cols: Partial<Record<PkField, number>>;
  /** The columns of earlier years' realisasi, oldest first, at most five. */
  realisasi: readonly { col: number; tahun: number }[];
}

/** Reads the IKU of row `r` (0-based) whose indikator is `indikator`. */
export function readIkuCells(t: IkuTable, r: number, indikator: string): IkuFields {
  const { grid, cols } = t;
  const targetTahunan = readAnnualTarget(t, r, indikator);
  const satuan = grid.text(r, cols.satuan);
  if (satuan === "" && cols.satuan !== undefined && typeof targetTahunan !== "string") {
    grid.sink.warning("pk.row.satuan-empty", T.satuanEmpty(r + 1, indikator), {
      row: r + 1,
      cell: grid.addr(r, cols.satuan),
      found: "",
      expected: T.expected.notEmpty,
    });
  }
  const polarity = readChoice(
    t,
    r,
    cols.polaritas,
    parsePolarity,
    "pk.row.polarity-unknown",
    T.polarityUnknown,
  );
  const aggregation = readChoice(
    t,
    r,
    cols.jenisCapaian,
    parseAggregation,
    "pk.row.aggregation-unknown",
    T.aggregationUnknown,
  );
  const renstra = cols.targetRenstra;
  const bagian = grid.groupedText(r, cols.bagian);
  return {
    indikator,
    satuan,
    polarity: polarity ?? "positif",
    aggregation: aggregation ?? "nilai-akhir",
    targetTahunan,
    targetTw: readTargetTw(t, r),
    targetRenstra: renstra === undefined ? null : readValue(t, r, renstra, T.what.renstra, "target-renstra"),
    realisasiLalu: t.realisasi.flatMap(({ col, tahun }) => {
      const realisasi = readValue(t, r, col, T.what.realisasi(tahun), "realisasi");
      return realisasi === null ? [] : [{ tahun, realisasi }];
    }),
    bagian: bagian === "" ? null : bagian,
    source: grid.sink.source(r + 1, grid.addr(r, cols.indikator)),
  };
}

/** The quarterly targets of row `r`, or null when the table gives none there. */
export function readTargetTw(t: IkuTable, r: number): Quarterly<TargetValue | null> | null {
  const tw: Quarterly<TargetValue | null> = [null, null, null, null];
  TW_FIELDS.forEach((field, q) => {
    const c = t.cols[field];
    if (c !== undefined) tw[q] = readValue(t, r, c, T.what.tw(ROMAN[q] ?? ""), "target-tw");
  });
  return tw.some((v) => v !== null) ? tw : null;
}

/** True when row `r` has anything in a column of targets, satuan or realisasi. */
export function hasIkuData(t: IkuTable, r: number): boolean {
  const { cols } = t;
  const columns = [cols.target, cols.satuan, cols.targetRenstra, ...TW_FIELDS.map((f) => cols[f])];
  return [...columns, ...t.realisasi.map((x) => x.col)].some((c) => t.grid.text(r, c) !== "");
}

/** The annual target: empty is a warning, unreadable an error (the IKU then has none). */
function readAnnualTarget(t: IkuTable, r: number, indikator: string): TargetValue | null {
  const c = t.cols.target;
  if (c === undefined) return null;
  if (readTargetValue(t.grid.raw(r, c)).kind === "empty") {
    t.grid.sink.warning("pk.row.target-empty", T.targetEmpty(r + 1, indikator), {
      row: r + 1,
      cell: t.grid.addr(r, c),
      found: t.grid.text(r, c),
      expected: T.expected.value(QUALITATIVE_WORDS),
    });
    return null;
  }
  return readValue(t, r, c, T.what.target, "target", "error");
}

/**
 * A value cell: a number or a known word; an unknown word is kept and told; what cannot be read is
 * told (a warning, or an error for the annual target) and reads as null.
 */
export function readValue(
  t: Pick<IkuTable, "grid">,
  r: number,
  c: number,
  what: string,
  code: string,
  severity: "error" | "warning" = "warning",
): TargetValue | null {
  const read = readTargetValue(t.grid.raw(r, c));
  const place = { row: r + 1, cell: t.grid.addr(r, c), expected: T.expected.value(QUALITATIVE_WORDS) };
  switch (read.kind) {
    case "empty":
      return null;
    case "value":
      return read.value;
    case "unknown-word":
      t.grid.sink.warning(`pk.row.${code}-unknown-word`, T.unknownWord(r + 1, what, read.value), {
        ...place,
        found: read.value,
      });
      return read.value;
    case "unreadable":
      t.grid.sink[severity](`pk.row.${code}-unreadable`, T.unreadable(r + 1, what, read.found, read.reason), {
        ...place,
        found: read.found,
      });
      return null;
  }
}

/** An optional choice column (merged down over a sasaran's rows allowed): null when absent, blank or unknown (then a warning). */
function readChoice<V>(
  t: IkuTable,
  r: number,
  c: number | undefined,
  parse: (v: CellValue) => V | null | undefined,
  code: string,
  message: (row: number, found: string) => string,
): V | null {
  if (c === undefined) return null;
  const v = t.grid.grouped(r, c);
  const value = parse(v);
  if (value !== undefined) return value;
  const found = cellText(v);
  t.grid.sink.warning(code, message(r + 1, found), {
    row: r + 1,
    cell: t.grid.addr(r, c),
    found,
    expected: code.includes("polarity") ? T.expected.polarity : T.expected.aggregation,
  });
  return null;
}
