import {
  archiveFolderName,
  fileSlug,
  findLaporan,
  laporanFileName,
  safeFileName,
  suratFileName,
  uniquePath,
} from "../../../src/domain/archive/archive-names";

const tapin = { instansi: "Sekretariat Daerah Kabupaten Tapin", tahun: 2026, periode: "TW2" as const };

describe("archive names", () => {
  it("names the round's folder, Laporan and letters after the round", () => {
    expect(fileSlug("Sekretariat Daerah Kabupaten Tapin")).toBe("Sekretariat-Daerah-Kabupaten-Tapin");
    expect(fileSlug("  Setda Kab. Hulu Sungai (Selatan) ")).toBe("Setda-Kab-Hulu-Sungai-Selatan");
    expect(fileSlug("Pemerintahan Daérah")).toBe("Pemerintahan-Daerah");
    expect(archiveFolderName(tapin)).toBe("Arsip-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2");
    expect(archiveFolderName({ ...tapin, instansi: "***" })).toBe("Arsip-Instansi-2026-TW2");
    expect(laporanFileName({ ...tapin, periode: "TAHUNAN" })).toBe(
      "Laporan-Kinerja-Sekretariat-Daerah-Kabupaten-Tapin-2026-TAHUNAN.docx",
    );
    expect(suratFileName(tapin)).toBe("Surat-Permintaan-Data-2026-TW2.xlsx");
  });

  it("finds the Laporan by its exact name, else the only one of the round", () => {
    const exact = "Laporan-Kinerja-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW2.docx";
    expect(findLaporan(["Induk.xlsx", exact, "Laporan-Kinerja-Setda-2026-TW2.docx"], tapin)).toBe(exact);
    expect(findLaporan(["Induk.xlsx", "Laporan-Kinerja-Setda-Tapin-2026-TW2.docx"], tapin)).toBe(
      "Laporan-Kinerja-Setda-Tapin-2026-TW2.docx",
    );
    // Another round's, or two candidates: none is taken.
    expect(findLaporan(["Laporan-Kinerja-Setda-2026-TW1.docx"], tapin)).toBeNull();
    expect(
      findLaporan(["Laporan-Kinerja-A-2026-TW2.docx", "Laporan-Kinerja-B-2026-TW2.docx"], tapin),
    ).toBeNull();
    expect(findLaporan([], tapin)).toBeNull();
  });

  it("makes a recorded name safe as one file: no folder, no reserved character, not empty", () => {
    expect(safeFileName("KK-2026-TW2-Hukum.xlsx", "x")).toBe("KK-2026-TW2-Hukum.xlsx");
    expect(safeFileName("../../etc/KK:Hukum?.xlsx", "x")).toBe("KK_Hukum_.xlsx");
    expect(safeFileName("C:\\Users\\kabag\\KK Hukum.xlsx", "x")).toBe("KK Hukum.xlsx");
    expect(safeFileName("..", "cadangan.xlsx")).toBe("cadangan.xlsx");
    expect(safeFileName(".tersembunyi.xlsx", "x")).toBe("tersembunyi.xlsx");
    expect(safeFileName("a\u0000b.xlsx", "x")).toBe("a_b.xlsx");
    const long = safeFileName(`${"a".repeat(300)}.xlsx`, "x");
    expect(long).toHaveLength(120);
    expect(long.endsWith(".xlsx")).toBe(true);
  });

  it("numbers a second file of the same name, whatever its case", () => {
    const taken = new Set<string>();
    expect(uniquePath("kertas-kerja", "KK.xlsx", taken)).toBe("kertas-kerja/KK.xlsx");
    expect(uniquePath("kertas-kerja", "kk.xlsx", taken)).toBe("kertas-kerja/kk (2).xlsx");
    expect(uniquePath("kertas-kerja", "KK.xlsx", taken)).toBe("kertas-kerja/KK (3).xlsx");
    expect(uniquePath("riwayat", "KK.xlsx", taken)).toBe("riwayat/KK.xlsx");
    expect(uniquePath("", "README", taken)).toBe("README");
    expect(uniquePath("", "README", taken)).toBe("README (2)");
  });
});
