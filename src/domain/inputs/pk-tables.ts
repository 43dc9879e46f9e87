/**
 * What a PK table's header says beyond its columns: the year of each realisasi column, columns
 * passed over, the defaults an IKU table without Polaritas or Jenis Capaian implies, the year of
 * the PK; and the error for a sheet without an IKU table.
 */
import { cellAddress } from "../../sheet/address";
import { pk as T } from "../../strings/pk";
import { findHeader, HEADER_SEARCH_ROWS, type HeaderFound, type Requirement } from "./header";
import { IKU_REQUIRED, PK_LABELS, yearsIn, type PkField } from "./pk-columns";
import type { PkGrid, Segment, TableHeader } from "./pk-grid";
import type { IkuTable } from "./pk-iku-cells";
import { cellText, normalizeLabel } from "../shared/text";

/** How many earlier years of realisasi an IKU carries. */
const MAX_REALISASI_YEARS = 5;

/** An info for every column whose label named a field a column to its left took already. */
export function reportIgnored<F extends string>(
  grid: PkGrid,
  header: HeaderFound<F>,
  skip: readonly F[] = [],
): void {
  for (const ig of header.ignored) {
    const used = header.columns[ig.field];
    if (used === undefined || skip.includes(ig.field)) continue;
    const cell = cellAddress(header.row, ig.col);
    grid.sink.info(
      "pk.header.column-ignored",
      T.columnIgnored(cell, ig.label, cellAddress(header.row, used)),
      {
        row: header.row + 1,
        cell,
        found: ig.label,
      },
    );
  }
}

/** The table of indicators a header opens, with its realisasi columns read from their labels. */
export function indicatorTable(grid: PkGrid, header: HeaderFound<PkField>, tahun: number | null): IkuTable {
  reportIgnored(grid, header, ["realisasi"]);
  return { grid, cols: header.columns, realisasi: realisasiColumns(grid, header, tahun) };
}

/**
 * The columns of earlier realisasi, oldest first: the year from the label ("Realisasi 2024"; "…
 * Tahun Lalu" is the year before the PK's); a column without a year, of the PK's year or later,
 * or of a year already taken, is passed over and told; beyond five years the oldest go.
 */
function realisasiColumns(
  grid: PkGrid,
  header: HeaderFound<PkField>,
  tahun: number | null,
): { col: number; tahun: number }[] {
  const first = header.columns.realisasi;
  if (first === undefined) return [];
  const all = [
    { col: first, label: header.labels.realisasi ?? "" },
    ...header.ignored.filter((ig) => ig.field === "realisasi"),
  ];
  const kept: { col: number; tahun: number; label: string }[] = [];
  for (const { col, label } of all) {
    const cell = cellAddress(header.row, col);
    const place = { row: header.row + 1, cell, found: label };
    const years = yearsIn(label);
    const lalu = tahun !== null && /\b(lalu|sebelumnya)\b/.test(normalizeLabel(label)) ? tahun - 1 : null;
    const year = years.length === 1 ? years[0] : lalu;
    const same = kept.find((k) => k.tahun === year);
    if (year === null || year === undefined) {
      grid.sink.warning("pk.header.realisasi-without-year", T.realisasiWithoutYear(cell, label), {
        ...place,
        expected: T.expected.tahun,
      });
    } else if (tahun !== null && year >= tahun) {
      grid.sink.info("pk.header.realisasi-not-earlier", T.realisasiNotEarlier(cell, label, tahun), place);
    } else if (same) {
      const usedCell = cellAddress(header.row, same.col);
      grid.sink.info("pk.header.column-ignored", T.realisasiSameYear(cell, label, usedCell), place);
    } else kept.push({ col, tahun: year, label });
  }
  kept.sort((a, b) => a.tahun - b.tahun);
  for (const dropped of kept.splice(0, Math.max(0, kept.length - MAX_REALISASI_YEARS))) {
    const cell = cellAddress(header.row, dropped.col);
    grid.sink.info("pk.header.realisasi-too-many", T.realisasiTooMany(cell, dropped.label), {
      row: header.row + 1,
      cell,
      found: dropped.label,
    });
  }
  return kept.map(({ col, tahun: y }) => ({ col, tahun: y }));
}

/** Tells what an IKU table leaves out: no Polaritas (positif), no Jenis Capaian (nilai akhir), no Satuan. */
export function reportDefaults(grid: PkGrid, header: HeaderFound<PkField>): void {
  const row = header.row + 1;
  const place = { row, cell: cellAddress(header.row, 0) };
  if (header.columns.satuan === undefined)
    grid.sink.warning("pk.header.no-satuan", T.noSatuanColumn(row), place);
  if (header.columns.polaritas === undefined)
    grid.sink.info("pk.header.default-polarity", T.defaultPolarity(row), place);
  if (header.columns.jenisCapaian === undefined)
    grid.sink.info("pk.header.default-aggregation", T.defaultAggregation(row), place);
}

/**
 * The PK's year: the one named "Tahun 2026" (or "Tahun Anggaran 2026", "TA 2026") in the title rows above the first
 * table; else the one year those rows name; else the year of the Target column ("Target 2026").
 */
export function pkTahun(grid: PkGrid, first: TableHeader, iku: Segment | undefined): number | null {
  const title = Array.from({ length: first.header.row }, (_, r) =>
    (grid.values[r] ?? []).map((v) => cellText(v)).join(" "),
  ).join(" ");
  const named = [
    ...new Set(
      [...title.matchAll(/\b(?:tahun(?:\s+anggaran)?|ta)\.?\s+((?:19|20)\d\d)\b/gi)].map((m) => Number(m[1])),
    ),
  ];
  if (named.length === 1) return named[0] ?? null;
  const years = yearsIn(title);
  if (years.length === 1) return years[0] ?? null;
  const label = iku && iku.kind === "iku" ? (iku.header.labels.target ?? "") : "";
  const inLabel = yearsIn(label);
  return inLabel.length === 1 ? (inLabel[0] ?? null) : null;
}

/**
 * The error for a sheet without an IKU table: the tables it does hold, a header that lacks a
 * column (naming the labels that would do), or no header at all.
 */
export function reportNoIkuTable(grid: PkGrid, kinds: readonly Segment["kind"][]): void {
  const { sink, snapshot } = grid;
  const others = [...new Set(kinds)].filter((k) => k !== "iku");
  if (others.length > 0) {
    sink.error("pk.header.no-iku-table", T.noIkuTable(snapshot.name, others.map(T.tableKind).join(", ")), {
      expected: T.expected.ikuTable,
    });
    return;
  }
  const search = findHeader(snapshot, PK_LABELS, IKU_REQUIRED);
  const describe = (r: Requirement<PkField>): { text: string; labels: readonly string[] } => {
    const field = typeof r === "string" ? r : (r[0] ?? "indikator");
    return { text: T.columnWithLabels(T.column[field] ?? field, PK_LABELS[field]), labels: PK_LABELS[field] };
  };
  const best = search.ok ? null : search.best;
  if (!search.ok && best && Object.keys(best.columns).length >= 3) {
    const missing = search.missing.map(describe);
    sink.error("pk.header-missing", T.headerMissing(best.row + 1, missing.map((d) => d.text).join("; ")), {
      row: best.row + 1,
      cell: cellAddress(best.row, 0),
      expected: T.expected.labels(missing.flatMap((d) => d.labels)),
    });
    return;
  }
  const all = IKU_REQUIRED.map(describe);
  sink.error(
    "pk.header-not-found",
    T.headerNotFound(snapshot.name, HEADER_SEARCH_ROWS, all.map((d) => d.text).join("; ")),
    { expected: T.expected.labels(all.flatMap((d) => d.labels)) },
  );
}
