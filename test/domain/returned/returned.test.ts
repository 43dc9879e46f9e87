import { createHash } from "node:crypto";
import fc from "fast-check";
import { unpackMetaJson, type KertasKerjaMeta } from "../../../src/domain/kertas-kerja/kertas-kerja-meta";
import { assessReturnedFile } from "../../../src/domain/returned/returned";
import type { CellValue } from "../../../src/sheet/plan";
import {
  CONTENT_CASES,
  FILE_LINK,
  HTTP_LINK,
  INJECTED,
  SUB,
  SUB_NO_INDICATOR,
  TEXTS,
  corpusContext,
  corpusFilling,
  corpusFixture,
  editMetaText,
  keyOf,
  rewriteMeta,
  type ReturnedCase,
} from "../../support/returned-corpus-content";
import { EDIT_CASES } from "../../support/returned-corpus-edits";
import { LIBREOFFICE_CASES, PROGRAM_CASES } from "../../support/returned-corpus-programs";
import { issueProblems, lostInputs, missingNamed } from "../../support/returned-corpus-checks";
import { ALL_CASES, codes, fileOf, judge, only, rowByKey, SHEET } from "../../support/returned-judge";
import { describeWithLibreOffice } from "../../support/libreoffice";
import { editKertasKerja, filledKertasKerja } from "../../support/returned-fixture";

const ctx = corpusContext();

let meta: KertasKerjaMeta;
beforeAll(async () => {
  meta = (await corpusFixture()).meta;
});

/** The verdict, the codes, the cells named, every issue well formed, nothing the Bagian wrote lost. */
async function holdsItsCase(name: string, c: ReturnedCase): Promise<void> {
  const { a, file } = await judge(name);
  expect(a.verdict).toBe(c.expect.verdict);
  expect(codes(a)).toEqual([...new Set(c.expect.codes)].sort());
  expect(missingNamed(a, c.expect.named)).toEqual([]);
  expect(issueProblems(a, file.name)).toEqual([]);
  expect(a.submission === null).toBe(c.expect.verdict === "rejected");
  expect(lostInputs(file, a, meta)).toEqual([]);
}

describe("the content corpus", () => {
  it("has at least 22 named cases, each name once", () => {
    expect(CONTENT_CASES.length).toBeGreaterThanOrEqual(22);
    expect(new Set(ALL_CASES.map((c) => c.name)).size).toBe(ALL_CASES.length);
  });

  it.each(
    [...CONTENT_CASES, ...EDIT_CASES, ...PROGRAM_CASES].map((c): [string, ReturnedCase] => [c.name, c]),
  )("%s", holdsItsCase);
});

describeWithLibreOffice("the corpus saved by LibreOffice", () => {
  it.each(LIBREOFFICE_CASES.map((c): [string, ReturnedCase] => [c.name, c]))("%s", holdsItsCase, 90_000);
});

describe("the generated layout the corpus relies on", () => {
  it("puts the rows and the signature where the corpus header says", () => {
    const rows = Object.fromEntries(
      meta.rows.map((r) => [r.kind === "indicator" ? r.locked?.indikator : r.key, r.row]),
    );
    expect(rows).toEqual({
      "4.01.01": 11,
      [`s:${TEXTS.nilai}`]: 12,
      "4.01.01.2.13": 13,
      [SUB]: 14,
      [`s:${TEXTS.dokumen}`]: 15,
      [`s:${TEXTS.persen}`]: 16,
      [`s:${TEXTS.peserta}`]: 17,
      [SUB_NO_INDICATOR]: 18,
    });
    expect(meta.signature).toEqual({ tanggal: "Y21", nama: "Y25", nip: "Y26" });
    expect(ctx.generated?.get("ORG")?.fingerprint).toBe(meta.fingerprint);
  });
});

describe("a clean return", () => {
  it("gives every fact, input and provenance of the submission", async () => {
    const { a, bytes } = await judge("clean");
    const s = a.submission!;
    expect(s.bagian).toEqual({ kode: "ORG", nama: "Bagian Organisasi" });
    expect([s.instansi, s.tahun, s.periode, s.templateVersion]).toEqual([
      "Sekretariat Daerah Kabupaten Tapin",
      2026,
      "TW2",
      1,
    ]);
    expect(s.fingerprint).toBe(meta.fingerprint);
    expect(s.file).toEqual({
      name: "clean.xlsx",
      sha256: createHash("sha256").update(bytes).digest("hex"),
      size: bytes.byteLength,
      savedAt: "2026-07-10T02:00:00.000Z",
    });
    expect(s.signature).toEqual({ tanggal: "2026-07-10", nama: "Siti Rahmah", nip: "198202102008012004" });
    expect(s.rows.map((r) => [r.kind, r.indikator ?? r.key])).toEqual([
      ["indicator", TEXTS.nilai],
      ["indicator", TEXTS.dokumen],
      ["indicator", TEXTS.persen],
      ["indicator", TEXTS.peserta],
      ["anggaran", SUB_NO_INDICATOR],
    ]);

    const nilai = rowByKey(a, keyOf(meta, "nilai"));
    expect(nilai).toMatchObject({
      programKode: "4.01.01",
      programNama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      kegiatanKode: null,
      subKegiatanKode: null,
      satuan: "Nilai",
      polarity: "positif",
      aggregation: "nilai-akhir",
      targetTahunan: 70,
      targetText: null,
      targetTw: [70, 70, 70, 70],
      realisasiLalu: 65,
      realisasiTw: [null, 72, null, null],
      budgetRow: false,
      pagu: null,
      realisasiAnggaran: null,
      pendorong: "Dukungan pimpinan",
      penghambat: null,
      tindakLanjut: "Koordinasi lanjutan",
      sheet: SHEET,
      cells: "M12:AA12",
    });

    const dokumen = rowByKey(a, keyOf(meta, "dokumen"));
    expect(dokumen).toMatchObject({
      programKode: "4.01.01",
      kegiatanKode: "4.01.01.2.13",
      kegiatanNama: "Administrasi Organisasi",
      subKegiatanKode: SUB,
      subKegiatanNama: "Peningkatan Kinerja dan Reformasi Birokrasi",
      aggregation: "kumulatif",
      targetTw: [1, 1, 1, 1],
      realisasiTw: [null, 1, null, null],
      budgetRow: true,
      pagu: 250_000_000,
      realisasiAnggaran: 100_000_000,
      buktiDukung: `https://sakip.tapinkab.go.id/bukti/${keyOf(meta, "dokumen")}`,
      buktiDukungUrl: `https://sakip.tapinkab.go.id/bukti/${keyOf(meta, "dokumen")}`,
      cells: "M15:AA15;V14",
    });

    const persen = rowByKey(a, keyOf(meta, "persen"));
    expect(persen).toMatchObject({
      satuan: "Persen",
      aggregation: "persentase",
      realisasiLalu: 55,
      realisasiTw: [60, 75, null, null],
      budgetRow: false,
      pagu: null,
      cells: "N16:AA16",
    });
    expect(rowByKey(a, keyOf(meta, "peserta"))).toMatchObject({
      targetTahunan: 2000,
      targetTw: [500, 500, 500, 500],
      realisasiTw: [null, 480, null, null],
      cells: "M17:AA17",
    });

    expect(rowByKey(a, SUB_NO_INDICATOR)).toMatchObject({
      kind: "anggaran",
      programKode: "4.01.01",
      kegiatanKode: "4.01.01.2.13",
      subKegiatanKode: SUB_NO_INDICATOR,
      subKegiatanNama: "Fasilitasi Pelayanan Publik",
      indikator: null,
      realisasiTw: [null, null, null, null],
      budgetRow: true,
      pagu: 80_000_000,
      realisasiAnggaran: 32_000_000,
      cells: "V18",
    });
  });
});

describe("inputs as Bagian write them", () => {
  it("reads every unambiguous text form and Excel's percent cells", async () => {
    const { a } = await judge("text number forms");
    expect(rowByKey(a, keyOf(meta, "nilai")).realisasiTw).toEqual([85, 85.5, null, null]);
    expect(rowByKey(a, keyOf(meta, "dokumen")).realisasiTw).toEqual([2, 1.5, null, null]);
    expect(rowByKey(a, keyOf(meta, "persen")).realisasiTw).toEqual([60, 85, null, null]);
    expect(rowByKey(a, keyOf(meta, "peserta")).realisasiTw).toEqual([1234.5, 85, null, null]);
    expect(rowByKey(a, keyOf(meta, "dokumen")).realisasiAnggaran).toBe(100_000_000);
    expect(rowByKey(a, SUB_NO_INDICATOR).realisasiAnggaran).toBe(32_000_000);
  });

  it("names the ambiguous cell with what was found", async () => {
    const { a } = await judge("ambiguous number");
    expect(only(a, "returned.value.ambiguous")).toMatchObject({
      severity: "error",
      file: "ambiguous number.xlsx",
      sheet: SHEET,
      cell: "N15",
      row: 15,
      found: "1.5",
    });
    expect(only(a, "returned.value.ambiguous").expected).toMatch(/angka/);
  });

  it.each([
    ["words in a number cell", "returned.value.not-a-number", "N17", "sudah 480 orang"],
    ["boolean in a number cell", "returned.value.not-a-number", "N15", "TRUE"],
    ["negative realisasi", "returned.value.negative", "N15", "-1"],
    ["excel error value", "returned.value.excel-error", "N17", "#DIV/0!"],
    ["realisasi anggaran as percent", "returned.value.percent-money", "V14", "40%"],
  ])("%s: an error on that cell", async (name, code, cell, found) => {
    const { a } = await judge(name);
    expect(only(a, code)).toMatchObject({ severity: "error", sheet: SHEET, cell, found });
  });

  it("takes a formula's cached number with a warning, and refuses one without", async () => {
    const cached = await judge("formula with cached value in an input");
    expect(only(cached.a, "returned.value.formula")).toMatchObject({
      severity: "warning",
      cell: "N17",
      found: "=400+80",
    });
    expect(rowByKey(cached.a, keyOf(meta, "peserta")).realisasiTw[1]).toBe(480);
    const none = await judge("formula without cached value in an input");
    expect(only(none.a, "returned.value.formula-no-result")).toMatchObject({
      severity: "error",
      cell: "N17",
    });
  });

  it("keeps injected formula-like texts exactly as written", async () => {
    const { a } = await judge("injected formula-like texts");
    const row = rowByKey(a, keyOf(meta, "nilai"));
    expect(row.pendorong).toBe('=HYPERLINK("http://x","klik")');
    expect(row.penghambat).toBe("+cmd|' /C calc'!A0");
    expect(row.tindakLanjut).toBe("@SUM(A1)");
    expect(row.buktiDukung).toBe("-2+3");
    expect(row.buktiDukungUrl).toBeNull();
    expect(INJECTED.buktiDukung).toBe("-2+3");
  });

  it("follows an http(s) hyperlink, never a file: one", async () => {
    const http = await judge("bukti dukung http hyperlink");
    expect(rowByKey(http.a, keyOf(meta, "nilai"))).toMatchObject({
      buktiDukung: "Laporan SAKIP",
      buktiDukungUrl: HTTP_LINK,
    });
    const local = await judge("file hyperlink in bukti dukung");
    expect(only(local.a, "returned.link.not-http")).toMatchObject({
      severity: "info",
      cell: "AA17",
      found: FILE_LINK,
    });
    expect(rowByKey(local.a, keyOf(meta, "peserta"))).toMatchObject({
      buktiDukung: "bukti-peserta.pdf",
      buktiDukungUrl: null,
    });
  });
});

describe("locked content", () => {
  it("names a changed target with found and expected", async () => {
    const { a } = await judge("changed target");
    expect(only(a, "returned.locked.changed")).toMatchObject({
      severity: "error",
      sheet: SHEET,
      cell: "I15",
      row: 15,
      found: "3",
      expected: "1",
    });
  });

  it("names a changed indicator text", async () => {
    const { a } = await judge("changed indicator text");
    expect(only(a, "returned.locked.changed")).toMatchObject({
      cell: "C16",
      found: "Persentase rekomendasi yang ditindaklanjuti",
      expected: TEXTS.persen,
    });
  });

  it("rejects a formula overwritten by a value, naming the cell, the formula expected and the value", async () => {
    const { a } = await judge("formula overwritten by a value");
    const issue = only(a, "returned.locked.formula-overwritten");
    expect(issue).toMatchObject({
      severity: "error",
      sheet: SHEET,
      cell: "S15",
      row: 15,
      found: "100",
      expected: '=IF(R15="","",IF(OR(Q15="",Q15=0),"",ROUND(R15/Q15*100,2)))',
    });
    expect(issue.message).toContain("S15");
    expect(issue.message).toContain("Capaian");
    expect(a.submission).toBeNull();
  });

  it("names the formula a changed one should be, and the sum of a program rebuilt from its sub kegiatan", async () => {
    expect(
      only((await judge("capaian formula replaced by another formula")).a, "returned.locked.formula-changed"),
    ).toMatchObject({ severity: "error", cell: "S15", found: "=100" });
    expect(
      only((await judge("pagu of a program overwritten")).a, "returned.locked.formula-overwritten"),
    ).toMatchObject({
      cell: "U11",
      found: "330.000.000",
      expected: "=SUM(U14,U18)",
    });
  });

  it("writes the formula expected for the row where it stands now, after a sort", async () => {
    const { a } = await judge("capaian overwritten after the rows were sorted");
    // Peserta was generated on row 17 and now stands on 15.
    expect(only(a, "returned.locked.formula-overwritten")).toMatchObject({
      cell: "S15",
      row: 15,
      found: "96",
      expected: '=IF(R15="","",IF(OR(Q15="",Q15=0),"",ROUND(R15/Q15*100,2)))',
    });
  });

  it("says the template's formula when the formula cannot be rebuilt with certainty", async () => {
    const fx = await corpusFixture();
    const filled = await filledKertasKerja(fx, corpusFilling(fx.meta));
    const changed = await editKertasKerja(fx, filled, (ws) => {
      ws.getCell("T15").value = "Tinggi";
    });
    // Metadata without the generation's setup, judged by a master whose rating cap differs: the
    // predikat formula of the generation cannot be rebuilt, so it is not guessed.
    const stripped = await rewriteMeta(changed, "ORG", ({ setup: _s, ...m }) => m);
    const file = await fileOf({ name: "x.xlsx", bytes: stripped });
    const other = { ...ctx.setup, rules: { ...ctx.setup.rules, capaianCap: 150 } };
    expect(
      only(assessReturnedFile(file, { setup: other }), "returned.locked.formula-overwritten"),
    ).toMatchObject({
      cell: "T15",
      found: "Tinggi",
      expected: "rumus bawaan kertas kerja",
    });
    const same = assessReturnedFile(file, { setup: ctx.setup });
    expect(only(same, "returned.locked.formula-overwritten").expected).toMatch(
      /^=IF\(R15="","Belum dilaporkan"/,
    );
  });

  it("without `locked` in old metadata, names the changed row by its hash", async () => {
    const fx = await corpusFixture();
    const filled = await filledKertasKerja(fx, corpusFilling(fx.meta));
    const changed = await editKertasKerja(fx, filled, (ws) => {
      ws.getCell("I15").value = 3;
    });
    const old = await rewriteMeta(changed, "ORG", (m) => ({
      ...m,
      rows: m.rows.map(({ locked: _l, ...r }) => r),
    }));
    const a = assessReturnedFile(await fileOf({ name: "old.xlsx", bytes: old }), { setup: ctx.setup });
    expect(only(a, "returned.locked.row-changed")).toMatchObject({
      severity: "error",
      cell: "A15:AB15",
      row: 15,
    });
  });

  it("is not fooled by metadata whose locked content or open columns were edited to match", async () => {
    const fx = await corpusFixture();
    const changed = await editKertasKerja(fx, await filledKertasKerja(fx, corpusFilling(fx.meta)), (ws) => {
      ws.getCell("I15").value = 3;
    });
    const key = keyOf(fx.meta, "dokumen");
    const lockedEdited = await editMetaText(changed, "ORG", (json) => {
      const m = JSON.parse(json) as KertasKerjaMeta;
      const row = m.rows.find((r) => r.key === key)!;
      row.locked = { ...row.locked, targetTw2: "n:3" };
      return JSON.stringify(m);
    });
    const openEdited = await editMetaText(changed, "ORG", (json) => {
      const m = JSON.parse(json) as KertasKerjaMeta;
      m.rows.find((r) => r.key === key)!.open.push("targetTw2");
      return JSON.stringify(m);
    });
    for (const bytes of [lockedEdited, openEdited]) {
      const file = await fileOf({ name: "x.xlsx", bytes });
      expect(codes(assessReturnedFile(file, { setup: ctx.setup }))).toEqual(["returned.locked.row-changed"]);
      // With the master's own metadata, the cell is named.
      expect(only(assessReturnedFile(file, ctx), "returned.locked.changed")).toMatchObject({ cell: "I15" });
    }
  });
});

describe("rows", () => {
  it("matches sorted rows by key and reports the cells where they now stand", async () => {
    const { a } = await judge("rows sorted");
    expect(rowByKey(a, keyOf(meta, "dokumen"))).toMatchObject({
      realisasiTw: [null, 1, null, null],
      cells: "M17:AA17;V14",
    });
    expect(rowByKey(a, keyOf(meta, "peserta"))).toMatchObject({
      realisasiTw: [null, 480, null, null],
      cells: "M15:AA15",
    });
    expect(a.submission!.rows.map((r) => r.key)).toEqual(
      meta.rows
        .filter((r) => r.kind === "indicator")
        .map((r) => r.key)
        .concat(SUB_NO_INDICATOR),
    );
  });

  it("reports a deleted row where it was generated", async () => {
    const { a } = await judge("indicator row deleted");
    const issue = only(a, "returned.rows.missing");
    expect(issue).toMatchObject({ severity: "error", cell: "AB16", row: 16 });
    expect(issue.message).toContain(TEXTS.persen);
  });

  it("warns about an inserted row with data, naming its first cell", async () => {
    const { a } = await judge("row inserted with data");
    expect(only(a, "returned.rows.inserted")).toMatchObject({
      severity: "warning",
      cell: "C18",
      row: 18,
      found: '"Jumlah inovasi pelayanan publik"',
    });
    // The rows below the insertion still match, the signature block moved with them.
    expect(rowByKey(a, SUB_NO_INDICATOR).cells).toBe("V19");
    expect(a.submission!.signature.tanggal).toBe("2026-07-10");
  });

  it("reports a duplicated row on the copy", async () => {
    const { a } = await judge("row duplicated");
    expect(only(a, "returned.rows.duplicate")).toMatchObject({ severity: "error", cell: "AB18", row: 18 });
  });

  it("finds a renamed sheet by its keys", async () => {
    const { a } = await judge("sheet renamed");
    expect(only(a, "returned.sheet.renamed")).toMatchObject({
      severity: "info",
      found: "Isian Organisasi",
      expected: SHEET,
    });
    expect(a.submission!.rows.every((r) => r.sheet === "Isian Organisasi")).toBe(true);
  });
});

describe("recognition", () => {
  it.each([
    ["other tahun", "returned.meta.tahun", "B4", "2025", "2026"],
    ["other periode", "returned.meta.periode", "B5", "Triwulan III", "Triwulan II"],
    [
      "other instansi",
      "returned.meta.instansi",
      "A2",
      "Sekretariat Daerah Kabupaten Banjar",
      "Sekretariat Daerah Kabupaten Tapin",
    ],
  ])("%s: found and expected, pointing at the sheet's header", async (name, code, cell, found, expected) => {
    const { a } = await judge(name);
    expect(only(a, code)).toMatchObject({ severity: "error", sheet: SHEET, cell, found, expected });
  });

  it("names an unknown template version in the metadata", async () => {
    const { a } = await judge("unknown template version");
    expect(only(a, "returned.meta.template-version")).toMatchObject({
      sheet: "_kk_meta_ORG",
      found: "99",
      expected: "templat versi 1",
    });
  });

  it("says where the keys went when a column was inserted", async () => {
    const { a } = await judge("column inserted");
    expect(only(a, "returned.sheet.columns-moved")).toMatchObject({
      cell: "AC11",
      found: "AC",
      expected: "AB",
    });
  });

  it("names the unknown Bagian and the known ones", async () => {
    const { a } = await judge("unknown Bagian");
    const issue = only(a, "returned.meta.bagian-unknown");
    expect(issue).toMatchObject({ sheet: "KK Hukum", cell: "B3", found: "HKM (Bagian Hukum)" });
    expect(issue.expected).toContain("ORG (Bagian Organisasi)");
  });

  it("says a sheet without metadata looks like a kertas kerja, and what to send", async () => {
    const { a } = await judge("metadata sheet removed");
    expect(only(a, "returned.meta.missing")).toMatchObject({ sheet: SHEET });
    expect(only(a, "returned.meta.missing").message).toMatch(/berkas asli/);
  });

  it("accepts a file of this round without the master's generation record, with an info", async () => {
    const { file } = await judge("clean");
    expect(codes(assessReturnedFile(file, { setup: ctx.setup }))).toEqual([]);
    expect(codes(assessReturnedFile(file, { setup: ctx.setup, generated: new Map() }))).toEqual([]);
    const others = { setup: ctx.setup, generated: new Map([...ctx.generated!].filter(([k]) => k !== "ORG")) };
    expect(codes(assessReturnedFile(file, others))).toEqual(["returned.meta.not-generated"]);
    expect(assessReturnedFile(file, others).verdict).toBe("accepted");
  });
});

describe("warnings", () => {
  it.each([
    ["realisasi more than 10 times the target", "returned.check.far-above-target", "N15", "12"],
    ["persentase decreasing", "returned.check.persentase-decreased", "N16", "50"],
    ["realisasi anggaran above pagu", "returned.check.anggaran-above-pagu", "V14", "300.000.000"],
    ["no bukti dukung", "returned.check.no-bukti", "AA16", "(kosong)"],
  ])("%s", async (name, code, cell, found) => {
    const { a } = await judge(name);
    expect(only(a, code)).toMatchObject({ severity: "warning", sheet: SHEET, cell, found });
  });

  it("names what the target and the earlier quarter were", async () => {
    expect(
      only((await judge("realisasi more than 10 times the target")).a, "returned.check.far-above-target")
        .expected,
    ).toMatch(/10 × target 1$/);
    expect(
      only((await judge("persentase decreasing")).a, "returned.check.persentase-decreased").expected,
    ).toBe("60 atau lebih");
  });

  it("a blank return: every current-quarter realisasi not reported, never 0, and no tanggal", async () => {
    const { a } = await judge("blank return");
    const notReported = a.issues.filter((i) => i.code === "returned.check.not-reported").map((i) => i.cell);
    expect(notReported).toEqual(["N12", "N15", "N16", "N17"]);
    expect(only(a, "returned.signature.tanggal-missing").cell).toBe("Y21");
    expect(a.submission!.rows.map((r) => r.realisasiTw[1])).toEqual([null, null, null, null, null]);
    expect(rowByKey(a, keyOf(meta, "persen")).realisasiTw[0]).toBe(60);
    expect(a.submission!.signature).toEqual({
      tanggal: null,
      nama: "Siti Rahmah",
      nip: "198202102008012004",
    });
  });

  it("one warning per signature cell", async () => {
    const { a } = await judge("signature missing or invalid");
    expect(only(a, "returned.signature.tanggal-invalid")).toMatchObject({ cell: "Y21", found: "kemarin" });
    expect(only(a, "returned.signature.nama-missing")).toMatchObject({ cell: "Y25" });
    expect(only(a, "returned.signature.nip-invalid")).toMatchObject({ cell: "Y26", found: "19820210" });
  });
});

describe("the NIP", () => {
  it("refuses one that Excel stored as a number, even when its rounded digits look valid", async () => {
    const { a } = await judge("NIP typed as a number");
    expect(only(a, "returned.signature.nip-invalid")).toMatchObject({
      cell: "Y26",
      found: "198202102008012000",
    });
    expect(only(a, "returned.signature.nip-invalid").message).toMatch(/angka/);
  });

  it("names the appointment when its month is not a month", async () => {
    const { a } = await judge("NIP with an appointment month of 13");
    expect(only(a, "returned.signature.nip-invalid")).toMatchObject({
      cell: "Y26",
      found: "198202102008132004",
    });
    expect(only(a, "returned.signature.nip-invalid").message).toMatch(/pengangkatan/);
  });

  it("accepts one written with spaces, and keeps its digits", async () => {
    const { a } = await judge("NIP written with spaces");
    expect(a.submission!.signature.nip).toBe("198202102008012004");
  });
});

describe("robustness", () => {
  it("never throws and never reports an unexpected failure, whatever the cells hold", async () => {
    const { file } = await judge("clean");
    const value: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.double({ noNaN: false }),
      fc.string(),
      fc.constantFrom("#REF!", "1.5", "85%", "-", "=SUM(A1)", "https://x.id/a"),
    );
    const edit = fc.record({
      row: fc.nat(30),
      col: fc.nat(30),
      value,
      formula: fc.option(fc.string(), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 20 }), (edits) => {
        const sheets = file.sheets.map((s) => ({
          ...s,
          values: s.values.map((r) => [...r]),
          formulas: s.formulas?.map((r) => [...r]),
        }));
        const sheet = sheets.find((s) => s.name === SHEET)!;
        for (const e of edits) {
          (sheet.values[e.row] ??= [])[e.col] = e.value;
          (sheet.formulas![e.row] ??= [])[e.col] = e.formula;
        }
        const a = assessReturnedFile({ ...file, sheets }, ctx);
        expect(a.issues.some((i) => i.code === "returned.file.unexpected")).toBe(false);
        expect(a.verdict === "rejected").toBe(a.submission === null);
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on metadata JSON with any field replaced by any JSON value", async () => {
    const { file } = await judge("clean");
    const metaSheet = file.sheets.find((s) => s.name === "_kk_meta_ORG")!;
    const original = JSON.parse(
      unpackMetaJson(
        metaSheet.values
          .slice(2)
          .map((r) => r[0])
          .join(""),
      ) ?? "null",
    ) as Record<string, unknown>;
    const paths = [
      "instansi",
      "bagian",
      "bagian.kode",
      "tahun",
      "periode",
      "templateVersion",
      "sheetName",
      "signature",
      "signature.tanggal",
      "rows",
      "rows.0",
      "rows.0.key",
      "rows.0.kind",
      "rows.0.row",
      "rows.0.open",
      "rows.0.hash",
      "rows.0.locked",
      "rows.3.locked.targetTw2",
      "fingerprint",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, v) => {
        const m = structuredClone(original);
        const parts = path.split(".");
        let target = m as Record<string, unknown>;
        for (const p of parts.slice(0, -1)) target = target[p] as Record<string, unknown>;
        target[parts[parts.length - 1]!] = v;
        const values = [...metaSheet.values.slice(0, 2), [JSON.stringify(m)]];
        const sheets = file.sheets.map((s) => (s === metaSheet ? { ...s, values, formulas: undefined } : s));
        const a = assessReturnedFile({ ...file, sheets }, ctx);
        expect(a.issues.some((i) => i.code === "returned.file.unexpected")).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
