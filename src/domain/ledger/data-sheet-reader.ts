/**
 * Reading a ledger sheet (Data, Riwayat) back into submissions: the exact inverse of
 * `ledgerSheetPlan`. Restore-style: never throws; what it cannot read is an issue naming the
 * sheet, cell, what was found and what was expected, and the rest still reads.
 */
import { cellAddress } from "../../sheet/address";
import type { CellValue, SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import {
  COMPUTED_COLUMNS,
  DATA_COLUMNS,
  DATA_FORMAT_VERSION,
  type DataColumn,
  PROVENANCE_COLUMNS,
  type LedgerRecord,
  type RiwayatExtraColumn,
} from "./data-layout";
import { serialToIso } from "../shared/dates";
import { IssueCollector } from "../shared/issues";
import type { ConsolidatedSubmission, SubmittedRow } from "../returned/submission";
import { normalizeLabel } from "../shared/text";
import type { Aggregation, BagianCode, Issue, Kode, Periode, Polarity, Quarterly } from "../shared/types";

const T = S.analysis.data;
const E = T.issues;
/** How far down the header row is looked for. */
const HEADER_SEARCH_ROWS = 30;

export interface LedgerRead {
  records: LedgerRecord[];
  issues: Issue[];
  /** Where each submitted row was read: its 1-based row and the A1 address of any of its columns. */
  places: Map<SubmittedRow, LedgerPlace>;
}

type Column = DataColumn | RiwayatExtraColumn;

/** Where a submitted row stands on the ledger sheet, for messages and provenance. */
export interface LedgerPlace {
  /** 1-based row. */
  row: number;
  /** The A1 address of one of the columns the reader reads (an input column or an extra one). */
  cell: (column: Column) => string;
}

/** Whether a sheet carries the ledger marker (Data, Riwayat) near its top, whatever its version. */
export function hasLedgerMarker(snapshot: SheetSnapshot): boolean {
  return snapshot.values.slice(0, HEADER_SEARCH_ROWS).some((r) => r[0] === T.marker);
}

/**
 * The columns a submission repeats on each of its rows (its Bagian and its provenance, but where
 * each row came from and the derived serials); a row differing from the first is reported.
 */
const SUBMISSION_COLUMNS: readonly DataColumn[] = [
  "bagianKode",
  "bagianNama",
  ...PROVENANCE_COLUMNS.filter((c) => c !== "lembar" && c !== "sel" && !COMPUTED_COLUMNS.has(c)),
];

const invert = <K extends string>(labels: Readonly<Record<K, string>>): Map<string, K> =>
  new Map((Object.keys(labels) as K[]).map((k) => [normalizeLabel(labels[k]), k]));
const PERIODE = invert(S.common.periode);
const POLARITY = invert(S.common.polarity);
const AGGREGATION = invert(S.common.aggregation);
const KIND = invert(T.kinds);
const YES_NO = invert({ yes: T.yes, no: T.no });

/** The header row and where each needed column stands, or what is missing. */
function findHeader(
  values: readonly (readonly CellValue[])[],
  needed: readonly Column[],
): { ok: true; row: number; at: Record<Column, number> } | { ok: false; missing: Column[] } {
  const want = new Map(needed.map((c) => [normalizeLabel(T.columns[c]), c]));
  let best: Column[] = [...needed];
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const at: Partial<Record<Column, number>> = {};
    (values[r] ?? []).forEach((v, c) => {
      const column = typeof v === "string" ? want.get(normalizeLabel(v)) : undefined;
      if (column !== undefined && at[column] === undefined) at[column] = c;
    });
    const missing = needed.filter((c) => at[c] === undefined);
    if (missing.length === 0) return { ok: true, row: r, at: at as Record<Column, number> };
    if (missing.length < best.length) best = missing;
  }
  return { ok: false, missing: best };
}

/** Cell readers of one row that collect issues as they go. */
class RowReader {
  constructor(
    private readonly values: readonly CellValue[],
    private readonly r: number,
    private readonly at: Record<Column, number>,
    private readonly issues: IssueCollector,
    private readonly sheet: string,
  ) {}

  raw(c: Column): CellValue {
    return this.values[this.at[c]] ?? null;
  }

  cell(c: Column): string {
    return cellAddress(this.r, this.at[c]);
  }

  bad(c: Column, expected: string): null {
    const v = this.raw(c);
    this.issues.error("data.cell.invalid", E.cell(this.sheet, this.cell(c), T.columns[c]), {
      cell: this.cell(c),
      row: this.r + 1,
      found: String(v),
      expected,
    });
    return null;
  }

  /** Text as written (never trimmed); a number a host turned text into is given back as its digits. */
  text(c: Column): string | null {
    const v = this.raw(c);
    if (v === null) return null;
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    return String(v);
  }

  /** Text that the contract never leaves null: an empty cell reads as "". */
  str(c: Column): string {
    return this.text(c) ?? "";
  }

  num(c: Column): number | null {
    const v = this.raw(c);
    if (v === null || v === "") return null;
    return typeof v === "number" && Number.isFinite(v) ? v : this.bad(c, E.number);
  }

  oneOf<K extends string>(c: Column, labels: Map<string, K>, shown: Readonly<Record<K, string>>): K | null {
    const v = this.raw(c);
    if (v === null || v === "") return null;
    const found = typeof v === "string" ? labels.get(normalizeLabel(v)) : undefined;
    return found ?? this.bad(c, E.oneOf(Object.values(shown)));
  }

  /** An ISO date, also when a host turned it into a date serial. */
  date(c: Column): string | null {
    const v = this.raw(c);
    return typeof v === "number" && Number.isFinite(v) ? serialToIso(v) : this.text(c);
  }

  empty(columns: readonly Column[]): boolean {
    return columns.every((c) => {
      const v = this.raw(c);
      return v === null || v === "";
    });
  }
}

type Header = Omit<ConsolidatedSubmission, "rows">;

/** The submission a row repeats, or null (with an issue) when a required part is unreadable. */
function submissionOf(rd: RowReader, missing: (c: Column) => null): Header | null {
  const kode = rd.text("bagianKode");
  const periode = rd.oneOf("periode", PERIODE, S.common.periode);
  const tahun = rd.num("tahun");
  const size = rd.num("ukuran");
  const version = rd.num("versiTemplate");
  if (kode === null || kode === "") return missing("bagianKode");
  if (periode === null) return missing("periode");
  if (tahun === null) return missing("tahun");
  if (size === null) return missing("ukuran");
  if (version === null) return missing("versiTemplate");
  return {
    bagian: { kode: kode as BagianCode, nama: rd.str("bagianNama") },
    instansi: rd.str("instansi"),
    tahun,
    periode: periode as Periode,
    templateVersion: version,
    fingerprint: rd.str("fingerprint"),
    file: { name: rd.str("berkas"), sha256: rd.str("sha256"), size, savedAt: rd.text("dikirimPada") },
    signature: { tanggal: rd.date("ttdTanggal"), nama: rd.text("ttdNama"), nip: rd.text("ttdNip") },
    importedAt: rd.str("diimporPada"),
    importedBy: rd.str("diimporOleh"),
  };
}

const quarter = (rd: RowReader, prefix: "targetTw" | "realisasiTw"): Quarterly<number | null> => [
  rd.num(`${prefix}1`),
  rd.num(`${prefix}2`),
  rd.num(`${prefix}3`),
  rd.num(`${prefix}4`),
];

/**
 * The realisasi of a row: numbers, and on a row with a qualitative target (targetText) the words
 * of a qualitative realisasi (`realisasiWords`, only when there is one).
 */
function realisasiOf(rd: RowReader): Pick<SubmittedRow, "realisasiTw" | "realisasiWords"> {
  if (rd.text("targetText") === null) return { realisasiTw: quarter(rd, "realisasiTw") };
  const { numbers, words } = wordsOf(rd, "realisasiTw");
  return words ? { realisasiTw: numbers, realisasiWords: words } : { realisasiTw: numbers };
}

/** The quarterly targets of a row: on a qualitative row, the words of its Rencana Aksi as well. */
function targetsOf(rd: RowReader): Pick<SubmittedRow, "targetTw" | "targetTwWords"> {
  if (rd.text("targetText") === null) return { targetTw: quarter(rd, "targetTw") };
  const { numbers, words } = wordsOf(rd, "targetTw");
  return words ? { targetTw: numbers, targetTwWords: words } : { targetTw: numbers };
}

/** Four quarter cells of a qualitative row: the words (when any cell holds one) and the numbers elsewhere. */
function wordsOf(
  rd: RowReader,
  prefix: "targetTw" | "realisasiTw",
): { numbers: Quarterly<number | null>; words: Quarterly<string | null> | null } {
  const cols = [1, 2, 3, 4].map((i) => `${prefix}${i}` as Column);
  const word = (c: Column): string | null => {
    const v = rd.raw(c);
    return typeof v === "string" && v.trim() !== "" ? v : null;
  };
  const words = cols.map(word) as Quarterly<string | null>;
  const numbers = cols.map((c, i) => (words[i] === null ? rd.num(c) : null)) as Quarterly<number | null>;
  return { numbers, words: words.some((w) => w !== null) ? words : null };
}

/** One submitted row, or null (with an issue) without its key or kind. */
function submittedRowOf(rd: RowReader, missing: (c: Column) => null): SubmittedRow | null {
  const key = rd.text("kunci");
  const kind = rd.oneOf("jenisBaris", KIND, T.kinds);
  const budget = rd.oneOf("budgetRow", YES_NO, { yes: T.yes, no: T.no });
  if (key === null || key === "") return missing("kunci");
  if (kind === null) return missing("jenisBaris");
  return {
    key,
    kind,
    programKode: rd.str("programKode") as Kode,
    programNama: rd.str("programNama"),
    kegiatanKode: rd.text("kegiatanKode") as Kode | null,
    kegiatanNama: rd.text("kegiatanNama"),
    subKegiatanKode: rd.text("subKegiatanKode") as Kode | null,
    subKegiatanNama: rd.text("subKegiatanNama"),
    indikator: rd.text("indikator"),
    satuan: rd.text("satuan"),
    polarity: rd.oneOf("polaritas", POLARITY, S.common.polarity) as Polarity | null,
    aggregation: rd.oneOf("jenisCapaian", AGGREGATION, S.common.aggregation) as Aggregation | null,
    targetTahunan: rd.num("targetTahunan"),
    targetText: rd.text("targetText"),
    ...targetsOf(rd),
    realisasiLalu: rd.num("realisasiLalu"),
    ...realisasiOf(rd),
    budgetRow: budget === "yes",
    pagu: rd.num("pagu"),
    realisasiAnggaran: rd.num("realisasiAnggaran"),
    pendorong: rd.text("pendorong"),
    penghambat: rd.text("penghambat"),
    tindakLanjut: rd.text("tindakLanjut"),
    buktiDukung: rd.text("buktiDukung"),
    buktiDukungUrl: rd.text("buktiDukungUrl"),
    sheet: rd.str("lembar"),
    cells: rd.str("sel"),
  };
}

interface Group {
  record: LedgerRecord;
  identity: string;
  first: RowReader;
  last: number;
}

/**
 * Reads a ledger sheet written by `ledgerSheetPlan` with the given extra columns. Rows of one
 * submission follow each other, numbered from 1 (0: a submission without rows); a new number 1,
 * or another Bagian, file or import, starts the next submission.
 */
export function readLedgerSheet(
  snapshot: SheetSnapshot,
  extraColumns: readonly RiwayatExtraColumn[],
  file?: string,
): LedgerRead {
  const sheet = snapshot.name;
  const collector = new IssueCollector({ file: file || undefined, sheet });
  const { issues } = collector;
  const values = snapshot.values;

  const marker = values.slice(0, HEADER_SEARCH_ROWS).find((r) => r[0] === T.marker);
  if (marker && marker[1] !== DATA_FORMAT_VERSION) {
    collector.error("data.version", E.version(sheet, String(marker[1] ?? "")), {
      found: String(marker[1] ?? ""),
      expected: E.versionExpected(DATA_FORMAT_VERSION),
    });
    return { records: [], issues, places: new Map() };
  }

  const inputs: Column[] = [...DATA_COLUMNS.filter((c) => !COMPUTED_COLUMNS.has(c)), ...extraColumns];
  const header = findHeader(values, inputs);
  if (!header.ok) {
    collector.error("data.header", E.noHeader(sheet), {
      found: E.noHeaderFound(header.missing.map((c) => T.columns[c])),
      expected: E.noHeaderExpected,
    });
    return { records: [], issues, places: new Map() };
  }

  const records: LedgerRecord[] = [];
  const places = new Map<SubmittedRow, LedgerPlace>();
  let group: Group | null = null;
  for (let r = header.row + 1; r < values.length; r++) {
    const rd = new RowReader(values[r] ?? [], r, header.at, collector, sheet);
    if (rd.empty(inputs)) continue;
    const missing = (c: Column): null => {
      collector.error("data.row.missing", E.missing(sheet, r + 1, T.columns[c]), {
        cell: rd.cell(c),
        row: r + 1,
        found: E.missingFound,
        expected: E.missingExpected(T.columns[c]),
      });
      return null;
    };
    const n = rd.num("urutan");
    if (n === null || !Number.isInteger(n) || n < 0) {
      if (n !== null) rd.bad("urutan", E.integer);
      else missing("urutan");
      continue;
    }
    const identity = JSON.stringify(
      [...(["bagianKode", "sha256", "diimporPada"] as const), ...extraColumns].map((c) => rd.raw(c)),
    );
    if (group === null || n <= 1 || identity !== group.identity) {
      const head = submissionOf(rd, missing);
      if (head === null) {
        group = null;
        continue;
      }
      const extra: LedgerRecord["extra"] = {};
      for (const c of extraColumns) extra[c] = rd.str(c);
      group = { record: { submission: { ...head, rows: [] }, extra }, identity, first: rd, last: 0 };
      records.push(group.record);
    } else {
      checkSameSubmission(group.first, rd, sheet, r, collector);
    }
    if (n !== group.last + 1 && n !== 0) {
      collector.warning("data.row.sequence", E.sequence(sheet, r + 1), {
        cell: rd.cell("urutan"),
        row: r + 1,
        found: String(n),
        expected: E.sequenceExpected(group.last + 1),
      });
    }
    group.last = n;
    if (n === 0) continue;
    const row = submittedRowOf(rd, missing);
    if (row) {
      group.record.submission.rows.push(row);
      places.set(row, { row: r + 1, cell: (c) => rd.cell(c) });
    }
  }
  return { records, issues, places };
}

/** A warning for each column of the submission that differs from the submission's first row. */
function checkSameSubmission(
  first: RowReader,
  rd: RowReader,
  sheet: string,
  r: number,
  collector: IssueCollector,
): void {
  for (const c of SUBMISSION_COLUMNS) {
    if (first.raw(c) === rd.raw(c)) continue;
    collector.warning("data.row.inconsistent", E.inconsistent(sheet, r + 1, T.columns[c]), {
      cell: rd.cell(c),
      row: r + 1,
      found: String(rd.raw(c)),
      expected: String(first.raw(c)),
    });
  }
}
