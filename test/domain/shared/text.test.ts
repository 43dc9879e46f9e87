import { cellText, normalizeIndicatorText, normalizeLabel } from "../../../src/domain/shared/text";

describe("normalizeLabel", () => {
  test.each([
    ["Pagu Anggaran (Rp)", "pagu anggaran rp"],
    ["Program / Kegiatan / Sub Kegiatan", "program kegiatan sub kegiatan"],
    ["Nama Program/Kegiatan/Sub Kegiatan", "nama program kegiatan sub kegiatan"],
    ["  TOLOK\nUKUR  kinerja ", "tolok ukur kinerja"],
    ["Target TW-I", "target tw i"],
    ["Jumlah (Rp.)", "jumlah rp"],
    ["Kode\u00a0Rekening", "kode rekening"],
    ["Capaian (%)", "capaian"],
    ["", ""],
  ])("%j → %j", (label, key) => {
    expect(normalizeLabel(label)).toBe(key);
  });

  test("drops accents", () => {
    expect(normalizeLabel("Évaluasi")).toBe("evaluasi");
  });
});

describe("normalizeIndicatorText", () => {
  test("ignores case, spacing and punctuation", () => {
    expect(normalizeIndicatorText("Jumlah Dokumen Perencanaan  Perangkat Daerah.")).toBe(
      normalizeIndicatorText("jumlah dokumen perencanaan perangkat daerah"),
    );
  });
  test("keeps % and & as words", () => {
    expect(normalizeIndicatorText("Persentase (%)")).toBe("persentase persen");
    expect(normalizeIndicatorText("Opini BPK & SAKIP")).toBe(normalizeIndicatorText("Opini BPK dan SAKIP"));
    expect(normalizeIndicatorText("Capaian 100%")).not.toBe(normalizeIndicatorText("Capaian 100"));
  });
});

describe("cellText", () => {
  test("collapses whitespace and shows numbers and booleans", () => {
    expect(cellText("  a\n b ")).toBe("a b");
    expect(cellText(4.5)).toBe("4.5");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(Number.NaN)).toBe("");
  });
});
