import fc from "fast-check";
import type { CellValue, SheetSnapshot } from "../../../src/sheet/plan";
import {
  emptyParafState,
  parafValidity,
  recordParaf,
  restoreParafState,
  reviewedContentFingerprint,
  type ParafState,
} from "../../../src/domain/sop/paraf";
import { appendLog, verifyLog, type LogEntry } from "../../../src/domain/sop/sop-log";
import { S } from "../../../src/strings";
import { makeSetup } from "../../support/round-fixture";
import { witaInstant } from "../../support/log-fixture";
import { OLD_DATA, OLD_FINGERPRINT } from "../../support/sop-old-master";

const kabag = {
  peran: "kabag-umum-keuangan" as const,
  nama: "Hj. Norlaila, S.E.",
  jabatan: "Kepala Bagian Umum dan Keuangan",
  nip: "197803152005012009",
};
const sekda = {
  peran: "sekretaris-daerah" as const,
  nama: "H. Masyraniansyah",
  jabatan: "Sekretaris Daerah",
  nip: "196504221988031008",
};
const setup = makeSetup({ pejabat: [kabag, sekda] });
const at = (h: number) => witaInstant(Date.UTC(2026, 6, 20, h));

const sheet = (name: string, values: CellValue[][], formulas?: (string | null)[][]): SheetSnapshot => ({
  name,
  visibility: "visible",
  values,
  ...(formulas ? { formulas } : {}),
});
const data = sheet("Data", [
  ["Kode", "Indikator", "Target", "Realisasi", "Capaian"],
  ["4.01.01.2.01.0001", "Dokumen perencanaan", 2, 1, 50],
]);
const dataFormulas = [[], [null, null, null, null, "=D2/C2*100"]];
/** The draft Laporan: a sentence built from the figures, and a figure as a formula over Analisis. */
const laporan = sheet(
  "Laporan",
  [["BAB III AKUNTABILITAS KINERJA"], ["Capaian rata-rata sebesar 50,00 %."], [50]],
  [[null], [null], ["=Analisis!A2"]],
);
const workbook = (over: Partial<Record<string, SheetSnapshot>> = {}): SheetSnapshot[] => [
  over.Pengaturan ?? sheet("Pengaturan", [["PENGATURAN"]]),
  over.Data ?? { ...data, formulas: dataFormulas },
  over.Analisis ?? sheet("Analisis", [["Capaian rata-rata"], [50]], [[null], ["=AVERAGE(Data!E:E)"]]),
  over.Laporan ?? laporan,
  over.Log ?? sheet("Log", [["LOG"]]),
];
const REVIEWED = ["Data", "Analisis", "Laporan"];
const fp0 = reviewedContentFingerprint(workbook());
const fp1 = reviewedContentFingerprint(workbook({ Data: sheet("Data", [["lain"]]) }));

/** A paraf at `fp`, unwrapped. */
function paraf(state: ParafState, fp: string, hour = 9): { state: ParafState; entry: LogEntry[] } {
  const r = recordParaf(state, { step: 6, by: kabag.nip, at: at(hour), fingerprint: fp }, setup);
  if (!r.ok || !r.logEntry) throw new Error(JSON.stringify(r));
  return { state: r.state, entry: appendLog([], r.logEntry) };
}

/** A cell set to a value, or to a formula (keeping the old cached result). */
type Edit = { value: CellValue; formula?: string };

describe("the fingerprint of the reviewed content", () => {
  const grid = fc.array(
    fc.array(fc.oneof(fc.integer(), fc.string({ minLength: 1 }), fc.boolean()), { maxLength: 5 }),
    {
      maxLength: 5,
    },
  );

  it("ignores other sheets, formula results, trailing empty cells and rows, and the sheet's case", () => {
    const withTrailing = {
      ...data,
      values: data.values.map((r) => [...r, null, ""]).concat([[], [null, ""]]),
      formulas: dataFormulas,
    };
    expect(reviewedContentFingerprint(workbook({ Data: withTrailing }))).toBe(fp0);
    expect(reviewedContentFingerprint(workbook({ Pengaturan: sheet("Pengaturan", [["diubah"]]) }))).toBe(fp0);
    expect(reviewedContentFingerprint(workbook().reverse())).toBe(fp0);
    const recalculated = sheet("Analisis", [["Capaian rata-rata"], [77]], [[null], ["=AVERAGE(Data!E:E)"]]);
    expect(reviewedContentFingerprint(workbook({ Analisis: recalculated }))).toBe(fp0);
    expect(reviewedContentFingerprint(workbook().map((s) => ({ ...s, name: s.name.toUpperCase() })))).toBe(
      fp0,
    );
  });

  it("counts a missing sheet, and tells it from an empty one", () => {
    const without = workbook().filter((s) => s.name !== "Analisis");
    expect(reviewedContentFingerprint(without)).not.toBe(fp0);
    expect(reviewedContentFingerprint([...without, sheet("Analisis", [])])).not.toBe(
      reviewedContentFingerprint(without),
    );
  });

  it("changes with any change of a value or formula in Data, Analisis or Laporan, and with nothing elsewhere", () => {
    fc.assert(
      fc.property(
        grid,
        fc.constantFrom(...REVIEWED),
        fc.nat({ max: 6 }),
        fc.nat({ max: 6 }),
        fc.oneof<fc.Arbitrary<Edit>[]>(
          fc.integer().map((n) => ({ value: n })),
          fc.string({ minLength: 1 }).map((s) => ({ value: s })),
          fc.constant({ value: null }),
          fc.string({ minLength: 1 }).map((f) => ({ value: null, formula: `=${f}` })),
        ),
        (values, name, row, col, next) => {
          const base = [
            sheet("Data", values),
            sheet("Analisis", values),
            sheet("Laporan", values),
            sheet("Lain", values),
          ];
          const before = reviewedContentFingerprint(base);
          const old = values[row]?.[col] ?? null;
          const grid2: CellValue[][] = Array.from({ length: Math.max(values.length, row + 1) }, (_, r) => [
            ...(values[r] ?? []),
          ]);
          const target = grid2[row]!;
          while (target.length <= col) target.push(null);
          // A new formula keeps the old cached result: only the formula itself can tell.
          target[col] = next.formula ? old : next.value;
          const formulas = next.formula
            ? grid2.map((r, i) => r.map((_, j) => (i === row && j === col ? next.formula! : null)))
            : undefined;
          const changed = sheet(name, grid2, formulas);
          const after = reviewedContentFingerprint(base.map((s) => (s.name === name ? changed : s)));
          const same = !next.formula && (next.value === old || (next.value === null && old === null));
          expect(after === before).toBe(same);
          const elsewhere = base.map((s) => (s.name === "Lain" ? { ...changed, name: "Lain" } : s));
          expect(reviewedContentFingerprint(elsewhere)).toBe(before);
        },
      ),
    );
  });
});

describe("the fingerprint and the Laporan", () => {
  const unrelated = fc.record({
    name: fc.constantFrom("Lain", "SOP", "Catatan", "Grafik"),
    values: fc.array(fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 4 }), { maxLength: 4 }),
  });

  it("does not change with the order of the sheets, an unrelated sheet, or a re-save", () => {
    const book = workbook();
    fc.assert(
      fc.property(
        fc.shuffledSubarray(book, { minLength: book.length, maxLength: book.length }),
        fc.option(unrelated, { nil: undefined }),
        fc.integer(),
        (shuffled, extra, recalculated) => {
          // A re-save: formula results recalculated, the sheet names cased as another host writes them.
          const resaved = shuffled.map((s) =>
            s.name === "Laporan"
              ? { ...s, name: "LAPORAN", values: [...s.values.slice(0, 2), [recalculated]] }
              : s,
          );
          const sheets = extra ? [...resaved, sheet(extra.name, extra.values)] : resaved;
          expect(reviewedContentFingerprint(sheets)).toBe(fp0);
        },
      ),
    );
  });

  it("of an older master without a Laporan is the one recorded before the Laporan was covered", () => {
    const old = [sheet("Pengaturan", [["PENGATURAN"]]), sheet("Data", OLD_DATA), sheet("Log", [["LOG"]])];
    expect(reviewedContentFingerprint(old)).toBe(OLD_FINGERPRINT);
    // A Laporan, even an empty one, makes it another content.
    expect(reviewedContentFingerprint([...old, sheet("Laporan", [])])).not.toBe(OLD_FINGERPRINT);
    expect(reviewedContentFingerprint([...old, laporan])).not.toBe(OLD_FINGERPRINT);
  });

  it("keeps an older paraf valid until Data changes or a Laporan is built, then says it no longer holds", () => {
    const recorded = paraf(emptyParafState(), OLD_FINGERPRINT).state;
    const old = [sheet("Data", OLD_DATA)];
    expect(parafValidity(recorded, reviewedContentFingerprint(old)).valid).toBe(true);
    const withLaporan = reviewedContentFingerprint([...old, laporan]);
    expect(parafValidity(recorded, withLaporan)).toMatchObject({
      valid: false,
      stale: [{ step: 6, recorded: OLD_FINGERPRINT, current: withLaporan }],
    });
    const changed = reviewedContentFingerprint([sheet("Data", [OLD_DATA[0]!, ["Persentase", 81]])]);
    expect(parafValidity(recorded, changed).valid).toBe(false);
  });

  it("voids the paraf when the Laporan is rebuilt with another sentence or figure, or removed", () => {
    const { state } = paraf(emptyParafState(), fp0);
    const rebuilt = (values: CellValue[][], formulas: (string | null)[][]) =>
      reviewedContentFingerprint(workbook({ Laporan: sheet("Laporan", values, formulas) }));
    const same = rebuilt(laporan.values, laporan.formulas!);
    expect(parafValidity(state, same).valid).toBe(true);
    const sentence = rebuilt(
      [laporan.values[0]!, ["Capaian rata-rata sebesar 55,00 %."], [55]],
      laporan.formulas!,
    );
    expect(parafValidity(state, sentence).valid).toBe(false);
    const figure = rebuilt(laporan.values, [[null], [null], ["=Analisis!B2"]]);
    expect(parafValidity(state, figure).valid).toBe(false);
    const removed = reviewedContentFingerprint(workbook().filter((s) => s.name !== "Laporan"));
    expect(parafValidity(state, removed).valid).toBe(false);
  });
});

describe("recording a paraf and a signature", () => {
  it("records the configured official's paraf with nama, jabatan, NIP, time and fingerprint, and a log entry", () => {
    const r = recordParaf(emptyParafState(), { step: 6, by: kabag.nip, at: at(9), fingerprint: fp0 }, setup);
    expect(r).toEqual({
      ok: true,
      state: {
        type: "kertas-kerja-sakip/paraf",
        version: 1,
        records: [
          { step: 6, nama: kabag.nama, jabatan: kabag.jabatan, nip: kabag.nip, at: at(9), fingerprint: fp0 },
        ],
      },
      logEntry: expect.objectContaining({
        action: "paraf",
        fingerprint: fp0,
        who: { nama: kabag.nama, jabatan: kabag.jabatan, nip: kabag.nip },
      }),
    });
    if (!r.ok) return;
    expect(recordParaf(r.state, { step: 6, by: kabag.nip, at: at(10), fingerprint: fp0 }, setup)).toEqual({
      ok: true,
      state: r.state,
      logEntry: null,
    });
  });

  it.each([
    ["a malformed NIP", 6, "19780315200501200", "paraf.nip-invalid"],
    ["a NIP whose birth date is not a date", 6, "197813452005012009", "paraf.nip-invalid"],
    ["a NIP nobody holds (wrong NIP)", 6, "198001012005011001", "paraf.unknown-official"],
    ["the Sekda's NIP for the paraf (wrong role)", 6, sekda.nip, "paraf.wrong-role"],
    ["the Kabag's NIP for the signature (wrong role)", 7, kabag.nip, "paraf.wrong-role"],
    ["a step without paraf", 5, kabag.nip, "paraf.step"],
  ])("refuses %s", (_, step, by, code) => {
    const r = recordParaf(emptyParafState(), { step, by, at: at(9), fingerprint: fp0 }, setup);
    expect(r).toMatchObject({ ok: false, issue: { severity: "error", code, found: step === 5 ? "5" : by } });
    if (!r.ok) expect(r.issue.message).toMatch(/[a-z]/);
  });

  it("refuses when nobody holds the role, and names the right official when the NIP is wrong", () => {
    const noKabag = makeSetup({ pejabat: [sekda] });
    expect(
      recordParaf(emptyParafState(), { step: 6, by: kabag.nip, at: at(9), fingerprint: fp0 }, noKabag),
    ).toMatchObject({
      ok: false,
      issue: { code: "paraf.role-not-configured", sheet: "Pengaturan" },
    });
    const wrong = recordParaf(
      emptyParafState(),
      { step: 7, by: "198001012005011001", at: at(9), fingerprint: fp0 },
      setup,
    );
    expect(wrong).toMatchObject({ ok: false, issue: { expected: `${sekda.nama} (NIP ${sekda.nip})` } });
  });

  it("refuses a time without zone or a fingerprint that is not SHA-256", () => {
    const bad = (over: object) =>
      recordParaf(emptyParafState(), { step: 6, by: kabag.nip, at: at(9), fingerprint: fp0, ...over }, setup);
    expect(bad({ at: "2026-07-20 09:00" })).toMatchObject({ ok: false, issue: { code: "paraf.time" } });
    expect(bad({ fingerprint: "abc" })).toMatchObject({ ok: false, issue: { code: "paraf.fingerprint" } });
  });

  it("refuses the signature before the paraf, and after a stale paraf until it is renewed", () => {
    const sign = (state: ParafState, fingerprint: string) =>
      recordParaf(state, { step: 7, by: sekda.nip, at: at(11), fingerprint }, setup);
    expect(sign(emptyParafState(), fp0)).toMatchObject({ ok: false, issue: { code: "paraf.missing" } });
    const afterParaf = paraf(emptyParafState(), fp0).state;
    expect(sign(afterParaf, fp1)).toMatchObject({
      ok: false,
      issue: { code: "paraf.stale", found: fp0, expected: fp1 },
    });
    const renewed = paraf(afterParaf, fp1, 10).state;
    expect(sign(renewed, fp1)).toMatchObject({
      ok: true,
      logEntry: { action: "signature", fingerprint: fp1 },
    });
  });
});

describe("paraf validity", () => {
  it("is valid over the same content and stale over other content, naming recorded and current", () => {
    const { state } = paraf(emptyParafState(), fp0);
    expect(parafValidity(state, fp0)).toMatchObject({ valid: true, stale: [], logEntry: null });
    expect(parafValidity(state, fp1)).toMatchObject({
      valid: false,
      stale: [{ step: 6, status: "stale", recorded: fp0, current: fp1, record: { nip: kabag.nip } }],
      logEntry: null,
    });
    expect(parafValidity(emptyParafState(), fp1)).toMatchObject({ valid: true, checks: [] });
  });

  it("logs an invalidation once per new content since the last paraf or signature", () => {
    const first = paraf(emptyParafState(), fp0);
    let log = first.entry;
    const check = (fp: string, hour: number) =>
      parafValidity(first.state, fp, { log, at: at(hour) }).logEntry;
    const inv = check(fp1, 12);
    expect(inv).toMatchObject({ action: "invalidation", fingerprint: fp1, at: at(12) });
    expect(inv!.detail).toContain("paraf Kepala Bagian Umum dan Keuangan");
    log = appendLog(log, inv!);
    expect(check(fp1, 13)).toBeNull();
    const fp2 = "2".repeat(64);
    log = appendLog(log, check(fp2, 14)!);
    expect(check(fp2, 15)).toBeNull();
    expect(check(fp1, 16)).toBeNull();
    expect(check(fp0, 17)).toBeNull(); // back to what was reviewed: valid again
    expect(verifyLog(log)).toEqual([]);
    // A new paraf over fp2; content back to fp1 is a new change after it.
    const renewed = recordParaf(first.state, { step: 6, by: kabag.nip, at: at(18), fingerprint: fp2 }, setup);
    if (!renewed.ok) throw new Error("refused");
    log = appendLog(log, renewed.logEntry!);
    expect(parafValidity(renewed.state, fp1, { log, at: at(19) }).logEntry).toMatchObject({
      fingerprint: fp1,
    });
  });

  it("marks both the paraf and the signature stale when the reviewed content changes after signing", () => {
    const { state } = paraf(emptyParafState(), fp0);
    const signed = recordParaf(state, { step: 7, by: sekda.nip, at: at(11), fingerprint: fp0 }, setup);
    if (!signed.ok) throw new Error("refused");
    const v = parafValidity(signed.state, fp1, { log: [], at: at(12) });
    expect(v.stale.map((c) => c.step)).toEqual([6, 7]);
    expect(v.logEntry!.detail).toContain("tanda tangan Sekretaris Daerah");
    expect(
      parafValidity(signed.state, reviewedContentFingerprint(workbook({ Log: sheet("Log", [["baru"]]) })))
        .valid,
    ).toBe(true);
  });

  it("turns stale on any change of Data, Analisis or Laporan after the paraf, and on nothing else", () => {
    const { state } = paraf(emptyParafState(), fp0);
    fc.assert(
      fc.property(
        fc.constantFrom("Data", "Analisis", "Laporan", "Pengaturan", "Log"),
        fc.nat({ max: 3 }),
        fc.nat({ max: 6 }),
        fc.string({ minLength: 1 }),
        (name, row, col, typed) => {
          const base = workbook().find((s) => s.name === name)!;
          const values = Array.from({ length: Math.max(base.values.length, row + 1) }, (_, r) => [
            ...(base.values[r] ?? []),
          ]);
          while (values[row]!.length <= col) values[row]!.push(null);
          const old = values[row]![col];
          values[row]![col] = typed === old ? `${typed}.` : typed;
          const formulas = base.formulas?.map((r, i) =>
            i === row ? r.map((f, j) => (j === col ? null : f)) : r,
          );
          const fp = reviewedContentFingerprint(
            workbook({ [name]: { ...base, values, ...(formulas ? { formulas } : {}) } }),
          );
          expect(parafValidity(state, fp).valid).toBe(!REVIEWED.includes(name));
        },
      ),
    );
  });
});

describe("the paraf state", () => {
  it("restores what it stored, drops malformed records, and refuses another type or version", () => {
    const { state } = paraf(emptyParafState(), fp0);
    expect(restoreParafState(JSON.parse(JSON.stringify(state)))).toEqual({ state, issues: [] });
    const dirty = { ...state, records: [...state.records, { step: 8 }] };
    expect(restoreParafState(dirty)).toMatchObject({ state, issues: [{ code: "paraf.state" }] });
    expect(restoreParafState({ ...state, version: 2 })).toMatchObject({
      state: emptyParafState(),
      issues: [{ found: "2" }],
    });
    expect(restoreParafState("nonsense")).toMatchObject({
      state: emptyParafState(),
      issues: [{ code: "paraf.state" }],
    });
  });

  it("has a plain sentence saying a paraf here is a record, not a cryptographic signature", () => {
    expect(S.sopLog.paraf.disclaimer).toMatch(/catatan/);
    expect(S.sopLog.paraf.disclaimer).toMatch(/bukan tanda tangan elektronik/);
  });
});
