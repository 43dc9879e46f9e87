import fc from "fast-check";
import { dataRowsOf } from "../../../src/domain/analysis/analysis";
import {
  DATA_COLUMNS,
  DATA_ROWS,
  dataCol,
  dataColIndex,
  FORMULA_COLUMNS,
  instantSerial,
  type DataColumn,
} from "../../../src/domain/ledger/data-layout";
import {
  DATA_SHEET,
  dataSheetPlan,
  readDataSheet,
  sortSubmissions,
} from "../../../src/domain/ledger/data-sheet";
import { REVIEWED_SHEETS } from "../../../src/domain/sop/paraf";
import {
  readRiwayatSheet,
  riwayatSheetPlan,
  RIWAYAT_SHEET,
  type RiwayatEntry,
} from "../../../src/domain/ledger/riwayat-sheet";
import type { CellValue, SheetSnapshot } from "../../../src/sheet/plan";
import { S } from "../../../src/strings";
import { snapshotOfPlan } from "../../support/plan-snapshot";
import {
  anggaranRow,
  arbBagianKode,
  arbSubmission,
  indicatorRow,
  NASTY_TEXTS,
  setupWith,
  submission,
} from "../../support/submission-fixture";
import type { Kode } from "../../../src/domain/shared/types";

const setup = setupWith(["PEM", "ORG", "HUK", "UMUM"]);
const kodes = setup.bagian.map((b) => b.kode as string);
const C = S.analysis.data.columns;

/** Subs of distinct Bagian of the setup (and maybe one unknown), in any order. */
const arbSubs = fc
  .uniqueArray(fc.oneof(fc.constantFrom(...kodes), arbBagianKode), {
    maxLength: 5,
    selector: (k) => k.toUpperCase(),
  })
  .chain((ks) => fc.tuple(...ks.map((k) => arbSubmission(fc.constant(k)))));

describe("Data sheet", () => {
  test("names the sheets the paraf reviews", () => {
    expect(DATA_SHEET).toBe("Data");
    expect(REVIEWED_SHEETS).toEqual(["Data", "Analisis", "Laporan"]);
  });

  test("round trip: reading the written sheet gives the submissions back, in Data order", () => {
    fc.assert(
      fc.property(arbSubs, (subs) => {
        const read = readDataSheet(snapshotOfPlan(dataSheetPlan(setup, subs)));
        expect(read.issues).toEqual([]);
        expect(read.submissions).toEqual(sortSubmissions(setup, subs));
      }),
      { numRuns: 300 },
    );
  });

  test("round trip is exact for submissions already in setup order", () => {
    fc.assert(
      fc.property(
        fc.subarray(kodes).chain((ks) => fc.tuple(...ks.map((k) => arbSubmission(fc.constant(k))))),
        (subs) => {
          expect(readDataSheet(snapshotOfPlan(dataSheetPlan(setup, subs))).submissions).toEqual(subs);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("the sheet does not depend on the order files were picked", () => {
    fc.assert(
      fc.property(
        arbSubs.chain((subs) =>
          fc.tuple(fc.constant(subs), fc.shuffledSubarray(subs, { minLength: subs.length })),
        ),
        ([subs, shuffled]) => {
          expect(dataSheetPlan(setup, shuffled)).toEqual(dataSheetPlan(setup, subs));
        },
      ),
      { numRuns: 100 },
    );
  });

  test("texts stay plan values, never formulas, and nothing else is a formula", () => {
    const rows = NASTY_TEXTS.map((t, i) =>
      indicatorRow({ key: `k${i}`, pendorong: t, buktiDukung: t, indikator: t }),
    );
    const plan = dataSheetPlan(setup, [submission("PEM", rows, { importedBy: "=cmd()" })]);
    const formulaColumns = new Set<DataColumn>(FORMULA_COLUMNS);
    plan.rows.slice(DATA_ROWS.firstData - 1).forEach((row, i) => {
      const t = NASTY_TEXTS[i]!;
      expect(row[dataColIndex.pendorong]).toMatchObject({ value: t });
      expect(row[dataColIndex.pendorong]?.formula).toBeUndefined();
      expect(row[dataColIndex.diimporOleh]).toMatchObject({ value: "=cmd()" });
      row.forEach((cell, c) => {
        if (cell?.formula !== undefined) expect(formulaColumns.has(DATA_COLUMNS[c]!)).toBe(true);
      });
    });
  });

  test("a bukti dukung link is a hyperlink only when it is http(s)", () => {
    const urls = [
      "https://x.id/sk.pdf",
      "http://x.id/a",
      "javascript:alert(1)",
      "file:///C:/a.pdf",
      "ftp://x/y",
      "\\\\srv\\a",
    ];
    const rows = urls.map((u, i) => indicatorRow({ key: `k${i}`, buktiDukung: "SK 5", buktiDukungUrl: u }));
    const plan = dataSheetPlan(setup, [submission("PEM", rows)]);
    const linked = plan.rows
      .slice(DATA_ROWS.firstData - 1)
      .map((r) => [r[dataColIndex.buktiDukung]?.hyperlink, r[dataColIndex.buktiDukungUrl]?.hyperlink]);
    expect(linked).toEqual([
      ["https://x.id/sk.pdf", "https://x.id/sk.pdf"],
      ["http://x.id/a", "http://x.id/a"],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  test("instants keep their text and get a date-time serial in the round's zone", () => {
    const sub = submission("PEM", [indicatorRow({ key: "a" })], {
      file: { name: "a.xlsx", sha256: "0".repeat(64), size: 1, savedAt: "2026-07-15T16:00:00Z" },
      importedAt: "2026-07-16T08:30:00+08:00",
    });
    const row = dataSheetPlan(setup, [sub]).rows[DATA_ROWS.firstData - 1]!;
    expect(row[dataColIndex.dikirimPada]?.value).toBe("2026-07-15T16:00:00Z");
    // 16 July 2026 00:00 WITA: 2026-07-16 is serial 46219 (1970-01-01 = 25569, + 20650 days).
    expect(row[dataColIndex.dikirimSerial]?.value).toBe(46219);
    expect(row[dataColIndex.diimporSerial]?.value).toBeCloseTo(46219 + 8.5 / 24, 10);
    expect(instantSerial("bukan waktu", 480)).toBeNull();
    expect(instantSerial("2026-07-16T00:00:00", 480)).toBe(46219);
  });

  test("layout: title, header frozen, one row per submitted row, a submission without rows keeps one", () => {
    const subs = [
      submission("ORG", [
        indicatorRow({ key: "o1" }),
        anggaranRow({ subKegiatanKode: "4.01.01.2.01.0001" as Kode, pagu: 10, realisasiAnggaran: 5 }),
      ]),
      submission("PEM", []),
    ];
    const plan = dataSheetPlan(setup, subs);
    expect(plan.name).toBe("Data");
    expect(plan.protection).toEqual({});
    expect(plan.freeze?.rows).toBe(DATA_ROWS.header);
    expect(plan.rows[DATA_ROWS.header - 1]?.map((c) => c?.value)).toEqual(DATA_COLUMNS.map((c) => C[c]));
    const data = plan.rows.slice(DATA_ROWS.firstData - 1);
    expect(
      data.map((r) => [
        r[dataColIndex.bagianKode]?.value,
        r[dataColIndex.urutan]?.value,
        r[dataColIndex.kunci]?.value ?? null,
      ]),
    ).toEqual([
      ["PEM", 0, null],
      ["ORG", 1, "o1"],
      ["ORG", 2, "4.01.01.2.01.0001"],
    ]);
    // dataRowsOf, which the Analisis formulas use, points at the same rows.
    for (const ref of dataRowsOf(setup, subs)) {
      expect(plan.rows[ref.dataRow - 1]?.[dataColIndex.kunci]?.value ?? null).toBe(ref.row?.key ?? null);
    }
    expect(plan.columns[dataColIndex.pagu]).toBeDefined();
    expect(plan.styles.money?.numberFormat).toBe("#,##0");
  });

  test("a header found by its labels: moved columns still read", () => {
    const subs = [submission("PEM", [indicatorRow({ key: "a", realisasiTw: [1, 2, null, null] })])];
    const snap = snapshotOfPlan(dataSheetPlan(setup, subs));
    const swap = (row: CellValue[]) => {
      const r = [...row];
      [r[dataColIndex.pagu], r[dataColIndex.bagianKode]] = [
        r[dataColIndex.bagianKode] ?? null,
        r[dataColIndex.pagu] ?? null,
      ];
      return r;
    };
    const moved: SheetSnapshot = {
      ...snap,
      values: snap.values.map((r, i) => (i >= DATA_ROWS.header - 1 ? swap(r) : r)),
    };
    expect(readDataSheet(moved)).toEqual({ submissions: subs, issues: [] });
  });

  test("a damaged sheet is reported, never thrown", () => {
    const subs = [submission("PEM", [indicatorRow({ key: "a" }), indicatorRow({ key: "b" })])];
    const snap = snapshotOfPlan(dataSheetPlan(setup, subs));
    const first = DATA_ROWS.firstData - 1;
    const values = snap.values.map((r) => [...r]);
    values[first]![dataColIndex.realisasiTw1] = "banyak";
    values[first + 1]![dataColIndex.jenisBaris] = "Lain";
    const read = readDataSheet({ ...snap, values }, "master.xlsx");
    expect(read.issues.map((i) => [i.severity, i.code, i.cell, i.file, i.sheet])).toEqual([
      ["error", "data.cell.invalid", `${dataCol.realisasiTw1}${DATA_ROWS.firstData}`, "master.xlsx", "Data"],
      [
        "error",
        "data.cell.invalid",
        `${dataCol.jenisBaris}${DATA_ROWS.firstData + 1}`,
        "master.xlsx",
        "Data",
      ],
      ["error", "data.row.missing", `${dataCol.jenisBaris}${DATA_ROWS.firstData + 1}`, "master.xlsx", "Data"],
    ]);
    expect(read.issues[0]).toMatchObject({ found: "banyak", expected: "angka" });
    expect(read.submissions[0]?.rows.map((r) => [r.key, r.realisasiTw[0]])).toEqual([["a", null]]);

    const noHeader = readDataSheet({ name: "Data", visibility: "visible", values: [["apa ini"]] });
    expect(noHeader.submissions).toEqual([]);
    expect(noHeader.issues[0]).toMatchObject({ severity: "error", code: "data.header", sheet: "Data" });
    expect(noHeader.issues[0]?.found).toContain(C.bagianKode);

    const future = snap.values.map((r) => [...r]);
    future[DATA_ROWS.marker - 1]![1] = 99;
    expect(readDataSheet({ ...snap, values: future }).issues[0]).toMatchObject({
      code: "data.version",
      found: "99",
    });
  });

  test("rows of one submission that disagree, or skip a number, are warned about", () => {
    const subs = [
      submission("PEM", [indicatorRow({ key: "a" }), indicatorRow({ key: "b" }), indicatorRow({ key: "c" })]),
    ];
    const snap = snapshotOfPlan(dataSheetPlan(setup, subs));
    const values = snap.values.map((r) => [...r]);
    const first = DATA_ROWS.firstData - 1;
    values.splice(first + 1, 1); // row "b" deleted: the numbering jumps from 1 to 3
    const read = readDataSheet({ ...snap, values });
    expect(read.issues.map((i) => [i.severity, i.code])).toEqual([["warning", "data.row.sequence"]]);
    expect(read.submissions[0]?.rows.map((r) => r.key)).toEqual(["a", "c"]);

    const edited = snap.values.map((r) => [...r]);
    edited[first + 2]![dataColIndex.instansi] = "Lain";
    const read2 = readDataSheet({ ...snap, values: edited });
    expect(read2.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "data.row.inconsistent",
        found: "Lain",
        row: first + 3,
      }),
    ]);
    expect(read2.submissions[0]?.instansi).toBe(subs[0]!.instansi);
  });

  test("never throws on an arbitrary grid", () => {
    const cellArb = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 6 }),
      fc.double(),
      fc.boolean(),
      fc.constantFrom(...Object.values(C)),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { maxLength: 70 }), { maxLength: 12 }), (values) => {
        const read = readDataSheet({ name: "Data", visibility: "visible", values });
        expect(Array.isArray(read.issues)).toBe(true);
      }),
    );
  });
});

describe("Riwayat sheet", () => {
  const arbEntries: fc.Arbitrary<RiwayatEntry[]> = fc.array(
    fc.record({
      replacedAt: fc.oneof(
        fc.constantFrom(...NASTY_TEXTS),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
      replacedBy: fc.oneof(fc.constantFrom(...NASTY_TEXTS), fc.string()),
      submission: arbSubmission(fc.oneof(fc.constantFrom(...kodes), arbBagianKode)),
    }),
    { maxLength: 5 },
  );

  test("round trip: the entries come back exactly, in their order", () => {
    fc.assert(
      fc.property(arbEntries, (entries) => {
        const read = readRiwayatSheet(snapshotOfPlan(riwayatSheetPlan(setup, entries)));
        expect(read.issues).toEqual([]);
        expect(read.entries).toEqual(entries);
      }),
      { numRuns: 300 },
    );
  });

  test("the same submission replaced twice stays two entries", () => {
    const sub = submission("PEM", [indicatorRow({ key: "a" })]);
    const entries = [
      { replacedAt: "2026-07-16T08:00:00+08:00", replacedBy: "A", submission: sub },
      { replacedAt: "2026-07-16T08:00:00+08:00", replacedBy: "A", submission: sub },
    ];
    expect(readRiwayatSheet(snapshotOfPlan(riwayatSheetPlan(setup, entries))).entries).toEqual(entries);
  });

  test("Data's columns, then Diganti Pada and Diganti Oleh", () => {
    const plan = riwayatSheetPlan(setup, []);
    expect(plan.name).toBe(RIWAYAT_SHEET);
    expect(plan.rows[DATA_ROWS.header - 1]?.map((c) => c?.value)).toEqual([
      ...DATA_COLUMNS.map((c) => C[c]),
      C.digantiPada,
      C.digantiOleh,
    ]);
    // A Data sheet is not a Riwayat: its header lacks the two columns.
    const asRiwayat = readRiwayatSheet(snapshotOfPlan(dataSheetPlan(setup, [])));
    expect(asRiwayat.issues[0]).toMatchObject({ code: "data.header" });
  });
});
