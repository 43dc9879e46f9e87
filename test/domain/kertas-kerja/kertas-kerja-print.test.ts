/**
 * How a generated kertas kerja is set up to print (kertas-kerja-print.ts): the round's paper, the
 * columns repeated on every page, two print areas (what the Bagian fills and signs first, what was
 * given after), the key column and the quarters not yet hidden, and the widths the reader of
 * returned files and the fingerprints do not depend on. LibreOffice's print of it is
 * test/app/kertas-kerja-paper.test.ts.
 */
import { prepareRound } from "../../../src/app/round";
import {
  col,
  colIndex,
  KK_COLUMNS,
  KK_ROWS,
  REALISASI_TW,
  type KkColumn,
} from "../../../src/domain/kertas-kerja/kertas-kerja-layout";
import { kkHiddenColumns, periodRealisasi } from "../../../src/domain/kertas-kerja/kertas-kerja-print";
import { DEFAULT_RULES } from "../../../src/domain/setup/setup-types";
import { parseRange } from "../../../src/sheet/address";
import type { PaperSize, SheetPlan } from "../../../src/sheet/plan";
import type { Periode } from "../../../src/domain/shared/types";
import { makeSetup, smallDpa } from "../../support/round-fixture";

function kertasKerja(periode: Periode, paperSize?: PaperSize): SheetPlan {
  const rules = paperSize ? { ...DEFAULT_RULES, paperSize } : DEFAULT_RULES;
  const prep = prepareRound({
    setup: makeSetup({ rules }, periode),
    dpa: smallDpa(),
    prior: [],
    reviews: {},
    assignments: {},
    generatedAt: "2026-07-01T08:00:00+08:00",
  });
  const plan = prep.kertasKerja[0]?.plans[0];
  if (!plan) throw new Error("no kertas kerja");
  return plan;
}

/** The columns (by name) a range of the plan covers. */
function columnsOf(range: string): KkColumn[] {
  const r = parseRange(range);
  if (!r) throw new Error(`bad range ${range}`);
  return KK_COLUMNS.filter((_, i) => i >= r.col1 && i <= r.col2);
}

describe("the kertas kerja's print setup", () => {
  it("prints landscape on F4 unless the round says A4, fit to one page wide", () => {
    expect(kertasKerja("TW2").print).toMatchObject({
      orientation: "landscape",
      paperSize: "F4",
      fitToWidth: true,
    });
    expect(kertasKerja("TW2", "A4").print?.paperSize).toBe("A4");
    // A setup stored before the setting existed (a kertas kerja's metadata) prints on F4.
    const { paperSize: _gone, ...older } = DEFAULT_RULES;
    const prep = prepareRound({
      setup: makeSetup({ rules: older }, "TW2"),
      dpa: smallDpa(),
      prior: [],
      reviews: {},
      assignments: {},
      generatedAt: "2026-07-01T08:00:00+08:00",
    });
    expect(prep.kertasKerja[0]?.plans[0]?.print?.paperSize).toBe("F4");
  });

  it("repeats kode, uraian, indikator and satuan at the left and the two header rows at the top", () => {
    const print = kertasKerja("TW2").print;
    expect(print?.printTitleColumns).toBe(`${col.kode}:${col.satuan}`);
    expect(columnsOf(`${col.kode}1:${col.satuan}1`)).toEqual(["kode", "uraian", "indikator", "satuan"]);
    expect(print?.printTitleRows).toBe(`${KK_ROWS.headerGroup}:${KK_ROWS.header}`);
  });

  it.each([
    ["TW1", "realisasiTw1"],
    ["TW2", "realisasiTw2"],
    ["TW3", "realisasiTw3"],
    ["TW4", "realisasiTw4"],
    ["TAHUNAN", "realisasiTw4"],
  ] as const)(
    "%s: prints from the period's realisasi to bukti dukung first, with the signature, then what was given",
    (periode, period) => {
      const plan = kertasKerja(periode);
      const [first, second, ...more] = plan.print?.printArea ?? [];
      expect(more).toEqual([]);
      expect(columnsOf(first!)[0]).toBe(period);
      expect(columnsOf(first!).at(-1)).toBe("buktiDukung");
      // Down to the last row: the signature block under the factor columns.
      expect(parseRange(first!)?.row2).toBe(plan.rows.length - 1);
      const nip = plan.rows.findIndex((row) => row[colIndex.pendorong]?.value === "NIP");
      expect(nip).toBe(plan.rows.length - 1);
      // The given columns from polaritas to the quarter before the period, down to the table's end.
      const given = columnsOf(second!);
      expect(given[0]).toBe("polaritas");
      expect(given.at(-1)).toBe(KK_COLUMNS[colIndex[period] - 1]);
      expect(parseRange(second!)?.row2).toBeLessThan(plan.rows.length - 1);
      // Every column but the key is in a print area or the repeated ones.
      const printed = new Set([...columnsOf(first!), ...given, "kode", "uraian", "indikator", "satuan"]);
      expect(KK_COLUMNS.filter((c) => !printed.has(c))).toEqual(["kunci"]);
    },
  );

  it("hides the key column and the quarters after the period; nothing the Bagian fills", () => {
    for (const [periode, q] of [
      ["TW1", 1],
      ["TW2", 2],
      ["TW4", 4],
    ] as const) {
      const plan = kertasKerja(periode);
      const hidden = KK_COLUMNS.filter((_, i) => plan.columns[i]?.hidden);
      expect(hidden).toEqual([...REALISASI_TW.slice(q), "kunci"]);
      expect([...kkHiddenColumns(q)].sort()).toEqual([...hidden].sort());
      // No cell open for input stands in a hidden column.
      for (const row of plan.rows) {
        row.forEach((cell, i) => {
          if (cell?.locked === false) expect(plan.columns[i]?.hidden).not.toBe(true);
        });
      }
    }
  });

  it("keeps every realisasi name in the lower header row, under two 'Realisasi' groups split at the period", () => {
    const plan = kertasKerja("TW3");
    const header = plan.rows[KK_ROWS.header - 1] ?? [];
    for (const name of ["realisasiLalu", ...REALISASI_TW] as const) {
      expect(String(header[colIndex[name]]?.value)).toMatch(/^Realisasi /);
    }
    const group = KK_ROWS.headerGroup;
    expect(plan.merges).toContain(`${col.realisasiLalu}${group}:${col.realisasiTw2}${group}`);
    expect(plan.merges).toContain(`${col.realisasiTw3}${group}:${col.realisasiTw4}${group}`);
  });

  it("merges a program's, kegiatan's and sub kegiatan's name over uraian to satuan, empty there", () => {
    const plan = kertasKerja("TW2");
    const names = plan.rows.flatMap((row, r) =>
      typeof row[colIndex.uraian]?.value === "string" && r >= KK_ROWS.firstData - 1 ? [r + 1] : [],
    );
    expect(names.length).toBe(3); // a program, a kegiatan and a sub kegiatan of the Bagian
    for (const r of names) {
      expect(plan.merges).toContain(`${col.uraian}${r}:${col.satuan}${r}`);
      const row = plan.rows[r - 1] ?? [];
      expect([row[colIndex.indikator]?.value ?? null, row[colIndex.satuan]?.value ?? null]).toEqual([
        null,
        null,
      ]);
    }
  });

  it("periodRealisasi names the quarter's realisasi column", () => {
    expect([1, 2, 3, 4].map(periodRealisasi)).toEqual([...REALISASI_TW]);
  });
});
