/**
 * A master workbook this product wrote, read as the prior report of a later round: the rows its
 * "Data" sheet consolidated become prior values, each with the Data cell it was read from and its
 * provenance (the master's round, the Bagian, the kertas kerja file it came back in). Realisasi
 * are stored per triwulan on Data, so each quarter's value is carried as that quarter's value,
 * never the s.d. periode sum: a kumulatif indicator cannot be counted twice in the next round.
 * A master of another instansi, or of a round not before the one being prepared, is refused.
 */
import type { SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { periodBasis } from "../kertas-kerja/capaian";
import { REALISASI_TW } from "../kertas-kerja/kertas-kerja-layout";
import type { ConsolidatedSubmission, SubmittedRow } from "../returned/submission";
import { parsePeriode } from "../setup/setup";
import { sectionsOf, str } from "../setup/setup-sections";
import { makeIssue } from "../shared/issues";
import { parseKode } from "../shared/kode";
import { compareRounds } from "../shared/periode-order";
import {
  currentTriwulan,
  IKU_KEY_PREFIX,
  type IndicatorKey,
  type Issue,
  type Periode,
  type PriorProvenance,
  type PriorReadResult,
  type PriorValue,
  type RoundIdentity,
  type SourceRef,
} from "../shared/types";
import { aggregationOf, DATA_SHEET } from "./data-layout";
import { hasLedgerMarker, readLedgerSheet, type LedgerPlace } from "./data-sheet-reader";

const T = S.priorMaster;
const QUARTERS: readonly Periode[] = ["TW1", "TW2", "TW3", "TW4"];

/** The sheets of a master that matter here; null where the workbook has none. */
export interface MasterSheets {
  /** The master's file name, for messages and provenance; null for the open workbook. */
  file: string | null;
  data: SheetSnapshot | null;
  pengaturan: SheetSnapshot | null;
}

/** The round a master is read for. `instansi` null: the round has not said (it takes the master's). */
export interface PriorRound {
  instansi: string | null;
  tahun: number;
  periode: Periode;
}

/** The master's round and the cells that say it. */
interface Identity {
  round: RoundIdentity;
  sheet: string;
  cells: { instansi?: string; tahun?: string; periode?: string };
}

/**
 * The Data and Pengaturan sheets of a workbook when it is a master this product wrote (a "Data"
 * sheet with the ledger marker, or a "Pengaturan" sheet with the setup marker); null otherwise,
 * so that the caller tries the plain-table reader.
 */
export function masterSheetsOf(sheets: readonly SheetSnapshot[], file: string | null): MasterSheets | null {
  const data = sheets.find((s) => s.name === DATA_SHEET && hasLedgerMarker(s)) ?? null;
  const pengaturan =
    sheets.find((s) => s.name === S.setup.sheetName && str(s.values[1]?.[0]) === S.setup.marker) ?? null;
  return data || pengaturan ? { file, data, pengaturan } : null;
}

/** The round a Pengaturan sheet states, with the cells it stands in; null when it does not say. */
function identityFromPengaturan(sheet: SheetSnapshot): Identity | null {
  const L = S.setup.labels;
  const { rowOf, valueOf } = sectionsOf(sheet.values);
  const instansi = str(valueOf(L.instansi));
  const tahun = Number(valueOf(L.tahun));
  const periode = parsePeriode(valueOf(L.periode));
  if (instansi === "" || !Number.isInteger(tahun) || periode === undefined) return null;
  const at = (label: string): string => `B${rowOf(label) + 1}`;
  return {
    round: { instansi, tahun, periode },
    sheet: sheet.name,
    cells: { instansi: at(L.instansi), tahun: at(L.tahun), periode: at(L.periode) },
  };
}

/** The round a consolidated submission states on its first Data row. */
function identityFromData(
  sub: ConsolidatedSubmission,
  place: LedgerPlace | undefined,
  sheet: string,
): Identity {
  return {
    round: { instansi: sub.instansi, tahun: sub.tahun, periode: sub.periode },
    sheet,
    cells: place
      ? { instansi: place.cell("instansi"), tahun: place.cell("tahun"), periode: place.cell("periode") }
      : {},
  };
}

const sameInstansi = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Why a master of round `master` cannot be the prior report of `round`, or null when it can:
 * another instansi; a round not before it (the same year and a later or equal periode, or a later
 * year); more than a year before it; or a round of last year that is not TW IV or Tahunan (only
 * last year's annual realisasi is carried into a new year).
 */
export function masterRoundRefusal(
  master: RoundIdentity,
  round: PriorRound,
  file: string,
  place: Pick<Issue, "sheet"> & { cells?: Identity["cells"] } = {},
): Issue | null {
  const found = T.round(master.tahun, master.periode);
  const expected = T.round(round.tahun, round.periode);
  const at = (cell: string | undefined) => ({ file, sheet: place.sheet, cell });
  const cells = place.cells ?? {};
  if (round.instansi !== null && !sameInstansi(round.instansi, master.instansi)) {
    return makeIssue("error", "prior.master.instansi", T.instansi(file, master.instansi, round.instansi), {
      ...at(cells.instansi),
      found: master.instansi,
      expected: T.instansiExpected(round.instansi),
    });
  }
  const older = T.olderExpected(round.tahun, round.periode);
  if (compareRounds(master, round) >= 0) {
    return makeIssue("error", "prior.master.not-earlier", T.notEarlier(file, found, expected), {
      ...at(master.tahun === round.tahun ? cells.periode : cells.tahun),
      found,
      expected: T.notEarlierExpected(expected),
    });
  }
  if (master.tahun < round.tahun - 1) {
    return makeIssue("error", "prior.master.too-old", T.tooOld(file, found, expected), {
      ...at(cells.tahun),
      found,
      expected: older,
    });
  }
  if (master.tahun < round.tahun && master.periode !== "TW4" && master.periode !== "TAHUNAN") {
    return makeIssue("error", "prior.master.not-year-end", T.notYearEnd(file, found, expected), {
      ...at(cells.periode),
      found,
      expected: older,
    });
  }
  return null;
}

/** What one Data row carries, each value with its cell and provenance. */
function valuesOfRow(
  row: SubmittedRow,
  sub: ConsolidatedSubmission,
  place: LedgerPlace | undefined,
  base: { file: string | null; sheet: string; master: PriorProvenance["master"] },
  out: PriorValue[],
): boolean {
  // An IKU is carried by its key (its sasaran's "SS.1" stands where a kode would).
  const iku = row.key.startsWith(IKU_KEY_PREFIX);
  const parsed = iku ? { ok: true as const, kode: row.programKode } : parseKode(row.key.split("|")[0] ?? "");
  if (!parsed.ok) return false;
  const provenance: PriorProvenance = {
    master: base.master,
    bagian: sub.bagian,
    berkas: sub.file.name,
    sha256: sub.file.sha256,
    lembar: row.sheet,
    sel: row.cells,
    diimporPada: sub.importedAt,
  };
  const source = (cell: string | undefined): SourceRef => {
    const ref: SourceRef =
      base.file === null ? { sheet: base.sheet, row: 0 } : { file: base.file, sheet: base.sheet, row: 0 };
    ref.row = place?.row ?? 0;
    if (cell !== undefined) ref.cell = cell;
    return ref;
  };
  const push = (
    tahun: number,
    periode: Periode,
    realisasi: number | string,
    target: number | null,
    cell?: string,
  ) => {
    const v: PriorValue = {
      kode: parsed.kode,
      indicatorText: row.indikator ?? "",
      tahun,
      periode,
      realisasi: typeof realisasi === "number" ? realisasi : 0,
      target,
      source: source(cell),
      provenance,
    };
    if (typeof realisasi === "string") v.realisasiWord = realisasi;
    if (iku) v.ikuKey = row.key as IndicatorKey;
    out.push(v);
  };
  // Each quarter as that quarter's value: the next round sums them (kumulatif) exactly once.
  REALISASI_TW.slice(0, currentTriwulan(sub.periode)).forEach((column, i) => {
    const v = row.realisasiWords?.[i] ?? row.realisasiTw[i];
    if (v !== null && v !== undefined)
      push(sub.tahun, QUARTERS[i] ?? "TW1", v, row.targetTw[i] ?? null, place?.cell(column));
  });
  if (row.realisasiLalu !== null)
    push(sub.tahun - 1, "TAHUNAN", row.realisasiLalu, null, place?.cell("realisasiLalu"));
  if (sub.periode === "TW4" || sub.periode === "TAHUNAN") {
    // The year's realisasi, as the annual report judges it: the sum (kumulatif) or the latest quarter.
    const annual = periodBasis({
      polarity: row.polarity ?? "positif",
      aggregation: aggregationOf(row),
      periode: "TAHUNAN",
      targetTahunan: row.targetTahunan,
      targetTw: row.targetTw,
      realisasiTw: row.realisasiTw,
    }).realisasi;
    const cells = place ? REALISASI_TW.map((c) => place.cell(c)).join(",") : undefined;
    if (annual !== null) push(sub.tahun, "TAHUNAN", annual, row.targetTahunan, cells);
  }
  return true;
}

/**
 * Reads a master's consolidated rows as prior values for `round` (when given, the master is first
 * checked against it). The master's round comes from its Pengaturan sheet, else from its Data rows;
 * a submission of another round than the master's is passed over with a warning. Never throws.
 */
export function readMasterPrior(m: MasterSheets, round?: PriorRound): PriorReadResult {
  const fileName = m.file ?? DATA_SHEET;
  const file = m.file ?? undefined;
  if (!m.data) {
    const issue = makeIssue("error", "prior.master.no-data", T.noData(fileName), {
      file,
      sheet: m.pengaturan?.name,
      found: T.noDataFound,
      expected: T.noDataExpected,
    });
    return { values: [], issues: [issue] };
  }
  const sheet = m.data.name;
  const read = readLedgerSheet(m.data, [], file);
  const subs = read.records.map((r) => r.submission);
  const issues: Issue[] = [];
  let id = m.pengaturan ? identityFromPengaturan(m.pengaturan) : null;
  const first = subs.find((s) => s.rows.length > 0);
  if (!id && first) {
    id = identityFromData(first, read.places.get(first.rows[0] as SubmittedRow), sheet);
    issues.push(
      makeIssue("info", "prior.master.setup-from-data", T.setupFromData(fileName), { file, sheet }),
    );
  }
  const empty = (): PriorReadResult => ({
    values: [],
    issues: [
      ...read.issues,
      ...issues,
      makeIssue("error", "prior.master.empty", T.empty(fileName, sheet), {
        file,
        sheet,
        found: T.emptyFound,
        expected: T.emptyExpected,
      }),
    ],
  });
  if (!id) return empty();
  const master = { ...id.round, file: m.file };
  const refusal = round ? masterRoundRefusal(id.round, round, fileName, id) : null;
  if (refusal) return { values: [], issues: [...issues, refusal], master };

  const all: PriorValue[] = [];
  let withoutKode = 0;
  const bagian = new Set<string>();
  for (const sub of subs) {
    const firstPlace = sub.rows[0] ? read.places.get(sub.rows[0]) : undefined;
    if (compareRounds(sub, id.round) !== 0 || !sameInstansi(sub.instansi, id.round.instansi)) {
      if (firstPlace) issues.push(otherRound(sub, id.round, firstPlace, { file, sheet }));
      continue;
    }
    for (const row of sub.rows) {
      if (row.kind !== "indicator") continue;
      const before = all.length;
      if (!valuesOfRow(row, sub, read.places.get(row), { file: m.file, sheet, master }, all)) withoutKode++;
      if (all.length > before) bagian.add(sub.bagian.kode);
    }
  }
  // For a round: what it uses — its own year's quarters, and last year's annual realisasi.
  const used = (v: PriorValue) =>
    v.tahun === round?.tahun || (v.tahun === (round?.tahun ?? 0) - 1 && v.periode === "TAHUNAN");
  const values = round ? all.filter(used) : all;
  if (values.length === 0) return { ...empty(), master };
  if (withoutKode > 0)
    issues.push(makeIssue("info", "prior.master.without-kode", T.withoutKode(withoutKode), { file, sheet }));
  const carried = T.carried(values.length, fileName, T.round(master.tahun, master.periode), bagian.size);
  issues.push(makeIssue("info", "prior.master.carried", carried, { file, sheet }));
  // With values read, a damaged cell costs only its own value: a warning, not a refusal.
  const softened = read.issues.map((i) =>
    i.severity === "error" ? { ...i, severity: "warning" as const } : i,
  );
  return { values, issues: [...softened, ...issues], master };
}

function otherRound(
  sub: ConsolidatedSubmission,
  master: RoundIdentity,
  place: LedgerPlace,
  at: { file: string | undefined; sheet: string },
): Issue {
  const found = `${T.round(sub.tahun, sub.periode)} (${sub.instansi})`;
  const expected = `${T.round(master.tahun, master.periode)} (${master.instansi})`;
  return makeIssue("warning", "prior.master.row-other-round", T.rowOfOtherRound(place.row, found, expected), {
    ...at,
    cell: place.cell("periode"),
    row: place.row,
    found,
    expected,
  });
}
