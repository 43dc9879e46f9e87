import { prepareRound, defaultReview } from "../../src/app/round";
import type { RoundInputs } from "../../src/app/round-types";
import { col, colIndex, KK_ROWS } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import { planRowHash, readMeta, type KertasKerjaMeta } from "../../src/domain/kertas-kerja/kertas-kerja-meta";
import type { BagianCode, IndicatorKey, Kode, PriorValue } from "../../src/domain/shared/types";
import type { CellPlan, SheetPlan } from "../../src/sheet/plan";
import { readPriorReport } from "../../src/domain/inputs/prior-reader";
import { snapshotOfPlan } from "../support/plan-snapshot";
import { makeSetup, smallDpa, kode } from "./../support/round-fixture";

const inputs = (over: Partial<RoundInputs> = {}): RoundInputs => ({
  setup: makeSetup(),
  dpa: smallDpa(),
  prior: [],
  reviews: {},
  assignments: {},
  generatedAt: "2026-06-20T02:00:00.000Z",
  ...over,
});

const cellAt = (plan: SheetPlan, row: number, column: keyof typeof colIndex): CellPlan | null | undefined =>
  plan.rows[row - 1]?.[colIndex[column]];

function metaOf(plans: SheetPlan[]): KertasKerjaMeta {
  const metaPlan = plans[1]!;
  const values = metaPlan.rows.map((r) => r.map((c) => (c?.value ?? null) as string | number | null));
  const read = readMeta({ name: metaPlan.name, visibility: "veryHidden", values });
  if (!read.ok) throw new Error(read.issue.message);
  return read.meta;
}

describe("prepareRound", () => {
  it("makes one kertas kerja per Bagian that has indicators, and reports the unassigned sub kegiatan", () => {
    const prep = prepareRound(inputs());
    expect(
      prep.kertasKerja.map((k) => [k.bagian.kode, k.sheetName, k.indicatorCount, k.subKegiatanCount, k.pagu]),
    ).toEqual([
      ["PEM", "KK Pemerintahan", 2, 1, 1_250_000_000],
      ["ORG", "KK Organisasi", 3, 1, 250_000_000],
    ]);
    const unassigned = prep.issues.filter((i) => i.code === "round.bagian.unassigned");
    expect(unassigned).toHaveLength(1);
    expect(unassigned[0]!.message).toContain("4.01.02.2.01.0002");
    expect(unassigned[0]!.row).toBeGreaterThan(0);
  });

  it("puts a sub kegiatan the user assigned under that Bagian", () => {
    const prep = prepareRound(
      inputs({
        assignments: { [kode("4.01.02.2.01.0002")]: "PEM" as BagianCode } as Partial<
          Record<Kode, BagianCode>
        >,
      }),
    );
    const pem = prep.kertasKerja.find((k) => k.bagian.kode === "PEM")!;
    expect(pem.indicatorCount).toBe(3);
    expect(pem.pagu).toBe(1_330_000_000);
    expect(prep.issues.filter((i) => i.code === "round.bagian.unassigned")).toHaveLength(0);
  });

  it("groups rows program → kegiatan → sub kegiatan → indicators, with program indicators under the program", () => {
    const org = prepareRound(inputs()).kertasKerja.find((k) => k.bagian.kode === "ORG")!;
    const plan = org.plans[0]!;
    const first = KK_ROWS.firstData;
    const column = (c: keyof typeof colIndex) =>
      [0, 1, 2, 3, 4, 5].map((i) => cellAt(plan, first + i, c)?.value ?? null);
    expect(column("kode")).toEqual(["4.01.01", null, "4.01.01.2.13", "4.01.01.2.13.0003", null, null]);
    expect(column("indikator")).toEqual([
      null,
      "Nilai SAKIP Sekretariat Daerah",
      null,
      null,
      "Jumlah Dokumen Evaluasi Kinerja",
      "Persentase rekomendasi LHE yang ditindaklanjuti",
    ]);
    // The program's pagu sums its sub kegiatan rows on this sheet.
    expect(cellAt(plan, first, "pagu")?.formula).toBe(`SUM(${col.pagu}${first + 3})`);
    expect(cellAt(plan, first + 3, "pagu")?.value).toBe(250_000_000);
  });

  it("opens only the current quarter, the Bagian's texts and the realisasi anggaran for input", () => {
    const pem = prepareRound(inputs()).kertasKerja.find((k) => k.bagian.kode === "PEM")!;
    const plan = pem.plans[0]!;
    const indicatorRow = KK_ROWS.firstData + 3; // program, kegiatan, sub kegiatan, then the indicator
    const unlocked = Object.keys(colIndex).filter(
      (c) => cellAt(plan, indicatorRow, c as keyof typeof colIndex)?.locked === false,
    );
    // TW1 had no prior value, so it stays open beside the current quarter TW2.
    expect(unlocked).toEqual([
      "realisasiTw1",
      "realisasiTw2",
      "pendorong",
      "penghambat",
      "tindakLanjut",
      "buktiDukung",
    ]);
    expect(cellAt(plan, indicatorRow - 1, "realisasiAnggaran")?.locked).toBe(false);
    expect(cellAt(plan, indicatorRow - 3, "realisasiAnggaran")?.locked).toBeUndefined();
    expect(plan.protection).toEqual({});
  });

  it("pre-fills and locks earlier quarters from the prior report, and shows last year's realisasi", () => {
    const dpa = smallDpa();
    const ind = dpa.nodes.find((n) => n.kode === "4.01.02.2.01.0001")!.indicators[0]!;
    const prior: PriorValue[] = [
      {
        kode: ind.key.split("|")[0] as Kode,
        indicatorText: ind.text,
        tahun: 2026,
        periode: "TW1",
        realisasi: 3,
        target: 3,
        source: { sheet: "P", row: 3 },
      },
      {
        kode: ind.key.split("|")[0] as Kode,
        indicatorText: ind.text,
        tahun: 2025,
        periode: "TAHUNAN",
        realisasi: 11,
        target: 12,
        source: { sheet: "P", row: 4 },
      },
    ];
    const pem = prepareRound(inputs({ dpa, prior })).kertasKerja.find((k) => k.bagian.kode === "PEM")!;
    const plan = pem.plans[0]!;
    const row = KK_ROWS.firstData + 3;
    expect(cellAt(plan, row, "realisasiTw1")).toMatchObject({ value: 3 });
    expect(cellAt(plan, row, "realisasiTw1")?.locked).toBeUndefined();
    expect(cellAt(plan, row, "realisasiLalu")?.value).toBe(11);
    expect(cellAt(plan, row, "realisasiTw2")?.locked).toBe(false);
  });

  it("applies the reviewed polarity, aggregation and quarterly targets", () => {
    const dpa = smallDpa();
    const ind = dpa.nodes.find((n) => n.kode === "4.01.02.2.01.0001")!.indicators[0]!;
    const review = {
      ...defaultReview(ind),
      polarity: "negatif" as const,
      targetTw: [1, 2, 3, 6] as [number, number, number, number],
    };
    const pem = prepareRound(
      inputs({ dpa, reviews: { [ind.key]: review } as Partial<Record<IndicatorKey, typeof review>> }),
    ).kertasKerja.find((k) => k.bagian.kode === "PEM")!;
    const plan = pem.plans[0]!;
    const row = KK_ROWS.firstData + 3;
    expect(cellAt(plan, row, "polaritas")?.value).toBe("Negatif");
    expect(
      [1, 2, 3, 4].map((q) => cellAt(plan, row, `targetTw${q}` as keyof typeof colIndex)?.value),
    ).toEqual([1, 2, 3, 6]);
    expect(cellAt(plan, row, "capaian")?.formula).toContain("(2*");
  });

  it("defaults to positif, kumulatif, equal quarters", () => {
    const ind = smallDpa().nodes.find((n) => n.kode === "4.01.02.2.01.0001")!.indicators[0]!;
    expect(defaultReview(ind)).toEqual({
      polarity: "positif",
      aggregation: "kumulatif",
      spread: "equal",
      targetTw: [3, 3, 3, 3],
    });
  });

  it("carries versioned metadata with a key per row and a fingerprint of the locked content", () => {
    const prep = prepareRound(inputs());
    const org = prep.kertasKerja.find((k) => k.bagian.kode === "ORG")!;
    const meta = metaOf(org.plans);
    expect(meta).toMatchObject({
      type: "kertas-kerja-sakip/kertas-kerja",
      version: 1,
      templateVersion: 1,
      instansi: "Sekretariat Daerah Kabupaten Tapin",
      bagian: { kode: "ORG", nama: "Bagian Organisasi" },
      tahun: 2026,
      periode: "TW2",
      sheetName: "KK Organisasi",
    });
    expect(meta.rows.map((r) => r.kind)).toEqual([
      "program",
      "indicator",
      "kegiatan",
      "subkegiatan",
      "indicator",
      "indicator",
    ]);
    expect(meta.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(org.plans[1]!.visibility).toBe("veryHidden");
    // Deterministic: the same inputs give the same fingerprint.
    expect(
      metaOf(prepareRound(inputs()).kertasKerja.find((k) => k.bagian.kode === "ORG")!.plans).fingerprint,
    ).toBe(meta.fingerprint);
  });

  it("a row hash changes with a locked cell, not with an input cell", () => {
    const org = prepareRound(inputs()).kertasKerja.find((k) => k.bagian.kode === "ORG")!;
    const plan = org.plans[0]!;
    const meta = metaOf(org.plans);
    const ref = meta.rows.find((r) => r.kind === "indicator")!;
    const planRow = plan.rows[ref.row - 1]!.map((c) => (c ? { ...c } : c));
    expect(planRowHash(planRow, ref.row, ref.open)).toBe(ref.hash);
    planRow[colIndex.realisasiTw2] = { value: 42, locked: false };
    planRow[colIndex.pendorong] = { value: "dukungan pimpinan", locked: false };
    expect(planRowHash(planRow, ref.row, ref.open)).toBe(ref.hash);
    planRow[colIndex.targetTahunan] = { value: 1 };
    expect(planRowHash(planRow, ref.row, ref.open)).not.toBe(ref.hash);
  });

  it("a moved row keeps its hash (its own row number does not count)", () => {
    const org = prepareRound(inputs()).kertasKerja.find((k) => k.bagian.kode === "ORG")!;
    const meta = metaOf(org.plans);
    const ref = meta.rows.find((r) => r.kind === "indicator")!;
    const moved = org.plans[0]!.rows[ref.row - 1]!.map((c) =>
      c?.formula
        ? {
            ...c,
            formula: c.formula.replace(new RegExp(`([A-Z])${ref.row}(?![0-9])`, "g"), `$1${ref.row + 7}`),
          }
        : c,
    );
    expect(planRowHash(moved, ref.row + 7, ref.open)).toBe(ref.hash);
  });
});

describe("a kertas kerja of the previous period as the prior report", () => {
  it("pre-fills and locks the quarter the Bagian reported then", () => {
    const tw1 = prepareRound({ ...inputs(), setup: makeSetup({}, "TW1") }).kertasKerja.find(
      (k) => k.bagian.kode === "PEM",
    )!;
    const plan = tw1.plans[0]!;
    // The Bagian fills TW I: 3 and 9 for its two indicators.
    let n = 0;
    const filled = plan.rows.map((r) =>
      r.map((c, i) =>
        c?.locked === false && i === colIndex.realisasiTw1 ? { ...c, value: [3, 9][n++] ?? null } : c,
      ),
    );
    const prior = readPriorReport(snapshotOfPlan({ ...plan, rows: filled }), tw1.fileName);
    expect(prior.values.map((v) => [v.kode, v.periode, v.tahun, v.realisasi])).toEqual([
      ["4.01.02.2.01.0001", "TW1", 2026, 3],
      ["4.01.02.2.01.0001", "TW1", 2026, 9],
    ]);
    const tw2 = prepareRound(inputs({ prior: prior.values })).kertasKerja.find(
      (k) => k.bagian.kode === "PEM",
    )!;
    const matchIssues = prepareRound(inputs({ prior: prior.values })).issues.filter((i) =>
      i.code.startsWith("prior.match"),
    );
    // Every reported value found its indicator (the others only lack a prior value).
    expect(matchIssues.filter((i) => i.severity !== "info")).toEqual([]);
    const first = KK_ROWS.firstData + 3;
    for (const [offset, expected] of [
      [0, 3],
      [1, 9],
    ] as const) {
      const cell = cellAt(tw2.plans[0]!, first + offset, "realisasiTw1");
      expect(cell?.value).toBe(expected);
      expect(cell?.locked).toBeUndefined();
    }
  });
});

describe("readMeta never throws", () => {
  it.each(["null", "42", "[1,2]", '"teks"', "{"])("metadata JSON %s is refused with an issue", (json) => {
    const values = [["kertas-kerja-sakip/metadata", 1], ["catatan"], [json]];
    const read = readMeta({ name: "_kk_meta_X", visibility: "veryHidden", values });
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.issue).toMatchObject({ severity: "error", code: "kk.meta.unreadable", cell: "A1" });
  });
});
