/**
 * Reads the realisasi already reported in an earlier period from a plain table: the long form
 * (one row per value: Kode, Indikator, Realisasi, Tahun, Periode) or the wide form (Realisasi TW I
 * … TW IV, Realisasi Tahunan), which is also how this product's own kertas kerja lays it out.
 */
import { cellAddress } from "../../sheet/address";
import type { CellValue, SheetSnapshot } from "../../sheet/plan";
import { common } from "../../strings/common";
import { dpa as T } from "../../strings/dpa";
import { INDIKATOR_LABELS, KODE_LABELS, TOLOK_UKUR_LABELS, triwulanLabels } from "./dpa-columns";
import { cellAt, findHeader, HEADER_SEARCH_ROWS, isColumnNumberRow, type Requirement } from "./header";
import { parseKode } from "../shared/kode";
import { parseIndonesianNumber } from "../shared/numbers";
import { headerIssues, isFooterText, isRowEmpty, SheetIssues } from "./reader-support";
import { cellText, normalizeLabel } from "../shared/text";
import type { Kode, Periode, PriorReadResult, PriorValue } from "../shared/types";

export type PriorField =
  | "kode"
  | "indikator"
  | "tolokUkur"
  | "realisasi"
  | "target"
  | "capaian"
  | "tahun"
  | "periode"
  | "realisasiTw1"
  | "realisasiTw2"
  | "realisasiTw3"
  | "realisasiTw4"
  | "realisasiTahunan"
  | "targetTw1"
  | "targetTw2"
  | "targetTw3"
  | "targetTw4";

/** Header labels the prior-report reader accepts, compared after `normalizeLabel` (a year is ignored). */
export const PRIOR_LABELS: Record<PriorField, readonly string[]> = {
  kode: KODE_LABELS,
  indikator: INDIKATOR_LABELS,
  tolokUkur: TOLOK_UKUR_LABELS,
  realisasi: ["Realisasi", "Realisasi Kinerja"],
  target: ["Target", "Target Kinerja", "Target Tahunan"],
  capaian: ["Capaian", "Capaian (%)", "Capaian Kinerja"],
  tahun: ["Tahun"],
  periode: ["Periode", "Periode Laporan", "Triwulan"],
  realisasiTw1: triwulanLabels(1, "Realisasi"),
  realisasiTw2: triwulanLabels(2, "Realisasi"),
  realisasiTw3: triwulanLabels(3, "Realisasi"),
  realisasiTw4: triwulanLabels(4, "Realisasi"),
  realisasiTahunan: ["Realisasi Tahunan", "Realisasi Akhir Tahun"],
  targetTw1: triwulanLabels(1, "Target"),
  targetTw2: triwulanLabels(2, "Target"),
  targetTw3: triwulanLabels(3, "Target"),
  targetTw4: triwulanLabels(4, "Target"),
};

const REALISASI_TW = ["realisasiTw1", "realisasiTw2", "realisasiTw3", "realisasiTw4"] as const;
const TARGET_TW = ["targetTw1", "targetTw2", "targetTw3", "targetTw4"] as const;
const QUARTERS = ["TW1", "TW2", "TW3", "TW4"] as const;

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
  const cols = header.columns;
  const grid = snapshot.values;
  const indicatorCol = cols.tolokUkur ?? cols.indikator ?? 0;
  const wide = [...REALISASI_TW, "realisasiTahunan" as const].some((f) => cols[f] !== undefined);

  // The year of the whole table, from the title rows: used only where a row names none.
  const titleYears = new Map<number, number>();
  for (let r = 0; r < header.row; r++) {
    for (const y of yearsIn((grid[r] ?? []).map((v) => cellText(v)).join(" "))) {
      if (!titleYears.has(y)) titleYears.set(y, r + 1);
    }
  }
  const [titleYear] = titleYears.size === 1 ? [...titleYears.entries()] : [];
  let titleYearUsed = false;

  // Wide form: a plain "Realisasi 2025" / "Realisasi Tahun 2025" column is that year's annual value.
  const plainLabel = header.labels.realisasi ?? "";
  const plainYears = yearsIn(plainLabel);
  const plainYear = plainYears.length === 1 ? (plainYears[0] ?? null) : null;
  if (wide && cols.realisasi !== undefined && plainYear === null) {
    sink.info(
      "prior.header.plain-realisasi-ignored",
      T.prior.plainRealisasiIgnored(cellAddress(header.row, cols.realisasi)),
      {
        row: header.row + 1,
        cell: cellAddress(header.row, cols.realisasi),
        found: plainLabel,
      },
    );
  }

  let lastKode: { kind: "kode"; kode: Kode } | { kind: "none" } | { kind: "bad"; row: number } = {
    kind: "none",
  };

  for (let r = header.dataStart; r < grid.length; r++) {
    const row = grid[r];
    const excelRow = r + 1;
    if (isRowEmpty(row)) continue;
    const at = (c: number | undefined): CellValue => (c === undefined ? null : cellAt(grid, r, c));
    const text = (c: number | undefined): string => cellText(at(c));
    if (isColumnNumberRow(row)) {
      sink.info("prior.row.column-numbers", T.columnNumbers(excelRow), { row: excelRow });
      continue;
    }
    const kodeText = text(cols.kode);
    if (kodeText !== "" && KODE_LABELS.some((l) => normalizeLabel(l) === normalizeLabel(kodeText))) {
      sink.info("prior.row.header-repeated", T.headerRepeated(excelRow), { row: excelRow });
      continue;
    }
    const kode = parseKode(at(cols.kode));
    if (!kode.ok && isFooterText(kodeText)) {
      sink.info("prior.row.footer", T.footer(excelRow, kodeText), {
        row: excelRow,
        cell: cellAddress(r, cols.kode ?? 0),
        found: kodeText,
      });
      continue;
    }
    const indicatorText = text(indicatorCol);
    const realisasiCols = wide
      ? [...REALISASI_TW, "realisasiTahunan" as const, "realisasi" as const]
      : ["realisasi" as const];
    const hasRealisasi = realisasiCols.some((f) => text(cols[f]) !== "");

    if (!kode.ok && kode.reason !== "empty") {
      sink.warning("prior.row.bad-kode", T.prior.badKode(excelRow, kode.found), {
        row: excelRow,
        cell: cellAddress(r, cols.kode ?? 0),
        found: kode.found,
        expected: kode.reason === "numeric" ? T.expected.kodeText : T.expected.kode,
      });
      lastKode = { kind: "bad", row: excelRow };
      continue;
    }
    if (kode.ok) {
      lastKode =
        kode.level === "urusan" || kode.level === "bidang"
          ? { kind: "none" }
          : { kind: "kode", kode: kode.kode };
      if (indicatorText === "") {
        // Program and kegiatan rows repeated above their indicators: nothing to read unless a value hangs there.
        if (hasRealisasi) {
          sink.warning(
            "prior.row.realisasi-without-indicator",
            T.prior.realisasiWithoutIndicator(excelRow, kode.kode),
            {
              row: excelRow,
              cell: cellAddress(r, indicatorCol),
              found: "",
              expected: T.expected.tolokUkur,
            },
          );
        }
        continue;
      }
    } else if (indicatorText === "") {
      const shown =
        row
          ?.map((v) => cellText(v))
          .filter((t) => t !== "")
          .join(" | ") ?? "";
      sink.info("prior.row.text-without-kode", T.textWithoutKode(excelRow, shown), {
        row: excelRow,
        found: shown,
      });
      continue;
    }
    if (lastKode.kind === "none") {
      sink.warning("prior.row.orphan", T.prior.orphan(excelRow, indicatorText), {
        row: excelRow,
        cell: cellAddress(r, indicatorCol),
        found: indicatorText,
        expected: T.expected.indicatorAbove,
      });
      continue;
    }
    if (lastKode.kind === "bad") {
      sink.warning("prior.row.after-bad-kode", T.prior.afterBadKode(excelRow, indicatorText, lastKode.row), {
        row: excelRow,
        cell: cellAddress(r, indicatorCol),
        found: indicatorText,
      });
      continue;
    }
    const rowKode = lastKode.kode;

    let rowTahun: number | null = null;
    if (cols.tahun !== undefined) {
      const t = parseTahun(at(cols.tahun));
      if (t === undefined) {
        sink.warning("prior.row.tahun-unknown", T.prior.tahunUnknown(excelRow, text(cols.tahun)), {
          row: excelRow,
          cell: cellAddress(r, cols.tahun),
          found: text(cols.tahun),
          expected: T.expected.tahun,
        });
      } else rowTahun = t;
    }
    const withDefaultYear = (tahun: number | null): number | null => {
      if (tahun !== null || titleYear === undefined) return tahun;
      titleYearUsed = true;
      return titleYear[0];
    };

    const readNumber = (c: number | undefined, periodeName: string): number | null => {
      const parsed = parseIndonesianNumber(at(c));
      if (parsed.ok) return parsed.value;
      if (parsed.reason !== "empty") {
        sink.warning(
          "prior.row.realisasi-unreadable",
          T.prior.realisasiUnreadable(excelRow, periodeName, text(c), parsed.reason),
          {
            row: excelRow,
            cell: cellAddress(r, c ?? 0),
            found: text(c),
            expected: T.expected.number,
          },
        );
      }
      return null;
    };
    const readTarget = (c: number | undefined): number | null => {
      if (c === undefined) return null;
      const parsed = parseIndonesianNumber(at(c));
      if (parsed.ok) return parsed.value;
      if (parsed.reason !== "empty") {
        sink.info("prior.row.target-unreadable", T.prior.targetUnreadable(excelRow, text(c)), {
          row: excelRow,
          cell: cellAddress(r, c),
          found: text(c),
          expected: T.expected.number,
        });
      }
      return null;
    };
    const push = (
      periode: Periode,
      tahun: number | null,
      realisasi: number,
      target: number | null,
      c: number,
    ): void => {
      values.push({
        kode: rowKode,
        indicatorText,
        tahun,
        periode,
        realisasi,
        target,
        source: sink.source(excelRow, cellAddress(r, c)),
      });
    };

    const before = values.length;
    if (wide) {
      REALISASI_TW.forEach((field, q) => {
        const c = cols[field];
        const periode = QUARTERS[q] ?? "TW1";
        const realisasi = c === undefined ? null : readNumber(c, common.periode[periode]);
        if (c !== undefined && realisasi !== null) {
          push(
            periode,
            withDefaultYear(rowTahun),
            realisasi,
            readTarget(cols[TARGET_TW[q] ?? "targetTw1"]),
            c,
          );
        }
      });
      if (cols.realisasiTahunan !== undefined) {
        const realisasi = readNumber(cols.realisasiTahunan, common.periode.TAHUNAN);
        if (realisasi !== null) {
          push(
            "TAHUNAN",
            withDefaultYear(rowTahun),
            realisasi,
            readTarget(cols.target),
            cols.realisasiTahunan,
          );
        }
      }
      if (cols.realisasi !== undefined && plainYear !== null) {
        const realisasi = readNumber(cols.realisasi, common.periode.TAHUNAN);
        if (realisasi !== null) push("TAHUNAN", plainYear, realisasi, null, cols.realisasi);
      }
    } else {
      let periode: Periode = "TAHUNAN";
      let tahun = rowTahun;
      if (cols.periode !== undefined) {
        const p = parsePeriode(at(cols.periode));
        if (p === undefined) {
          sink.warning("prior.row.periode-unknown", T.prior.periodeUnknown(excelRow, text(cols.periode)), {
            row: excelRow,
            cell: cellAddress(r, cols.periode),
            found: text(cols.periode),
            expected: T.expected.periode,
          });
          continue;
        }
        periode = p.periode;
        tahun = tahun ?? p.tahun;
      }
      const c = cols.realisasi ?? 0;
      const realisasi = readNumber(c, common.periode[periode]);
      if (realisasi !== null)
        push(periode, withDefaultYear(tahun ?? plainYear), realisasi, readTarget(cols.target), c);
    }
    if (values.length === before && !hasRealisasi) {
      sink.info("prior.row.no-realisasi", T.prior.noRealisasi(excelRow, indicatorText), {
        row: excelRow,
        cell: cellAddress(r, indicatorCol),
        found: indicatorText,
      });
    }
  }

  if (titleYearUsed && titleYear !== undefined) {
    sink.info("prior.tahun-from-title", T.prior.tahunFromTitle(titleYear[0], titleYear[1]), {
      row: titleYear[1],
    });
  }
  return { values, issues: sink.issues };
}
