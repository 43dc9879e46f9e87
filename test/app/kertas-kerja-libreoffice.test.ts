/**
 * The formulas of a generated kertas kerja, recalculated by a real spreadsheet engine, give the
 * domain's own numbers: every Capaian, Predikat and Serapan cell, across polarity, aggregation,
 * period, blank and zero realisasi, blank and zero targets, and both negative-polarity formulas.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { prepareRound } from "../../src/app/round";
import type { IndicatorReview, RoundInputs } from "../../src/app/round-types";
import {
  computeCapaian,
  computeSerapan,
  predikatOf,
  type CapaianInput,
} from "../../src/domain/kertas-kerja/capaian";
import { colIndex, REALISASI_TW } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import { readMeta, type KertasKerjaMeta } from "../../src/domain/kertas-kerja/kertas-kerja-meta";
import { DEFAULT_RULES, type RoundRules } from "../../src/domain/setup/setup-types";
import {
  currentTriwulan,
  type Aggregation,
  type IndicatorKey,
  type NegativeFormula,
  type Periode,
  type Polarity,
  type Quarterly,
} from "../../src/domain/shared/types";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import { readXlsx } from "../../src/hosts/xlsx/read";
import type { CellValue, SheetPlan, SheetSnapshot } from "../../src/sheet/plan";
import { S } from "../../src/strings";
import { describeWithLibreOffice, recalcAllWithLibreOffice } from "../support/libreoffice";
import { makeDpa, makeSetup, type NodeSpec } from "../support/round-fixture";

type Q = Quarterly<number | null>;
const REALISASI: Q[] = [
  [null, null, null, null],
  [0, 0, 0, 0],
  [20, 22.75, 30, 27],
  [null, 15, null, 40],
  [12.3, null, null, null],
  [7, 8, 9, 100],
];
const TARGETS: { annual: number | null; tw: Q }[] = [
  { annual: 100, tw: [25, 25, 25, 25] },
  { annual: 0, tw: [0, 0, 0, 0] },
  { annual: null, tw: [null, null, null, null] },
  { annual: 100, tw: [10, 20, 30, 40] },
  { annual: 3, tw: [null, null, null, 3] },
];
const POLARITIES: Polarity[] = ["positif", "negatif"];
const AGGREGATIONS: Aggregation[] = ["kumulatif", "nilai-akhir", "persentase"];
const PAGU: { pagu: number; realisasi: number | null }[] = [
  { pagu: 1_250_000_000, realisasi: 312_500_000 },
  { pagu: 80_000_000, realisasi: null },
  { pagu: 300, realisasi: 100 },
  { pagu: 0, realisasi: 5_000 },
  { pagu: 45_000_000, realisasi: 0 },
];

interface Case {
  text: string;
  polarity: Polarity;
  aggregation: Aggregation;
  target: (typeof TARGETS)[number];
  realisasi: Q;
}

const cases: Case[] = [];
for (const polarity of POLARITIES)
  for (const aggregation of AGGREGATIONS)
    TARGETS.forEach((target, t) =>
      REALISASI.forEach((realisasi, r) =>
        cases.push({
          text: `Indikator ${polarity} ${aggregation} T${t} R${r}`,
          polarity,
          aggregation,
          target,
          realisasi,
        }),
      ),
    );

/** One sub kegiatan per pagu case; the indicator cases spread over them. */
function dpaSpecs(): NodeSpec[] {
  const specs: NodeSpec[] = [
    { kode: "4.01.01", name: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" },
    { kode: "4.01.01.2.01", name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah" },
  ];
  const per = Math.ceil(cases.length / PAGU.length);
  PAGU.forEach((p, i) =>
    specs.push({
      kode: `4.01.01.2.01.000${i + 1}`,
      name: `Sub kegiatan uji ${i + 1}`,
      pagu: p.pagu,
      bagian: "PEM",
      indicators: cases.slice(i * per, (i + 1) * per).map((c) => ({ text: c.text, target: c.target.annual })),
    }),
  );
  return specs;
}

interface Variant {
  periode: Periode;
  negativeFormula: NegativeFormula;
  capaianCap: number;
}
const VARIANTS: Variant[] = [
  { periode: "TW1", negativeFormula: "selisih", capaianCap: 120 },
  { periode: "TW2", negativeFormula: "rasio", capaianCap: 120 },
  { periode: "TW3", negativeFormula: "selisih", capaianCap: 80 },
  { periode: "TAHUNAN", negativeFormula: "rasio", capaianCap: 120 },
];

function metaOf(plan: SheetPlan): KertasKerjaMeta {
  const values = plan.rows.map((r) => r.map((c) => (c?.value ?? null) as CellValue));
  const read = readMeta({ name: plan.name, visibility: "veryHidden", values });
  if (!read.ok) throw new Error(read.issue.message);
  return read.meta;
}

/** Generates the variant's kertas kerja and fills its input cells as a Bagian would. */
function generateFilled(v: Variant): { plans: SheetPlan[]; meta: KertasKerjaMeta; rules: RoundRules } {
  const rules: RoundRules = {
    ...DEFAULT_RULES,
    negativeFormula: v.negativeFormula,
    capaianCap: v.capaianCap,
  };
  const dpa = makeDpa(dpaSpecs());
  const reviews: Partial<Record<IndicatorKey, IndicatorReview>> = {};
  const byText = new Map(cases.map((c) => [c.text, c]));
  for (const node of dpa.nodes)
    for (const ind of node.indicators) {
      const c = byText.get(ind.text)!;
      reviews[ind.key] = {
        polarity: c.polarity,
        aggregation: c.aggregation,
        spread: "as-given",
        targetTw: c.target.tw,
      };
    }
  const inputs: RoundInputs = {
    setup: makeSetup({ rules }, v.periode),
    dpa,
    prior: [],
    reviews,
    assignments: {},
    generatedAt: "2026-10-01T00:00:00.000Z",
  };
  const [kk] = prepareRound(inputs).kertasKerja;
  if (!kk) throw new Error("no kertas kerja generated");
  const plan = kk.plans[0]!;
  const meta = metaOf(kk.plans[1]!);
  const rows = plan.rows.map((r) => [...r]);
  const set = (row: number, column: number, value: number | null) => {
    const cell = rows[row - 1]?.[column];
    if (cell?.locked !== false) throw new Error(`cell ${row}/${column} is not an input`);
    rows[row - 1]![column] = { ...cell, value };
  };
  const q = currentTriwulan(v.periode);
  for (const ref of meta.rows) {
    if (ref.kind === "indicator") {
      const text = rows[ref.row - 1]?.[colIndex.indikator]?.value as string;
      const c = byText.get(text)!;
      for (let i = 0; i < q; i++) set(ref.row, colIndex[REALISASI_TW[i]!], c.realisasi[i] ?? null);
    }
    if (ref.kind === "subkegiatan") {
      const i = Number(ref.key.slice(-1)) - 1;
      set(ref.row, colIndex.realisasiAnggaran, PAGU[i]!.realisasi);
    }
  }
  return { plans: [{ ...plan, rows }, kk.plans[1]!], meta, rules };
}

const value = (s: SheetSnapshot, row: number, column: keyof typeof colIndex): CellValue =>
  s.values[row - 1]?.[colIndex[column]] ?? null;
/** exceljs reads an empty-text formula result as null; both mean "shown empty". */
const shownEmpty = (v: CellValue) => v === null || v === "";

describeWithLibreOffice("kertas kerja formulas recalculated by LibreOffice", () => {
  const outcomes: { variant: Variant; generated: ReturnType<typeof generateFilled>; sheet: SheetSnapshot }[] =
    [];

  beforeAll(async () => {
    const generated = VARIANTS.map(generateFilled);
    const files = await Promise.all(generated.map((g) => plansToXlsx(g.plans)));
    const recalculated = await recalcAllWithLibreOffice(files, { timeoutMs: 120_000 });
    await mkdir("test-results", { recursive: true });
    for (const [i, bytes] of recalculated.entries()) {
      await writeFile(join("test-results", `kertas-kerja-recalc-${VARIANTS[i]!.periode}.xlsx`), bytes);
      const wb = await readXlsx(bytes);
      const sheet = wb.sheets.find((s) => s.name === generated[i]!.meta.sheetName);
      if (!sheet) throw new Error("kertas kerja sheet missing after recalculation");
      outcomes.push({ variant: VARIANTS[i]!, generated: generated[i]!, sheet });
    }
  }, 180_000);

  it.each(VARIANTS.map((v) => [v.periode, v.negativeFormula, v]))(
    "%s (%s): every Capaian and Predikat equals the domain's",
    (_p, _n, variant) => {
      const { generated, sheet } = outcomes.find((o) => o.variant === variant)!;
      const byText = new Map(cases.map((c) => [c.text, c]));
      let checked = 0;
      const statuses = new Set<string>();
      for (const ref of generated.meta.rows.filter((r) => r.kind === "indicator")) {
        const c = byText.get(String(value(sheet, ref.row, "indikator")))!;
        const input: CapaianInput = {
          polarity: c.polarity,
          aggregation: c.aggregation,
          periode: variant.periode,
          targetTahunan: c.target.annual,
          targetTw: c.target.tw,
          realisasiTw: c.realisasi,
        };
        const expected = computeCapaian(input, generated.rules);
        statuses.add(expected.status);
        const where = `${c.text} (baris ${ref.row})`;
        const capaian = value(sheet, ref.row, "capaian");
        const predikat = value(sheet, ref.row, "predikat");
        if (expected.status === "ok") {
          expect({ where, capaian }).toEqual({ where, capaian: expected.capaian });
          expect({ where, predikat }).toEqual({
            where,
            predikat: predikatOf(expected.capaian!, generated.rules),
          });
        } else {
          expect({ where, empty: shownEmpty(capaian) }).toEqual({ where, empty: true });
          const label =
            expected.status === "belum-dilaporkan"
              ? S.kertasKerja.status.belumDilaporkan
              : S.kertasKerja.status.tidakTerdefinisi;
          expect({ where, predikat }).toEqual({ where, predikat: label });
        }
        const realisasiSd = value(sheet, ref.row, "realisasiSd");
        expect({ where, realisasiSd: shownEmpty(realisasiSd) ? null : realisasiSd }).toEqual({
          where,
          realisasiSd: expected.realisasiSdPeriode,
        });
        checked++;
      }
      expect(checked).toBe(cases.length);
      // The cases really reach every outcome, so a formula that always said one thing would fail.
      expect([...statuses].sort()).toEqual(["belum-dilaporkan", "ok", "tidak-terdefinisi"]);
    },
  );

  it("every Serapan cell, of sub kegiatan and of their sums, equals the domain's", () => {
    for (const { generated, sheet } of outcomes) {
      const subs = generated.meta.rows.filter((r) => r.kind === "subkegiatan");
      for (const ref of subs) {
        const p = PAGU[Number(ref.key.slice(-1)) - 1]!;
        const serapan = value(sheet, ref.row, "serapan");
        const expected = computeSerapan(p.pagu, p.realisasi);
        if (expected === null) expect(shownEmpty(serapan)).toBe(true);
        else expect({ key: ref.key, serapan }).toEqual({ key: ref.key, serapan: expected });
      }
      const totalPagu = PAGU.reduce((s, p) => s + p.pagu, 0);
      const reported = PAGU.filter((p) => p.realisasi !== null);
      const totalRealisasi = reported.reduce((s, p) => s + (p.realisasi ?? 0), 0);
      for (const ref of generated.meta.rows.filter((r) => r.kind === "program" || r.kind === "kegiatan")) {
        expect(value(sheet, ref.row, "pagu")).toBe(totalPagu);
        expect(value(sheet, ref.row, "realisasiAnggaran")).toBe(totalRealisasi);
        expect(value(sheet, ref.row, "serapan")).toBe(computeSerapan(totalPagu, totalRealisasi));
      }
    }
  });

  it("no computed cell shows an error value", () => {
    for (const { sheet } of outcomes) {
      const errors = sheet.values.flatMap((row, r) =>
        row.flatMap((v, c) =>
          typeof v === "string" && /^#[A-Z0-9/]+[!?]?$/.test(v) ? [`${r + 1}:${c + 1} ${v}`] : [],
        ),
      );
      expect(errors).toEqual([]);
    }
  });
});
