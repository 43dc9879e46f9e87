/** Texts of building the Laporan from a master (`kertas-kerja laporan`, "Susun laporan"). */
export const laporanApp = {
  noSetup:
    'Laporan tidak dapat disusun: buku kerja ini tidak memiliki lembar "Pengaturan" yang dapat dibaca.',
  noData:
    'Laporan tidak dapat disusun: belum ada kertas kerja yang dihimpun ke lembar "Data". Jalankan konsolidasi lebih dahulu.',
  found: "belum ada data putaran",
  expected: "buku kerja induk yang sudah dikonsolidasi (lembar Pengaturan dan Data)",
  logDetail: (periode: string, tahun: number, bagian: number) =>
    `Laporan Kinerja ${periode} ${tahun} disusun pada lembar "Laporan" dari data ${bagian} Bagian yang dihimpun.`,
} as const;

/** What `kertas-kerja laporan` prints. */
export const laporanCli = {
  refused: (path: string) => `Laporan tidak disusun dari ${path}; tidak ada yang ditulis.`,
  heading: (periode: string, tahun: number, instansi: string) =>
    `Laporan Kinerja ${periode} ${tahun} — ${instansi}`,
  form: { tahunan: "bentuk tahunan (LKjIP, Permenpan RB 53/2014)", triwulan: "bentuk triwulanan" },
  chapters: (n: number, tables: number) => `${n} bagian, ${tables} tabel.`,
  sheet: (path: string) => `Lembar "Laporan" ditulis ke buku kerja induk ${path}.`,
  docx: (path: string) => `Dokumen Word: ${path}`,
  approval: (what: string, nama: string, valid: boolean) =>
    `  ${what}: ${nama} — ${valid ? "berlaku" : "TIDAK BERLAKU LAGI (isi berubah sejak dicatat)"}`,
  approvalNames: { paraf: "Paraf (langkah 6)", ttd: "Tanda tangan (langkah 7)" },
  noApproval: "  Belum ada paraf atau tanda tangan atas laporan ini (langkah 6 dan 7).",
  next: "Langkah berikutnya: periksa laporan, lalu paraf (sop paraf --step 6) dan tanda tangan (sop sign --step 7).",
} as const;
