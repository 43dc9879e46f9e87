/**
 * Qualitative targets recalculated by a real spreadsheet engine: the table of cases (each scale ×
 * equal, lower, higher, unknown word, blank, TW I only; both polarities) on a generated and filled
 * kertas kerja and on a consolidated master (Data + Analisis), with the default scores and the
 * "selisih" rule, and with edited scores and the "rasio" rule. Every capaian and predikat equals
 * the domain's; no cell holds an error value. One soffice run for all four workbooks.
 */
import { analyse } from "../../src/domain/analysis/analysis";
import { analysisSheetPlan } from "../../src/domain/analysis/analysis-sheet";
import { colIndex } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import { dataCol, dataColIndex } from "../../src/domain/ledger/data-layout";
import { dataSheetPlan, readDataSheet, sortSubmissions } from "../../src/domain/ledger/data-sheet";
import type { ConsolidatedSubmission, SubmittedRow } from "../../src/domain/returned/submission";
import { findWord } from "../../src/domain/setup/scales";
import { DEFAULT_RULES, type RoundRules, type RoundSetup } from "../../src/domain/setup/setup-types";
import type { Kode, Quarterly } from "../../src/domain/shared/types";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import type { CellValue, SheetSnapshot } from "../../src/sheet/plan";
import { S } from "../../src/strings";
import { describeWithLibreOffice, recalcAllWithLibreOffice } from "../support/libreoffice";
import { EDITED_RULES, expectedOf, quarterly, WORD_CASES, type WordCase } from "../support/qualitative-cases";
import { filledKertasKerja } from "../support/qualitative-kk";
import { indicatorRow, submission } from "../support/submission-fixture";

const VARIANTS: { name: string; rules: RoundRules }[] = [
  { name: "skor bawaan, selisih", rules: DEFAULT_RULES },
  { name: "skor diubah, rasio", rules: EDITED_RULES },
];
const byText = new Map(WORD_CASES.map((c) => [c.text, c]));
const ERROR_VALUE = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)|Err:\d+)/;

/** A word as the returned-file reader keeps it: its scale's spelling when known, as written otherwise. */
function stored(c: WordCase, word: string | null, rules: RoundRules): string | null {
  if (word === null || word.trim() === "") return null;
  const found = findWord(word, rules.scales);
  return found && found.scale.name === c.scale ? found.level.label : word.trim();
}

/** The master's submissions: PEM's rows as consolidated, words as the reader stores them. */
function masterSubmissions(rules: RoundRules): ConsolidatedSubmission[] {
  const rows: SubmittedRow[] = WORD_CASES.map((c, i) => {
    const words = quarterly(c).map((w) => stored(c, w, rules)) as Quarterly<string | null>;
    return indicatorRow({
      key: `PEM-${i}`,
      indikator: c.text,
      satuan: "Predikat",
      polarity: c.polarity,
      aggregation: c.aggregation,
      programKode: "4.01.01" as Kode,
      subKegiatanKode: "4.01.01.2.01.0006" as Kode,
      targetText: c.target,
      ...(words.some((w) => w !== null) ? { realisasiWords: words } : {}),
      budgetRow: i === 0,
      pagu: i === 0 ? 100_000_000 : null,
      realisasiAnggaran: i === 0 ? 40_000_000 : null,
    });
  });
  return [submission("PEM", rows)];
}

const shown = (v: CellValue | undefined): CellValue => (v === undefined || v === "" ? null : v);
const errorCells = (sheet: SheetSnapshot): string[] =>
  sheet.values.flatMap((row, r) =>
    row.flatMap((v, c) =>
      typeof v === "string" && ERROR_VALUE.test(v) ? [`${sheet.name}!R${r + 1}C${c + 1}: ${v}`] : [],
    ),
  );

interface Outcome {
  rules: RoundRules;
  setup: RoundSetup;
  kk: SheetSnapshot;
  kkRows: Map<string, number>;
  subs: ConsolidatedSubmission[];
  data: SheetSnapshot;
  analisis: SheetSnapshot;
}

describeWithLibreOffice("qualitative targets recalculated by LibreOffice", () => {
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    const built = VARIANTS.map((v) => {
      const kk = filledKertasKerja(v.rules);
      const subs = masterSubmissions(v.rules);
      const setup = kk.inputs.setup;
      return { v, kk, subs, setup, master: [dataSheetPlan(setup, subs), analysisSheetPlan(setup, subs)] };
    });
    const files = await Promise.all(built.flatMap((b) => [plansToXlsx(b.kk.plans), plansToXlsx(b.master)]));
    const recalculated = await recalcAllWithLibreOffice(files, { timeoutMs: 180_000 });
    for (const [i, b] of built.entries()) {
      const kkBook = await readXlsx(recalculated[2 * i]!);
      const master = await readXlsx(recalculated[2 * i + 1]!);
      const pick = (sheets: SheetSnapshot[], name: string) => sheets.find((s) => s.name === name)!;
      outcomes.push({
        rules: b.v.rules,
        setup: b.setup,
        kk: pick(kkBook.sheets, b.kk.plans[0]!.name),
        kkRows: b.kk.rows,
        subs: b.subs,
        data: pick(master.sheets, "Data"),
        analisis: pick(master.sheets, "Analisis"),
      });
    }
  }, 240_000);

  test("the table has every scale × outcome, in both polarities", () => {
    expect(WORD_CASES.length).toBeGreaterThanOrEqual(12);
    const statuses = new Set(WORD_CASES.map((c) => expectedOf(c, DEFAULT_RULES).status));
    expect(statuses).toEqual(new Set(["ok", "belum-dilaporkan", "tidak-terdefinisi"]));
    // Lower, equal and higher give three different capaian in each scale.
    const positif = WORD_CASES.filter((c) => c.polarity === "positif" && c.outcome !== "unknown");
    expect(new Set(positif.map((c) => expectedOf(c, DEFAULT_RULES).capaian)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(VARIANTS.map((v, i) => [v.name, i]))(
    "%s: the kertas kerja's capaian and predikat are the domain's",
    (_n, i) => {
      const o = outcomes[i as number]!;
      const wrong: string[] = [];
      for (const c of WORD_CASES) {
        const row = o.kkRows.get(c.text)!;
        const e = expectedOf(c, o.rules);
        const at = (k: keyof typeof colIndex) => shown(o.kk.values[row - 1]?.[colIndex[k]]);
        const got = [at("capaian"), at("predikat"), at("realisasiSd"), at("targetSd")];
        const want = [e.capaian, e.predikat, e.realisasiWord, e.targetWord];
        if (JSON.stringify(got) !== JSON.stringify(want))
          wrong.push(`${c.text}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
      expect(wrong).toEqual([]);
      expect(errorCells(o.kk)).toEqual([]);
    },
  );

  it.each(VARIANTS.map((v, i) => [v.name, i]))(
    "%s: the master's Data and Analisis are the domain's",
    (_n, i) => {
      const o = outcomes[i as number]!;
      const a = analyse(o.setup, o.subs);
      const wrong: string[] = [];
      const perIndikator = o.analisis.values.findIndex(
        (r) => r[0] === S.analysis.sheet.sections.perIndikator,
      );
      a.indicators.forEach((ind, k) => {
        const c = byText.get(ind.indikator)!;
        const e = expectedOf(c, o.rules);
        const dataRow = o.data.values[ind.dataRow - 1] ?? [];
        const sheetRow = o.analisis.values[perIndikator + 2 + k] ?? [];
        const got = [
          shown(dataRow[dataColIndex.capaian]),
          shown(dataRow[dataColIndex.predikat]),
          shown(sheetRow[5]),
          shown(sheetRow[6]),
          shown(sheetRow[7]),
          shown(sheetRow[8]),
        ];
        const want = [e.capaian, e.predikat, ind.targetWord, ind.realisasiWord, ind.capaian, ind.predikat];
        if (ind.capaian !== e.capaian || ind.predikat !== e.predikat)
          wrong.push(`${c.text}: analyse() ≠ table`);
        if (JSON.stringify(got) !== JSON.stringify(want))
          wrong.push(
            `${c.text} (Data ${dataCol.capaian}${ind.dataRow}): ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`,
          );
      });
      expect(wrong).toEqual([]);
      // The Bagian's summary counts a reported word as reported, and averages the capped capaian.
      const bagianRow = o.analisis.values.findIndex((r) => r[0] === S.analysis.sheet.sections.perBagian) + 2;
      const pem = a.perBagian[0]!;
      expect((o.analisis.values[bagianRow] ?? []).slice(3, 8).map(shown)).toEqual([
        pem.indikator,
        pem.dilaporkan,
        pem.dinilai,
        pem.rataCapaian,
        pem.predikat,
      ]);
      expect([...errorCells(o.data), ...errorCells(o.analisis)]).toEqual([]);
    },
  );

  it.each(VARIANTS.map((v, i) => [v.name, i]))("%s: Data read back gives the words", (_n, i) => {
    const o = outcomes[i as number]!;
    const read = readDataSheet(o.data);
    expect(read.issues).toEqual([]);
    expect(read.submissions).toEqual(sortSubmissions(o.setup, o.subs));
  });
});
