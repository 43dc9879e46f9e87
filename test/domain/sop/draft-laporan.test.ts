import { laporanRequired } from "../../../src/domain/sop/draft-laporan";
import { LAPORAN_SHEET } from "../../../src/domain/sop/laporan-sheet-name";
import { hasReviewableContent } from "../../../src/domain/sop/paraf";
import type { SheetSnapshot } from "../../../src/sheet/plan";
import { S } from "../../../src/strings";
import { laporan } from "../../../src/strings/laporan";

const sheet = (values: SheetSnapshot["values"], formulas?: (string | null)[][]): SheetSnapshot => ({
  name: "Laporan",
  visibility: "visible",
  values,
  ...(formulas ? { formulas } : {}),
});
const draft = sheet([["LAPORAN KINERJA"], ["Dari 31 indikator kinerja, 24 berpredikat Sangat Tinggi."]]);

describe("the draft Laporan that steps 5, 6 and 7 need", () => {
  it("is the sheet the report feature writes", () => {
    expect(LAPORAN_SHEET).toBe("Laporan");
    expect(LAPORAN_SHEET).toBe(laporan.sheetName);
  });

  it("refuses step 5 done without a Laporan, naming what is missing and how to build it", () => {
    const issue = laporanRequired({ kind: "done", step: 5 }, null);
    expect(issue).toMatchObject({
      severity: "error",
      code: "sop.laporan.missing",
      sheet: "Laporan",
      found: "tidak ada lembar Laporan",
    });
    expect(issue?.message).toContain(
      "Laporan belum disusun: jalankan `kertas-kerja laporan INDUK.xlsx` atau Susun laporan di add-in",
    );
    expect(issue?.message).toMatch(/^Langkah 5 belum dapat diselesaikan/);
  });

  it("accepts step 5 done with a Laporan, and never asks for one on other steps", () => {
    expect(laporanRequired({ kind: "done", step: 5 }, draft)).toBeNull();
    for (const step of [1, 2, 3, 4, 8]) expect(laporanRequired({ kind: "done", step }, null)).toBeNull();
  });

  it("refuses the paraf and the signature while there is no Laporan", () => {
    expect(laporanRequired({ kind: "paraf" }, null)?.message).toBe(
      `${S.sop.app.laporan.paraf} ${S.sop.app.laporan.missing}`,
    );
    expect(laporanRequired({ kind: "sign" }, null)?.message).toBe(
      `${S.sop.app.laporan.sign} ${S.sop.app.laporan.missing}`,
    );
    expect(laporanRequired({ kind: "paraf" }, draft)).toBeNull();
    expect(laporanRequired({ kind: "sign" }, draft)).toBeNull();
  });

  it("counts an empty Laporan sheet as no draft; a formula alone is content", () => {
    const empty = sheet([[null, ""], []]);
    expect(hasReviewableContent(empty)).toBe(false);
    expect(laporanRequired({ kind: "done", step: 5 }, empty)).toMatchObject({
      found: "lembar Laporan kosong",
    });
    expect(hasReviewableContent(sheet([[null]], [["=Analisis!G45"]]))).toBe(true);
    expect(hasReviewableContent(null)).toBe(false);
  });
});
