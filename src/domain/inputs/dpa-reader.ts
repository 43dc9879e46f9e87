/**
 * Reads a DPA table (as exported from SIPD, or retyped) from a sheet snapshot into program,
 * kegiatan and sub kegiatan with their indicators. Never throws: every row it cannot use is an
 * issue with its row, cell, what was found and what was expected.
 */
import { cellAddress } from "../../sheet/address";
import type { CellValue, SheetSnapshot } from "../../sheet/plan";
import { dpa as T, type NumberReason } from "../../strings/dpa";
import { cellAt, findHeader, HEADER_SEARCH_ROWS, isColumnNumberRow, type Requirement } from "./header";
import { makeIndicatorKeys, parseKode } from "../shared/kode";
import { formatIndonesianNumber, parseIndonesianNumber } from "../shared/numbers";
import { headerIssues, isFooterText, isRowEmpty, SheetIssues } from "./reader-support";
import {
  DPA_LABELS,
  JENIS,
  KODE_LABELS,
  parseAggregation,
  parsePolarity,
  ROMAN,
  type DpaField,
} from "./dpa-columns";
import { cellText, normalizeIndicatorText, normalizeLabel } from "../shared/text";
import type {
  Aggregation,
  Dpa,
  DpaIndicator,
  DpaNode,
  DpaReadResult,
  IndicatorKey,
  Polarity,
  Quarterly,
} from "../shared/types";

/** "Indikator" or "Tolok Ukur" will do; when both are there, Tolok Ukur is the text (see below). */
const REQUIRED: readonly Requirement<DpaField>[] = [
  "kode",
  "uraian",
  ["tolokUkur", "indikator"],
  "target",
  "satuan",
  "pagu",
];

const TW_FIELDS = ["targetTw1", "targetTw2", "targetTw3", "targetTw4"] as const;

/** The row being attached to: a node, nothing yet, or a row that was rejected (its continuations go too). */
type Current = { kind: "node"; node: DpaNode } | { kind: "none" } | { kind: "rejected"; row: number };

/**
 * Reads the DPA table of a sheet. The header is looked for in the first 30 rows (title rows above
 * are ignored; a two-row header with merged cells is understood). Rows below are read in order:
 * a coded row opens a program, kegiatan or sub kegiatan (urusan and bidang rows are passed over);
 * a row without code but with a tolok ukur is a further indicator of the row above.
 */
export function readDpa(snapshot: SheetSnapshot, file?: string): DpaReadResult {
  const dpa: Dpa =
    file === undefined ? { sheet: snapshot.name, nodes: [] } : { file, sheet: snapshot.name, nodes: [] };
  const sink = new SheetIssues(snapshot.name, file);
  const search = findHeader(snapshot, DPA_LABELS, REQUIRED);
  if (!search.ok) {
    headerIssues("dpa", sink, snapshot.name, search, DPA_LABELS, REQUIRED, HEADER_SEARCH_ROWS);
    return { dpa, issues: sink.issues };
  }
  const { header } = search;
  const cols = { ...header.columns };
  // SIPD puts the kind ("Capaian Program", "Keluaran", "Hasil", "Masukan") under "Indikator" and the
  // text under "Tolok Ukur Kinerja": then the first is the jenis and the second the indicator.
  if (cols.tolokUkur !== undefined && cols.indikator !== undefined && cols.jenis === undefined) {
    cols.jenis = cols.indikator;
  }
  const indicatorCol = cols.tolokUkur ?? cols.indikator ?? 0;
  for (const ig of header.ignored) {
    const used = header.columns[ig.field];
    if (used === undefined || (ig.field === "indikator" && cols.tolokUkur !== undefined)) continue;
    sink.info(
      "dpa.header.column-ignored",
      T.columnIgnored(cellAddress(header.row, ig.col), ig.label, cellAddress(header.row, used)),
      {
        row: header.row + 1,
        cell: cellAddress(header.row, ig.col),
        found: ig.label,
      },
    );
  }

  const values = snapshot.values;
  const byKode = new Map<string, { node: DpaNode; row: number }>();
  let current: Current = { kind: "none" };

  for (let r = header.dataStart; r < values.length; r++) {
    const row = values[r];
    const excelRow = r + 1;
    if (isRowEmpty(row)) continue;
    const at = (c: number | undefined): CellValue => (c === undefined ? null : cellAt(values, r, c));
    const text = (c: number | undefined): string => cellText(at(c));
    const addr = (c: number | undefined): string => cellAddress(r, c ?? 0);

    if (isColumnNumberRow(row)) {
      sink.info("dpa.row.column-numbers", T.columnNumbers(excelRow), { row: excelRow });
      continue;
    }
    const kodeText = text(cols.kode);
    if (kodeText !== "" && KODE_LABELS.some((l) => normalizeLabel(l) === normalizeLabel(kodeText))) {
      sink.info("dpa.row.header-repeated", T.headerRepeated(excelRow), { row: excelRow });
      continue;
    }
    const kode = parseKode(at(cols.kode));
    const leading = kodeText !== "" ? kodeText : text(cols.uraian);
    if (!kode.ok && isFooterText(leading)) {
      sink.info("dpa.row.footer", T.footer(excelRow, leading), {
        row: excelRow,
        cell: addr(kodeText !== "" ? cols.kode : cols.uraian),
        found: leading,
      });
      continue;
    }

    const indicatorText = text(indicatorCol);
    if (!kode.ok && kode.reason !== "empty") {
      const numeric = kode.reason === "numeric";
      sink.error(
        numeric ? "dpa.row.kode-numeric" : "dpa.row.bad-kode",
        numeric ? T.numericKode(excelRow, kode.found) : T.badKode(excelRow, kode.found),
        {
          row: excelRow,
          cell: addr(cols.kode),
          found: kode.found,
          expected: numeric ? T.expected.kodeText : T.expected.kode,
        },
      );
      current = { kind: "rejected", row: excelRow };
      continue;
    }

    if (kode.ok) {
      if (kode.level === "urusan" || kode.level === "bidang") {
        if (indicatorText !== "") {
          sink.info(
            "dpa.row.level-indicator-ignored",
            T.levelIndicatorIgnored(excelRow, kode.level, kode.kode, indicatorText),
            {
              row: excelRow,
              cell: addr(indicatorCol),
              found: indicatorText,
            },
          );
        }
        current = { kind: "none" };
        continue;
      }
      const level = kode.level;
      const seen = byKode.get(kode.kode);
      if (seen && level === "subkegiatan") {
        sink.error("dpa.row.duplicate-kode", T.duplicateKode(excelRow, kode.kode, seen.row), {
          row: excelRow,
          cell: addr(cols.kode),
          found: kodeText,
          expected: T.expected.uniqueKode,
        });
        current = { kind: "rejected", row: excelRow };
        continue;
      }
      const pagu = readPagu(r);
      if (seen) {
        // A program or kegiatan repeated (page headers of a long export): one node, read once.
        sink.info("dpa.row.repeated-node", T.repeatedNode(excelRow, level, kode.kode, seen.row), {
          row: excelRow,
          cell: addr(cols.kode),
          found: kodeText,
        });
        if (pagu !== null && seen.node.pagu !== null && pagu !== seen.node.pagu) {
          sink.warning(
            "dpa.row.repeated-pagu",
            T.repeatedPagu(
              excelRow,
              kode.kode,
              formatIndonesianNumber(pagu, 2),
              formatIndonesianNumber(seen.node.pagu, 2),
            ),
            { row: excelRow, cell: addr(cols.pagu), found: text(cols.pagu) },
          );
        }
        current = { kind: "node", node: seen.node };
        const known = new Set(seen.node.indicators.map((i) => normalizeIndicatorText(i.text)));
        if (indicatorText !== "" && !known.has(normalizeIndicatorText(indicatorText)))
          addIndicator(seen.node, r);
        continue;
      }
      const name = text(cols.uraian);
      if (name === "") {
        sink.warning("dpa.row.name-empty", T.nameEmpty(excelRow, level, kode.kode), {
          row: excelRow,
          cell: addr(cols.uraian),
          found: "",
          expected: T.expected.notEmpty,
        });
      }
      const bagian = text(cols.bagian);
      const node: DpaNode = {
        level,
        kode: kode.kode,
        name,
        pagu,
        bagian: bagian === "" ? null : bagian,
        indicators: [],
        source: sink.source(excelRow, addr(cols.kode)),
      };
      dpa.nodes.push(node);
      byKode.set(kode.kode, { node, row: excelRow });
      current = { kind: "node", node };
      if (indicatorText !== "") addIndicator(node, r);
      else if (text(cols.target) !== "" || text(cols.satuan) !== "") {
        sink.warning("dpa.row.target-without-indicator", T.targetWithoutIndicator(excelRow, kode.kode), {
          row: excelRow,
          cell: addr(indicatorCol),
          found: "",
          expected: T.expected.tolokUkur,
        });
      }
      continue;
    }

    // No code: a further indicator of the node above, or a row to report.
    if (indicatorText === "") {
      const hasData = [cols.target, cols.satuan, cols.pagu].some((c) => text(c) !== "");
      const shown =
        row
          ?.map((v) => cellText(v))
          .filter((t) => t !== "")
          .join(" | ") ?? "";
      if (hasData) {
        sink.warning("dpa.row.data-without-indicator", T.dataWithoutIndicator(excelRow), {
          row: excelRow,
          found: shown,
          expected: T.expected.tolokUkur,
        });
      } else {
        sink.info("dpa.row.text-without-kode", T.textWithoutKode(excelRow, shown), {
          row: excelRow,
          found: shown,
        });
      }
      continue;
    }
    if (current.kind === "none") {
      sink.warning("dpa.row.orphan-indicator", T.orphanIndicator(excelRow, indicatorText), {
        row: excelRow,
        cell: addr(indicatorCol),
        found: indicatorText,
        expected: T.expected.indicatorAbove,
      });
      continue;
    }
    if (current.kind === "rejected") {
      sink.warning("dpa.row.under-rejected", T.underRejected(excelRow, indicatorText, current.row), {
        row: excelRow,
        cell: addr(indicatorCol),
        found: indicatorText,
      });
      continue;
    }
    const node: DpaNode = current.node;
    const name = text(cols.uraian);
    if (name !== "" && normalizeLabel(name) !== normalizeLabel(node.name)) {
      sink.warning("dpa.row.name-without-kode", T.nameWithoutKode(excelRow, name, node.kode), {
        row: excelRow,
        cell: addr(cols.uraian),
        found: name,
        expected: T.expected.kode,
      });
    }
    const bagian = text(cols.bagian);
    if (bagian !== "" && node.bagian !== null && normalizeLabel(bagian) !== normalizeLabel(node.bagian)) {
      sink.warning("dpa.row.bagian-differs", T.bagianDiffers(excelRow, bagian, node.kode, node.bagian), {
        row: excelRow,
        cell: addr(cols.bagian),
        found: bagian,
      });
    } else if (bagian !== "" && node.bagian === null) {
      node.bagian = bagian;
    }
    addIndicator(node, r);
  }

  for (const node of dpa.nodes) {
    const keys = makeIndicatorKeys(
      node.kode,
      node.indicators.map((i) => i.text),
    );
    node.indicators.forEach((ind, i) => {
      ind.key = keys[i] ?? ind.key;
    });
  }
  if (dpa.nodes.length === 0) sink.warning("dpa.empty", T.noNodes(snapshot.name), {});
  return { dpa, issues: sink.issues };

  function readPagu(r: number): number | null {
    if (cols.pagu === undefined) return null;
    const raw = cellAt(values, r, cols.pagu);
    const parsed = parseIndonesianNumber(raw);
    if (!parsed.ok && parsed.reason === "empty") return null;
    let reason: NumberReason | null = null;
    if (!parsed.ok) reason = parsed.reason;
    else if (parsed.percent) reason = "percent";
    else if (parsed.value < 0) reason = "negative";
    if (parsed.ok && reason === null) return parsed.value;
    const found = cellText(raw);
    const kode = cellText(cellAt(values, r, cols.kode ?? 0));
    sink.warning("dpa.row.bad-pagu", T.paguUnreadable(r + 1, kode, found, reason ?? "not-a-number"), {
      row: r + 1,
      cell: cellAddress(r, cols.pagu),
      found,
      expected: T.expected.rupiah,
    });
    return null;
  }

  function addIndicator(node: DpaNode, r: number): void {
    const excelRow = r + 1;
    const at = (c: number | undefined): CellValue => (c === undefined ? null : cellAt(values, r, c));
    const text = cellText(at(indicatorCol));
    const jenisText = cellText(at(cols.jenis));
    const jenis = jenisText === "" ? null : (JENIS[normalizeLabel(jenisText)] ?? jenisText);
    if (jenis === "Masukan") {
      // "Masukan" is the money (the pagu), not a performance indicator.
      sink.info("dpa.row.masukan", T.masukan(excelRow, text), {
        row: excelRow,
        cell: cellAddress(r, indicatorCol),
        found: text,
      });
      return;
    }

    let targetTahunan: number | null = null;
    let targetText: string | null = null;
    const targetRaw = at(cols.target);
    const targetCell = cellAddress(r, cols.target ?? 0);
    const target = parseIndonesianNumber(targetRaw);
    if (target.ok) targetTahunan = target.value;
    else if (target.reason === "empty") {
      sink.warning("dpa.row.target-empty", T.targetEmpty(excelRow, text), {
        row: excelRow,
        cell: targetCell,
        found: "",
        expected: T.expected.number,
      });
    } else if (target.reason === "ambiguous") {
      sink.error("dpa.row.target-ambiguous", T.targetAmbiguous(excelRow, target.found), {
        row: excelRow,
        cell: targetCell,
        found: target.found,
        expected: T.expected.number,
      });
    } else {
      targetText = cellText(targetRaw);
      sink.warning("dpa.row.target-qualitative", T.targetQualitative(excelRow, targetText), {
        row: excelRow,
        cell: targetCell,
        found: targetText,
        expected: T.expected.number,
      });
    }

    const satuan = cellText(at(cols.satuan));
    if (satuan === "") {
      sink.warning("dpa.row.satuan-empty", T.satuanEmpty(excelRow, text), {
        row: excelRow,
        cell: cellAddress(r, cols.satuan ?? 0),
        found: "",
        expected: T.expected.notEmpty,
      });
    }

    /** An optional choice column: null when absent or blank, a warning (and null) when unknown. */
    const choice = <V>(
      c: number | undefined,
      parse: (v: CellValue) => V | null | undefined,
      code: string,
      message: (row: number, found: string) => string,
      expected: string,
    ): V | null => {
      if (c === undefined) return null;
      const value = parse(at(c));
      if (value !== undefined) return value;
      const found = cellText(at(c));
      sink.warning(code, message(excelRow, found), {
        row: excelRow,
        cell: cellAddress(r, c),
        found,
        expected,
      });
      return null;
    };
    const polarity: Polarity | null = choice(
      cols.polaritas,
      parsePolarity,
      "dpa.row.polarity-unknown",
      T.polarityUnknown,
      T.expected.polarity,
    );
    const aggregation: Aggregation | null = choice(
      cols.jenisCapaian,
      parseAggregation,
      "dpa.row.aggregation-unknown",
      T.aggregationUnknown,
      T.expected.aggregation,
    );

    const tw: Quarterly<number | null> = [null, null, null, null];
    TW_FIELDS.forEach((field, q) => {
      const c = cols[field];
      if (c === undefined) return;
      const parsed = parseIndonesianNumber(at(c));
      if (parsed.ok) tw[q] = parsed.value;
      else if (parsed.reason !== "empty") {
        const found = cellText(at(c));
        sink.warning(
          "dpa.row.target-tw-unreadable",
          T.targetTwUnreadable(excelRow, `TW ${ROMAN[q] ?? ""}`, found, parsed.reason),
          { row: excelRow, cell: cellAddress(r, c), found, expected: T.expected.number },
        );
      }
    });

    const indicator: DpaIndicator = {
      key: "" as IndicatorKey,
      text,
      jenis,
      satuan,
      targetTahunan,
      targetText,
      targetTw: tw.some((t) => t !== null) ? tw : null,
      polarity,
      aggregation,
      source: sink.source(excelRow, cellAddress(r, indicatorCol)),
    };
    node.indicators.push(indicator);
  }
}
