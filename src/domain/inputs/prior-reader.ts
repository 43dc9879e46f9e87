/**
 * Reads the realisasi already reported in an earlier period from a plain table: the long form
 * (one row per value: Kode, Indikator, Realisasi, Tahun, Periode) or the wide form (Realisasi TW I
 * … TW IV, Realisasi Tahunan), which is also how this product's own kertas kerja lays it out.
 */
import { cellAddress } from "../../sheet/address";
import type { CellValue, SheetSnapshot } from "../../sheet/plan";
import { dpa as T } from "../../strings/dpa";
import { cellAt, findHeader, HEADER_SEARCH_ROWS, type HeaderFound, type Requirement } from "./header";
import { headerIssues, SheetIssues } from "./reader-support";
import { PRIOR_LABELS, QUARTERS, REALISASI_TW, type PriorField, type PriorTable } from "./prior-columns";
import { PriorRows, type PriorRow } from "./prior-rows";
import { readLongValue, readWideValues, type PriorYears } from "./prior-values";
import { cellText, normalizeLabel } from "../shared/text";
import type { Periode, PriorReadResult, PriorValue } from "../shared/types";

const REQUIRED: readonly Requirement<PriorField>[] = [
  "kode",
  ["tolokUkur", "indikator"],
  ["realisasi", ...REALISASI_TW, "realisasiTahunan"],
];

const YEAR = /\b(19[5-9]\d|20\d\d|2100)\b/g;

/** Every distinct year written in a text. */
function yearsIn(text: string): number[] {
  return [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])))];
}

/** A Tahun cell: 2025 or "2025" or "TA 2025"; null when empty, undefined when unreadable. */
export function parseTahun(v: CellValue): number | null | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1950 && v <= 2100 ? v : undefined;
  const text = cellText(v);
  if (text === "") return null;
  const years = yearsIn(text);
  const rest = normalizeLabel(text.replace(YEAR, " "))
    .replace(/\b(tahun anggaran|tahun|ta)\b/g, "")
    .trim();
  return years.length === 1 && rest === "" ? years[0] : undefined;
}

const TRIWULAN_WORDS: Record<string, Periode> = {};
for (const [i, p] of QUARTERS.entries()) {
  const roman = ["i", "ii", "iii", "iv"][i] ?? "";
  for (const word of ["tw", "triwulan", "trw", "tri wulan", "q"]) {
    TRIWULAN_WORDS[`${word} ${roman}`] = p;
    TRIWULAN_WORDS[`${word} ${i + 1}`] = p;
    TRIWULAN_WORDS[`${word}${i + 1}`] = p;
  }
}

/**
 * A Periode cell: "TW I", "Triwulan II", "TW3", "Q4", 1–4, "Tahunan", or a year ("2025" is the
 * annual value of 2025, "TW I 2026" the first quarter of 2026). Undefined when unreadable.
 */
export function parsePeriode(v: CellValue): { periode: Periode; tahun: number | null } | undefined {
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1 && v <= 4) return { periode: QUARTERS[v - 1] ?? "TW1", tahun: null };
    const tahun = parseTahun(v);
    return typeof tahun === "number" ? { periode: "TAHUNAN", tahun } : undefined;
  }
  const text = cellText(v);
  const years = yearsIn(text);
  if (text === "" || years.length > 1) return undefined;
  const tahun = years[0] ?? null;
  const rest = normalizeLabel(text.replace(YEAR, " "))
    .replace(/\b(tahun anggaran|ta)\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (rest === "tahunan" || rest === "akhir tahun" || ((rest === "" || rest === "tahun") && tahun !== null)) {
    return { periode: "TAHUNAN", tahun };
  }
  const quarter = TRIWULAN_WORDS[rest.replace(/ tahun$/, "")];
  return quarter === undefined ? undefined : { periode: quarter, tahun };
}

/**
 * Reads a prior report. Codes are normalised like the DPA's (two- or four-digit sub kegiatan);
 * program and kegiatan rows without an indicator are passed over; a row without a code but with
 * an indicator belongs to the code above. A blank realisasi is "not reported" and gives no value.
 * When no Tahun column says otherwise, the one year written in the title rows (if exactly one)
 * is the year of the values; in the wide form a "Realisasi Tahun 2025" column is the annual 2025.
 */
export function readPriorReport(snapshot: SheetSnapshot, file?: string): PriorReadResult {
  const sink = new SheetIssues(snapshot.name, file);
  const values: PriorValue[] = [];
  const search = findHeader(snapshot, PRIOR_LABELS, REQUIRED);
  if (!search.ok) {
    headerIssues("prior", sink, snapshot.name, search, PRIOR_LABELS, REQUIRED, HEADER_SEARCH_ROWS);
    return { values, issues: sink.issues };
  }
  const { header } = search;
  const t = priorTable(header, snapshot.values, sink);
  const years = new TableYears(header, t);
  const rows = new PriorRows(t);
  for (let r = header.dataStart; r < t.grid.length; r++) {
    const row = rows.read(r);
    if (row) readIndicatorRow(t, row, years, values);
  }
  years.reportTitleYear();
  return { values, issues: sink.issues };
}

/** The columns found, the column of the indicator text, and whether the table has the wide form. */
function priorTable(
  header: HeaderFound<PriorField>,
  grid: readonly (readonly CellValue[] | undefined)[],
  sink: SheetIssues,
): PriorTable {
  const cols = header.columns;
  return {
    grid,
    cols,
    indicatorCol: cols.tolokUkur ?? cols.indikator ?? 0,
    wide: [...REALISASI_TW, "realisasiTahunan" as const].some((f) => cols[f] !== undefined),
    sink,
  };
}

/** The years of the whole table: the one in the title rows, and the one in a plain "Realisasi 2025" header. */
class TableYears implements PriorYears {
  readonly plain: number | null;
  /** The title's year and its 1-based row, when the title rows name exactly one year. */
  private readonly title: [number, number] | undefined;
  private titleUsed = false;

  constructor(
    header: HeaderFound<PriorField>,
    private readonly t: PriorTable,
  ) {
    // The year of the whole table, from the title rows: used only where a row names none.
    const titleYears = new Map<number, number>();
    for (let r = 0; r < header.row; r++) {
      for (const y of yearsIn((t.grid[r] ?? []).map((v) => cellText(v)).join(" "))) {
        if (!titleYears.has(y)) titleYears.set(y, r + 1);
      }
    }
    this.title = titleYears.size === 1 ? [...titleYears.entries()][0] : undefined;
    // Wide form: a plain "Realisasi 2025" / "Realisasi Tahun 2025" column is that year's annual value.
    const plainLabel = header.labels.realisasi ?? "";
    const plainYears = yearsIn(plainLabel);
    this.plain = plainYears.length === 1 ? (plainYears[0] ?? null) : null;
    const col = t.cols.realisasi;
    if (t.wide && col !== undefined && this.plain === null) {
      t.sink.info(
        "prior.header.plain-realisasi-ignored",
        T.prior.plainRealisasiIgnored(cellAddress(header.row, col)),
        {
          row: header.row + 1,
          cell: cellAddress(header.row, col),
          found: plainLabel,
        },
      );
    }
  }

  withDefault(tahun: number | null): number | null {
    if (tahun !== null || this.title === undefined) return tahun;
    this.titleUsed = true;
    return this.title[0];
  }

  /** Tells that the title's year was given to values whose rows named none. */
  reportTitleYear(): void {
    if (!this.titleUsed || this.title === undefined) return;
    this.t.sink.info("prior.tahun-from-title", T.prior.tahunFromTitle(this.title[0], this.title[1]), {
      row: this.title[1],
    });
  }
}

/** The values of one indicator row, each with its periode and year; a row that gives none is told. */
function readIndicatorRow(t: PriorTable, row: PriorRow, years: PriorYears, values: PriorValue[]): void {
  const rowTahun = readRowTahun(t, row.r);
  const before = values.length;
  if (t.wide) readWideValues(t, row, rowTahun, years, values);
  else {
    const when = readRowPeriode(t, row.r);
    // A row whose period cannot be told gives nothing, not even the "no realisasi" note.
    if (when === undefined) return;
    readLongValue(t, row, when.periode, rowTahun ?? when.tahun, years, values);
  }
  if (values.length === before && !row.hasRealisasi) {
    t.sink.info("prior.row.no-realisasi", T.prior.noRealisasi(row.r + 1, row.indicatorText), {
      row: row.r + 1,
      cell: cellAddress(row.r, t.indicatorCol),
      found: row.indicatorText,
    });
  }
}

/** The row's Tahun cell: null when there is no such column or it is blank, or unreadable (then a warning). */
function readRowTahun(t: PriorTable, r: number): number | null {
  const c = t.cols.tahun;
  if (c === undefined) return null;
  const tahun = parseTahun(cellAt(t.grid, r, c));
  if (tahun !== undefined) return tahun;
  const found = cellText(cellAt(t.grid, r, c));
  t.sink.warning("prior.row.tahun-unknown", T.prior.tahunUnknown(r + 1, found), {
    row: r + 1,
    cell: cellAddress(r, c),
    found,
    expected: T.expected.tahun,
  });
  return null;
}

/** The row's Periode (Tahunan without such a column); undefined, with a warning, when unreadable. */
function readRowPeriode(t: PriorTable, r: number): { periode: Periode; tahun: number | null } | undefined {
  const c = t.cols.periode;
  if (c === undefined) return { periode: "TAHUNAN", tahun: null };
  const p = parsePeriode(cellAt(t.grid, r, c));
  if (p !== undefined) return p;
  const found = cellText(cellAt(t.grid, r, c));
  t.sink.warning("prior.row.periode-unknown", T.prior.periodeUnknown(r + 1, found), {
    row: r + 1,
    cell: cellAddress(r, c),
    found,
    expected: T.expected.periode,
  });
  return undefined;
}
