/**
 * A verified kertas kerja into submitted rows: the facts from its locked cells (already compared
 * with the metadata), the inputs read as a Bagian writes them, each problem an issue, and the
 * plausibility warnings of returned-checks.ts.
 */
import { columnLetters } from "../../sheet/address";
import { EXCEL_LIMITS } from "../../sheet/limits";
import type { SheetSnapshot } from "../../sheet/plan";
import { returned as T } from "../../strings/returned";
import type { KertasKerjaMeta, KkMetaRow } from "../kertas-kerja/kertas-kerja-meta";
import { col, colIndex, REALISASI_TW, TARGET_TW, type KkColumn } from "../kertas-kerja/kertas-kerja-layout";
import { parentKode, parseKode } from "../shared/kode";
import { checkAnggaran, checkIndicator } from "./returned-checks";
import { AGGREGATION, POLARITY } from "./returned-formulas";
import type { ReportIssue } from "../shared/issues";
import { cellAt, columnLabel } from "./returned-rows";
import {
  buktiDukungLink,
  describeCell,
  fittedText,
  foundText,
  readNumberInput,
  readTextInput,
  type NumberInput,
} from "./returned-values";
import type { SubmittedRow } from "./submission";
import { qualitativeScaleOf } from "../kertas-kerja/qualitative";
import type { QualitativeScale } from "../setup/setup-types";
import { readWords, type RealisasiRead } from "./returned-words";
import { currentTriwulan, type Kode, type Quarterly } from "../shared/types";

const numberAt = (sheet: SheetSnapshot, row: number, c: KkColumn): number | null => {
  const v = cellAt(sheet, row, colIndex[c]).value;
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};
const textAt = (sheet: SheetSnapshot, row: number, c: KkColumn): string | null =>
  readTextInput(cellAt(sheet, row, colIndex[c]).value);
const asKode = (key: string): Kode => {
  const parsed = parseKode(key);
  return parsed.ok ? parsed.kode : (key as Kode);
};

/** Reads a number input cell and reports what is wrong with it: null when blank, "invalid" when unreadable. */
function numberInput(
  sheet: SheetSnapshot,
  row: number,
  c: KkColumn,
  issue: ReportIssue,
): number | null | "invalid" {
  const money = c === "realisasiAnggaran";
  const cell = cellAt(sheet, row, colIndex[c]);
  const address = `${col[c]}${row}`;
  const read = readNumberInput(
    { ...cell, numberFormat: sheet.numberFormats?.[row - 1]?.[colIndex[c]] ?? null },
    money,
  );
  const at = {
    sheet: sheet.name,
    cell: address,
    row,
    expected: money ? T.value.expectedMoney : T.value.expectedNumber,
  };
  if (read.kind === "number") {
    if (read.fromFormula)
      issue("warning", "returned.value.formula", T.value.formula(address), {
        ...at,
        found: cell.formula ?? "",
      });
    return read.value;
  }
  if (read.kind === "blank") return null;
  reportInvalid(read, address, at, issue);
  return "invalid";
}

function reportInvalid(
  read: Extract<NumberInput, { kind: "invalid" }>,
  address: string,
  at: { sheet: string; cell: string; row: number; expected: string },
  issue: ReportIssue,
): void {
  const v = T.value;
  const table: Record<typeof read.reason, [string, string]> = {
    date: ["returned.value.date", v.date(address, read.found, read.shows ?? "date")],
    ambiguous: ["returned.value.ambiguous", v.ambiguous(address)],
    "not-a-number": ["returned.value.not-a-number", v.notANumber(address)],
    boolean: ["returned.value.not-a-number", v.boolean(address)],
    "excel-error": ["returned.value.excel-error", v.excelError(address)],
    negative: ["returned.value.negative", v.negative(address)],
    "percent-money": ["returned.value.percent-money", v.percentMoney(address)],
    "formula-no-result": ["returned.value.formula-no-result", v.formulaNoResult(address)],
  };
  const [code, message] = table[read.reason];
  issue("error", code, message, { ...at, found: foundText(read.found) });
}

/**
 * A text input; a formula's cached result is taken as text, with an info. A text longer than a
 * cell can hold is cut to fit, with a mark at its end, and a warning naming the cell and its length
 * (the whole text stays in the returned file, whose SHA-256 Data records).
 */
function textInput(
  sheet: SheetSnapshot,
  row: number,
  c: KkColumn,
  tahun: number,
  issue: ReportIssue,
): string | null {
  const cell = cellAt(sheet, row, colIndex[c]);
  const address = `${col[c]}${row}`;
  if (cell.formula !== null) {
    issue("info", "returned.text.formula", T.text.formula(address), {
      sheet: sheet.name,
      cell: address,
      row,
      found: foundText(cell.formula),
      expected: T.text.formulaExpected,
    });
  }
  const at = { sheet: sheet.name, cell: address, row };
  return fittedText(readTextInput(cell.value), columnLabel(c, tahun), at, issue);
}

interface Budget {
  subRow: number;
  pagu: number | null;
  realisasi: number | null;
  /** Still to be carried by the first indicator row of the sub kegiatan. */
  pending: boolean;
}

/** Where each metadata row hangs: the program, kegiatan and sub kegiatan above it in metadata order. */
interface Hierarchy {
  program: Kode | null;
  kegiatan: Kode | null;
  sub: Kode | null;
}

function descend(h: Hierarchy, r: KkMetaRow): Hierarchy {
  const kode = asKode(r.key);
  // An IKU's sasaran ("SS.1") stands where a program would: its IKU hang under it, with no budget.
  if (r.kind === "sasaran") return { program: kode, kegiatan: null, sub: null };
  if (r.kind === "program") return { program: kode, kegiatan: null, sub: null };
  if (r.kind === "kegiatan") return { program: parentKode(kode), kegiatan: kode, sub: null };
  if (r.kind === "subkegiatan") {
    const kegiatan = parentKode(kode);
    return { program: kegiatan ? parentKode(kegiatan) : null, kegiatan, sub: kode };
  }
  return h;
}

/**
 * The submitted rows in metadata order: one per indicator (facts from its verified locked cells,
 * inputs read and checked), plus a budget-only row for a sub kegiatan without indicators. The
 * sub kegiatan's pagu and realisasi anggaran ride on its first indicator row only.
 */
export function readRows(
  meta: KertasKerjaMeta,
  sheet: SheetSnapshot,
  found: ReadonlyMap<string, number>,
  issue: ReportIssue,
  scales: readonly QualitativeScale[] = [],
): SubmittedRow[] {
  const names = new Map<string, string>();
  for (const r of meta.rows) {
    const row = found.get(r.key);
    if (r.kind !== "indicator" && row !== undefined) names.set(r.key, textAt(sheet, row, "uraian") ?? "");
  }
  const indicatorsUnder = new Map<string, number>();
  let h: Hierarchy = { program: null, kegiatan: null, sub: null };
  for (const r of meta.rows) {
    h = descend(h, r);
    if (r.kind === "indicator" && h.sub) indicatorsUnder.set(h.sub, (indicatorsUnder.get(h.sub) ?? 0) + 1);
  }

  const out: SubmittedRow[] = [];
  let budget: Budget | null = null;
  h = { program: null, kegiatan: null, sub: null };
  for (const r of meta.rows) {
    h = descend(h, r);
    const row = found.get(r.key);
    if (row === undefined) continue;
    const base = {
      programKode: h.program ?? ("" as Kode),
      programNama: (h.program && names.get(h.program)) ?? "",
      kegiatanKode: h.kegiatan,
      kegiatanNama: h.kegiatan ? (names.get(h.kegiatan) ?? null) : null,
      subKegiatanKode: h.sub,
      subKegiatanNama: h.sub ? (names.get(h.sub) ?? null) : null,
      sheet: sheet.name,
    };
    if (r.kind === "subkegiatan") {
      const pagu = numberAt(sheet, row, "pagu");
      const read = r.open.includes("realisasiAnggaran")
        ? numberInput(sheet, row, "realisasiAnggaran", issue)
        : null;
      const realisasi = read === "invalid" ? null : read;
      checkAnggaran(sheet.name, row, pagu, realisasi, issue);
      budget = { subRow: row, pagu, realisasi, pending: true };
      if (!indicatorsUnder.has(r.key)) {
        out.push(anggaranRow(r.key, base, budget));
        budget.pending = false;
      }
      continue;
    }
    if (r.kind !== "indicator") continue;
    const carries = budget !== null && budget.pending && h.sub !== null;
    out.push(indicatorRow(r, row, sheet, meta, base, carries ? budget : null, issue, scales));
    if (carries && budget) budget.pending = false;
  }
  return out;
}

type RowBase = Pick<
  SubmittedRow,
  | "programKode"
  | "programNama"
  | "kegiatanKode"
  | "kegiatanNama"
  | "subKegiatanKode"
  | "subKegiatanNama"
  | "sheet"
>;

const NO_QUARTERS: Quarterly<null> = [null, null, null, null];

function anggaranRow(key: string, base: RowBase, budget: Budget): SubmittedRow {
  return {
    key,
    kind: "anggaran",
    ...base,
    indikator: null,
    satuan: null,
    polarity: null,
    aggregation: null,
    targetTahunan: null,
    targetText: null,
    targetTw: [...NO_QUARTERS],
    realisasiLalu: null,
    realisasiTw: [...NO_QUARTERS],
    budgetRow: true,
    pagu: budget.pagu,
    realisasiAnggaran: budget.realisasi,
    pendorong: null,
    penghambat: null,
    tindakLanjut: null,
    buktiDukung: null,
    buktiDukungUrl: null,
    cells: `${col.realisasiAnggaran}${budget.subRow}`,
  };
}

/** The input range of a row: from its first to its last open column, e.g. "M15:AA15". */
function inputRange(open: readonly KkColumn[], row: number): string {
  const indexes = open.map((c) => colIndex[c]).sort((a, b) => a - b);
  const first = indexes[0] ?? colIndex.kode;
  const last = indexes[indexes.length - 1] ?? colIndex.buktiDukung;
  const a = `${columnLetters(first)}${row}`;
  return first === last ? a : `${a}:${columnLetters(last)}${row}`;
}

/** The realisasi of an indicator row: words of its scale when its target is a word of one, else numbers. */
function realisasiOf(
  sheet: SheetSnapshot,
  row: number,
  open: ReadonlySet<KkColumn>,
  scales: readonly QualitativeScale[],
  issue: ReportIssue,
): RealisasiRead {
  const target = cellAt(sheet, row, colIndex.targetTahunan).value;
  const scale = typeof target === "string" ? qualitativeScaleOf(null, target, scales) : null;
  if (scale) return readWords(sheet, row, open, scale, issue);
  const reads = REALISASI_TW.map((c) =>
    open.has(c) ? numberInput(sheet, row, c, issue) : numberAt(sheet, row, c),
  );
  const realisasiTw = reads.map((v) => (v === "invalid" ? null : v)) as Quarterly<number | null>;
  return {
    realisasiTw,
    checked: realisasiTw,
    invalid: reads.map((v) => v === "invalid") as Quarterly<boolean>,
  };
}

function indicatorRow(
  r: KkMetaRow,
  row: number,
  sheet: SheetSnapshot,
  meta: Pick<KertasKerjaMeta, "periode" | "tahun">,
  base: RowBase,
  budget: Budget | null,
  issue: ReportIssue,
  scales: readonly QualitativeScale[],
): SubmittedRow {
  const q = currentTriwulan(meta.periode);
  const open = new Set(r.open);
  const read = realisasiOf(sheet, row, open, scales, issue);
  const targetTw = TARGET_TW.map((c) => numberAt(sheet, row, c)) as Quarterly<number | null>;
  // A qualitative IKU's Rencana Aksi: its quarterly targets are words (locked, verified already).
  const targetTwWords = TARGET_TW.map((c) => {
    const v = cellAt(sheet, row, colIndex[c]).value;
    return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
  }) as Quarterly<string | null>;
  const text = (c: KkColumn): string | null =>
    open.has(c) ? textInput(sheet, row, c, meta.tahun, issue) : null;
  const buktiDukung = text("buktiDukung");
  const buktiCell = `${col.buktiDukung}${row}`;
  const link = open.has("buktiDukung")
    ? buktiDukungLink(buktiDukung, sheet.hyperlinks?.[buktiCell])
    : { url: null, refused: null, tooLong: false };
  if (link.refused !== null) {
    const max = EXCEL_LIMITS.linkLength;
    const [code, message, expected] = link.tooLong
      ? [
          "returned.link.too-long",
          T.link.tooLong(buktiCell, link.refused.length, max),
          T.link.tooLongExpected(max),
        ]
      : ["returned.link.not-http", T.link.notHttp(buktiCell), T.link.notHttpExpected];
    issue("info", code, message, {
      sheet: sheet.name,
      cell: buktiCell,
      row,
      found: foundText(link.refused),
      expected,
    });
  }
  const target = cellAt(sheet, row, colIndex.targetTahunan).value;
  const holds = (c: KkColumn): string => {
    const cell = cellAt(sheet, row, colIndex[c]);
    return describeCell(cell.value, cell.formula);
  };
  const indikator = textAt(sheet, row, "indikator");
  const aggregation = AGGREGATION.get(textAt(sheet, row, "jenisCapaian") ?? "") ?? null;
  // Unreadable inputs are errors already: no plausibility warnings about them.
  const inputQuarters = REALISASI_TW.flatMap((c, i) => (open.has(c) && !read.invalid[i] ? [i] : []));
  checkIndicator(
    {
      sheet: sheet.name,
      row,
      indikator: indikator ?? r.key,
      aggregation,
      targetTw,
      realisasiTw: read.checked,
      inputQuarters,
      buktiDukung,
      currentFound: holds(REALISASI_TW[q - 1] ?? "realisasiTw4"),
      buktiFound: holds("buktiDukung"),
    },
    q,
    issue,
  );
  const range = inputRange(r.open, row);
  return {
    key: r.key,
    kind: "indicator",
    ...base,
    indikator,
    satuan: textAt(sheet, row, "satuan"),
    polarity: POLARITY.get(textAt(sheet, row, "polaritas") ?? "") ?? null,
    aggregation,
    targetTahunan: typeof target === "number" ? target : null,
    targetText: typeof target === "string" ? readTextInput(target) : null,
    targetTw,
    ...(targetTwWords.some((w) => w !== null) ? { targetTwWords } : {}),
    realisasiLalu: numberAt(sheet, row, "realisasiLalu"),
    realisasiTw: read.realisasiTw,
    ...(read.realisasiWords ? { realisasiWords: read.realisasiWords } : {}),
    budgetRow: budget !== null,
    pagu: budget?.pagu ?? null,
    realisasiAnggaran: budget?.realisasi ?? null,
    pendorong: text("pendorong"),
    penghambat: text("penghambat"),
    tindakLanjut: text("tindakLanjut"),
    buktiDukung,
    buktiDukungUrl: link.url,
    cells: budget ? `${range};${col.realisasiAnggaran}${budget.subRow}` : range,
  };
}
