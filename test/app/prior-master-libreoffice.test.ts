/**
 * The TW II kertas kerja made with TW I's master as its prior report, recalculated by LibreOffice:
 * a kumulatif indicator's realisasi s.d. periode is TW I (carried, locked) + TW II (typed), once
 * each; a nilai akhir indicator's is TW II; every capaian equals the domain's.
 */
import { prepareRound } from "../../src/app/round";
import type { RoundInputs } from "../../src/app/round-types";
import { computeCapaian } from "../../src/domain/kertas-kerja/capaian";
import { colIndex, type KkColumn } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import { masterSheetsOf, readMasterPrior } from "../../src/domain/ledger/master-prior";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import type { CellValue, SheetPlan, SheetSnapshot } from "../../src/sheet/plan";
import { describeWithLibreOffice, recalcWithLibreOffice } from "../support/libreoffice";
import { consolidateInMemory, filledFile, metaOf } from "../support/round-chain";
import { makeSetup, smallDpa } from "../support/round-fixture";

const TW1 = 3.25;
const TW2 = 4.5;

const inputs = (periode: "TW1" | "TW2", prior: RoundInputs["prior"] = []): RoundInputs => ({
  setup: makeSetup({}, periode),
  dpa: smallDpa(),
  prior,
  reviews: {},
  assignments: {},
  generatedAt: "2026-07-01T00:00:00.000Z",
});

describeWithLibreOffice("TW II after TW I's master, recalculated by LibreOffice", () => {
  let plan: SheetPlan;
  let sheet: SheetSnapshot;
  let rows: { key: string; row: number }[];

  beforeAll(async () => {
    const tw1 = inputs("TW1");
    const done = consolidateInMemory(
      tw1.setup,
      prepareRound(tw1).kertasKerja.map((kk) => filledFile(kk, () => TW1)),
    );
    const prior = readMasterPrior(masterSheetsOf(done.sheets, "Induk-TW1.xlsx")!, {
      instansi: tw1.setup.instansi,
      tahun: 2026,
      periode: "TW2",
    });
    const kk = prepareRound(inputs("TW2", prior.values)).kertasKerja.find((k) => k.bagian.kode === "PEM")!;
    const file = filledFile(kk, (_key, q) => (q === 1 ? TW2 : null));
    plan = kk.plans[0]!;
    rows = metaOf(kk).rows.filter((r) => r.kind === "indicator");
    // The filled values, written as the Bagian's file would hold them.
    const filled: SheetPlan = {
      ...plan,
      rows: plan.rows.map((r, i) =>
        r.map((c, j) =>
          c && c.locked === false ? { ...c, value: file.sheets[0]!.values[i]?.[j] ?? null } : c,
        ),
      ),
    };
    const bytes = await recalcWithLibreOffice(await plansToXlsx([filled, kk.plans[1]!]), {
      timeoutMs: 120_000,
    });
    sheet = (await readXlsx(bytes)).sheets.find((s) => s.name === plan.name)!;
  }, 180_000);

  const at = (row: number, c: KkColumn): CellValue => sheet.values[row - 1]?.[colIndex[c]] ?? null;

  it("sums TW I and TW II once each for a kumulatif indicator; takes TW II for a nilai akhir one", () => {
    const kinds = rows.map(({ row }) => at(row, "jenisCapaian"));
    expect(kinds).toEqual(expect.arrayContaining(["Kumulatif", "Nilai Akhir"]));
    for (const { row } of rows) {
      expect(at(row, "realisasiTw1")).toBe(TW1);
      expect(at(row, "realisasiTw2")).toBe(TW2);
      const expected = at(row, "jenisCapaian") === "Kumulatif" ? TW1 + TW2 : TW2;
      expect(at(row, "realisasiSd")).toBeCloseTo(expected, 9);
    }
  });

  it("gives the domain's capaian on every row", () => {
    for (const { row } of rows) {
      const planRow = plan.rows[row - 1]!;
      const num = (c: KkColumn) => {
        const v = planRow[colIndex[c]]?.value;
        return typeof v === "number" ? v : null;
      };
      const domain = computeCapaian(
        {
          polarity: at(row, "polaritas") === "Negatif" ? "negatif" : "positif",
          aggregation: at(row, "jenisCapaian") === "Kumulatif" ? "kumulatif" : "nilai-akhir",
          periode: "TW2",
          targetTahunan: num("targetTahunan"),
          targetTw: [num("targetTw1"), num("targetTw2"), num("targetTw3"), num("targetTw4")],
          realisasiTw: [TW1, TW2, null, null],
        },
        makeSetup().rules,
      );
      const shown = at(row, "capaian");
      if (domain.capaian === null) expect(shown === null || shown === "").toBe(true);
      else expect(shown).toBeCloseTo(domain.capaian, 9);
    }
  });
});
