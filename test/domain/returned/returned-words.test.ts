/** A returned kertas kerja with qualitative realisasi: words read to their scale's spelling, the rest named. */
import { colIndex, col } from "../../../src/domain/kertas-kerja/kertas-kerja-layout";
import { assessReturnedFile } from "../../../src/domain/returned/returned";
import { DEFAULT_RULES } from "../../../src/domain/setup/setup-types";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import type { SheetPlan } from "../../../src/sheet/plan";
import { WORD_CASES } from "../../support/qualitative-cases";
import { filledKertasKerja } from "../../support/qualitative-kk";
import { fileOf } from "../../support/returned-judge";

const kk = filledKertasKerja(DEFAULT_RULES);
const ctx = { setup: kk.inputs.setup };
const unknown = WORD_CASES.filter((c) => c.outcome === "unknown");

/** The filled plans with some realisasi cells (TW II) set otherwise. */
function withTw2(values: Map<string, string | number | null>): SheetPlan[] {
  const [plan, ...rest] = kk.plans;
  const rows = plan!.rows.map((r) => [...r]);
  for (const [text, v] of values) {
    const r = kk.rows.get(text)! - 1;
    rows[r]![colIndex.realisasiTw2] = { ...rows[r]![colIndex.realisasiTw2]!, value: v };
  }
  return [{ ...plan!, rows }, ...rest];
}
const judge = async (plans: SheetPlan[]) =>
  assessReturnedFile(await fileOf({ name: "KK PEM.xlsx", bytes: await plansToXlsx(plans) }), ctx);

describe("qualitative realisasi in a returned kertas kerja", () => {
  it("each qualitative row's realisasi cells take a list of its scale's words, with a hint", () => {
    const lists = kk.plans[0]!.validations.filter((v) => v.rule.type === "list");
    expect(lists).toHaveLength(WORD_CASES.length);
    const opini = lists.find(
      (v) =>
        v.range ===
        `${col.realisasiTw1}${kk.rows.get(WORD_CASES[0]!.text)}:${col.realisasiTw2}${kk.rows.get(WORD_CASES[0]!.text)}`,
    );
    expect(opini?.rule).toEqual({ type: "list", values: ["WTP", "WDP", "TW", "TMP"] });
    expect(opini?.prompt?.message).toContain("WTP, WDP, TW, TMP");
    // No other rule covers a qualitative row (Excel allows one per cell).
    const decimals = kk.plans[0]!.validations.filter(
      (v) => v.rule.type === "decimal" && v.range.startsWith(col.realisasiTw1),
    );
    const rowsOf = (range: string) => range.match(/\d+/g)!.map(Number);
    for (const row of kk.rows.values())
      for (const d of decimals) {
        const [a, b] = rowsOf(d.range);
        expect(row >= a! && row <= b!).toBe(false);
      }
  });

  it("an unknown word is an error on its cell naming the allowed words", async () => {
    const a = await judge(kk.plans);
    expect(a.verdict).toBe("rejected");
    const errors = a.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => i.code)).toEqual(unknown.map(() => "returned.word.unknown"));
    expect(errors.map((i) => i.cell).sort()).toEqual(
      unknown.map((c) => `${col.realisasiTw2}${kk.rows.get(c.text)}`).sort(),
    );
    const opini = errors.find((i) => i.found === '"Wajar"');
    expect(opini?.message).toContain("WTP, WDP, TW, TMP");
    expect(opini?.expected).toBe("salah satu dari WTP, WDP, TW, TMP");
  });

  it("a number in a qualitative cell is an error too", async () => {
    const fixed = new Map<string, string | number | null>(unknown.map((c) => [c.text, null]));
    fixed.set(WORD_CASES[1]!.text, 3);
    const a = await judge(withTw2(fixed));
    expect(a.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell])).toEqual([
      ["returned.word.number", `${col.realisasiTw2}${kk.rows.get(WORD_CASES[1]!.text)}`],
    ]);
  });

  it("known words are kept in their scale's spelling, whatever their case and spaces", async () => {
    const a = await judge(withTw2(new Map(unknown.map((c) => [c.text, null]))));
    expect(a.verdict).not.toBe("rejected");
    const byText = new Map(a.submission!.rows.map((r) => [r.indikator, r]));
    const equal = WORD_CASES.find((c) => c.outcome === "equal" && c.scale === "Opini BPK")!;
    expect(byText.get(equal.text)?.realisasiWords).toEqual(["TMP", "WDP", null, null]);
    const kurang = WORD_CASES.find((c) => c.outcome === "lower" && c.scale === "Baik/Cukup/Kurang")!;
    expect(byText.get(kurang.text)?.realisasiWords).toEqual([null, "Kurang", null, null]);
    const blank = WORD_CASES.find((c) => c.outcome === "blank" && c.scale === "Predikat SAKIP")!;
    expect(byText.get(blank.text)?.realisasiWords).toBeUndefined();
    expect(byText.get(blank.text)?.realisasiTw).toEqual([null, null, null, null]);
    // Words cannot be summed: every qualitative row is judged as nilai akhir.
    expect(new Set(a.submission!.rows.map((r) => r.aggregation))).toEqual(new Set(["nilai-akhir"]));
    expect(a.submission!.rows.find((r) => r.indikator === equal.text)?.targetText).toBe("WDP");
  });

  it("an overwritten capaian formula of a qualitative row is named", async () => {
    const [plan, ...rest] = withTw2(new Map(unknown.map((c) => [c.text, null])));
    const row = kk.rows.get(WORD_CASES[0]!.text)!;
    const rows = plan!.rows.map((r) => [...r]);
    rows[row - 1]![colIndex.capaian] = { value: 100, style: "computedPercent" };
    const a = await judge([{ ...plan!, rows }, ...rest]);
    const issue = a.issues.find((i) => i.code === "returned.locked.formula-overwritten");
    expect(issue?.cell).toBe(`${col.capaian}${row}`);
    expect(issue?.expected).toContain("MATCH(UPPER(TRIM(");
  });
});
