/**
 * IKU through a real spreadsheet engine: the kertas kerja of the year's rounds (an IKU section at
 * the top; a qualitative IKU with a Rencana Aksi in words and words pre-filled from the previous
 * master) and the masters' Data and Analisis, filled in as the Bagian did and recalculated by
 * LibreOffice. Every IKU's capaian and predikat equals the domain's, and no cell holds an error.
 */
import { analyse, type IndicatorAnalysis } from "../../src/domain/analysis/analysis";
import { colIndex } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import { dataSheetPlan } from "../../src/domain/ledger/data-sheet";
import { analysisSheetPlan } from "../../src/domain/analysis/analysis-sheet";
import { dataColIndex } from "../../src/domain/ledger/data-layout";
import { IKU_KEY_PREFIX } from "../../src/domain/shared/types";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import type { SheetPlan, SheetSnapshot } from "../../src/sheet/plan";
import {
  ANGGARAN,
  ikuYearFill,
  ikuYearInputs,
  runIkuYear,
  samplePk,
  type IkuRound,
} from "../support/iku-fixture";
import { describeWithLibreOffice, recalcAllWithLibreOffice } from "../support/libreoffice";
import { metaOf } from "../support/round-chain";

const ERROR_VALUE = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)|Err:\d+)/;
const errorCells = (sheet: SheetSnapshot): string[] =>
  sheet.values.flatMap((row, r) =>
    row.flatMap((v, c) =>
      typeof v === "string" && ERROR_VALUE.test(v) ? [`${sheet.name}!R${r + 1}C${c + 1}: ${v}`] : [],
    ),
  );

/** A kertas kerja's plans with what its Bagian typed (as `filledFile` types it) in the open cells. */
function filledPlans(kk: IkuRound["kertasKerja"][number]): SheetPlan[] {
  const meta = metaOf(kk);
  const [plan, ...rest] = kk.plans as [SheetPlan, ...SheetPlan[]];
  const rows = plan.rows.map((r) => [...r]);
  const put = (row: number, column: keyof typeof colIndex, value: number | string | null) => {
    const cells = rows[row - 1]!;
    const cell = cells[colIndex[column]]!;
    cells[colIndex[column]] = { ...cell, value };
  };
  for (const r of meta.rows) {
    if (r.kind === "subkegiatan" && r.open.includes("realisasiAnggaran"))
      put(r.row, "realisasiAnggaran", ANGGARAN[r.key] ?? null);
    if (r.kind !== "indicator") continue;
    (["realisasiTw1", "realisasiTw2", "realisasiTw3", "realisasiTw4"] as const).forEach((c, q) => {
      if (r.open.includes(c)) put(r.row, c, ikuYearFill(r.key, q));
    });
  }
  return [{ ...plan, rows }, ...rest];
}

const blankAsNull = (v: unknown) => (v === "" || v === undefined ? null : v);

describeWithLibreOffice("IKU recalculated by LibreOffice", () => {
  const rounds = runIkuYear().filter((r) => r.periode === "TW2" || r.periode === "TW4");
  const kertasKerja = rounds.flatMap((round) => round.kertasKerja.map((kk) => ({ round, kk })));
  let kkSheets: SheetSnapshot[] = [];
  let masters: { data: SheetSnapshot; analisis: SheetSnapshot }[] = [];
  const expected = (round: IkuRound): Map<string, IndicatorAnalysis> => {
    const setup = ikuYearInputs(round.periode, []).setup;
    return new Map(analyse(setup, round.subs, samplePk()).indicators.map((i) => [i.key, i]));
  };

  beforeAll(async () => {
    const kkBooks = await Promise.all(kertasKerja.map(({ kk }) => plansToXlsx(filledPlans(kk))));
    const masterBooks = await Promise.all(
      rounds.map((round) => {
        const setup = ikuYearInputs(round.periode, []).setup;
        return plansToXlsx([
          dataSheetPlan(setup, round.subs),
          analysisSheetPlan(setup, round.subs, samplePk()),
        ]);
      }),
    );
    const recalculated = await recalcAllWithLibreOffice([...kkBooks, ...masterBooks]);
    const read = await Promise.all(recalculated.map((b) => readXlsx(b)));
    kkSheets = read.slice(0, kkBooks.length).map((wb, i) => {
      const name = kertasKerja[i]!.kk.sheetName;
      return wb.sheets.find((s) => s.name === name)!;
    });
    masters = read.slice(kkBooks.length).map((wb) => ({
      data: wb.sheets.find((s) => s.name === "Data")!,
      analisis: wb.sheets.find((s) => s.name === "Analisis")!,
    }));
  }, 120_000);

  it("gives each IKU row of each kertas kerja the domain's capaian and predikat", () => {
    let checked = 0;
    let computed = 0;
    kertasKerja.forEach(({ round, kk }, i) => {
      const sheet = kkSheets[i]!;
      const domain = expected(round);
      for (const r of metaOf(kk).rows.filter((x) => x.key.startsWith(IKU_KEY_PREFIX))) {
        const want = domain.get(r.key)!;
        const row = sheet.values[r.row - 1] ?? [];
        expect([r.key, blankAsNull(row[colIndex.capaian])]).toEqual([r.key, want.capaian]);
        expect([r.key, row[colIndex.predikat]]).toEqual([r.key, want.predikat]);
        checked++;
        if (want.capaian !== null) computed++;
      }
      expect(errorCells(sheet)).toEqual([]);
    });
    // TW II and TW IV: four IKU each, every one with a capaian (none vacuously blank).
    expect([checked, computed]).toEqual([8, 8]);
  });

  it("gives each IKU row of Data the domain's capaian, and no error anywhere on Data or Analisis", () => {
    rounds.forEach((round, i) => {
      const { data, analisis } = masters[i]!;
      const domain = expected(round);
      const iku = data.values.filter((row) => String(row[dataColIndex.kunci]).startsWith(IKU_KEY_PREFIX));
      expect(iku).toHaveLength(4);
      for (const row of iku) {
        const want = domain.get(String(row[dataColIndex.kunci]))!;
        expect(blankAsNull(row[dataColIndex.capaian])).toBe(want.capaian);
        expect(row[dataColIndex.predikat]).toBe(want.predikat);
      }
      expect([...errorCells(data), ...errorCells(analisis)]).toEqual([]);
    });
  });
});
