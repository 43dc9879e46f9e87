import { archiveIndexText } from "../../../src/domain/archive/archive-index";
import type { ManifestFile } from "../../../src/domain/archive/archive-manifest";

const round = { instansi: "Sekretariat Daerah Kabupaten Tapin", tahun: 2026, periode: "TW4" as const };
const pem = { kode: "PEM", nama: "Bagian Pemerintahan" };

describe("INDEKS.txt", () => {
  it("says, in Bahasa Indonesia, what each file is and what was not found", () => {
    const files: ManifestFile[] = [
      { path: "Induk-2026-TW4.xlsx", role: "induk", size: 1234567, sha256: "0".repeat(64) },
      {
        path: "kertas-kerja/KK-PEM.xlsx",
        role: "kertas-kerja",
        size: 20480,
        sha256: "a".repeat(64),
        bagian: pem,
        recordedName: "KK-PEM.xlsx",
        sourceName: "KK-PEM.xlsx",
      },
      {
        path: "riwayat/KK-PEM.xlsx",
        role: "riwayat",
        size: 20000,
        sha256: "b".repeat(64),
        bagian: pem,
        recordedName: "KK-PEM.xlsx",
        sourceName: "KK PEM lama.xlsx",
        replacedAt: "2027-01-12T09:30:00+08:00",
      },
    ];
    const text = archiveIndexText({
      round,
      createdAtText: "Jumat, 15 Januari 2027 10.00 WITA",
      folder: "Arsip-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW4",
      files,
      missing: [
        { role: "laporan", name: "Laporan-Kinerja-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW4.docx" },
        { role: "surat", name: "Surat-Permintaan-Data-2026-TW4.xlsx" },
        {
          role: "kertas-kerja",
          name: "KK-ORG.xlsx",
          sha256: "c".repeat(64),
          size: 1000,
          bagian: { kode: "ORG", nama: "Bagian Organisasi" },
        },
      ],
    });
    const lines = text.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "INDEKS ARSIP PENGUMPULAN DATA KINERJA",
      "Sekretariat Daerah Kabupaten Tapin — Triwulan IV 2026",
      "Langkah 8 SOP Pengumpulan Data Kinerja: penyerahan laporan dan pengarsipan dokumen.",
      "Dibuat: Jumat, 15 Januari 2027 10.00 WITA",
    ]);
    const from = lines.indexOf("1. Buku kerja induk");
    expect(lines.slice(from)).toEqual([
      "1. Buku kerja induk",
      "   Induk-2026-TW4.xlsx",
      `   Ukuran 1.234.567 bita; SHA-256 ${"0".repeat(64)}`,
      "",
      "2. Laporan Kinerja",
      "   Tidak ada: Laporan-Kinerja-Sekretariat-Daerah-Kabupaten-Tapin-2026-TW4.docx tidak ditemukan di samping " +
        "buku kerja induk. Susun laporannya (kertas-kerja laporan) lalu buat arsip lagi.",
      "",
      "3. Surat permintaan data",
      "   Tidak ada: Surat-Permintaan-Data-2026-TW4.xlsx tidak ditemukan di samping buku kerja induk maupun di " +
        "folder kertas kerja kembali.",
      "",
      "4. Kertas kerja yang diterima (lembar Data): 1 berkas",
      "   Bagian Pemerintahan (PEM)",
      "   kertas-kerja/KK-PEM.xlsx",
      `   Ukuran 20.480 bita; SHA-256 ${"a".repeat(64)}`,
      "",
      "5. Kiriman terdahulu yang digantikan (lembar Riwayat): 1 berkas",
      "   Bagian Pemerintahan (PEM), digantikan 12 Januari 2027",
      "   riwayat/KK-PEM.xlsx",
      `   Ukuran 20.000 bita; SHA-256 ${"b".repeat(64)}`,
      "   Ditemukan dengan nama KK PEM lama.xlsx (tercatat di buku kerja induk sebagai KK-PEM.xlsx).",
      "",
      "6. Kertas kerja yang tidak ditemukan: 1 berkas",
      "   PERHATIAN: berkas berikut tercatat di buku kerja induk (SHA-256-nya) tetapi tidak ditemukan di",
      "   folder kertas kerja kembali. Arsip dibuat tanpa berkas ini; salinannya perlu dicari dan diarsipkan.",
      `   - Kertas kerja Bagian Organisasi (ORG): KK-ORG.xlsx (SHA-256 ${"c".repeat(64)}; 1.000 bita)`,
      "",
    ]);
  });

  it("says so in one line where a section has nothing", () => {
    const text = archiveIndexText({
      round,
      createdAtText: "x",
      folder: "Arsip",
      files: [{ path: "Induk.xlsx", role: "induk", size: 1, sha256: "0".repeat(64) }],
      missing: [],
    });
    expect(text).toContain(
      "4. Kertas kerja yang diterima (lembar Data): 0 berkas\n   Tidak ada kertas kerja yang diterima di lembar Data.\n",
    );
    expect(text).toContain(
      "5. Kiriman terdahulu yang digantikan (lembar Riwayat): 0 berkas\n   Tidak ada kiriman terdahulu di lembar Riwayat.\n",
    );
    expect(text).toContain(
      "6. Kertas kerja yang tidak ditemukan: 0 berkas\n   Tidak ada: setiap kertas kerja",
    );
  });
});
