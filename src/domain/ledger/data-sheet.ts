/**
 * The master's "Data" sheet: one row per submitted row per Bagian, with every input value, a few
 * computed columns for the Analisis formulas, and the provenance of the submission. Its reader is
 * the exact inverse of its writer, so the sheet itself is where consolidated submissions live.
 * Riwayat (riwayat-sheet.ts) uses the same rows through `ledgerSheetPlan` and `readLedgerSheet`.
 */
import { rangeAddress } from "../../sheet/address";
import type { CellPlan, PrintSetup, SheetPlan, SheetSnapshot } from "../../sheet/plan";
import { landscape } from "../../sheet/print";
import { S } from "../../strings";
import {
  capaianFormula,
  predikatFormula,
  realisasiSdFormula,
  serapanFormula,
  targetSdFormula,
} from "../kertas-kerja/kertas-kerja-formulas";
import {
  DATA_COLUMNS,
  DATA_FORMAT,
  DATA_FORMAT_VERSION,
  DATA_FORMULA_COLUMNS,
  DATA_ROWS,
  DATA_SHEET,
  DATA_STYLES,
  DATA_WORD_COLUMNS,
  dataCol,
  dataColIndex,
  instantSerial,
  RIWAYAT_SHEET,
  aggregationOf,
  polarityOf,
  type DataColumn,
  type LedgerRecord,
  type RiwayatExtraColumn,
} from "./data-layout";
import { paperOf, type RoundSetup } from "../setup/setup-types";
import { qualitativeScaleOf } from "../kertas-kerja/qualitative";
import {
  wordCapaianFormula,
  wordRealisasiSdFormula,
  wordTargetSdFormula,
} from "../kertas-kerja/qualitative-formulas";
import { formatUtcOffset } from "../setup/working-time";
import type { ConsolidatedSubmission, SubmittedRow } from "../returned/submission";
import { keepLinksWithinLimit } from "./data-links";
import { readLedgerSheet } from "./data-sheet-reader";
import type { Issue } from "../shared/types";

export { DATA_SHEET, RIWAYAT_SHEET, type LedgerRecord };

const T = S.analysis.data;

export interface LedgerSpec {
  name: string;
  title: string;
  extraColumns: readonly RiwayatExtraColumn[];
  tabColor: string;
}

/**
 * The submissions in the order Data holds them: Bagian in setup order (unknown Bagian after, by
 * kode), then by file, so the sheet never depends on the order files were picked.
 */
export function sortSubmissions(
  setup: Pick<RoundSetup, "bagian">,
  subs: readonly ConsolidatedSubmission[],
): ConsolidatedSubmission[] {
  const rank = new Map(setup.bagian.map((b, i) => [b.kode, i]));
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...subs].sort(
    (a, b) =>
      (rank.get(a.bagian.kode) ?? rank.size) - (rank.get(b.bagian.kode) ?? rank.size) ||
      cmp(a.bagian.kode, b.bagian.kode) ||
      cmp(a.file.sha256, b.file.sha256) ||
      cmp(a.importedAt, b.importedAt) ||
      cmp(a.file.name, b.file.name),
  );
}

/**
 * The Data sheet of the consolidated submissions: visible, protected, header frozen, one row per
 * submitted row (a submission without rows keeps one row numbered 0).
 * @example readDataSheet(snapshot of dataSheetPlan(setup, subs)).submissions ≡ sortSubmissions(setup, subs)
 */
export function dataSheetPlan(setup: RoundSetup, subs: readonly ConsolidatedSubmission[]): SheetPlan {
  const records = sortSubmissions(setup, subs).map((submission) => ({ submission, extra: {} }));
  return ledgerSheetPlan(
    setup,
    { name: DATA_SHEET, title: T.title, extraColumns: [], tabColor: "#4472C4" },
    records,
  );
}

/**
 * Reads the Data sheet back into submissions; never throws. The header is found by its labels,
 * so moved columns still read; a damaged cell or row is an issue naming the cell.
 */
export function readDataSheet(
  snapshot: SheetSnapshot,
  file?: string,
): { submissions: ConsolidatedSubmission[]; issues: Issue[] } {
  const read = readLedgerSheet(snapshot, [], file);
  return { submissions: read.records.map((r) => r.submission), issues: read.issues };
}

const HTTP_LINK = /^https?:\/\/[^\s"<>\\]+$/i;
/** Excel's limit on a link's length. */
const MAX_LINK = 2000;
const linkOf = (url: string | null): string | undefined =>
  url !== null && url.length <= MAX_LINK && HTTP_LINK.test(url) ? url : undefined;

type Row = (CellPlan | null)[];

/** The written cells of one submission: its rows, or one row numbered 0 when it has none. */
function submissionRows(
  setup: RoundSetup,
  record: LedgerRecord,
  extraColumns: readonly RiwayatExtraColumn[],
  firstRow: number,
): Row[] {
  const sub = record.submission;
  const rows = sub.rows.length === 0 ? [null] : sub.rows;
  return rows.map((row, i) => {
    const r = firstRow + i;
    const cells: Row = new Array<CellPlan | null>(DATA_COLUMNS.length + extraColumns.length).fill(null);
    const put = (c: DataColumn, cell: CellPlan) => (cells[dataColIndex[c]] = cell);
    for (const [c, v] of Object.entries(submissionValues(setup, sub)) as [
      DataColumn,
      string | number | null,
    ][])
      put(c, { value: v, style: DATA_FORMAT[c].style });
    put("urutan", { value: row === null ? 0 : i + 1, style: "integer" });
    if (row !== null) {
      for (const [c, v] of Object.entries(rowValues(row)) as [DataColumn, string | number | null][])
        put(c, { value: v, style: DATA_FORMAT[c].style });
      const link = linkOf(row.buktiDukungUrl);
      if (link) {
        put("buktiDukungUrl", { value: row.buktiDukungUrl, style: "text", hyperlink: link });
        if (row.buktiDukung !== null)
          put("buktiDukung", { value: row.buktiDukung, style: "text", hyperlink: link });
      }
      for (const [c, f] of Object.entries(rowFormulas(setup, row, r)) as [DataColumn, string][])
        put(c, { formula: f, style: DATA_FORMAT[c].style });
    }
    extraColumns.forEach(
      (c, j) => (cells[DATA_COLUMNS.length + j] = { value: record.extra[c] ?? null, style: "text" }),
    );
    return cells;
  });
}

/** What every row of a submission repeats: who, which file, when. */
function submissionValues(
  setup: RoundSetup,
  sub: ConsolidatedSubmission,
): Partial<Record<DataColumn, string | number | null>> {
  const offset = setup.calendar.utcOffsetMinutes;
  return {
    bagianKode: sub.bagian.kode,
    bagianNama: sub.bagian.nama,
    berkas: sub.file.name,
    sha256: sub.file.sha256,
    ukuran: sub.file.size,
    dikirimPada: sub.file.savedAt,
    dikirimSerial: instantSerial(sub.file.savedAt, offset),
    diimporPada: sub.importedAt,
    diimporSerial: instantSerial(sub.importedAt, offset),
    diimporOleh: sub.importedBy,
    instansi: sub.instansi,
    tahun: sub.tahun,
    periode: S.common.periode[sub.periode],
    versiTemplate: sub.templateVersion,
    fingerprint: sub.fingerprint,
    ttdTanggal: sub.signature.tanggal,
    ttdNama: sub.signature.nama,
    ttdNip: sub.signature.nip,
  };
}

/** The input values of one submitted row, as written. */
function rowValues(row: SubmittedRow): Partial<Record<DataColumn, string | number | null>> {
  return {
    programKode: row.programKode,
    programNama: row.programNama,
    kegiatanKode: row.kegiatanKode,
    kegiatanNama: row.kegiatanNama,
    subKegiatanKode: row.subKegiatanKode,
    subKegiatanNama: row.subKegiatanNama,
    kunci: row.key,
    jenisBaris: T.kinds[row.kind],
    indikator: row.indikator,
    satuan: row.satuan,
    polaritas: row.polarity === null ? null : S.common.polarity[row.polarity],
    jenisCapaian: row.aggregation === null ? null : S.common.aggregation[row.aggregation],
    targetTahunan: row.targetTahunan,
    targetText: row.targetText,
    targetTw1: row.targetTwWords?.[0] ?? row.targetTw[0],
    targetTw2: row.targetTwWords?.[1] ?? row.targetTw[1],
    targetTw3: row.targetTwWords?.[2] ?? row.targetTw[2],
    targetTw4: row.targetTwWords?.[3] ?? row.targetTw[3],
    realisasiLalu: row.realisasiLalu,
    realisasiTw1: row.realisasiWords?.[0] ?? row.realisasiTw[0],
    realisasiTw2: row.realisasiWords?.[1] ?? row.realisasiTw[1],
    realisasiTw3: row.realisasiWords?.[2] ?? row.realisasiTw[2],
    realisasiTw4: row.realisasiWords?.[3] ?? row.realisasiTw[3],
    budgetRow: row.budgetRow ? T.yes : T.no,
    pagu: row.pagu,
    realisasiAnggaran: row.realisasiAnggaran,
    pendorong: row.pendorong,
    penghambat: row.penghambat,
    tindakLanjut: row.tindakLanjut,
    buktiDukung: row.buktiDukung,
    buktiDukungUrl: row.buktiDukungUrl,
    lembar: row.sheet,
    sel: row.cells,
  };
}

/**
 * The computed columns of row r: the kertas kerja's own formulas over Data's columns (so Data and
 * every kertas kerja compute alike), the capped capaian the summaries average, and the serapan of
 * a budget row.
 */
function rowFormulas(setup: RoundSetup, row: SubmittedRow, r: number): Partial<Record<DataColumn, string>> {
  const cols = DATA_FORMULA_COLUMNS;
  const f: Partial<Record<DataColumn, string>> = {};
  if (row.kind === "indicator") {
    const aggregation = aggregationOf(row);
    f.targetSd = targetSdFormula(aggregation, setup.periode, r, cols);
    f.realisasiSd = realisasiSdFormula(aggregation, setup.periode, r, cols);
    f.capaian = capaianFormula(polarityOf(row), setup.rules, r, cols);
    const C = `${dataCol.capaian}${r}`;
    f.capaianDinilai = `IF(${C}="","",MIN(${C},${setup.rules.capaianCap}))`;
    f.predikat = predikatFormula(setup.rules, r, cols);
    const scale = qualitativeScaleOf(row.targetTahunan, row.targetText, setup.rules.scales);
    if (scale) {
      f.targetSd = wordTargetSdFormula(setup.periode, r, DATA_WORD_COLUMNS);
      f.realisasiSd = wordRealisasiSdFormula(setup.periode, r, DATA_WORD_COLUMNS);
      f.capaian = wordCapaianFormula(polarityOf(row), setup.rules, scale, r, DATA_WORD_COLUMNS);
    }
  }
  if (row.budgetRow) f.serapan = serapanFormula(r, cols);
  return f;
}

/**
 * A ledger prints as it reads on screen: landscape on the round's paper at full size, the header
 * row on every page and the Bagian with the row's number at the left of every page, each band of
 * rows across its page widths before the next. Filter first (the header's filter buttons) and
 * only the rows shown print. No print area: LibreOffice prints a sheet that has one even when it
 * is hidden (and then repeats the columns only within one; Excel repeats them without).
 */
function ledgerPrint(setup: RoundSetup): PrintSetup {
  return landscape(paperOf(setup.rules), {
    fitToWidth: false,
    printTitleRows: `${DATA_ROWS.header}:${DATA_ROWS.header}`,
    printTitleColumns: `${dataCol.bagianKode}:${dataCol.urutan}`,
    pageOrder: "overThenDown",
  });
}

/**
 * A ledger sheet (Data or Riwayat): title, info, format marker, header with filter buttons, then
 * the rows of each record in the order given. Protected, header frozen, landscape (ledgerPrint).
 */
export function ledgerSheetPlan(
  setup: RoundSetup,
  spec: LedgerSpec,
  records: readonly LedgerRecord[],
): SheetPlan {
  const columns = [...DATA_COLUMNS, ...spec.extraColumns];
  const labels = T.columns;
  const cal = setup.calendar;
  const rows: Row[] = [
    [{ value: spec.title, style: "title" }],
    [{ value: T.info(setup.instansi, setup.tahun, S.common.periode[setup.periode]), style: "info" }],
    [
      { value: T.marker, style: "marker" },
      { value: DATA_FORMAT_VERSION, style: "marker" },
      { value: T.note(cal.zoneName, formatUtcOffset(cal.utcOffsetMinutes)), style: "note" },
    ],
    [],
    columns.map((c) => ({ value: labels[c], style: "header" })),
  ];
  for (const record of records)
    rows.push(...submissionRows(setup, record, spec.extraColumns, rows.length + 1));
  keepLinksWithinLimit(rows);
  return {
    name: spec.name,
    visibility: "visible",
    rows,
    styles: DATA_STYLES,
    columns: columns.map((c) => ({ width: DATA_FORMAT[c].width })),
    rowHeights: { [DATA_ROWS.header - 1]: 45 },
    merges: [rangeAddress(DATA_ROWS.marker - 1, 2, DATA_ROWS.marker - 1, 12)],
    validations: [],
    protection: {},
    print: ledgerPrint(setup),
    autoFilter: rangeAddress(DATA_ROWS.header - 1, 0, rows.length - 1, columns.length - 1),
    freeze: { rows: DATA_ROWS.header, columns: dataColIndex.bagianNama + 1 },
    tabColor: spec.tabColor,
  };
}
