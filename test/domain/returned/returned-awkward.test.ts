/**
 * What the issue "every returned file gets a verdict" asked of the judgement, case by case: a text
 * longer than a cell (cut, with a mark and a warning), a date or time in a number cell (an error
 * saying what the cell shows), what messages say a cell holds, what people do to a workbook (no
 * value lost), and files saved by other programs. The corpus itself runs in returned.test.ts.
 */
import type { KertasKerjaMeta } from "../../../src/domain/kertas-kerja/kertas-kerja-meta";
import { formatNumber } from "../../../src/domain/shared/numbers";
import { corpusFixture, keyOf } from "../../support/returned-corpus-content";
import { LONG_LINK, LONG_NAME, LONG_PENGHAMBAT } from "../../support/returned-corpus-edits";
import { judge, only, rowByKey, SHEET } from "../../support/returned-judge";
import { unzipParts } from "../../support/zip-writer";

let meta: KertasKerjaMeta;
beforeAll(async () => {
  meta = (await corpusFixture()).meta;
});

describe("a text longer than a cell holds (32,767 characters)", () => {
  const MARK = "[teks dipotong: aslinya 40.000 karakter]";

  it("is cut to fit with a visible mark, and warned about on its cell with its length and the limit", async () => {
    const { a } = await judge("faktor penghambat of 40,000 characters");
    const issue = only(a, "returned.text.too-long");
    expect(issue).toMatchObject({
      severity: "warning",
      sheet: SHEET,
      cell: "Y12",
      row: 12,
      found: "teks 40.000 karakter",
      expected: "paling banyak 32.767 karakter",
    });
    expect(issue.message).toContain("Y12");
    expect(issue.message).toContain("Faktor Penghambat");
    expect(issue.message).toContain("SHA-256");
    const kept = rowByKey(a, keyOf(meta, "nilai")).penghambat!;
    expect(LONG_PENGHAMBAT).toHaveLength(40_000);
    expect(kept).toHaveLength(32_767);
    expect(kept.endsWith(` … ${MARK}`)).toBe(true);
    expect(LONG_PENGHAMBAT.startsWith(kept.slice(0, kept.length - MARK.length - 3))).toBe(true);
  });

  it("cuts a signature name too, and keeps what fits", async () => {
    const { a } = await judge("signature name of 40,000 characters");
    expect(only(a, "returned.text.too-long")).toMatchObject({ cell: "Y25", found: "teks 40.000 karakter" });
    expect(a.submission!.signature.nama).toHaveLength(32_767);
    expect(LONG_NAME.startsWith(a.submission!.signature.nama!.slice(0, 32_000))).toBe(true);
  });

  it("does not follow a link longer than 2,000 characters, and keeps its text", async () => {
    const { a } = await judge("bukti dukung link of 3,000 characters");
    const issue = only(a, "returned.link.too-long");
    expect(issue).toMatchObject({ severity: "info", cell: "AA12" });
    expect(issue.found!.length).toBeLessThan(200);
    expect(issue.found).toContain(`(${formatNumber(LONG_LINK.length)} karakter)`);
    expect(rowByKey(a, keyOf(meta, "nilai"))).toMatchObject({
      buktiDukung: "Laporan SAKIP",
      buktiDukungUrl: null,
    });
  });
});

describe("a date is not a number", () => {
  it.each([
    [
      "realisasi typed as 3/12, made a date by Excel",
      "N15",
      "12/03/2026",
      "berisi tanggal (12/03/2026), bukan angka",
    ],
    ["realisasi typed as 8:30, made a time by Excel", "N17", "08:30", "berisi jam (08:30), bukan angka"],
    [
      "realisasi anggaran in a cell formatted as a date",
      "V14",
      "15/04/2026",
      "berisi tanggal (15/04/2026), bukan angka",
    ],
  ])("%s: an error on that cell, saying what it shows", async (name, cell, found, says) => {
    const { a } = await judge(name);
    const issue = only(a, "returned.value.date");
    expect(issue).toMatchObject({ severity: "error", sheet: SHEET, cell, found });
    expect(issue.message).toContain(`Sel ${cell} ${says}`);
    expect(a.submission).toBeNull();
  });

  it("is not said of a number in a percent cell (formats are told apart in returned-values.test.ts)", async () => {
    const { a } = await judge("text number forms");
    expect(a.issues.filter((i) => i.code === "returned.value.date")).toEqual([]);
  });
});

describe("what a message says a cell holds", () => {
  it("quotes a dash in a realisasi cell rather than calling it empty", async () => {
    const { a } = await judge("a dash in the realisasi cell");
    expect(only(a, "returned.check.not-reported")).toMatchObject({ cell: "N15", found: '"-"' });
    expect(rowByKey(a, keyOf(meta, "dokumen")).realisasiTw[1]).toBeNull();
  });

  it("quotes a space in bukti dukung, and says (kosong) only for an empty cell", async () => {
    expect(only((await judge("only a space in bukti dukung")).a, "returned.check.no-bukti").found).toBe(
      '" "',
    );
    expect(only((await judge("no bukti dukung")).a, "returned.check.no-bukti").found).toBe("(kosong)");
  });
});

describe("what people do to a workbook loses no value", () => {
  it("reads numbers and texts with non-breaking and trailing spaces", async () => {
    for (const name of [
      "non-breaking and trailing spaces in numbers and texts",
      "non-breaking and trailing spaces in numbers and texts, saved by WPS Office",
    ]) {
      const { a } = await judge(name);
      expect(a.submission!.rows.map((r) => r.realisasiTw[1])).toEqual([72, 1, 75, 480, null]);
      expect(rowByKey(a, keyOf(meta, "dokumen")).realisasiAnggaran).toBe(100_000_000);
      expect(rowByKey(a, keyOf(meta, "nilai"))).toMatchObject({
        pendorong: "Dukungan pimpinan",
        tindakLanjut: "Koordinasi lanjutan",
      });
    }
  });

  it.each(["0,85 in a percent cell", "85% typed in a cell, stored as 0.85 with a percent format"])(
    "%s: 85",
    async (name) => {
      const { a } = await judge(name);
      expect(rowByKey(a, keyOf(meta, "persen")).realisasiTw).toEqual([60, 85, null, null]);
      expect(rowByKey(a, keyOf(meta, "peserta")).realisasiTw).toEqual([null, 480, null, null]);
    },
  );

  it("takes the result of a realisasi typed as =10+5, with a warning naming the formula", async () => {
    const { a } = await judge("realisasi typed as a formula (=10+5)");
    expect(only(a, "returned.value.formula")).toMatchObject({
      severity: "warning",
      cell: "N17",
      found: "=10+5",
    });
    expect(rowByKey(a, keyOf(meta, "peserta")).realisasiTw[1]).toBe(15);
  });

  it("reads rich text as its text, in a number cell and in a text cell", async () => {
    const { a } = await judge("rich text in a number cell and in a text cell");
    expect(rowByKey(a, keyOf(meta, "peserta")).realisasiTw[1]).toBe(480);
    expect(rowByKey(a, keyOf(meta, "nilai")).penghambat).toBe("Anggaran terlambat cair");
  });

  it("keeps an Excel error value in a text cell as the text it shows", async () => {
    const { a } = await judge("an Excel error value in a text cell");
    expect(rowByKey(a, keyOf(meta, "nilai")).penghambat).toBe("#N/A");
  });

  it.each([
    "input cells merged across a row",
    "comments on input cells",
    "the kertas kerja sheet hidden",
    "extra sheets added before the kertas kerja",
    "protection removed, columns resized and hidden, rows hidden, a filter added",
    "signing date written as words",
    "a number typed with an apostrophe (stored as text)",
    "saved by WPS Office",
    "saved by Google Sheets",
  ])("%s: the same submission as the clean return", async (name) => {
    const clean = (await judge("clean")).a.submission!;
    const { a } = await judge(name);
    expect(a.submission!.rows).toEqual(clean.rows);
    expect(a.submission!.signature).toEqual(clean.signature);
  });

  it("still finds the kertas kerja when other sheets stand before it", async () => {
    const { file } = await judge("extra sheets added before the kertas kerja");
    expect(file.sheets.map((s) => s.name)).toEqual(["Catatan Bagian", "Rekap Lama", SHEET, "_kk_meta_ORG"]);
  });
});

describe("files saved by other spreadsheet programs", () => {
  it.each(["saved by WPS Office", "saved by Google Sheets"])(
    "%s: inline strings, no shared strings, another style table",
    async (name) => {
      const { bytes } = await judge(name);
      const { bytes: cleanBytes } = await judge("clean");
      const parts = await unzipParts(bytes);
      const text = (n: string) => new TextDecoder().decode(parts.find((p) => p.name === n)!.data);
      expect(parts.map((p) => p.name)).not.toContain("xl/sharedStrings.xml");
      expect(text("xl/worksheets/sheet1.xml")).toMatch(/t="inlineStr"/);
      expect(text("xl/worksheets/sheet1.xml")).not.toMatch(/t="s"/);
      const cleanStyles = new TextDecoder().decode(
        (await unzipParts(cleanBytes)).find((p) => p.name === "xl/styles.xml")!.data,
      );
      expect(text("xl/styles.xml")).not.toBe(cleanStyles);
    },
  );

  it("Google Sheets: no document properties, the metadata sheet merely hidden", async () => {
    const { file } = await judge("saved by Google Sheets");
    expect(file.savedAt).toBeNull();
    expect(file.sheets.find((s) => s.name === "_kk_meta_ORG")?.visibility).toBe("hidden");
  });
});
